import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';

/**
 * patches/graphology+<version>.patch (applied by patch-package on install) gives graphology's per-node neighbour
 * indexes no prototype and asks them for a neighbour with `in`. Unpatched, a node named after a member of
 * Object.prototype cannot be linked (`constructor`, `__proto__`: "edge already exists"; a neighbour named
 * `hasOwnProperty` breaks hasEdge) — and building Remit's graph of 1,000 documents was 12–14 % slower, as every edge
 * end gave V8 a new object shape. These tests fail on an unpatched graphology, in either of its module forms.
 */
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'hasOwnProperty', 'toString', 'valueOf', 'isPrototypeOf'];
type GraphClass = typeof Graph;
const esm: GraphClass = Graph;
const cjs: GraphClass = createRequire(import.meta.url)('graphology');

describe.each([['ESM', esm], ['CommonJS', cjs]])('graphology as patched (%s)', (_form, G) => {
  it('links, finds and unlinks nodes named after members of Object.prototype', () => {
    for (const type of ['directed', 'undirected', 'mixed'] as const) {
      const graph = new G({ type, multi: false });
      graph.addNode('a');
      for (const name of PROTOTYPE_NAMES) graph.addNode(name);
      for (const name of PROTOTYPE_NAMES) graph.addEdge('a', name);
      expect(graph.size).toBe(PROTOTYPE_NAMES.length);
      expect(graph.neighbors('a').sort()).toEqual([...PROTOTYPE_NAMES].sort());
      for (const name of PROTOTYPE_NAMES) {
        expect(graph.hasEdge('a', name)).toBe(true);
        expect(graph.edge('a', name)).toBeDefined();
        expect(graph.hasEdge(name, 'a')).toBe(type === 'undirected'); // addEdge is directed in a mixed graph
      }
      expect(graph.hasEdge('a', 'propertyIsEnumerable')).toBe(false);
      graph.dropNode('__proto__');
      expect(graph.hasEdge('a', '__proto__')).toBe(false);
      expect(graph.copy().neighbors('a')).toHaveLength(PROTOTYPE_NAMES.length - 1);
    }
  });

  it('says an edge is there only when it is, from either end, directed or not', () => {
    const graph = new G({ type: 'mixed' });
    for (const k of ['a', 'b', 'c']) graph.addNode(k);
    graph.addDirectedEdge('a', 'b');
    graph.addUndirectedEdge('b', 'c');
    expect([graph.hasDirectedEdge('a', 'b'), graph.hasDirectedEdge('b', 'a'), graph.hasUndirectedEdge('a', 'b')]).toEqual([true, false, false]);
    expect([graph.hasUndirectedEdge('b', 'c'), graph.hasUndirectedEdge('c', 'b'), graph.hasEdge('c', 'b')]).toEqual([true, true, true]);
    expect(graph.hasEdge('a', 'c')).toBe(false);
  });
});

describe('the graphology patch', () => {
  it('is for the version installed, which package.json pins exactly', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; scripts: Record<string, string> };
    const installed = (JSON.parse(readFileSync('node_modules/graphology/package.json', 'utf8')) as { version: string }).version;
    expect(pkg.dependencies.graphology).toBe(installed);
    expect(readdirSync('patches').filter((f) => f.startsWith('graphology+'))).toEqual([`graphology+${installed}.patch`]);
    expect(pkg.scripts.postinstall).toBe('patch-package');
  });
});
