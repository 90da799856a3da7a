import { documentId } from '../ids';
import type { DocumentNode, ParsedDocument } from '../model';
import { bodyInYear, yearOf } from '../registry';
import { agencyFor, ensureAgencyNode } from './agency-node';
import { addMentions } from './add-mentions';
import { addOutline } from './add-outline';
import { addResponsibilities } from './add-responsibilities';
import { createBuildContext, type BuildContext } from './context';
import { addGraphNode, createGraph } from './create';
import { documentKeyIn } from './document-key';
import { addFact } from './edges';
import { removeDocument } from './remove-document';
import type { RemitGraph } from './types';

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
 * both files. Returns the document node id.
 */
export function addDocument(graph: RemitGraph, doc: ParsedDocument, options: AddDocumentOptions = {}): string {
  const { key, sameNumberAs } = documentKeyIn(graph, doc, options.sameFileReplaces ?? true);
  const context = options.context ?? createBuildContext();
  const docId = documentId(key);
  if (graph.hasNode(docId)) removeDocument(graph, docId);
  const attrs = documentAttributes(doc, key);
  if (sameNumberAs !== undefined) {
    const claim = doc.meta.number ? `the number ${doc.meta.number} is also that` : `the name ${doc.fileName} is also that`;
    attrs.warnings.push(`${claim} of ${sameNumberAs}, whose text differs: both are kept, this one as ${key}`);
  }
  addGraphNode(graph, docId, attrs);
  addIssuers(graph, doc, docId, context);
  const itemIds = addOutline(graph, doc, docId, key, context);
  addResponsibilities(graph, doc, docId, itemIds, context);
  addMentions(graph, doc, docId, key, itemIds, context);
  return docId;
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

function addIssuers(graph: RemitGraph, doc: ParsedDocument, docId: string, context: BuildContext): void {
  const year = yearOf(doc.meta.date);
  for (const issuer of doc.meta.issuers) {
    const agency = ensureAgencyNode(graph, context.agencyNodeIds, bodyInYear(agencyFor(issuer), issuer, year), issuer);
    const at = (doc.matchText ?? doc.text).indexOf(issuer);
    const evidence = at >= 0 ? { document: docId, item: docId, quote: doc.text.slice(at, at + issuer.length), start: at, end: at + issuer.length } : undefined;
    addFact(graph, 'issued', agency, docId, undefined, evidence, context.edgeKeys);
  }
}
