/**
 * What the pointer does on the canvas: hover singles out a node's neighbourhood (overlay.ts draws it: nothing in
 * Cytoscape is restyled), tap selects, right-click opens the node's menu, dragging a node reports where it was left.
 *
 * Huge graphs (performance mode) give their nodes no Cytoscape events at all (style.ts): Cytoscape would answer a
 * press on a node by restyling it (active, grabbed) and redrawing every node, hundreds of milliseconds. There the
 * node under the pointer is found from the overlay's node index, and a node is dragged by moving it directly.
 */
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import type { RemitGraph } from '../../core/graph/types';
import type { EdgeHighlight } from './edge-layer';
import type { GraphOverlay } from './overlay';

export interface InteractionTarget {
  graph: RemitGraph;
  selection: readonly string[];
  /** dim what is not next to the selection (off while a focus already narrows the view) */
  dimUnrelated: boolean;
  path: { nodes: string[]; edges: string[] } | null;
  onSelect(id: string | null): void;
  onContextMenu(id: string, x: number, y: number): void;
  onNodeMoved(id: string, position: { x: number; y: number }): void;
}

/** What the edge layer (huge graphs) draws on its own top canvas: only the path now; the focus is the overlay's. */
export function highlightOf(p: Pick<InteractionTarget, 'path'>): EdgeHighlight {
  return { nodes: [], pathEdges: p.path?.edges ?? [] };
}

/** Whether the rest of the graph recedes: while a node is hovered, or a node is selected outside a focus. */
export const veilOf = (p: Pick<InteractionTarget, 'selection' | 'dimUnrelated'>, hovered: string | null): boolean =>
  hovered !== null || (p.selection.length > 0 && p.dimUnrelated);

/** Pointer slack around a node, in screen pixels: small nodes on a zoomed-out graph stay hittable. */
const SLACK_PX = 2;

/** Binds the pointer to `cy`; `current()` gives the latest props. Returns the unbinding. */
export function bindInteractions(cy: Core, container: HTMLElement | null, overlay: GraphOverlay, current: () => InteractionTarget, direct: boolean): () => void {
  const hover = (id: string | null) => {
    if (overlay.current.hovered === id) return;
    overlay.setEmphasis({ hovered: id, veil: veilOf(current(), id) });
  };
  const clearHover = () => hover(null);
  // Leaving the canvas straight from a node sends no mouseout: without this the highlight would stick.
  container?.addEventListener('mouseleave', clearHover);
  const cleanups: (() => void)[] = [() => container?.removeEventListener('mouseleave', clearHover)];

  if (!direct) {
    cy.on('mouseover', 'node', (event) => hover((event.target as NodeSingular).id()));
    cy.on('mouseout', 'node', clearHover);
    cy.on('tap', (event) => {
      if (event.target === cy) current().onSelect(null);
      else if ((event.target as NodeSingular).isNode?.()) current().onSelect((event.target as NodeSingular).id());
    });
    cy.on('cxttap', 'node', (event) => {
      const p = event.renderedPosition ?? (event.target as NodeSingular).renderedPosition();
      current().onContextMenu((event.target as NodeSingular).id(), p.x, p.y);
    });
    cy.on('dragfree', 'node', (event) => {
      const n = event.target as NodeSingular;
      current().onNodeMoved(n.id(), { ...n.position() });
    });
    return () => { for (const c of cleanups) c(); };
  }

  // Performance mode: the node under a point of the model, from the overlay's index.
  const nodeAt = (p: { x: number; y: number }) => overlay.index.hit(p.x, p.y, SLACK_PX / cy.zoom());
  const onMove = (e: MouseEvent) => {
    if (e.buttons !== 0 || !container) return;
    const rect = container.getBoundingClientRect();
    const pan = cy.pan();
    const zoom = cy.zoom();
    hover(nodeAt({ x: (e.clientX - rect.left - pan.x) / zoom, y: (e.clientY - rect.top - pan.y) / zoom }));
  };
  container?.addEventListener('mousemove', onMove);
  cleanups.push(() => container?.removeEventListener('mousemove', onMove));

  let drag: { id: string; moved: boolean; to: { x: number; y: number } | null; frame: number } | null = null;
  let suppressTap = false;
  cy.on('tapstart', (event: EventObject) => {
    if (event.target !== cy) return;
    const id = nodeAt(event.position);
    if (!id) return;
    // Pressing on a node: the viewport must not pan, the node follows the pointer instead.
    drag = { id, moved: false, to: null, frame: 0 };
    cy.userPanningEnabled(false);
  });
  cy.on('tapdrag', (event: EventObject) => {
    const d = drag;
    if (!d) return;
    d.moved = true;
    d.to = { ...event.position };
    // One move per frame: each move redraws Cytoscape's nodes.
    if (d.frame === 0) d.frame = requestAnimationFrame(() => {
      d.frame = 0;
      if (d.to) cy.getElementById(d.id).position(d.to);
    });
  });
  cy.on('tapend', () => {
    const d = drag;
    if (!d) return;
    drag = null;
    cy.userPanningEnabled(true);
    if (!d.moved) return;
    cancelAnimationFrame(d.frame);
    const node = cy.getElementById(d.id) as NodeSingular;
    if (d.to) node.position(d.to);
    suppressTap = true;
    current().onNodeMoved(d.id, { ...node.position() });
  });
  cy.on('tap', (event: EventObject) => {
    if (suppressTap) {
      suppressTap = false;
      return;
    }
    current().onSelect(nodeAt(event.position));
  });
  cy.on('cxttap', (event: EventObject) => {
    const id = nodeAt(event.position);
    if (id) current().onContextMenu(id, event.renderedPosition.x, event.renderedPosition.y);
  });
  return () => { for (const c of cleanups) c(); };
}

export function markPinned(cy: Core, pinned: readonly string[]): void {
  const set = new Set(pinned);
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const on = set.has(n.id());
      if (on !== n.hasClass('pinned')) n.toggleClass('pinned', on);
    });
  });
}
