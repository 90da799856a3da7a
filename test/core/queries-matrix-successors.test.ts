import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../core/graph';
import { parseDocument } from '../../core/parse/document';
import { responsibilityMatrix } from '../../core/queries';

const doc = (year: number, items: string): string =>
  `国务院关于加强价格管理的通知\n国发〔${year}〕7号\n\n一、加强管理\n${items}\n\n国务院\n${year}年5月1日\n`;

// a 1996 document of 国家计委 (the State Planning Commission) and a 2020 one of 国家发展改革委, its successor today
const graph = buildGraph([
  parseDocument(doc(1996, '（一）加强价格监测（国家计委、财政部负责）。\n（二）完善价格调控（国家计委牵头，财政部参与）。'), 'a.txt'),
  parseDocument(doc(2020, '（一）完善价格机制（国家发展改革委牵头，财政部参与）。'), 'b.txt'),
]);

describe('the matrix grouped by today\'s successor', () => {
  it('keeps each body as the documents name it by default', () => {
    const m = responsibilityMatrix(graph);
    expect(m.rows.map((r) => `${r.agencyId} ${r.total}`)).toEqual(['agency:mof 3', 'agency:state-planning 2', 'agency:ndrc 1']);
    expect(m.rows.every((r) => r.grouped === undefined)).toBe(true);
  });

  it('puts a former body in the row of the body that carries its work today, where the graph holds it', () => {
    const m = responsibilityMatrix(graph, null, { bySuccessor: true });
    expect(m.rows.map((r) => `${r.agencyId} ${r.total}`)).toEqual(['agency:ndrc 3', 'agency:mof 3']);
    const ndrc = m.rows.find((r) => r.agencyId === 'agency:ndrc')!;
    expect(ndrc.grouped).toEqual(['agency:state-planning']);
    expect(ndrc.byRole).toMatchObject({ lead: 2, responsible: 1 });
    expect(m.total).toBe(6);
    // the graph is untouched: the nodes stay what the documents named
    expect(graph.hasNode('agency:state-planning')).toBe(true);
  });

  it('leaves a former body alone when its successor is not in the graph', () => {
    const only1996 = buildGraph([parseDocument(doc(1996, '（一）加强价格监测（国家计委负责）。'), 'a.txt')]);
    expect(responsibilityMatrix(only1996, null, { bySuccessor: true }).rows.map((r) => r.agencyId)).toEqual(['agency:state-planning']);
  });
});
