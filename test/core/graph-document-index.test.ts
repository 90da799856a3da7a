import { describe, expect, it } from 'vitest';
import { addDocument, buildGraph, createGraph, readDocument, removeDocument, type DocumentNode } from '../../core';
import { createBuildContext } from '../../core/graph/context';
import type { RemitGraph } from '../../core/graph/types';

// Notices without a number (a city's, a department's): another format of one is found by its title.
const notice = (n: number, layout = false, file = `notice-${n}${layout ? '.html' : '.txt'}`) => {
  const text = `关于做好第${n}批试点工作的通知\n\n各区人民政府：\n一、加强保障。各区要做好第${n}批试点保障。（市发展改革委负责）\n`;
  const doc = readDocument(new TextEncoder().encode(layout ? text.replace('\n一、', '\n\n一、 ').replace('：', ':') : text), file);
  if (layout) doc.format = 'html';
  return doc;
};
const documents = (graph: RemitGraph): DocumentNode[] =>
  graph.filterNodes((_id, a) => a.kind === 'document').map((id) => graph.getNodeAttributes(id) as DocumentNode);

describe('numberless documents matched by title', () => {
  it('walks the graph once per build, not once per document', () => {
    const graph = createGraph();
    let walks = 0;
    const forEachNode = graph.forEachNode.bind(graph);
    graph.forEachNode = ((callback: Parameters<RemitGraph['forEachNode']>[0]) => { walks++; forEachNode(callback); }) as RemitGraph['forEachNode'];
    const context = createBuildContext();
    for (let n = 1; n <= 40; n++) addDocument(graph, notice(n), { context });
    for (let n = 1; n <= 40; n++) addDocument(graph, notice(n, true), { context });
    expect(walks).toBe(1);
    const docs = documents(graph);
    expect(docs).toHaveLength(40);
    expect(docs.every((d) => d.copies?.length === 1 && d.copies[0].format === 'html')).toBe(true);
  });

  it('never walks the graph for documents that have a number', () => {
    const graph = buildGraph([notice(1)]);
    let walks = 0;
    const forEachNode = graph.forEachNode.bind(graph);
    graph.forEachNode = ((callback: Parameters<RemitGraph['forEachNode']>[0]) => { walks++; forEachNode(callback); }) as RemitGraph['forEachNode'];
    const numbered = (n: number) => readDocument(new TextEncoder().encode(`关于第${n}批试点的通知\n\n国办发〔2020〕${n}号\n\n一、加强保障。（市发展改革委负责）\n`), `numbered-${n}.txt`);
    const context = createBuildContext();
    for (let n = 1; n <= 5; n++) addDocument(graph, numbered(n), { context });
    expect(walks).toBe(0);
    expect(documents(graph)).toHaveLength(6);
  });

  it('finds a copy of a document added by an earlier build, and never one removed since', () => {
    const graph = buildGraph([notice(1), notice(2)]);
    addDocument(graph, notice(1, true));
    expect(documents(graph).find((d) => d.fileName === 'notice-1.txt')?.copies).toEqual([{ fileName: 'notice-1.html', format: 'html' }]);

    const context = createBuildContext();
    addDocument(graph, notice(3), { context }); // the index of this build is made here, with notice-2 in it
    removeDocument(graph, graph.findNode((_id, a) => a.kind === 'document' && a.fileName === 'notice-2.txt')!);
    addDocument(graph, notice(2, true), { context });
    const docs = documents(graph);
    expect(docs.map((d) => d.fileName).sort()).toEqual(['notice-1.txt', 'notice-2.html', 'notice-3.txt']);
    expect(docs.find((d) => d.fileName === 'notice-2.html')?.copies).toBeUndefined();
  });
});
