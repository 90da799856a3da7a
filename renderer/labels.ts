/**
 * What a node is called, everywhere: on the canvas (`displayLabel`), in lists and titles (`fullLabel`, `nodeName`,
 * `plainName`) and in dense places (`shortName`), in the chosen label language. One rule for short names.
 */
import type { RemitGraph } from '../core/graph/types';
import { numberedHeading } from '../core/item-title';
import { outlineNumber } from '../core/queries';
import type { NodeAttributes } from '../core/model';
import type { Lang, LabelMode } from './state/view';

function englishOf(attrs: NodeAttributes): string | undefined {
  if (attrs.labelEn) return attrs.kind === 'agency' && attrs.abbr ? attrs.abbr : attrs.labelEn;
  switch (attrs.kind) {
    case 'agency':
      return attrs.abbr;
    case 'section':
      return `Part ${outlineNumber(attrs.path)}`;
    case 'article':
      return `Item ${outlineNumber(attrs.path)}`;
    case 'document':
      return attrs.number;
    case 'target':
      return attrs.year ? `${attrs.value} by ${attrs.year}` : attrs.value;
    default:
      return undefined;
  }
}

/** Canvas label: short forms, since the Details panel carries the full names. */
export function displayLabel(attrs: NodeAttributes, mode: LabelMode): string {
  const zh = attrs.kind === 'agency' ? shortestChinese(attrs.label, attrs.aliases) : attrs.label;
  const enLabel = englishOf(attrs);
  if (mode === 'zh') return zh;
  if (mode === 'en') {
    if (!enLabel) return zh;
    return (attrs.kind === 'section' || attrs.kind === 'article') && !attrs.labelEn ? `${enLabel} · ${attrs.heading}` : enLabel;
  }
  return enLabel && enLabel !== zh ? `${zh}\n${enLabel}` : zh;
}

/** Full name for lists and tooltips. */
export function fullLabel(attrs: NodeAttributes, mode: LabelMode): string {
  const enLabel = attrs.labelEn ?? englishOf(attrs);
  if (mode === 'zh' || !enLabel) return attrs.label;
  if (mode === 'en') return enLabel;
  return `${attrs.label} · ${enLabel}`;
}

/**
 * The one short-name rule: 科技部 reads better than 科学技术部 on a crowded canvas or in a matrix row; Chinese aliases
 * that are strictly shorter win.
 */
function shortestChinese(name: string, aliases: string[]): string {
  let best = name;
  // Three characters at least: 重庆市 names a government, 重庆 reads as the place.
  for (const a of aliases) if (/[\u3400-\u9fff]/.test(a) && a.length >= Math.min(3, name.length) && a.length < best.length && name.includes(a[0])) best = a;
  return best;
}

export interface NodeName {
  /** the name in the preferred language */
  main: string;
  mainLang: Lang;
  /** the other language, when the mode shows both or the preferred one is missing */
  sub?: string;
  subLang?: Lang;
}

const HAN = /[\u3400-\u9fff]/;

function englishName(a: NodeAttributes): string | undefined {
  switch (a.kind) {
    case 'agency':
      return a.labelEn ? (a.abbr ? `${a.labelEn} (${a.abbr})` : a.labelEn) : a.abbr;
    case 'section':
    case 'article':
      return a.labelEn ?? `${a.kind === 'section' ? 'Part' : 'Item'} ${outlineNumber(a.path)}`;
    case 'document':
      return a.labelEn ?? a.number;
    case 'target':
      return a.labelEn ?? (a.year ? `${a.value} by ${a.year}` : a.value);
    default:
      return a.labelEn;
  }
}

function chineseName(a: NodeAttributes, own = false): string {
  if (a.kind === 'section' || a.kind === 'article') return numberedHeading(own ? a.itemLabel : a.path, a.heading);
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
    const zhShort = shortestChinese(a.label, a.aliases);
    if (mode === 'en') return a.abbr ?? (a.labelEn ? shortEnglish(a.labelEn) : zhShort);
    if (mode === 'both') return a.abbr ? `${zhShort} ${a.abbr}` : zhShort;
    return zhShort;
  }
  if (a.kind === 'section' || a.kind === 'article') return mode === 'en' ? outlineNumber(a.path) : a.path;
  return mode === 'en' ? (a.labelEn ?? a.label) : a.label;
}

/** "Chongqing Municipal People's Government" → "Chongqing Govt": governments have no abbreviation and long names. */
function shortEnglish(name: string): string {
  return name.replace(/\s+(?:Municipal\s+|Provincial\s+|(?:\w+\s+)?Autonomous Region\s+)?People's Government$/, ' Govt');
}

