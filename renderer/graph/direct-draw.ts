/**
 * Huge graphs: Cytoscape draws the nodes directly instead of through its texture caches.
 *
 * Cytoscape keeps each element's picture in shared texture atlases (one per zoom level) and whole sets of elements in
 * layer bitmaps. That pays off with a GPU. Without one (software rendering), a frame at a zoom level not seen before
 * draws thousands of new textures and copies each atlas back as it goes: 250–400 ms for 5,000 nodes, against about
 * 60 ms for drawing the same nodes directly, cold or not. The caches are internals of Cytoscape 3's canvas renderer
 * (not in its typings); if they are missing, nothing changes.
 */
import type { Core } from 'cytoscape';

interface CanvasRendererData {
  eleTxrCache?: { getElement?: (...args: unknown[]) => unknown };
  lyrTxrCache?: { getLayers?: (...args: unknown[]) => unknown };
}

export function drawNodesDirectly(cy: Core): void {
  const renderer = (cy as unknown as { renderer?: () => { data?: CanvasRendererData } | undefined }).renderer?.();
  const data = renderer?.data;
  // A cache that has no entry makes Cytoscape draw the element itself, in place.
  if (typeof data?.eleTxrCache?.getElement === 'function') data.eleTxrCache.getElement = () => null;
  if (typeof data?.lyrTxrCache?.getLayers === 'function') data.lyrTxrCache.getLayers = () => null;
}
