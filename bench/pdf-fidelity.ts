/**
 * npx tsx bench/pdf-fidelity.ts [--verbose] — how closely the PDFs of the dev corpus read as their plain text: for
 * each PDF (Chromium prints in corpus-formats/pdf, LibreOffice exports in corpus-formats/office-pdf), the
 * responsibility rows whose quote differs from the plain text's, and the paragraphs of the text: how many, how many
 * of the plain text's paragraphs the PDF's text has word for word, how many it has that the plain text lacks, and a
 * line-level diff (paragraphs to add and remove, white space aside).
 * REMIT_FORMATS / REMIT_CORPUS point elsewhere.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readAnyDocument } from '../core/read';
import { buildGraph, responsibilityRows } from '../core/graph';
import type { ParsedDocument } from '../core/model';
import { nodePdfAssets } from '../cli/pdf-assets';

const FORMATS = process.env.REMIT_FORMATS ?? '../shared/corpus-formats';
const CORPUS = process.env.REMIT_CORPUS ?? '../shared/corpus';
const verbose = process.argv.includes('--verbose');

const read = (path: string): Promise<ParsedDocument> => readAnyDocument(new Uint8Array(readFileSync(path)), path.split('/').pop()!, { pdfAssets: nodePdfAssets });
const rowsOf = (doc: ParsedDocument) => new Map(responsibilityRows(buildGraph([doc])).map((r) => [`${r.item}|${r.agency}|${r.role}`, r.quote]));
/** Paragraphs to add and to remove to turn one list into the other (a line-level diff: both lengths less twice the LCS). */
function diffSize(a: readonly string[], b: readonly string[]): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const next = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) next[j] = a[i - 1] === b[j - 1] ? row[j - 1] + 1 : Math.max(row[j], next[j - 1]);
    row = next;
  }
  return a.length + b.length - 2 * row[b.length];
}
const paragraphs = (text: string): string[] => text.split('\n').map((l) => l.replace(/\s+/g, '')).filter((l) => l.length > 0);

const totals = new Map<string, { rows: number; differ: number; missing: number; paras: number; same: number; extra: number; plainParas: number; diff: number }>();
for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort()) {
  const id = file.replace(/\.txt$/, '');
  const plain = await read(join(CORPUS, file));
  const plainRows = rowsOf(plain);
  const plainParas = paragraphs(plain.text);
  const plainSet = new Set(plainParas);
  for (const dir of ['pdf', 'office-pdf']) {
    const doc = await read(join(FORMATS, dir, `${id}.pdf`));
    const rows = rowsOf(doc);
    let differ = 0;
    let missing = 0;
    for (const [key, quote] of plainRows) {
      const q = rows.get(key);
      if (q === undefined) { missing++; if (verbose) console.log(`  ${dir}/${id} missing row ${key}`); } else if (q !== quote) {
        differ++;
        if (verbose) console.log(`  ${dir}/${id} ${key}\n    text: ${quote}\n    pdf:  ${q}`);
      }
    }
    const paras = paragraphs(doc.text);
    const pdfSet = new Set(paras);
    const same = plainParas.filter((p) => pdfSet.has(p)).length;
    const extra = paras.filter((p) => !plainSet.has(p));
    const diff = diffSize(plainParas, paras);
    if (verbose) for (const p of extra) console.log(`  ${dir}/${id} paragraph not in the text: ${p.slice(0, 60)}${p.length > 60 ? '…' : ''}`);
    console.log(`${dir.padEnd(10)} ${id}  rows ${String(rows.size).padStart(3)} (text ${String(plainRows.size).padStart(3)})  quotes differ ${String(differ).padStart(2)}  missing ${missing}  ` +
      `paragraphs ${String(paras.length).padStart(3)} (text ${String(plainParas.length).padStart(3)}), same ${String(same).padStart(3)}, not in text ${String(extra.length).padStart(2)}, diff ${diff}`);
    const t = totals.get(dir) ?? { rows: 0, differ: 0, missing: 0, paras: 0, same: 0, extra: 0, plainParas: 0, diff: 0 };
    t.rows += rows.size; t.differ += differ; t.missing += missing; t.paras += paras.length; t.same += same; t.extra += extra.length; t.plainParas += plainParas.length; t.diff += diff;
    totals.set(dir, t);
  }
}
for (const [dir, t] of totals) {
  console.log(`TOTAL ${dir.padEnd(10)} rows ${t.rows}  quotes differ ${t.differ}  missing ${t.missing}  paragraphs ${t.paras} (text ${t.plainParas}), same ${t.same}, not in text ${t.extra}, diff ${t.diff}`);
}
