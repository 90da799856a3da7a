/**
 * Issuing bodies: the space-separated list under the header title (gov.cn pages) and the sign-off
 * block (落款) that sits directly above the date line.
 */
import { dateLineToIso } from './dates';
import type { Line } from './lines';
import { isDateLine, startsWithLabel } from './patterns';

export interface SignOff {
  /** lines of the block, top to bottom (may be empty when only a date closes the body) */
  lines: Line[];
  dateLine: Line;
  date?: string;
  /** index of the first line of the block (the date line when there are no names) */
  firstLine: number;
}

const isNonEmpty = (t: string): boolean => t.length > 0;

/** Longest line of a sign-off block; longer lines are body text. */
const SIGNOFF_LINE_MAX = 40;
/** Name endings of government bodies and regions: a token without one is a wrapped fragment. */
const BODY_SUFFIX = /(部|委|局|署|院|行|会|办|厅|府|室|社|联|团|司|所|中心|中央|政府|省|市|区|县|州|盟|旗|关|组)$/;

// Patterns and tests made once for the module: a literal in the test below would be made again at every call.
const SIGNOFF_PUNCTUATION = /[，。；：、,:;（）()“”《》]/;
const DIGIT = /\d/;
const namesBody = (t: string): boolean => t.length >= 2 && BODY_SUFFIX.test(t);

/**
 * A short name spaced out to the width of the longer ones above or below it (科　技　部, 财　政　部: one character a
 * token), closed up; any other line as it is.
 */
function closedUp(s: string): string {
  const tokens = s.split(' ').filter(isNonEmpty);
  return tokens.length >= 2 && tokens.every((t) => t.length === 1) ? tokens.join('') : s;
}

/** A line of the sign-off names at least one body; table cells such as 全国 do not. */
const isSignatureLine = (s: string): boolean =>
  s.length > 0 && s.length <= SIGNOFF_LINE_MAX && !SIGNOFF_PUNCTUATION.test(s) && !startsWithLabel(s) && !DIGIT.test(s) &&
  closedUp(s).split(' ').some(namesBody);

/** The first date line that closes a body (preceded by a signature or by body text). */
export function findSignOff(lines: Line[], fromLine: number): SignOff | undefined {
  for (let i = fromLine; i < lines.length; i++) {
    if (!isDateLine(lines[i].text)) continue;
    const block: Line[] = [];
    for (let j = i - 1; j >= fromLine && isSignatureLine(lines[j].text); j--) block.unshift(lines[j]);
    return { lines: block, dateLine: lines[i], date: dateLineToIso(lines[i].text), firstLine: block.length ? block[0].index : i };
  }
  return undefined;
}

/**
 * Names of a space-separated list that may wrap mid-name (`人力资源社` / `会保障部`, `工程` / `院`).
 * A line-final token is joined with the next line's first token when the joined name occurs elsewhere
 * in the document, or when the token cannot be a name by itself.
 */
export function listNames(lines: Line[], fullText: string): string[] {
  const rows: string[][] = [];
  for (const l of lines) rows.push(closedUp(l.text).split(' ').filter(isNonEmpty));
  const names: string[] = [];
  let carry = '';
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let k = 0; k < row.length; k++) {
      const token = carry + row[k];
      carry = '';
      const isLast = k === row.length - 1;
      const next = rows[r + 1]?.[0];
      if (isLast && next !== undefined) {
        const joined = token + next;
        // the search of the whole text last: the other two settle most tokens
        if (next.length === 1 || !BODY_SUFFIX.test(token) || fullText.includes(joined)) { carry = token; continue; }
      }
      names.push(token);
    }
  }
  if (carry) names.push(carry);
  return names;
}

/** 国家发展改革委 in a sign-off and 发展改革委 in the header list are the same issuer. */
const issuerKey = (name: string): string => (name.startsWith('国家') && name.length >= 5 ? name.slice(2) : name);

export function mergeIssuers(...lists: string[][]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const list of lists) {
    for (const name of list) {
      const key = issuerKey(name);
      if (name.length < 2 || seen.has(key)) continue;
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}
