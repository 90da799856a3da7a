/**
 * The search box's current hits, for the canvas: hits are labelled before the rest of the graph (label-layer.ts).
 * A tiny subscription rather than props, so that the search box and the canvas need no wiring through App.
 */
type Listener = (ids: readonly string[]) => void;

let hits: readonly string[] = [];
const listeners = new Set<Listener>();

export function publishSearchHits(ids: readonly string[]): void {
  if (ids.length === hits.length && ids.every((id, i) => id === hits[i])) return;
  hits = ids;
  for (const l of listeners) l(hits);
}

export function onSearchHits(listener: Listener): () => void {
  listeners.add(listener);
  listener(hits);
  return () => listeners.delete(listener);
}
