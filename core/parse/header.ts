/**
 * Front matter: the gov.cn header block (标 题：, 发文字号：, …), the title lines above the 发文字号
 * and the 发文字号 itself.
 */
import { resolveAgency } from '../registry/resolve';
import { findIsoDate } from './dates';
import { startsWithDecimalLabel } from './decimal';
import type { Line } from './lines';
import { asciiDigits, DOC_NUMBER, headerLabel, isCjk, isDocNumberLine, labelLength, labelShape, ORDER_HEADING, ORDER_NUMBER_LINE } from './patterns';

export interface HeaderInfo {
  /** title from the 标题 field, reconstructed when the field wrapped */
  headerTitle?: string;
  /** title from the first lines of the body */
  bodyTitle?: string;
  number?: string;
  date?: string;
  source?: string;
  subject?: string;
  docType?: string;
  /** lines under the 标题 field that are not labels: the issuing bodies in gov.cn pages */
  issuerLines: Line[];
  /** bodies named by a 发文机关 field */
  issuerField: string[];
  /** index of the first line after the header block (0 when there is none) */
  endLine: number;
  /**
   * An order (中华人民共和国国务院令 第707号): who issues it as the heading names it (国务院). Its title is the regulation's
   * own, found after the order's preamble (orderTitle), not the heading; its number is the order's (国令第707号).
   */
  orderIssuer?: string;
}

/** Documents name their kind in the last word of the title. */
const DOC_TYPES = ['通知', '意见', '决定', '方案', '办法', '规定', '细则', '纲要', '规划', '计划', '条例', '公告', '通告', '批复', '报告', '决议', '指示', '通报', '函', '纪要', '指南', '清单', '目录'];

/** Longest plausible title; a longer first line is body text. */
const TITLE_MAX = 150;
/** How far into a document the front matter may reach. */
const FRONT_LINES = 40;

const labelKey = (label: string): string => label.replace(/\s+/g, '');

/** The text without its spaces, for the checks on a title printed with spaces between characters (关 于 加 快 …). */
const unspaced = (s: string): string => (s.includes(' ') ? s.replace(/ /g, '') : s);

/** An order's number as a 发文字号 field or a line gives it: 国令第707号, 国务院令第707号, 商务部令2019年第1号. */
const ORDER_NUMBER = /^(?:中华人民共和国)?([\u4e00-\u9fff]{1,20}?)令((?:[0-9０-９]{4}年)?第[0-9０-９]{1,4}号)$/;

/**
 * 国令第707号: the State Council's orders are numbered 国令, every other issuer's after its name (商务部令2019年第1号).
 * @param n the number as written after 令, without spaces (第707号)
 */
const orderNumber = (issuer: string, n: string): string => `${issuer === '国务院' || issuer === '国' ? '国' : issuer}令${asciiDigits(n)}`;

/** The number of an order as a 发文字号 field writes it, in its canonical form; undefined for any other text. */
export function canonicalOrderNumber(s: string): string | undefined {
  const m = ORDER_NUMBER.exec(s.replace(/\s+/g, ''));
  return m ? orderNumber(m[1], m[2]) : undefined;
}

/**
 * Whether s ends with one of the genre's document type words. Asked of the first lines of every document: a loop of the
 * module rather than a callback made anew at each call (see Reading in outline.ts).
 */
function endsWithDocType(s: string, types = DOC_TYPES): boolean {
  for (const t of types) if (s.endsWith(t)) return true;
  return false;
}

const isNonEmpty = (t: string): boolean => t.length > 0;

/** 〔〕 is the standard bracket of a 发文字号; other brackets are transcription variants. */
export function canonicalNumber(s: string): string | undefined {
  const m = DOC_NUMBER.exec(s);
  return m ? `${m[1]}〔${asciiDigits(m[2])}〕${asciiDigits(m[3])}号` : undefined;
}

/** Spaces between CJK characters in a title are layout; a character doubled across one is a break artefact. */
export function cleanTitle(raw: string): string {
  // only spaces are taken out: a title without any is kept whole rather than copied character by character
  if (!raw.includes(' ')) return raw.trim();
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === ' ') {
      const prev = out[out.length - 1];
      const next = raw[i + 1];
      if (prev !== undefined && next !== undefined && (isCjk(prev.charCodeAt(0)) || /[《》“”（）]/.test(prev)) && (isCjk(next.charCodeAt(0)) || /[《》“”（）]/.test(next))) {
        if (next === prev) i++; // 的 的 → 的
        continue;
      }
    }
    out += ch;
  }
  return out.trim();
}

/**
 * The 标题 field may wrap so that only its last characters follow the label (`…的` / `标 题： 知`).
 * The fragment is the tail of the document type word (通知), which 公文种类 or the genre's list of
 * type words lets us restore.
 */
function reconstructTitle(before: string, value: string, docType?: string): string {
  if (before.length === 0) return value;
  if (value.length === 0) return before;
  const types = docType ? [docType, ...DOC_TYPES] : DOC_TYPES;
  // A complete title after the label: whatever stands above it is not part of it.
  if (value.length >= 6 && endsWithDocType(value, types)) return value;
  if (value.length < 4) {
    for (const type of types) {
      if (type.length > value.length && type.endsWith(value)) {
        const head = type.slice(0, type.length - value.length);
        return before.endsWith(head) ? before + value : before + type;
      }
    }
  }
  return before + value;
}

const LOCAL_GOVERNMENT = /^[\u4e00-\u9fff]{2,16}人民政府$/;
/**
 * Whether a token of a line names a body. Every document's title line is asked, and a token holding 关于 is a title,
 * never a registered name (test/core/parse-shortcuts.test.ts checks that none holds it): it is not looked up.
 */
export const isNameToken = (t: string): boolean =>
  t.length >= 2 && (LOCAL_GOVERNMENT.test(t) || (!t.includes('关于') && resolveAgency(t) !== undefined));
/** A line of body names only (space-separated), as stacked above the title of a joint notice. */
const isNameList = (s: string): boolean => s.length <= TITLE_MAX && s.split(' ').every(isNameToken);

/** The 版头 of a red-header document: 国务院文件, 国务院办公厅文件, 科学技术部 财政部文件. */
const RED_HEADER = /^[\u4e00-\u9fff ]{2,40}文件$/;

const isTitleLine = (s: string): boolean =>
  s.length <= TITLE_MAX && !isDocNumberLine(s) && headerLabel(s) === null && !startsOutline(s) && !/[：:]$/.test(s) && !/[。；]/.test(s);

/** Issuers listed at the head of a title keep the space between them (国家发展改革委 科技部关于…); other spaces are layout. */
function titleText(s: string): string {
  const tokens = s.split(' ');
  let k = 0;
  while (k < tokens.length - 1 && isNameToken(tokens[k])) k++;
  return k === 0 ? cleanTitle(s) : `${tokens.slice(0, k).join(' ')} ${cleanTitle(tokens.slice(k).join(' '))}`;
}

/** Any outline label but （1）, decimal ones (1.1) included: the front matter ends where one begins. */
const startsOutline = (s: string): boolean => (labelLength(s) > 0 && !INNER_SHAPES.has(labelShape(s))) || startsWithDecimalLabel(s);
/** Labels of the points inside an item, which a body does not begin with. */
const INNER_SHAPES: ReadonlySet<string> = new Set(['par', 'ordinal', 'circled']);

/**
 * Reads the heading of an order at line i into `info` (issuer, number; the header's title too when it is the heading):
 * false when the line is no order's heading.
 */
function readOrderHeading(lines: Line[], i: number, end: number, info: HeaderInfo): boolean {
  const heading = orderHeadingAt(lines, i, end);
  if (!heading) return false;
  info.orderIssuer = heading.issuer;
  info.number ??= heading.number;
  // a header whose 标题 is the order's heading names no title of its own
  if (info.headerTitle !== undefined && ORDER_HEADING.test(unspaced(info.headerTitle))) info.headerTitle = undefined;
  return true;
}

/** The order heading at line i (中华人民共和国国务院令, its number on that line or the next): who issues it, and the number. */
function orderHeadingAt(lines: Line[], i: number, end: number): { issuer: string; number: string } | undefined {
  const m = ORDER_HEADING.exec(unspaced(lines[i].text));
  if (!m) return undefined;
  let n = m[2];
  if (n === undefined) {
    let j = i + 1;
    while (j < end && lines[j].text.length === 0) j++;
    const next = j < end ? ORDER_NUMBER_LINE.exec(unspaced(lines[j].text)) : null;
    if (!next) return undefined;
    n = next[1];
  }
  return { issuer: m[1], number: orderNumber(m[1], n) };
}

/** Longest title of the regulation an order publishes. */
const REGULATION_TITLE_MAX = 60;
/** 《城市社区绿地管理条例》 in the order's preamble: group 1 = the title. */
const PUBLISHED_TITLE = /《([^《》\n]{2,60})》/;

/**
 * The title of the regulation an order publishes: the first line after the order's sign-off when it is a title (ends in
 * a document type word, no sentence in it), else the first title in 《》 that the preamble names.
 * @param afterLine index of the line after the order's sign-off (lines.length when it has none)
 * @param preambleFrom index of the first line of the preamble
 */
export function orderTitle(lines: Line[], afterLine: number, preambleFrom: number): string | undefined {
  for (let i = afterLine; i < lines.length; i++) {
    const s = lines[i].text;
    if (s.length === 0 || /^[（(][^）)]*[）)]$/.test(s)) continue; // （此件公开发布）
    const t = unspaced(s);
    if (t.length <= REGULATION_TITLE_MAX && !/[，。；：]/.test(t) && endsWithDocType(t)) return cleanTitle(s);
    break;
  }
  for (let i = preambleFrom; i < Math.min(lines.length, afterLine, preambleFrom + FRONT_LINES); i++) {
    const m = PUBLISHED_TITLE.exec(lines[i].text);
    if (m && endsWithDocType(m[1])) return cleanTitle(m[1]);
  }
  return undefined;
}

export function parseHeader(lines: Line[]): HeaderInfo {
  // every field set from the start, so that all header infos share one layout (see openItem in outline.ts)
  const info: HeaderInfo = {
    headerTitle: undefined, bodyTitle: undefined, number: undefined, date: undefined, source: undefined, subject: undefined,
    docType: undefined, issuerLines: [], issuerField: [], endLine: 0, orderIssuer: undefined,
  };
  const limit = Math.min(lines.length, FRONT_LINES * 2);
  const fields = new Map<string, { value: string; index: number }>();
  for (let i = 0; i < limit; i++) {
    const m = headerLabel(lines[i].text);
    if (m && !fields.has(labelKey(m[1]))) fields.set(labelKey(m[1]), { value: m[2].trim(), index: i });
  }
  const hasHeader = fields.size >= 2;
  if (hasHeader) {
    // the header block ends after its last label line
    const labelIndices = new Set<number>();
    for (const f of fields.values()) {
      labelIndices.add(f.index);
      if (f.index + 1 > info.endLine) info.endLine = f.index + 1;
    }
    info.source = fields.get('来源')?.value || undefined;
    info.subject = fields.get('主题分类')?.value || undefined;
    info.docType = fields.get('公文种类')?.value || undefined;
    const num = fields.get('发文字号')?.value;
    if (num) info.number = canonicalNumber(num) ?? canonicalOrderNumber(num);
    const date = fields.get('成文日期')?.value ?? fields.get('发布日期')?.value;
    if (date) info.date = findIsoDate(date);
    const issuing = fields.get('发文机关')?.value;
    if (issuing) info.issuerField = issuing.split(/[\s、，,；;]+/).filter(isNonEmpty);
    const title = fields.get('标题');
    if (title) {
      // Wrapped title text sits directly above the label, after the previous label (or the top).
      const before: string[] = [];
      for (let i = title.index - 1; i >= 0 && !labelIndices.has(i); i--) {
        if (lines[i].text.length === 0) { if (before.length > 0) break; continue; }
        before.unshift(lines[i].text);
      }
      const t = cleanTitle(reconstructTitle(before.join(''), title.value, info.docType));
      if (t) info.headerTitle = t;
      for (let i = title.index + 1; i < lines.length && !labelIndices.has(i); i++) {
        if (lines[i].text.length > 0) info.issuerLines.push(lines[i]);
      }
    }
  }

  // Body title: the first line(s) after the header block, before the 发文字号 or the addressee.
  const issuersAbove: Line[] = [];
  let numberFirst = false;
  const end = Math.min(lines.length, info.endLine + FRONT_LINES);
  for (let i = info.endLine; i < end; i++) {
    let s = lines[i].text;
    if (s.length === 0) continue;
    const nothingYet = issuersAbove.length === 0 && !numberFirst;
    // Some layouts put the 发文字号 first; the red-header mark (国务院文件) names the issuer, not the document.
    if (nothingYet && isDocNumberLine(s)) { numberFirst = true; continue; }
    if (issuersAbove.length === 0 && RED_HEADER.test(s) && !s.includes('关于')) continue;
    if (!isTitleLine(s)) break;
    if (nothingYet && readOrderHeading(lines, i, end, info)) break;
    // A joint notice names its issuers above 关于…: 工业和信息化部 国家发展改革委 / 财政部 生态环境部 / 关于印发…的通知.
    if (isNameList(s)) { issuersAbove.push(lines[i]); continue; }
    // 国家发展改革委 科技部关于 / 印发某某方案的通知: a list line is never joined by normalisation.
    if (!endsWithDocType(unspaced(s))) {
      let j = i + 1;
      while (j < end && lines[j].text.length === 0) j++;
      const t = j < end ? lines[j].text : '';
      if (t && isTitleLine(t) && !isNameList(t) && endsWithDocType(unspaced(t))) s = `${s}${t}`;
    }
    const names = issuersAbove.length > 0 ? issuersAbove.map((l) => l.text.trim()).join(' ') : '';
    const about = issuersAbove.length > 0 && unspaced(s).startsWith('关于');
    info.bodyTitle = about ? `${names}${titleText(s)}` : titleText(s);
    if (about) info.issuerLines.push(...issuersAbove);
    break;
  }
  if (!info.number) {
    for (let i = info.endLine; i < Math.min(lines.length, info.endLine + FRONT_LINES); i++) {
      const s = lines[i].text;
      if (isDocNumberLine(s)) { info.number = canonicalNumber(s); break; }
      // a decision published by an order, its title above the order's heading (国务院关于修改…的决定 / 中华人民共和国国务院令
      // / 第799号): the order's number is the document's; its title stays the decision's
      const order = orderHeadingAt(lines, i, Math.min(lines.length, info.endLine + FRONT_LINES));
      if (order) { info.number = order.number; break; }
      if (startsOutline(s)) break;
    }
  }
  return info;
}
