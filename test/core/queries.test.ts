import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import {
  centrality, cellKey, coResponsibleAgencies, evidenceContext, itemsWithoutResponsibleBody, isPreambleHeading, neighbourhood,
  responsibilitiesOf, responsibilityMatrix, responsibleFor, sharedResponsibilities, shortestPath,
} from '../../core/queries';
import { zeroRoleCounts, type EdgeAttributes, type NodeAttributes } from '../../core/model';
import { buildPanelsGraph } from '../fixtures/panels-graph';

const f = buildPanelsGraph();
const { graph } = f;

describe('responsibilitiesOf', () => {
  it('groups an agency’s items by document and section, in document order, with quote and evidence', () => {
    const r = responsibilitiesOf(graph, f.agency('most'));
    expect(r.total).toBe(3);
    expect(r.byRole).toEqual({ ...zeroRoleCounts(), lead: 3 });
    expect(r.documents.map((d) => d.documentId)).toEqual([f.docA]);
    const groups = r.documents[0].groups;
    expect(groups.map((g) => g.path)).toEqual(['二、', '三、']);
    expect(groups[0].entries.map((e) => e.path)).toEqual(['二、（三）', '二、（四）']);
    const first = groups[0].entries[0];
    expect(first.quote).toBe('（重庆市、四川省、科技部、国资委牵头负责）');
    const text = (graph.getNodeAttributes(f.docA) as { text: string }).text;
    expect(text.slice(first.evidence[0].start, first.evidence[0].end)).toBe(first.quote);
    expect(first.coAgencies).toEqual([f.agency('gov-chongqing'), f.agency('gov-sichuan'), f.agency('sasac')]);
  });

  it('keeps roles and orders documents by date', () => {
    const r = responsibilitiesOf(graph, f.agency('gacc'));
    expect(r.total).toBe(3);
    expect(r.byRole).toEqual({ ...zeroRoleCounts(), lead: 2, joint: 1 });
    const d = r.documents[0];
    expect(d.groups.map((g) => g.path)).toEqual(['四、（一）', '四、']);
    expect(d.groups[0].entries.map((e) => [e.path, e.role])).toEqual([['四、（一）1.', 'joint'], ['四、（一）2.', 'lead']]);
  });

  it('is empty for unknown or non-agency nodes', () => {
    expect(responsibilitiesOf(graph, 'agency:nope').total).toBe(0);
    expect(responsibilitiesOf(graph, f.docA).documents).toEqual([]);
  });
});

describe('responsibleFor', () => {
  it('reaches a platform through every article that mentions it', () => {
    const r = responsibleFor(graph, f.platformCentre);
    expect(new Set(r.rows.map((x) => x.itemId))).toEqual(new Set([f.item('A', '二、（四）')]));
    expect(r.byAgency.map((a) => a.agencyId)).toEqual([f.agency('gov-chongqing'), f.agency('gov-sichuan'), f.agency('most'), f.agency('ndrc')]);
    expect(r.rows[0].mentionEvidence[0].quote).toBe('国家技术创新中心');
  });

  it('answers for an article directly and for a sub-article through its section’s annotation', () => {
    const direct = responsibleFor(graph, f.item('B', '四、（一）1.'));
    expect(direct.rows.map((x) => [x.agencyId, x.role, x.inherited])).toEqual([
      [f.agency('sta'), 'lead', false], [f.agency('mof'), 'joint', false], [f.agency('gacc'), 'joint', false],
    ]);
    const inherited = responsibleFor(graph, f.item('B', '四、（二）4.'));
    expect(inherited.rows).toHaveLength(1);
    expect(inherited.rows[0]).toMatchObject({ agencyId: f.agency('gacc'), inherited: true, viaItemId: f.item('B', '四、（二）') });
  });

  it('finds no one for a region mentioned only in an unassigned article, or a target in a preamble', () => {
    expect(responsibleFor(graph, f.regionSichuan).rows).toEqual([]);
    expect(responsibleFor(graph, f.target).rows).toEqual([]);
    expect(responsibleFor(graph, f.regionChengyu).byAgency).toHaveLength(4);
  });
});

describe('shared responsibilities', () => {
  it('counts agency pairs named in the same annotation', () => {
    const pairs = sharedResponsibilities(graph);
    const cq = pairs.find((p) => new Set([p.a, p.b]).has(f.agency('gov-chongqing')) && new Set([p.a, p.b]).has(f.agency('gov-sichuan')));
    expect(cq?.count).toBe(3);
    expect(pairs[0].count).toBe(3);
    const counts = pairs.map((p) => p.count);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(pairs.some((p) => p.a === f.agency('most') && p.b === f.agency('gacc'))).toBe(false);
  });

  it('lists an agency’s co-responsible agencies with both roles', () => {
    const co = coResponsibleAgencies(graph, f.agency('gacc'));
    // equal counts fall back to Chinese (pinyin) order: 财政部 cai, 国家税务总局 guo, 商务部 shang
    expect(co.map((c) => [c.agencyId, c.count])).toEqual([[f.agency('mof'), 1], [f.agency('sta'), 1], [f.agency('mofcom'), 1]]);
    const sta = co.find((c) => c.agencyId === f.agency('sta'));
    expect(sta?.items).toEqual([{ itemId: f.item('B', '四、（一）1.'), role: 'joint', otherRole: 'lead' }]);
    expect(new Set(co.map((c) => c.agencyId))).toEqual(new Set([f.agency('sta'), f.agency('mof'), f.agency('mofcom')]));
    expect(coResponsibleAgencies(graph, f.agency('most')).find((c) => c.agencyId === f.agency('gov-chongqing'))?.count).toBe(3);
  });
});

describe('itemsWithoutResponsibleBody', () => {
  it('flags substantive leaf items with no annotation on them or their ancestors, skipping preambles', () => {
    const all = itemsWithoutResponsibleBody(graph);
    expect(all.map((i) => i.itemId)).toEqual([f.item('B', '四、（一）3.'), f.item('A', '三、（六）')]);
    expect(itemsWithoutResponsibleBody(graph, f.docA).map((i) => i.path)).toEqual(['三、（六）']);
  });

  it('recognises the genre’s preamble headings only at the start', () => {
    expect(isPreambleHeading('总体要求')).toBe(true);
    expect(isPreambleHeading('主要目标')).toBe(true);
    expect(isPreambleHeading('加强监测评估')).toBe(false);
    expect(isPreambleHeading('完善总体要求落实机制')).toBe(false);
  });
});

describe('responsibilityMatrix', () => {
  it('puts items in document order and agencies by load, with totals', () => {
    const m = responsibilityMatrix(graph);
    expect(m.columns.map((c) => c.itemId)).toEqual([
      f.item('B', '四、（一）1.'), f.item('B', '四、（一）2.'), f.item('B', '四、（二）'),
      f.item('A', '二、（三）'), f.item('A', '二、（四）'), f.item('A', '三、（五）'),
    ]);
    expect(m.rows.slice(0, 4).map((r) => r.total)).toEqual([3, 3, 3, 3]);
    expect(m.rows.map((r) => r.agencyId)).toContain(f.agency('mofcom'));
    expect(m.rows.reduce((s, r) => s + r.total, 0)).toBe(m.total);
    expect(m.columns.reduce((s, c) => s + c.total, 0)).toBe(m.total);
    expect(m.cells.get(cellKey(f.agency('mof'), f.item('B', '四、（一）1.')))?.role).toBe('joint');
    expect(m.rows.find((r) => r.agencyId === f.agency('gacc'))?.byRole).toEqual({ ...zeroRoleCounts(), lead: 2, joint: 1 });
  });

  it('is stable across calls and narrows to a subset', () => {
    expect(responsibilityMatrix(graph).rows).toEqual(responsibilityMatrix(graph).rows);
    const only = responsibilityMatrix(graph, new Set([f.item('A', '二、（三）')]));
    expect(only.columns).toHaveLength(1);
    expect(only.rows).toHaveLength(4);
    const both = responsibilityMatrix(graph, new Set([f.item('A', '二、（三）'), f.agency('most')]));
    expect(both.rows.map((r) => r.agencyId)).toEqual([f.agency('most')]);
  });
});

describe('shortestPath', () => {
  it('ignores edge direction and reports each step’s edge', () => {
    const p = shortestPath(graph, f.agency('sasac'), f.agency('ndrc'));
    expect(p).not.toBeNull();
    expect(p!.nodes[0]).toBe(f.agency('sasac'));
    expect(p!.nodes.at(-1)).toBe(f.agency('ndrc'));
    expect(p!.nodes).toHaveLength(3);
    expect(p!.steps[0].forward).toBe(true);
    expect(p!.steps[1].forward).toBe(false);
    for (const s of p!.steps) expect(graph.hasEdge(s.edgeId)).toBe(true);
  });

  it('returns null across components and for unknown nodes', () => {
    expect(shortestPath(graph, f.agency('most'), f.agency('unregistered-西部科学城协调会议'))).toBeNull();
    expect(shortestPath(graph, 'x', f.agency('most'))).toBeNull();
    expect(shortestPath(graph, f.agency('most'), f.agency('most'))?.nodes).toEqual([f.agency('most')]);
  });
});

describe('centrality', () => {
  it('ranks a star’s centre first under both measures', () => {
    const g = new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed' });
    const add = (id: string) => g.addNode(id, { kind: 'agency', label: id, aliases: [], agencyId: id, agencyType: 'ministry', registered: true });
    ['hub', 'a', 'b', 'c'].forEach(add);
    for (const leaf of ['a', 'b', 'c']) g.addEdge(leaf, 'hub', { kind: 'leads' });
    for (const m of ['degree', 'betweenness'] as const) {
      const r = centrality(g, m);
      expect(r[0].nodeId).toBe('hub');
      expect(r[0].score).toBeGreaterThan(r[1].score);
    }
    expect(centrality(g, 'betweenness')[0].score).toBeCloseTo(1);
  });
});

describe('neighbourhood', () => {
  it('walks both directions to the requested depth and returns the induced edges', () => {
    const n1 = neighbourhood(graph, f.item('A', '二、（三）'), 1);
    expect(new Set(n1.nodes)).toEqual(new Set([
      f.item('A', '二、（三）'), f.item('A', '二、'), f.agency('gov-chongqing'), f.agency('gov-sichuan'), f.agency('most'), f.agency('sasac'), f.platformLab,
    ]));
    expect(n1.nodes[0]).toBe(f.item('A', '二、（三）'));
    for (const e of n1.edges) {
      expect(n1.depthOf[graph.source(e)]).toBeDefined();
      expect(n1.depthOf[graph.target(e)]).toBeDefined();
    }
    const n2 = neighbourhood(graph, f.item('A', '二、（三）'), 2);
    expect(n2.depthOf[f.item('A', '三、（五）')]).toBe(2);
    expect(neighbourhood(graph, f.agency('most'), 9).nodes.length).toBe(neighbourhood(graph, f.agency('most'), 3).nodes.length);
    expect(neighbourhood(graph, 'nope', 1).nodes).toEqual([]);
  });
});

describe('evidenceContext', () => {
  const text = (graph.getNodeAttributes(f.docA) as { text: string }).text;
  it('shows the annotation after the sentence it closes, inside the item', () => {
    const ev = graph.getEdgeAttribute(`leads:${f.agency('most')}->${f.item('A', '二、（三）')}`, 'evidence')![0];
    const c = evidenceContext(graph, ev, 200);
    expect(c.match).toBe(ev.quote);
    expect(c.before).toBe('支持川渝共建联合实验室。');
    expect(c.after).toBe('');
    expect(c.exact).toBe(true);
  });

  it('clips to sentence boundaries around a mention and never crosses the item', () => {
    const ev = graph.getEdgeAttribute(`mentions:${f.item('A', '二、（四）')}->${f.platformCentre}`, 'evidence')![0];
    const c = evidenceContext(graph, ev, 200);
    expect(c.before + c.match + c.after).toBe('培育创建成渝国家技术创新中心，打造国家科技成果转移转化枢纽平台。');
    const narrow = evidenceContext(graph, ev, 2);
    expect(narrow.before).toBe('成渝');
    expect(narrow.clippedBefore).toBe(true);
    expect(narrow.clippedAfter).toBe(true);
    const item = graph.getNodeAttributes(f.item('A', '二、（四）')) as { start: number; end: number };
    expect(c.start - c.before.length).toBeGreaterThanOrEqual(item.start);
  });

  it('relocates a quote whose offsets drifted and reports it', () => {
    const ev = { document: f.docA, item: f.item('A', '三、（六）'), quote: '一体化发展评估指标体系', start: 3, end: 14 };
    const c = evidenceContext(graph, ev, 40);
    expect(c.match).toBe(ev.quote);
    expect(c.exact).toBe(false);
    expect(text.slice(c.start, c.end)).toBe(ev.quote);
  });

  it('maps the focus span onto the match', () => {
    const ev = graph.getEdgeAttribute(`leads:${f.agency('most')}->${f.item('A', '二、（三）')}`, 'evidence')![0];
    const at = text.indexOf('科技部', ev.start);
    const c = evidenceContext(graph, { ...ev, focusStart: at, focusEnd: at + 3 }, 50);
    expect(text.slice(c.focusStart!, c.focusEnd!)).toBe('科技部');
  });
});
