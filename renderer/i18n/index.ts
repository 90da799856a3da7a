import { en, zh, type Strings } from './strings';

export type Lang = 'en' | 'zh';
export type { Strings };

export function strings(lang: Lang): Strings {
  return lang === 'zh' ? zh : en;
}

/** Fills `{name}` placeholders. */
export function fmt(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in params ? String(params[key]) : m));
}
