/**
 * What the pointer does on the canvas: hover highlights a node's neighbourhood, tap selects, right-click opens the
 * node's menu, dragging a node reports where it was left.
 */
import type cytoscape from 'cytoscape';
import type { Core, NodeSingular } from 'cytoscape';
import type { RemitGraph } from '../../core/graph/types';
import type { EdgeHighlight, EdgeLayer } from './edge-layer';

/** Above this many elements, hover highlighting restyles only the neighbourhood, not the whole graph. */
export const FULL_FADE_LIMIT = 4000;

export interface InteractionTarget {
  graph: RemitGraph;
  selection: readonly string[];
  path: { nodes: string[]; edges: string[] } | null;
  onSelect(id: string | null): void;
  onContextMenu(id: string, x: number, y: number): void;
  onNodeMoved(id: string, position: { x: number; y: number }): void;
}

/** A node and its neighbours in the graph, as Cytoscape nodes. */
function neighbourhood(cy: Core, graph: RemitGraph, id: string): cytoscape.NodeCollection {
  if (!graph.hasNode(id)) return cy.getElementById(id) as unknown as cytoscape.NodeCollection;
  const near = new Set(graph.neighbors(id));
  near.add(id);
  return cy.nodes().filter((n) => near.has(n.id()));
}

/** What the edge layer brings forward: the edges of the hovered and selected nodes, and the path's. */
export function highlightOf(p: Pick<InteractionTarget, 'selection' | 'path'>, hovered: string | null): EdgeHighlight {
  return { nodes: hovered ? [hovered, ...p.selection] : [...p.selection], pathEdges: p.path?.edges ?? [] };
}

/**
 * Binds the pointer to `cy`; `current()` gives the latest props. `hovered` holds the node under the pointer, whose
 * edges the edge layer (huge graphs) brings forward. Returns the unbinding.
 */
export function bindInteractions(
  cy: Core,
  container: HTMLElement | null,
  layer: EdgeLayer | null,
  current: () => InteractionTarget,
  hovered: { current: string | null },
): () => void {
  const many = () => layer !== null || cy.elements().length > FULL_FADE_LIMIT;
  cy.on('mouseover', 'node', (event) => {
    const node = event.target as NodeSingular;
    // Huge graphs keep their edges out of Cytoscape: the neighbourhood comes from the graph.
    const hood = layer ? neighbourhood(cy, current().graph, node.id()) : node.closedNeighborhood();
    cy.batch(() => {
      if (!many()) cy.elements().difference(hood).addClass('faded');
      hood.addClass('hl');
    });
    if (layer) {
      hovered.current = node.id();
      layer.setHighlight(highlightOf(current(), hovered.current));
    }
  });
  const clearHover = () => {
    cy.batch(() => {
      cy.elements('.faded').removeClass('faded');
      cy.elements('.hl').removeClass('hl');
    });
    if (layer && hovered.current !== null) {
      hovered.current = null;
      layer.setHighlight(highlightOf(current(), null));
    }
  };
  cy.on('mouseout', 'node', clearHover);
  // Leaving the canvas straight from a node sends no mouseout: without this the highlight would stick.
  container?.addEventListener('mouseleave', clearHover);
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
  return () => container?.removeEventListener('mouseleave', clearHover);
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
