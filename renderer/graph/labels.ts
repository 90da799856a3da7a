/** What a node is called on the canvas and in lists, in the chosen label language. */
import { chineseNumber } from '../../core/parse/numerals';
import type { NodeAttributes } from '../../core/model';
import type { LabelMode } from '../state/view';

/** `二、（三）1.` → `2.3.1`: outline numbers readers of English can follow. */
export function pathNumber(path: string): string {
  const parts = path.match(/第[^章节条]+[章节条]|[（(][^）)]+[）)]|[^、.．（）()]+(?=[、.．])/g) ?? [];
  const nums = parts.map((p) => {
    const inner = p.replace(/^第|[章节条]$|[（()）]/g, '');
    const n = /^\d+$/.test(inner) ? Number(inner) : chineseNumber(inner);
    return n === undefined ? inner : String(n);
  });
  return nums.join('.');
}

function englishOf(attrs: NodeAttributes): string | undefined {
  if (attrs.labelEn) return attrs.kind === 'agency' && attrs.abbr ? attrs.abbr : attrs.labelEn;
  switch (attrs.kind) {
    case 'agency':
      return attrs.abbr;
    case 'section':
      return `Part ${pathNumber(attrs.path)}`;
    case 'article':
      return `Item ${pathNumber(attrs.path)}`;
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

/** 科技部 reads better than 科学技术部 on a crowded canvas; aliases that are strictly shorter win. */
function shortestChinese(name: string, aliases: string[]): string {
  let best = name;
  // Three characters at least: 重庆市 names a government, 重庆 reads as the place.
  for (const a of aliases) if (/[\u3400-\u9fff]/.test(a) && a.length >= Math.min(3, name.length) && a.length < best.length && name.includes(a[0])) best = a;
  return best;
}
