/**
 * Which reader a file needs, told by its bytes first (a PDF saved as .txt is still a PDF) and by its name only where
 * the bytes do not say: a zip or OLE2 container is only a Word file if it holds Word's parts.
 */

export type DocumentFormat = 'pdf' | 'docx' | 'doc' | 'html' | 'text';

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0): boolean => {
  if (bytes.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[at + i] !== sig[i]) return false;
  return true;
};

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** A PDF may carry junk before its header; readers accept the header within the first kilobyte. */
const PDF_SEARCH = 1024;

function findPdfHeader(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length - PDF.length, PDF_SEARCH);
  for (let i = 0; i <= n; i++) if (bytes[i] === 0x25 && startsWith(bytes, PDF, i)) return true;
  return false;
}

/** ASCII-lowercased start of the file, skipping a BOM, for HTML sniffing (as browsers do, on the first bytes only). */
function head(bytes: Uint8Array, n = 1024): string {
  let from = 0;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) from = 3;
  let s = '';
  const end = Math.min(bytes.length, from + n);
  for (let i = from; i < end; i++) {
    const b = bytes[i];
    // UTF-16 HTML: skip the zero bytes, the markup is ASCII
    if (b !== 0) s += String.fromCharCode(b >= 0x41 && b <= 0x5a ? b + 32 : b);
  }
  return s.replace(/^[\s\ufeff\xff\xfe]+/, '');
}

const HTML_START = /^(<!doctype html|<html|<head|<body|<meta|<title|<!--|<div|<p[\s>]|<table|<\?xml[^>]*>\s*<!doctype html|<\?xml[^>]*>\s*<html)/;
const HTML_NAME = /\.(html?|xhtml|shtml)$/i;

export function sniffFormat(bytes: Uint8Array, fileName: string): DocumentFormat {
  if (startsWith(bytes, ZIP)) return 'docx';
  if (startsWith(bytes, OLE2)) return 'doc';
  if (findPdfHeader(bytes)) return 'pdf';
  const start = head(bytes);
  if (HTML_START.test(start)) return 'html';
  if (HTML_NAME.test(fileName) && start.startsWith('<')) return 'html';
  return 'text';
}
