import { lineSpans } from './patterns';

/** A line of the normalised text with its offsets ([start, end), newline excluded). */
export interface Line { text: string; start: number; end: number; index: number }

export function splitLines(text: string): Line[] {
  return lineSpans(text).map(([start, end], index) => ({ text: text.slice(start, end), start, end, index }));
}
