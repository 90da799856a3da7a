import { documentId } from '../ids';
import type { DocumentNode, ParsedDocument } from '../model';
import { agencyFor, ensureAgencyNode } from './agency-node';
import { addMentions } from './add-mentions';
import { addOutline } from './add-outline';
import { addResponsibilities } from './add-responsibilities';
import { createBuildContext, type BuildContext } from './context';
import { addGraphNode, createGraph } from './create';
import { documentKey } from './document-key';
import { addFact } from './edges';
import { removeDocument } from './remove-document';
import type { RemitGraph } from './types';

/** Builds one graph from several documents; the same agency, platform or region is one node across them. */
export function buildGraph(docs: readonly ParsedDocument[], context: BuildContext = createBuildContext()): RemitGraph {
  const graph = createGraph();
  for (const doc of docs) addDocument(graph, doc, context);
  return graph;
}

/**
 * Adds a document to the graph. A document already present under the same key (number or file name) is replaced,
 * so re-reading a changed file updates the graph instead of duplicating it. Returns the document node id.
 * Adding many, pass one context for all (see BuildContext): what it remembers is worked out once for them all.
 */
export function addDocument(graph: RemitGraph, doc: ParsedDocument, context: BuildContext = createBuildContext()): string {
  const key = documentKey(doc);
  const docId = documentId(key);
  if (graph.hasNode(docId)) removeDocument(graph, docId);
  addGraphNode(graph, docId, documentAttributes(doc, key));
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
  };
}

function addIssuers(graph: RemitGraph, doc: ParsedDocument, docId: string, context: BuildContext): void {
  for (const issuer of doc.meta.issuers) {
    const agency = ensureAgencyNode(graph, agencyFor(issuer), issuer);
    const at = doc.text.indexOf(issuer);
    const evidence = at >= 0 ? { document: docId, item: docId, quote: issuer, start: at, end: at + issuer.length } : undefined;
    addFact(graph, 'issued', agency, docId, undefined, evidence, context.edgeKeys);
  }
}
