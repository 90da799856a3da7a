/** Character classes of names in the genre. */

export const isCjk = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
};

export const isDigit = (ch: string): boolean => (ch >= '0' && ch <= '9') || (ch >= '０' && ch <= '９');

/** Characters a name may be made of (besides the bracket and quote groups handled by the walkers). */
export const isNameChar = (ch: string): boolean =>
  isCjk(ch) || isDigit(ch) || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch === '·';
