/** A line of the normalised text with its offsets ([start, end), newline excluded). */
export interface Line { text: string; start: number; end: number; index: number }

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; ;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ text: text.slice(start, end), start, end, index: lines.length });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}
