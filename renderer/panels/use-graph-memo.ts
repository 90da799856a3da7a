import { useMemo, type DependencyList } from 'react';

/**
 * useMemo that also recomputes when the graph changes in place: addDocument mutates the same graph object, and
 * the shell bumps `version` when it does, so the graph's identity alone cannot invalidate a cached answer.
 */
export function useGraphMemo<T>(compute: () => T, deps: DependencyList, version: number): T {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- deps are the caller's; version stands for in-place changes
  return useMemo(compute, [...deps, version]);
}
