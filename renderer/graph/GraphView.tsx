/**
 * The canvas. Owns the Cytoscape instance and keeps it in step with the graph and the view state; every change
 * to Cytoscape goes through one serial queue (use-serial-queue.ts) so that chunked loads, layouts and visibility
 * never interleave. Layouts are computed and applied by renderer/layout/place.ts, the viewport moves through
 * viewport.ts, the pointer is bound in interactions.ts, and labels and the selected or hovered neighbourhood are
 * drawn over the canvas by overlay.ts.
 */
import { useCallback, useEffect, useRef } from 'react';
import cytoscape, { type Core } from 'cytoscape';
import type { RemitGraph } from '../../core/graph/types';
import type { LabelMode, LayoutName, Positions, Theme } from '../state/view';
import type { WorkerClient } from '../worker/client';
import { ANIMATED_NODES, applyPreset, applyStored, readPositions, runLayout as placeNodes } from '../layout/place';
import { applyHiddenEdges, applyLabels, applySizes, applyVisibility, syncElements, visibilityInSlices } from './adapter';
import { canDrawNodes, drawNodesDirectly } from './cytoscape-internals';
import { EdgeLayer } from './edge-layer';
import { bindInteractions, highlightOf, markPinned, veilOf } from './interactions';
import { GraphOverlay } from './overlay';
import { onSearchHits } from './search-hits';
import { useSerialQueue } from './use-serial-queue';
import { cyStyle } from './style';
import { centringHolds, FIT_PENDING, fitUnlessCentred, fitVisible, frameElements, framePositions, keepCentred, releaseCentringOnGesture } from './viewport';

export interface GraphViewProps {
  graph: RemitGraph;
  version: number;
  labelMode: LabelMode;
  theme: Theme;
  layout: LayoutName;
  /** increments when the user asks to re-run the layout */
  layoutNonce: number;
  positions: Positions | undefined;
  pinned: readonly string[];
  visible: ReadonlySet<string> | null;
  /** edges hidden although both ends show (roles filtered out) */
  hiddenEdges?: ReadonlySet<string> | null;
  sizes: Record<string, number>;
  selection: readonly string[];
  /** dim what is not next to the selection (off while a focus already narrows the view) */
  dimUnrelated: boolean;
  path: { nodes: string[]; edges: string[] } | null;
  /** positions computed elsewhere (the worker, for big graphs) for nodes that have none yet */
  seedPositions?: Positions;
  /** the graph changed but its first placement is still being computed: wait rather than draw a jumble */
  holdSync: boolean;
  performanceMode: boolean;
  worker: WorkerClient;
  ariaLabel: string;
  onReady(cy: Core | null): void;
  onSelect(id: string | null): void;
  onLayoutDone(layout: LayoutName, positions: Positions, ms: number): void;
  onNodeMoved(id: string, position: { x: number; y: number }): void;
  onContextMenu(id: string, x: number, y: number): void;
  onRendered(info: { layoutMs: number; renderMs: number }): void;
}

export function GraphView(props: GraphViewProps) {
  const container = useRef<HTMLDivElement>(null);
  /** the element that carries the canvas's name and state attributes: Cytoscape's own container must not (below) */
  const frame = useRef<HTMLDivElement>(null);
  /** huge graphs: where the edge layer's canvases go, under Cytoscape's */
  const layerHost = useRef<HTMLDivElement>(null);
  const edgeLayer = useRef<EdgeLayer | null>(null);
  /** labels and the focus (selection, hover), drawn over Cytoscape's canvas: overlay.ts */
  const overlayHost = useRef<HTMLDivElement>(null);
  const overlay = useRef<GraphOverlay | null>(null);
  const cyRef = useRef<Core | null>(null);
  const latest = useRef(props);
  latest.current = props;
  /** positions object last applied or reported, so that our own reports are not re-applied */
  const appliedPositions = useRef<Positions | undefined>(undefined);
  const syncedVersion = useRef(-1);
  const firstRender = useRef(true);
  const layoutMsRef = useRef(0);

  // Whatever a queued change did (positions, visibility, labels), the overlay reads it again afterwards.
  const reread = useCallback(() => overlay.current?.invalidate(), []);
  const enqueue = useSerialQueue(cyRef, frame, reread);

  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style: cyStyle(latest.current.theme, props.performanceMode),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      // The selection is Remit's view state, drawn by the overlay: Cytoscape selecting a node would restyle it and
      // redraw every node.
      autounselectify: true,
      textureOnViewport: props.performanceMode,
      hideEdgesOnViewport: props.performanceMode,
      hideLabelsOnViewport: props.performanceMode,
      pixelRatio: props.performanceMode ? 1 : 'auto',
      motionBlur: false,
    });
    cyRef.current = cy;
    const direct = props.performanceMode && drawNodesDirectly(cy);
    const layer = props.performanceMode && layerHost.current ? new EdgeLayer(cy, layerHost.current, latest.current.theme) : null;
    edgeLayer.current = layer;
    const over = new GraphOverlay(cy, overlayHost.current!, latest.current.theme, frame.current);
    overlay.current = over;
    // Which Cytoscape internals hooks are in effect (tests check them after an upgrade: cytoscape-internals.ts).
    const hooks = [direct && 'direct-draw', layer?.inPictures && 'pictures', over.inPictures && 'labels-in-pictures', canDrawNodes(cy) && 'node-painter'];
    frame.current?.setAttribute('data-cy-hooks', hooks.filter(Boolean).join(' '));
    const unbind = bindInteractions(cy, container.current, over, () => latest.current, props.performanceMode);
    releaseCentringOnGesture(cy);
    const unsubscribe = onSearchHits((hits) => over.setEmphasis({ hits }));
    latest.current.onReady(cy);
    return () => {
      unbind();
      unsubscribe();
      over.destroy();
      overlay.current = null;
      latest.current.onReady(null);
      cyRef.current = null;
      layer?.destroy();
      edgeLayer.current = null;
      cy.destroy();
    };
    // The renderer options are fixed for the instance's life; the parent remounts on a mode change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A layout run while the canvas was hidden (the Overview or Matrix tab) could not fit: fit when it shows again. A node
  // centred stays centred when the canvas settles its size (viewport.ts, keepCentred).
  useEffect(() => {
    const el = frame.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const shown = cyRef.current;
      if (el.clientWidth === 0 || el.clientHeight === 0 || !shown || !(shown.scratch(FIT_PENDING) || centringHolds(shown))) return;
      enqueue(async (cy) => {
        cy.resize();
        // a node centred since (the Overview's "Open in the graph") has taken the pending fit's place
        if (cy.scratch(FIT_PENDING)) await fitVisible(cy, false);
        else keepCentred(cy);
      });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [enqueue]);

  useEffect(() => {
    cyRef.current?.style(cyStyle(props.theme, latest.current.performanceMode));
    edgeLayer.current?.setTheme(props.theme);
    overlay.current?.setTheme(props.theme);
  }, [props.theme]);

  /**
   * Runs the current layout on the visible nodes, reports the result and fits the view to it; `background`: the layout
   * of a graph change, which leaves a node centred since in the centre (viewport.ts, fitUnlessCentred).
   */
  const runLayout = async (cy: Core, background = false): Promise<void> => {
    const p = latest.current;
    const started = performance.now();
    const animate = !firstRender.current;
    const positions = await placeNodes(cy, p, edgeLayer.current, animate);
    appliedPositions.current = positions;
    const layoutMs = performance.now() - started;
    latest.current.onLayoutDone(p.layout, positions, layoutMs);
    const glide = animate && cy.nodes().filter((n) => !n.hasClass('hidden')).length < ANIMATED_NODES;
    await (background ? fitUnlessCentred(cy, glide) : fitVisible(cy, glide));
    layoutMsRef.current = layoutMs;
  };

  // Graph changes: sync elements, then apply the view and lay out what is new.
  useEffect(() => {
    if (props.holdSync) return;
    enqueue(async (cy) => {
      if (syncedVersion.current === props.version) return;
      const started = performance.now();
      const p = latest.current;
      let framed = false;
      const positions = { ...p.seedPositions, ...p.positions };
      // A huge graph's first load is framed from its positions before any node is in, so that its nodes can be
      // shown as they arrive, each frame in the final view.
      const reveal = firstRender.current && edgeLayer.current !== null && cy.nodes().empty() && framePositions(cy, p.graph, positions, p.sizes);
      if (reveal) framed = true;
      const result = await syncElements(cy, p.graph, {
        labelMode: p.labelMode,
        sizes: p.sizes,
        positions,
        edges: edgeLayer.current === null,
        revealNodes: reveal,
        // A first big load is framed as soon as its nodes are in, so the edges are revealed in the final view.
        onNodes: firstRender.current && !framed ? () => { framed = true; void fitUnlessCentred(cy, false); } : undefined,
      });
      syncedVersion.current = props.version;
      markPinned(cy, p.pinned);
      applyVisibility(cy, p.visible);
      applyHiddenEdges(cy, p.hiddenEdges);
      edgeLayer.current?.setGraph(p.graph, p.hiddenEdges);
      overlay.current?.setGraph(p.graph, p.hiddenEdges);
      const stored = p.positions;
      const arranged = p.layout === 'tree' || p.layout === 'responsibility';
      const unplaced = result.added.filter((id) => !stored?.[id] && !p.seedPositions?.[id]);
      if (stored) applyStored(cy, stored);
      if (p.graph.order > 0 && (arranged || unplaced.length > 0 || (!stored && p.layout !== 'force'))) {
        // New nodes among placed ones: refine from where they are instead of reshuffling the analyst's picture.
        await runLayout(cy, true);
      } else {
        const positions = readPositions(cy);
        appliedPositions.current = positions;
        latest.current.onLayoutDone(p.layout, positions, 0);
        // Already framed before the edges arrived: fitting again would only cost another full redraw.
        if (!framed) void fitUnlessCentred(cy, false);
      }
      const renderMs = performance.now() - started;
      if (firstRender.current && p.graph.order > 0) {
        firstRender.current = false;
        // On screen means with its edges: the edge layer draws them in short tasks after the nodes.
        const drawn = edgeLayer.current?.whenDrawn() ?? Promise.resolve();
        void drawn.then(() => requestAnimationFrame(() => requestAnimationFrame(() => latest.current.onRendered({ layoutMs: layoutMsRef.current, renderMs }))));
      }
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.version, props.holdSync]);

  useEffect(() => {
    enqueue((cy) => applyLabels(cy, latest.current.graph, latest.current.labelMode));
  }, [enqueue, props.labelMode]);

  useEffect(() => {
    enqueue((cy) => applySizes(cy, latest.current.sizes));
  }, [enqueue, props.sizes]);

  // Visibility (filters, focus): arranged layouts are recomputed, free ones keep their places and re-fit.
  const firstVisibility = useRef(true);
  useEffect(() => {
    if (firstVisibility.current) {
      firstVisibility.current = false;
      return;
    }
    enqueue(async (cy) => {
      if (syncedVersion.current !== latest.current.version) return;
      const layer = edgeLayer.current;
      if (layer) {
        layer.hold();
        try {
          await visibilityInSlices(cy, latest.current.visible);
        } finally {
          layer.release();
        }
      } else applyVisibility(cy, latest.current.visible);
      if (latest.current.layout === 'tree' || latest.current.layout === 'responsibility') await runLayout(cy);
      else await fitVisible(cy, cy.nodes().length < ANIMATED_NODES);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.visible]);

  useEffect(() => {
    enqueue((cy) => {
      if (syncedVersion.current !== latest.current.version) return;
      applyHiddenEdges(cy, latest.current.hiddenEdges);
      edgeLayer.current?.setGraph(latest.current.graph, latest.current.hiddenEdges);
      overlay.current?.setHiddenEdges(latest.current.hiddenEdges);
    });
  }, [enqueue, props.hiddenEdges]);

  // Layout switch or explicit re-run.
  const firstLayout = useRef(true);
  useEffect(() => {
    if (firstLayout.current) {
      firstLayout.current = false;
      return;
    }
    enqueue(async (cy) => {
      if (syncedVersion.current !== latest.current.version || latest.current.graph.order === 0) return;
      await runLayout(cy);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.layout, props.layoutNonce]);

  // Positions restored from history or a workspace.
  useEffect(() => {
    const stored = props.positions;
    if (!stored || stored === appliedPositions.current) return;
    enqueue(async (cy) => {
      if (syncedVersion.current !== latest.current.version) return;
      appliedPositions.current = stored;
      await applyPreset(cy, stored, cy.nodes().length < ANIMATED_NODES, edgeLayer.current);
    });
  }, [enqueue, props.positions]);

  useEffect(() => {
    enqueue((cy) => markPinned(cy, latest.current.pinned));
  }, [enqueue, props.pinned]);

  // Selection: the node and its neighbours stand out over a veil (overlay.ts); nothing in Cytoscape is restyled, so
  // it is drawn at once rather than queued behind a layout.
  useEffect(() => {
    const o = overlay.current;
    if (!o) return;
    const p = latest.current;
    o.setEmphasis({ selected: p.selection, veil: veilOf(p, o.current.hovered) });
  }, [props.selection, props.version, props.dimUnrelated]);

  useEffect(() => {
    enqueue((cy) => {
      cy.batch(() => {
        cy.elements('.path').removeClass('path');
        if (props.path) {
          for (const id of props.path.nodes) cy.getElementById(id).addClass('path');
          for (const id of props.path.edges) cy.getElementById(id).addClass('path');
        }
      });
      edgeLayer.current?.setHighlight(highlightOf(latest.current));
      if (props.path && props.path.nodes.length > 0) {
        return frameElements(cy, cy.elements('.path'));
      }
    });
  }, [enqueue, props.path]);

  // Cytoscape watches every attribute of its container and answers any change with a resize, that is a full redraw
  // (most of a second on a 25,000-element graph): the changing attributes (data-idle, the label's language) live on
  // a wrapper instead.
  return (
    <div ref={frame} className="cy" role="application" aria-label={props.ariaLabel} data-testid="graph-canvas" data-idle="false">
      {props.performanceMode && <div ref={layerHost} style={{ position: 'absolute', inset: 0, overflow: 'hidden', pointerEvents: 'none' }} />}
      <div ref={container} style={{ position: 'absolute', inset: 0 }} />
      <div ref={overlayHost} style={{ position: 'absolute', inset: 0, overflow: 'hidden', pointerEvents: 'none' }} />
    </div>
  );
}
