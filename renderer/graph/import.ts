/**
 * Copies a serialized graph into the page's graph in slices of a few milliseconds. A 25,000-element graph takes a
 * few hundred milliseconds to import; done in one go it would freeze the window for that long.
 */
import type Graph from 'graphology';
import type { Attributes, SerializedGraph } from 'graphology-types';

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function importInSlices<N extends Attributes, E extends Attributes, G extends Attributes>(
  graph: Graph<N, E, G>,
  data: SerializedGraph<N, E, G>,
  opts: { budgetMs?: number; step?: number; pause?: () => Promise<void> } = {},
): Promise<void> {
  const budget = opts.budgetMs ?? 25;
  const step = opts.step ?? 250;
  const pause = opts.pause ?? yieldToBrowser;
  if (data.attributes) graph.mergeAttributes(data.attributes);
  let started = performance.now();
  const sliced = async <T>(list: T[], add: (slice: T[]) => void) => {
    for (let i = 0; i < list.length; i += step) {
      add(list.slice(i, i + step));
      if (i + step < list.length && performance.now() - started >= budget) {
        await pause();
        started = performance.now();
      }
    }
  };
  // Nodes before edges: an edge can only join nodes that are already there.
  await sliced(data.nodes ?? [], (nodes) => graph.import({ nodes } as unknown as SerializedGraph<N, E, G>, true));
  await sliced(data.edges ?? [], (edges) => graph.import({ edges } as unknown as SerializedGraph<N, E, G>, true));
}
