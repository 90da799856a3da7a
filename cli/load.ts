// The part every writing command shares: check --out, list and read the inputs, report what was skipped, build the
// graph, and decide whether the run is complete enough to write anything at all.
import { addDocument, createGraph, documentKey } from '../core/graph';
import type { RemitGraph } from '../core/graph/types';
import type { ParsedDocument } from '../core/model';
import { listInputs, readListed, type ReadOptions } from './inputs';
import type { Io } from './io';
import { parseSize } from './options';
import { refuseInputAsOutput, resolveOutput, type OutputTarget } from './write-output';

export interface LoadValues { out?: string; 'follow-symlink'?: boolean; 'max-size'?: string }

export type Loaded =
  | { stop: number }
  | { stop?: undefined; graph: RemitGraph; documentCount: number; target?: OutputTarget; exitCode: number };

/**
 * Reads PATHS for a command that writes `values.out` (or stdout). Nothing is written when a path given on the
 * command line cannot be read (a mistyped name must not replace a good export with a smaller one) or when no document
 * was read; a file inside a folder that cannot be read is named and skipped, and the exit code says so.
 */
export async function loadForOutput(paths: readonly string[], values: LoadValues, io: Io, fs?: ReadOptions['fs']): Promise<Loaded> {
  const options: ReadOptions = { maxBytes: parseSize(values['max-size']), fs };
  const target = values.out === undefined ? undefined : await resolveOutput(values.out, { followSymlink: values['follow-symlink'] });
  const listing = await listInputs(paths, options);
  if (target) refuseInputAsOutput(target, listing.files);

  const { documents, failures, notes } = await readListed(listing, options);
  for (const n of notes) io.stderr(`remit: ${n.path}: ${n.note}`);
  for (const f of failures) io.stderr(`remit: cannot read ${f.path}: ${f.reason}`);
  const missing = failures.filter((f) => f.named);
  if (missing.length > 0) {
    io.stderr(`remit: nothing written: ${missing.map((f) => f.path).join(', ')} could not be read`);
    return { stop: 1 };
  }
  if (documents.length === 0) {
    io.stderr('remit: nothing written: no document was read');
    return { stop: 1 };
  }
  const sorted = inCanonicalOrder(documents);
  const graph = await buildYielding(sorted);
  graph.forEachNode((_id, attrs) => {
    if (attrs.kind !== 'document') return;
    for (const w of attrs.warnings) io.stderr(`remit: ${attrs.fileName}: ${w}`);
    // a note, not a warning: the same document in another format is read once, from the file named
    for (const c of attrs.copies ?? []) io.stderr(`remit: ${c.fileName}: the same document as ${attrs.fileName} (${attrs.key}) in another format: read once, from ${attrs.fileName}`);
  });
  // Only the count goes on: the parsed documents (lines, outline, annotations) are garbage once the graph is built,
  // and on 100 MB of input holding them through the export cost hundreds of megabytes.
  return { graph, documentCount: sorted.length, target, exitCode: failures.length > 0 ? 1 : 0 };
}

/**
 * buildGraph, with a turn of the event loop every few documents: building 100 MB takes minutes, and a stop that the
 * command line must notice (see exits.ts) should not wait for all of it. The graph is the same as buildGraph's.
 */
async function buildYielding(documents: readonly ParsedDocument[]): Promise<RemitGraph> {
  const graph = createGraph();
  for (let i = 0; i < documents.length; i++) {
    if (i > 0 && i % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
    addDocument(graph, documents[i], { sameFileReplaces: false });
  }
  return graph;
}

/**
 * Documents in an order that depends on what they are, not on the order they were named in: by key, then text,
 * then file name. The graph (and so every export) is then the same however the command line lists them.
 */
function inCanonicalOrder(documents: readonly ParsedDocument[]): ParsedDocument[] {
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...documents].sort((a, b) => cmp(documentKey(a), documentKey(b)) || cmp(a.text, b.text) || cmp(a.fileName, b.fileName));
}
