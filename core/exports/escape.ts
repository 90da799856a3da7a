// Escaping shared by every text format. All exporters go through these so that a hostile label
// (markup, quotes, CDATA terminators, formulas) always stays inert text.

/** Characters XML 1.0 cannot carry at all, even as references: C0 controls except TAB/LF/CR, U+FFFE/U+FFFF and lone surrogates. */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces characters that XML 1.0 cannot represent with U+FFFD, so the file always parses. */
export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, '\uFFFD');
}

/**
 * Escapes for element content and for attribute values alike (quotes too). CR, LF and TAB are
 * written as character references so that XML end-of-line and attribute-value normalisation
 * cannot change them: the importers read back exactly what was written.
 */
export function xmlEscape(text: string): string {
  return xmlSafe(text).replace(/[&<>"'\r\n\t]/g, (c) => XML_ENTITIES[c]);
}

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;', '\n': '&#10;', '\t': '&#9;',
};

/** Element content where line breaks should stay line breaks (SVG/HTML text). */
export function xmlText(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => XML_ENTITIES[c]);
}

/** HTML has the same five specials as XML; kept separate so HTML call sites read as HTML. */
export const htmlEscape = xmlText;

/**
 * A Cypher string literal. Single quotes, backslashes and every control character are escaped;
 * Neo4j reads `\uXXXX` escapes, which covers the rest of C0 and the line/paragraph separators.
 */
export function cypherString(text: string): string {
  let out = "'";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) out += '\\u' + code.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + "'";
}

/** A Cypher identifier (label, relationship type, property key) in backticks. */
export function cypherName(name: string): string {
  return '`' + name.replace(/`/g, '``') + '`';
}
