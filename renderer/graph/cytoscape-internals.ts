/**
 * The only place Remit reaches into Cytoscape's internals: four hooks into its canvas renderer (Cytoscape 3's
 * `cy.renderer()`, not in its typings), written against cytoscape 3.35.0, which package.json pins exactly. Each
 * returns whether it took effect; GraphView shows that on the canvas (`data-cy-hooks`), and
 * test/e2e/cytoscape-hooks.e2e.test.ts fails when either stops working after an upgrade.
 */
import type { Core, NodeSingular } from 'cytoscape';

interface CanvasRendererInternals {
  /** draws elements into a context; only Cytoscape's pictures (cy.png, cy.jpg) call it */
  drawElements?: (ctx: CanvasRenderingContext2D, eles: unknown) => void;
  /** draws one node into a context in model coordinates: (ctx, node, shiftToOriginWithBb, drawLabel, drawOverlay, useOpacity) */
  drawNode?: (ctx: CanvasRenderingContext2D, node: NodeSingular, shift: undefined, label: boolean, overlay: boolean, opacity: boolean) => void;
  data?: {
    eleTxrCache?: { getElement?: (...args: unknown[]) => unknown };
    lyrTxrCache?: { getLayers?: (...args: unknown[]) => unknown };
  };
}

const internals = (cy: Core): CanvasRendererInternals | undefined =>
  (cy as unknown as { renderer?: () => CanvasRendererInternals | undefined }).renderer?.();

/**
 * Huge graphs: Cytoscape draws the nodes directly instead of through its texture caches.
 *
 * Cytoscape keeps each element's picture in shared texture atlases (one per zoom level) and whole sets of elements in
 * layer bitmaps. That pays off with a GPU. Without one (software rendering), a frame at a zoom level not seen before
 * draws thousands of new textures and copies each atlas back as it goes: 250–400 ms for 5,000 nodes, against about
 * 60 ms for drawing the same nodes directly, cold or not. A cache that has no entry makes Cytoscape draw the element
 * itself, in place. If the caches are missing, nothing changes but speed.
 */
export function drawNodesDirectly(cy: Core): boolean {
  const data = internals(cy)?.data;
  const elements = data?.eleTxrCache;
  const layers = data?.lyrTxrCache;
  if (typeof elements?.getElement !== 'function' || typeof layers?.getLayers !== 'function') return false;
  elements.getElement = () => null;
  layers.getLayers = () => null;
  return true;
}

/**
 * Pictures Cytoscape makes of the graph (cy.png: the PNG export) are drawn by its `drawElements`, which only they
 * use: `paint` draws first, under the elements, in the picture's own transform. The edge layer draws a huge graph's
 * edges itself (Cytoscape does not hold them), so without this hook a PNG of such a graph has no edges at all.
 */
export function paintUnderPictures(cy: Core, paint: (ctx: CanvasRenderingContext2D) => void): boolean {
  const renderer = internals(cy);
  const original = renderer?.drawElements;
  if (!renderer || typeof original !== 'function') return false;
  renderer.drawElements = (ctx, eles) => {
    paint(ctx);
    original.call(renderer, ctx, eles);
  };
  return true;
}

/**
 * Pictures get what Remit draws over the canvas too (its labels: label-layer.ts): `paint` draws last, over the
 * elements, in the picture's own transform.
 */
export function paintOverPictures(cy: Core, paint: (ctx: CanvasRenderingContext2D) => void): boolean {
  const renderer = internals(cy);
  const original = renderer?.drawElements;
  if (!renderer || typeof original !== 'function') return false;
  renderer.drawElements = (ctx, eles) => {
    original.call(renderer, ctx, eles);
    paint(ctx);
  };
  return true;
}

/**
 * A node drawn by Cytoscape's own node painter into another canvas (the focus layer redraws the neighbourhood of the
 * selected or hovered node over a veil, exactly as Cytoscape draws it, without Cytoscape redrawing anything). The
 * context must map model coordinates. False when the painter is not there: the caller then draws a plain shape.
 */
export function drawNodeOnto(cy: Core, ctx: CanvasRenderingContext2D, node: NodeSingular): boolean {
  const renderer = internals(cy);
  if (typeof renderer?.drawNode !== 'function') return false;
  ctx.save();
  try {
    renderer.drawNode.call(renderer, ctx, node, undefined, false, false, false);
  } finally {
    ctx.restore();
  }
  return true;
}

/** Whether the node painter drawNodeOnto uses is there (checked once at start: data-cy-hooks). */
export const canDrawNodes = (cy: Core): boolean => typeof internals(cy)?.drawNode === 'function';
