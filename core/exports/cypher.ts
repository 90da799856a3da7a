// A Cypher script that loads the graph into Neo4j 5 (cypher-shell -f, or paste into Browser):
// one uniqueness constraint per label, then nodes and relationships in UNWIND batches so a big
// corpus is a few hundred statements, not tens of thousands. Node properties are the model's
// attributes: scalars and string lists as they are, anything else (evidence) as JSON text,
// because Neo4j properties cannot hold maps.
import type { EdgeKind, NodeKind } from '../model';
import type { RemitGraph } from '../graph/types';
import { cypherName, cypherString } from './escape';

export const NODE_LABELS: Record<NodeKind, string> = {
  document: 'Document', section: 'Section', article: 'Article', agency: 'Agency', platform: 'Platform', region: 'Region', target: 'Target',
};
export const RELATIONSHIP_TYPES: Record<EdgeKind, string> = {
  issued: 'ISSUED', contains: 'CONTAINS', leads: 'LEADS', mentions: 'MENTIONS', located_in: 'LOCATED_IN',
};

const BATCH = 200;

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return '[' + value.map((v) => cypherString(v)).join(', ') + ']';
  return cypherString(JSON.stringify(value));
}

function map(props: Record<string, unknown>): string {
  const entries = Object.entries(props).filter(([, v]) => v !== undefined && v !== null);
  return '{' + entries.map(([k, v]) => `${cypherName(k)}: ${literal(v)}`).join(', ') + '}';
}

function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

function labelOf(kind: string): string {
  return (NODE_LABELS as Record<string, string>)[kind] ?? 'Node';
}

export function graphToCypher(graph: RemitGraph): string {
  const out: string[] = [
    '// Remit graph for Neo4j 5: run with `cypher-shell -f FILE` or paste into Neo4j Browser.',
    '// Every node has a unique `id` (the Remit graph id); relationships carry their evidence as JSON text.',
    '',
  ];
  const byLabel = new Map<string, Record<string, unknown>[]>();
  graph.forEachNode((id, attrs) => {
    const label = labelOf(attrs.kind);
    if (!byLabel.has(label)) byLabel.set(label, []);
    byLabel.get(label)!.push({ id, ...attrs });
  });
  for (const label of byLabel.keys()) {
    out.push(`CREATE CONSTRAINT ${cypherName(label.toLowerCase() + '_id')} IF NOT EXISTS FOR (n:${cypherName(label)}) REQUIRE n.id IS UNIQUE;`);
  }
  out.push('');
  for (const [label, rows] of byLabel) {
    for (const batch of batches(rows)) {
      out.push(`UNWIND [\n  ${batch.map(map).join(',\n  ')}\n] AS row\nMERGE (n:${cypherName(label)} {id: row.id})\nSET n += row;`);
    }
  }
  out.push('');
  // Relationships are grouped by (type, source label, target label) so every MATCH uses a label index.
  const groups = new Map<string, { type: string; from: string; to: string; rows: Record<string, unknown>[] }>();
  graph.forEachEdge((id, attrs, source, target, sa, ta) => {
    const type = (RELATIONSHIP_TYPES as Record<string, string>)[attrs.kind] ?? attrs.kind.toUpperCase();
    const from = labelOf(sa.kind);
    const to = labelOf(ta.kind);
    const key = `${type}\u0000${from}\u0000${to}`;
    if (!groups.has(key)) groups.set(key, { type, from, to, rows: [] });
    const { kind: _kind, ...props } = attrs;
    groups.get(key)!.rows.push({ source, target, props: { id, ...props } });
  });
  for (const { type, from, to, rows } of groups.values()) {
    for (const batch of batches(rows)) {
      const items = batch.map((r) => `{source: ${literal(r.source)}, target: ${literal(r.target)}, props: ${map(r.props as Record<string, unknown>)}}`);
      out.push(
        `UNWIND [\n  ${items.join(',\n  ')}\n] AS row\n` +
          `MATCH (a:${cypherName(from)} {id: row.source}), (b:${cypherName(to)} {id: row.target})\n` +
          `MERGE (a)-[r:${cypherName(type)} {id: row.props.id}]->(b)\nSET r += row.props;`,
      );
    }
  }
  return out.join('\n') + '\n';
}
