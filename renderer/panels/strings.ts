/** The analyst panels' own strings (the shell keeps its own in renderer/i18n). */
import type { EdgeKind, NodeKind, PlatformKind, RegionKind, Role } from '../../core/model';

export type PanelLang = 'en' | 'zh';
export type LabelMode = 'zh' | 'en' | 'both';

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
  agencyType: string;
  itemsLed: string;
  itemsCount: (n: number) => string;
  docsCount: (n: number) => string;
  issuedDocs: string;
  responsibilities: string;
  noResponsibilities: string;
  coResponsible: string;
  sharedItems: (n: number) => string;
  noCoResponsible: string;
  topLevel: string;
  andOthers: string;
  inheritedFrom: (path: string) => string;
  document: string;
  documentNumber: string;
  date: string;
  source: string;
  issuers: string;
  counts: string;
  warnings: string;
  removeDocument: string;
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
  agency: string;
  total: string;
  sortByCount: string;
  sortByName: string;
  matrixCell: (agency: string, role: string, item: string) => string;
  pathTitle: string;
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

const KIND_EN: Record<NodeKind, string> = { document: 'Document', section: 'Section', article: 'Article', agency: 'Agency', platform: 'Platform', region: 'Region', target: 'Target' };
const KIND_PLURAL_EN: Record<NodeKind, string> = { document: 'documents', section: 'sections', article: 'articles', agency: 'agencies', platform: 'platforms', region: 'regions', target: 'targets' };
const KIND_ZH: Record<NodeKind, string> = { document: '文件', section: '部分', article: '条款', agency: '机构', platform: '平台', region: '地区', target: '目标' };

export const en: PanelStrings = {
  emptyTitle: 'Nothing selected',
  emptyHint: 'Select an agency, article, platform or region in the graph, or search for it (Ctrl+K), to see who is responsible for what — every claim links to its source clause.',
  missingNode: 'This node is no longer in the graph.',
  kind: KIND_EN,
  kindCount: (k, n) => `${n} ${n === 1 ? KIND_EN[k].toLowerCase() : KIND_PLURAL_EN[k]}`,
  assignments: (n) => (n === 1 ? '1 assignment' : `${n} assignments`),
  type: 'Type',
  role: { lead: 'Lead', joint: 'Joint', responsible: 'Responsible', implement: 'Implements', guide: 'Guides', participate: 'Participates', member: 'Member' },
  roleLong: {
    lead: 'lead (牵头, or listed first)', joint: 'joint (listed after the lead)', responsible: 'responsible (负责)',
    implement: 'implements (负责落实, 落实)', guide: 'guides (指导)', participate: 'participates (参与, 配合)', member: 'member (成员单位)',
  },
  roleSymbolLegend: '● lead · ◐ joint · ○ responsible · ▲ implements · ◇ guides · △ participates · □ member',
  edge: { issued: 'issued', contains: 'contains', leads: 'is responsible for', mentions: 'mentions', located_in: 'is located in' },
  edgeReverse: { issued: 'was issued by', contains: 'is part of', leads: 'is assigned to', mentions: 'is mentioned in', located_in: 'contains' },
  platformKind: { lab: 'Laboratory', facility: 'Large research facility', innovation_centre: 'Innovation centre', zone: 'Pilot or demonstration zone', other: 'Platform' },
  regionKind: { province: 'Province-level division', city: 'City', area: 'Area' },
  chineseName: 'Chinese name',
  englishName: 'English name',
  abbreviation: 'Abbreviation',
  aliases: 'Also written',
  registry: 'Registry',
  registered: 'In the agency registry',
  unregistered: 'Not in the registry (name as written)',
  agencyType: 'Type',
  itemsLed: 'Items',
  itemsCount: (n) => (n === 1 ? '1 item' : `${n} items`),
  docsCount: (n) => (n === 1 ? '1 document' : `${n} documents`),
  issuedDocs: 'Issued',
  responsibilities: 'Responsible for',
  noResponsibilities: 'No annotation names this agency.',
  coResponsible: 'Shares work with',
  sharedItems: (n) => (n === 1 ? '1 shared item' : `${n} shared items`),
  noCoResponsible: 'Named alone wherever it is named.',
  topLevel: 'Top-level items',
  andOthers: '+ others (等)',
  inheritedFrom: (p) => `via ${p}`,
  document: 'Document',
  documentNumber: 'Number',
  date: 'Date',
  source: 'Source',
  issuers: 'Issued by',
  counts: 'Contents',
  warnings: 'Reading notes',
  removeDocument: 'Remove from graph',
  unassigned: 'Items without a responsible body',
  unassignedRule: 'Leaf items with substantive text and no annotation on them or their parent sections; aims and principles (总体要求, 指导思想, 主要目标…) are not counted.',
  noUnassigned: 'Every task item names a responsible body.',
  noAnnotations: 'This document names no responsible bodies in annotations.',
  fullText: 'Text',
  subItems: 'Sub-items',
  responsibleBodies: 'Responsible bodies',
  noResponsibleBody: 'No annotation names a responsible body for this item.',
  concerns: 'Concerns',
  mentionedIn: (n) => (n === 1 ? 'Mentioned in 1 item' : `Mentioned in ${n} items`),
  responsibleThrough: 'Who is responsible, through which items',
  nobodyResponsible: 'No item that mentions it names a responsible body.',
  metric: 'Metric',
  number: 'Number',
  preambleNote: 'Part of the preamble (aims, principles, guidance): documents of this genre name no responsible body here.',
  year: 'Year',
  value: 'Value',
  article: 'Item',
  showEvidence: 'Show source',
  evidence: 'Source',
  evidenceTitle: 'Source text',
  evidenceOf: (i, n) => `Quote ${i} of ${n}`,
  previous: 'Previous',
  next: 'Next',
  showWholeItem: 'Show the whole item',
  showContext: 'Show the sentence only',
  close: 'Close',
  quoteNotFound: 'The quote was not found at its recorded place; showing the nearest match.',
  item: 'Item',
  matrixCaption: (a, i, c) => `Responsibility matrix: ${a} agencies × ${i} items, ${c} assignments`,
  matrixEmpty: 'No responsibilities among the shown nodes.',
  agency: 'Agency',
  total: 'Total',
  sortByCount: 'Sort by number of items',
  sortByName: 'Sort by name',
  matrixCell: (a, r, i) => `${a}: ${r} for ${i}. Show source.`,
  pathTitle: 'Path between two nodes',
  from: 'From',
  to: 'To',
  pickPlaceholder: 'Type a name, English name or abbreviation…',
  noMatches: 'No matches',
  swap: 'Swap',
  noPath: 'These two nodes are not connected.',
  pathSteps: (n) => (n === 1 ? '1 step' : `${n} steps`),
  pickBoth: 'Choose two nodes to see how they are connected.',
  samenode: 'Both ends are the same node.',
  clear: 'Clear',
  legend: 'Legend',
  entityLegend: 'Highlighted: agencies, platforms, regions, targets and the responsibility annotation; click one to open it.',
};

export const zh: PanelStrings = {
  emptyTitle: '未选择节点',
  emptyHint: '在图中选择机构、条款、平台或地区，或搜索（Ctrl+K），查看各项工作由谁负责；每条结论均可查看原文出处。',
  missingNode: '该节点已不在图中。',
  kind: KIND_ZH,
  kindCount: (k, n) => `${n} 个${KIND_ZH[k]}`,
  assignments: (n) => `${n} 项分工`,
  type: '类型',
  role: { lead: '牵头', joint: '共同负责', responsible: '负责', implement: '落实', guide: '指导', participate: '参与', member: '成员' },
  roleLong: { lead: '牵头', joint: '共同负责（非首位）', responsible: '负责', implement: '负责落实', guide: '指导', participate: '参与、配合', member: '成员单位' },
  roleSymbolLegend: '● 牵头 · ◐ 共同负责 · ○ 负责 · ▲ 落实 · ◇ 指导 · △ 参与 · □ 成员',
  edge: { issued: '印发', contains: '包含', leads: '负责', mentions: '提及', located_in: '位于' },
  edgeReverse: { issued: '由其印发', contains: '属于', leads: '由其负责', mentions: '被提及于', located_in: '包含' },
  platformKind: { lab: '实验室', facility: '重大科技基础设施', innovation_centre: '创新中心', zone: '试验区/示范区', other: '平台' },
  regionKind: { province: '省级行政区', city: '城市', area: '区域' },
  chineseName: '中文名称',
  englishName: '英文名称',
  abbreviation: '缩写',
  aliases: '又称',
  registry: '登记',
  registered: '已收录于机构名录',
  unregistered: '未收录（按原文）',
  agencyType: '类型',
  itemsLed: '事项',
  itemsCount: (n) => `${n} 项`,
  docsCount: (n) => `${n} 份文件`,
  issuedDocs: '印发',
  responsibilities: '负责事项',
  noResponsibilities: '没有分工注释提及该机构。',
  coResponsible: '共同负责的机构',
  sharedItems: (n) => `共同负责 ${n} 项`,
  noCoResponsible: '均为单独负责。',
  topLevel: '一级条目',
  andOthers: '等',
  inheritedFrom: (p) => `见 ${p}`,
  document: '文件',
  documentNumber: '文号',
  date: '日期',
  source: '来源',
  issuers: '发文机关',
  counts: '内容',
  warnings: '读取说明',
  removeDocument: '从图中移除',
  unassigned: '未明确负责单位的条款',
  unassignedRule: '有实质内容、本身及上级均无分工注释的末级条款；总体要求、指导思想、主要目标等不计。',
  noUnassigned: '所有任务条款均已明确负责单位。',
  noAnnotations: '本文件未以注释形式明确负责单位。',
  fullText: '原文',
  subItems: '下级条款',
  responsibleBodies: '负责单位',
  noResponsibleBody: '本条款没有分工注释。',
  concerns: '涉及',
  mentionedIn: (n) => `在 ${n} 个条款中提及`,
  responsibleThrough: '负责单位及所依据的条款',
  nobodyResponsible: '提及它的条款均未明确负责单位。',
  metric: '指标',
  number: '编号',
  preambleNote: '属于总体要求（目标、原则、指导思想）部分：此类文件通常不在此处明确负责单位。',
  year: '年份',
  value: '数值',
  article: '条款',
  showEvidence: '查看原文',
  evidence: '原文',
  evidenceTitle: '原文出处',
  evidenceOf: (i, n) => `第 ${i} / ${n} 处`,
  previous: '上一处',
  next: '下一处',
  showWholeItem: '显示整条',
  showContext: '只显示所在句',
  close: '关闭',
  quoteNotFound: '引文不在记录位置，显示最近的匹配。',
  item: '条款',
  matrixCaption: (a, i, c) => `职责矩阵：${a} 个机构 × ${i} 个条款，共 ${c} 项分工`,
  matrixEmpty: '当前显示的节点中没有分工。',
  agency: '机构',
  total: '合计',
  sortByCount: '按事项数排序',
  sortByName: '按名称排序',
  matrixCell: (a, r, i) => `${a}：${r} ${i}。查看原文。`,
  pathTitle: '两个节点之间的路径',
  from: '起点',
  to: '终点',
  pickPlaceholder: '输入名称、英文名或缩写……',
  noMatches: '无匹配结果',
  swap: '交换',
  noPath: '这两个节点之间没有连接。',
  pathSteps: (n) => `${n} 步`,
  pickBoth: '选择两个节点，查看它们之间的联系。',
  samenode: '起点和终点相同。',
  clear: '清除',
  legend: '图例',
  entityLegend: '高亮：机构、平台、地区、目标及分工注释；点击可打开。',
};

export const panelStrings = (lang: PanelLang): PanelStrings => (lang === 'zh' ? zh : en);
