// GEXF 1.3 (Gephi's native format): typed attribute declarations, node labels, and viz colours,
// shapes and sizes from the shared palette so a graph opens in Gephi already coloured by kind.
import type { NodeKind } from '../model';
import type { RemitGraph } from '../graph/types';
import { type AttributeKey, edgeKeys, encodeValue, nodeKeys } from './attributes';
import { xmlEscape } from './escape';
import { hexToRgb, nodeStyle } from './palette';

const GEXF_TYPE: Record<AttributeKey['type'], string> = { string: 'string', boolean: 'boolean', int: 'integer', double: 'double' };
const GEXF_SHAPE: Record<string, string> = { ellipse: 'disc', 'round-rectangle': 'square', rectangle: 'square', diamond: 'diamond', triangle: 'triangle', hexagon: 'disc', star: 'diamond' };

function declarations(cls: 'node' | 'edge', keys: AttributeKey[]): string[] {
  if (keys.length === 0) return [];
  return [
    `    <attributes class="${cls}" mode="static">`,
    ...keys.map((k, i) => `      <attribute id="${i}" title="${xmlEscape(k.name)}" type="${GEXF_TYPE[k.type]}"/>`),
    '    </attributes>',
  ];
}

function attvalues(keys: AttributeKey[], attrs: Record<string, unknown>, indent: string): string[] {
  const values: string[] = [];
  keys.forEach((k, i) => {
    const v = attrs[k.name];
    if (v === undefined || v === null) return;
    values.push(`${indent}  <attvalue for="${i}" value="${xmlEscape(encodeValue(k, v))}"/>`);
  });
  return values.length ? [`${indent}<attvalues>`, ...values, `${indent}</attvalues>`] : [];
}

export function graphToGexf(graph: RemitGraph): string {
  const nk = nodeKeys(graph);
  const ek = edgeKeys(graph);
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>Remit</creator>',
    '    <description>Responsibilities in Chinese government policy documents</description>',
    '  </meta>',
    `  <graph mode="static" defaultedgetype="${graph.type === 'undirected' ? 'undirected' : 'directed'}">`,
    ...declarations('node', nk),
    ...declarations('edge', ek),
    '    <nodes>',
  ];
  graph.forEachNode((node, attrs) => {
    const style = nodeStyle(attrs.kind as NodeKind);
    const [r, g, b] = hexToRgb(style.fill);
    lines.push(
      `      <node id="${xmlEscape(node)}" label="${xmlEscape(attrs.label ?? node)}">`,
      ...attvalues(nk, attrs as unknown as Record<string, unknown>, '        '),
      `        <viz:color r="${r}" g="${g}" b="${b}" a="1.0"/>`,
      `        <viz:size value="${style.size + Math.min(20, graph.degree(node))}"/>`,
      `        <viz:shape value="${GEXF_SHAPE[style.shape] ?? 'disc'}"/>`,
      '      </node>',
    );
  });
  lines.push('    </nodes>', '    <edges>');
  graph.forEachEdge((edge, attrs, source, target) => {
    lines.push(
      `      <edge id="${xmlEscape(edge)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}" label="${xmlEscape(attrs.kind)}">`,
      ...attvalues(ek, attrs as unknown as Record<string, unknown>, '        '),
      '      </edge>',
    );
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
