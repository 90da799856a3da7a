/**
 * Line-level shapes of the genre (党政机关公文, GB/T 9704). Every pattern is anchored and free of
 * nested quantifiers so that a line is classified in linear time.
 */

/** 发文字号 such as 国科发规〔2023〕31号, 国办发[2018]117号; group 1 = prefix, 2 = year, 3 = serial. */
export const DOC_NUMBER = /([\u4e00-\u9fff]{1,12})\s*[〔［\[【(（]\s*([0-9０-９]{4})\s*[〕］\]】)）]\s*([0-9０-９]{1,4})\s*号/;
export const DOC_NUMBER_LINE = new RegExp(`^${DOC_NUMBER.source}$`);

/**
 * The heading of an order: 中华人民共和国国务院令, 中华人民共和国商务部令, with its number on the same line or (the
 * normaliser having joined them, or a copy printing them so) right after it: 第707号, （第707号）.
 * Group 1 = the issuer, 2 = the number.
 */
export const ORDER_HEADING = /^(?:中华人民共和国)?([\u4e00-\u9fff]{1,20}?)令(?:[（(]?((?:[0-9０-９]{4}年)?第[0-9０-９]{1,4}号)[）)]?)?$/;
/** The number on the line under the heading: 第707号, （第707号）, and for a ministry's orders 2019年第1号. */
export const ORDER_NUMBER_LINE = /^[（(]?((?:[0-9０-９]{4}年)?第[0-9０-９]{1,4}号)[）)]?$/;
/** An order's heading with its number (中华人民共和国国务院令第812号), or the number on its own line: no sentence goes on from it. */
export const endsOrderHeading = (s: string): boolean => s.length <= 32 && (ORDER_NUMBER_LINE.test(s) || ORDER_HEADING.exec(s)?.[2] !== undefined);

/** 2023年3月31日 / 2023年03月31日 / 二〇二三年三月三十一日; typesetters often write the zero as ○ (white circle) or Ｏ. */
export const DATE_LINE = /^([0-9０-９]{4}|[〇零○Ｏ一二三四五六七八九]{4})\s*年\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日$/;
export const DATE_ANYWHERE = /([0-9０-９]{4})\s*年\s*([0-9０-９]{1,2})\s*月\s*([0-9０-９]{1,2})\s*日/;

/** Header block labels of gov.cn pages; spaces inside labels vary (标 题, 来 源). */
export const HEADER_LABEL = /^(标\s*题|发\s*文\s*字\s*号|来\s*源|主\s*题\s*分\s*类|公\s*文\s*种\s*类|成\s*文\s*日\s*期|发\s*布\s*日\s*期|索\s*引\s*号|发\s*文\s*机\s*关)\s*[：:]\s*(.*)$/;

/** Start of an attachment: a bare 附件 / 附件1 / 附件一 line. */
export const ATTACHMENT_LINE = /^附\s*件\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?\s*[：:]?$/;

/** 注： / 说明： heading a list of notes. */
export const NOTES_LINE = /^(注|说明|备注)\s*[：:]?$/;

/**
 * Outline labels at the start of a line. labelLength below reads them by hand; test/core/label-grammar.test.ts checks
 * that it agrees with these patterns.
 */
export const LABEL_CN = /^([〇零一二两三四五六七八九十百]{1,4})、/;
export const LABEL_PAREN_CN = /^[（(]([〇零一二两三四五六七八九十百]{1,4})[）)]/;
/** 1. / 1． / 1、 but not 1.2亿 (a decimal); 2．2002年 is item 2 opening on a year (no fraction has four digits and 年) */
export const LABEL_ARABIC = /^([0-9０-９]{1,3})(?:[.．](?![0-9０-９])|[.．](?=[0-9０-９]{4}年)|、)/;
export const LABEL_PAREN_ARABIC = /^[（(]([0-9０-９]{1,3})[）)]/;
export const LABEL_CHAPTER = /^第([〇零一二两三四五六七八九十百]{1,4}|[0-9０-９]{1,3})(章|节|条)/;
/** 第一，加快… / 第二：… — points counted in words inside an item */
export const LABEL_ORDINAL = /^第([〇零一二两三四五六七八九十百]{1,3})[，：:]/;
/** ①全面推行… — the circled numbers ① to ⑳ */
export const LABEL_CIRCLED = /^([\u2460-\u2473])/;

/**
 * What a character can begin or continue in a label. The LABEL_ patterns start with disjoint sets of characters (but
 * 第, which chapters and ordinals share and the character after the numerals tells apart), so one table lookup on the
 * first character settles most lines, which begin with no label at all.
 */
const enum Lead { None, Numeral, Paren, Digit, Ordinal, Circled }
const LABEL_FIRST = new Uint8Array(0x10000);
for (const ch of '〇零一二两三四五六七八九十百') LABEL_FIRST[ch.charCodeAt(0)] = Lead.Numeral;
for (const ch of '（(') LABEL_FIRST[ch.charCodeAt(0)] = Lead.Paren;
for (const ch of '0123456789０１２３４５６７８９') LABEL_FIRST[ch.charCodeAt(0)] = Lead.Digit;
LABEL_FIRST['第'.charCodeAt(0)] = Lead.Ordinal;
for (let c = 0x2460; c <= 0x2473; c++) LABEL_FIRST[c] = Lead.Circled;
const leadAt = (s: string, i: number): Lead => (i < s.length ? LABEL_FIRST[s.charCodeAt(i)] : Lead.None);

/** Which LABEL_ pattern a label read by labelLength is an instance of. */
export type LabelShape = 'cn' | 'pcn' | 'ar' | 'par' | 'chapter' | 'ordinal' | 'circled';

/** End of the run of `lead` characters (numerals or digits) from `from`, or -1 when it is empty or longer than `max`. */
function runEnd(s: string, from: number, lead: Lead, max: number): number {
  let i = from;
  while (leadAt(s, i) === lead) i++;
  return i > from && i - from <= max ? i : -1;
}

/** Whether s[i] is one of `chars`, compared by code unit. */
export function isOneOf(s: string, i: number, chars: string): boolean {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === c) return true;
  return false;
}

/**
 * Length of the outline label `s` begins with, exactly as the LABEL_ pattern of its shape would match it, or 0. Read
 * by code unit because it runs on every line of every document: each pattern is a run of numerals or digits between
 * fixed characters, so a match needs no backtracking (a longer run than the pattern allows never matches).
 */
export function labelLength(s: string): number {
  const lead = leadAt(s, 0);
  if (lead === Lead.Numeral) { // LABEL_CN
    const end = runEnd(s, 0, Lead.Numeral, 4);
    return end > 0 && isOneOf(s, end, '、') ? end + 1 : 0;
  }
  if (lead === Lead.Digit) { // LABEL_ARABIC: 1. but not 1.2
    const end = runEnd(s, 0, Lead.Digit, 3);
    if (end < 0) return 0;
    if (isOneOf(s, end, '、') || (isOneOf(s, end, '.．') && (leadAt(s, end + 1) !== Lead.Digit || opensOnYear(s, end + 1)))) return end + 1;
    return 0;
  }
  if (lead === Lead.Paren || lead === Lead.Ordinal) { // LABEL_PAREN_CN, LABEL_PAREN_ARABIC, LABEL_CHAPTER, LABEL_ORDINAL
    const inner = leadAt(s, 1);
    if (inner !== Lead.Numeral && inner !== Lead.Digit) return 0;
    const end = runEnd(s, 1, inner, inner === Lead.Numeral ? 4 : 3);
    if (end < 0) return 0;
    if (isOneOf(s, end, lead === Lead.Paren ? '）)' : '章节条')) return end + 1;
    return lead === Lead.Ordinal && inner === Lead.Numeral && end <= 4 && isOneOf(s, end, ORDINAL_MARKS) ? end + 1 : 0;
  }
  return lead === Lead.Circled ? 1 : 0; // LABEL_CIRCLED
}
const ORDINAL_MARKS = '，：:';

/** Whether s[i…] is a year (four digits and 年): 2．2002年 is a label before a year, not a fraction. */
function opensOnYear(s: string, i: number): boolean {
  const end = runEnd(s, i, Lead.Digit, 4);
  return end === i + 4 && isOneOf(s, end, '年');
}

/** The shape of the label that `s` begins with; only meaningful when labelLength(s) > 0. */
export function labelShape(s: string): LabelShape {
  switch (leadAt(s, 0)) {
    case Lead.Numeral: return 'cn';
    case Lead.Digit: return 'ar';
    case Lead.Ordinal: return isOneOf(s, runEnd(s, 1, leadAt(s, 1), 4), ORDINAL_MARKS) ? 'ordinal' : 'chapter';
    case Lead.Circled: return 'circled';
    default: return leadAt(s, 1) === Lead.Numeral ? 'pcn' : 'par';
  }
}

/**
 * A numbered row of a table written on one line (1 建立健全… 国家发展改革委 工业和信息化部 2022年底前): its number, then at
 * least two cells, each after one space — a table copied into plain text, its tabs spaces once normalised. Normalising
 * keeps such rows apart; the task tables split them into their cells.
 */
const ROW_ON_ONE_LINE = /^[0-9０-９]{1,3} \S+ \S/;
export const isRowOnOneLine = (s: string): boolean => leadAt(s, 0) === Lead.Digit && ROW_ON_ONE_LINE.test(s);

/** Whether `s` begins with an outline label of any kind. */
export const startsWithLabel = (s: string): boolean => labelLength(s) > 0;

// Whole-line shapes tried on most lines, nearly all of them prose: each pattern is anchored to a character the line
// must begin or end with, and that character is looked at before the pattern is run.
const code = (ch: string): number => ch.charCodeAt(0);
const lastCode = (s: string): number => s.charCodeAt(s.length - 1);
const NUMBER_END = code('号');
const DATE_END = code('日');
const ATTACHMENT_FIRST = code('附');
export const isDocNumberLine = (s: string): boolean => lastCode(s) === NUMBER_END && DOC_NUMBER_LINE.test(s);
export const isDateLine = (s: string): boolean => lastCode(s) === DATE_END && DATE_LINE.test(s);
export const isAttachmentLine = (s: string): boolean => s.charCodeAt(0) === ATTACHMENT_FIRST && ATTACHMENT_LINE.test(s);
export const isNotesLine = (s: string): boolean => isOneOf(s, 0, '注说备') && NOTES_LINE.test(s);
/** First characters of the header labels: asked of every line that might close a paragraph, by one table lookup. */
const HEADER_FIRST = new Uint8Array(0x10000);
for (const ch of '标发来主公成索') HEADER_FIRST[ch.charCodeAt(0)] = 1;
export const headerLabel = (s: string): RegExpExecArray | null => (s.length > 0 && HEADER_FIRST[s.charCodeAt(0)] === 1 ? HEADER_LABEL.exec(s) : null);

/** Typeset copies write digits full-width (２０１９, １．); values are read in ASCII. Most are ASCII already, and come back as they are. */
export function asciiDigits(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) {
      out += s.slice(from, i) + String.fromCharCode(c - 0xfee0);
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

/** White space as `trim` and the \s of a pattern see it (white space and line terminators of ECMAScript), by code unit. */
export const isSpace = (c: number): boolean =>
  (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** s.slice(from, to).trim(), cut once: most lines and headings have nothing to trim, and need no second string. */
export function trimmedSlice(s: string, from: number, to: number): string {
  while (from < to && isSpace(s.charCodeAt(from))) from++;
  while (to > from && isSpace(s.charCodeAt(to - 1))) to--;
  return s.slice(from, to);
}

export const isCjk = (c: number): boolean =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x2ffff);
