// Reads GraphML back into a Remit graph: our own exports losslessly (typed keys, JSON-encoded
// structured values marked by <desc>json</desc>), other tools' GraphML as far as their keys go.
import Graph from 'graphology';
import type { EdgeAttributes, NodeAttributes } from '../model';
import { createGraph } from '../graph/create';
import type { RemitGraph } from '../graph/types';
import { decodeValue, type ScalarType } from './attributes';
import { GRAPHML_JSON_DESC } from './graphml';
import { type XmlElement, XmlError, parseXml } from './xml-reader';

interface KeyDef { name: string; domain: string; type: ScalarType; json: boolean; fallback?: string }

const TYPES: Record<string, ScalarType> = { boolean: 'boolean', int: 'int', long: 'int', float: 'double', double: 'double', string: 'string' };

function readKeys(root: XmlElement): Map<string, KeyDef> {
  const keys = new Map<string, KeyDef>();
  for (const el of root.children) {
    if (el.name !== 'key' || !el.attrs.id) continue;
    const desc = el.children.find((c) => c.name === 'desc')?.text.trim();
    const fallback = el.children.find((c) => c.name === 'default')?.text;
    keys.set(el.attrs.id, {
      name: el.attrs['attr.name'] ?? el.attrs.id,
      domain: el.attrs.for ?? 'all',
      type: TYPES[el.attrs['attr.type'] ?? 'string'] ?? 'string',
      json: desc === GRAPHML_JSON_DESC,
      fallback,
    });
  }
  return keys;
}

function attributesOf(el: XmlElement, keys: Map<string, KeyDef>, domain: string): Record<string, unknown> {
  const attrs: Record<string, unknown> = {};
  for (const [, def] of keys) {
    if (def.fallback !== undefined && (def.domain === domain || def.domain === 'all')) attrs[def.name] = decodeValue(def, def.fallback);
  }
  for (const d of el.children) {
    if (d.name !== 'data') continue;
    const def = keys.get(d.attrs.key);
    if (!def) continue;
    try {
      attrs[def.name] = decodeValue(def, d.text);
    } catch {
      throw new XmlError(`Attribute "${def.name}" is not valid JSON`);
    }
  }
  return attrs;
}

export function importGraphML(text: string): RemitGraph {
  const root = parseXml(text);
  if (root.name !== 'graphml') throw new XmlError(`Not GraphML: root element is <${root.name}>`);
  const keys = readKeys(root);
  const g = root.children.find((c) => c.name === 'graph');
  if (!g) throw new XmlError('GraphML has no <graph> element');
  const directed = g.attrs.edgedefault !== 'undirected';
  const graph: RemitGraph = directed ? createGraph() : new Graph<NodeAttributes, EdgeAttributes>({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.replaceAttributes(attributesOf(g, keys, 'graph'));
  for (const el of g.children) {
    if (el.name !== 'node') continue;
    graph.addNode(el.attrs.id, attributesOf(el, keys, 'node') as unknown as NodeAttributes);
  }
  let auto = 0;
  for (const el of g.children) {
    if (el.name !== 'edge') continue;
    const id = el.attrs.id ?? `e${auto++}`;
    const { source, target } = el.attrs;
    if (!graph.hasNode(source) || !graph.hasNode(target)) throw new XmlError(`Edge ${id} refers to a missing node`);
    graph.addEdgeWithKey(id, source, target, attributesOf(el, keys, 'edge') as unknown as EdgeAttributes);
  }
  return graph;
}
