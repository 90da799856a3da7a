import type { ParsedDocument } from '../model';
import { addDocument } from './build';
import { createBuildContext, type BuildContext } from './context';
import { createGraph } from './create';
import type { RemitGraph } from './types';

export interface DocumentsAdded<T> {
  /** the new graph: `base` is left as it was */
  graph: RemitGraph;
  /** the entries that went in, with their document node ids, in order */
  added: { entry: T; docId: string }[];
  /** the entries whose building failed; none of them left anything in the graph */
  failed: { entry: T; error: unknown }[];
}

/**
 * Adds documents to a copy of `base` (to a new graph when there is none), each one all or nothing: a document whose
 * building fails half-way is reported and leaves no trace, and the others still go in.
 *
 * There is no copy per document to roll back to: a copy of a 1,000-document graph takes ~250 ms, and copying before
 * each document made opening a folder quadratic (minutes for a thousand files). Building is deterministic, so after a
 * failure the graph is built again from `base` and the documents that went in before. Failures are the exception
 * (bytes that cannot be read are refused before this), and so is that rebuild.
 */
export function addDocuments<T extends { doc: ParsedDocument }>(
  base: RemitGraph | undefined,
  entries: readonly T[],
  context: BuildContext = createBuildContext(),
): DocumentsAdded<T> {
  const start = (): RemitGraph => (base ? base.copy() : createGraph());
  let graph = start();
  const added: { entry: T; docId: string }[] = [];
  const failed: { entry: T; error: unknown }[] = [];
  for (const entry of entries) {
    try {
      added.push({ entry, docId: addDocument(graph, entry.doc, { context }) });
    } catch (error) {
      failed.push({ entry, error });
      graph = start();
      for (const a of added) addDocument(graph, a.entry.doc, { context });
    }
  }
  return { graph, added, failed };
}
