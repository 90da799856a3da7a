/**
 * One serial queue for every change to a Cytoscape instance, so that chunked loads, layouts and visibility never
 * interleave. `data-idle` on the frame tells tests and the benchmark that the queue (layouts, animations) is empty.
 */
import { useCallback, useRef, type RefObject } from 'react';
import type { Core } from 'cytoscape';

export type ViewTask = (cy: Core) => Promise<void> | void;

/** `settled` runs after each task, once the task's changes are made. */
export function useSerialQueue(cyRef: RefObject<Core | null>, frame: RefObject<HTMLElement | null>, settled?: () => void): (task: ViewTask) => void {
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef(0);
  const setIdle = useCallback(() => frame.current?.setAttribute('data-idle', String(pending.current === 0)), [frame]);
  return useCallback((task: ViewTask) => {
    pending.current++;
    setIdle();
    queue.current = queue.current
      .then(() => (cyRef.current ? task(cyRef.current) : undefined))
      .catch((error: unknown) => console.warn('Remit view update failed:', error))
      .finally(() => {
        settled?.();
        pending.current--;
        setIdle();
      });
  }, [cyRef, setIdle, settled]);
}
