/**
 * The shared vocabulary of Remit: what the extractor produces and what the graph holds.
 * Every other module (parser, registry, entities, graph, UI, exports) speaks in these types,
 * so changes here are changes to the product's contract.
 */

export type NodeKind = 'document' | 'section' | 'article' | 'agency' | 'platform' | 'region' | 'target';
export const NODE_KINDS: readonly NodeKind[] = ['document', 'section', 'article', 'agency', 'platform', 'region', 'target'];

export type EdgeKind = 'issued' | 'contains' | 'leads' | 'mentions' | 'located_in';
export const EDGE_KINDS: readonly EdgeKind[] = ['issued', 'contains', 'leads', 'mentions', 'located_in'];

/**
 * lead: 牵头 or first-listed where the document says so; joint: the others then (and B of A会同B); responsible: plain
 * 负责; implement: 负责落实 / 落实 (carries the work out locally); guide: 指导; participate: 参与, 配合, 协助, 支持;
 * member: a member unit of a leading group or joint conference (成员单位：…, 由…组成).
 */
export type Role = 'lead' | 'joint' | 'responsible' | 'implement' | 'guide' | 'participate' | 'member';
/** Every role, strongest first: the order of legends, matrix columns and role counts. */
export const ROLES: readonly Role[] = ['lead', 'joint', 'responsible', 'implement', 'guide', 'participate', 'member'];
/** A count per role, all zero: one place that knows every role, for tallies. */
export const zeroRoleCounts = (): Record<Role, number> => ({ lead: 0, joint: 0, responsible: 0, implement: 0, guide: 0, participate: 0, member: 0 });

/**
 * The last seven are named facilities: airports (机场), ports (港, 港口), power plants (电站, 电厂), railway lines (铁路, 高铁,
 * …线), exchanges (交易所), national parks (国家公园), water projects (水库, 水利枢纽, 大坝, 灌区).
 */
export type PlatformKind = 'lab' | 'facility' | 'innovation_centre' | 'zone' | 'other'
  | 'airport' | 'port' | 'power_plant' | 'railway' | 'exchange' | 'national_park' | 'water_project';

/**
 * province: provincial-level division; city: prefecture-level city; prefecture: other prefecture-level divisions
 * (自治州, 地区, 盟); county: county-level divisions (区, 县, 县级市, 旗); area: named areas (粤港澳大湾区, 成渝地区…);
 * river, lake, reservoir_area: waters used as places (长江, 洞庭湖, 三峡库区); country: a foreign country.
 */
export type RegionKind = 'province' | 'city' | 'area' | 'prefecture' | 'county' | 'river' | 'lake' | 'reservoir_area' | 'country';

/**
 * goal: a forward-looking quantified aim (到2025年…达到…); threshold: a rule's limit (不得超过…, 5个工作日内);
 * penalty: a fine or sanction (处…罚款); statistic: a figure of the past (2018年…增长, 已达).
 */
export type TargetKind = 'goal' | 'threshold' | 'penalty' | 'statistic';

/** Where a claim comes from. Offsets are UTF-16 indices into the document node's `text`. */
export interface Evidence {
  /** graph id of the document node */
  document: string;
  /** graph id of the innermost numbered item (article or section node), or the document id */
  item: string;
  quote: string;
  start: number;
  end: number;
  /** the part of the quote to emphasise (the body in an annotation, the entity in a sentence); document offsets */
  focusStart?: number;
  focusEnd?: number;
  /** for `leads` evidence: one entry per (annotation, body), so these travel with each entry */
  role?: Role;
  asWritten?: string;
  andOthers?: boolean;
  /** the annotation's scope clause (适用范围：所有自贸试验区), on `leads` evidence and on the mentions it gives */
  scope?: string;
  /** for `leads` evidence: when the annotation says the work is due (2019年底前完成, 持续推进), as written */
  deadline?: string;
  /** the row comes from a note on later items (以下均需X落实，不再列出), not from an annotation of this item */
  inherited?: boolean;
}

// ---------------------------------------------------------------------------
// Parsing results (pure data, no graph)
// ---------------------------------------------------------------------------

export interface DocumentMeta {
  title: string;
  /** 发文字号, e.g. 国科发规〔2023〕31号 */
  number?: string;
  /** ISO date yyyy-mm-dd (成文日期 or the sign-off date) */
  date?: string;
  source?: string;
  /** 主题分类 */
  subject?: string;
  /** 公文种类 */
  docType?: string;
  /** issuing bodies as written, in order (header list, addressee-less issuer list or sign-off block) */
  issuers: string[];
  /**
   * The authors of the text the document forwards (转发, 批转: 国务院办公厅转发国家发展改革委等部门关于…的意见), as written;
   * `andOthers` when the list ends in 等部门. They wrote what it carries, not the document itself (core/parse/forwarded.ts).
   */
  forwarded?: { authors: string[]; andOthers: boolean };
}

/** Outline level: 1 = 一、 / 第一章, 2 = （一）, 3 = 1., 4 = （1）. */
export type ItemLevel = 1 | 2 | 3 | 4;

export interface OutlineItem {
  /**
   * full number path, e.g. `二、（三）`, `四、（一）1.`, `二、2.1.1`, `第二章第四条`; unique within a document. In a document
   * without a numbered outline each paragraph of the body is an item, `¶1`, `¶2` …
   */
  path: string;
  /** this item's own number as written, e.g. `（三）`; empty for a paragraph (no number is written) */
  label: string;
  level: ItemLevel;
  /** `path` of the parent item, undefined for top-level items */
  parent?: string;
  /** the first sentence (or the whole line when it is a bare heading), without the number */
  heading: string;
  /** full text of the item including its number and all nested items */
  text: string;
  /** offsets into the normalised document text, covering `text` */
  start: number;
  end: number;
  /** offsets of the item's own text (number + heading + body up to its first child item or its end) */
  ownEnd: number;
}

export interface AnnotationBody {
  /** the body as written in the annotation, e.g. `发展改革委`, `重庆市` */
  asWritten: string;
  role: Role;
  start: number;
  end: number;
  /**
   * the body's full name when the text shares part of it with the bodies listed beside it: 生态环境 in
   * 国务院水行政、生态环境等主管部门 is 国务院生态环境主管部门 (asWritten stays the text, name is what the graph resolves)
   */
  name?: string;
}

export interface Annotation {
  /** path of the innermost numbered item it closes ('' when outside any item) */
  itemPath: string;
  /** the whole parenthesised annotation as written, e.g. `（重庆市、四川省、科技部牵头负责）` */
  quote: string;
  start: number;
  end: number;
  bodies: AnnotationBody[];
  /** the list ends in 等 / 等有关部门 / 会同有关部门: others share the work */
  andOthers: boolean;
  /** mentions unnamed 有关部门/有关单位 */
  relevantDepartments: boolean;
  /**
   * a duty read from running text (由X负责…, X要…: core/parse/duties.ts) rather than a closing annotation: the quote is
   * the sentence, and only the bodies in it, not the whole quote, are kept out of the item's mentions
   */
  inText?: boolean;
  /** 适用范围：X — where the assignment applies, as written */
  scope?: { text: string; start: number; end: number };
  /** when the work is due or its pace (2019年底前完成, 持续推进, 完成时限：2021年底), as written, without its label */
  deadline?: { text: string; start: number; end: number };
  /**
   * A note on the items that follow (以下均需X落实，不再列出 / A负责，下同): its bodies are assigned to each later item of
   * the same level, until another note replaces it. Offsets of the note's own text.
   */
  laterItems?: { quote: string; start: number; end: number; bodies: AnnotationBody[] };
  /**
   * A note on the items above (以上任务由X负责落实): its bodies are assigned to each item of the note's item's level under
   * the same parent, up to and including the note's item. Offsets of the note's own text.
   */
  earlierItems?: { quote: string; start: number; end: number; bodies: AnnotationBody[] };
  /** made from an earlier annotation's note for an item that does not repeat it (see `laterItems`, `earlierItems`) */
  inherited?: boolean;
  /**
   * read from a row of a task table (序号 | 重点任务 | 牵头单位 …: core/parse/task-tables.ts): the quote is the whole row and,
   * set together with `inText`, only its bodies are kept out of the row's mentions
   */
  tableRow?: boolean;
}

/** A coordination body a document names that the registry does not hold (core/parse/defined-bodies.ts). */
export interface DefinedBody {
  /** the body's full name as the document writes it */
  readonly name: string;
  /** the short form the document gives it (以下简称领导小组), if any */
  readonly short?: string;
}

export interface ParsedDocument {
  /** file name (no folders) the text came from */
  fileName: string;
  /** normalised text; every offset refers to it */
  text: string;
  encoding: string;
  meta: DocumentMeta;
  items: OutlineItem[];
  annotations: Annotation[];
  /** plain-language notes, e.g. "no numbered outline found" */
  warnings: string[];
  /** the format the file was read from (text, html, pdf, docx, doc); absent means text */
  format?: string;
  /** PDF: offsets in `text` where pages 1, 2, … start (see core/readers/pages.ts `pageAt`) */
  pages?: number[];
  /**
   * A document written in traditional characters: `text` in simplified characters, of the same length, offset for
   * offset (core/readers/traditional.ts). Names are looked for in it; what is shown and quoted comes from `text`.
   */
  matchText?: string;
  /** the coordination bodies the document names that the registry does not hold, when it names any */
  defined?: DefinedBody[];
}

// ---------------------------------------------------------------------------
// Registry
// ---------------------------------------------------------------------------

export type AgencyType =
  | 'party' // CPC Central Committee organs
  | 'state_council' // State Council and its General Office
  | 'ministry' // component departments (部, 委, 人民银行, 审计署)
  | 'special' // 国资委
  | 'directly_affiliated' // 直属机构 (海关总署, 税务总局, 市场监管总局…)
  | 'administrative_office'
  | 'institution' // 直属事业单位 (中科院, 工程院, 社科院…)
  | 'bureau' // national bureaus administered by ministries (知识产权局, 药监局…)
  | 'mass_organisation'
  | 'judicial'
  | 'military'
  | 'provincial_government'
  | 'collective' // 各省级人民政府, 地方各级人民政府…
  | 'legislature' // 全国人大, 全国人大常委会, 全国政协 (added by registry)
  | 'enterprise' // central SOEs and policy banks named in annotations: 国铁集团, 国家电网, 国家开发银行 (added by registry)
  | 'unregistered';

export interface AgencyRecord {
  /** stable id, e.g. `most`, `gov-chongqing` */
  id: string;
  /** canonical Chinese name, e.g. 科学技术部 */
  name: string;
  /** English name, e.g. Ministry of Science and Technology */
  nameEn: string;
  /** English abbreviation, e.g. MOST */
  abbr?: string;
  /** short forms used in annotations and body text, e.g. 科技部, 国家科技部 */
  aliases: string[];
  type: AgencyType;
  /** first year the body existed under this identity */
  since?: number;
  /** last year it existed (abolished, merged or renamed in a State Council reform); undefined while it still exists */
  until?: number;
  /** registry ids of the bodies that took over its work, principal successor first */
  succeededBy?: readonly string[];
  /**
   * Names the body bore that a later body bears today (国家药品监督管理局 1998–2003, 广电总局): a document of the body's
   * years means this body by them, a later one today's (core/registry/in-year.ts).
   */
  sharedNames?: readonly string[];
}

export interface RegionRecord {
  id: string;
  /** e.g. 重庆市, 四川省, 成渝地区 */
  name: string;
  nameEn: string;
  aliases: string[];
  regionKind: RegionKind;
  /** id of the provincial-level region it lies in, when known */
  within?: string;
}

// ---------------------------------------------------------------------------
// Entities found in article text
// ---------------------------------------------------------------------------

export interface PlatformMention { name: string; platformKind: PlatformKind; start: number; end: number }
export interface RegionMention {
  name: string; regionKind: RegionKind; start: number; end: number;
  /** region it is located in: as the text says, or the parent division in the gazetteer */
  within?: string;
  /** GB/T 2260 code of an administrative division, ISO 3166-1 alpha-2 code of a country */
  code?: string;
}
export interface TargetMention {
  /** e.g. 全社会研发经费投入占地区生产总值比重 */
  metric: string;
  year?: number;
  /** as written, e.g. 5%, 80件, 7000家 */
  value: string;
  /** numeric part of value */
  amount?: number;
  /** upper end of a range (3%—5%: amount 3, upper 5) */
  upper?: number;
  unit?: string;
  comparator?: '>' | '>=' | '=' | '<' | '<=';
  /** what the figure is: a goal unless the clause is a rule, a penalty or a past figure */
  targetKind?: TargetKind;
  /** a plan's indicator as its table marks it: 约束性 (binding) or 预期性 (expected) */
  nature?: IndicatorNature;
  start: number;
  end: number;
}
export interface AgencyMention {
  asWritten: string; start: number; end: number;
  /** a national body's local branch (人民银行福州分行, 国家税务总局上海市税务局): a body of its own the registry does not hold */
  branch?: true;
}

// ---------------------------------------------------------------------------
// Graph attributes (graphology node/edge attributes)
// ---------------------------------------------------------------------------

export interface BaseNodeAttributes {
  kind: NodeKind;
  /** Chinese label */
  label: string;
  labelEn?: string;
  aliases: string[];
}

export interface DocumentNode extends BaseNodeAttributes {
  kind: 'document';
  /** document number when present, else the file name: the key used in exports */
  key: string;
  fileName: string;
  number?: string;
  title: string;
  date?: string;
  source?: string;
  subject?: string;
  docType?: string;
  encoding: string;
  text: string;
  warnings: string[];
  /** the format the file was read from, when not plain text */
  format?: string;
  /** offsets in `text` where each page starts (documents read from PDF) */
  pages?: number[];
  /**
   * Other files holding the same document in another layout (the PDF or Word file of this text: see
   * graph/same-text.ts), in the order they were opened; absent when there are none. The document is built once, from
   * `fileName`.
   */
  copies?: DocumentCopy[];
}

/** A file found to hold a document already in the graph, laid out differently. */
export interface DocumentCopy {
  fileName: string;
  /** text, html, pdf, docx or doc */
  format: string;
}

export interface ItemNode extends BaseNodeAttributes {
  kind: 'section' | 'article';
  document: string; // document node id
  path: string;
  itemLabel: string;
  level: ItemLevel;
  heading: string;
  text: string;
  start: number;
  end: number;
}

export interface AgencyNode extends BaseNodeAttributes {
  kind: 'agency';
  agencyId: string;
  abbr?: string;
  agencyType: AgencyType;
  registered: boolean;
  /** years in existence and successors, for bodies abolished or renamed by a reform (see AgencyRecord) */
  since?: number;
  until?: number;
  succeededBy?: readonly string[];
  /** the Chinese names of `succeededBy`, in its order: views name a successor the graph does not hold without the registry */
  successorNames?: readonly string[];
  /** the registry id of the body that carries its work today (the end of its succession), for views that group by it */
  presentSuccessor?: string;
}

export interface PlatformNode extends BaseNodeAttributes { kind: 'platform'; platformKind: PlatformKind }
export interface RegionNode extends BaseNodeAttributes { kind: 'region'; regionKind: RegionKind; /** division or country code, when known */ code?: string }
export interface TargetNode extends BaseNodeAttributes {
  kind: 'target';
  document: string;
  metric: string;
  year?: number;
  value: string;
  amount?: number;
  unit?: string;
  comparator?: TargetMention['comparator'];
  targetKind?: TargetKind;
  nature?: IndicatorNature;
}

/** 约束性 indicators bind the bodies that answer for them; 预期性 ones state what is expected. */
export type IndicatorNature = 'binding' | 'expected';

export type NodeAttributes = DocumentNode | ItemNode | AgencyNode | PlatformNode | RegionNode | TargetNode;

export interface EdgeAttributes {
  kind: EdgeKind;
  /** for `leads` */
  role?: Role;
  /** for `leads`: the body as written in the annotation */
  asWritten?: string;
  /** for `leads`: the annotation says 等 / 有关部门 */
  andOthers?: boolean;
  /** for `issued`: the body wrote the text the document forwards (转发, 批转), not the document itself */
  forwarded?: boolean;
  /** evidence for edges that come from text; several when the same fact is stated twice */
  evidence?: Evidence[];
}

/** One row of the responsibility table: one per (annotation, named body). */
export interface ResponsibilityRow {
  /** document key: number where it has one, else file name */
  document: string;
  documentId: string;
  item: string;
  itemId: string;
  itemTitle: string;
  /** canonical Chinese name */
  agency: string;
  agencyId: string;
  agencyEn?: string;
  agencyAsWritten: string;
  role: Role;
  andOthers: boolean;
  quote: string;
  start: number;
  end: number;
  /** 适用范围 of the annotation, when it has one */
  scope?: string;
  /** the annotation's deadline or pace (2019年底前完成, 持续推进), when it has one */
  deadline?: string;
  /** from a note on later items rather than the item's own annotation */
  inherited?: boolean;
}
