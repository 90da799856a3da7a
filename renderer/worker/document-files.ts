/**
 * Which files the worker holds for each document node. A document opened in several formats is one node (see
 * core/graph/same-text.ts): it is built from one file (`fileName` on the node) and lists the others as `copies`.
 * The worker keeps every file's text, so that closing the file the document was built from can build it again from a
 * copy, a workspace saves every file, and a failed removal can rebuild the graph from all of them.
 */
import type { RemitGraph } from '../../core/graph/types';
import type { DocumentNode, ParsedDocument } from '../../core/model';
import { addDocuments, forgetCopy, readDocument, removeDocument } from './pipeline';

/** One file as read: its name, the path it came from (desktop), its text, and its format and pages when not plain text. */
export interface LoadedFile { name: string; path?: string; text: string; format?: string; pages?: number[] }
/** The file a document was built from, with the other files that hold it. */
export interface LoadedDocument extends LoadedFile { copies?: LoadedFile[] }

export const sameFile = (a: LoadedFile, b: LoadedFile): boolean => a.name === b.name && a.path === b.path;

/** The document's files: the one it was built from, then its copies. */
export function filesOf(d: LoadedDocument): LoadedFile[] {
  const { copies, ...kept } = d;
  return [kept, ...(copies ?? [])];
}

/** A file's text parsed again (as workspaces are restored): its format and pages still apply to it. */
export function parseAgain(f: LoadedFile): ParsedDocument {
  const doc = readDocument(new TextEncoder().encode(f.text), f.name);
  if (f.format) doc.format = f.format;
  if (f.pages && f.pages.every((p) => p <= doc.text.length)) doc.pages = f.pages;
  return doc;
}

/**
 * After files went into `graph` (`fresh`: by the document node each landed on), sets `docs` to match the graph: each
 * touched document's file is the one its node was built from, its copies those its node lists. A file that is neither
 * any more (a copy whose document was read again with another text) is added again, as what it now is. Returns the
 * names of files that could not be added again (their building failed).
 */
export function settleFiles(graph: RemitGraph, docs: Map<string, LoadedDocument>, fresh: Map<string, LoadedFile[]>): string[] {
  const failed: string[] = [];
  let pending = fresh;
  // a round re-adds only files that left a document; each lands on a document and stays there, so two rounds suffice
  for (let round = 0; round < 3 && pending.size > 0; round++) {
    const orphans: LoadedFile[] = [];
    const arriving = [...pending.values()].flat();
    const touched = new Set(pending.keys());
    // a file read again leaves the document it was a copy of (addDocument dropped the record there)
    for (const [docId, d] of docs) if (d.copies?.some((c) => arriving.some((f) => sameFile(f, c)))) touched.add(docId);
    for (const docId of touched) {
      const prior = docs.get(docId);
      // a copy that arrived again is where it now landed (this document, if its pending files hold it)
      const held = prior ? filesOf(prior).filter((f, i) => i === 0 || !arriving.some((a) => sameFile(a, f))) : [];
      const files = [...held, ...(pending.get(docId) ?? [])];
      const { doc, left } = arrange(graph, docId, files);
      if (doc) docs.set(docId, doc);
      else docs.delete(docId);
      orphans.push(...left);
    }
    pending = new Map();
    if (orphans.length === 0) break;
    const built = addDocuments(graph, orphans.map((file) => ({ file, doc: parseAgain(file) })));
    for (const { entry, docId } of built.added) pending.set(docId, [...(pending.get(docId) ?? []), entry.file]);
    failed.push(...built.failed.map(({ entry }) => entry.file.name));
  }
  return failed;
}

/**
 * The document as the graph now has it, from these files (later ones newer): the file it was built from (the newest
 * of that name with that text) and one file per copy it lists; `left` are files it no longer holds. Files read again
 * (same name and path) count once, the newest.
 */
function arrange(graph: RemitGraph, docId: string, files: LoadedFile[]): { doc?: LoadedDocument; left: LoadedFile[] } {
  const unique = files.filter((f, i) => !files.slice(i + 1).some((g) => sameFile(f, g)));
  if (!graph.hasNode(docId)) return { left: [] };
  const node = graph.getNodeAttributes(docId) as DocumentNode;
  const pool = [...unique];
  const take = (match: (f: LoadedFile) => boolean): LoadedFile | undefined => {
    for (let i = pool.length - 1; i >= 0; i--) if (match(pool[i])) return pool.splice(i, 1)[0];
    return undefined;
  };
  const kept = take((f) => f.name === node.fileName && f.text === node.text) ?? take((f) => f.name === node.fileName);
  if (!kept) return { left: [] };
  const copies: LoadedFile[] = [];
  for (const c of node.copies ?? []) {
    const f = take((g) => g.name === c.fileName);
    if (f) copies.push(f);
  }
  return { doc: copies.length > 0 ? { ...kept, copies } : { ...kept }, left: pool };
}

/**
 * Closes the files of document `docId` that `gone` matches. A copy only loses its record; when the file the document
 * was built from goes and copies stay, the document is built again from the copies (the best-read format first: see
 * formatRank in core), so that it stays open as long as one of its files is. Returns the names of the files closed.
 */
export function closeFiles(graph: RemitGraph, docs: Map<string, LoadedDocument>, docId: string, gone: (f: LoadedFile) => boolean): string[] {
  const d = docs.get(docId);
  if (!d) return [];
  const files = filesOf(d);
  const closed = files.filter(gone);
  if (closed.length === 0) return [];
  const rest = files.filter((f) => !gone(f));
  if (!gone(files[0])) {
    for (const f of closed) forgetCopy(graph, docId, f.name);
    docs.set(docId, rest.length > 1 ? { ...rest[0], copies: rest.slice(1) } : { ...rest[0] });
    return closed.map((f) => f.name);
  }
  if (graph.hasNode(docId)) removeDocument(graph, docId);
  docs.delete(docId);
  if (rest.length > 0) {
    const built = addDocuments(graph, rest.map((file) => ({ file, doc: parseAgain(file) })));
    const fresh = new Map<string, LoadedFile[]>();
    for (const { entry, docId: landed } of built.added) fresh.set(landed, [...(fresh.get(landed) ?? []), entry.file]);
    settleFiles(graph, docs, fresh);
  }
  return closed.map((f) => f.name);
}
