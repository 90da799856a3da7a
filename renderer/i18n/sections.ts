/** The shapes of the string table's sections that are written out by hand (the shell's is inferred from en.ts). */
import type { EdgeKind, NodeKind, PlatformKind, RegionKind, Role } from '../../core/model';

/** The analyst panels' words (details, matrix, path finder, evidence). */
export interface PanelStrings {
  emptyTitle: string;
  emptyHint: string;
  missingNode: string;
  kind: Record<NodeKind, string>;
  kindCount: (kind: NodeKind, n: number) => string;
  assignments: (n: number) => string;
  type: string;
  role: Record<Role, string>;
  roleLong: Record<Role, string>;
  roleSymbolLegend: string;
  edge: Record<EdgeKind, string>;
  edgeReverse: Record<EdgeKind, string>;
  platformKind: Record<PlatformKind, string>;
  regionKind: Record<RegionKind, string>;
  chineseName: string;
  englishName: string;
  abbreviation: string;
  aliases: string;
  registry: string;
  registered: string;
  unregistered: string;
  /** a body's years (since–until) and the bodies that took over its work */
  inExistence: string;
  years: (since: number | undefined, until: number | undefined) => string;
  succeededBy: string;
  agencyType: string;
  itemsLed: string;
  itemsCount: (n: number) => string;
  docsCount: (n: number) => string;
  issuedDocs: string;
  /** documents that forward a text the agency wrote */
  forwardedDocs: string;
  responsibilities: string;
  noResponsibilities: string;
  coResponsible: string;
  sharedItems: (n: number) => string;
  noCoResponsible: string;
  topLevel: string;
  andOthers: string;
  /** before when an assignment is due or its pace, as written (2019年底前完成, 持续推进) */
  due: string;
  inheritedFrom: (path: string) => string;
  document: string;
  documentNumber: string;
  date: string;
  source: string;
  issuers: string;
  /** the bodies that wrote the text a document forwards (转发, 批转) */
  forwardedAuthors: string;
  counts: string;
  warnings: string;
  removeDocument: string;
  /** the file a document was built from, and the other files that hold it in another format */
  sourceFile: string;
  copies: string;
  copiesNote: string;
  /** a file's format by its reader's name (text, html, pdf, docx, doc) */
  fileFormat: Record<string, string>;
  fileWithFormat: string;
  closeCopy: string;
  unassigned: string;
  unassignedRule: string;
  noUnassigned: string;
  noAnnotations: string;
  fullText: string;
  subItems: string;
  responsibleBodies: string;
  noResponsibleBody: string;
  concerns: string;
  mentionedIn: (n: number) => string;
  responsibleThrough: string;
  nobodyResponsible: string;
  metric: string;
  number: string;
  preambleNote: string;
  year: string;
  value: string;
  /** a plan's indicator: binding (约束性) or expected (预期性) */
  nature: string;
  natures: Record<'binding' | 'expected', string>;
  article: string;
  showEvidence: string;
  evidence: string;
  evidenceTitle: string;
  evidenceOf: (i: number, n: number) => string;
  previous: string;
  next: string;
  showWholeItem: string;
  showContext: string;
  close: string;
  quoteNotFound: string;
  item: string;
  matrixCaption: (agencies: number, items: number, cells: number) => string;
  matrixEmpty: string;
  /** the Matrix's document filter: its label, and the choice of every open document */
  matrixDocument: string;
  matrixAllDocuments: (count: number) => string;
  /** the choice to put a former body in the row of the body that carries its work today */
  matrixBySuccessor: string;
  matrixGrouped: (names: string) => string;
  agency: string;
  total: string;
  sortByCount: string;
  sortByName: string;
  matrixCell: (agency: string, role: string, item: string) => string;
  pathTitle: string;
  /** legend of the relation choices: which kinds of link a path may follow */
  pathAlong: string;
  pathRelation: Record<'issued' | 'contains' | 'leads' | 'mentions' | 'located_in', string>;
  from: string;
  to: string;
  pickPlaceholder: string;
  noMatches: string;
  swap: string;
  noPath: string;
  pathSteps: (n: number) => string;
  pickBoth: string;
  samenode: string;
  clear: string;
  legend: string;
  entityLegend: string;
}

/** The export dialog's words. */
export interface ExportStrings {
  button: string; title: string; close: string;
  images: string; data: string; briefing: string;
  png: string; svg: string; pdf: string; scale: string; background: string; white: string; transparent: string;
  area: string; view: string; whole: string;
  dataScope: string; allData: string; filterData: string;
  graphml: string; gexf: string; json: string; nodesCsv: string; edgesCsv: string; relationsCsv: string; responsibilities: string; cypher: string;
  briefHtml: string; briefDocx: string; briefPdf: string; scope: string; selection: string; filter: string; corpus: string;
  working: string; saved: string; cancelled: string; failed: string; noGraph: string; pdfNote: string;
}
