// What a briefing pack says, independent of how it is rendered (HTML, DOCX): the documents
// covered, who answers for which item (as a matrix and per agency, with the quoted clause), who
// answers for each platform, and what the analyst should double-check.
import type { AgencyNode, AgencyType, Evidence, ItemNode, PlatformKind, Role } from '../../model';
import type { RemitGraph } from '../../graph/types';
import { responsibilityMatrix, cellKey } from '../../queries/responsibility-matrix';
import { statementCount } from '../../queries/assignments';
import { deadlineOf } from '../../queries/deadline-of';
import { compareRoles } from '../../queries/roles';
import { briefOverview } from './overview-layout';
import { responsibleFor } from '../../queries/responsible-for';
import { itemsWithoutResponsibleBody } from '../../queries/items-without-responsible-body';
import { containerOf, documentOrder, itemAttrs } from '../../queries/graph-helpers';
import { pageAt } from '../../readers/pages';

export interface BriefScope {
  /** nodes the brief is about (a selection or the current filter); the whole graph when absent */
  nodeIds?: ReadonlySet<string>;
  /** overrides the generated title */
  title?: string;
  /** how the scope was chosen, shown under the title, e.g. "Current selection" */
  scopeLabel?: string;
  /** ISO date printed as "prepared on"; left out when absent so output is reproducible */
  preparedOn?: string;
}

/** `forwards`: the authors of the text the document forwards (转发), apart from its issuers. */
export interface BriefDocument {
  id: string; key: string; title: string; number?: string; date?: string; source?: string; issuers: BriefAgencyRef[]; forwards: BriefAgencyRef[];
  items: number; responsibilities: number;
}

/** `former`: the years of a body that no longer exists (1978–2018), as a brief names it beside its name */
export interface BriefAgencyRef { id: string; name: string; nameEn?: string; abbr?: string; registered: boolean; former?: string }

/** `page`: the page the item starts on, for documents read from PDF (cited as p. N) */
export interface BriefItemRef { id: string; documentId: string; documentKey: string; path: string; heading: string; headingEn?: string; section?: string; page?: number }

export interface BriefQuote {
  text: string;
  /** the part of `text` naming the body, as [start, end) within text */
  focus?: [number, number];
}

/** One assignment: an item and the body named for it (a restated annotation is one entry with `statements` > 1). */
export interface BriefAgencyEntry {
  item: BriefItemRef;
  role: Role;
  asWritten?: string;
  andOthers: boolean;
  quote: BriefQuote;
  /** every other body named for the item */
  shared: BriefAgencyRef[];
  /** how many annotations name the body for this item */
  statements: number;
  /** when the work is due, as its annotation or sentence writes it (2019年底前完成) */
  deadline?: string;
}

export interface BriefAgency extends BriefAgencyRef { type: AgencyType; byRole: Record<Role, number>; entries: BriefAgencyEntry[] }

/**
 * A "By agency" section: agencies assigned exactly the same items in the same roles share one section, so a
 * clause is printed once for them (the seed's 重庆市, 四川省 and 科技部 jointly lead all 15 tasks).
 */
export interface BriefAgencySection {
  agencies: BriefAgency[];
  /** the common entries; `shared` names the co-responsible bodies outside the section */
  entries: BriefAgencyEntry[];
}

/** A document in scope that assigns no work, and why (so a reader does not take its silence for an omission). */
export interface BriefUnassignedDocument { id: string; key: string; title: string; date?: string; reason: string }

/** The agency overview as a figure: positions in figure units, laid out deterministically. */
export interface BriefOverview {
  nodes: { id: string; kind: 'agency' | 'document'; label: string; sub?: string; items: number; community: number; colour: string; x: number; y: number; r: number }[];
  edges: { source: string; target: string; weight: number }[];
  /** a document assigns items to an agency */
  ties: { document: string; agency: string; weight: number }[];
  communities: { index: number; colour: string; members: string[] }[];
  /** agencies left out of the figure to keep it readable (they are in the tables) */
  omittedAgencies: number;
  omittedDocuments: number;
}

export interface BriefPlatform {
  id: string;
  name: string;
  nameEn?: string;
  platformKind: PlatformKind;
  /** agencies answering for the items that mention the platform, strongest role first */
  responsible: { agency: BriefAgencyRef; role: Role; items: BriefItemRef[]; inherited: boolean }[];
  mentionedIn: BriefItemRef[];
}

export interface BriefWarnings {
  /** task items that no annotation (on them or an ancestor) assigns */
  unassigned: BriefItemRef[];
  /** annotations whose list ends in 等 / 有关部门: others share the work, unnamed */
  andOthers: { item: BriefItemRef; quote: string; named: BriefAgencyRef[] }[];
  /** bodies named in annotations that are not in the agency registry */
  unregistered: { agency: BriefAgencyRef; asWritten: string[]; items: BriefItemRef[] }[];
  /** extraction notes from the documents */
  documents: { documentKey: string; text: string }[];
}

export interface BriefModel {
  title: string;
  subtitle: string;
  scopeLabel?: string;
  preparedOn?: string;
  documents: BriefDocument[];
  /**
   * responsibilities: assignments, one per (agency, item), the Matrix's count; statements: the annotations behind
   * them (more when a document restates an assignment); agencies: bodies with at least one assignment
   */
  summary: { documents: number; items: number; agencies: number; responsibilities: number; statements: number; platforms: number; warnings: number };
  matrix: { agencies: BriefAgencyRef[]; items: BriefItemRef[]; cells: Record<string, { role: Role; andOthers: boolean }> };
  agencies: BriefAgency[];
  /** the agencies grouped for the "By agency" section */
  agencySections: BriefAgencySection[];
  platforms: BriefPlatform[];
  warnings: BriefWarnings;
  /** documents that assign no work, with the reason */
  unassignedDocuments: BriefUnassignedDocument[];
  overview: BriefOverview;
  /** node ids worth drawing in a full graph image: agencies, items and platforms in scope (the pack draws `overview`) */
  graphNodeIds: string[];
}

export const matrixKey = cellKey;

const MAX_PICTURE_NODES = 60;

function agencyRef(graph: RemitGraph, id: string): BriefAgencyRef {
  const a = graph.getNodeAttributes(id) as AgencyNode;
  const ref: BriefAgencyRef = { id, name: a.label, nameEn: a.labelEn, abbr: a.abbr, registered: a.registered !== false };
  if (a.until !== undefined) ref.former = a.since !== undefined ? `${a.since}–${a.until}` : `until ${a.until}`;
  return ref;
}

function itemRef(graph: RemitGraph, id: string): BriefItemRef | undefined {
  const item = itemAttrs(graph, id);
  if (!item) return undefined;
  const doc = graph.hasNode(item.document) ? graph.getNodeAttributes(item.document) : undefined;
  const parent = containerOf(graph, id);
  const section = parent ? itemAttrs(graph, parent) : undefined;
  return {
    id,
    documentId: item.document,
    documentKey: doc?.kind === 'document' ? doc.key : item.document,
    path: item.path,
    heading: item.heading,
    headingEn: item.labelEn,
    section: section ? `${section.path} ${section.heading}` : undefined,
    ...(doc?.kind === 'document' && doc.pages ? { page: pageAt(doc, item.start) } : {}),
  };
}

function quoteOf(evidence: Evidence | undefined): BriefQuote {
  if (!evidence) return { text: '' };
  const { quote, start, focusStart, focusEnd } = evidence;
  if (focusStart === undefined || focusEnd === undefined) return { text: quote };
  const a = focusStart - start;
  const b = focusEnd - start;
  return a >= 0 && b <= quote.length && a < b ? { text: quote, focus: [a, b] } : { text: quote };
}

/** Which nodes the scope covers, per kind; undefined means "no restriction for this kind". */
function resolveScope(graph: RemitGraph, nodeIds: ReadonlySet<string> | undefined) {
  if (!nodeIds) return { docs: undefined, items: undefined, agencies: undefined, platforms: undefined };
  const pick = (kinds: string[]) => {
    const s = new Set<string>();
    for (const id of nodeIds) if (graph.hasNode(id) && kinds.includes(graph.getNodeAttribute(id, 'kind'))) s.add(id);
    return s;
  };
  const docs = pick(['document']);
  let items = pick(['section', 'article']);
  const agencies = pick(['agency']);
  const platforms = pick(['platform']);
  // A scope of whole documents means all their items.
  if (items.size === 0 && docs.size > 0) {
    items = new Set(graph.filterNodes((_, a) => (a.kind === 'section' || a.kind === 'article') && docs.has((a as ItemNode).document)));
  }
  // A scope of platforms, regions or targets means the items that concern them.
  const things = pick(['platform', 'region', 'target']);
  if (items.size === 0 && things.size > 0) {
    for (const t of things) {
      graph.forEachInEdge(t, (_e, a, source, _t, sa) => {
        if (a.kind === 'mentions' && (sa.kind === 'section' || sa.kind === 'article')) items.add(source);
      });
    }
  }
  return { docs, items: items.size ? items : undefined, agencies: agencies.size ? agencies : undefined, platforms: platforms.size ? platforms : undefined };
}

export function briefModel(graph: RemitGraph, scope: BriefScope = {}): BriefModel {
  const s = resolveScope(graph, scope.nodeIds);
  const order = documentOrder(graph);
  const inItems = (id: string) => !s.items || s.items.has(id);
  const inAgencies = (id: string) => !s.agencies || s.agencies.has(id);

  // Responsibilities in scope: leads edges whose agency and item are both in.
  const subset = new Set<string>([...(s.items ?? []), ...(s.agencies ?? [])]);
  const matrix = responsibilityMatrix(graph, subset.size ? subset : undefined);
  const matrixAgencies = matrix.rows.map((r) => agencyRef(graph, r.agencyId));
  const matrixItems = matrix.columns.map((c) => itemRef(graph, c.itemId)).filter((x): x is BriefItemRef => !!x);
  const cells: BriefModel['matrix']['cells'] = {};
  for (const [k, c] of matrix.cells) cells[k] = { role: c.role, andOthers: c.andOthers };

  // Documents: those in scope explicitly, else those of the items and agencies' responsibilities.
  const docIds = new Set<string>(s.docs ?? []);
  for (const it of matrixItems) docIds.add(it.documentId);
  if (!scope.nodeIds) graph.forEachNode((id, a) => a.kind === 'document' && docIds.add(id));
  for (const id of s.items ?? []) docIds.add((graph.getNodeAttributes(id) as ItemNode).document);

  const agencies: BriefAgency[] = matrix.rows.map((row) => {
    const ref = agencyRef(graph, row.agencyId);
    const attrs = graph.getNodeAttributes(row.agencyId) as AgencyNode;
    const entries: BriefAgencyEntry[] = [];
    for (const col of matrix.columns) {
      const cell = matrix.cells.get(cellKey(row.agencyId, col.itemId));
      if (!cell) continue;
      const item = itemRef(graph, col.itemId);
      if (!item) continue;
      const shared = matrix.rows.filter((r) => r.agencyId !== row.agencyId && matrix.cells.has(cellKey(r.agencyId, col.itemId)));
      // One entry per assignment; the first annotation stands for a restated one.
      const ev = cell.evidence[0];
      entries.push({
        item,
        role: ev?.role ?? cell.role,
        asWritten: ev?.asWritten,
        andOthers: cell.evidence.some((e) => e.andOthers) || cell.andOthers,
        quote: quoteOf(ev),
        shared: shared.map((r) => agencyRef(graph, r.agencyId)),
        statements: cell.evidence.length ? statementCount(cell.evidence) : 1,
        ...withDeadline(deadlineOf(cell.evidence)),
      });
    }
    return { ...ref, type: attrs.agencyType, byRole: { ...row.byRole }, entries };
  });
  const statements = agencies.reduce((n, a) => n + a.entries.reduce((m, e) => m + e.statements, 0), 0);

  // Platforms: those in scope, else those mentioned by the items in scope.
  const platformIds = new Set<string>(s.platforms ?? []);
  if (!s.platforms) {
    graph.forEachEdge((_e, a, source, target, _sa, ta) => {
      if (a.kind === 'mentions' && ta.kind === 'platform' && itemAttrs(graph, source) && (s.items ? s.items.has(source) : !scope.nodeIds || docIds.has((graph.getNodeAttributes(source) as ItemNode).document))) platformIds.add(target);
    });
  }
  const platforms: BriefPlatform[] = [...platformIds].map((id) => {
    const p = graph.getNodeAttributes(id);
    const result = responsibleFor(graph, id);
    const mentionedIn = [...new Set(result.rows.map((r) => r.itemId))];
    graph.forEachInEdge(id, (_e, a, source) => {
      if (a.kind === 'mentions' && itemAttrs(graph, source) && !mentionedIn.includes(source)) mentionedIn.push(source);
    });
    mentionedIn.sort(order);
    const responsible = result.byAgency
      .filter((b) => inAgencies(b.agencyId))
      .map((b) => ({
        agency: agencyRef(graph, b.agencyId),
        role: b.role,
        items: b.items.map((i) => itemRef(graph, i)).filter((x): x is BriefItemRef => !!x),
        inherited: result.rows.filter((r) => r.agencyId === b.agencyId).every((r) => r.inherited),
      }))
      .sort((a, b) => compareRoles(a.role, b.role) || b.items.length - a.items.length);
    return {
      id,
      name: p.label,
      nameEn: p.labelEn,
      platformKind: p.kind === 'platform' ? p.platformKind : 'other',
      responsible,
      mentionedIn: mentionedIn.map((i) => itemRef(graph, i)).filter((x): x is BriefItemRef => !!x),
    };
  });
  platforms.sort((a, b) => b.responsible.length - a.responsible.length || b.mentionedIn.length - a.mentionedIn.length || a.name.localeCompare(b.name, 'zh-Hans-CN'));

  const documents: BriefDocument[] = [...docIds]
    .filter((id) => graph.hasNode(id) && graph.getNodeAttribute(id, 'kind') === 'document')
    .map((id) => {
      const d = graph.getNodeAttributes(id);
      if (d.kind !== 'document') throw new Error('unreachable');
      const issuers: BriefAgencyRef[] = [];
      const forwards: BriefAgencyRef[] = [];
      graph.forEachInEdge(id, (_e, a, source, _t, sa) => a.kind === 'issued' && sa.kind === 'agency' && (a.forwarded ? forwards : issuers).push(agencyRef(graph, source)));
      const items = graph.filterNodes((_, a) => (a.kind === 'section' || a.kind === 'article') && (a as ItemNode).document === id).length;
      const responsibilities = agencies.reduce((n, ag) => n + ag.entries.filter((e) => e.item.documentId === id).length, 0);
      return { id, key: d.key, title: d.title, number: d.number, date: d.date, source: d.source, issuers, forwards, items, responsibilities };
    })
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.key.localeCompare(b.key));

  const unassignedDocuments = documents.filter((d) => d.responsibilities === 0).map((d) => ({ id: d.id, key: d.key, title: d.title, date: d.date, reason: whyNoAssignments(graph, d.id) }));
  const warnings = collectWarnings(graph, documents, inItems, inAgencies, order);
  const warningCount = warnings.unassigned.length + warnings.andOthers.length + warnings.unregistered.length + warnings.documents.length;

  const title = scope.title ?? (documents.length === 1 ? documents[0].title : `Responsibility briefing: ${documents.length} documents`);
  const subtitle = documents.length === 1
    ? [documents[0].number, documents[0].date].filter(Boolean).join(' · ')
    : documents.map((d) => d.number ?? d.key).join('；');
  // The picture shows who leads what; platforms join it only while it stays readable.
  const core = [...matrixAgencies.map((a) => a.id), ...matrixItems.map((i) => i.id)];
  const platformIdsDrawn = platforms.filter((p) => p.responsible.length).map((p) => p.id);
  const graphNodeIds = core.length + platformIdsDrawn.length <= MAX_PICTURE_NODES ? [...core, ...platformIdsDrawn] : core;

  return {
    title,
    subtitle,
    scopeLabel: scope.scopeLabel,
    preparedOn: scope.preparedOn,
    documents,
    summary: { documents: documents.length, items: matrixItems.length, agencies: agencies.length, responsibilities: matrix.total, statements, platforms: platforms.length, warnings: warningCount },
    matrix: { agencies: matrixAgencies, items: matrixItems, cells },
    agencies,
    agencySections: groupAgencies(agencies),
    platforms,
    warnings,
    unassignedDocuments,
    overview: briefOverview(graph, { nodeIds: subset.size ? subset : undefined, documentIds: new Set(documents.map((d) => d.id)) }),
    graphNodeIds,
  };
}

function collectWarnings(
  graph: RemitGraph,
  documents: BriefDocument[],
  inItems: (id: string) => boolean,
  inAgencies: (id: string) => boolean,
  order: (a: string, b: string) => number,
): BriefWarnings {
  const ref = (id: string) => itemRef(graph, id);
  // A document that assigns no work at all is a different genre (a decision, a plan without division of
  // labour): it is listed once under unassignedDocuments with the reason, not item by item here.
  const unassigned: BriefItemRef[] = [];
  for (const d of documents) {
    if (!documentHasLeads(graph, d.id)) continue;
    const items = itemsWithoutResponsibleBody(graph, d.id).filter((u) => inItems(u.itemId));
    for (const u of items) {
      const r = ref(u.itemId);
      if (r) unassigned.push(r);
    }
  }

  const docSet = new Set(documents.map((d) => d.id));
  const andOthers = new Map<string, { item: BriefItemRef; quote: string; named: BriefAgencyRef[] }>();
  const unregistered = new Map<string, { agency: BriefAgencyRef; asWritten: string[]; items: BriefItemRef[] }>();
  const leads: { item: string; agency: string; evidence: Evidence[]; andOthers: boolean; asWritten?: string }[] = [];
  graph.forEachEdge((_e, a, source, target, sa) => {
    if (a.kind !== 'leads' || sa.kind !== 'agency' || !itemAttrs(graph, target)) return;
    if (!inItems(target) || !inAgencies(source)) return;
    if (!docSet.has((graph.getNodeAttributes(target) as ItemNode).document)) return;
    leads.push({ item: target, agency: source, evidence: a.evidence ?? [], andOthers: a.andOthers === true, asWritten: a.asWritten });
  });
  leads.sort((x, y) => order(x.item, y.item));
  for (const l of leads) {
    const item = ref(l.item);
    if (!item) continue;
    for (const ev of l.evidence.length ? l.evidence : [undefined]) {
      const others = ev?.andOthers ?? l.andOthers;
      if (!others) continue;
      const key = `${l.item}\u0000${ev ? `${ev.start}:${ev.end}` : ''}`;
      const entry = andOthers.get(key) ?? { item, quote: ev ? annotationOf(ev.quote) : '', named: [] };
      if (!entry.named.some((n) => n.id === l.agency)) entry.named.push(agencyRef(graph, l.agency));
      andOthers.set(key, entry);
    }
    const agency = agencyRef(graph, l.agency);
    if (!agency.registered) {
      const entry = unregistered.get(l.agency) ?? { agency, asWritten: [], items: [] };
      for (const w of [l.asWritten, ...l.evidence.map((e) => e.asWritten)]) if (w && !entry.asWritten.includes(w)) entry.asWritten.push(w);
      if (!entry.items.some((i) => i.id === item.id)) entry.items.push(item);
      unregistered.set(l.agency, entry);
    }
  }
  const docWarnings = documents.flatMap((d) => {
    const a = graph.getNodeAttributes(d.id);
    return a.kind === 'document' ? a.warnings.map((text) => ({ documentKey: d.key, text })) : [];
  });
  return { unassigned, andOthers: [...andOthers.values()], unregistered: [...unregistered.values()], documents: docWarnings };
}

function documentHasLeads(graph: RemitGraph, documentId: string): boolean {
  return graph.someEdge((_e, a, _s, target, _sa, ta) => a.kind === 'leads' && (target === documentId || ((ta.kind === 'section' || ta.kind === 'article') && (ta as ItemNode).document === documentId)));
}

/** The closing parenthesised annotation of a clause, or the clause itself when there is none. */
function annotationOf(quote: string): string {
  const m = /[（(][^（()）]*[）)]\s*$/.exec(quote);
  return m ? m[0].trim() : quote;
}

// Role names and marks: the palette's one table (core/exports/palette.ts), as the app shows them.
export { ROLE_NAMES, roleName, type RoleName } from '../palette';

/** Column headings, the same words in the HTML and the DOCX pack. */
export const COLUMNS = {
  document: 'Document 文件',
  number: 'Number 文号',
  date: 'Date 日期',
  issuedBy: 'Issued by 发文机关',
  /** before the authors of a forwarded text, in the issuers' cell */
  forwarding: 'forwarding 转发',
  items: 'Items 条目',
  assignments: 'Assignments 分工',
  item: 'Item 条目',
  role: 'Role 角色',
  clause: 'Clause (quoted) 原文',
  sharedWith: 'Shared with 共同负责',
  annotation: 'Annotation 原文',
  named: 'Named 已列明',
  platform: 'Platform 平台',
  responsible: 'Responsible 责任主体',
  mentionedIn: 'Mentioned in 出处',
  reason: 'Why no assignments 原因',
} as const;

/** Agencies with the same assignments (same items, same roles) share one section, in the order of their first member. */
export function groupAgencies(agencies: BriefAgency[]): BriefAgencySection[] {
  const sections = new Map<string, BriefAgencySection>();
  for (const a of agencies) {
    const signature = a.entries.map((e) => `${e.item.id}\u0000${e.role}`).join('\u0001');
    const section = sections.get(signature);
    if (section) section.agencies.push(a);
    else sections.set(signature, { agencies: [a], entries: [] });
  }
  for (const section of sections.values()) {
    const members = new Set(section.agencies.map((a) => a.id));
    section.entries = section.agencies[0].entries.map((e) => ({ ...e, shared: e.shared.filter((x) => !members.has(x.id)) }));
  }
  return [...sections.values()];
}

/** A closing responsibility annotation anywhere in a text: （…负责） / （…牵头…）. */
const ANNOTATION_LIKE = /[（(][^（()）\n]{0,120}(?:负责|牵头)[^（()）\n]{0,20}[）)]/;

/** Why a document assigns no work, in words a reader can check against the document. */
export function whyNoAssignments(graph: RemitGraph, documentId: string): string {
  const doc = graph.getNodeAttributes(documentId);
  if (doc.kind !== 'document') return 'not a document';
  let items = 0;
  graph.forEachOutEdge(documentId, (_e, a, _s, _t, _sa, ta) => {
    if (a.kind === 'contains' && (ta.kind === 'section' || ta.kind === 'article')) items += 1;
  });
  if (items === 0) return 'no numbered outline (一、/（一）) was found, so there are no items to assign';
  if (ANNOTATION_LIKE.test(doc.text)) return 'its responsibility notes name no specific body (only 有关部门, 各地区 or the like)';
  return 'it has no responsibility annotations: the document does not divide its tasks among named bodies';
}

/**
 * A clause short enough for a table cell: the opening sentence, an ellipsis, and the end of the
 * clause with its annotation, keeping the emphasised body inside the kept part.
 */
export function excerpt(q: BriefQuote, max = 220): BriefQuote {
  if (q.text.length <= max) return q;
  const firstEnd = q.text.search(/[。；;]/);
  const head = firstEnd > 0 && firstEnd < max / 2 ? q.text.slice(0, firstEnd + 1) : q.text.slice(0, Math.floor(max / 3));
  let tailStart = q.text.length - (max - head.length - 1);
  if (q.focus && q.focus[0] < tailStart) tailStart = Math.max(head.length, q.focus[0] - 10);
  if (tailStart <= head.length) return q;
  const text = head + '…' + q.text.slice(tailStart);
  const shift = tailStart - head.length - 1;
  const focus: [number, number] | undefined = q.focus && q.focus[0] >= tailStart ? [q.focus[0] - shift, q.focus[1] - shift] : undefined;
  return focus ? { text, focus } : { text };
}

/** Item headings in this genre can be a whole sentence; tables show the start of it. */
export function shortHeading(heading: string, max = 48): string {
  const chars = [...heading];
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : heading;
}

/** `{ deadline }` when there is one, else nothing: an entry has the property only when its assignment says when. */
const withDeadline = (deadline: string | undefined): { deadline?: string } => (deadline === undefined ? {} : { deadline });
