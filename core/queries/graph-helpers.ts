/**
 * Small typed readers over the Remit graph shared by the query modules. Kept separate so each query file
 * stays about one question and the graph's conventions (which edge kind means what) live in one place.
 */
import type { AgencyNode, DocumentNode, EdgeAttributes, Evidence, ItemNode, NodeAttributes, Role } from '../model';
import type { RemitGraph } from '../graph/types';

export { ROLE_ORDER } from './roles';

export const isItem = (a: NodeAttributes): a is ItemNode => a.kind === 'section' || a.kind === 'article';
export const isAgency = (a: NodeAttributes): a is AgencyNode => a.kind === 'agency';
export const isDocument = (a: NodeAttributes): a is DocumentNode => a.kind === 'document';

export function itemAttrs(graph: RemitGraph, id: string): ItemNode | undefined {
  if (!graph.hasNode(id)) return undefined;
  const a = graph.getNodeAttributes(id);
  return isItem(a) ? a : undefined;
}

export function documentAttrs(graph: RemitGraph, id: string): DocumentNode | undefined {
  if (!graph.hasNode(id)) return undefined;
  const a = graph.getNodeAttributes(id);
  return isDocument(a) ? a : undefined;
}

/** The item (or document) that `contains` this item; items have at most one container. */
export function containerOf(graph: RemitGraph, id: string): string | undefined {
  let parent: string | undefined;
  graph.forEachInEdge(id, (_e, attr: EdgeAttributes, source) => {
    if (attr.kind === 'contains' && parent === undefined) parent = source;
  });
  return parent;
}

/** Item ancestors from the nearest outwards, stopping before the document. */
export function itemAncestors(graph: RemitGraph, id: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>([id]);
  let cur = containerOf(graph, id);
  while (cur !== undefined && !seen.has(cur) && itemAttrs(graph, cur)) {
    out.push(cur);
    seen.add(cur);
    cur = containerOf(graph, cur);
  }
  return out;
}

export function childItems(graph: RemitGraph, id: string): string[] {
  const out: string[] = [];
  graph.forEachOutEdge(id, (_e, attr, _s, target, _sa, targetAttr) => {
    if (attr.kind === 'contains' && isItem(targetAttr)) out.push(target);
  });
  return out;
}

export interface LeadEdge {
  edge: string;
  agency: string;
  item: string;
  role: Role;
  asWritten?: string;
  andOthers: boolean;
  evidence: Evidence[];
}

function toLead(edge: string, attr: EdgeAttributes, agency: string, item: string): LeadEdge {
  return {
    edge,
    agency,
    item,
    role: attr.role ?? 'responsible',
    asWritten: attr.asWritten,
    andOthers: attr.andOthers === true,
    evidence: attr.evidence ?? [],
  };
}

/** `leads` edges arriving at an item, i.e. the bodies the annotation names for it. */
export function leadsOnItem(graph: RemitGraph, item: string): LeadEdge[] {
  const out: LeadEdge[] = [];
  graph.forEachInEdge(item, (e, attr, source, _t, sourceAttr) => {
    if (attr.kind === 'leads' && isAgency(sourceAttr)) out.push(toLead(e, attr, source, item));
  });
  return out;
}

/** `leads` edges leaving an agency. */
export function leadsFromAgency(graph: RemitGraph, agency: string): LeadEdge[] {
  const out: LeadEdge[] = [];
  graph.forEachOutEdge(agency, (e, attr, _s, target, _sa, targetAttr) => {
    if (attr.kind === 'leads' && isItem(targetAttr)) out.push(toLead(e, attr, agency, target));
  });
  return out;
}

/**
 * Document order across the whole graph: documents by date then key (undated last), items by offset.
 * Returns a comparator over item ids.
 */
export function documentOrder(graph: RemitGraph): (a: string, b: string) => number {
  const docRank = new Map<string, number>();
  const docs: Array<{ id: string; date: string; key: string }> = [];
  graph.forEachNode((id, attr) => {
    if (isDocument(attr)) docs.push({ id, date: attr.date ?? '9999', key: attr.key });
  });
  docs.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  docs.forEach((d, i) => docRank.set(d.id, i));
  return (a, b) => {
    const ia = itemAttrs(graph, a);
    const ib = itemAttrs(graph, b);
    if (!ia || !ib) return ia ? -1 : ib ? 1 : a < b ? -1 : a > b ? 1 : 0;
    const da = docRank.get(ia.document) ?? Number.MAX_SAFE_INTEGER;
    const db = docRank.get(ib.document) ?? Number.MAX_SAFE_INTEGER;
    if (da !== db) return da - db;
    if (ia.start !== ib.start) return ia.start - ib.start;
    // a parent starts where its first child's number does not, but guard equal starts: shallower first
    return ia.level - ib.level;
  };
}

/** Chinese-aware, runtime-stable label ordering. */
export const compareLabels = (a: string, b: string): number => a.localeCompare(b, 'zh-Hans-CN');

export function nodeLabel(graph: RemitGraph, id: string): string {
  return graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id;
}
