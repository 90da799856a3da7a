// The responsibility table as CSV: one row per (annotation, named body), straight from the
// graph's shared responsibilityRows so the UI table, the brief and this file always agree.
import { responsibilityRows } from '../graph/responsibility-rows';
import type { RemitGraph } from '../graph/types';
import { csvTable } from './csv';

/** scope: the annotation's 适用范围; deadline: when it says the work is due (2019年底前完成, 持续推进); inherited: `yes` when the row comes from a note on later items (以下均需X落实). */
export const RESPONSIBILITY_COLUMNS = ['document', 'item', 'item_title', 'agency', 'agency_as_written', 'role', 'quote', 'scope', 'deadline', 'inherited'] as const;

export function responsibilitiesCsv(graph: RemitGraph, nodeIds?: ReadonlySet<string>): string {
  const rows = responsibilityRows(graph, nodeIds).map((r) => [r.document, r.item, r.itemTitle, r.agency, r.agencyAsWritten, r.role, r.quote, r.scope ?? '', r.deadline ?? '', r.inherited ? 'yes' : '']);
  return csvTable(RESPONSIBILITY_COLUMNS, rows);
}
