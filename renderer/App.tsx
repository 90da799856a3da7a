/**
 * The explorer shell: toolbar, filters, canvas (or matrix), details, status line. It owns the view state (with
 * undo/redo), talks to the worker for anything heavy and to the host for files, menus and recovery.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Graph from 'graphology';
import type { Core } from 'cytoscape';
import type { EdgeAttributes, NodeAttributes } from '../core/model';
import type { RemitGraph } from '../core/graph/types';
import { createWorkspace, parseWorkspace, serializeWorkspace } from '../core/workspace';
import { registerAppApi, type RemitAppApi } from './app-api';
import { ContextMenu, NodeActionBar, availableActions, type NodeAction } from './components/NodeActions';
import { FilterPanel } from './components/FilterPanel';
import { Legend } from './components/Legend';
import { Notices, type Notice } from './components/Notices';
import { SearchBox } from './components/SearchBox';
import { StatusLine } from './components/StatusLine';
import { Toolbar } from './components/Toolbar';
import { computeSizes } from './graph/adapter';
import { importInSlices } from './graph/import';
import { fitVisible, GraphView, moveViewport } from './graph/GraphView';
import { fullLabel } from './graph/labels';
import { getHost } from './host';
import type { HostCommand, HostFile } from './host/types';
import { fmt, strings } from './i18n';
import { DetailsPanel } from './panels/DetailsPanel';
import { MatrixView } from './panels/MatrixView';
import { PathFinder } from './panels/PathFinder';
import { ExportMenu } from './export/ExportMenu';
import { initHistory, push, redo, replace, undo, type History } from './state/history';
import { computeVisibility } from './state/visibility';
import { defaultView, type Filters, type LayoutName, type Positions, type ViewState } from './state/view';
import { fromWorkspaceView, toWorkspaceView } from './state/workspaceView';
import type { LoadedDocument } from './worker/protocol';
import { WorkerClient } from './worker/client';

const PREFS_KEY = 'remit.prefs';
const params = new URLSearchParams(location.search);
const BENCH = params.get('bench') === 'synthetic' ? { nodes: Number(params.get('n') ?? 5000), edges: Number(params.get('m') ?? 20000) } : null;
const BIG_GRAPH = 3000;
/** `?empty`: start without the seed documents (first-run look, tests of the empty state). */
const NO_SEEDS = params.has('empty');

function loadPrefs(): Partial<Pick<ViewState, 'language' | 'theme'>> {
  try {
    const raw = JSON.parse(localStorage.getItem(PREFS_KEY) ?? '{}') as Record<string, unknown>;
    return {
      language: raw.language === 'zh' ? 'zh' : raw.language === 'en' ? 'en' : navigator.language.startsWith('zh') ? 'zh' : 'en',
      theme: raw.theme === 'dark' ? 'dark' : raw.theme === 'light' ? 'light' : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
    };
  } catch {
    return {};
  }
}

/** Language, theme and label language are preferences: undo/redo walks view steps but keeps them as they are. */
const keepPrefs = (from: ViewState, to: ViewState): ViewState => ({ ...to, language: from.language, theme: from.theme, labelMode: from.labelMode });

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'number', 'password', 'tel', 'url']);
/** Keys go to the page unless the user is editing text (checkboxes and selects do not take Ctrl+Z or F). */
const isTyping = (el: EventTarget | null): boolean =>
  el instanceof HTMLElement && (el.isContentEditable || el.tagName === 'TEXTAREA' || (el instanceof HTMLInputElement && TEXT_INPUTS.has(el.type)));

export function App() {
  const host = useMemo(() => getHost(), []);
  const worker = useMemo(() => new WorkerClient(), []);
  const graph = useMemo<RemitGraph>(() => new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: false, allowSelfLoops: false }), []);
  const [version, setVersion] = useState(0);
  const [history, setHistory] = useState<History<ViewState>>(() => initHistory(defaultView(loadPrefs())));
  const view = history.present;
  const t = strings(view.language);
  const [searchKeys, setSearchKeys] = useState<Record<string, string[]>>({});
  const [documents, setDocuments] = useState<LoadedDocument[]>([]);
  const [seedPositions, setSeedPositions] = useState<Positions | undefined>(undefined);
  const [awaitingPlacement, setAwaitingPlacement] = useState(false);
  const [busy, setBusy] = useState(0);
  /** page-by-page progress of a long file (a PDF) being read by the worker */
  const [reading, setReading] = useState<{ name: string; page: number; pages: number } | null>(null);
  const [computing, setComputing] = useState(0);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [tab, setTab] = useState<'graph' | 'matrix'>('graph');
  const [pathOpen, setPathOpen] = useState(false);
  const [path, setPath] = useState<{ nodes: string[]; edges: string[] } | null>(null);
  const [filtersOpen, setFiltersOpen] = useState(true);
  const [layoutNonce, setLayoutNonce] = useState(0);
  const [betweenness, setBetweenness] = useState<{ version: number; values: Record<string, number> } | null>(null);
  const [menu, setMenu] = useState<{ id: string; x: number; y: number } | null>(null);
  const [restoreOffer, setRestoreOffer] = useState<string | null>(null);
  const [about, setAbout] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [cy, setCy] = useState<Core | null>(null);
  const [perfMode, setPerfMode] = useState(Boolean(BENCH));
  const searchRef = useRef<HTMLInputElement>(null);
  const workspacePath = useRef<string | undefined>(undefined);
  const dirty = useRef(false);
  const noticeId = useRef(0);
  const timings = useRef<RemitAppApi['timings']>({});
  const exportCommand = useRef<((command: HostCommand) => void) | null>(null);

  // ---------------------------------------------------------------- view state
  const commit = useCallback((f: (v: ViewState) => ViewState) => {
    dirty.current = true;
    setHistory((h) => push(h, f(h.present)));
  }, []);
  const amend = useCallback((f: (v: ViewState) => ViewState) => setHistory((h) => replace(h, f(h.present))), []);
  const setPref = useCallback(<K extends 'language' | 'theme' | 'labelMode'>(key: K, value: ViewState[K]) => {
    amend((v) => ({ ...v, [key]: value }));
  }, [amend]);

  useEffect(() => {
    document.documentElement.dataset.theme = view.theme;
    document.documentElement.lang = view.language === 'zh' ? 'zh-CN' : 'en';
    try {
      localStorage.setItem(PREFS_KEY, JSON.stringify({ language: view.language, theme: view.theme }));
    } catch {
      // storage disabled: preferences just do not persist
    }
  }, [view.language, view.theme]);

  const visibility = useMemo(
    () => computeVisibility(graph, view),
    // graph mutates in place; version marks its changes
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [graph, version, view.filters, view.focus, view.expanded, view.collapsed],
  );
  const sizes = useMemo(
    () => computeSizes(graph, view.sizing, betweenness?.version === version ? betweenness.values : undefined),
    [graph, version, view.sizing, betweenness],
  );

  useEffect(() => {
    if (view.sizing !== 'betweenness' || betweenness?.version === version || graph.order === 0) return;
    let live = true;
    setComputing((b) => b + 1);
    worker
      .betweenness()
      .then((values) => { if (live) setBetweenness({ version, values }); })
      .catch((e: unknown) => notify('error', String(e)))
      .finally(() => setComputing((b) => b - 1));
    return () => { live = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view.sizing, version]);

  useEffect(() => {
    worker.onPlacement = (positions, marks) => {
      setSeedPositions(positions);
      setAwaitingPlacement(false);
      if (marks) timings.current.worker = Object.fromEntries(Object.entries(marks).map(([k, v]) => [k, Math.round(v - performance.timeOrigin)]));
    };
    return () => { worker.onPlacement = null; };
  }, [worker]);

  // ---------------------------------------------------------------- notices
  const notify = useCallback((tone: Notice['tone'], text: Notice['text']) => {
    const id = ++noticeId.current;
    setNotices((n) => [...n.slice(-4), { id, tone, text }]);
    if (tone === 'info') setTimeout(() => setNotices((n) => n.filter((x) => x.id !== id)), 6000);
  }, []);

  // ---------------------------------------------------------------- loading
  const applyPayload = useCallback(async (payload: Awaited<ReturnType<WorkerClient['open']>>) => {
    graph.clear();
    // In slices: a big graph imported in one go would hold the window for a few hundred milliseconds.
    await importInSlices(graph, payload.graph);
    setSearchKeys(payload.searchKeys);
    setDocuments(payload.documents);
    if (payload.placementPending) setAwaitingPlacement(true);
    if (payload.marks) timings.current.worker = Object.fromEntries(Object.entries(payload.marks).map(([k, v]) => [k, Math.round(v - performance.timeOrigin)]));
    if (graph.order > BIG_GRAPH) setPerfMode(true);
    setVersion((v) => v + 1);
  }, [graph]);

  const loadFiles = useCallback(async (files: HostFile[], opts: { replace?: boolean; quiet?: boolean } = {}): Promise<boolean> => {
    if (files.length === 0) return false;
    setBusy((b) => b + 1);
    // pages of a PDF; a file of one page is over before anyone could read the line
    worker.onProgress = (p) => setReading(p.pages > 1 && p.page < p.pages ? { name: p.name, page: p.page, pages: p.pages } : null);
    try {
      const payload = await worker.open(files, opts.replace);
      for (const f of payload.failures) notify('error', (s) => fmt(s.cannotRead, { name: f.name, reason: f.reason }));
      if (payload.loaded.length > 0 || opts.replace) {
        await applyPayload(payload);
        if (!opts.quiet) {
          dirty.current = true;
          notify('info', (s) => fmt(s.loadedFiles, { names: payload.loaded.join(', ') }));
        }
      }
      return payload.loaded.length > 0;
    } catch (error) {
      notify('error', error instanceof Error ? error.message : String(error));
      return false;
    } finally {
      worker.onProgress = null;
      setReading(null);
      setBusy((b) => b - 1);
    }
  }, [worker, notify, applyPayload]);

  const openDocuments = useCallback(async () => loadFiles(await host.openDocuments()), [host, loadFiles]);
  const openFolder = useCallback(async () => loadFiles(await host.openFolder()), [host, loadFiles]);

  const applyWorkspaceView = useCallback((wv: Parameters<RemitAppApi['applyViewState']>[0]) => {
    setHistory((h) => push(h, fromWorkspaceView(wv, h.present)));
  }, []);

  const restoreWorkspace = useCallback(async (text: string, path?: string) => {
    const parsed = parseWorkspace(text);
    if (!parsed.ok) {
      notify('error', (s) => fmt(s.workspaceError, { reason: parsed.message }));
      return;
    }
    const encoder = new TextEncoder();
    const files = parsed.workspace.documents.map((d) => ({ name: d.name, path: d.path, bytes: encoder.encode(d.text), format: d.format, pages: d.pages }));
    await loadFiles(files, { replace: true, quiet: true });
    applyWorkspaceView(parsed.workspace.view);
    workspacePath.current = path;
    for (const w of parsed.warnings) notify('info', w);
  }, [loadFiles, applyWorkspaceView, notify]);

  const workspaceText = useCallback(() => serializeWorkspace(createWorkspace(documents, toWorkspaceView(history.present))), [documents, history.present]);

  const saveWorkspace = useCallback(async (as = false) => {
    const result = await host.saveWorkspace(workspaceText(), as ? undefined : workspacePath.current);
    if (result.saved) {
      workspacePath.current = result.path ?? workspacePath.current;
      dirty.current = false;
      await host.storeRecovery('');
      notify('info', (s) => s.workspaceSaved);
    }
  }, [host, workspaceText, notify]);

  const openWorkspace = useCallback(async () => {
    const file = await host.openWorkspace();
    if (file) await restoreWorkspace(file.text, file.path);
  }, [host, restoreWorkspace]);

  // Start: seeds (or the synthetic benchmark graph), then offer what recovery kept.
  useEffect(() => {
    let cancelled = false;
    (async () => {
      if (BENCH) {
        setBusy((b) => b + 1);
        const payload = await worker.synthetic(BENCH.nodes, BENCH.edges);
        timings.current.graphReceived = performance.now();
        await applyPayload(payload);
        setBusy((b) => b - 1);
        return;
      }
      const recovery = await host.takeRecovery();
      if (cancelled) return;
      if (recovery) setRestoreOffer(recovery);
      if (NO_SEEDS) {
        document.body.dataset.ready = 'true';
        return;
      }
      await loadFiles(await host.loadSeeds(), { quiet: true });
      timings.current.graphReceived = performance.now();
    })().catch((e: unknown) => notify('error', String(e)));
    return () => { cancelled = true; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => host.onDocumentsChanged((files) => void loadFiles(files)), [host, loadFiles]);

  // Recovery: keep the latest unsaved state with the host, a little after the last change.
  useEffect(() => {
    if (!dirty.current || BENCH) return;
    const timer = setTimeout(() => void host.storeRecovery(workspaceText()), 1500);
    return () => clearTimeout(timer);
  }, [host, workspaceText, version]);

  // ---------------------------------------------------------------- selection and view actions
  const selected = view.selection[0] ?? null;
  const select = useCallback((id: string | null) => {
    setMenu(null);
    amend((v) => ({ ...v, selection: id ? [id] : [] }));
  }, [amend]);

  /** Takes documents out of the graph: asked for in a document's details, or deleted from a watched folder. */
  const removeDocuments = useCallback(async (which: { documentIds?: string[]; paths?: string[] }, deleted: boolean) => {
    setBusy((b) => b + 1);
    try {
      const payload = await worker.remove(which);
      if (payload.loaded.length === 0) return;
      await applyPayload(payload);
      dirty.current = true;
      amend((v) => ({ ...v, selection: v.selection.filter((id) => graph.hasNode(id)) }));
      notify('info', (s) => fmt(deleted ? s.deletedFiles : s.removedFiles, { names: payload.loaded.join(', ') }));
    } catch (error) {
      notify('error', error instanceof Error ? error.message : String(error));
    } finally {
      setBusy((b) => b - 1);
    }
  }, [worker, applyPayload, amend, graph, notify]);
  const removeDocument = useCallback((id: string) => void removeDocuments({ documentIds: [id] }, false), [removeDocuments]);
  useEffect(() => host.onDocumentsRemoved((paths) => void removeDocuments({ paths }, true)), [host, removeDocuments]);

  const choose = useCallback((id: string) => {
    // Make sure the chosen node is on screen even if filters hid it.
    setHistory((h) => {
      const v = h.present;
      const vis = computeVisibility(graph, v);
      const expanded = vis.visible && !vis.visible.has(id) ? [...v.expanded, id] : v.expanded;
      return push(h, { ...v, selection: [id], expanded });
    });
    setTab('graph');
    // Bring the node and its neighbours into view: what it is connected to is the point of choosing it.
    requestAnimationFrame(() => requestAnimationFrame(() => {
      const node = cy?.getElementById(id);
      if (!cy || !node || node.empty()) return;
      // From the graph: huge graphs keep their edges out of Cytoscape (renderer/graph/edge-layer.ts).
      const near = new Set(graph.hasNode(id) ? [id, ...graph.neighbors(id)] : [id]);
      const hood = cy.nodes().filter((n) => near.has(n.id())).not('.hidden');
      const bb = hood.boundingBox({ includeLabels: false });
      const zoom = Math.min(1.25, Math.max(0.6, Math.min((cy.width() - 160) / Math.max(bb.w, 1), (cy.height() - 220) / Math.max(bb.h, 1))));
      const p = node.position();
      void moveViewport(cy, { zoom, pan: { x: cy.width() / 2 - zoom * p.x, y: (cy.height() - 60) / 2 - zoom * p.y } }, 400);
    }));
  }, [graph, cy]);

  const setFilters = useCallback((filters: Filters) => commit((v) => ({ ...v, filters })), [commit]);
  const setLayout = useCallback((layout: LayoutName) => {
    commit((v) => ({ ...v, layout }));
  }, [commit]);

  const onLayoutDone = useCallback((layout: LayoutName, positions: Positions, ms: number) => {
    (timings.current.layouts ??= []).push({ layout, ms: Math.round(ms) });
    amend((v) => ({ ...v, positions: { ...v.positions, [layout]: positions } }));
  }, [amend]);

  const onNodeMoved = useCallback((id: string, position: { x: number; y: number }) => {
    commit((v) => ({
      ...v,
      positions: { ...v.positions, [v.layout]: { ...v.positions[v.layout], [id]: position } },
      pinned: v.pinned.includes(id) ? v.pinned : [...v.pinned, id],
    }));
  }, [commit]);

  const runAction = useCallback((action: NodeAction, id: string) => {
    switch (action) {
      case 'focus1': case 'focus2': case 'focus3':
        commit((v) => ({ ...v, focus: { node: id, depth: Number(action.slice(-1)) as 1 | 2 | 3 }, expanded: [], collapsed: [] }));
        break;
      case 'expand':
        commit((v) => ({ ...v, expanded: [...v.expanded.filter((x) => x !== id), id], collapsed: v.collapsed.filter((x) => x !== id) }));
        break;
      case 'collapse':
        commit((v) => ({ ...v, collapsed: [...v.collapsed.filter((x) => x !== id), id], expanded: v.expanded.filter((x) => x !== id) }));
        break;
      case 'pin':
        commit((v) => ({ ...v, pinned: [...v.pinned, id] }));
        break;
      case 'unpin':
        commit((v) => ({ ...v, pinned: v.pinned.filter((x) => x !== id) }));
        break;
      case 'clearFocus':
        commit((v) => ({ ...v, focus: null, expanded: [], collapsed: [] }));
        break;
    }
  }, [commit]);

  const clearFocus = useCallback(() => commit((v) => (v.focus || v.expanded.length || v.collapsed.length ? { ...v, focus: null, expanded: [], collapsed: [] } : v)), [commit]);
  const doUndo = useCallback(() => setHistory((h) => undo(h, keepPrefs)), []);
  const doRedo = useCallback(() => setHistory((h) => redo(h, keepPrefs)), []);
  const fit = useCallback(() => { if (cy) void fitVisible(cy, true); }, [cy]);
  const zoomBy = useCallback((factor: number) => {
    if (!cy) return;
    const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
    const c = { x: cy.width() / 2, y: cy.height() / 2 };
    const pan = cy.pan();
    void moveViewport(cy, { zoom, pan: { x: c.x - (c.x - pan.x) * (zoom / cy.zoom()), y: c.y - (c.y - pan.y) * (zoom / cy.zoom()) } }, 200);
  }, [cy]);

  const escape = useCallback(() => {
    if (menu) return setMenu(null);
    if (about) return setAbout(null);
    if (restoreOffer) return;
    if (pathOpen || path) {
      setPathOpen(false);
      setPath(null);
      return;
    }
    if (view.selection.length > 0) return select(null);
    if (view.focus || view.expanded.length || view.collapsed.length) return clearFocus();
  }, [menu, restoreOffer, about, pathOpen, path, view, select, clearFocus]);

  const showAbout = useCallback(async () => {
    const info = await host.appInfo();
    setAbout(fmt(t.aboutBody, info));
  }, [host, t]);

  // ---------------------------------------------------------------- host commands and keys
  const commandHandler = useRef<(c: HostCommand) => void>(() => undefined);
  commandHandler.current = (command: HostCommand) => {
    if (command.startsWith('export:')) {
      exportCommand.current?.(command);
      return;
    }
    switch (command) {
      case 'open-documents': void openDocuments(); break;
      case 'open-folder': void openFolder(); break;
      case 'open-workspace': void openWorkspace(); break;
      case 'save-workspace': void saveWorkspace(false); break;
      case 'save-workspace-as': void saveWorkspace(true); break;
      case 'layout:force': setLayout('force'); break;
      case 'layout:concentric': setLayout('concentric'); break;
      case 'layout:tree': setLayout('tree'); break;
      case 'layout:responsibility': setLayout('responsibility'); break;
      case 'lang:en': setPref('language', 'en'); break;
      case 'lang:zh': setPref('language', 'zh'); break;
      case 'labels:zh': setPref('labelMode', 'zh'); break;
      case 'labels:en': setPref('labelMode', 'en'); break;
      case 'labels:both': setPref('labelMode', 'both'); break;
      case 'theme:light': setPref('theme', 'light'); break;
      case 'theme:dark': setPref('theme', 'dark'); break;
      case 'view:fit': fit(); break;
      case 'view:zoom-in': zoomBy(1.25); break;
      case 'view:zoom-out': zoomBy(0.8); break;
      case 'edit:undo': doUndo(); break;
      case 'edit:redo': doRedo(); break;
      case 'edit:find': searchRef.current?.focus(); break;
      case 'help:about': void showAbout(); break;
    }
  };
  useEffect(() => host.onCommand((c) => commandHandler.current(c)), [host]);

  const keyHandler = useRef<(e: KeyboardEvent) => void>(() => undefined);
  keyHandler.current = (e: KeyboardEvent) => {
    const mod = e.ctrlKey || e.metaKey;
    const typing = isTyping(e.target);
    if (mod && e.key.toLowerCase() === 'k') {
      e.preventDefault();
      searchRef.current?.focus();
      searchRef.current?.select();
    } else if (!typing && !mod && e.key === '/' && !(e.target instanceof HTMLSelectElement)) {
      e.preventDefault();
      searchRef.current?.focus();
    } else if (!typing && !mod && !e.altKey && e.key.toLowerCase() === 'f' && !(e.target instanceof HTMLSelectElement)) {
      e.preventDefault();
      fit();
    } else if (!typing && mod && e.key.toLowerCase() === 'z') {
      e.preventDefault();
      if (e.shiftKey) doRedo();
      else doUndo();
    } else if (!typing && mod && e.key.toLowerCase() === 'y') {
      e.preventDefault();
      doRedo();
    } else if (e.key === 'Escape') {
      escape();
    }
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => keyHandler.current(e);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Drag and drop documents anywhere on the window.
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const enter = (e: DragEvent) => { if (hasFiles(e)) { depth++; setDragging(true); } };
    const leave = (e: DragEvent) => { if (hasFiles(e) && --depth <= 0) { depth = 0; setDragging(false); } };
    const over = (e: DragEvent) => { if (hasFiles(e)) e.preventDefault(); };
    const drop = async (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const files = await Promise.all(Array.from(e.dataTransfer?.files ?? []).map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      void loadFiles(files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [loadFiles]);

  // ---------------------------------------------------------------- API for workspaces, tests and the benchmark
  const apiState = useRef({ history, documents, visibility, cy });
  apiState.current = { history, documents, visibility, cy };
  useEffect(() => {
    registerAppApi({
      getViewState: () => toWorkspaceView(apiState.current.history.present),
      applyViewState: (wv) => applyWorkspaceView(wv),
      getDocuments: () => apiState.current.documents.map((d) => ({ ...d })),
      visibleNodeIds: () => (apiState.current.visibility.visible ? [...apiState.current.visibility.visible] : graph.nodes()),
      cy: () => apiState.current.cy,
      command: (c) => commandHandler.current(c),
      timings: timings.current,
    });
    return () => registerAppApi(undefined);
  }, [graph, applyWorkspaceView]);

  const onRendered = useCallback((info: { layoutMs: number; renderMs: number }) => {
    timings.current.interactive = performance.now();
    timings.current.layoutMs = info.layoutMs;
    timings.current.renderMs = info.renderMs;
    document.body.dataset.ready = 'true';
  }, []);

  // ---------------------------------------------------------------- render
  const selectedAttrs = selected && graph.hasNode(selected) ? graph.getNodeAttributes(selected) : null;
  const focusAttrs = view.focus && graph.hasNode(view.focus.node) ? graph.getNodeAttributes(view.focus.node) : null;
  const focusLabel = focusAttrs ? fmt(t.focusing, { label: fullLabel(focusAttrs, view.labelMode), depth: view.focus!.depth }) : null;
  const actionsFor = (id: string) =>
    availableActions({ pinned: view.pinned.includes(id), focused: Boolean(view.focus), expanded: view.expanded.includes(id), collapsed: view.collapsed.includes(id) });
  const title = documents.length === 1 ? (graph.findNode((_n, a) => a.kind === 'document') ? graph.getNodeAttribute(graph.findNode((_n, a) => a.kind === 'document')!, 'label') : 'Remit') : 'Remit';
  const empty = graph.order === 0 && busy === 0;

  return (
    <div className={`app${filtersOpen ? '' : ' no-filters'}`}>
      <Toolbar
        t={t}
        view={view}
        tab={tab}
        canUndo={history.past.length > 0}
        canRedo={history.future.length > 0}
        pathOpen={pathOpen}
        filtersOpen={filtersOpen}
        search={<SearchBox ref={searchRef} graph={graph} version={version} keys={searchKeys} labelMode={view.labelMode} theme={view.theme} t={t} onChoose={choose} />}
        exportMenu={
          <ExportMenu
            graph={graph}
            cy={cy}
            visibleNodeIds={visibility.visible}
            selection={view.selection}
            host={host}
            lang={view.language}
            title={title}
            version={version}
            commandRef={exportCommand}
          />
        }
        onOpen={() => void openDocuments()}
        onOpenFolder={() => void openFolder()}
        onOpenWorkspace={() => void openWorkspace()}
        onSaveWorkspace={() => void saveWorkspace(false)}
        onTab={setTab}
        onLayout={setLayout}
        onRelayout={() => { dirty.current = true; setLayoutNonce((n) => n + 1); }}
        onLabelMode={(m) => setPref('labelMode', m)}
        onLanguage={(l) => setPref('language', l)}
        onTheme={(th) => setPref('theme', th)}
        onSizing={(s) => commit((v) => ({ ...v, sizing: s }))}
        onUndo={doUndo}
        onRedo={doRedo}
        onTogglePath={() => { setPathOpen((o) => !o); if (pathOpen) setPath(null); }}
        onToggleFilters={() => setFiltersOpen((o) => !o)}
        onAbout={() => void showAbout()}
      />
      <main className="workspace">
        {filtersOpen && (
          <nav className="side filters-side" aria-label={t.filters}>
            <h2 className="side-title">{t.filters}</h2>
            <FilterPanel graph={graph} version={version} filters={view.filters} kindCounts={visibility.kindCounts} labelMode={view.labelMode} theme={view.theme} t={t} onChange={setFilters} />
          </nav>
        )}
        <section className="stage" aria-label={t.view}>
          <div className="canvas-wrap" hidden={tab !== 'graph'}>
            <GraphView
              key={perfMode ? 'perf' : 'normal'}
              graph={graph}
              version={version}
              labelMode={view.labelMode}
              theme={view.theme}
              layout={view.layout}
              layoutNonce={layoutNonce}
              positions={view.positions[view.layout]}
              pinned={view.pinned}
              visible={visibility.visible}
              sizes={sizes}
              selection={view.selection}
              dimUnrelated={!view.focus}
              path={path}
              seedPositions={seedPositions}
              holdSync={awaitingPlacement}
              performanceMode={perfMode}
              worker={worker}
              ariaLabel={t.canvas}
              onReady={setCy}
              onSelect={select}
              onLayoutDone={onLayoutDone}
              onNodeMoved={onNodeMoved}
              onContextMenu={(id, x, y) => { select(id); setMenu({ id, x, y }); }}
              onRendered={onRendered}
            />
            {selectedAttrs && selected && (
              <NodeActionBar
                title={fullLabel(selectedAttrs, view.labelMode)}
                actions={actionsFor(selected)}
                depth={view.focus?.node === selected ? view.focus.depth : null}
                t={t}
                onAction={(a) => runAction(a, selected)}
              />
            )}
            {!selectedAttrs && (view.focus || view.expanded.length > 0 || view.collapsed.length > 0) && (
              <div className="node-actions" role="toolbar" aria-label={t.focus}>
                <span className="node-actions-title">{focusLabel ?? t.focus}</span>
                <button type="button" className="btn small" onClick={clearFocus}>{t.clearFocus}</button>
              </div>
            )}
            {menu && <ContextMenu x={menu.x} y={menu.y} actions={actionsFor(menu.id)} t={t} onAction={(a) => runAction(a, menu.id)} onClose={() => setMenu(null)} />}
            <Legend theme={view.theme} t={t} />
            <div className="zoom-controls" role="group" aria-label={t.view}>
              <button type="button" className="icon-btn" aria-label={t.zoomIn} title={t.zoomIn} onClick={() => zoomBy(1.25)}>+</button>
              <button type="button" className="icon-btn" aria-label={t.zoomOut} title={t.zoomOut} onClick={() => zoomBy(0.8)}>−</button>
              <button type="button" className="icon-btn" aria-label={t.fit} title={`${t.fit} (F)`} onClick={fit}>
                <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" fill="none" stroke="currentColor" strokeWidth="1.6" /></svg>
              </button>
              {view.pinned.length > 0 && (
                <button type="button" className="btn small" onClick={() => commit((v) => ({ ...v, pinned: [] }))}>{t.unpinAll}</button>
              )}
            </div>
            {empty && (
              <div className="empty-state">
                <h2>{t.emptyTitle}</h2>
                <p>{t.emptyBody}</p>
                <button type="button" className="btn primary" onClick={() => void openDocuments()}>{t.open}</button>
              </div>
            )}
            {!empty && graph.order > 0 && visibility.nodeCount === 0 && (
              <div className="empty-state small"><p>{t.emptyFiltered}</p></div>
            )}
          </div>
          {tab === 'matrix' && (
            <div className="matrix-wrap">
              <MatrixView graph={graph} nodeIds={visibility.visible} lang={view.language} labelMode={view.labelMode} onSelect={choose} version={version} />
            </div>
          )}
          {pathOpen && (
            <div className="path-popover">
              <PathFinder
                graph={graph}
                lang={view.language}
                labelMode={view.labelMode}
                version={version}
                onPath={(nodes, edges) => {
                  setTab('graph');
                  setPath({ nodes, edges });
                  const hidden = visibility.visible ? nodes.filter((n) => !visibility.visible!.has(n)) : [];
                  if (hidden.length > 0) commit((v) => ({ ...v, expanded: [...v.expanded, ...hidden] }));
                }}
                onClose={() => { setPathOpen(false); setPath(null); }}
              />
            </div>
          )}
          <Notices notices={notices} t={t} onDismiss={(id) => setNotices((n) => n.filter((x) => x.id !== id))} />
        </section>
        <aside className="side details-side" aria-label="Details">
          <DetailsPanel graph={graph} nodeId={selected} lang={view.language} labelMode={view.labelMode} onSelect={choose} onRemoveDocument={BENCH ? undefined : removeDocument} version={version} />
        </aside>
      </main>
      <StatusLine graph={graph} version={version} nodes={visibility.nodeCount} edges={visibility.edgeCount} busy={busy > 0} computing={computing > 0} focusLabel={focusLabel} t={t} reading={reading} onCancelReading={() => worker.cancelOpen()} />
      {dragging && <div className="drop-overlay" aria-hidden="true"><p>{t.dropHere}</p></div>}
      {restoreOffer && (
        <div className="modal-backdrop">
          <div className="modal" role="alertdialog" aria-modal="true" aria-labelledby="restore-title" aria-describedby="restore-body">
            <h2 id="restore-title">{t.restoreTitle}</h2>
            <p id="restore-body">{t.restoreBody}</p>
            <div className="modal-actions">
              <button type="button" className="btn" onClick={() => setRestoreOffer(null)}>{t.discard}</button>
              <button type="button" className="btn primary" autoFocus onClick={() => { const text = restoreOffer; setRestoreOffer(null); void restoreWorkspace(text); }}>{t.restore}</button>
            </div>
          </div>
        </div>
      )}
      {about && (
        <div className="modal-backdrop" onClick={() => setAbout(null)}>
          <div className="modal" role="dialog" aria-modal="true" aria-labelledby="about-title" onClick={(e) => e.stopPropagation()}>
            <h2 id="about-title">{t.about}</h2>
            <p>{about}</p>
            <div className="modal-actions">
              <button type="button" className="btn primary" autoFocus onClick={() => setAbout(null)}>{t.close}</button>
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
