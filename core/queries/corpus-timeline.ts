/**
 * The corpus on a time axis: how many documents each year holds, for the timeline above the date filter.
 * Every year between the first and the last appears (a gap in the corpus is a zero, not a missing bar).
 */
import type { RemitGraph } from '../graph/types';
import { isDocument } from './graph-helpers';

export interface TimelineYear {
  year: number;
  documents: number;
  /** document node ids of that year, by date */
  documentIds: string[];
}

export interface CorpusTimeline {
  years: TimelineYear[];
  /** documents without a readable date: the date filter keeps them only when asked to */
  undated: string[];
  /** earliest and latest ISO dates, when any document has one */
  first?: string;
  last?: string;
}

const YEAR = /^(\d{4})/;

export function corpusTimeline(graph: RemitGraph): CorpusTimeline {
  const dated: { id: string; date: string; year: number }[] = [];
  const undated: string[] = [];
  graph.forEachNode((id, attr) => {
    if (!isDocument(attr)) return;
    const m = attr.date ? YEAR.exec(attr.date) : null;
    if (m) dated.push({ id, date: attr.date!, year: Number(m[1]) });
    else undated.push(id);
  });
  undated.sort();
  if (!dated.length) return { years: [], undated };
  dated.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  const from = dated[0].year;
  const to = dated[dated.length - 1].year;
  const years: TimelineYear[] = [];
  for (let y = from; y <= to; y++) years.push({ year: y, documents: 0, documentIds: [] });
  for (const d of dated) {
    const slot = years[d.year - from];
    slot.documents += 1;
    slot.documentIds.push(d.id);
  }
  return { years, undated, first: dated[0].date, last: dated[dated.length - 1].date };
}
