/**
 * Search keys per node, computed by the parsing worker because pinyin for thousands of labels is not free.
 * Agencies use the registry's own keys (Chinese name, aliases, English, abbreviation, pinyin initials);
 * other nodes get their labels plus pinyin initials and full pinyin so `kjb` finds 科技部 and `shiyanshi` 实验室.
 */
import { pinyin } from 'pinyin-pro';
import type { AgencyNode, AgencyRecord, NodeAttributes } from '../model';
import { searchKeys as agencySearchKeys } from '../registry/search-keys';

const HAN = /[\u3400-\u9fff]/;

/**
 * Pinyin of single characters, kept by the caller from node to node (the worker keeps one for its life). Headings are
 * read character by character through it: the converter reads a text word by word to choose among a character's
 * readings, at about 30 µs for a heading, and was most of what sending 1,000 documents' graph to the page cost. A
 * heading found by its pinyin rarely hangs on a polyphone; names (agencies, places, platforms) are still read whole.
 */
export type PinyinMemo = Map<string, string>;

function pinyinKeys(text: string, memo?: PinyinMemo): string[] {
  if (!HAN.test(text)) return [];
  const han = text.replace(/[^\u3400-\u9fff]/g, '');
  const syllables = memo ? bySyllable(han, memo) : pinyin(han, { toneType: 'none', type: 'array' });
  return [syllables.map((s) => s[0] ?? '').join(''), syllables.join('')];
}

function bySyllable(han: string, memo: PinyinMemo): string[] {
  const out: string[] = [];
  for (const ch of han) {
    let s = memo.get(ch);
    if (s === undefined) memo.set(ch, (s = pinyin(ch, { toneType: 'none' })));
    out.push(s);
  }
  return out;
}

function agencyKeys(a: AgencyNode): string[] {
  const record: AgencyRecord = { id: a.agencyId, name: a.label, nameEn: a.labelEn ?? '', abbr: a.abbr, aliases: a.aliases, type: a.agencyType };
  return [...agencySearchKeys(record), ...a.aliases.flatMap((alias) => pinyinKeys(alias))];
}

/** The keys a node is found by; `memo`, when given, reads headings character by character through it. */
export function nodeSearchKeys(attrs: NodeAttributes, memo?: PinyinMemo): string[] {
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
    pinyinKeys(attrs.heading, memo).forEach(add);
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
