/**
 * The documents and the graph built from them. Parsing and graph building run in the worker; the page keeps a copy
 * of the graph (mutated in place: `version` marks its changes) for the canvas and the panels, kept current by the
 * changes the worker sends. Documents' texts stay in the worker until asked for (document-texts.ts).
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import Graph from 'graphology';
import type { EdgeAttributes, NodeAttributes } from '../../core/model';
import type { RemitGraph } from '../../core/graph/types';
import type { ChangeTiming, RemitAppApi } from '../app-api';
import { applyChange } from '../graph/apply-change';
import type { HostFile } from '../host/types';
import { fmt, type Strings } from '../i18n';
import type { Positions } from '../state/view';
import type { ChangePayload, DocumentEntry } from '../worker/protocol';
import { WorkerClient } from '../worker/client';
import { ReadError } from '../../core/readers/errors';
import { DocumentTexts } from './document-texts';
import { BENCH, BIG_GRAPH } from './launch';
import type { Notify } from './use-notices';

export type Timings = RemitAppApi['timings'];

export interface LoadProgress { done: number; total: number; name: string }

/**
 * Files go to the worker in about this many batches, so progress moves and a cancel lands soon; few, because every
 * applied batch makes the canvas redraw (60 files in batches of 5 took ~36 s on a loaded machine).
 */
const BATCHES = 6;
/** the reason a file fails with when its reading was cancelled */
const CANCELLED = new ReadError('cancelled').message;
const MAX_BATCH = 200;

export interface Documents {
  graph: RemitGraph;
  worker: WorkerClient;
  /** increments whenever the graph changed */
  version: number;
  documents: DocumentEntry[];
  /** the documents' texts, fetched from the worker when needed */
  texts: DocumentTexts;
  /** lower-cased search keys per node, from the worker */
  searchKeys: Record<string, string[]>;
  /** first positions the worker computed for a big graph */
  seedPositions: Positions | undefined;
  /** a first placement is still being computed: the canvas waits rather than drawing a jumble */
  awaitingPlacement: boolean;
  /** the canvas's performance mode, on for big graphs (and the synthetic benchmark) */
  perfMode: boolean;
  busy: boolean;
  /** files being read: `12 / 60 · name`; null when not reading */
  progress: LoadProgress | null;
  /** stops reading after the file in hand; what was read is kept */
  cancelLoading(): void;
  /** closes every document: a new, empty set */
  closeAll(): Promise<boolean>;
  /** the file being read page by page (a PDF of several pages), while it is read */
  reading: { name: string; page: number; pages: number } | null;
  /** reads files into the graph; false when nothing new was read */
  loadFiles(files: HostFile[], opts?: { replace?: boolean; quiet?: boolean }): Promise<boolean>;
  /** takes documents out (by node id) or closes files (by path or name); `deleted`: they were deleted from a watched folder */
  removeDocuments(which: { documentIds?: string[]; paths?: string[]; names?: string[] }, deleted: boolean): Promise<boolean>;
  /** the benchmark's generated graph */
  loadSynthetic(nodes: number, edges: number): Promise<void>;
}

const epochNow = () => performance.timeOrigin + performance.now();

/** Where an open or remove spent its time along the app's path, from the worker's marks and the page's. */
function changeTiming(kind: ChangeTiming['kind'], files: number, sent: number, payload: ChangePayload, graph: RemitGraph): ChangeTiming {
  const m = payload.marks ?? {};
  const imported = epochNow();
  const span = (from: number | undefined, to: number | undefined) => (from === undefined || to === undefined ? NaN : Math.round((to - from) * 10) / 10);
  return {
    kind, files,
    read: span(m.received, m.read), add: span(m.read, m.built), prepare: span(m.built, m.posted),
    transfer: span(m.posted, payload.receivedAt), import: span(payload.receivedAt, imported), total: span(sent, imported),
    nodes: graph.order, edges: graph.size,
  };
}

/** Worker marks in epoch milliseconds → milliseconds from navigation. */
const fromNavigation = (marks: Record<string, number>) => Object.fromEntries(Object.entries(marks).map(([k, v]) => [k, Math.round(v - performance.timeOrigin)]));

export function useDocuments(opts: { notify: Notify; dirty: RefObject<boolean>; timings: RefObject<Timings> }): Documents {
  const { notify, dirty, timings } = opts;
  const worker = useMemo(() => new WorkerClient(), []);
  const graph = useMemo<RemitGraph>(() => new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: false, allowSelfLoops: false }), []);
  const [version, setVersion] = useState(0);
  const texts = useMemo(() => new DocumentTexts(graph, worker), [graph, worker]);
  const [documents, setDocuments] = useState<DocumentEntry[]>([]);
  const [searchKeys, setSearchKeys] = useState<Record<string, string[]>>({});
  const [seedPositions, setSeedPositions] = useState<Positions | undefined>(undefined);
  const [awaitingPlacement, setAwaitingPlacement] = useState(false);
  const [perfMode, setPerfMode] = useState(Boolean(BENCH));
  const [busy, setBusy] = useState(0);
  const [progress, setProgress] = useState<LoadProgress | null>(null);
  const cancelled = useRef(false);
  const [reading, setReading] = useState<Documents['reading']>(null);

  useEffect(() => {
    worker.onPlacement = (positions, marks) => {
      setSeedPositions(positions);
      setAwaitingPlacement(false);
      if (marks) timings.current.worker = fromNavigation(marks);
    };
    return () => { worker.onPlacement = null; };
  }, [worker, timings]);

  const applyPayload = useCallback(async (payload: ChangePayload) => {
    const { change } = payload;
    await applyChange(graph, change);
    setSearchKeys((keys) => {
      const next = { ...keys, ...change.searchKeys };
      for (const id of change.nodes.removed) if (!graph.hasNode(id)) delete next[id];
      return next;
    });
    setDocuments((docs) => {
      const replaced = new Set([...change.documents.removed, ...change.documents.added.map((d) => d.id)]);
      return [...docs.filter((d) => !replaced.has(d.id)), ...change.documents.added];
    });
    if (payload.placementPending) setAwaitingPlacement(true);
    if (payload.marks) timings.current.worker = fromNavigation(payload.marks);
    if (graph.order > BIG_GRAPH) setPerfMode(true);
    setVersion((v) => v + 1);
  }, [graph, timings]);

  /** Runs `task` counted as busy, turning a thrown error into a notice. */
  const busyWhile = useCallback(async <T,>(task: () => Promise<T>, fallback: T): Promise<T> => {
    setBusy((b) => b + 1);
    try {
      return await task();
    } catch (error) {
      notify('error', error instanceof Error ? error.message : String(error));
      return fallback;
    } finally {
      setBusy((b) => b - 1);
    }
  }, [notify]);

  const loadFiles = useCallback<Documents['loadFiles']>(async (files, o = {}) => {
    if (files.length === 0) return false;
    return busyWhile(async () => {
      // In batches: progress reads `12 / 60 · file name`, and Cancel stops between batches (what was read is kept).
      // Each batch's change is applied as it comes; the timings record the load as one change, as before.
      cancelled.current = false;
      const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(files.length / BATCHES)));
      const loaded: string[] = [];
      const failures: { name: string; reason: string }[] = [];
      const parts: ChangeTiming[] = [];
      const sent = epochNow();
      let done = 0;
      // the file in hand within its batch, and the pages of a PDF (a file of one page is over before anyone could read the line)
      worker.onProgress = (p) => {
        setProgress({ done: done + p.file - 1, total: files.length, name: p.name });
        setReading(p.pages > 1 && p.page < p.pages ? { name: p.name, page: p.page, pages: p.pages } : null);
      };
      try {
        for (let i = 0; i < files.length; i += size) {
          if (cancelled.current) break;
          const batch = files.slice(i, i + size);
          setProgress({ done, total: files.length, name: batch[0].name });
          const batchSent = epochNow();
          const payload = await worker.open(batch, o.replace === true && i === 0);
          loaded.push(...payload.loaded);
          // a file whose reading was cancelled is not bad input: it is simply not read
          const failed = payload.failures.filter((f) => f.reason !== CANCELLED);
          failures.push(...failed);
          done += payload.loaded.length + failed.length;
          if (payload.loaded.length > 0 || (o.replace && i === 0)) {
            await applyPayload(payload);
            parts.push(changeTiming('open', batch.length, batchSent, payload, graph));
          }
        }
      } finally {
        worker.onProgress = null;
        setReading(null);
        setProgress(null);
      }
      if (parts.length > 0) (timings.current.changes ??= []).push(combineTimings(parts, files.length, sent, graph));
      if (loaded.length > 0 && !o.quiet) dirty.current = true;
      if (cancelled.current && done < files.length) notify('info', (s) => fmt(s.loadCancelled, { done, total: files.length }));
      // an unreadable file is named in its own notice, as bad input always is; the summary counts the rest
      for (const f of failures) notify('error', (t) => fmt(t.cannotRead, { name: f.name, reason: f.reason }));
      if (!o.quiet && loaded.length > 0) summarise(graph, loaded, failures, notify);
      return loaded.length > 0;
    }, false);
  }, [worker, notify, applyPayload, busyWhile, dirty, timings, graph]);

  /** Later batches are not sent, and the worker stops the batch in hand between files (a PDF between pages). */
  const cancelLoading = useCallback(() => {
    cancelled.current = true;
    worker.cancelOpen();
  }, [worker]);

  const closeAll = useCallback(() => busyWhile(async () => {
    const documentIds = graph.filterNodes((_id, a) => a.kind === 'document');
    if (documentIds.length === 0) return false;
    const payload = await worker.remove({ documentIds });
    await applyPayload(payload);
    dirty.current = true;
    return true;
  }, false), [graph, worker, applyPayload, busyWhile, dirty]);

  const removeDocuments = useCallback<Documents['removeDocuments']>((which, deleted) => busyWhile(async () => {
    const sent = epochNow();
    const payload = await worker.remove(which);
    if (payload.loaded.length === 0) return false;
    await applyPayload(payload);
    (timings.current.changes ??= []).push(changeTiming('remove', payload.loaded.length, sent, payload, graph));
    dirty.current = true;
    notify('info', (s) => fmt(deleted ? s.deletedFiles : s.removedFiles, { names: payload.loaded.join(', ') }));
    return true;
  }, false), [worker, applyPayload, busyWhile, dirty, notify, timings, graph]);

  const loadSynthetic = useCallback(async (nodes: number, edges: number) => {
    setBusy((b) => b + 1);
    const payload = await worker.synthetic(nodes, edges);
    timings.current.graphReceived = performance.now();
    await applyPayload(payload);
    setBusy((b) => b - 1);
  }, [worker, applyPayload, timings]);

  return { graph, worker, version, documents, texts, searchKeys, seedPositions, awaitingPlacement, perfMode, busy: busy > 0, progress, reading, cancelLoading, closeAll, loadFiles, removeDocuments, loadSynthetic };
}

/**
 * One notice for a load, however many files: "60 documents read, 2 with warnings", which expands to the list of
 * files with their warnings (files that could not be read have their own notices, with the reason).
 */
function summarise(graph: RemitGraph, loaded: string[], failures: { name: string; reason: string }[], notify: Notify): void {
  const names = new Set(loaded);
  const warned: string[] = [];
  const copies: string[] = [];
  graph.forEachNode((_id, a) => {
    if (a.kind !== 'document') return;
    if (names.has(a.fileName) && a.warnings.length > 0) warned.push(`${a.fileName}: ${a.warnings.join('; ')}`);
    for (const c of a.copies ?? []) if (names.has(c.fileName)) copies.push(`${c.fileName}: the same document as ${a.fileName}, in another format: read once`);
  });
  const noted = [...warned, ...copies];
  const details = [...noted, ...loaded.filter((n) => !noted.some((w) => w.startsWith(`${n}:`)))];
  const counts = { count: loaded.length, warned: warned.length, failed: failures.length, copies: copies.length };
  const message = (s: Strings): string =>
    failures.length ? s.documentsReadFailed : copies.length ? s.documentsReadCopies : loaded.length === 1 ? s.documentReadOne : s.documentsRead;
  notify('info', (s) => fmt(message(s), counts), details);
}

/** Batches of one load as one change: stage times added up, the total from the first send to the last import. */
function combineTimings(parts: ChangeTiming[], files: number, sent: number, graph: RemitGraph): ChangeTiming {
  const sum = (k: 'read' | 'add' | 'prepare' | 'transfer' | 'import') => Math.round(parts.reduce((n, p) => n + p[k], 0) * 10) / 10;
  return {
    kind: 'open', files,
    read: sum('read'), add: sum('add'), prepare: sum('prepare'), transfer: sum('transfer'), import: sum('import'),
    total: Math.round((epochNow() - sent) * 10) / 10,
    nodes: graph.order, edges: graph.size,
  };
}
