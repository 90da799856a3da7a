/**
 * The canvas. Owns the Cytoscape instance and keeps it in step with the graph and the view state; every change
 * to Cytoscape goes through one serial queue so that chunked loads, layouts and visibility never interleave.
 */
import { useCallback, useEffect, useRef } from 'react';
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import type { RemitGraph } from '../../core/graph/types';
import type { LabelMode, LayoutName, Positions, Theme } from '../state/view';
import type { WorkerClient } from '../worker/client';
import { applyLabels, applySizes, applyVisibility, positionInSlices, syncElements, visibilityInSlices } from './adapter';
import { drawNodesDirectly } from './direct-draw';
import { EdgeLayer } from './edge-layer';
import { responsibilityArrangement, treeArrangement, type Arrangement } from '../layout/arrangements';
import { concentricPositions } from '../layout/concentric';
import { cyStyle } from './style';

/** Above this many elements, hover highlighting restyles only the neighbourhood, not the whole graph. */
const FULL_FADE_LIMIT = 4000;

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

const ARRANGED_CLASSES = 'col-left col-right aside label-top';

function readPositions(cy: Core): Positions {
  const out: Positions = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    out[n.id()] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
  });
  return out;
}

export function GraphView(props: GraphViewProps) {
  const container = useRef<HTMLDivElement>(null);
  /** the element that carries the canvas's name and state attributes: Cytoscape's own container must not (below) */
  const frame = useRef<HTMLDivElement>(null);
  /** huge graphs: where the edge layer's canvases go, under Cytoscape's */
  const layerHost = useRef<HTMLDivElement>(null);
  const edgeLayer = useRef<EdgeLayer | null>(null);
  /** the node under the pointer, whose edges the edge layer brings forward */
  const hovered = useRef<string | null>(null);
  const cyRef = useRef<Core | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const latest = useRef(props);
  latest.current = props;
  /** positions object last applied or reported, so that our own reports are not re-applied */
  const appliedPositions = useRef<Positions | undefined>(undefined);
  const syncedVersion = useRef(-1);
  const firstRender = useRef(true);
  const layoutMsRef = useRef(0);

  const pending = useRef(0);
  /** `data-idle` on the canvas tells tests and the benchmark that layouts and their animations have finished. */
  const setIdle = useCallback(() => frame.current?.setAttribute('data-idle', String(pending.current === 0)), []);
  const enqueue = useCallback((task: (cy: Core) => Promise<void> | void) => {
    pending.current++;
    setIdle();
    queue.current = queue.current
      .then(() => (cyRef.current ? task(cyRef.current) : undefined))
      .catch((error: unknown) => console.warn('Remit view update failed:', error))
      .finally(() => {
        pending.current--;
        setIdle();
      });
  }, [setIdle]);

  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style: cyStyle(latest.current.theme, props.performanceMode),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      textureOnViewport: props.performanceMode,
      hideEdgesOnViewport: props.performanceMode,
      hideLabelsOnViewport: props.performanceMode,
      pixelRatio: props.performanceMode ? 1 : 'auto',
      motionBlur: false,
    });
    cyRef.current = cy;
    if (props.performanceMode) drawNodesDirectly(cy);
    const layer = props.performanceMode && layerHost.current ? new EdgeLayer(cy, layerHost.current, latest.current.theme) : null;
    edgeLayer.current = layer;
    const many = () => layer !== null || cy.elements().length > FULL_FADE_LIMIT;
    cy.on('mouseover', 'node', (event) => {
      const node = event.target as NodeSingular;
      // Huge graphs keep their edges out of Cytoscape: the neighbourhood comes from the graph.
      const hood = layer ? neighbourhood(cy, latest.current.graph, node.id()) : node.closedNeighborhood();
      cy.batch(() => {
        if (!many()) cy.elements().difference(hood).addClass('faded');
        hood.addClass('hl');
      });
      if (layer) {
        hovered.current = node.id();
        layer.setHighlight(highlightOf(latest.current, hovered.current));
      }
    });
    const clearHover = () => {
      cy.batch(() => {
        cy.elements('.faded').removeClass('faded');
        cy.elements('.hl').removeClass('hl');
      });
      if (layer && hovered.current !== null) {
        hovered.current = null;
        layer.setHighlight(highlightOf(latest.current, null));
      }
    };
    cy.on('mouseout', 'node', clearHover);
    // Leaving the canvas straight from a node sends no mouseout: without this the highlight would stick.
    const host = container.current;
    host?.addEventListener('mouseleave', clearHover);
    cy.on('tap', (event) => {
      if (event.target === cy) latest.current.onSelect(null);
      else if ((event.target as NodeSingular).isNode?.()) latest.current.onSelect((event.target as NodeSingular).id());
    });
    cy.on('cxttap', 'node', (event) => {
      const p = event.renderedPosition ?? (event.target as NodeSingular).renderedPosition();
      latest.current.onContextMenu((event.target as NodeSingular).id(), p.x, p.y);
    });
    cy.on('dragfree', 'node', (event) => {
      const n = event.target as NodeSingular;
      latest.current.onNodeMoved(n.id(), { ...n.position() });
    });
    latest.current.onReady(cy);
    return () => {
      host?.removeEventListener('mouseleave', clearHover);
      latest.current.onReady(null);
      cyRef.current = null;
      layer?.destroy();
      edgeLayer.current = null;
      cy.destroy();
    };
    // The renderer options are fixed for the instance's life; the parent remounts on a mode change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    cyRef.current?.style(cyStyle(props.theme, latest.current.performanceMode));
    edgeLayer.current?.setTheme(props.theme);
  }, [props.theme]);

  /** Runs the current layout on the visible nodes and reports the result. */
  const runLayout = async (cy: Core, randomize: boolean): Promise<void> => {
    const p = latest.current;
    const started = performance.now();
    const visibleNodes = cy.nodes().filter((n) => !n.hasClass('hidden'));
    const pinned = new Set(p.pinned);
    const pinnedPositions: Positions = {};
    visibleNodes.forEach((n) => {
      if (pinned.has(n.id())) pinnedPositions[n.id()] = { ...n.position() };
    });
    const small = visibleNodes.length < 400;
    if (!p.performanceMode) cy.batch(() => cy.elements().removeClass(ARRANGED_CLASSES));
    if (p.layout === 'tree' || p.layout === 'responsibility') {
      const aspect = cy.width() / Math.max(1, cy.height() - LEGEND_CLEARANCE);
      const arrangement: Arrangement = p.layout === 'tree' ? treeArrangement(p.graph, p.visible, aspect) : responsibilityArrangement(p.graph, p.visible);
      // Label placement and set-aside styling restyle every element: skipped on huge graphs, whose labels are off.
      if (!p.performanceMode) {
        cy.batch(() => {
          for (const [id, cls] of Object.entries(arrangement.classes)) if (cls) cy.getElementById(id).addClass(cls);
          // Lines to set-aside nodes recede with them, so the columns read cleanly.
          cy.nodes('.aside').connectedEdges().addClass('aside');
        });
      }
      await applyPreset(cy, { ...arrangement.positions, ...pinnedPositions }, small, edgeLayer.current);
    } else if (p.layout === 'force') {
      // Physics runs in the worker (fcose, or ForceAtlas2 for big graphs): the page only animates to the result.
      const ids = p.visible ? visibleNodes.map((n) => n.id()) : null;
      const positions = await p.worker.forceLayout(ids, pinnedPositions);
      await applyPreset(cy, positions, small && !firstRender.current, edgeLayer.current);
    } else if (visibleNodes.length > 0 && edgeLayer.current) {
      // Huge graphs: the same rings computed from the graph's degrees, applied in slices (see concentric.ts).
      let maxDegree = 0;
      const nodes = visibleNodes.map((n) => {
        const value = p.graph.hasNode(n.id()) ? p.graph.degree(n.id()) : 0;
        maxDegree = Math.max(maxDegree, value);
        return { id: n.id(), value, size: p.sizes[n.id()] ?? 20 };
      });
      const rings = concentricPositions(nodes, Math.max(1, maxDegree / 6));
      await applyPreset(cy, { ...rings, ...pinnedPositions }, false, edgeLayer.current);
    } else if (visibleNodes.length > 0) {
      const eles = visibleNodes.union(visibleNodes.connectedEdges());
      const degree = (n: NodeSingular) => n.degree(false);
      let maxDegree = 0;
      visibleNodes.forEach((n) => { maxDegree = Math.max(maxDegree, degree(n)); });
      const options = {
        name: 'concentric',
        animate: false,
        fit: false,
        padding: 40,
        minNodeSpacing: 14,
        avoidOverlap: true,
        concentric: degree,
        levelWidth: () => Math.max(1, maxDegree / 6),
      };
      // Run without animation, then animate to the result, so that the fit that follows knows where nodes end up.
      const before = small && !firstRender.current ? readPositions(cy) : null;
      await new Promise<void>((resolve) => {
        const layout = eles.layout(options as cytoscape.LayoutOptions);
        layout.one('layoutstop', () => resolve());
        layout.run();
      });
      if (before) {
        const after = readPositions(cy);
        applyStored(cy, before);
        await applyPreset(cy, after, true);
      }
      if (p.layout === 'concentric' && Object.keys(pinnedPositions).length > 0) {
        cy.batch(() => Object.entries(pinnedPositions).forEach(([id, pos]) => cy.getElementById(id).position(pos)));
      }
    }
    const positions = readPositions(cy);
    appliedPositions.current = positions;
    const layoutMs = performance.now() - started;
    latest.current.onLayoutDone(p.layout, positions, layoutMs);
    await fitVisible(cy, small && !firstRender.current);
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
        onNodes: firstRender.current && !framed ? () => { framed = true; void fitVisible(cy, false); } : undefined,
      });
      syncedVersion.current = props.version;
      markPinned(cy, p.pinned);
      applyVisibility(cy, p.visible);
      edgeLayer.current?.setGraph(p.graph);
      const stored = p.positions;
      const arranged = p.layout === 'tree' || p.layout === 'responsibility';
      const unplaced = result.added.filter((id) => !stored?.[id] && !p.seedPositions?.[id]);
      if (stored) applyStored(cy, stored);
      if (p.graph.order > 0 && (arranged || unplaced.length > 0 || (!stored && p.layout !== 'force'))) {
        // New nodes among placed ones: refine from where they are instead of reshuffling the analyst's picture.
        await runLayout(cy, !stored && unplaced.length === result.added.length && cy.nodes().length === result.added.length);
      } else {
        const positions = readPositions(cy);
        appliedPositions.current = positions;
        latest.current.onLayoutDone(p.layout, positions, 0);
        // Already framed before the edges arrived: fitting again would only cost another full redraw.
        if (!framed) void fitVisible(cy, false);
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
      if (latest.current.layout === 'tree' || latest.current.layout === 'responsibility') await runLayout(cy, false);
      else await fitVisible(cy, cy.nodes().length < 400);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.visible]);

  // Layout switch or explicit re-run.
  const firstLayout = useRef(true);
  useEffect(() => {
    if (firstLayout.current) {
      firstLayout.current = false;
      return;
    }
    enqueue(async (cy) => {
      if (syncedVersion.current !== latest.current.version || latest.current.graph.order === 0) return;
      await runLayout(cy, true);
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
      await applyPreset(cy, stored, cy.nodes().length < 400, edgeLayer.current);
    });
  }, [enqueue, props.positions]);

  useEffect(() => {
    enqueue((cy) => markPinned(cy, latest.current.pinned));
  }, [enqueue, props.pinned]);

  // Selection: the node and its neighbours stay bright, the rest recedes (not on huge graphs: too many restyles).
  useEffect(() => {
    enqueue((cy) => {
      cy.batch(() => {
        cy.$(':selected').unselect();
        cy.elements('.dim').removeClass('dim');
        const ids = latest.current.selection.filter((id) => cy.getElementById(id).nonempty());
        for (const id of ids) cy.getElementById(id).select();
        if (ids.length > 0 && latest.current.dimUnrelated && !edgeLayer.current && cy.elements().length <= FULL_FADE_LIMIT) {
          let keep = cy.collection();
          for (const id of ids) keep = keep.union(cy.getElementById(id).closedNeighborhood());
          cy.elements().difference(keep).addClass('dim');
        }
      });
      edgeLayer.current?.setHighlight(highlightOf(latest.current, hovered.current));
    });
  }, [enqueue, props.selection, props.version, props.dimUnrelated]);

  useEffect(() => {
    enqueue((cy) => {
      cy.batch(() => {
        cy.elements('.path').removeClass('path');
        if (props.path) {
          for (const id of props.path.nodes) cy.getElementById(id).addClass('path');
          for (const id of props.path.edges) cy.getElementById(id).addClass('path');
        }
      });
      edgeLayer.current?.setHighlight(highlightOf(latest.current, hovered.current));
      if (props.path && props.path.nodes.length > 0) {
        const bb = cy.elements('.path').boundingBox({ includeLabels: false });
        const zoom = Math.min(1.25, (cy.width() - 200) / Math.max(bb.w, 1), (cy.height() - 240) / Math.max(bb.h, 1));
        return moveViewport(cy, { zoom, pan: { x: cy.width() / 2 - zoom * (bb.x1 + bb.w / 2), y: (cy.height() - LEGEND_CLEARANCE) / 2 - zoom * (bb.y1 + bb.h / 2) } }, 350);
      }
    });
  }, [enqueue, props.path]);

  // Cytoscape watches every attribute of its container and answers any change with a resize, that is a full redraw
  // (most of a second on a 25,000-element graph): the changing attributes (data-idle, the label's language) live on
  // a wrapper instead.
  return (
    <div ref={frame} className="cy" role="img" aria-label={props.ariaLabel} data-testid="graph-canvas" data-idle="false">
      {props.performanceMode && <div ref={layerHost} style={{ position: 'absolute', inset: 0, overflow: 'hidden', pointerEvents: 'none' }} />}
      <div ref={container} style={{ position: 'absolute', inset: 0 }} />
    </div>
  );
}

/** A node and its neighbours in the graph, as Cytoscape nodes. */
function neighbourhood(cy: Core, graph: RemitGraph, id: string): cytoscape.NodeCollection {
  if (!graph.hasNode(id)) return cy.getElementById(id) as unknown as cytoscape.NodeCollection;
  const near = new Set(graph.neighbors(id));
  near.add(id);
  return cy.nodes().filter((n) => near.has(n.id()));
}

/** What the edge layer brings forward: the edges of the hovered and selected nodes, and the path's. */
function highlightOf(p: GraphViewProps, hovered: string | null): { nodes: string[]; pathEdges: string[] } {
  return { nodes: hovered ? [hovered, ...p.selection] : [...p.selection], pathEdges: p.path?.edges ?? [] };
}

function markPinned(cy: Core, pinned: readonly string[]): void {
  const set = new Set(pinned);
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const on = set.has(n.id());
      if (on !== n.hasClass('pinned')) n.toggleClass('pinned', on);
    });
  });
}

function applyStored(cy: Core, positions: Positions): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const p = positions[n.id()];
      if (p) n.position(p);
    });
  });
}

/** Honour the system's reduced-motion setting: nodes and the viewport jump instead of gliding. */
const reducedMotion = (): boolean => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Beyond this many nodes a layout's result is applied in slices, so that no task holds the page for long. */
const SLICED_MOVES = 2000;

async function applyPreset(cy: Core, positions: Positions, animate: boolean, layer?: EdgeLayer | null): Promise<void> {
  if (!animate || reducedMotion()) {
    if (cy.nodes().length <= SLICED_MOVES) {
      applyStored(cy, positions);
      return;
    }
    layer?.hold();
    try {
      await positionInSlices(cy, positions);
    } finally {
      layer?.release();
    }
    return;
  }
  const done: Promise<unknown>[] = [];
  cy.nodes().forEach((n) => {
    const p = positions[n.id()];
    if (!p) return;
    const q = n.position();
    if (Math.abs(p.x - q.x) < 0.5 && Math.abs(p.y - q.y) < 0.5) return;
    if (n.hasClass('hidden')) {
      n.position(p);
      return;
    }
    const animation = n.animation({ position: p, duration: 420, easing: 'ease-in-out-cubic' } as cytoscape.AnimationOptions as never);
    animation.play();
    done.push(animation.promise('completed'));
  });
  await Promise.all(done);
}

/** Space kept free for the legend along the bottom of the canvas, in screen pixels. */
const LEGEND_CLEARANCE = 84;

/**
 * Fits the visible nodes (those set aside by an arranged layout stay reachable by panning but do not shrink the
 * picture). Labels are left out of the box: labels hidden at the overview zoom must not push the zoom further out.
 */
export function fitVisible(cy: Core, animate: boolean): Promise<void> {
  // Filters by function: selector filters build a collection per test, which shows on 5,000 nodes.
  let eles = cy.nodes().filter((n) => !n.hasClass('hidden'));
  const main = eles.filter((n) => !n.hasClass('aside'));
  if (main.nonempty()) eles = main;
  if (eles.empty()) return Promise.resolve();
  // Arranged layouts (columns) show their labels at the overview zoom, so those labels must fit too.
  const arranged = eles.length < 2000 && eles.filter('.col-left, .col-right').nonempty();
  const bb = arranged ? eles.boundingBox({ includeLabels: true }) : positionBox(eles);
  return fitBox(cy, bb, animate);
}

/** Frames a graph from positions not yet given to Cytoscape; false when there are none for every node. */
function framePositions(cy: Core, graph: RemitGraph, positions: Positions, sizes: Record<string, number>): boolean {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  let all = true;
  graph.forEachNode((id) => {
    const p = positions[id];
    if (!p) {
      all = false;
      return;
    }
    const r = (sizes[id] ?? 20) / 2;
    x1 = Math.min(x1, p.x - r);
    y1 = Math.min(y1, p.y - r);
    x2 = Math.max(x2, p.x + r);
    y2 = Math.max(y2, p.y + r);
  });
  if (!all || graph.order === 0) return false;
  void fitBox(cy, { x1, y1, w: x2 - x1, h: y2 - y1 }, false);
  return true;
}

function fitBox(cy: Core, bb: { x1: number; y1: number; w: number; h: number }, animate: boolean): Promise<void> {
  const pad = 56;
  const w = Math.max(1, cy.width() - 2 * pad);
  const h = Math.max(1, cy.height() - 2 * pad - LEGEND_CLEARANCE);
  // Never zoom in so far that a handful of nodes look like a poster.
  const zoom = Math.max(cy.minZoom(), Math.min(1.6, w / Math.max(bb.w, 1), h / Math.max(bb.h, 1)));
  const pan = { x: cy.width() / 2 - zoom * (bb.x1 + bb.w / 2), y: (cy.height() - LEGEND_CLEARANCE) / 2 - zoom * (bb.y1 + bb.h / 2) };
  return moveViewport(cy, { zoom, pan }, animate ? 350 : 0);
}

/** Box of node centres ± half their size: much cheaper than Cytoscape's bounding boxes on big graphs. */
function positionBox(nodes: cytoscape.NodeCollection): { x1: number; y1: number; w: number; h: number } {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  nodes.forEach((n) => {
    const p = n.position();
    const r = (Number(n.data('size')) || 20) / 2;
    if (p.x - r < x1) x1 = p.x - r;
    if (p.y - r < y1) y1 = p.y - r;
    if (p.x + r > x2) x2 = p.x + r;
    if (p.y + r > y2) y2 = p.y + r;
  });
  return { x1, y1, w: x2 - x1, h: y2 - y1 };
}

/**
 * The one way the viewport moves: any running viewport animation is stopped first, so that a later request (a fit
 * after a focus) always wins over an earlier one still in flight (centring on a search result).
 */
export function moveViewport(cy: Core, target: { zoom: number; pan: { x: number; y: number } }, duration: number): Promise<void> {
  cy.stop(true, false);
  if (duration <= 0 || reducedMotion()) {
    cy.viewport(target);
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    cy.animate({ ...target, duration, easing: 'ease-in-out-cubic', complete: () => resolve() } as cytoscape.AnimateOptions);
    // A stopped animation never completes: do not leave the queue waiting for it.
    setTimeout(resolve, duration + 100);
  });
}
