import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../core/graph';
import { parseDocument } from '../../core/parse/document';

describe('a platform the document gives a short form (以下简称…)', () => {
  const doc = parseDocument([
    '国务院关于同意设立某新片区的批复', '上海市人民政府，商务部：',
    '一、同意设立中国（上海）自由贸易试验区临港新片区（以下简称新片区）。新片区面积119.5平方公里。',
    '二、上海市人民政府要加强对新片区建设的组织领导。', '三、商务部要会同有关部门支持示范区建设。',
    '', '国务院', '2026年7月27日',
  ].join('\n'), 'reply.txt');
  const graph = buildGraph([doc]);
  const platform = graph.findNode((_n, a) => a.kind === 'platform' && a.label === '中国（上海）自由贸易试验区临港新片区')!;
  const mentionedIn = (): string[] => graph.inboundEdges(platform).filter((e) => graph.getEdgeAttribute(e, 'kind') === 'mentions')
    .map((e) => graph.getNodeAttribute(graph.source(e), 'label').slice(0, 2)).sort();

  it('is that platform wherever the document uses it, and not where it is given', () => {
    expect(mentionedIn()).toEqual(['一、', '二、']);
    const first = graph.edge(graph.findNode((_n, a) => a.kind === 'article' && a.label.startsWith('一、'))!, platform)!;
    // the sentences of the name itself and of 新片区面积…; the 新片区 inside （以下简称新片区） would be a third
    expect(graph.getEdgeAttribute(first, 'evidence')!.map((e) => e.quote)).toEqual(['一、同意设立中国（上海）自由贸易试验区临港新片区（以下简称新片区）。', '新片区面积119.5平方公里。']);
  });

  it('is among the platform\'s aliases, so that search finds it', () => {
    expect(graph.getNodeAttribute(platform, 'aliases')).toEqual(['新片区']);
  });
});
