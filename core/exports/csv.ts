// CSV choices, applied to every CSV we write:
// - RFC 4180: comma separated, CRLF line ends, a field is quoted when it holds a comma, quote,
//   CR or LF, and quotes inside are doubled.
// - UTF-8 with a byte-order mark, because Excel (Windows and Mac) otherwise decodes the file in
//   the local ANSI code page and Chinese becomes mojibake. LibreOffice, pandas and R skip the BOM.
// - Formula injection (OWASP): a cell that starts with = + - @, TAB or CR would be evaluated by
//   spreadsheet software, so it gets a leading apostrophe. Excel hides that apostrophe; other
//   readers see it, which is the accepted price. Numbers and booleans we write ourselves are
//   never prefixed, so a negative number stays a number.
import type { RemitGraph } from '../graph/types';

export const CSV_BOM = '\uFEFF';

export type Cell = string | number | boolean | undefined | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === undefined || value === null) return '';
  let text = typeof value === 'string' ? value : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = "'" + text;
  return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

export function csvTable(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header.map(csvCell).join(','), ...rows.map((r) => r.map(csvCell).join(','))];
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}

function list(values: readonly string[] | undefined): string {
  return (values ?? []).join('; ');
}

type AnyAttrs = Record<string, unknown>;
const str = (v: unknown): Cell => (v === undefined || v === null ? undefined : typeof v === 'object' ? JSON.stringify(v) : (v as Cell));

/**
 * Nodes with Gephi's column names (Id, Label) first, then every model field that fits a cell.
 * Document and item full texts are left out: they exceed Excel's 32,767-character cell limit
 * and are in the JSON/GraphML exports.
 */
export const NODE_COLUMNS = [
  'Id', 'Label', 'label_en', 'kind', 'aliases', 'degree',
  'document', 'number', 'date', 'path', 'heading', 'level',
  'agency_id', 'abbr', 'agency_type', 'registered', 'since', 'until', 'succeeded_by',
  'platform_kind', 'region_kind', 'metric', 'year', 'value', 'amount', 'unit', 'comparator', 'nature',
] as const;

export function nodesCsv(graph: RemitGraph): string {
  const rows = graph.mapNodes((id, attrs) => {
    const a = attrs as unknown as AnyAttrs;
    return [
      id, attrs.label, attrs.labelEn, attrs.kind, list(attrs.aliases), graph.degree(id),
      str(a.document), str(a.number), str(a.date), str(a.path), str(a.heading), str(a.level),
      str(a.agencyId), str(a.abbr), str(a.agencyType), str(a.registered), str(a.since), str(a.until), list(a.successorNames as string[] | undefined),
      str(a.platformKind), str(a.regionKind), str(a.metric), str(a.year), str(a.value), str(a.amount), str(a.unit), str(a.comparator), str(a.nature),
    ] as Cell[];
  });
  return csvTable(NODE_COLUMNS, rows);
}

function quotes(evidence: { quote: string }[] | undefined): string {
  return [...new Set((evidence ?? []).map((e) => e.quote))].join('\n');
}

/** Edges with Gephi's column names (Source, Target, Type, Id, Label) first, so Gephi's spreadsheet import maps them. */
export const EDGE_COLUMNS = ['Source', 'Target', 'Type', 'Id', 'Label', 'kind', 'role', 'as_written', 'and_others', 'forwarded', 'evidence'] as const;

export function edgesCsv(graph: RemitGraph): string {
  const rows = graph.mapEdges((id, a, source, target, _sa, _ta, undirected) => [
    source, target, undirected ? 'Undirected' : 'Directed', id, a.kind, a.kind, a.role, a.asWritten, a.andOthers, a.forwarded, quotes(a.evidence),
  ] as Cell[]);
  return csvTable(EDGE_COLUMNS, rows);
}

/** The readable edge list: one row per relation with both ends named in Chinese and English. */
export const RELATION_COLUMNS = [
  'source', 'source_en', 'source_kind', 'relation', 'target', 'target_en', 'target_kind', 'role', 'as_written', 'forwarded', 'evidence', 'source_id', 'target_id',
] as const;

export function relationsCsv(graph: RemitGraph): string {
  const rows = graph.mapEdges((_id, a, source, target, sa, ta) => [
    sa.label, sa.labelEn, sa.kind, a.kind, ta.label, ta.labelEn, ta.kind, a.role, a.asWritten, a.forwarded, quotes(a.evidence), source, target,
  ] as Cell[]);
  return csvTable(RELATION_COLUMNS, rows);
}
