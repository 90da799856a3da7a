/**
 * Search keys per node, computed by the parsing worker because pinyin for thousands of labels is not free.
 * Agencies use the registry's own keys (Chinese name, aliases, English, abbreviation, pinyin initials);
 * other nodes get their labels plus pinyin initials and full pinyin so `kjb` finds 科技部 and `shiyanshi` 实验室.
 */
import { pinyin } from 'pinyin-pro';
import type { AgencyNode, AgencyRecord, NodeAttributes } from '../model';
import { searchKeys as agencySearchKeys } from '../registry/search-keys';

const HAN = /[\u3400-\u9fff]/;

function pinyinKeys(text: string): string[] {
  if (!HAN.test(text)) return [];
  const han = text.replace(/[^\u3400-\u9fff]/g, '');
  const syllables = pinyin(han, { toneType: 'none', type: 'array' });
  return [syllables.map((s) => s[0] ?? '').join(''), syllables.join('')];
}

function agencyKeys(a: AgencyNode): string[] {
  const record: AgencyRecord = { id: a.agencyId, name: a.label, nameEn: a.labelEn ?? '', abbr: a.abbr, aliases: a.aliases, type: a.agencyType };
  return [...agencySearchKeys(record), ...a.aliases.flatMap(pinyinKeys)];
}

export function nodeSearchKeys(attrs: NodeAttributes): string[] {
  const keys = new Set<string>();
  const add = (s: string | undefined) => {
    const k = s?.trim().toLowerCase();
    if (k) keys.add(k);
  };
  add(attrs.label);
  add(attrs.labelEn);
  attrs.aliases.forEach(add);
  if (attrs.kind === 'agency') agencyKeys(attrs).forEach(add);
  if (attrs.kind === 'section' || attrs.kind === 'article') {
    add(attrs.heading);
    pinyinKeys(attrs.heading).forEach(add);
    add(attrs.path);
  } else {
    pinyinKeys(attrs.label).forEach(add);
  }
  if (attrs.kind === 'document') {
    add(attrs.number);
    add(attrs.fileName);
    add(attrs.title);
  }
  return [...keys];
}
