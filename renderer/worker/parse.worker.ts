/**
 * Parsing, graph building and the heavy graph maths run here so the window never freezes.
 * The worker owns the authoritative graph and the documents' texts; after every open or remove the page receives
 * what changed (changes.ts), and a document's text when it asks for it.
 */
import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import type { RemitGraph } from '../../core/graph/types';
import type { NodeAttributes } from '../../core/model';
import { addDocuments, createGraph, createWorkspace, readAnyDocument, removeDocument, serializeWorkspace } from './pipeline';
import { closeFiles, filesOf, parseAgain, settleFiles, type LoadedDocument, type LoadedFile } from './document-files';
import { workerPdfAssets } from './pdf-assets';
import { SentGraph } from '../../core/graph/changes';
import type { ChangePayload, DocumentEntry, FileFailure, WorkerFile, WorkerRequest, WorkerResponse } from './protocol';
import { nodeSearchKeys, type PinyinMemo } from '../../core/graph/node-search-keys';
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
/** document node id → the file it was built from (evidence, exports and workspaces ask for its text) and its copies */
let documents = new Map<string, LoadedDocument>();
/** what the page has been sent */
const sent = new SentGraph();
/** pinyin of the characters met so far, for the headings' search keys */
const pinyinMemo: PinyinMemo = new Map();
const keysOf = (attrs: NodeAttributes): string[] => nodeSearchKeys(attrs, pinyinMemo);
let sentDocuments = new Map<string, LoadedDocument>();

/** What changed since the last message, documents' texts left out. */
function payload(id: number, loaded: string[], failures: FileFailure[], placementPending = false): ChangePayload {
  const change = { ...sent.diff(graph, keysOf), documents: { added: [] as DocumentEntry[], removed: [] as string[] } };
  for (const [docId, d] of documents) {
    if (sentDocuments.get(docId) === d) continue;
    const entry: DocumentEntry = d.path === undefined ? { id: docId, name: d.name } : { id: docId, name: d.name, path: d.path };
    if (d.copies) entry.copies = d.copies.map((c) => (c.path === undefined ? { name: c.name } : { name: c.name, path: c.path }));
    change.documents.added.push(entry);
  }
  for (const docId of sentDocuments.keys()) if (!documents.has(docId)) change.documents.removed.push(docId);
  sentDocuments = documents;
  mark('keyed');
  return { type: 'change', id, change, loaded, failures, placementPending, marks: { ...marks } };
}

/**
 * A first load is sent twice: the graph at once (the page builds its lists and panels meanwhile, on the other
 * core), then the force placement, so the canvas draws the final picture straight away instead of a jumble.
 */
function sendWithPlacement(result: ChangePayload): void {
  post(result);
  if (!result.placementPending) return;
  const positions = forcePositions(graph, null, {});
  mark('placed');
  scope.postMessage({ type: 'placement', id: result.id, positions, marks: { ...marks } });
}

/** Sends a graph payload, stamped with the moment it left (the page measures the transfer from it). */
function post(result: ChangePayload): void {
  mark('posted');
  result.marks = { ...marks };
  scope.postMessage(result);
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** 'open' requests still reading, by id, so that a 'cancel' can stop them between pages */
const reading = new Map<number, { cancelled: boolean }>();
/** A macrotask turn, so that a 'cancel' message is received while a long file is being read. */
const turn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function open(id: number, files: WorkerFile[], replace: boolean): Promise<ChangePayload> {
  mark('received');
  const parsed = [];
  const failures: FileFailure[] = [];
  const state = { cancelled: false };
  reading.set(id, state);
  try {
    for (const [index, file] of files.entries()) {
      const progress = (page: number, pages: number): Promise<void> => {
        scope.postMessage({ type: 'progress', id, name: file.name, file: index + 1, files: files.length, page, pages });
        return turn();
      };
      try {
        const doc = await readAnyDocument(file.bytes, file.name, { pdfAssets: workerPdfAssets, signal: { get aborted() { return state.cancelled; } }, onProgress: progress });
        // a workspace holds the text already read: the page starts and format it came with still apply to it
        if (!doc.format && file.format) doc.format = file.format;
        if (!doc.pages && file.pages && file.pages.every((p) => p <= doc.text.length)) doc.pages = file.pages;
        parsed.push({ file, doc });
      } catch (error) {
        failures.push({ name: file.name, reason: reason(error) });
      }
    }
  } finally {
    reading.delete(id);
  }
  mark('read');
  // Added in place, each document all or nothing: one that fails half-way is undone, and leaves the graph as it was.
  const fresh = graph.order === 0 || replace;
  const next = replace ? createGraph() : graph;
  const built = addDocuments(next, parsed);
  const nextDocs = replace ? new Map<string, LoadedDocument>() : new Map(documents);
  const loaded: string[] = [];
  // by the document node each file landed on: a file in another format of a document already open lands on its node
  const landed = new Map<string, LoadedFile[]>();
  for (const { entry: { file, doc }, docId } of built.added) {
    const loadedDoc: LoadedFile = file.path === undefined ? { name: file.name, text: doc.text } : { name: file.name, path: file.path, text: doc.text };
    if (doc.format && doc.format !== 'text') loadedDoc.format = doc.format;
    if (doc.pages) loadedDoc.pages = doc.pages;
    landed.set(docId, [...(landed.get(docId) ?? []), loadedDoc]);
    loaded.push(file.name);
  }
  for (const name of settleFiles(next, nextDocs, landed)) failures.push({ name, reason: 'could not be added again' });
  for (const { entry: { file }, error } of built.failed) failures.push({ name: file.name, reason: reason(error) });
  mark('built');
  if (loaded.length > 0 || replace) {
    graph = next;
    documents = nextDocs;
  }
  return payload(id, loaded, failures, fresh && loaded.length > 0);
}

/**
 * `loaded` lists the file names taken out, so the page can say which they were. A document is taken out by its node
 * id with all its files; a path or a file name closes that file only: a copy loses its record, and a document whose
 * own file is closed is built again from a copy that stays (closeFiles). Removed in place (a copy of a big graph cost
 * seconds); should a removal fail half-way, the graph is rebuilt from the texts of the files that stay, so that it
 * never holds half a document.
 */
function remove(id: number, documentIds: readonly string[], paths: readonly string[], names: readonly string[]): ChangePayload {
  mark('received');
  mark('read');
  const wantedPaths = new Set(paths);
  const wantedNames = new Set(names);
  const gone = (f: LoadedFile): boolean => (f.path !== undefined && wantedPaths.has(f.path)) || wantedNames.has(f.name);
  const whole = [...documents.keys()].filter((docId) => documentIds.includes(docId));
  const partly = [...documents].filter(([docId, d]) => !documentIds.includes(docId) && filesOf(d).some(gone)).map(([docId]) => docId);
  const removed: string[] = [];
  if (whole.length > 0 || partly.length > 0) {
    const nextDocs = new Map(documents);
    for (const docId of whole) {
      removed.push(...filesOf(nextDocs.get(docId)!).map((f) => f.name));
      nextDocs.delete(docId);
    }
    try {
      for (const docId of whole) if (graph.hasNode(docId)) removeDocument(graph, docId);
      for (const docId of partly) removed.push(...closeFiles(graph, nextDocs, docId, gone));
    } catch {
      graph = rebuild(nextDocs, gone);
    }
    documents = nextDocs;
  }
  mark('built');
  return payload(id, removed, []);
}

/** The graph of these documents' files (those `gone` matches left out), read again from their texts; `docs` is set to match. */
function rebuild(docs: Map<string, LoadedDocument>, gone: (f: LoadedFile) => boolean = () => false): RemitGraph {
  const files = [...docs.values()].flatMap(filesOf).filter((f) => !gone(f));
  const next = createGraph();
  const built = addDocuments(next, files.map((file) => ({ file, doc: parseAgain(file) })));
  const fresh = new Map<string, LoadedFile[]>();
  for (const { entry, docId } of built.added) fresh.set(docId, [...(fresh.get(docId) ?? []), entry.file]);
  docs.clear();
  settleFiles(next, docs, fresh);
  return next;
}

function texts(documentIds: readonly string[] | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const docId of documentIds ?? documents.keys()) {
    const text = documents.get(docId)?.text;
    if (text !== undefined) out[docId] = text;
  }
  return out;
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
        open(msg.id, msg.files, Boolean(msg.replace)).then(sendWithPlacement, (error: unknown) => scope.postMessage({ type: 'error', id: msg.id, message: reason(error) }));
        break;
      case 'cancel': {
        const state = reading.get(msg.target);
        if (state) state.cancelled = true;
        break;
      }
      case 'remove':
        post(remove(msg.id, msg.documentIds, msg.paths, msg.names ?? []));
        break;
      case 'workspace': {
        // every file, copies too: restored, they are recognised again as one document
        const docs = [...documents.values()].flatMap(filesOf).map((d) => ({ ...(d.path === undefined ? { name: d.name, text: d.text } : { name: d.name, path: d.path, text: d.text }), ...(d.format ? { format: d.format } : {}), ...(d.pages ? { pages: d.pages } : {}) }));
        scope.postMessage({ type: 'workspace', id: msg.id, text: serializeWorkspace(createWorkspace(docs, msg.view)) });
        break;
      }
      case 'texts':
        scope.postMessage({ type: 'texts', id: msg.id, texts: texts(msg.documentIds) });
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
