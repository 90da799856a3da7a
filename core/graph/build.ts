import { documentId } from '../ids';
import type { DocumentCopy, DocumentNode, ParsedDocument } from '../model';
import { bodyInYear, documentYear } from '../registry';
import { agencyFor, ensureAgencyNode } from './agency-node';
import { addMentions } from './add-mentions';
import { addOutline } from './add-outline';
import { addResponsibilities } from './add-responsibilities';
import { createBuildContext, type BuildContext } from './context';
import { addGraphNode, createGraph } from './create';
import { documentIndex } from './document-index';
import { documentKey, documentKeyIn, formatRank } from './document-key';
import { addFact } from './edges';
import { removeDocument } from './remove-document';
import type { RemitGraph } from './types';
import { announceNodeChange } from './undo-log';

/**
 * Builds one graph from several documents; the same agency, platform or region is one node across them. Documents
 * that share a number but not a text are all kept (see documentKeyIn), even when their files share a name.
 */
export function buildGraph(docs: readonly ParsedDocument[], context: BuildContext = createBuildContext()): RemitGraph {
  const graph = createGraph();
  for (const doc of docs) addDocument(graph, doc, { sameFileReplaces: false, context });
  return graph;
}

export interface AddDocumentOptions {
  /**
   * A document under the same number from a file of the same name is that file read again and replaces it (the
   * default: how the app refreshes a changed file). Off, it is kept beside it when its text differs.
   */
  sameFileReplaces?: boolean;
  /**
   * What building remembers from one document to the next (see BuildContext): adding many, pass one for all, so that
   * it is worked out once for them all. A new one when none is given.
   */
  context?: BuildContext;
}

/**
 * Adds a document to the graph. A document already present under the same key with the same text (or, by default,
 * from a file of the same name) is replaced, so re-reading a changed file updates the graph instead of duplicating
 * it; a different text under a number already taken is kept as a document of its own, with a warning that names
 * both files. The same text laid out differently (the PDF or Word file of a document already read: see
 * documentKeyIn) is one document: its file is recorded among the node's `copies`, and the document is built from the
 * file of the best-read format (formatRank), rebuilt if the new file is that one. Returns the document node id.
 */
export function addDocument(graph: RemitGraph, doc: ParsedDocument, options: AddDocumentOptions = {}): string {
  const sameFileReplaces = options.sameFileReplaces ?? true;
  const context = options.context ?? createBuildContext();
  const documents = documentIndex(context.documents, graph);
  const { key, sameNumberAs, copyOf } = documentKeyIn(graph, doc, sameFileReplaces, documents);
  // a copy read again whose text is no longer the document's: its record goes, and it is read as what it now is
  if (sameFileReplaces && copyOf === undefined) forgetCopy(graph, documentId(documentKey(doc)), doc.fileName);
  let copies: DocumentCopy[] | undefined;
  if (copyOf !== undefined) {
    const held = graph.getNodeAttributes(copyOf) as DocumentNode;
    // in the app a file of the same name is that file read again (its record keeps its place); in a batch, another
    // folder's file of that name
    const record = copyRecord(doc.fileName, doc.format);
    const again = sameFileReplaces ? (held.copies ?? []).findIndex((c) => c.fileName === doc.fileName) : -1;
    const others = (held.copies ?? []).filter((_c, i) => i !== again);
    if (formatRank(doc.format) >= formatRank(held.format)) {
      setCopies(graph, copyOf, held, again >= 0 ? held.copies!.map((c, i) => (i === again ? record : c)) : [...others, record]);
      return copyOf;
    }
    // the new file reads better: the document is built from it, and the file it was built from becomes a copy
    copies = [copyRecord(held.fileName, held.format), ...others];
  }
  const docId = copyOf ?? documentId(key);
  const attrs = documentAttributes(doc, copyOf === undefined ? key : (graph.getNodeAttributes(copyOf) as DocumentNode).key);
  if (graph.hasNode(docId)) {
    if (copies === undefined) {
      // the same file read again keeps the copies found of it, while they are still copies of its new text
      const held = graph.getNodeAttributes(docId) as DocumentNode;
      if (held.copies && held.text === doc.text) copies = held.copies;
    }
    removeDocument(graph, docId);
  }
  if (copies && copies.length > 0) attrs.copies = copies;
  if (sameNumberAs !== undefined) {
    const claim = doc.meta.number ? `the number ${doc.meta.number} is also that` : `the name ${doc.fileName} is also that`;
    attrs.warnings.push(`${claim} of ${sameNumberAs}, whose text differs: both are kept, this one as ${key}`);
  }
  addGraphNode(graph, docId, attrs);
  documents.add(docId, attrs);
  addIssuers(graph, doc, docId, context);
  const itemIds = addOutline(graph, doc, docId, attrs.key, context);
  addResponsibilities(graph, doc, docId, itemIds, context);
  addMentions(graph, doc, docId, attrs.key, itemIds, context);
  return docId;
}

const copyRecord = (fileName: string, format: string | undefined): DocumentCopy => ({ fileName, format: format ?? 'text' });

/** Drops `fileName` from the copies recorded on document `id`, if it is one of them. */
export function forgetCopy(graph: RemitGraph, id: string, fileName: string): boolean {
  if (!graph.hasNode(id)) return false;
  const attrs = graph.getNodeAttributes(id);
  if (attrs.kind !== 'document' || !attrs.copies?.some((c) => c.fileName === fileName)) return false;
  setCopies(graph, id, attrs, attrs.copies.filter((c) => c.fileName !== fileName));
  return true;
}

/** The node's attributes with these copies (none: no `copies` at all), as a new object, announced to an undo log. */
function setCopies(graph: RemitGraph, id: string, attrs: DocumentNode, copies: DocumentCopy[]): void {
  announceNodeChange(graph, id);
  const { copies: _old, ...rest } = attrs;
  graph.replaceNodeAttributes(id, copies.length > 0 ? { ...rest, copies } : rest);
}

function documentAttributes(doc: ParsedDocument, key: string): DocumentNode {
  const { meta } = doc;
  return {
    kind: 'document',
    label: meta.title || doc.fileName,
    aliases: meta.number ? [meta.number] : [],
    key,
    fileName: doc.fileName,
    number: meta.number,
    title: meta.title || doc.fileName,
    date: meta.date,
    source: meta.source,
    subject: meta.subject,
    docType: meta.docType,
    encoding: doc.encoding,
    text: doc.text,
    warnings: [...doc.warnings],
    ...(doc.format && doc.format !== 'text' ? { format: doc.format } : {}),
    ...(doc.pages ? { pages: [...doc.pages] } : {}),
  };
}

/**
 * `issued` from each issuer, and from each author of a text the document forwards (marked `forwarded`: they wrote what
 * it carries), unless that body issued the document itself.
 */
function addIssuers(graph: RemitGraph, doc: ParsedDocument, docId: string, context: BuildContext): void {
  const year = documentYear(doc.meta);
  const issuers = new Set<string>();
  const add = (name: string, attrs?: { forwarded: true }): void => {
    const agency = ensureAgencyNode(graph, context.agencyNodeIds, bodyInYear(agencyFor(name), name, year), name);
    if (attrs && issuers.has(agency)) return;
    issuers.add(agency);
    const at = (doc.matchText ?? doc.text).indexOf(name);
    const evidence = at >= 0 ? { document: docId, item: docId, quote: doc.text.slice(at, at + name.length), start: at, end: at + name.length } : undefined;
    addFact(graph, 'issued', agency, docId, attrs, evidence, context.edgeKeys);
  };
  for (const issuer of doc.meta.issuers) add(issuer);
  for (const author of doc.meta.forwarded?.authors ?? []) add(author, FORWARDED);
}
const FORWARDED = Object.freeze({ forwarded: true as const });
