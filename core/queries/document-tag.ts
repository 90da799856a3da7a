/**
 * A short tag that tells documents apart in English labels, tables and figures, where the full 发文字号 is
 * unreadable to a non-Chinese reader and the title too long:
 *
 *   国科发规〔2023〕31号 → GKFG 2023-31      国办发〔2018〕117号 → GBF 2018-117      国发明电〔2020〕5号 → GFMD 2020-5
 *
 * The issuer code becomes its pinyin initials in capitals (the way the codes are romanised in citations and
 * in file names), then the year and the serial. The year may be bracketed with 〔〕, [], （） or 【】, and the serial
 * may carry 第 or lack 号. A document without a number is tagged by its date (2019-01-24) and, failing that, by its
 * file name without the extension; tags are not guaranteed unique across a corpus (two undated files can share a
 * stem), so views show them beside, not instead of, the title.
 */
import { pinyin } from 'pinyin-pro';

export interface TaggableDocument {
  number?: string;
  date?: string;
  fileName?: string;
  key?: string;
}

/** issuer code, year, serial: 国科发规〔2023〕31号, 国发[2016]43号, 国办函（2021）第12号 */
const NUMBER = /^\s*([\p{Script=Han}A-Za-z]+?)\s*[〔[（(【]\s*(\d{4})\s*[〕\]）)】]\s*第?\s*(\d+)\s*号?\s*$/u;

const MAX_STEM = 24;

/** Pinyin initials of a Han issuer code in capitals; Latin letters are kept as they are. */
function issuerInitials(code: string): string {
  return pinyin(code, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .replace(/[^A-Za-z0-9]/g, '')
    .toUpperCase();
}

/** The parts of a document number, or undefined when it is not in the 字〔年〕号 form. */
export function parseDocumentNumber(number: string): { issuer: string; year: number; serial: number } | undefined {
  const m = NUMBER.exec(number);
  return m ? { issuer: m[1], year: Number(m[2]), serial: Number(m[3]) } : undefined;
}

export function documentTag(doc: TaggableDocument): string {
  const parsed = doc.number ? parseDocumentNumber(doc.number) : undefined;
  if (parsed) {
    const code = issuerInitials(parsed.issuer);
    return `${code || parsed.issuer} ${parsed.year}-${parsed.serial}`;
  }
  if (doc.number?.trim()) return doc.number.trim();
  if (doc.date) return doc.date;
  const name = (doc.fileName ?? doc.key ?? '').replace(/\.[A-Za-z0-9]{1,5}$/, '');
  const chars = [...name];
  return chars.length > MAX_STEM ? `${chars.slice(0, MAX_STEM - 1).join('')}…` : name;
}
