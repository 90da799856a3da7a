/**
 * Adding one document to a graph of 60 and of 1,000 distinct documents, the way addDocuments worked before (a copy of
 * the graph, then the document added to the copy, so that a failure could drop the copy) beside the way it works now
 * (added in place; a failure is undone from a log of its changes). Also the cost of a document that fails at its last
 * change and is undone. Run with `npm run bench:add`.
 */
import { performance } from 'node:perf_hooks';
import { addDocument, addDocuments, createGraph, readDocument, removeDocument } from '../core';
import type { RemitGraph } from '../core/graph';
import { distinctCorpus, loadSources } from './corpus';

const SIZES = [60, 1000];
const docs = distinctCorpus(loadSources(), Math.max(...SIZES) + 1).map((d) => readDocument(d.bytes, d.name));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(runs: number, run: () => void, reset: () => void): number {
  const ms: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    run();
    ms.push(performance.now() - t);
    reset();
  }
  return median(ms);
}

const rows: string[][] = [['documents', 'before: copy + add', 'after: add in place', 'after: failed, undone', 'graph nodes / edges']];
for (const n of SIZES) {
  // built as the app builds it, each document all or nothing (a document whose building fails is left out)
  const graph: RemitGraph = createGraph();
  const skipped = addDocuments(graph, docs.slice(0, n).map((doc) => ({ doc }))).failed.length;
  if (skipped > 0) console.log(`${skipped} of the first ${n} documents failed to build and are left out`);
  const doc = docs[n];
  const runs = n >= 1000 ? 7 : 21;
  const drop = (g: RemitGraph) => () => {
    const id = g.findNode((_id, a) => a.kind === 'document' && a.fileName === doc.fileName);
    if (id) removeDocument(g, id);
  };
  let copy: RemitGraph = graph;
  const before = time(runs, () => { copy = graph.copy(); addDocument(copy, doc); }, () => { copy = graph; });
  const after = time(runs, () => addDocuments(graph, [{ doc }]), drop(graph));
  // a build that fails at the last edge the document adds: the most there is to undo
  let edges = 0;
  const count = (): void => { edges++; };
  graph.on('edgeAdded', count);
  addDocuments(graph, [{ doc }]);
  graph.off('edgeAdded', count);
  drop(graph)();
  let seen = 0;
  const failAtLast = (): void => {
    if (++seen === edges) throw new Error('fails at its last edge');
  };
  graph.on('edgeAdded', failAtLast);
  const failed = time(runs, () => {
    seen = 0;
    if (addDocuments(graph, [{ doc }]).failed.length !== 1) throw new Error('the failing document went in');
  }, () => undefined);
  graph.off('edgeAdded', failAtLast);
  rows.push([String(n), `${before.toFixed(1)} ms`, `${after.toFixed(1)} ms`, `${failed.toFixed(1)} ms`, `${graph.order} / ${graph.size}`]);
}

const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c])).join('  '));
console.log('(median of 21 runs at 60 documents, 7 at 1,000; one new distinct document each time)');
