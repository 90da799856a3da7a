/** Undo/redo over view states. Entries are immutable snapshots; unchanged parts are shared by reference. */
export interface History<T> { past: T[]; present: T; future: T[] }

const LIMIT = 100;

export const initHistory = <T>(present: T): History<T> => ({ past: [], present, future: [] });

export function push<T>(h: History<T>, next: T): History<T> {
  if (next === h.present) return h;
  return { past: [...h.past.slice(-(LIMIT - 1)), h.present], present: next, future: [] };
}

/** Changes the present without a new undo step (layout results, preferences). */
export function replace<T>(h: History<T>, next: T): History<T> {
  return next === h.present ? h : { ...h, present: next };
}

/** `keep` carries over fields that are preferences rather than view steps (language, theme). */
export function undo<T>(h: History<T>, keep: (from: T, to: T) => T = (_f, to) => to): History<T> {
  if (h.past.length === 0) return h;
  const previous = h.past[h.past.length - 1];
  return { past: h.past.slice(0, -1), present: keep(h.present, previous), future: [h.present, ...h.future] };
}

export function redo<T>(h: History<T>, keep: (from: T, to: T) => T = (_f, to) => to): History<T> {
  if (h.future.length === 0) return h;
  const [next, ...rest] = h.future;
  return { past: [...h.past, h.present], present: keep(h.present, next), future: rest };
}
