// The briefing pack's figure as data: the agency overview (see queries/agency-overview.ts) cut to what reads
// at page width (the busiest agencies, and the documents when there are few) and laid out deterministically:
// fixed start positions, ForceAtlas2 on the share weights, then node+label boxes pushed apart. Same corpus,
// same picture.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { RemitGraph } from '../../graph/types';
import { agencyOverview, type AgencyOverviewOptions, type OverviewAgency } from '../../queries/agency-overview';
import { compareLabels } from '../../queries/graph-helpers';
import { separate } from '../layout';
import { textWidth } from '../text-metrics';
import type { BriefOverview } from './model';

/** More agencies than this do not read at A4 width; the rest are in the tables. */
export const FIGURE_MAX_AGENCIES = 30;
/** Documents join the figure only while they are few, and when there are two or more (one would tie to every agency). */
export const FIGURE_MAX_DOCUMENTS = 8;
/** Drawing box the layout is fitted to before labels are separated (figure units ≈ CSS px). */
const BOX = { width: 720, height: 380 };
export const FIGURE_FONT = 12;
export const FIGURE_SUB_FONT = 10;

/** 3+ characters: 重庆市 rather than 重庆, which reads as the city, not its government. */
function shortChinese(label: string, aliases: readonly string[]): string {
  return [label, ...aliases].filter((s) => /[\u3400-\u9fff]/.test(s) && [...s].length >= 3).sort((x, y) => x.length - y.length)[0] ?? label;
}

export function labelExtent(label: string, sub: string | undefined, r: number): { left: number; right: number; top: number; bottom: number } {
  const half = Math.max(r + 2, textWidth(label, FIGURE_FONT) / 2 + 3, sub ? textWidth(sub, FIGURE_SUB_FONT) / 2 + 3 : 0);
  return { left: half, right: half, top: r + 3, bottom: r + 4 + FIGURE_FONT * 1.3 + (sub ? FIGURE_SUB_FONT * 1.3 : 0) };
}

export function briefOverview(graph: RemitGraph, scope: Pick<AgencyOverviewOptions, 'nodeIds' | 'documentIds' | 'roles'>): BriefOverview {
  const ov = agencyOverview(graph, { ...scope, documents: true });
  const agencies = ov.filterNodes((_id, a) => a.kind === 'agency');
  const label = (id: string) => ov.getNodeAttribute(id, 'label');
  agencies.sort((x, y) => ov.getNodeAttribute(y, 'items') - ov.getNodeAttribute(x, 'items') || compareLabels(label(x), label(y)));
  const keptAgencies = agencies.slice(0, FIGURE_MAX_AGENCIES);
  const assigning = ov.filterNodes((_id, a) => a.kind === 'document' && a.items > 0).sort();
  const keptDocs = assigning.length >= 2 && assigning.length <= FIGURE_MAX_DOCUMENTS ? assigning : [];
  const kept = new Set([...keptAgencies, ...keptDocs]);

  const maxItems = Math.max(1, ...keptAgencies.map((id) => ov.getNodeAttribute(id, 'items')));
  const nodes: BriefOverview['nodes'] = [];
  // start on a circle, grouped by community then size, so the same corpus always starts the same way
  const startOrder = [...kept].sort((x, y) => {
    const a = ov.getNodeAttributes(x);
    const b = ov.getNodeAttributes(y);
    return a.community - b.community || b.items - a.items || (x < y ? -1 : 1);
  });
  const work = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  startOrder.forEach((id, i) => {
    const angle = (2 * Math.PI * i) / startOrder.length;
    work.addNode(id, { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) });
  });
  const edges: BriefOverview['edges'] = [];
  const ties: BriefOverview['ties'] = [];
  ov.forEachEdge((_e, attr, s, t) => {
    if (!kept.has(s) || !kept.has(t)) return;
    work.addEdge(s, t, { weight: attr.kind === 'shares' ? attr.weight : Math.max(1, attr.weight / 4) });
    if (attr.kind === 'shares') edges.push({ source: s, target: t, weight: attr.weight });
    else ties.push(ov.getNodeAttribute(s, 'kind') === 'document' ? { document: s, agency: t, weight: attr.weight } : { document: t, agency: s, weight: attr.weight });
  });
  if (work.order > 1) {
    const settings = { ...forceAtlas2.inferSettings(work), edgeWeightInfluence: 1, gravity: 1.5, linLogMode: false, barnesHutOptimize: false };
    forceAtlas2.assign(work, { iterations: 400, settings, getEdgeWeight: 'weight' });
  }
  // fit the layout to the box, then separate node+label boxes
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  work.forEachNode((_id, a) => {
    minX = Math.min(minX, a.x); maxX = Math.max(maxX, a.x); minY = Math.min(minY, a.y); maxY = Math.max(maxY, a.y);
  });
  const sx = maxX > minX ? BOX.width / (maxX - minX) : 1;
  const sy = maxY > minY ? BOX.height / (maxY - minY) : 1;
  const scale = Math.min(sx, sy);
  const placed = startOrder.map((id) => {
    const a = ov.getNodeAttributes(id);
    const p = work.getNodeAttributes(id);
    const isAgency = a.kind === 'agency';
    const agencyAttrs = isAgency ? (graph.getNodeAttributes(id) as { aliases?: string[] }) : undefined;
    const text = isAgency ? shortChinese(a.label, agencyAttrs?.aliases ?? []) : a.labelEn;
    const sub = isAgency ? (a as OverviewAgency).abbr : a.date?.slice(0, 4);
    const r = isAgency ? 5 + 13 * Math.sqrt(a.items / maxItems) : 8;
    return { id, kind: a.kind, label: text, sub, items: a.items, community: a.community, colour: a.colour, r, x: (p.x - minX) * scale, y: (p.y - minY) * scale, e: labelExtent(text, sub, r) };
  });
  separate(placed, 300);
  for (const p of placed) nodes.push({ id: p.id, kind: p.kind, label: p.label, sub: p.sub, items: p.items, community: p.community, colour: p.colour, x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10, r: Math.round(p.r * 10) / 10 });

  const communities = new Map<number, { index: number; colour: string; members: string[] }>();
  for (const id of agencies) {
    const a = ov.getNodeAttributes(id);
    const c = communities.get(a.community) ?? { index: a.community, colour: a.colour, members: [] };
    c.members.push(a.kind === 'agency' ? (a.abbr ?? a.label) : a.label);
    communities.set(a.community, c);
  }
  return {
    nodes,
    edges,
    ties,
    communities: [...communities.values()].sort((x, y) => x.index - y.index),
    omittedAgencies: agencies.length - keptAgencies.length,
    omittedDocuments: assigning.length > 1 ? assigning.length - keptDocs.length : 0,
  };
}
