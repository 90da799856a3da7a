/**
 * Concentric rings by degree, computed directly for huge graphs. Cytoscape's own concentric layout computes every
 * node's bounding box and degree through its collections, which blocked the window for most of a second on 5,000
 * nodes; this computes the arrangement from plain numbers, and the positions are then applied in slices.
 *
 * Nodes are sorted by value (degree), highest in the centre; a new level starts when the value has dropped by
 * `levelWidth` from the level's first node, as in Cytoscape's. Unlike Cytoscape's, a level too big for one ring
 * fills several, each holding as many nodes as fit `spacing` apart: thousands of leaves on a single ring made a
 * circle so wide that the overview could not show it.
 */
import type { Positions } from '../state/view';

export interface ConcentricNode { id: string; value: number; /** diameter on screen at zoom 1 */ size: number }

/** Free space kept between neighbouring nodes, on a ring and from ring to ring. */
const GAP = 14;

export function concentricPositions(nodes: readonly ConcentricNode[], levelWidth: number): Positions {
  const out: Positions = {};
  let radius = 0;
  let lastSpacing = 0;
  for (const level of levels(nodes, levelWidth)) {
    const spacing = Math.max(...level.map((n) => n.size)) + GAP;
    if (radius === 0 && lastSpacing === 0 && level.length === 1) {
      out[level[0].id] = { x: 0, y: 0 };
      lastSpacing = spacing;
      continue;
    }
    radius += Math.max(spacing, lastSpacing);
    // A level that one ring can hold a little further out stays one ring, as Cytoscape draws it.
    const oneRing = level.length > 1 ? spacing / (2 * Math.sin(Math.PI / level.length)) : radius;
    const single = oneRing <= radius + 2 * spacing;
    if (single) radius = Math.max(radius, oneRing);
    for (let i = 0; i < level.length;) {
      const count = single ? level.length : Math.min(level.length - i, ringCapacity(radius, spacing));
      // a ring that is not full is spread evenly, so its nodes are further apart than they need to be
      const step = (2 * Math.PI) / count;
      for (let k = 0; k < count; k++) {
        const angle = -Math.PI / 2 + k * step;
        out[level[i + k].id] = { x: round(radius * Math.cos(angle)), y: round(radius * Math.sin(angle)) };
      }
      i += count;
      if (i < level.length) radius += spacing;
    }
    lastSpacing = spacing;
  }
  return out;
}

function levels(nodes: readonly ConcentricNode[], levelWidth: number): ConcentricNode[][] {
  const sorted = [...nodes].sort((a, b) => b.value - a.value);
  const out: ConcentricNode[][] = [];
  for (const node of sorted) {
    const level = out[out.length - 1];
    if (!level || level[0].value - node.value >= levelWidth) out.push([node]);
    else level.push(node);
  }
  return out;
}

/** How many nodes fit on a ring of this radius with their centres at least `spacing` apart (the chord). */
function ringCapacity(radius: number, spacing: number): number {
  if (spacing >= 2 * radius) return 1;
  return Math.max(1, Math.floor(Math.PI / Math.asin(spacing / (2 * radius))));
}

// -0 would read as a distinct value in tests and exports
const round = (v: number): number => Math.round(v * 10) / 10 || 0;
