// GraphML with one typed <key> per attribute (separately for graph, node and edge domains).
// Structured values (aliases, evidence, warnings) are JSON text; their key carries
// <desc>json</desc> so importGraphML can restore them, while other tools simply see a string.
// Node and edge ids are Remit's own ids: Gephi, yEd and Cytoscape Desktop show them as ids and
// none of them validates ids against the schema's NMTOKEN rule.
import type { RemitGraph } from '../graph/types';
import { type AttributeKey, edgeKeys, encodeValue, graphKeys, nodeKeys } from './attributes';
import { xmlEscape } from './escape';

export const GRAPHML_JSON_DESC = 'json';

function keyId(prefix: string, key: AttributeKey, index: number): string {
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(key.name) ? `${prefix}_${key.name}` : `${prefix}${index}`;
}

function declare(domain: 'graph' | 'node' | 'edge', keys: AttributeKey[], ids: string[]): string[] {
  return keys.map((k, i) => {
    const open = `  <key id="${xmlEscape(ids[i])}" for="${domain}" attr.name="${xmlEscape(k.name)}" attr.type="${k.type}"`;
    return k.json ? `${open}>\n    <desc>${GRAPHML_JSON_DESC}</desc>\n  </key>` : `${open}/>`;
  });
}

function data(keys: AttributeKey[], ids: string[], attrs: Record<string, unknown>, indent: string): string[] {
  const out: string[] = [];
  keys.forEach((k, i) => {
    const value = attrs[k.name];
    if (value === undefined || value === null) return;
    out.push(`${indent}<data key="${xmlEscape(ids[i])}">${xmlEscape(encodeValue(k, value))}</data>`);
  });
  return out;
}

export function graphToGraphML(graph: RemitGraph): string {
  const gk = graphKeys(graph);
  const nk = nodeKeys(graph);
  const ek = edgeKeys(graph);
  const gid = gk.map((k, i) => keyId('g', k, i));
  const nid = nk.map((k, i) => keyId('n', k, i));
  const eid = ek.map((k, i) => keyId('e', k, i));
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...declare('graph', gk, gid),
    ...declare('node', nk, nid),
    ...declare('edge', ek, eid),
    `  <graph id="remit" edgedefault="${graph.type === 'undirected' ? 'undirected' : 'directed'}">`,
    ...data(gk, gid, graph.getAttributes() as Record<string, unknown>, '    '),
  ];
  graph.forEachNode((node, attrs) => {
    lines.push(`    <node id="${xmlEscape(node)}">`, ...data(nk, nid, attrs as unknown as Record<string, unknown>, '      '), '    </node>');
  });
  graph.forEachEdge((edge, attrs, source, target, _sa, _ta, undirected) => {
    const dir = undirected && graph.type !== 'undirected' ? ' directed="false"' : '';
    lines.push(
      `    <edge id="${xmlEscape(edge)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}"${dir}>`,
      ...data(ek, eid, attrs as unknown as Record<string, unknown>, '      '),
      '    </edge>',
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
