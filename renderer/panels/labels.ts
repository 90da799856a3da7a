/** How the panels name nodes: Chinese and English side by side as the label mode asks. */
import type { NodeAttributes } from '../../core/model';
import type { RemitGraph } from '../../core/graph/types';
import { pathNumber } from '../graph/labels';
import type { LabelMode } from './strings';

export interface NodeName {
  /** the name in the preferred language */
  main: string;
  mainLang: 'zh' | 'en';
  /** the other language, when the mode shows both or the preferred one is missing */
  sub?: string;
  subLang?: 'zh' | 'en';
}

const HAN = /[\u3400-\u9fff]/;

function englishName(a: NodeAttributes): string | undefined {
  switch (a.kind) {
    case 'agency':
      return a.labelEn ? (a.abbr ? `${a.labelEn} (${a.abbr})` : a.labelEn) : a.abbr;
    case 'section':
    case 'article':
      return a.labelEn ?? `${a.kind === 'section' ? 'Part' : 'Item'} ${pathNumber(a.path)}`;
    case 'document':
      return a.labelEn ?? a.number;
    case 'target':
      return a.labelEn ?? (a.year ? `${a.value} by ${a.year}` : a.value);
    default:
      return a.labelEn;
  }
}

function chineseName(a: NodeAttributes, own = false): string {
  if (a.kind === 'section' || a.kind === 'article') return `${own ? a.itemLabel : a.path}${a.heading}`;
  return a.label;
}

/** `own`: an item is named by its own number only (（三）…), for lists already grouped under its parent. */
export function nodeName(graph: RemitGraph, id: string, mode: LabelMode, own = false): NodeName {
  if (!graph.hasNode(id)) return { main: id, mainLang: HAN.test(id) ? 'zh' : 'en' };
  const a = graph.getNodeAttributes(id);
  const zh = chineseName(a, own);
  const en = englishName(a);
  if (mode === 'zh' || !en || en === zh) return { main: zh, mainLang: 'zh' };
  if (mode === 'en') {
    // item "English" names are only numbers: keep the Chinese heading beside them
    if (a.kind === 'section' || a.kind === 'article') return { main: en, mainLang: 'en', sub: zh, subLang: 'zh' };
    return { main: en, mainLang: 'en', sub: a.kind === 'agency' || a.kind === 'platform' || a.kind === 'region' ? zh : undefined, subLang: 'zh' };
  }
  return { main: zh, mainLang: 'zh', sub: en, subLang: 'en' };
}

/** One-line name for titles, aria-labels and pickers. */
export function plainName(graph: RemitGraph, id: string, mode: LabelMode): string {
  const n = nodeName(graph, id, mode);
  return n.sub ? `${n.main} · ${n.sub}` : n.main;
}

/** Short name for dense places (matrix rows, path steps): abbreviation or alias in the chosen language. */
export function shortName(graph: RemitGraph, id: string, mode: LabelMode): string {
  if (!graph.hasNode(id)) return id;
  const a = graph.getNodeAttributes(id);
  if (a.kind === 'agency') {
    // 3+ characters: 重庆市 rather than 重庆, which reads as the city, not its government
    const zhShort = [a.label, ...a.aliases].filter((s) => HAN.test(s) && s.length >= 3).sort((x, y) => x.length - y.length)[0] ?? a.label;
    if (mode === 'en') return a.abbr ?? (a.labelEn ? shortEnglish(a.labelEn) : zhShort);
    if (mode === 'both') return a.abbr ? `${zhShort} ${a.abbr}` : zhShort;
    return zhShort;
  }
  if (a.kind === 'section' || a.kind === 'article') return mode === 'en' ? pathNumber(a.path) : a.path;
  return mode === 'en' ? (a.labelEn ?? a.label) : a.label;
}

/** "Chongqing Municipal People's Government" → "Chongqing Govt": governments have no abbreviation and long names. */
function shortEnglish(name: string): string {
  return name.replace(/\s+(?:Municipal\s+|Provincial\s+|(?:\w+\s+)?Autonomous Region\s+)?People's Government$/, ' Govt');
}

export { pathNumber };
