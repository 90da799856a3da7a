/**
 * The page's side of layouts: computes a layout's positions for the visible nodes of a Cytoscape instance (arranged
 * layouts here, force in the worker, concentric from degrees) and moves the nodes there, animated when few.
 */
import type cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import type { RemitGraph } from '../../core/graph/types';
import type { LayoutName, Positions } from '../state/view';
import type { WorkerClient } from '../worker/client';
import { positionInSlices } from '../graph/adapter';
import type { EdgeLayer } from '../graph/edge-layer';
import { LEGEND_CLEARANCE, reducedMotion } from '../graph/viewport';
import { responsibilityArrangement, treeArrangement, type Arrangement } from './arrangements';
import { concentricPositions } from './concentric';

/** Label placement classes an arranged layout sets; cleared before any layout runs. */
const ARRANGED_CLASSES = 'col-left col-right aside label-top';
/** Beyond this many nodes a layout's result is applied in slices, so that no task holds the page for long. */
const SLICED_MOVES = 2000;
/** Below this many visible nodes, layout changes are animated. */
export const ANIMATED_NODES = 400;

export interface LayoutInput {
  graph: RemitGraph;
  layout: LayoutName;
  visible: ReadonlySet<string> | null;
  pinned: readonly string[];
  sizes: Record<string, number>;
  performanceMode: boolean;
  worker: WorkerClient;
}

/** Where every Cytoscape node is now, rounded to a tenth (what the view state stores). */
export function readPositions(cy: Core): Positions {
  const out: Positions = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    out[n.id()] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
  });
  return out;
}

export function applyStored(cy: Core, positions: Positions): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const p = positions[n.id()];
      if (p) n.position(p);
    });
  });
}

/** Moves nodes to `positions`: animated, at once, or in slices on huge graphs (the edge layer waits meanwhile). */
export async function applyPreset(cy: Core, positions: Positions, animate: boolean, layer?: EdgeLayer | null): Promise<void> {
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

/**
 * Runs the layout on the visible nodes and moves them there; pinned nodes keep their places. `animate` is asked
 * for small graphs after their first picture.
 */
export async function runLayout(cy: Core, p: LayoutInput, layer: EdgeLayer | null, animate: boolean): Promise<Positions> {
  const visibleNodes = cy.nodes().filter((n) => !n.hasClass('hidden'));
  const pinned = new Set(p.pinned);
  const pinnedPositions: Positions = {};
  visibleNodes.forEach((n) => {
    if (pinned.has(n.id())) pinnedPositions[n.id()] = { ...n.position() };
  });
  const small = visibleNodes.length < ANIMATED_NODES;
  if (!p.performanceMode) cy.batch(() => cy.elements().removeClass(ARRANGED_CLASSES));
  if (p.layout === 'tree' || p.layout === 'responsibility') {
    const aspect = cy.width() / Math.max(1, cy.height() - LEGEND_CLEARANCE);
    const arrangement: Arrangement = p.layout === 'tree' ? treeArrangement(p.graph, p.visible, aspect) : responsibilityArrangement(p.graph, p.visible, aspect);
    // Label placement and set-aside styling restyle every element: skipped on huge graphs, whose labels are off.
    if (!p.performanceMode) {
      cy.batch(() => {
        for (const [id, cls] of Object.entries(arrangement.classes)) if (cls) cy.getElementById(id).addClass(cls);
        // Lines to set-aside nodes recede with them, so the columns read cleanly.
        cy.nodes('.aside').connectedEdges().addClass('aside');
      });
    }
    await applyPreset(cy, { ...arrangement.positions, ...pinnedPositions }, small, layer);
  } else if (p.layout === 'force') {
    // Physics runs in the worker (fcose, or ForceAtlas2 for big graphs): the page only animates to the result.
    const ids = p.visible ? visibleNodes.map((n) => n.id()) : null;
    const positions = await p.worker.forceLayout(ids, pinnedPositions);
    await applyPreset(cy, positions, small && animate, layer);
  } else if (visibleNodes.length > 0) {
    // Rings by degree, computed from the graph (concentric.ts): a level too big for one ring fills several, so the
    // picture stays a disc as wide as the node count needs. Cytoscape's own concentric put every leaf on one ring
    // so wide that the fit shrank the rest to a dot; on huge graphs it also blocked the window.
    let maxDegree = 0;
    const nodes = visibleNodes.map((n) => {
      const value = p.graph.hasNode(n.id()) ? p.graph.degree(n.id()) : 0;
      maxDegree = Math.max(maxDegree, value);
      return { id: n.id(), value, size: p.sizes[n.id()] ?? 20 };
    });
    const rings = concentricPositions(nodes, Math.max(1, maxDegree / 6));
    await applyPreset(cy, { ...rings, ...pinnedPositions }, small && animate, layer);
  }
  return readPositions(cy);
}
