/**
 * Filters for a corpus: which roles of assignment to show (counted by core's assignmentCounts, the Matrix's own
 * count) and a range of years with a timeline of the corpus above it (core's corpusTimeline), so a reader sees
 * where the documents lie before narrowing to them.
 */
import { useMemo } from 'react';
import type { RemitGraph } from '../../core/graph/types';
import { assignmentCounts } from '../../core/queries/assignments';
import { corpusTimeline } from '../../core/queries/corpus-timeline';
import { rolesIn } from '../../core/queries/roles';
import { fmt, type Strings } from '../i18n';
import type { Filters } from '../state/view';

interface Props {
  graph: RemitGraph;
  version: number;
  filters: Filters;
  t: Strings;
  onChange(filters: Filters): void;
}

export function CorpusFilters({ graph, version, filters, t, onChange }: Props) {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const counts = useMemo(() => assignmentCounts(graph), [graph, version]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const timeline = useMemo(() => corpusTimeline(graph), [graph, version]);
  const roles = rolesIn(counts.byRole);
  const chosen = new Set(filters.roles ?? roles);
  const toggleRole = (role: string) => {
    const next = new Set(chosen);
    if (next.has(role)) next.delete(role);
    else next.add(role);
    onChange({ ...filters, roles: next.size === roles.length ? null : [...next] });
  };
  const from = filters.dates?.from?.slice(0, 4) ?? '';
  const to = filters.dates?.to?.slice(0, 4) ?? '';
  const setDates = (f: string, tt: string) => onChange({ ...filters, dates: f || tt ? { from: f || undefined, to: tt || undefined } : null });
  const years = timeline.years;
  const max = Math.max(1, ...years.map((y) => y.documents));
  const inRange = (year: number) => (!from || year >= Number(from)) && (!to || year <= Number(to));

  return (
    <>
      {roles.length > 0 && (
        <fieldset data-testid="role-filter">
          <legend>{t.rolesFilter}</legend>
          {roles.map((role) => (
            <label key={role} className="check">
              <input type="checkbox" checked={chosen.has(role)} onChange={() => toggleRole(role)} />
              <span className="check-label">{t.roleName[role] ?? role}</span>
              <span className="count">{counts.byRole[role]}</span>
            </label>
          ))}
        </fieldset>
      )}
      {years.length > 0 && (
        <fieldset data-testid="date-filter">
          <legend>{t.datesFilter}</legend>
          <div className="timeline" role="img" aria-label={`${t.timelineLabel}: ${years.filter((y) => y.documents).map((y) => `${y.year} ${y.documents}`).join(', ')}`}>
            {years.map((y) => (
              <button
                key={y.year}
                type="button"
                className={`timeline-bar${inRange(y.year) ? '' : ' out'}`}
                title={`${y.year}: ${y.documents}`}
                aria-label={`${y.year}: ${y.documents}`}
                tabIndex={-1}
                style={{ height: `${y.documents ? 6 + (34 * y.documents) / max : 2}px` }}
                onClick={() => setDates(String(y.year), String(y.year))}
              />
            ))}
          </div>
          <div className="timeline-axis" aria-hidden="true">
            <span>{years[0].year}</span>
            <span>{years[years.length - 1].year}</span>
          </div>
          <div className="date-range">
            <label>
              <span>{t.dateFrom}</span>
              <select aria-label={t.dateFrom} value={from} onChange={(e) => setDates(e.target.value, to)}>
                <option value="">{t.anyYear}</option>
                {years.map((y) => <option key={y.year} value={y.year}>{y.year}</option>)}
              </select>
            </label>
            <label>
              <span>{t.dateTo}</span>
              <select aria-label={t.dateTo} value={to} onChange={(e) => setDates(from, e.target.value)}>
                <option value="">{t.anyYear}</option>
                {years.map((y) => <option key={y.year} value={y.year}>{y.year}</option>)}
              </select>
            </label>
          </div>
          {timeline.undated.length > 0 && <p className="muted small">{fmt(t.undatedDocs, { count: timeline.undated.length })}</p>}
        </fieldset>
      )}
    </>
  );
}
