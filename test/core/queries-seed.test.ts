/** The queries on real graphs built by the product's own pipeline from the seed and annotated corpus documents. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph, readDocument } from '../../core';
import {
  centrality, coResponsibleAgencies, evidenceContext, itemsWithoutResponsibleBody, neighbourhood, responsibilitiesOf, responsibilityMatrix,
  responsibleFor, sharedResponsibilities, shortestPath,
} from '../../core/queries';

const load = (...files: string[]) => buildGraph(files.map((f) => readDocument(readFileSync(f), f.split('/').pop()!)));
const SEED = 'seeds/2023-guokefagui-31-western-science-city.txt';
const seed = load(SEED);
const MOST = 'agency:most';
const CQ = 'agency:gov-chongqing';
const SC = 'agency:gov-sichuan';

describe('queries on the seed graph', () => {
  it('科技部 leads the 15 annotated articles, grouped under the five task sections', () => {
    const r = responsibilitiesOf(seed, MOST);
    expect(r.total).toBe(15);
    expect(r.byRole.lead).toBe(15);
    expect(r.documents).toHaveLength(1);
    expect(r.documents[0].groups.map((g) => g.entries.length)).toEqual([4, 3, 3, 2, 3]);
    const paths = r.documents[0].groups.flatMap((g) => g.entries.map((e) => e.path));
    expect(paths[0]).toBe('二、（三）');
    expect(paths.at(-1)).toBe('六、（十七）');
    for (const e of r.documents[0].groups.flatMap((g) => g.entries)) {
      const text = (seed.getNodeAttributes(e.evidence[0].document) as { text: string }).text;
      expect(text.slice(e.evidence[0].start, e.evidence[0].end)).toBe(e.evidence[0].quote);
      expect(e.quote).toMatch(/科技部[^）]*牵头负责）$/);
    }
  });

  it('重庆市人民政府 shares all 15 items with 四川省人民政府 and with 科技部', () => {
    const co = coResponsibleAgencies(seed, CQ);
    expect(co.find((c) => c.agencyId === SC)?.count).toBe(15);
    expect(co.find((c) => c.agencyId === MOST)?.count).toBe(15);
    const pair = sharedResponsibilities(seed).find((p) => [p.a, p.b].includes(CQ) && [p.a, p.b].includes(SC));
    expect(pair?.count).toBe(15);
    expect(pair?.items).toHaveLength(15);
  });

  it('builds a 14 × 15 matrix whose totals agree', () => {
    const m = responsibilityMatrix(seed);
    expect(m.columns).toHaveLength(15);
    expect(m.rows).toHaveLength(14);
    expect(new Set(m.rows.slice(0, 3).map((r) => r.agencyId))).toEqual(new Set([CQ, SC, MOST]));
    expect(m.rows.reduce((s, r) => s + r.total, 0)).toBe(m.total);
    expect(m.columns.reduce((s, c) => s + c.total, 0)).toBe(m.total);
    const starts = m.columns.map((c) => (seed.getNodeAttributes(c.itemId) as { start: number }).start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('finds every task annotated: only the aims under 总体要求 lack a body, and they are preamble', () => {
    expect(itemsWithoutResponsibleBody(seed)).toEqual([]);
  });

  it('answers who is responsible for a platform through the article that mentions it', () => {
    const r = responsibleFor(seed, 'platform:国家重点实验室');
    expect(new Set(r.byAgency.map((a) => a.agencyId))).toEqual(new Set([CQ, SC, MOST, 'agency:sasac']));
    expect(r.rows.every((x) => x.mentionEvidence.length > 0)).toBe(true);
  });

  it('connects two agencies, shows evidence in context and has a neighbourhood', () => {
    const p = shortestPath(seed, 'agency:cae', 'agency:pboc');
    expect(p?.nodes.length).toBe(3);
    const ev = responsibilitiesOf(seed, MOST).documents[0].groups[0].entries[0].evidence[0];
    const c = evidenceContext(seed, ev, 80);
    expect(c.exact).toBe(true);
    expect(c.match).toBe(ev.quote);
    expect(c.match.slice(c.focusStart! - c.start, c.focusEnd! - c.start)).toBe('科技部');
    const n = neighbourhood(seed, MOST, 1);
    expect(n.nodes.length).toBeGreaterThanOrEqual(16);
    expect(centrality(seed, 'degree')[0].score).toBeGreaterThan(0);
  });
});

describe('queries on corpus documents in the other annotation styles', () => {
  it('gov-05 (负责, first listed leads): 海关总署 leads some items and joins others', () => {
    const g = load('test/fixtures/corpus/gov-05.txt');
    const r = responsibilitiesOf(g, 'agency:gacc');
    expect(r.byRole.lead).toBeGreaterThan(0);
    expect(r.byRole.joint).toBeGreaterThan(0);
    // sub-articles 1.–21. group under their （一）–（五） parents; 五、 (top level, no group) says in a sentence that 海关总署 carries on
    expect(r.documents[0].groups.every((grp) => /（[一二三四五]）$|^$/.test(grp.path))).toBe(true);
    const unassigned = itemsWithoutResponsibleBody(g).map((u) => u.heading);
    expect(unassigned.some((h) => /指导思想|基本原则|发展目标/.test(h))).toBe(false);
  });

  it('a document with no annotations reports its task items, not its aims', () => {
    const g = load('test/fixtures/corpus/gov-01.txt');
    const u = itemsWithoutResponsibleBody(g);
    expect(u.length).toBeGreaterThan(5);
    expect(u.some((x) => /总体要求|主要目标/.test(x.heading))).toBe(false);
    // only the duties its sentences state (市场监管总局要会同有关部门…, 各省（区、市）人民政府要…)
    expect(responsibilityMatrix(g).total).toBe(6);
  });

  it('merging documents keeps document order in the matrix columns', () => {
    const g = load(SEED, 'test/fixtures/corpus/gov-05.txt');
    const m = responsibilityMatrix(g);
    const docs = m.columns.map((c) => c.documentId);
    const firstSeed = docs.findIndex((d) => d.includes('31号'));
    // gov-05 (2019) precedes the 2023 seed; no interleaving
    expect(docs.slice(firstSeed).every((d) => d.includes('31号'))).toBe(true);
    expect(docs.slice(0, firstSeed).every((d) => !d.includes('31号'))).toBe(true);
  });
});
