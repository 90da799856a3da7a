import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodePdfAssets } from '../../cli/pdf-assets';
import { addDocument, addDocuments, buildGraph, createGraph, readAnyDocument, readDocument, removeDocument, type DocumentNode, type ParsedDocument } from '../../core';
import { forgetCopy } from '../../core/graph';
import { graphToJson } from '../../core/exports/json';
import { UndoLog } from '../../core/graph/undo-log';
import type { RemitGraph } from '../../core/graph/types';

// One State Council document as people receive it: the plain text, the gov.cn page, Word (.docx, .doc) and the page
// printed to PDF by Chromium (with the site's footer and a glyph its font maps elsewhere: 橡㬵 for 橡胶).
const root = new URL('../fixtures/', import.meta.url);
const bytes = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(path, root)));
const read = (file: string): Promise<ParsedDocument> => readAnyDocument(bytes(`formats/${file}`), file, { pdfAssets: nodePdfAssets });
const plain = (id: string): ParsedDocument => readDocument(bytes(`corpus/${id}.txt`), `${id}.txt`);
const FORMATS = ['gov-05.html', 'gov-05.docx', 'gov-05.doc', 'gov-05.chromium.pdf'];

const documentNodes = (graph: RemitGraph): [string, DocumentNode][] =>
  graph.filterNodes((_id, a) => a.kind === 'document').map((id) => [id, graph.getNodeAttributes(id) as DocumentNode]);
const order = (graph: RemitGraph) => ({ nodes: graph.order, edges: graph.size });

describe('one document opened in several formats', () => {
  it('is one document node, built from the plain text, listing the other files and their formats', async () => {
    const docs = [plain('gov-05'), ...(await Promise.all(FORMATS.map(read)))];
    const graph = buildGraph(docs);
    const nodes = documentNodes(graph);
    expect(nodes).toHaveLength(1);
    const [, node] = nodes[0];
    expect(node.fileName).toBe('gov-05.txt');
    expect(node.copies).toEqual([
      { fileName: 'gov-05.html', format: 'html' },
      { fileName: 'gov-05.docx', format: 'docx' },
      { fileName: 'gov-05.doc', format: 'doc' },
      { fileName: 'gov-05.chromium.pdf', format: 'pdf' },
    ]);
    // a note, not a warning: nothing about a second text
    expect(node.warnings.some((w) => w.includes('whose text differs'))).toBe(false);
    // the graph is the plain text's, and nothing more
    expect(order(graph)).toEqual(order(buildGraph([plain('gov-05')])));
  });

  it('is built from the best-read file whatever the order, the others recorded as copies', async () => {
    const [pdf, docx] = await Promise.all([read('gov-05.chromium.pdf'), read('gov-05.docx')]);
    const graph = createGraph();
    addDocument(graph, pdf);
    expect(documentNodes(graph)[0][1].fileName).toBe('gov-05.chromium.pdf');
    addDocument(graph, docx);
    addDocument(graph, plain('gov-05'));
    const [[id, node]] = documentNodes(graph);
    expect(node.fileName).toBe('gov-05.txt');
    expect(node.copies?.map((c) => c.fileName)).toEqual(['gov-05.docx', 'gov-05.chromium.pdf']);
    // the text, outline and evidence are the plain text's
    expect(node.text).toBe(plain('gov-05').text);
    const rebuilt = buildGraph([plain('gov-05')]);
    graph.removeNodeAttribute(id, 'copies' as never);
    expect(graphToJson(graph)).toBe(graphToJson(rebuilt));
  });

  it('drops only the record of a copy whose file is closed', async () => {
    const graph = buildGraph([plain('gov-05'), await read('gov-05.docx'), await read('gov-05.html')]);
    const [[id]] = documentNodes(graph);
    const before = order(graph);
    expect(forgetCopy(graph, id, 'gov-05.docx')).toBe(true);
    expect(documentNodes(graph)[0][1].copies).toEqual([{ fileName: 'gov-05.html', format: 'html' }]);
    expect(forgetCopy(graph, id, 'gov-05.html')).toBe(true);
    expect('copies' in documentNodes(graph)[0][1]).toBe(false);
    expect(forgetCopy(graph, id, 'gov-05.html')).toBe(false);
    expect(order(graph)).toEqual(before);
  });

  it('keeps a copy recorded when its file is read again unchanged, and lets it go when it now says something else', async () => {
    const docx = await read('gov-05.docx');
    const graph = buildGraph([plain('gov-05'), docx]);
    addDocument(graph, docx);
    expect(documentNodes(graph)).toHaveLength(1);
    expect(documentNodes(graph)[0][1].copies).toHaveLength(1);
    // the Word file edited: an agency of an annotation changed, so it is a text of its own under the number
    const edited = { ...docx, text: docx.text.replace('（海关总署、证监会负责）', '（海关总署负责）') };
    expect(edited.text).not.toBe(docx.text);
    addDocument(graph, readDocument(new TextEncoder().encode(edited.text), 'gov-05.docx'));
    const nodes = documentNodes(graph);
    expect(nodes).toHaveLength(2);
    expect(nodes.find(([, n]) => n.fileName === 'gov-05.txt')?.[1].copies).toBeUndefined();
  });

  it('is undone with the rest of a failed build', async () => {
    const graph = buildGraph([plain('gov-05')]);
    const json = graphToJson(graph);
    const log = new UndoLog(graph);
    log.open();
    addDocument(graph, await read('gov-05.html'));
    expect(documentNodes(graph)[0][1].copies).toHaveLength(1);
    log.undo();
    log.close();
    expect(graphToJson(graph)).toBe(json);
  });

  it('goes with its document when the document is removed', async () => {
    const graph = buildGraph([plain('gov-05'), await read('gov-05.docx')]);
    removeDocument(graph, documentNodes(graph)[0][0]);
    expect(graph.order).toBe(0);
  });
});

describe('texts under one number', () => {
  it('stay two documents when they really differ, however the second is laid out', async () => {
    const final = plain('gov-05');
    // a draft: one responsibility assigned otherwise; and the draft's Word file, which is a copy of the draft
    const draftText = final.text.replace('（海关总署、证监会负责）', '（海关总署、商务部负责）');
    const draft = readDocument(new TextEncoder().encode(draftText), 'gov-05-draft.txt');
    const draftLaidOut = readDocument(new TextEncoder().encode(draftText.replaceAll('。', '。\n').replaceAll('，', '， ')), 'gov-05-draft.pdf');
    draftLaidOut.format = 'pdf';
    const graph = buildGraph([final, draft, draftLaidOut]);
    const nodes = documentNodes(graph);
    expect(nodes.map(([, n]) => n.fileName)).toEqual(['gov-05.txt', 'gov-05-draft.txt']);
    expect(nodes[1][1].key).toMatch(/^国发〔2019〕3号#[0-9a-f]{8}$/);
    expect(nodes[1][1].warnings.at(-1)).toContain('whose text differs');
    expect(nodes[1][1].copies).toEqual([{ fileName: 'gov-05-draft.pdf', format: 'pdf' }]);
    expect(nodes[0][1].copies).toBeUndefined();
  });

  it('are one document when documents without a number share a title and a text laid out differently', () => {
    const text = '关于做好冬季供暖工作的通知\n\n各区人民政府：\n一、加强保障。各区要做好供暖保障。（市住房城乡建设委负责）\n';
    const a = readDocument(new TextEncoder().encode(text), 'notice.txt');
    const b = readDocument(new TextEncoder().encode(text.replace('\n一、', '\n\n一、 ').replace('：', ':')), 'notice.html');
    b.format = 'html';
    expect(a.meta.number).toBeFalsy();
    const nodes = documentNodes(buildGraph([a, b]));
    expect(nodes).toHaveLength(1);
    expect(nodes[0][1].copies).toEqual([{ fileName: 'notice.html', format: 'html' }]);
    // another text under the same title is another document
    const other = readDocument(new TextEncoder().encode(text.replace('各区要做好供暖保障。', '各区要做好燃气保障。')), 'notice2.txt');
    expect(documentNodes(buildGraph([a, other]))).toHaveLength(2);
  });
});

describe('addDocuments', () => {
  it('reports a copy as added, on the node of the document it copies', async () => {
    const graph = createGraph();
    const { added } = addDocuments(graph, [{ doc: plain('gov-05') }, { doc: await read('gov-05.html') }]);
    expect(added.map((a) => a.docId)).toEqual([added[0].docId, added[0].docId]);
  });
});

describe('a copy read again', () => {
  it('keeps its place among the copies', async () => {
    const [html, docx] = await Promise.all([read('gov-05.html'), read('gov-05.docx')]);
    const graph = createGraph();
    for (const doc of [plain('gov-05'), html, docx, html]) addDocument(graph, doc);
    expect(documentNodes(graph)[0][1].copies?.map((c) => c.fileName)).toEqual(['gov-05.html', 'gov-05.docx']);
  });
});
