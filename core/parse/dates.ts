import { chineseNumber } from './numerals';
import { asciiDigits, DATE_ANYWHERE, DATE_LINE } from './patterns';

const pad = (n: number): string => String(n).padStart(2, '0');

function toNumber(s: string): number | undefined {
  return /^[0-9０-９]+$/.test(s) ? Number(asciiDigits(s)) : chineseNumber(s);
}

function iso(y?: number, m?: number, d?: number): string | undefined {
  if (y === undefined || m === undefined || d === undefined) return undefined;
  if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** ISO date of a line that is only a date (sign-off), e.g. 2023年3月31日 or 二〇二三年三月三十一日. */
export function dateLineToIso(line: string): string | undefined {
  const m = DATE_LINE.exec(line);
  return m ? iso(toNumber(m[1]), toNumber(m[2]), toNumber(m[3])) : undefined;
}

/** ISO date of the first Arabic-digit date inside a value such as 成文日期： 2023年03月31日. */
export function findIsoDate(value: string): string | undefined {
  const line = dateLineToIso(value.trim());
  if (line) return line;
  const m = DATE_ANYWHERE.exec(value);
  return m ? iso(toNumber(m[1]), toNumber(m[2]), toNumber(m[3])) : undefined;
}
