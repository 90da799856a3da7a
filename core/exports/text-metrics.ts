// Label extents without a font engine: good enough to size viewBoxes, legends and table cells so
// nothing is cut off. CJK and full-width characters take one em; Latin text about 0.58 em.

const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u3000-\u303F]|[\uD840-\uD87F][\uDC00-\uDFFF]/;

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (WIDE.test(ch)) em += 1;
    else if (/[A-Z0-9MW@%&]/.test(ch)) em += 0.66;
    else if (/[il.,:;'|!()[\] ]/.test(ch)) em += 0.32;
    else em += 0.55;
  }
  return em * fontSize;
}

/** Shortens text to at most `maxWidth` at `fontSize`, ending in an ellipsis when cut. */
export function truncate(text: string, fontSize: number, maxWidth: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  let out = '';
  for (const ch of chars) {
    if (textWidth(out + ch + '…', fontSize) > maxWidth) break;
    out += ch;
  }
  return out.trimEnd() + '…';
}

/** Greedy line wrapping for titles: breaks between any CJK characters and at Latin spaces. */
export function wrap(text: string, fontSize: number, maxWidth: number, maxLines = 3): string[] {
  const tokens = text.match(/[\u2E80-\uFFFF]|[^\s\u2E80-\uFFFF]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && textWidth(line + token.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = truncate(kept[maxLines - 1] + lines.slice(maxLines).join(''), fontSize, maxWidth);
    return kept;
  }
  return lines;
}
