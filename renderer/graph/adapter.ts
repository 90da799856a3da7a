/**
 * graphology → Cytoscape. The graphology graph is the truth; Cytoscape holds a mirror that is synced incrementally
 * (added/removed/updated elements) so positions and the user's arrangement survive merges.
 */
import type { CollectionArgument, Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type { EdgeAttributes, NodeAttributes, NodeKind } from '../../core/model';
import type { RemitGraph } from '../../core/graph/types';
import type { LabelMode, Positions, Sizing } from '../state/view';
import { displayLabel } from '../labels';

const BASE_SIZE: Record<NodeKind, number> = { document: 34, section: 26, article: 18, agency: 28, platform: 19, region: 20, target: 16 };

export function nodeClasses(attrs: NodeAttributes, label: string): string {
  return `k-${attrs.kind}${label.includes('\n') ? ' two-line' : ''}`;
}

export function edgeClasses(attrs: EdgeAttributes): string {
  return `e-${attrs.kind}${attrs.kind === 'leads' && attrs.role ? ` r-${attrs.role}` : ''}`;
}

export function computeSizes(graph: RemitGraph, sizing: Sizing, betweenness?: Record<string, number>): Record<string, number> {
  const sizes: Record<string, number> = {};
  let maxB = 0;
  if (sizing === 'betweenness' && betweenness) for (const v of Object.values(betweenness)) maxB = Math.max(maxB, v);
  graph.forEachNode((id, attrs) => {
    const base = BASE_SIZE[attrs.kind];
    let factor = 1;
    if (sizing === 'degree') factor = Math.min(2.6, 0.75 + 0.22 * Math.sqrt(graph.degree(id)));
    else if (sizing === 'betweenness' && betweenness && maxB > 0) factor = 0.75 + 2 * Math.sqrt((betweenness[id] ?? 0) / maxB);
    sizes[id] = Math.round(base * factor * 10) / 10;
  });
  return sizes;
}

export function nodeElement(id: string, attrs: NodeAttributes, mode: LabelMode, size: number, position?: { x: number; y: number }): ElementDefinition {
  const label = displayLabel(attrs, mode);
  return { group: 'nodes', data: { id, label, kind: attrs.kind, size }, classes: nodeClasses(attrs, label), position: position ? { ...position } : undefined };
}

export function edgeElement(key: string, attrs: EdgeAttributes, source: string, target: string): ElementDefinition {
  return { group: 'edges', data: { id: key, source, target, kind: attrs.kind, role: attrs.role }, classes: edgeClasses(attrs) };
}

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * `flushRenderedStyleQueue`, a member of Cytoscape's canvas renderer (3.x, not in the typings), computes the style and
 * rendered geometry of elements just added without drawing. A big load calls it so that each slice's style work
 * happens in the slice's own short task rather than piling up in the next frame.
 */
interface RendererHooks { flushRenderedStyleQueue?: () => void }
function rendererOf(cy: Core): RendererHooks | undefined {
  const r = (cy as unknown as { renderer?: () => RendererHooks | undefined }).renderer?.();
  return r && typeof r === 'object' ? r : undefined;
}

/** Aim for slices well under the 50 ms that make a task "long", whatever the machine. */
const SLICE_MS = 30;
const REVEAL_STEP = 1200;

/**
 * Runs `work` over a list in time-boxed slices; the slice size adapts to the measured cost. A full redraw costs more
 * the more is on the canvas, so between slices Cytoscape is held in a batch (its render loop skips frames while
 * batching): the canvas is drawn once, after the last slice.
 */
export async function inSlices<T>(cy: Core, list: readonly T[], work: (slice: readonly T[]) => void, first = 400, reveal = false): Promise<void> {
  let size = first;
  let shown = 0;
  for (let i = 0; i < list.length;) {
    const started = performance.now();
    const slice = list.slice(i, i + size);
    work(slice);
    i += slice.length;
    const spent = performance.now() - started;
    size = Math.max(100, Math.min(5000, Math.round((size * SLICE_MS) / Math.max(spent, 1))));
    if (i >= list.length) break;
    // Revealing: every REVEAL_STEP elements a frame draws what is in so far, so that the first drawing of each
    // element (the costlier one) is spread over a few frames instead of all falling in the last. Every frame draws
    // everything added so far, so they are kept few.
    if (reveal && i - shown >= REVEAL_STEP) {
      shown = i;
      await nextFrame();
      continue;
    }
    // Held only across the pause (which cannot fail), so an error in a slice never leaves the canvas frozen.
    cy.startBatch();
    await yieldToBrowser();
    cy.endBatch();
  }
}

/** Adds elements in slices (inSlices), each styled and measured in its own task. */
export async function addInSlices(cy: Core, list: ElementDefinition[], first = 400, reveal = false): Promise<void> {
  const r = rendererOf(cy);
  await inSlices(cy, list, (slice) => {
    const added = cy.add(slice as ElementDefinition[]);
    r?.flushRenderedStyleQueue?.();
    // Bounding boxes are cached per element; computed here, slice by slice, they are not all computed by the first
    // frame that draws them.
    added.boundingBox();
  }, first, reveal);
}

/** Moves many nodes in slices (inSlices): one batch of 5,000 position changes would hold the page for long. */
export async function positionInSlices(cy: Core, positions: Positions): Promise<void> {
  // Whatever produced the positions (a layout computed on the page, a worker's message) had its own task.
  await yieldToBrowser();
  const moves: [NodeSingular, { x: number; y: number }][] = [];
  cy.nodes().forEach((n) => {
    const p = positions[n.id()];
    if (p) moves.push([n, p]);
  });
  const r = rendererOf(cy);
  await inSlices(cy, moves, (slice) => {
    cy.batch(() => { for (const [n, p] of slice) n.position(p); });
    // As when adding: rendered geometry and bounding boxes computed here, not all by the next frame.
    r?.flushRenderedStyleQueue?.();
    cy.collection(slice.map(([n]) => n) as unknown as CollectionArgument).boundingBox();
  }, 1000);
}

/** Where a new node should appear: beside the nodes it connects to, so a merge grows the picture in place. */
function seedPosition(cy: Core, graph: RemitGraph, id: string, index: number): { x: number; y: number } {
  let x = 0;
  let y = 0;
  let n = 0;
  graph.forEachNeighbor(id, (nb) => {
    const el = cy.getElementById(nb);
    if (el.nonempty()) {
      const p = (el as NodeSingular).position();
      x += p.x;
      y += p.y;
      n++;
    }
  });
  const angle = index * 2.399963;
  const r = 30 + 6 * Math.sqrt(index);
  return n > 0 ? { x: x / n + Math.cos(angle) * 40, y: y / n + Math.sin(angle) * 40 } : { x: Math.cos(angle) * r * 4, y: Math.sin(angle) * r * 4 };
}

function spiral(i: number): { x: number; y: number } {
  const angle = i * 2.399963;
  const r = 40 * Math.sqrt(i + 1);
  return { x: Math.cos(angle) * r, y: Math.sin(angle) * r };
}

export interface SyncResult { added: string[]; removed: number }

/**
 * Brings Cytoscape in line with the graph. Large additions go in chunks with a pause in between so that no single
 * main-thread task runs long (the window stays responsive while 20,000 edges arrive).
 */
export async function syncElements(
  cy: Core,
  graph: RemitGraph,
  opts: {
    labelMode: LabelMode;
    sizes: Record<string, number>;
    positions?: Positions;
    chunk?: number;
    onNodes?: () => void;
    /** show big additions of nodes slice by slice (the viewport already framed) rather than all at the end */
    revealNodes?: boolean;
    /** false for huge graphs, whose edges Remit draws itself (edge-layer.ts): Cytoscape holds the nodes only */
    edges?: boolean;
  },
): Promise<SyncResult> {
  const chunk = opts.chunk ?? 2500;
  const stale = cy.elements().filter((el) => (el.isNode() ? !graph.hasNode(el.id()) : !graph.hasEdge(el.id())));
  if (stale.nonempty()) cy.remove(stale);

  const nodes: ElementDefinition[] = [];
  const added: string[] = [];
  // Ids already drawn, read once: per-element lookups allocate a collection each, which adds up at 25,000 elements.
  const drawn = new Set<string>();
  cy.elements().forEach((el) => { drawn.add(el.id()); });
  if (drawn.size > 0) {
    cy.batch(() => {
      graph.forEachNode((id, attrs) => {
        if (!drawn.has(id)) return;
        const el = cy.getElementById(id);
        const label = displayLabel(attrs, opts.labelMode);
        if (el.data('label') !== label) el.data('label', label);
        el.classes(nodeClasses(attrs, label) + (el.hasClass('pinned') ? ' pinned' : '') + (el.hasClass('hidden') ? ' hidden' : ''));
      });
    });
  }
  graph.forEachNode((id) => { if (!drawn.has(id)) added.push(id); });
  const seedable = drawn.size > 0;
  added.forEach((id, i) => {
    const attrs = graph.getNodeAttributes(id);
    const position = opts.positions?.[id] ?? (seedable ? seedPosition(cy, graph, id, i) : spiral(i));
    nodes.push(nodeElement(id, attrs, opts.labelMode, opts.sizes[id] ?? BASE_SIZE[attrs.kind], position));
  });
  const edges: ElementDefinition[] = [];
  if (opts.edges !== false) graph.forEachEdge((key, attrs, source, target) => {
    if (!drawn.has(key)) {
      edges.push(edgeElement(key, attrs, source, target));
      return;
    }
    const el = cy.getElementById(key);
    if (el.data('role') !== attrs.role) el.data('role', attrs.role).classes(edgeClasses(attrs));
  });
  if (nodes.length + edges.length <= chunk) {
    cy.add([...nodes, ...edges]);
    // Style now, in this task, so that the next frame only draws: two shorter tasks instead of one long one.
    if (nodes.length + edges.length > 0) rendererOf(cy)?.flushRenderedStyleQueue?.();
  } else {
    // Big additions: nodes first (the picture appears, framed), then the edges. The edges are not revealed piece by
    // piece: every intermediate picture is a full redraw of everything added so far, which on a big graph costs
    // about as much as the final one, so each reveal would delay the finished picture by a long frame.
    // The lists above were built in this task already; the first slice, whose styling is the slowest, gets its own.
    await yieldToBrowser();
    await addInSlices(cy, nodes, 50, opts.revealNodes);
    opts.onNodes?.();
    if (edges.length > 0) {
      await nextFrame();
      await addInSlices(cy, edges);
    }
  }
  return { added, removed: stale.length };
}

export function applyLabels(cy: Core, graph: RemitGraph, mode: LabelMode): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      if (!graph.hasNode(n.id())) return;
      const attrs = graph.getNodeAttributes(n.id());
      const label = displayLabel(attrs, mode);
      n.data('label', label);
      n.toggleClass('two-line', label.includes('\n'));
    });
  });
}

export function applySizes(cy: Core, sizes: Record<string, number>): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const s = sizes[n.id()];
      if (s !== undefined && n.data('size') !== s) n.data('size', s);
    });
  });
}

/** applyVisibility for thousands of changes (a filter on a huge graph): restyled in slices (inSlices). */
export async function visibilityInSlices(cy: Core, visible: ReadonlySet<string> | null): Promise<void> {
  const changes: [NodeSingular, boolean][] = [];
  cy.nodes().forEach((n) => {
    const hide = visible !== null && !visible.has(n.id());
    if (hide !== n.hasClass('hidden')) changes.push([n, hide]);
  });
  const r = rendererOf(cy);
  await inSlices(cy, changes, (slice) => {
    cy.batch(() => { for (const [n, hide] of slice) n.toggleClass('hidden', hide); });
    r?.flushRenderedStyleQueue?.();
  }, 500);
}

export function applyVisibility(cy: Core, visible: ReadonlySet<string> | null): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const hide = visible !== null && !visible.has(n.id());
      if (hide !== n.hasClass('hidden')) n.toggleClass('hidden', hide);
    });
  });
}

/** Hides these edges although both their ends are shown (responsibility edges of roles filtered out). */
export function applyHiddenEdges(cy: Core, hidden: ReadonlySet<string> | null | undefined): void {
  cy.batch(() => {
    cy.edges().forEach((e) => {
      const hide = hidden?.has(e.id()) === true;
      if (hide !== e.hasClass('hidden')) e.toggleClass('hidden', hide);
    });
  });
}
