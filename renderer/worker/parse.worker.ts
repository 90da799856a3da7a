/**
 * Parsing, graph building and the heavy graph maths run here so the window never freezes.
 * The worker owns the authoritative graph; the page receives a fresh export after every change.
 */
import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import type { RemitGraph } from '../../core/graph/types';
import { addDocuments, createGraph, readDocument, removeDocument } from './pipeline';
import type { FileFailure, GraphPayload, LoadedDocument, WorkerRequest, WorkerResponse } from './protocol';
import { graphSearchKeys } from './search-keys';
import { syntheticGraph } from './synthetic';
import { forcePositions } from '../layout/force';

interface WorkerScope {
  postMessage(message: WorkerResponse): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;
/** Where the worker's time goes (absolute epoch ms, comparable with the page's timeOrigin + now()). */
const marks: Record<string, number> = { evaluated: performance.timeOrigin + performance.now() };
const mark = (name: string) => { marks[name] = performance.timeOrigin + performance.now(); };

let graph: RemitGraph = createGraph();
/** document node id → the text it was read from, for workspaces */
let documents = new Map<string, LoadedDocument>();

function payload(id: number, loaded: string[], failures: FileFailure[], placementPending = false): GraphPayload {
  const searchKeys = graphSearchKeys(graph);
  mark('keyed');
  return { type: 'graph', id, graph: graph.export(), loaded, failures, searchKeys, documents: [...documents.values()], placementPending, marks: { ...marks } };
}

/**
 * A first load is sent twice: the graph at once (the page builds its lists and panels meanwhile, on the other
 * core), then the force placement, so the canvas draws the final picture straight away instead of a jumble.
 */
function sendWithPlacement(result: GraphPayload): void {
  scope.postMessage(result);
  if (!result.placementPending) return;
  const positions = forcePositions(graph, null, {});
  mark('placed');
  scope.postMessage({ type: 'placement', id: result.id, positions, marks: { ...marks } });
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function open(id: number, files: { name: string; path?: string; bytes: Uint8Array }[], replace: boolean): GraphPayload {
  mark('received');
  const parsed = [];
  const failures: FileFailure[] = [];
  for (const file of files) {
    try {
      parsed.push({ file, doc: readDocument(file.bytes, file.name) });
    } catch (error) {
      failures.push({ name: file.name, reason: reason(error) });
    }
  }
  // Built on a copy, each document all or nothing: one that fails half-way leaves the shown graph as it was.
  const built = addDocuments(replace ? undefined : graph, parsed);
  const next = built.graph;
  const nextDocs = replace ? new Map<string, LoadedDocument>() : new Map(documents);
  const loaded: string[] = [];
  for (const { entry: { file, doc }, docId } of built.added) {
    nextDocs.set(docId, file.path === undefined ? { name: file.name, text: doc.text } : { name: file.name, path: file.path, text: doc.text });
    loaded.push(file.name);
  }
  for (const { entry: { file }, error } of built.failed) failures.push({ name: file.name, reason: reason(error) });
  mark('built');
  const fresh = graph.order === 0 || replace;
  if (loaded.length > 0 || replace) {
    graph = next;
    documents = nextDocs;
  }
  return payload(id, loaded, failures, fresh && loaded.length > 0);
}

/** `loaded` lists the file names of the documents taken out, so the page can say which they were. */
function remove(id: number, documentIds: readonly string[], paths: readonly string[]): GraphPayload {
  const wanted = new Set(paths);
  const ids = [...documents].filter(([docId, d]) => documentIds.includes(docId) || (d.path !== undefined && wanted.has(d.path))).map(([docId]) => docId);
  const removed: string[] = [];
  if (ids.length > 0) {
    // On a copy, as for opening: a failure half-way leaves the shown graph as it was.
    const next = graph.copy();
    const nextDocs = new Map(documents);
    for (const docId of ids) {
      if (next.hasNode(docId)) removeDocument(next, docId);
      removed.push(nextDocs.get(docId)?.name ?? docId);
      nextDocs.delete(docId);
    }
    graph = next;
    documents = nextDocs;
  }
  return payload(id, removed, []);
}

function undirectedCopy(): Graph {
  const u = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.forEachNode((n) => u.addNode(n));
  graph.forEachEdge((_e, _a, s, t) => {
    if (s !== t) u.mergeEdge(s, t);
  });
  return u;
}

scope.onmessage = (event) => {
  const msg = event.data;
  try {
    switch (msg.type) {
      case 'open':
        sendWithPlacement(open(msg.id, msg.files, Boolean(msg.replace)));
        break;
      case 'remove':
        scope.postMessage(remove(msg.id, msg.documentIds, msg.paths));
        break;
      case 'synthetic': {
        graph = syntheticGraph(msg.nodes, msg.edges);
        documents = new Map();
        sendWithPlacement(payload(msg.id, [], [], true));
        break;
      }
      case 'betweenness': {
        const values = betweennessCentrality(undirectedCopy(), { normalized: true });
        scope.postMessage({ type: 'betweenness', id: msg.id, values });
        break;
      }
      case 'layout':
        scope.postMessage({ type: 'layout', id: msg.id, positions: forcePositions(graph, msg.nodeIds, msg.pinned) });
        break;
    }
  } catch (error) {
    scope.postMessage({ type: 'error', id: msg.id, message: reason(error) });
  }
};
