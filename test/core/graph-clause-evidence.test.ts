import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../core/graph';
import { CLAUSE_WINDOW } from '../../core/graph/add-responsibilities';
import { parseDocument } from '../../core/parse/document';

const BODIES = ['科技部', '教育部', '工业和信息化部', '财政部', '自然资源部', '生态环境部', '交通运输部', '水利部', '农业农村部', '商务部'];

/** One item whose single paragraph runs `sentences` sentences before an annotation naming every body above. */
function longClause(sentences: number): string {
  const body = Array.from({ length: sentences }, (_, i) => `推进第${i + 1}批重点实验室和创新中心建设，完善配套政策`).join('。');
  return `关于推进科技创新的若干措施\n一、（一）${body}。（${BODIES.join('、')}负责）\n`;
}

const leadsEvidence = (text: string) => {
  const graph = buildGraph([parseDocument(text, 'clause.txt')]);
  const found: { quote: string; start: number; end: number; focusStart?: number }[] = [];
  graph.forEachEdge((_k, attrs) => { if (attrs.kind === 'leads') found.push(...(attrs.evidence ?? [])); });
  const docNode = graph.getNodeAttributes(graph.findNode((_n, a) => a.kind === 'document')!);
  return { graph, found, text: (docNode as unknown as { text: string }).text };
};

describe('evidence of responsibilities', () => {
  it('quotes a short clause whole, from the start of its paragraph', () => {
    const { found } = leadsEvidence(longClause(3));
    expect(found).toHaveLength(BODIES.length);
    for (const ev of found) expect(ev.quote.startsWith('一、（一）推进第1批')).toBe(true);
  });

  it('quotes at most CLAUSE_WINDOW characters before the annotation, from a sentence start, in a huge paragraph', () => {
    const { found, text } = leadsEvidence(longClause(2000));
    expect(found).toHaveLength(BODIES.length);
    for (const ev of found) {
      expect(ev.quote).toBe(text.slice(ev.start, ev.end));
      expect(ev.quote.length).toBeLessThanOrEqual(CLAUSE_WINDOW + 200);
      expect(ev.quote.startsWith('推进第')).toBe(true);
      expect(ev.quote.endsWith('负责）')).toBe(true);
      expect(ev.focusStart! >= ev.start && ev.focusStart! < ev.end).toBe(true);
    }
  });

  it('keeps the evidence of one annotation the same size however long its paragraph runs', () => {
    const quoted = (n: number) => leadsEvidence(longClause(n)).found.reduce((sum, ev) => sum + ev.quote.length, 0);
    expect(quoted(4000)).toBeLessThan(quoted(1000) * 1.05);
  });
});

describe('annotations outside any numbered item', () => {
  it('do not stop a document from loading when they name its issuer', () => {
    const text = '科技部关于推进科技创新的通知\n国科发〔2020〕1号\n各省、自治区、直辖市科技厅：\n为推进创新，现就有关事项通知如下（科技部、教育部负责）。\n'
      + '一、加强实验室建设\n（一）建设重点实验室。（教育部负责）\n科技部\n2020年1月1日\n';
    const graph = buildGraph([parseDocument(text, 'issuer.txt')]);
    const kinds = (source: string) => graph.outEdges(source).map((e) => `${graph.getEdgeAttribute(e, 'kind')}→${graph.target(e)}`).sort();
    const doc = graph.findNode((_n, a) => a.kind === 'document')!;
    expect(kinds('agency:most')).toEqual([`issued→${doc}`]);
    expect(kinds('agency:moe')).toContain(`leads→${doc}`);
  });
});
