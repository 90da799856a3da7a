/**
 * The documents and the graph built from them. Parsing and graph building run in the worker; the page keeps a copy
 * of the graph (mutated in place: `version` marks its changes) for the canvas and the panels.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import Graph from 'graphology';
import type { EdgeAttributes, NodeAttributes } from '../../core/model';
import type { RemitGraph } from '../../core/graph/types';
import type { RemitAppApi } from '../app-api';
import { importInSlices } from '../graph/import';
import type { HostFile } from '../host/types';
import { fmt } from '../i18n';
import type { Positions } from '../state/view';
import type { GraphPayload, LoadedDocument } from '../worker/protocol';
import { WorkerClient } from '../worker/client';
import { BENCH, BIG_GRAPH } from './launch';
import type { Notify } from './use-notices';

export type Timings = RemitAppApi['timings'];

export interface LoadProgress { done: number; total: number; name: string }

/** Files go to the worker in batches of this many at most, so progress moves and a cancel lands soon. */
const MAX_BATCH = 5;

export interface Documents {
  graph: RemitGraph;
  worker: WorkerClient;
  /** increments whenever the graph changed */
  version: number;
  documents: LoadedDocument[];
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
  /** reads files into the graph; false when nothing new was read */
  loadFiles(files: HostFile[], opts?: { replace?: boolean; quiet?: boolean }): Promise<boolean>;
  /** takes documents out (by node id or by path); `deleted`: they were deleted from a watched folder */
  removeDocuments(which: { documentIds?: string[]; paths?: string[] }, deleted: boolean): Promise<boolean>;
  /** the benchmark's generated graph */
  loadSynthetic(nodes: number, edges: number): Promise<void>;
}

/** Worker marks in epoch milliseconds → milliseconds from navigation. */
const fromNavigation = (marks: Record<string, number>) => Object.fromEntries(Object.entries(marks).map(([k, v]) => [k, Math.round(v - performance.timeOrigin)]));

export function useDocuments(opts: { notify: Notify; dirty: RefObject<boolean>; timings: RefObject<Timings> }): Documents {
  const { notify, dirty, timings } = opts;
  const worker = useMemo(() => new WorkerClient(), []);
  const graph = useMemo<RemitGraph>(() => new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: false, allowSelfLoops: false }), []);
  const [version, setVersion] = useState(0);
  const [documents, setDocuments] = useState<LoadedDocument[]>([]);
  const [searchKeys, setSearchKeys] = useState<Record<string, string[]>>({});
  const [seedPositions, setSeedPositions] = useState<Positions | undefined>(undefined);
  const [awaitingPlacement, setAwaitingPlacement] = useState(false);
  const [perfMode, setPerfMode] = useState(Boolean(BENCH));
  const [busy, setBusy] = useState(0);
  const [progress, setProgress] = useState<LoadProgress | null>(null);
  const cancelled = useRef(false);

  useEffect(() => {
    worker.onPlacement = (positions, marks) => {
      setSeedPositions(positions);
      setAwaitingPlacement(false);
      if (marks) timings.current.worker = fromNavigation(marks);
    };
    return () => { worker.onPlacement = null; };
  }, [worker, timings]);

  const applyPayload = useCallback(async (payload: GraphPayload) => {
    graph.clear();
    // In slices: a big graph imported in one go would hold the window for a few hundred milliseconds.
    await importInSlices(graph, payload.graph);
    setSearchKeys(payload.searchKeys);
    setDocuments(payload.documents);
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
      // In batches: progress reads `12 / 60 · file name`, and Cancel stops between batches. The graph is applied
      // once, at the end, so the canvas never shows a half-read set as if it were the result.
      cancelled.current = false;
      const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(files.length / 12)));
      const loaded: string[] = [];
      const failures: { name: string; reason: string }[] = [];
      let last: GraphPayload | undefined;
      let done = 0;
      try {
        for (let i = 0; i < files.length; i += size) {
          if (cancelled.current) break;
          const batch = files.slice(i, i + size);
          setProgress({ done, total: files.length, name: batch[0].name });
          last = await worker.open(batch, o.replace === true && i === 0);
          loaded.push(...last.loaded);
          failures.push(...last.failures);
          done += batch.length;
        }
      } finally {
        setProgress(null);
      }
      if (!last) return false;
      if (loaded.length > 0 || o.replace) {
        await applyPayload({ ...last, loaded, failures });
        if (!o.quiet) dirty.current = true;
      }
      if (cancelled.current && done < files.length) notify('info', (s) => fmt(s.loadCancelled, { done, total: files.length }));
      // an unreadable file is named in its own notice, as bad input always is; the summary counts the rest
      for (const f of failures) notify('error', (t) => fmt(t.cannotRead, { name: f.name, reason: f.reason }));
      if (!o.quiet && loaded.length > 0) summarise(graph, loaded, failures, notify);
      return loaded.length > 0;
    }, false);
  }, [worker, notify, applyPayload, busyWhile, dirty, graph]);

  const cancelLoading = useCallback(() => { cancelled.current = true; }, []);

  const closeAll = useCallback(() => busyWhile(async () => {
    const documentIds = graph.filterNodes((_id, a) => a.kind === 'document');
    if (documentIds.length === 0) return false;
    const payload = await worker.remove({ documentIds });
    await applyPayload(payload);
    dirty.current = true;
    return true;
  }, false), [graph, worker, applyPayload, busyWhile, dirty]);

  const removeDocuments = useCallback<Documents['removeDocuments']>((which, deleted) => busyWhile(async () => {
    const payload = await worker.remove(which);
    if (payload.loaded.length === 0) return false;
    await applyPayload(payload);
    dirty.current = true;
    notify('info', (s) => fmt(deleted ? s.deletedFiles : s.removedFiles, { names: payload.loaded.join(', ') }));
    return true;
  }, false), [worker, applyPayload, busyWhile, dirty, notify]);

  const loadSynthetic = useCallback(async (nodes: number, edges: number) => {
    setBusy((b) => b + 1);
    const payload = await worker.synthetic(nodes, edges);
    timings.current.graphReceived = performance.now();
    await applyPayload(payload);
    setBusy((b) => b - 1);
  }, [worker, applyPayload, timings]);

  return { graph, worker, version, documents, searchKeys, seedPositions, awaitingPlacement, perfMode, busy: busy > 0, progress, cancelLoading, closeAll, loadFiles, removeDocuments, loadSynthetic };
}

/**
 * One notice for a load, however many files: "60 documents read, 2 with warnings", which expands to the list of
 * files with their warnings (files that could not be read have their own notices, with the reason).
 */
function summarise(graph: RemitGraph, loaded: string[], failures: { name: string; reason: string }[], notify: Notify): void {
  const names = new Set(loaded);
  const warned: string[] = [];
  graph.forEachNode((_id, a) => {
    if (a.kind === 'document' && names.has(a.fileName) && a.warnings.length > 0) warned.push(`${a.fileName}: ${a.warnings.join('; ')}`);
  });
  const details = [...warned, ...loaded.filter((n) => !warned.some((w) => w.startsWith(`${n}:`)))];
  const counts = { count: loaded.length, warned: warned.length, failed: failures.length };
  notify('info', (s) => fmt(failures.length ? s.documentsReadFailed : loaded.length === 1 ? s.documentReadOne : s.documentsRead, counts), details);
}
