/** The pure helpers behind the analyst panels: text tidying, clause compaction, entity runs, picker search. */
import { describe, expect, it } from 'vitest';
import { tidy } from '../../renderer/panels/tidy';
import { compactSpan } from '../../renderer/panels/ui';
import { entitySpans, textRuns } from '../../renderer/panels/details/item-text';
import { filterPicker, pickerIndex } from '../../renderer/panels/NodePicker';
import { nodeName, shortName } from '../../renderer/labels';
import { buildPanelsGraph } from '../fixtures/panels-graph';

const f = buildPanelsGraph();

describe('tidy', () => {
  it('joins a sentence split by a page break but keeps paragraph ends', () => {
    expect(tidy('鼓励科技\n\n领军企业牵头。\n\n（五）推动')).toBe('鼓励科技领军企业牵头。\n（五）推动');
    expect(tidy('GDP\n\ngrowth')).toBe('GDP growth');
    expect(tidy('一句。\n二句', false)).toBe('一句。二句');
  });
});

describe('compactSpan', () => {
  it('keeps short clauses whole and cuts long ones to the last sentence and the annotation', () => {
    expect(compactSpan('短句。（科技部负责）')).toBe(0);
    const long = `${'很长的句子内容'.repeat(20)}。最后一句。（重庆市、科技部牵头负责）`;
    expect(long.slice(compactSpan(long))).toBe('最后一句。（重庆市、科技部牵头负责）');
    const oneSentence = `${'一个没有句号的很长的句子'.repeat(12)}。（科技部负责）`;
    const cut = oneSentence.slice(compactSpan(oneSentence));
    expect(cut.endsWith('。（科技部负责）')).toBe(true);
    expect(cut.length).toBeLessThan(70);
  });
});

describe('item text runs', () => {
  it('marks mentions and the annotation, with the bodies inside the annotation clickable', () => {
    const item = f.item('A', '二、（三）');
    const a = f.graph.getNodeAttributes(item) as { start: number; end: number };
    const text = (f.graph.getNodeAttributes(f.docA) as { text: string }).text;
    const { spans, annotations } = entitySpans(f.graph, item, a.start, a.end);
    expect(spans.map((s) => s.node)).toEqual([f.platformLab]);
    expect(annotations).toHaveLength(1);
    expect(text.slice(...annotations[0])).toBe('（重庆市、四川省、科技部、国资委牵头负责）');
    const runs = textRuns(text, a.start, a.end, spans, annotations);
    expect(runs.map((r) => r.text).join('')).toBe(text.slice(a.start, a.end));
    expect(runs.find((r) => r.node === f.platformLab)?.text).toBe('国家重点实验室');
    expect(runs.filter((r) => r.annotation).map((r) => r.text).join('')).toBe('（重庆市、四川省、科技部、国资委牵头负责）');
  });

  it('makes annotation bodies clickable when the evidence carries their focus', () => {
    const item = f.item('A', '二、（三）');
    const a = f.graph.getNodeAttributes(item) as { start: number; end: number };
    const text = (f.graph.getNodeAttributes(f.docA) as { text: string }).text;
    const edge = `leads:${f.agency('most')}->${item}`;
    const ev = f.graph.getEdgeAttribute(edge, 'evidence')![0];
    const at = text.indexOf('科技部', ev.start);
    f.graph.setEdgeAttribute(edge, 'evidence', [{ ...ev, focusStart: at, focusEnd: at + 3 }]);
    try {
      const { spans } = entitySpans(f.graph, item, a.start, a.end);
      expect(spans.find((s) => s.node === f.agency('most'))).toMatchObject({ start: at, end: at + 3 });
    } finally {
      f.graph.setEdgeAttribute(edge, 'evidence', [ev]);
    }
  });
});

describe('names and picker', () => {
  it('names agencies in the chosen language and by short forms', () => {
    expect(nodeName(f.graph, f.agency('most'), 'zh')).toEqual({ main: '科学技术部', mainLang: 'zh' });
    expect(nodeName(f.graph, f.agency('most'), 'en').main).toBe('Ministry of Science and Technology (MOST)');
    expect(shortName(f.graph, f.agency('most'), 'zh')).toBe('科技部');
    expect(shortName(f.graph, f.agency('gov-chongqing'), 'zh')).toBe('重庆市');
    expect(shortName(f.graph, f.agency('most'), 'en')).toBe('MOST');
    expect(shortName(f.graph, f.agency('gov-chongqing'), 'en')).toBe('Chongqing Govt');
    expect(shortName(f.graph, f.agency('gov-sichuan'), 'en')).toBe('Sichuan Govt');
    expect(nodeName(f.graph, f.item('A', '二、（三）'), 'zh', true).main).toBe('（三）构建高水平实验室体系');
  });

  it('finds nodes by Chinese name, alias, English name and abbreviation, agencies first', () => {
    const index = pickerIndex(f.graph, 'both');
    expect(filterPicker(index, 'most')[0].id).toBe(f.agency('most'));
    expect(filterPicker(index, '科技部')[0].id).toBe(f.agency('most'));
    expect(filterPicker(index, 'customs')[0].id).toBe(f.agency('gacc'));
    expect(filterPicker(index, '实验室').map((e) => e.id)).toContain(f.platformLab);
    expect(filterPicker(index, '')).toEqual([]);
    expect(filterPicker(index, 'zzzz')).toEqual([]);
  });
});
