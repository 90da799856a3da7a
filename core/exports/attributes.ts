// Flattening graph attributes into the typed scalar columns that XML and CSV formats need.
// Scalars keep their type; arrays and objects (aliases, evidence, warnings) become JSON strings,
// and the key declaration records that so the importer can turn them back into values.
import type { RemitGraph } from '../graph/types';

export type ScalarType = 'string' | 'boolean' | 'int' | 'double';

export interface AttributeKey {
  name: string;
  type: ScalarType;
  /** values are JSON text (arrays and objects) */
  json: boolean;
}

type Value = unknown;

function typeOf(value: Value): { type: ScalarType; json: boolean } | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return { type: 'string', json: false };
  if (typeof value === 'boolean') return { type: 'boolean', json: false };
  if (typeof value === 'number') return { type: Number.isInteger(value) ? 'int' : 'double', json: false };
  return { type: 'string', json: true };
}

/** Merges the types seen for one attribute across all nodes (or edges): int widens to double, anything mixed becomes JSON text. */
function merge(a: AttributeKey['type'] | undefined, aj: boolean, b: { type: ScalarType; json: boolean }): { type: ScalarType; json: boolean } {
  if (a === undefined) return b;
  if (aj || b.json) return { type: 'string', json: true };
  if (a === b.type) return b;
  if ((a === 'int' && b.type === 'double') || (a === 'double' && b.type === 'int')) return { type: 'double', json: false };
  return { type: 'string', json: true };
}

/** Attribute order: the model's common fields first, then alphabetical, so files diff well. */
const FIRST = ['kind', 'label', 'labelEn', 'aliases', 'role', 'asWritten', 'andOthers'];
function order(a: string, b: string): number {
  const ia = FIRST.indexOf(a);
  const ib = FIRST.indexOf(b);
  if (ia !== -1 || ib !== -1) return (ia === -1 ? 99 : ia) - (ib === -1 ? 99 : ib);
  return a < b ? -1 : a > b ? 1 : 0;
}

function collect(rows: Iterable<Record<string, Value>>): AttributeKey[] {
  const seen = new Map<string, { type: ScalarType; json: boolean }>();
  for (const attrs of rows) {
    for (const [name, value] of Object.entries(attrs)) {
      const t = typeOf(value);
      if (!t) continue;
      const prev = seen.get(name);
      seen.set(name, merge(prev?.type, prev?.json ?? false, t));
    }
  }
  return [...seen.keys()].sort(order).map((name) => ({ name, ...seen.get(name)! }));
}

export function nodeKeys(graph: RemitGraph): AttributeKey[] {
  return collect(graph.mapNodes((_, a) => a as unknown as Record<string, Value>));
}

export function edgeKeys(graph: RemitGraph): AttributeKey[] {
  return collect(graph.mapEdges((_, a) => a as unknown as Record<string, Value>));
}

export function graphKeys(graph: RemitGraph): AttributeKey[] {
  return collect([graph.getAttributes() as Record<string, Value>]);
}

/** The text form of a value under its key: JSON for structured values, plain for scalars. */
export function encodeValue(key: AttributeKey, value: Value): string {
  if (key.json) return JSON.stringify(value);
  return String(value);
}

/** The inverse of encodeValue. */
export function decodeValue(key: Pick<AttributeKey, 'type' | 'json'>, text: string): Value {
  if (key.json) return JSON.parse(text);
  switch (key.type) {
    case 'boolean':
      return text.trim() === 'true';
    case 'int':
    case 'double':
      return Number(text);
    default:
      return text;
  }
}
