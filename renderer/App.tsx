/**
 * The explorer shell, wired from small parts: the documents and the worker (app/use-documents), the view state with
 * undo (app/use-view-history), preferences, workspaces and recovery, notices, actions (renderer/actions, run from
 * the host's menus and the keyboard), and the components that show them: toolbar, filters, canvas (or matrix),
 * details, status line.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Core } from 'cytoscape';
import type { WorkspaceView } from '../core/workspace';
import type { ActionContext } from './actions/registry';
import { DocumentTextsContext } from './app/document-texts';
import { BENCH } from './app/launch';
import { usePreferences } from './app/preferences';
import { useAppApi } from './app/use-app-api';
import { useDocuments, type Timings } from './app/use-documents';
import { useFileDrop } from './app/use-file-drop';
import { useHostCommands } from './app/use-host-commands';
import { useKeyboard } from './app/use-keyboard';
import { useNotices } from './app/use-notices';
import { useSizes } from './app/use-sizes';
import { useStartup } from './app/use-startup';
import { useViewHistory } from './app/use-view-history';
import { useWatchedDocuments } from './app/use-watched-documents';
import { useWorkspace } from './app/use-workspace';
import { EmptyState, FilteredOut, ZoomControls } from './components/CanvasOverlay';
import { AboutDialog, RestoreDialog } from './components/Dialogs';
import { FilterPanel } from './components/FilterPanel';
import { Legend } from './components/Legend';
import { ContextMenu, NodeActionBar, availableActions } from './components/NodeActions';
import { Notices } from './components/Notices';
import { SearchBox } from './components/SearchBox';
import { StatusLine } from './components/StatusLine';
import { Toolbar } from './components/Toolbar';
import { DocumentSetBar, SkipLinks } from './components/DocumentSet';
import { OverviewView } from './components/OverviewView';
import { ExportMenu } from './export/ExportMenu';
import { GraphView } from './graph/GraphView';
import { useGraphKeyboard } from './graph/use-graph-keyboard';
import { centreOn, fitVisible, zoomBy } from './graph/viewport';
import { getHost } from './host';
import type { HostCommand } from './host/types';
import { fmt, strings } from './i18n';
import { fullLabel } from './labels';
import { DetailsPanel } from './panels/DetailsPanel';
import { MatrixView } from './panels/MatrixView';
import { PathFinder } from './panels/PathFinder';
import { applyNodeAction, clearFocus, moveNode } from './state/node-actions';
import { computeVisibility } from './state/visibility';
import type { Filters, LayoutName, Positions } from './state/view';
import { fromWorkspaceView } from './state/workspaceView';

type Path = { nodes: string[]; edges: string[] };

/** From this many documents the app opens on the agency overview. */
const OVERVIEW_FROM = 8;

export function App() {
  const host = useMemo(() => getHost(), []);
  /** unsaved changes since the last workspace save (recovery keeps them) */
  const dirty = useRef(false);
  const timings = useRef<Timings>({});
  const exportCommand = useRef<((command: HostCommand) => void) | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const { history, view, commit, amend, pushWith, setPref, undo, redo } = useViewHistory(dirty);
  const t = strings(view.language);
  usePreferences(view);
  const { notices, notify, dismiss } = useNotices();
  const docs = useDocuments({ notify, dirty, timings });
  const { graph, worker, version, documents } = docs;
  const applyView = useCallback((wv: WorkspaceView) => pushWith((v) => fromWorkspaceView(wv, v)), [pushWith]);
  const workspace = useWorkspace({ host, worker, view, version, loadFiles: docs.loadFiles, applyView, notify, dirty });
  useStartup(host, docs, notify, timings);

  const [tab, setTab] = useState<'graph' | 'matrix' | 'overview'>('graph');
  const [pathOpen, setPathOpen] = useState(false);
  const [path, setPath] = useState<Path | null>(null);
  const [filtersOpen, setFiltersOpen] = useState(true);
  const [layoutNonce, setLayoutNonce] = useState(0);
  const [menu, setMenu] = useState<{ id: string; x: number; y: number } | null>(null);
  const [about, setAbout] = useState<string | null>(null);
  const [cy, setCy] = useState<Core | null>(null);

  const visibility = useMemo(
    () => computeVisibility(graph, view),
    // graph mutates in place; version marks its changes
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [graph, version, view.filters, view.focus, view.expanded, view.collapsed],
  );
  const ensureAllTexts = useCallback(() => docs.texts.ensure(), [docs.texts]);
  const { sizes, computing } = useSizes(graph, version, view.sizing, worker, notify);

  // ---------------------------------------------------------------- documents in and out
  const { loadFiles } = docs;
  // Overview first at corpus scale: the moment the set grows to many documents, the overview is shown, not a
  // disc of thousands of nodes (the graph is one click away).
  const documentCount = documents.length;
  const [lastCount, setLastCount] = useState(documentCount);
  if (documentCount !== lastCount) {
    setLastCount(documentCount);
    if (documentCount >= OVERVIEW_FROM && lastCount < OVERVIEW_FROM) setTab('overview');
  }
  const openDocuments = useCallback(async () => loadFiles(await host.openDocuments()), [host, loadFiles]);
  const openFolder = useCallback(async () => loadFiles(await host.openFolder()), [host, loadFiles]);
  const removeFromGraph = docs.removeDocuments;
  const removeDocuments = useCallback(async (which: { documentIds?: string[]; paths?: string[]; names?: string[] }, deleted: boolean) => {
    if (await removeFromGraph(which, deleted)) amend((v) => ({ ...v, selection: v.selection.filter((id) => graph.hasNode(id)) }));
  }, [removeFromGraph, amend, graph]);
  const removeDocument = useCallback((id: string) => void removeDocuments({ documentIds: [id] }, false), [removeDocuments]);
  const closeFile = useCallback((name: string) => void removeDocuments({ names: [name] }, false), [removeDocuments]);
  const closeAllDocuments = docs.closeAll;
  const closeAll = useCallback(async () => {
    if (await closeAllDocuments()) commit((v) => ({ ...v, selection: [], focus: null, expanded: [], collapsed: [], pinned: [], positions: {} }));
  }, [closeAllDocuments, commit]);
  useWatchedDocuments(host, loadFiles, removeDocuments);
  const dragging = useFileDrop((files) => void loadFiles(files));

  // ---------------------------------------------------------------- selection and view steps
  const selected = view.selection[0] ?? null;
  const select = useCallback((id: string | null) => {
    setMenu(null);
    amend((v) => ({ ...v, selection: id ? [id] : [] }));
  }, [amend]);
  const choose = useCallback((id: string) => {
    // Make sure the chosen node is on screen even if filters hid it.
    pushWith((v) => {
      const vis = computeVisibility(graph, v);
      const expanded = vis.visible && !vis.visible.has(id) ? [...v.expanded, id] : v.expanded;
      return { ...v, selection: [id], expanded };
    });
    setTab('graph');
    // Bring the node and its neighbours into view: what it is connected to is the point of choosing it.
    requestAnimationFrame(() => requestAnimationFrame(() => { if (cy) void centreOn(cy, graph, id); }));
  }, [graph, cy, pushWith]);
  const setFilters = useCallback((filters: Filters) => commit((v) => ({ ...v, filters })), [commit]);
  const setLayout = useCallback((layout: LayoutName) => commit((v) => ({ ...v, layout })), [commit]);
  const onLayoutDone = useCallback((layout: LayoutName, positions: Positions, ms: number) => {
    (timings.current.layouts ??= []).push({ layout, ms: Math.round(ms) });
    amend((v) => ({ ...v, positions: { ...v.positions, [layout]: positions } }));
  }, [amend]);
  const onNodeMoved = useCallback((id: string, position: { x: number; y: number }) => commit((v) => moveNode(v, id, position)), [commit]);
  const closePath = useCallback(() => { setPathOpen(false); setPath(null); }, []);
  const fit = useCallback(() => { if (cy) void fitVisible(cy, true); }, [cy]);
  const zoom = useCallback((factor: number) => { if (cy) void zoomBy(cy, factor); }, [cy]);
  const showAbout = useCallback(async () => setAbout(fmt(t.aboutBody, await host.appInfo())), [host, t]);

  /** Escape steps back out of whatever is open: menu, dialog, path, selection, focus. */
  const escape = () => {
    if (menu) return setMenu(null);
    if (about) return setAbout(null);
    if (workspace.restoreOffer) return;
    if (pathOpen || path) return closePath();
    if (view.selection.length > 0) return select(null);
    if (view.focus || view.expanded.length || view.collapsed.length) commit(clearFocus);
  };

  // ---------------------------------------------------------------- actions: menus, keyboard
  const actionContext = (): ActionContext => ({
    openDocuments: () => void openDocuments(),
    openFolder: () => void openFolder(),
    openWorkspace: () => void workspace.openWorkspace(),
    saveWorkspace: (as) => void workspace.saveWorkspace(as),
    setLayout,
    setLanguage: (lang) => setPref('language', lang),
    setLabelMode: (mode) => setPref('labelMode', mode),
    setTheme: (theme) => setPref('theme', theme),
    fit,
    zoomBy: zoom,
    undo,
    redo,
    focusSearch: () => { searchRef.current?.focus(); searchRef.current?.select(); },
    showAbout: () => void showAbout(),
    exportCommand: (command) => exportCommand.current?.(command),
  });
  const runCommand = useHostCommands(host, actionContext);
  useKeyboard(actionContext, escape);
  useAppApi(graph, { view, documents, visible: visibility.visible, cy, command: runCommand, removeDocuments }, applyView, timings);

  const onRendered = useCallback((info: { layoutMs: number; renderMs: number }) => {
    timings.current.interactive = performance.now();
    timings.current.layoutMs = info.layoutMs;
    timings.current.renderMs = info.renderMs;
    document.body.dataset.ready = 'true';
  }, []);

  // the canvas by keyboard: arrows between neighbours, Enter for Details
  const selectedName = selected && graph.hasNode(selected) ? fullLabel(graph.getNodeAttributes(selected), view.labelMode) : null;
  useGraphKeyboard(cy, selected, selectedName ? `${t.canvas}: ${selectedName}` : t.canvas, select, () => document.getElementById('remit-details')?.focus());

  // ---------------------------------------------------------------- render
  const selectedAttrs = selected && graph.hasNode(selected) ? graph.getNodeAttributes(selected) : null;
  const focusAttrs = view.focus && graph.hasNode(view.focus.node) ? graph.getNodeAttributes(view.focus.node) : null;
  const focusLabel = focusAttrs ? fmt(t.focusing, { label: fullLabel(focusAttrs, view.labelMode), depth: view.focus!.depth }) : null;
  const actionsFor = (id: string) =>
    availableActions({ pinned: view.pinned.includes(id), focused: Boolean(view.focus), expanded: view.expanded.includes(id), collapsed: view.collapsed.includes(id) });
  const runNodeAction = (id: string) => (a: Parameters<typeof applyNodeAction>[1]) => commit((v) => applyNodeAction(v, a, id));
  const documentNode = documents.length === 1 ? graph.findNode((_n, a) => a.kind === 'document') : undefined;
  const title = documentNode ? graph.getNodeAttribute(documentNode, 'label') : 'Remit';
  const empty = graph.order === 0 && !docs.busy;

  return (
    <DocumentTextsContext.Provider value={docs.texts}>
    <div className={`app${filtersOpen ? '' : ' no-filters'}`}>
      <SkipLinks t={t} filters={filtersOpen} />
      <Toolbar
        t={t}
        view={view}
        tab={tab}
        canUndo={history.past.length > 0}
        canRedo={history.future.length > 0}
        pathOpen={pathOpen}
        filtersOpen={filtersOpen}
        search={<SearchBox ref={searchRef} graph={graph} version={version} keys={docs.searchKeys} labelMode={view.labelMode} theme={view.theme} t={t} onChoose={choose} />}
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
            beforeExport={ensureAllTexts}
          />
        }
        onOpen={() => void openDocuments()}
        onOpenFolder={() => void openFolder()}
        onOpenWorkspace={() => void workspace.openWorkspace()}
        onSaveWorkspace={() => void workspace.saveWorkspace(false)}
        onTab={setTab}
        onLayout={setLayout}
        onRelayout={() => { dirty.current = true; setLayoutNonce((n) => n + 1); }}
        onLabelMode={(m) => setPref('labelMode', m)}
        onLanguage={(l) => setPref('language', l)}
        onTheme={(th) => setPref('theme', th)}
        onSizing={(s) => commit((v) => ({ ...v, sizing: s }))}
        onUndo={undo}
        onRedo={redo}
        onTogglePath={() => { setPathOpen((o) => !o); if (pathOpen) setPath(null); }}
        onToggleFilters={() => setFiltersOpen((o) => !o)}
        onAbout={() => void showAbout()}
      />
      <main className="workspace">
        {filtersOpen && (
          <nav className="side filters-side" aria-label={t.filters}>
            <h2 className="side-title" id="remit-filters" tabIndex={-1}>{t.filters}</h2>
            <DocumentSetBar graph={graph} version={version} busy={docs.busy} t={t} onCloseAll={closeAll} onClose={removeDocument} />
            <FilterPanel graph={graph} version={version} filters={view.filters} kindCounts={visibility.kindCounts} labelMode={view.labelMode} theme={view.theme} t={t} onChange={setFilters} />
          </nav>
        )}
        <section className="stage" aria-label={t.view} id="remit-graph" tabIndex={-1}>
          <div className="canvas-wrap" hidden={tab !== 'graph'}>
            <GraphView
              key={docs.perfMode ? 'perf' : 'normal'}
              graph={graph}
              version={version}
              labelMode={view.labelMode}
              theme={view.theme}
              layout={view.layout}
              layoutNonce={layoutNonce}
              positions={view.positions[view.layout]}
              pinned={view.pinned}
              visible={visibility.visible}
              hiddenEdges={visibility.hiddenEdges}
              sizes={sizes}
              selection={view.selection}
              dimUnrelated={!view.focus}
              path={path}
              seedPositions={docs.seedPositions}
              holdSync={docs.awaitingPlacement}
              performanceMode={docs.perfMode}
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
                onAction={runNodeAction(selected)}
              />
            )}
            {!selectedAttrs && (view.focus || view.expanded.length > 0 || view.collapsed.length > 0) && (
              <div className="node-actions" role="toolbar" aria-label={t.focus}>
                <span className="node-actions-title">{focusLabel ?? t.focus}</span>
                <button type="button" className="btn small" onClick={() => commit(clearFocus)}>{t.clearFocus}</button>
              </div>
            )}
            {menu && <ContextMenu x={menu.x} y={menu.y} actions={actionsFor(menu.id)} t={t} onAction={runNodeAction(menu.id)} onClose={() => setMenu(null)} />}
            <Legend theme={view.theme} t={t} />
            <ZoomControls t={t} pinned={view.pinned.length > 0} onZoom={zoom} onFit={fit} onUnpinAll={() => commit((v) => ({ ...v, pinned: [] }))} />
            {empty && <EmptyState t={t} onOpen={() => void openDocuments()} />}
            {!empty && graph.order > 0 && visibility.nodeCount === 0 && <FilteredOut t={t} />}
          </div>
          {tab === 'overview' && (
            <div className="overview-wrap">
              <OverviewView graph={graph} version={version} filters={view.filters} t={t} onOpen={choose} />
            </div>
          )}
          {tab === 'matrix' && (
            <div className="matrix-wrap">
              <MatrixView graph={graph} nodeIds={visibility.visible} roles={view.filters.roles} lang={view.language} labelMode={view.labelMode} onSelect={choose} version={version} />
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
                onClose={closePath}
              />
            </div>
          )}
          <Notices notices={notices} t={t} onDismiss={dismiss} />
        </section>
        <aside className="side details-side" aria-label="Details" id="remit-details" tabIndex={-1}>
          <DetailsPanel graph={graph} nodeId={selected} lang={view.language} labelMode={view.labelMode} onSelect={choose} onRemoveDocument={BENCH ? undefined : removeDocument} onCloseFile={BENCH ? undefined : closeFile} version={version} />
        </aside>
      </main>
      <StatusLine graph={graph} version={version} nodes={visibility.nodeCount} edges={visibility.edgeCount} busy={docs.busy} computing={computing} focusLabel={focusLabel} progress={docs.progress} onCancel={docs.cancelLoading} t={t} reading={docs.reading} onCancelReading={docs.cancelLoading} />
      {dragging && <div className="drop-overlay" aria-hidden="true"><p>{t.dropHere}</p></div>}
      {workspace.restoreOffer && <RestoreDialog t={t} onAnswer={workspace.takeOffer} />}
      {about && <AboutDialog t={t} text={about} onClose={() => setAbout(null)} />}
    </div>
    </DocumentTextsContext.Provider>
  );
}
