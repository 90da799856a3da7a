/**
 * Applies the worker's GraphChange to the page's graph in slices of a few milliseconds: a first load of a big graph
 * is tens of thousands of additions, which done in one go would hold the window for hundreds of milliseconds.
 * Removals first (an id may be removed and added again), nodes before edges (an edge joins nodes already there).
 */
import type { RemitGraph } from '../../core/graph/types';
import type { GraphChange } from '../worker/protocol';

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function applyChange(
  graph: RemitGraph,
  change: Pick<GraphChange, 'nodes' | 'edges'>,
  opts: { budgetMs?: number; step?: number; pause?: () => Promise<void> } = {},
): Promise<void> {
  const budget = opts.budgetMs ?? 25;
  const step = opts.step ?? 250;
  const pause = opts.pause ?? yieldToBrowser;
  let started = performance.now();
  const sliced = async <T>(list: readonly T[], apply: (item: T) => void) => {
    for (let i = 0; i < list.length; i += step) {
      const end = Math.min(list.length, i + step);
      for (let k = i; k < end; k++) apply(list[k]);
      if (end < list.length && performance.now() - started >= budget) {
        await pause();
        started = performance.now();
      }
    }
  };
  await sliced(change.edges.removed, (key) => { if (graph.hasEdge(key)) graph.dropEdge(key); });
  await sliced(change.nodes.removed, (id) => { if (graph.hasNode(id)) graph.dropNode(id); });
  await sliced(change.nodes.added, ([id, attrs]) => { graph.addNode(id, attrs); });
  await sliced(change.nodes.updated, ([id, attrs]) => { graph.replaceNodeAttributes(id, attrs); });
  await sliced(change.edges.added, ([key, source, target, attrs]) => { graph.addDirectedEdgeWithKey(key, source, target, attrs); });
  await sliced(change.edges.updated, ([key, attrs]) => { graph.replaceEdgeAttributes(key, attrs); });
}
