/**
 * The OpenCC side of traditional.ts, a module of its own so that its dictionary (opencc-js, Hong Kong variants to
 * mainland simplified) loads only for a text that looks traditional.
 */
import { Converter } from 'opencc-js/t2cn';

/** Share of CJK characters that must differ in simplified form for a text to count as traditional. */
const TRADITIONAL_SHARE = 0.04;
const MIN_CHANGED = 4;

const isCjk = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;

// OpenCC's converter, loaded once: a constant table, not a memory of any text read
let convert: ((s: string) => string) | undefined;

/**
 * The simplified copy of `text`, of the same length code unit for code unit, or undefined when its first `sample`
 * code units are not traditional enough. A character whose conversion would change the length stays as written.
 */
export async function simplifiedSameLength(text: string, sample: number): Promise<string | undefined> {
  convert ??= Converter({ from: 'hk', to: 'cn' });
  const head = text.slice(0, sample);
  const whole = convert(head);
  let cjk = 0;
  let changed = 0;
  for (let i = 0; i < head.length; i++) if (isCjk(head.charCodeAt(i))) cjk++;
  if (whole.length === head.length) {
    for (let i = 0; i < head.length; i++) if (whole.charCodeAt(i) !== head.charCodeAt(i)) changed++;
  } else {
    for (const ch of head) if (convert(ch) !== ch) changed++;
  }
  if (changed < MIN_CHANGED || changed / Math.max(cjk, 1) < TRADITIONAL_SHARE) return undefined;
  const converted = convert(text);
  if (converted.length === text.length) return converted;
  // phrase conversion changed a length somewhere: convert character by character, keeping lengths
  let out = '';
  for (const ch of text) {
    const c = convert(ch);
    out += c.length === ch.length ? c : ch;
  }
  return out;
}
