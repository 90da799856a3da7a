import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { buildGraph, removeDocument } from '../../core/graph';
import { addGraphNode, createGraph } from '../../core/graph/create';
import type { NodeAttributes } from '../../core/model';
import { readDocument } from '../../core/read';
import { corpusFiles, seedBytes } from './seed';

const node = (label: string): NodeAttributes => ({ kind: 'platform', label, aliases: [], platformKind: 'lab' });

/** Same operations on a graph built with addGraphNode and one built with graphology's own addNode. */
function pair(): [ReturnType<typeof createGraph>, ReturnType<typeof createGraph>] {
  const fast = createGraph();
  const plain = createGraph();
  const ids = ['item:甲:一', 'item:甲:一/（一）', 'region:chongqing', 'agency:most', 'target:甲:一#0', 'platform:西部（重庆）科学城'];
  for (const id of ids) {
    addGraphNode(fast, id, node(id));
    plain.addNode(id, node(id));
  }
  const edges: [string, string][] = [
    ['item:甲:一', 'item:甲:一/（一）'], ['item:甲:一/（一）', 'region:chongqing'], ['item:甲:一/（一）', 'agency:most'],
    ['item:甲:一', 'target:甲:一#0'], ['region:chongqing', 'item:甲:一'], ['agency:most', 'platform:西部（重庆）科学城'], ['item:甲:一', 'agency:most'],
  ];
  for (const [s, t] of edges) {
    fast.addDirectedEdgeWithKey(`${s}->${t}`, s, t, { kind: 'mentions' });
    plain.addDirectedEdgeWithKey(`${s}->${t}`, s, t, { kind: 'mentions' });
  }
  return [fast, plain];
}

describe('nodes added with dictionary neighbour indexes', () => {
  it('answer edge lookups, neighbours and degrees exactly like plain graphology nodes, in the same order', () => {
    const [fast, plain] = pair();
    fast.forEachNode((id) => {
      expect(fast.outNeighbors(id)).toEqual(plain.outNeighbors(id));
      expect(fast.inNeighbors(id)).toEqual(plain.inNeighbors(id));
      expect(fast.outEdges(id)).toEqual(plain.outEdges(id));
      expect(fast.inDegree(id)).toBe(plain.inDegree(id));
      fast.forEachNode((other) => {
        expect(fast.edge(id, other)).toBe(plain.edge(id, other));
        expect(fast.hasDirectedEdge(id, other)).toBe(plain.hasDirectedEdge(id, other));
      });
      expect(Object.keys(fast.getNodeAttributes(id))).toEqual(Object.keys(plain.getNodeAttributes(id)));
    });
    expect(fast.edge('item:甲:一', 'region:chongqing')).toBeUndefined();
    expect(JSON.stringify(fast.export())).toBe(JSON.stringify(plain.export()));
  });

  it('survive dropping nodes and edges and a copy of the graph', () => {
    const [fast, plain] = pair();
    for (const g of [fast, plain]) {
      g.dropEdge('item:甲:一->agency:most');
      g.dropNode('region:chongqing');
    }
    expect(JSON.stringify(fast.export())).toBe(JSON.stringify(plain.export()));
    expect(JSON.stringify(fast.copy().export())).toBe(JSON.stringify(plain.export()));
    expect(fast.hasEdge('item:甲:一', 'agency:most')).toBe(false);
    expect(fast.hasEdge('item:甲:一/（一）', 'agency:most')).toBe(true);
    // by key, by endpoints that are not there, and on a copy that is then extended
    expect(fast.hasEdge('item:甲:一/（一）->agency:most')).toBe(true);
    expect(fast.hasDirectedEdge('item:甲:一/（一）->agency:most')).toBe(true);
    expect(fast.hasDirectedEdge('nowhere', 'agency:most')).toBe(false);
    expect(fast.hasEdge('agency:most', 'item:甲:一/（一）')).toBe(false);
    const copy = fast.copy();
    addGraphNode(copy, 'region:sichuan', node('四川'));
    copy.addDirectedEdgeWithKey('k', 'region:sichuan', 'agency:most', { kind: 'mentions' });
    expect(copy.hasEdge('region:sichuan', 'agency:most')).toBe(true);
    expect(copy.hasDirectedEdge('item:甲:一/（一）', 'agency:most')).toBe(true);
    expect(copy.outNeighbors('region:sichuan')).toEqual(['agency:most']);
  });

  it('give the graph of the seed and the corpus the same neighbourhoods as one rebuilt with addNode, and still drop a document', () => {
    const docs = [readDocument(seedBytes(), 'seed.txt'), ...corpusFiles().map((f) => readDocument(f.bytes, f.name))];
    const built = buildGraph(docs);
    const rebuilt = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
    built.forEachNode((id, attrs) => rebuilt.addNode(id, attrs));
    built.forEachEdge((key, attrs, s, t) => rebuilt.addDirectedEdgeWithKey(key, s, t, attrs));
    built.forEachNode((id) => {
      expect(built.outNeighbors(id)).toEqual(rebuilt.outNeighbors(id));
      expect(built.inEdges(id)).toEqual(rebuilt.inEdges(id));
    });
    removeDocument(built, 'doc:国科发规〔2023〕31号');
    expect(built.hasNode('doc:国科发规〔2023〕31号')).toBe(false);
    built.forEachNode((_id, attrs) => expect('document' in attrs ? attrs.document : '').not.toBe('doc:国科发规〔2023〕31号'));
  });
});
