/** The one string table per language (en.ts, zh.ts) and the placeholder filler. */
import type { Lang } from '../state/view';
import { en, type Strings } from './en';
import { zh } from './zh';
import type { ExportStrings, PanelStrings } from './sections';

export type { ExportStrings, Lang, PanelStrings, Strings };

export function strings(lang: Lang): Strings {
  return lang === 'zh' ? zh : en;
}

/** Fills `{name}` placeholders. */
export function fmt(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in params ? String(params[key]) : m));
}
