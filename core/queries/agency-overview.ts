/**
 * The corpus at a glance: agencies sized by how many items they are assigned, linked when they share items
 * (an edge's weight is the number of items both are named for), coloured by community, and the documents that
 * assign their work (every document in scope, also one that assigns nothing). This is the default picture of a corpus (dozens of documents, thousands of nodes) and the
 * briefing pack's figure: articles, platforms and regions come in on demand.
 *
 * Communities come from Louvain modularity (graphology-communities-louvain) over the agency–agency weights.
 * Louvain visits nodes in random order, so the random source is seeded and nodes are added in id order: the same
 * corpus always gives the same communities, which keeps exports and tests stable. Communities are numbered by
 * size (0 = largest), ties by their first member's label, and each has a colour from a fixed palette.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { AgencyType } from '../model';
import type { RemitGraph } from '../graph/types';
import { forEachAssignment, type AssignmentScope } from './assignments';
import { documentTag } from './document-tag';
import { compareLabels, isAgency, isDocument } from './graph-helpers';
import { seededRandom } from '../text/random';

export interface OverviewAgency {
  kind: 'agency';
  label: string;
  labelEn?: string;
  abbr?: string;
  agencyType: AgencyType;
  registered: boolean;
  /** items assigned in scope */
  items: number;
  community: number;
  colour: string;
}

export interface OverviewDocument {
  kind: 'document';
  label: string;
  /** short English tag, e.g. GKFG 2023-31 */
  labelEn: string;
  date?: string;
  /** assignments in scope the document makes */
  items: number;
  /** the community most of its assignments go to (-1 when it assigns none) */
  community: number;
  colour: string;
}

export type OverviewNode = OverviewAgency | OverviewDocument;

export interface OverviewEdge {
  /** shares: two agencies named for the same items; assigns: a document assigns items to an agency */
  kind: 'shares' | 'assigns';
  /** items shared (shares) or assigned (assigns) */
  weight: number;
  /** the items, in no particular order */
  items: string[];
}

export interface OverviewAttributes {
  communities: number;
  modularity: number;
}

export type AgencyOverview = Graph<OverviewNode, OverviewEdge, OverviewAttributes>;

export interface AgencyOverviewOptions extends Pick<AssignmentScope, 'roles' | 'documentIds' | 'nodeIds'> {
  /** add document nodes linked to the agencies they assign work to; default true */
  documents?: boolean;
  /** keep `shares` edges of at least this weight; default 1 */
  minShared?: number;
  /** seed of Louvain's random source; default 1 */
  seed?: number;
  /** Louvain resolution: above 1 gives more, smaller communities; default 1 */
  resolution?: number;
}

/** Okabe–Ito and Tol colours, distinguishable with the common colour-vision deficiencies; cycled beyond 10. */
export const COMMUNITY_COLOURS = ['#d55e00', '#0072b2', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#882255', '#117733', '#999933', '#44aa99'];
const NO_COMMUNITY = '#9aa3ad';

export const communityColour = (community: number): string =>
  community < 0 ? NO_COMMUNITY : COMMUNITY_COLOURS[community % COMMUNITY_COLOURS.length];


export function agencyOverview(graph: RemitGraph, options: AgencyOverviewOptions = {}): AgencyOverview {
  const itemAgencies = new Map<string, string[]>();
  const agencyItems = new Map<string, number>();
  const docAgency = new Map<string, Map<string, string[]>>();
  forEachAssignment(graph, options, (a) => {
    const list = itemAgencies.get(a.itemId);
    if (list) list.push(a.agencyId);
    else itemAgencies.set(a.itemId, [a.agencyId]);
    agencyItems.set(a.agencyId, (agencyItems.get(a.agencyId) ?? 0) + 1);
    let byAgency = docAgency.get(a.documentId);
    if (!byAgency) docAgency.set(a.documentId, (byAgency = new Map()));
    const items = byAgency.get(a.agencyId);
    if (items) items.push(a.itemId);
    else byAgency.set(a.agencyId, [a.itemId]);
  });

  const overview: AgencyOverview = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const id of [...agencyItems.keys()].sort()) {
    const a = graph.getNodeAttributes(id);
    if (!isAgency(a)) continue;
    overview.addNode(id, {
      kind: 'agency', label: a.label, labelEn: a.labelEn, abbr: a.abbr, agencyType: a.agencyType, registered: a.registered !== false,
      items: agencyItems.get(id)!, community: -1, colour: NO_COMMUNITY,
    });
  }
  const shared = new Map<string, { a: string; b: string; items: string[] }>();
  for (const [item, agencies] of itemAgencies) {
    const distinct = [...new Set(agencies)].sort();
    for (let i = 0; i < distinct.length; i++) {
      for (let j = i + 1; j < distinct.length; j++) {
        const key = `${distinct[i]}\u0000${distinct[j]}`;
        const pair = shared.get(key);
        if (pair) pair.items.push(item);
        else shared.set(key, { a: distinct[i], b: distinct[j], items: [item] });
      }
    }
  }
  const minShared = Math.max(1, options.minShared ?? 1);
  for (const key of [...shared.keys()].sort()) {
    const p = shared.get(key)!;
    if (p.items.length >= minShared) overview.addEdgeWithKey(`shares:${key}`, p.a, p.b, { kind: 'shares', weight: p.items.length, items: p.items });
  }

  // Communities over agencies only: documents would pull every agency they assign into one block.
  let modularity = 0;
  let count = 0;
  if (overview.order > 0) {
    const detailed = louvain.detailed(overview, { getEdgeWeight: 'weight', rng: seededRandom(options.seed ?? 1), resolution: options.resolution ?? 1 });
    modularity = Number.isFinite(detailed.modularity) ? detailed.modularity : 0;
    const members = new Map<number, string[]>();
    for (const id of overview.nodes()) {
      const c = detailed.communities[id];
      const list = members.get(c);
      if (list) list.push(id);
      else members.set(c, [id]);
    }
    const firstLabel = (ids: string[]) => ids.map((id) => overview.getNodeAttribute(id, 'label')).sort(compareLabels)[0] ?? '';
    const ranked = [...members.values()].sort((x, y) => y.length - x.length || compareLabels(firstLabel(x), firstLabel(y)));
    ranked.forEach((ids, rank) => {
      for (const id of ids) overview.mergeNodeAttributes(id, { community: rank, colour: communityColour(rank) });
    });
    count = ranked.length;
  }

  if (options.documents !== false) {
    // every document in scope, also those that assign nothing (they stand apart, uncoloured)
    const docIds = graph.filterNodes((id, a) => isDocument(a) && (!options.documentIds || options.documentIds.has(id))).sort();
    for (const docId of docIds) {
      const d = graph.getNodeAttributes(docId);
      if (!isDocument(d)) continue;
      const byAgency = docAgency.get(docId) ?? new Map<string, string[]>();
      // the community receiving most of the document's assignments colours it
      const weight = new Map<number, number>();
      let total = 0;
      for (const [agency, items] of byAgency) {
        total += items.length;
        if (!overview.hasNode(agency)) continue;
        const c = overview.getNodeAttribute(agency, 'community');
        weight.set(c, (weight.get(c) ?? 0) + items.length);
      }
      const community = [...weight.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]?.[0] ?? -1;
      overview.addNode(docId, { kind: 'document', label: d.title, labelEn: documentTag(d), date: d.date, items: total, community, colour: communityColour(community) });
      for (const agency of [...byAgency.keys()].sort()) {
        if (!overview.hasNode(agency)) continue;
        const items = byAgency.get(agency)!;
        overview.addEdgeWithKey(`assigns:${docId}\u0000${agency}`, docId, agency, { kind: 'assigns', weight: items.length, items });
      }
    }
  }
  overview.replaceAttributes({ communities: count, modularity });
  return overview;
}
