/** The corpus-scale questions (overview, paths by relation, roles, dates, partners, document tags) on the dev corpus. */
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildGraph, readDocument } from '../../core';
import {
  agenciesSharingWork, agencyOverview, assignmentCounts, corpusTimeline, documentTag, documentsInRange, itemLabelEn, nodesOfDocuments, outlineNumber,
  parseDocumentNumber, pathAlong, responsibilitiesOf, responsibilityMatrix, roleRank, seededRandom, shortestPath,
} from '../../core/queries';
import type { RemitGraph } from '../../core/graph/types';
import { devCorpusGraph } from './dev-corpus';
import { SEED_PATH } from './seed';

const seed = buildGraph([readDocument(new Uint8Array(readFileSync(SEED_PATH)), 'seed.txt')]);
const corpus = devCorpusGraph();
const MOST = 'agency:most';
const CQ = 'agency:gov-chongqing';
const SC = 'agency:gov-sichuan';
const SASAC = 'agency:sasac';

const agencyIds = (g: RemitGraph) => g.filterNodes((_id, a) => a.kind === 'agency');
const docIds = (g: RemitGraph) => g.filterNodes((_id, a) => a.kind === 'document');

describe('agencyOverview', () => {
  it('sizes each agency by its assignments and weights each link by the items two agencies share', () => {
    const o = agencyOverview(seed);
    const agencies = o.filterNodes((_id, a) => a.kind === 'agency');
    expect(agencies).toHaveLength(assignmentCounts(seed).agencies);
    for (const id of agencies) expect(o.getNodeAttribute(id, 'items')).toBe(responsibilitiesOf(seed, id).total);
    const cqSc = o.findEdge(CQ, SC, () => true)!;
    expect(o.getEdgeAttributes(cqSc)).toMatchObject({ kind: 'shares', weight: 15 });
    // 各省级人民政府 is only mentioned in the seed, never assigned: not in the overview
    expect(o.hasNode('agency:all-provincial-governments')).toBe(false);
    // every document is there, also those that assign nothing
    expect(agencyOverview(corpus).filterNodes((_id, a) => a.kind === 'document').sort()).toEqual(docIds(corpus).sort());
  });

  it('colours agencies by Louvain communities, the same on every run', () => {
    const a = agencyOverview(corpus);
    const b = agencyOverview(corpus);
    const communities = (o: typeof a) => o.mapNodes((id, attr) => `${id}=${attr.community}`).sort();
    expect(communities(a)).toEqual(communities(b));
    const count = a.getAttribute('communities');
    expect(count).toBeGreaterThan(1);
    a.forEachNode((_id, attr) => {
      if (attr.kind === 'agency') expect(attr.community).toBeGreaterThanOrEqual(0);
      expect(attr.community).toBeLessThan(count);
    });
    // community 0 is the largest
    const sizes = new Map<number, number>();
    a.forEachNode((_id, attr) => attr.kind === 'agency' && sizes.set(attr.community, (sizes.get(attr.community) ?? 0) + 1));
    expect(Math.max(...sizes.values())).toBe(sizes.get(0));
    // agencies always named together end up in one community
    expect(a.getNodeAttribute(CQ, 'community')).toBe(a.getNodeAttribute(SC, 'community'));
  });

  it('filters by role and by document', () => {
    const leadOnly = agencyOverview(corpus, { roles: ['lead'] });
    leadOnly.forEachNode((id, attr) => {
      if (attr.kind === 'agency') expect(attr.items).toBe(responsibilitiesOf(corpus, id, { roles: ['lead'] }).total);
    });
    expect(leadOnly.filterNodes((_id, a) => a.kind === 'agency').length).toBeLessThanOrEqual(agencyOverview(corpus).filterNodes((_id, a) => a.kind === 'agency').length);
    const seedOnly = agencyOverview(corpus, { documentIds: new Set(docIds(seed)) });
    expect(seedOnly.filterNodes((_id, a) => a.kind === 'agency').sort()).toEqual(agencyOverview(seed).filterNodes((_id, a) => a.kind === 'agency').sort());
  });

  it('has a seedable random source', () => {
    const r1 = seededRandom(7);
    const r2 = seededRandom(7);
    const xs = Array.from({ length: 5 }, () => r1());
    expect(xs).toEqual(Array.from({ length: 5 }, () => r2()));
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
    expect(seededRandom(8)()).not.toBe(xs[0]);
  });
});

describe('pathAlong', () => {
  it('walks responsibility only by default: co-issuers are not connected through the document they issued', () => {
    // 国务院 issues documents and is mentioned in them, but is never assigned an item
    expect(shortestPath(corpus, 'agency:state-council', MOST)).not.toBeNull();
    expect(pathAlong(corpus, 'agency:state-council', MOST)).toBeNull();
    const p = pathAlong(seed, CQ, SASAC)!;
    expect(p.nodes).toHaveLength(3);
    expect(p.steps.every((s) => s.kind === 'leads')).toBe(true);
    expect(p.steps[0].forward).toBe(true);
    expect(p.steps[1].forward).toBe(false);
  });

  it('uses the relations and roles asked for', () => {
    const viaIssue = pathAlong(corpus, 'agency:state-council', MOST, { relations: ['issued', 'leads', 'contains'] });
    expect(viaIssue).not.toBeNull();
    expect(viaIssue!.steps.some((s) => s.kind === 'issued')).toBe(true);
    for (const step of viaIssue!.steps) expect(['issued', 'leads', 'contains']).toContain(step.kind);
    // with a role filter only edges in that role are walked
    const leadPath = pathAlong(corpus, CQ, MOST, { roles: ['lead'] });
    for (const step of leadPath?.steps ?? []) expect(corpus.getEdgeAttribute(step.edgeId, 'role')).toBe('lead');
    // a body only ever joint-named cannot be reached along lead edges
    const jointOnly = agencyIds(corpus).find((id) => {
      const r = responsibilitiesOf(corpus, id);
      return r.total > 0 && r.byRole.lead === 0;
    });
    if (jointOnly) expect(pathAlong(corpus, jointOnly, MOST, { roles: ['lead'] })).toBeNull();
    expect(pathAlong(corpus, MOST, MOST)).toEqual({ nodes: [MOST], edges: [], steps: [] });
    expect(pathAlong(corpus, MOST, 'nope')).toBeNull();
  });
});

describe('roles', () => {
  it('orders known roles strongest first and unknown ones last', () => {
    expect(roleRank('lead')).toBeLessThan(roleRank('joint'));
    expect(roleRank('joint')).toBeLessThan(roleRank('responsible'));
    expect(roleRank('responsible')).toBeLessThan(roleRank('guide'));
    expect(roleRank('member')).toBeLessThan(roleRank('something-new'));
  });

  it('filters the matrix, the counts and an agency’s list the same way', () => {
    for (const roles of [['lead'], ['joint'], ['responsible'], ['lead', 'joint']]) {
      const m = responsibilityMatrix(corpus, null, { roles });
      const c = assignmentCounts(corpus, { roles });
      expect(m.total).toBe(c.assignments);
      expect(m.rows.length).toBe(c.agencies);
      expect(m.rows.reduce((n, r) => n + responsibilitiesOf(corpus, r.agencyId, { roles }).total, 0)).toBe(m.total);
      for (const cell of m.cells.values()) expect(roles).toContain(cell.role);
    }
  });
});

describe('dates', () => {
  it('has a timeline with every year of the corpus, gaps as zeros', () => {
    const t = corpusTimeline(corpus);
    expect(t.first).toBe('2018-12-06');
    expect(t.last).toBe('2023-03-31');
    expect(t.years.map((y) => y.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023]);
    expect(t.years.map((y) => y.documents)).toEqual([4, 6, 0, 0, 0, 1]);
    expect(t.years.reduce((n, y) => n + y.documents, 0) + t.undated.length).toBe(docIds(corpus).length);
    expect(corpusTimeline(new Graph() as unknown as RemitGraph)).toEqual({ years: [], undated: [] });
  });

  it('keeps the documents in a range, and the nodes they account for', () => {
    const y2019 = documentsInRange(corpus, { from: '2019', to: '2019' });
    expect(y2019.size).toBe(6);
    for (const id of y2019) expect(corpus.getNodeAttribute(id, 'date' as never)).toMatch(/^2019-/);
    expect(documentsInRange(corpus, { to: '2018-12-23' }).size).toBe(3);
    expect(documentsInRange(corpus, {}).size).toBe(docIds(corpus).length);
    const seedDoc = docIds(seed)[0];
    const nodes = nodesOfDocuments(corpus, documentsInRange(corpus, { from: '2023-01-01' }));
    expect(nodes.has(seedDoc)).toBe(true);
    // all of the seed's own nodes, and the agencies it assigns work to, and nothing of the 2018–2019 documents
    seed.forEachNode((id) => expect(nodes.has(id), id).toBe(true));
    corpus.forEachNode((id, a) => {
      if ((a.kind === 'section' || a.kind === 'article' || a.kind === 'document') && !seed.hasNode(id)) expect(nodes.has(id), id).toBe(false);
    });
  });
});

describe('agenciesSharingWork', () => {
  it('ranks the bodies named with an agency by shared items, then by overlap', () => {
    const partners = agenciesSharingWork(seed, CQ);
    expect(partners.slice(0, 2).map((p) => p.agencyId).sort()).toEqual([MOST, SC].sort());
    expect(partners[0]).toMatchObject({ rank: 1, shared: 15, shareOfMine: 1, overlap: 1 });
    for (let i = 1; i < partners.length; i++) {
      expect(partners[i].rank).toBe(i + 1);
      expect(partners[i].shared).toBeLessThanOrEqual(partners[i - 1].shared);
      if (partners[i].shared === partners[i - 1].shared) expect(partners[i].overlap).toBeLessThanOrEqual(partners[i - 1].overlap);
    }
    expect(partners.find((p) => p.agencyId === SASAC)?.shared).toBe(2);
    expect(agenciesSharingWork(seed, 'agency:all-provincial-governments')).toEqual([]);
  });
});

describe('documentTag and itemLabelEn', () => {
  it('turns a document number into a short readable tag', () => {
    expect(documentTag({ number: '国科发规〔2023〕31号' })).toBe('GKFG 2023-31');
    expect(documentTag({ number: '国办发〔2018〕117号' })).toBe('GBF 2018-117');
    expect(documentTag({ number: '国发[2016]43号' })).toBe('GF 2016-43');
    expect(documentTag({ number: '国办函（2021）第12号' })).toBe('GBH 2021-12');
    expect(parseDocumentNumber('国发明电〔2020〕5号')).toEqual({ issuer: '国发明电', year: 2020, serial: 5 });
    expect(documentTag({ number: '不规范字号', date: '2019-01-02' })).toBe('不规范字号');
    expect(documentTag({ date: '2019-01-02', fileName: 'a.txt' })).toBe('2019-01-02');
    expect(documentTag({ fileName: 'gov-01.txt' })).toBe('gov-01');
  });

  it('gives every section and item a label that names its document, distinct across the corpus', () => {
    const item = seed.filterNodes((_id, a) => a.kind === 'article' && (a as { path: string }).path === '二、（三）')[0];
    expect(itemLabelEn(seed, item)).toBe('GKFG 2023-31 · Item 2.3');
    expect(itemLabelEn(seed, item, { withDocument: false })).toBe('Item 2.3');
    expect(outlineNumber('四、（一）1.')).toBe('4.1.1');
    expect(outlineNumber('第三章')).toBe('3');
    // points counted inside an item, decimal items, and a repeat's mark (~2), which is no part of the number
    expect(outlineNumber('一、（一）①')).toBe('1.1.1');
    expect(outlineNumber('一、（二）第二')).toBe('1.2.2');
    expect(outlineNumber('3.1')).toBe('3.1');
    expect(outlineNumber('一、（一）~2')).toBe('1.1');
    const labels = corpus.filterNodes((_id, a) => a.kind === 'section').map((id) => itemLabelEn(corpus, id));
    expect(new Set(labels).size).toBe(labels.length);
    expect(itemLabelEn(corpus, MOST)).toBeUndefined();
  });
});
