/** How the page was launched: the URL's switches for the benchmark and for tests. Read once. */
const params = new URLSearchParams(location.search);

/** `?bench=synthetic&n=…&m=…`: a generated graph instead of documents (bench/ui.ts). */
export const BENCH = params.get('bench') === 'synthetic' ? { nodes: Number(params.get('n') ?? 5000), edges: Number(params.get('m') ?? 20000) } : null;
/** `?empty`: start without the seed documents (first-run look, tests of the empty state). */
export const NO_SEEDS = params.has('empty');
/** Above this many nodes the canvas switches to its performance mode (edge layer, no labels at overview). */
export const BIG_GRAPH = 3000;
