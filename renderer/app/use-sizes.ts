/** Node sizes for the chosen sizing; betweenness is computed in the worker, once per graph version. */
import { useEffect, useMemo, useState } from 'react';
import type { RemitGraph } from '../../core/graph/types';
import { computeSizes } from '../graph/adapter';
import type { Sizing } from '../state/view';
import type { WorkerClient } from '../worker/client';
import type { Notify } from './use-notices';

export function useSizes(graph: RemitGraph, version: number, sizing: Sizing, worker: WorkerClient, notify: Notify): { sizes: Record<string, number>; computing: boolean } {
  const [betweenness, setBetweenness] = useState<{ version: number; values: Record<string, number> } | null>(null);
  const [computing, setComputing] = useState(0);
  const sizes = useMemo(
    () => computeSizes(graph, sizing, betweenness?.version === version ? betweenness.values : undefined),
    [graph, version, sizing, betweenness],
  );
  useEffect(() => {
    if (sizing !== 'betweenness' || betweenness?.version === version || graph.order === 0) return;
    let live = true;
    setComputing((b) => b + 1);
    worker
      .betweenness()
      .then((values) => { if (live) setBetweenness({ version, values }); })
      .catch((e: unknown) => notify('error', String(e)))
      .finally(() => setComputing((b) => b - 1));
    return () => { live = false; };
    // Once per version and sizing: the result arriving must not start another computation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sizing, version]);
  return { sizes, computing: computing > 0 };
}
