/**
 * The character set of a web page, found as a browser finds it: a byte-order mark, else the `<meta charset>` or
 * `http-equiv` declaration in the first bytes. Chinese sites declare gb2312 but write GBK or GB18030 bytes, so every
 * GB label is read with GB18030, which contains the others.
 */
import { decode, DecodeError } from '../decode';

const PRESCAN_BYTES = 4096;

const LABELS: Record<string, string> = {
  'utf-8': 'utf-8', utf8: 'utf-8', 'unicode-1-1-utf-8': 'utf-8',
  gb2312: 'gb18030', gbk: 'gb18030', 'x-gbk': 'gb18030', gb18030: 'gb18030', 'gb_2312-80': 'gb18030', chinese: 'gb18030', 'csgb2312': 'gb18030',
  big5: 'big5', 'big5-hkscs': 'big5', 'x-x-big5': 'big5', 'cn-big5': 'big5',
  'utf-16': 'utf-16le', 'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be',
};

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** charset=… inside a Content-Type value. */
function charsetOfContentType(value: string): string | undefined {
  const at = value.toLowerCase().indexOf('charset');
  if (at < 0) return undefined;
  const rest = value.slice(at + 7).replace(/^\s*=\s*/, '');
  const end = rest.search(/[\s;"']/);
  return (end < 0 ? rest : rest.slice(0, end)).replace(/^["']/, '') || undefined;
}

async function declaredCharset(bytes: Uint8Array): Promise<string | undefined> {
  const { Parser } = await import('htmlparser2');
  // the declaration is ASCII, so the first bytes read as Latin-1 are enough to find it in any ASCII-compatible charset
  const latin1 = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  let found: string | undefined;
  const parser = new Parser({
    onopentag(name, attribs) {
      if (found !== undefined || name !== 'meta') return;
      if (attribs.charset) found = attribs.charset.trim();
      else if ((attribs['http-equiv'] ?? '').toLowerCase() === 'content-type' && attribs.content) found = charsetOfContentType(attribs.content);
    },
  }, { lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.write(latin1);
  parser.end();
  return found;
}

export async function decodeHtml(bytes: Uint8Array): Promise<{ text: string; encoding: string }> {
  const bom = bomCharset(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom };
  const label = (await declaredCharset(bytes))?.toLowerCase();
  const encoding = label === undefined ? undefined : LABELS[label];
  if (encoding) {
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
    } catch {
      // a wrong declaration: fall through to detection
    }
  }
  try {
    return decode(bytes);
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    // as a browser would: show what can be shown, with replacement characters for the rest
    return { text: new TextDecoder(encoding ?? 'utf-8').decode(bytes), encoding: encoding ?? 'utf-8' };
  }
}
