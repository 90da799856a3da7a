/**
 * The short form a document gives a name right after it: `（以下简称领导小组）`, `（简称新片区）`, `（以下简称“新片区”）`.
 * From then on the document names the thing by it (core/parse/defined-bodies.ts for bodies, core/graph/add-mentions.ts
 * for platforms).
 */
import { isOpenParenCode } from '../entities/chars';

const SHORT_FORM = /^[（(](?:以下)?简称[“"]?([\u4e00-\u9fff]{2,16})[”"]?[）)]/;

/** The short form given right after text[0, end), if any. */
export function shortFormAt(text: string, end: number): string | undefined {
  // most names are followed by anything but an opening bracket
  if (!isOpenParenCode(text.charCodeAt(end))) return undefined;
  return SHORT_FORM.exec(text.slice(end, end + 24))?.[1];
}

/** Whether text[at] begins the short form inside its own definition (`简称新片区`), where it is given, not used. */
export function isShortFormDefinition(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 3), at);
  return before.endsWith('简称') || before.endsWith('简称“') || before.endsWith('简称"');
}
