import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addDocuments, createGraph, readAnyDocument, readDocument, type DocumentNode, type ParsedDocument } from '../../core';
import { graphToJson } from '../../core/exports/json';
import type { RemitGraph } from '../../core/graph/types';
import { closeFiles, filesOf, parseAgain, settleFiles, type LoadedDocument, type LoadedFile } from '../../renderer/worker/document-files';

// The worker's bookkeeping of a document's files, as it opens, closes, saves and restores them.
const root = new URL('../fixtures/', import.meta.url);
const bytes = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(path, root)));
const loaded = (doc: ParsedDocument, path?: string): LoadedFile => ({ name: doc.fileName, text: doc.text, ...(path ? { path } : {}), ...(doc.format && doc.format !== 'text' ? { format: doc.format } : {}) });

/** What the worker's open does: add the files, then settle which document holds which. */
function open(graph: RemitGraph, docs: Map<string, LoadedDocument>, parsed: { doc: ParsedDocument; path?: string }[]): void {
  const built = addDocuments(graph, parsed.map(({ doc, path }) => ({ doc, file: loaded(doc, path) })));
  const fresh = new Map<string, LoadedFile[]>();
  for (const { entry, docId } of built.added) fresh.set(docId, [...(fresh.get(docId) ?? []), entry.file]);
  expect(settleFiles(graph, docs, fresh)).toEqual([]);
}

const names = (docs: Map<string, LoadedDocument>) => [...docs.values()].map((d) => filesOf(d).map((f) => f.name));

describe('the files of a document opened in several formats', async () => {
  const txt = readDocument(bytes('corpus/gov-05.txt'), 'gov-05.txt');
  const html = await readAnyDocument(bytes('formats/gov-05.html'), 'gov-05.html');
  const docx = await readAnyDocument(bytes('formats/gov-05.docx'), 'gov-05.docx');

  it('are held by one document, the file it is built from first, whatever the order they came in', () => {
    const graph = createGraph();
    const docs = new Map<string, LoadedDocument>();
    open(graph, docs, [{ doc: html, path: '/d/gov-05.html' }]);
    open(graph, docs, [{ doc: docx }, { doc: txt, path: '/d/gov-05.txt' }]);
    expect(names(docs)).toEqual([['gov-05.txt', 'gov-05.html', 'gov-05.docx']]);
    const [[docId, d]] = [...docs];
    expect(d.text).toBe((graph.getNodeAttributes(docId) as DocumentNode).text);
  });

  it('lose only the copy closed by its path, and the document stays as it was', () => {
    const graph = createGraph();
    const docs = new Map<string, LoadedDocument>();
    open(graph, docs, [{ doc: txt, path: '/d/gov-05.txt' }, { doc: html, path: '/d/gov-05.html' }]);
    const json = graphToJson(graph);
    const [docId] = docs.keys();
    expect(closeFiles(graph, docs, docId, (f) => f.path === '/d/gov-05.html')).toEqual(['gov-05.html']);
    expect(names(docs)).toEqual([['gov-05.txt']]);
    expect(graphToJson(graph)).toBe(json.replace(/,\s*"copies": \[[^\]]*\]/, ''));
  });

  it('build the document again from a copy when the file it was built from is closed', () => {
    const graph = createGraph();
    const docs = new Map<string, LoadedDocument>();
    open(graph, docs, [{ doc: txt }, { doc: html }, { doc: docx }]);
    const [docId] = docs.keys();
    expect(closeFiles(graph, docs, docId, (f) => f.name === 'gov-05.txt')).toEqual(['gov-05.txt']);
    expect(names(docs)).toEqual([['gov-05.html', 'gov-05.docx']]);
    const node = graph.getNodeAttributes(docId) as DocumentNode;
    expect(node.fileName).toBe('gov-05.html');
    expect(node.copies).toEqual([{ fileName: 'gov-05.docx', format: 'docx' }]);
    // the same graph as opening the two from the start
    const fresh = createGraph();
    open(fresh, new Map(), [{ doc: parseAgain(loaded(html)) }, { doc: parseAgain(loaded(docx)) }]);
    expect(graphToJson(graph)).toBe(graphToJson(fresh));
  });

  it('are all saved in a workspace, and restored as one document', () => {
    const graph = createGraph();
    const docs = new Map<string, LoadedDocument>();
    open(graph, docs, [{ doc: txt }, { doc: html }]);
    // a workspace holds every file's text; restoring reads each again as plain text with its format
    const saved = [...docs.values()].flatMap(filesOf);
    expect(saved.map((f) => f.name)).toEqual(['gov-05.txt', 'gov-05.html']);
    const restored = createGraph();
    const again = new Map<string, LoadedDocument>();
    open(restored, again, saved.map((f) => ({ doc: parseAgain(f) })));
    expect(names(again)).toEqual(names(docs));
    expect(graphToJson(restored)).toBe(graphToJson(graph));
  });

  it('let a copy read again with another text go: it becomes a text of its own under the number', () => {
    const graph = createGraph();
    const docs = new Map<string, LoadedDocument>();
    open(graph, docs, [{ doc: txt }, { doc: html }]);
    const edited = readDocument(new TextEncoder().encode(html.text.replace('（海关总署、证监会负责）', '（海关总署负责）')), 'gov-05.html');
    open(graph, docs, [{ doc: edited }]);
    expect(names(docs).sort()).toEqual([['gov-05.html'], ['gov-05.txt']]);
    expect(graph.filterNodes((_id, a) => a.kind === 'document')).toHaveLength(2);
  });
});
