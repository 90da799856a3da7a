/** Start: the seed documents (or the synthetic benchmark graph, or nothing with `?empty`). Runs once. */
import { useEffect, useRef, type RefObject } from 'react';
import type { Host } from '../host/types';
import { BENCH, NO_SEEDS } from './launch';
import type { Documents, Timings } from './use-documents';
import type { Notify } from './use-notices';

export function useStartup(host: Host, docs: Pick<Documents, 'loadFiles' | 'loadSynthetic'>, notify: Notify, timings: RefObject<Timings>): void {
  const latest = useRef({ docs, notify });
  latest.current = { docs, notify };
  useEffect(() => {
    const { docs: d, notify: n } = latest.current;
    (async () => {
      if (BENCH) {
        await d.loadSynthetic(BENCH.nodes, BENCH.edges);
        return;
      }
      if (NO_SEEDS) {
        document.body.dataset.ready = 'true';
        return;
      }
      await d.loadFiles(await host.loadSeeds(), { quiet: true });
      timings.current.graphReceived = performance.now();
    })().catch((e: unknown) => n('error', String(e)));
  }, [host, timings]);
}
