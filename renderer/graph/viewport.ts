/**
 * The viewport: fitting, framing, zooming and centring. Every move goes through `moveViewport`, so that a later
 * request always wins over an earlier one still in flight.
 */
import type cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import type { RemitGraph } from '../../core/graph/types';
import type { Positions } from '../state/view';

export /** Space kept free for the legend along the bottom of the canvas, in screen pixels. */
const LEGEND_CLEARANCE = 84;

export /** Honour the system's reduced-motion setting: nodes and the viewport jump instead of gliding. */
const reducedMotion = (): boolean => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Set on a Cytoscape instance whose fit was asked while its canvas was hidden (another tab): done when it shows. */
export const FIT_PENDING = 'remitFitPending';
/**
 * The node last centred and the zoom it was centred at. The canvas may settle its size after the centring was asked
 * (the Graph tab shown from the Overview, a panel opening beside it, the window resized), even while the centring
 * still glides: the node stays centred through any such resize until the view moves otherwise — another move of
 * this module, or the user dragging or zooming. Not a time limit: a busy machine may settle the size late.
 */
const CENTRED_ON = 'remitCentredOn';
type Centred = { id: string; zoom: number };
const centred = (cy: Core): Centred | undefined => cy.scratch(CENTRED_ON) as Centred | undefined;
export const centringHolds = (cy: Core): boolean => centred(cy) !== undefined;

/** The user dragging or zooming the view ends the hold of `centreOn`. Bound once per instance. */
export function releaseCentringOnGesture(cy: Core): void {
  cy.on('dragpan scrollzoom pinchzoom', () => cy.removeScratch(CENTRED_ON));
}

/** After the canvas's size changed: the held node back in the centre, at once (a glide in flight would undo a pan). */
export function keepCentred(cy: Core): void {
  const held = centred(cy);
  const node = held && cy.getElementById(held.id);
  // a hidden canvas has no size: centred when it shows (the resize observer)
  if (!held || !node || node.empty() || cy.width() === 0 || cy.height() === 0) return;
  cy.stop(true, false);
  cy.viewport({ zoom: held.zoom, pan: centredPan(cy, held.zoom, node.position()) });
}

/** The pan that puts a model point at the canvas's centre, a little above it to clear the legend. */
const centredPan = (cy: Core, zoom: number, p: { x: number; y: number }) => ({ x: cy.width() / 2 - zoom * p.x, y: (cy.height() - 60) / 2 - zoom * p.y });

/**
 * The fit that follows work the user did not ask for just then (the layout of documents opened earlier, finishing on a
 * slow machine after a node was centred): the centred node stays in the centre, where the layout has put it, instead.
 */
export function fitUnlessCentred(cy: Core, animate: boolean): Promise<void> {
  if (!centringHolds(cy)) return fitVisible(cy, animate);
  keepCentred(cy);
  return Promise.resolve();
}

/** Room kept beside a column for its labels, in screen pixels: label-layer.ts cuts them at 240 px. */
const COLUMN_LABEL = 250;

/**
 * Fits every visible node, those an arranged layout sets aside below its columns included: after a layout and on
 * Fit the whole graph is on screen. Labels keep their size on screen whatever the zoom (label-layer.ts), so room for
 * them is kept in screen pixels: beside the columns of arranged layouts, and a line below the lowest nodes.
 */
export function fitVisible(cy: Core, animate: boolean): Promise<void> {
  // Filters by function: selector filters build a collection per test, which shows on 5,000 nodes.
  const eles = cy.nodes().filter((n) => !n.hasClass('hidden'));
  if (eles.empty()) return Promise.resolve();
  // A hidden canvas has no size: fitting it would zoom out as far as Cytoscape allows. Done when it shows instead.
  const box = cy.container();
  if (box && (box.clientWidth === 0 || box.clientHeight === 0)) {
    cy.scratch(FIT_PENDING, true);
    return Promise.resolve();
  }
  cy.removeScratch(FIT_PENDING);
  // Cytoscape keeps the canvas's size from when it last read it: a canvas just shown again (the Graph tab) still has
  // the size of its hidden state until the resize observer gets to it, and a fit from that size (a layout finishing
  // in between) put the graph off screen with no fit left pending. The size is read now, as centreOn does.
  cy.resize();
  const side = { left: 0, right: 0 };
  if (eles.length < 2000) {
    eles.forEach((n) => {
      if (n.hasClass('col-left')) side.left = COLUMN_LABEL;
      if (n.hasClass('col-right')) side.right = COLUMN_LABEL;
    });
  }
  return fitBox(cy, positionBox(eles), animate, side);
}

export /** Frames a graph from positions not yet given to Cytoscape; false when there are none for every node. */
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

function fitBox(cy: Core, bb: { x1: number; y1: number; w: number; h: number }, animate: boolean, side = { left: 0, right: 0 }): Promise<void> {
  const pad = 56;
  // Labels are drawn below nodes at a fixed size on screen: room for one line under the lowest. Room beside columns
  // takes at most a tenth of the width on each side: on a wide arrangement the columns matter more than the last
  // characters of their longest labels, which panning shows.
  const labelRoom = 18;
  const most = Math.max(0, (cy.width() - 2 * pad) / 10);
  side = { left: Math.min(side.left, most), right: Math.min(side.right, most) };
  const w = Math.max(1, cy.width() - 2 * pad - side.left - side.right);
  const h = Math.max(1, cy.height() - 2 * pad - LEGEND_CLEARANCE - labelRoom);
  // Never zoom in so far that a handful of nodes look like a poster.
  const zoom = Math.max(cy.minZoom(), Math.min(1.6, w / Math.max(bb.w, 1), h / Math.max(bb.h, 1)));
  const pan = {
    x: (cy.width() + side.left - side.right) / 2 - zoom * (bb.x1 + bb.w / 2),
    y: (cy.height() - LEGEND_CLEARANCE - labelRoom) / 2 - zoom * (bb.y1 + bb.h / 2),
  };
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
  cy.removeScratch(CENTRED_ON);
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

/** Zooms about the canvas's centre by `factor`, within Cytoscape's zoom limits. */
export function zoomBy(cy: Core, factor: number): Promise<void> {
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  const c = { x: cy.width() / 2, y: cy.height() / 2 };
  const pan = cy.pan();
  return moveViewport(cy, { zoom, pan: { x: c.x - (c.x - pan.x) * (zoom / cy.zoom()), y: c.y - (c.y - pan.y) * (zoom / cy.zoom()) } }, 200);
}

/** Brings a node and its neighbours (from the graph: huge graphs keep their edges out of Cytoscape) into view. */
export function centreOn(cy: Core, graph: RemitGraph, id: string): Promise<void> {
  const node = cy.getElementById(id);
  if (node.empty()) return Promise.resolve();
  // Asked right after the canvas was shown again (from the Overview): read its size now rather than when the resize
  // observer gets to it, and let this request stand for the fit that waited for the canvas to show.
  cy.resize();
  cy.removeScratch(FIT_PENDING);
  const near = new Set(graph.hasNode(id) ? [id, ...graph.neighbors(id)] : [id]);
  const hood = cy.nodes().filter((n) => near.has(n.id())).not('.hidden');
  const bb = hood.boundingBox({ includeLabels: false });
  const zoom = Math.min(1.25, Math.max(0.6, Math.min((cy.width() - 160) / Math.max(bb.w, 1), (cy.height() - 220) / Math.max(bb.h, 1))));
  const moved = moveViewport(cy, { zoom, pan: centredPan(cy, zoom, node.position()) }, 400);
  cy.scratch(CENTRED_ON, { id, zoom } satisfies Centred);
  return moved;
}

/** Frames the highlighted path, leaving room for the legend. */
export function frameElements(cy: Core, eles: cytoscape.CollectionReturnValue): Promise<void> {
  const bb = eles.boundingBox({ includeLabels: false });
  const zoom = Math.min(1.25, (cy.width() - 200) / Math.max(bb.w, 1), (cy.height() - 240) / Math.max(bb.h, 1));
  return moveViewport(cy, { zoom, pan: { x: cy.width() / 2 - zoom * (bb.x1 + bb.w / 2), y: (cy.height() - LEGEND_CLEARANCE) / 2 - zoom * (bb.y1 + bb.h / 2) } }, 350);
}
