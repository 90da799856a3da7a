/**
 * Force layouts computed in the worker so the page never blocks on physics: fcose (Cytoscape headless) for graphs
 * up to a few thousand nodes, ForceAtlas2 beyond. Both keep pinned nodes where the user put them.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { NodeKind } from '../../core/model';
import type { RemitGraph } from '../../core/graph/types';
import type { Positions } from '../state/view';

cytoscape.use(fcose);

/** fcose is O(n²) per iteration in places; beyond this ForceAtlas2 with Barnes–Hut takes over. */
export const FCOSE_LIMIT = 1500;

const NODE_SIZE: Record<NodeKind, number> = { document: 34, section: 26, article: 18, agency: 28, platform: 19, region: 20, target: 16 };

const LABEL_BOX: Record<NodeKind, { w: number; h: number }> = {
  document: { w: 0, h: 0 },
  agency: { w: 84, h: 30 },
  section: { w: 0, h: 0 },
  article: { w: 0, h: 0 },
  platform: { w: 0, h: 0 },
  region: { w: 0, h: 0 },
  target: { w: 0, h: 0 },
};

function subset(graph: RemitGraph, nodeIds: string[] | null): Set<string> | null {
  return nodeIds ? new Set(nodeIds.filter((id) => graph.hasNode(id))) : null;
}

/**
 * fcose's incremental mode (randomize: false) collapses these graphs onto a line, so every run starts fresh; the
 * analyst's anchors are the pinned nodes, which fcose keeps fixed.
 */
export function fcosePositions(graph: RemitGraph, nodeIds: string[] | null, pinned: Positions): Positions {
  const keep = subset(graph, nodeIds);
  const elements: ElementDefinition[] = [];
  graph.forEachNode((id, a) => {
    if (keep && !keep.has(id)) return;
    const size = NODE_SIZE[a.kind] * Math.min(2.6, 0.75 + 0.22 * Math.sqrt(graph.degree(id)));
    // Agencies, labelled at the overview zoom and often sharing all their neighbours, get a footprint that includes their label (headless Cytoscape cannot
    // measure text), so fcose keeps them apart instead of stacking look-alike agencies on one spot.
    const box = LABEL_BOX[a.kind];
    elements.push({ group: 'nodes', data: { id, w: Math.max(size, box.w), h: size + box.h } });
  });
  graph.forEachEdge((key, a, s, t) => {
    if (keep && (!keep.has(s) || !keep.has(t))) return;
    elements.push({ group: 'edges', data: { id: key, source: s, target: t }, classes: `e-${a.kind}` });
  });
  const cy = cytoscape({ headless: true, styleEnabled: true, elements, style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }] });
  const n = cy.nodes().length;
  const fixed = Object.entries(pinned).filter(([id]) => cy.getElementById(id).nonempty()).map(([nodeId, position]) => ({ nodeId, position }));
  cy.layout({
    name: 'fcose',
    quality: n > 500 ? 'draft' : 'default',
    randomize: true,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: false,
    idealEdgeLength: (e: cytoscape.EdgeSingular) => (e.hasClass('e-contains') ? 70 : e.hasClass('e-leads') ? 160 : 90),
    nodeRepulsion: () => 16000,
    edgeElasticity: (e: cytoscape.EdgeSingular) => (e.hasClass('e-mentions') ? 0.25 : 0.45),
    nodeSeparation: 75,
    gravity: 0.2,
    gravityRange: 3.8,
    numIter: 1000,
    packComponents: true,
    fixedNodeConstraint: fixed.length > 0 ? fixed : undefined,
  } as cytoscape.LayoutOptions).run();
  const out: Positions = {};
  cy.nodes().forEach((node) => {
    const p = node.position();
    out[node.id()] = { x: p.x, y: p.y };
  });
  cy.destroy();
  return separateLabels(graph, out, pinned);
}

/** Radius each kind needs on screen: labelled kinds need room for their label, not just their shape. */
const LABEL_RADIUS: Record<NodeKind, number> = { document: 46, agency: 42, section: 30, article: 16, platform: 12, region: 13, target: 11 };

/**
 * fcose places structurally equivalent nodes (重庆市, 四川省 and 科技部 lead the same items) on one spot, piling their
 * labels up. A few noverlap passes push such nodes apart by their label-sized radius; pinned nodes stay put.
 */
function separateLabels(graph: RemitGraph, positions: Positions, pinned: Positions): Positions {
  const g = new Graph({ type: 'undirected' });
  for (const [id, p] of Object.entries(positions)) {
    g.addNode(id, { x: p.x, y: p.y, size: LABEL_RADIUS[graph.getNodeAttribute(id, 'kind')], fixed: Boolean(pinned[id]) });
  }
  noverlap.assign(g, { maxIterations: 60, settings: { margin: 4, ratio: 1, expansion: 1.05, speed: 3 } });
  const out: Positions = {};
  g.forEachNode((id, a) => {
    const p = pinned[id] ?? { x: a.x as number, y: a.y as number };
    out[id] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
  });
  return out;
}

/** Room each node gets in a big force layout: about a 48 px square, a little over twice an average node's size. */
const NODE_AREA = 48 * 48;

/** Scale at which the nodes' spread (RMS distance from their centroid) covers NODE_AREA per node. */
export function densityScale(g: Graph): number {
  let cx = 0;
  let cy = 0;
  g.forEachNode((_id, a) => { cx += a.x as number; cy += a.y as number; });
  cx /= g.order;
  cy /= g.order;
  let sq = 0;
  g.forEachNode((_id, a) => { sq += ((a.x as number) - cx) ** 2 + ((a.y as number) - cy) ** 2; });
  const rms = Math.sqrt(sq / g.order);
  // A uniform disc of radius R has an RMS radius of R/√2 and should have an area of order × NODE_AREA.
  const wanted = Math.sqrt((g.order * NODE_AREA) / Math.PI) / Math.SQRT2;
  return rms > 0 ? wanted / rms : 1;
}

/** ForceAtlas2 placement scaled to Cytoscape's pixel space. */
export function forceAtlasPositions(graph: RemitGraph, nodeIds: string[] | null, pinned: Positions): Positions {
  const keep = subset(graph, nodeIds);
  const u = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.forEachNode((id) => { if (!keep || keep.has(id)) u.addNode(id); });
  graph.forEachEdge((_e, _a, s, t) => { if (u.hasNode(s) && u.hasNode(t) && s !== t) u.mergeEdge(s, t); });
  const order = u.order;
  if (order === 0) return {};
  const spread = Math.sqrt(order) * 40;
  let i = 0;
  u.forEachNode((id, attrs) => {
    const p = pinned[id];
    const angle = i * 2.399963; // golden angle: an even first spread without randomness
    const r = spread * Math.sqrt((i + 0.5) / order);
    attrs.x = p ? p.x : r * Math.cos(angle);
    attrs.y = p ? p.y : r * Math.sin(angle);
    attrs.fixed = Boolean(p);
    i++;
  });
  const settings = { ...forceAtlas2.inferSettings(u), barnesHutOptimize: order > 500, gravity: 1, scalingRatio: 10 };
  forceAtlas2.assign(u, { iterations: order > 3000 ? 60 : order > 1000 ? 100 : 200, settings });
  // Normalise so that the mean edge is ~90px long, which suits the node sizes on the page, but never pack the nodes
  // tighter than one per NODE_AREA px²: ForceAtlas2 pulls a dense, random-looking graph into a ball whose edges are
  // short compared with its width, and scaling by edge length alone would pile thousands of nodes on one another.
  let sum = 0;
  let count = 0;
  u.forEachEdge((_e, _a, _s, _t, sa, ta) => {
    sum += Math.hypot(sa.x - ta.x, sa.y - ta.y);
    count++;
  });
  const byEdges = count > 0 && sum > 0 ? 90 / (sum / count) : 1;
  const scale = Math.max(byEdges, densityScale(u));
  const out: Positions = {};
  u.forEachNode((id, a) => {
    out[id] = pinned[id] ?? { x: a.x * scale, y: a.y * scale };
  });
  return out;
}

export function forcePositions(graph: RemitGraph, nodeIds: string[] | null, pinned: Positions): Positions {
  const n = nodeIds ? nodeIds.length : graph.order;
  return n <= FCOSE_LIMIT ? fcosePositions(graph, nodeIds, pinned) : forceAtlasPositions(graph, nodeIds, pinned);
}
