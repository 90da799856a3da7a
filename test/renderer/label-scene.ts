/**
 * A scene for the label pass (label-layer.ts) with Cytoscape and the canvas stood in for by plain objects: the choice
 * of labels is arithmetic on positions and text widths, so nodes at given places and text 7 px a character suffice.
 */
import Graph from 'graphology';
import type { Core } from 'cytoscape';
import type { RemitGraph } from '../../core/graph/types';
import { importanceOrder, Measurer } from '../../renderer/graph/label-layer';
import { NodeIndex } from '../../renderer/graph/node-index';

export interface FakeNode { id: string; kind: string; x: number; y: number; size: number; label: string }

/** The graph, node index, measurer and importance order of `nodes` joined by `edges`, as chooseLabels takes them. */
export function labelScene(nodes: FakeNode[], edges: [string, string][] = []) {
  const graph = new Graph({ type: 'directed' }) as unknown as RemitGraph;
  for (const n of nodes) graph.addNode(n.id, { kind: n.kind, label: n.label } as never);
  for (const [s, t] of edges) graph.addDirectedEdge(s, t, { kind: 'mentions' } as never);
  const eles = nodes.map((n) => ({
    id: () => n.id,
    data: (key: string) => ({ kind: n.kind, label: n.label, size: n.size })[key],
    hasClass: () => false,
    removed: () => false,
    position: () => ({ x: n.x, y: n.y }),
  }));
  const cy = { nodes: () => ({ forEach: (fn: (n: unknown) => void) => eles.forEach(fn) }) } as unknown as Core;
  const index = new NodeIndex(cy);
  index.rebuild();
  // Text 7 px per character: enough to make labels collide where they should.
  const ctx = { font: '', measureText: (t: string) => ({ width: Array.from(t).length * 7 }) } as unknown as CanvasRenderingContext2D;
  const measurer = new Measurer(ctx);
  return { graph, index, measurer, order: importanceOrder(index, graph) };
}
