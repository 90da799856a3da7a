import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../core/graph';
import { graphToJson } from '../../core/exports/json';
import { QUOTE_WINDOW } from '../../core/graph/add-mentions';
import { parseDocument } from '../../core/parse/document';

/** Fragments of the genre: mentions of every kind, sentence ends, annotations that blank part of an item. */
const FRAGMENTS = [
  '推动', '支持', '建设', '一批', '等', '、', '，', '。', '；', '！', '？', '\n', ' ', '国家', '重点实验室', '创新中心', '试验区', '综合保税区',
  '成渝地区', '重庆市', '四川省', '成都市', '西部（成都）科学城', '到2025年', '超过', '达到', '不低于', '5%', '80件', '7000家以上', '的', '和',
  '科技部', '国家发展改革委', '教育部', '工业和信息化部', '（科技部牵头负责）', '（国家发展改革委、四川省按职责分工负责）', '（教育部负责；工业和信息化部参与）',
];
const sentence = fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 60 }).map((parts) => parts.join(''));
const LABELS = ['一、', '（一）', '1.', '（二）', '二、', '（一）', '2.'];
/** A document whose body is numbered items, each holding some text of the genre. */
const documentText = fc.array(sentence, { minLength: 1, maxLength: LABELS.length })
  .map((bodies) => `关于推进科技创新的若干措施\n${bodies.map((b, i) => `${LABELS[i]}${b}`).join('\n')}\n`);

const isSentenceEnd = (c: string): boolean => '。；！？\n'.includes(c);

describe('evidence of mentions', () => {
  it('quotes the sentence around the mention, clipped to its item, without the spaces at its ends', () => {
    fc.assert(fc.property(documentText, (text) => {
      const doc = parseDocument(text, 'evidence.txt');
      const graph = buildGraph([doc]);
      graph.forEachEdge((_key, attrs) => {
        if (attrs.kind !== 'mentions' && attrs.kind !== 'located_in') return;
        for (const ev of attrs.evidence ?? []) {
          const item = graph.getNodeAttributes(ev.item);
          if (item.kind !== 'section' && item.kind !== 'article') throw new Error(`evidence of ${ev.item}, not an item`);
          const focusStart = ev.focusStart!;
          const focusEnd = ev.focusEnd!;
          let s = focusStart;
          while (s > item.start && !isSentenceEnd(doc.text[s - 1])) s--;
          let e = focusEnd;
          while (e < item.end && !isSentenceEnd(doc.text[e])) e++;
          if (e < item.end) e++;
          while (s < focusStart && doc.text.charCodeAt(s) <= 0x20) s++;
          while (e > focusEnd && doc.text.charCodeAt(e - 1) <= 0x20) e--;
          if (focusStart - s > QUOTE_WINDOW) s = focusStart - QUOTE_WINDOW;
          if (e - focusEnd > QUOTE_WINDOW) e = focusEnd + QUOTE_WINDOW;
          expect([ev.start, ev.end, ev.quote]).toEqual([s, e, doc.text.slice(s, e)]);
        }
      });
    }), { numRuns: 200 });
  });

  it('keeps each quote within a window of the mention, so evidence grows linearly with the mentions', () => {
    // One item naming a body thousands of times with no sentence end: every mention's sentence is the whole item.
    const dense = (n: number) => `关于推进科技创新的若干措施\n一、${'支持科技部、重庆市、'.repeat(n)}建设\n`;
    const sizes = [1000, 2000].map((n) => {
      const text = dense(n);
      const graph = buildGraph([parseDocument(text, 'dense.txt')]);
      let quotes = 0;
      let count = 0;
      graph.forEachEdge((_key, attrs) => {
        for (const ev of attrs.evidence ?? []) {
          expect(ev.quote).toBe(text.slice(ev.start, ev.end));
          expect(ev.quote.length).toBeLessThanOrEqual(2 * QUOTE_WINDOW + (ev.focusEnd ?? ev.end) - (ev.focusStart ?? ev.start));
          quotes += ev.quote.length;
          count++;
        }
      });
      expect(count).toBeGreaterThanOrEqual(2 * n);
      return { quotes, json: graphToJson(graph).length };
    });
    // twice the mentions, about twice the evidence (quadratic would be four times)
    expect(sizes[1].quotes / sizes[0].quotes).toBeLessThan(2.2);
    expect(sizes[1].json / sizes[0].json).toBeLessThan(2.2);
  });
});

describe('a place inside a body\'s name', () => {
  it('is the body named, not the place, unless the body is the place\'s government', () => {
    const doc = parseDocument('国务院关于某某工作的意见\n国发〔2020〕1号\n\n各省、自治区、直辖市人民政府：\n一、总体要求\n（一）支持新疆生产建设兵团第一师阿拉尔市发展，支持海南省人民政府开展试点。\n', 'x.txt');
    const mentioned: string[] = [];
    buildGraph([doc]).forEachEdge((_e, a, _s, _t, _source, target) => a.kind === 'mentions' && mentioned.push(target.label));
    expect(mentioned.sort()).toEqual(['新疆生产建设兵团', '海南省', '海南省人民政府', '阿拉尔市'].sort());
  });
});
