/**
 * The corpus at a glance, the first view once several documents are open: the agency overview (core's
 * agencyOverview, drawn as in the briefing pack: agencies sized by their items, linked by shared work, coloured by
 * community; the busiest 30 so it stays readable) beside a ranked list of agencies. Choosing an agency lists the
 * agencies that share work with it, ranked (core's agenciesSharingWork), and opens it in the graph on request.
 * Role and date filters narrow it like every other view.
 */
import { useMemo, useState, type MouseEvent } from 'react';
import type { RemitGraph } from '../../core/graph/types';
import { briefFigureSvg } from '../../core/exports/brief/overview-figure';
import { briefOverview } from '../../core/exports/brief/overview-layout';
import { agenciesSharingWork } from '../../core/queries/agencies-sharing-work';
import { documentsInRange } from '../../core/queries/documents-in-range';
import { fmt, type Strings } from '../i18n';
import type { Filters } from '../state/view';

interface Props {
  graph: RemitGraph;
  version: number;
  filters: Filters;
  t: Strings;
  onOpen(id: string): void;
}

export function OverviewView({ graph, version, filters, t, onOpen }: Props) {
  const [chosen, setChosen] = useState<string | null>(null);
  const scope = useMemo(() => ({
    roles: filters.roles ?? undefined,
    documentIds: filters.dates && (filters.dates.from || filters.dates.to) ? documentsInRange(graph, filters.dates) : undefined,
  // eslint-disable-next-line react-hooks/exhaustive-deps
  }), [graph, version, filters.roles, filters.dates]);
  const overview = useMemo(() => briefOverview(graph, scope), [graph, scope]);
  const svg = useMemo(() => briefFigureSvg(overview, { title: t.overview }), [overview, t]);
  const agencies = overview.nodes.filter((n) => n.kind === 'agency').sort((a, b) => b.items - a.items || a.label.localeCompare(b.label, 'zh-Hans-CN'));
  const partners = useMemo(() => (chosen ? agenciesSharingWork(graph, chosen, scope) : []), [graph, chosen, scope]);
  const name = (id: string) => {
    if (!graph.hasNode(id)) return id;
    const a = graph.getNodeAttributes(id);
    return a.kind === 'agency' && a.abbr ? `${a.label} ${a.abbr}` : a.label;
  };
  const onFigureClick = (e: MouseEvent<HTMLDivElement>) => {
    const id = (e.target as Element).closest('[data-id]')?.getAttribute('data-id');
    if (id && graph.hasNode(id)) {
      if (graph.getNodeAttribute(id, 'kind') === 'agency') setChosen(id);
      else onOpen(id);
    }
  };

  if (!overview.nodes.length) return <p className="overview-empty muted">{t.overviewEmpty}</p>;
  return (
    <div className="overview" data-testid="overview">
      <div className="overview-figure" onClick={onFigureClick} dangerouslySetInnerHTML={{ __html: svg }} />
      <div className="overview-side">
        {chosen ? (
          <section aria-label={fmt(t.sharesWorkWith, { name: name(chosen) })}>
            <h3>{fmt(t.sharesWorkWith, { name: name(chosen) })}</h3>
            <div className="overview-actions">
              <button type="button" className="btn small" onClick={() => onOpen(chosen)}>{t.openInGraph}</button>
              <button type="button" className="btn small" onClick={() => setChosen(null)}>{t.allAgencies}</button>
            </div>
            <ol className="overview-list" data-testid="partners">
              {partners.map((p) => (
                <li key={p.agencyId}>
                  <button type="button" className="link" onClick={() => setChosen(p.agencyId)}>{name(p.agencyId)}</button>
                  <span className="count">{fmt(t.sharedItems, { count: p.shared })}</span>
                </li>
              ))}
              {partners.length === 0 && <li className="muted">{t.noPartners}</li>}
            </ol>
          </section>
        ) : (
          <section aria-label={t.agenciesByItems}>
            <h3>{t.agenciesByItems}</h3>
            <ol className="overview-list">
              {agencies.map((a) => (
                <li key={a.id}>
                  <span className="swatch" style={{ background: a.colour }} aria-hidden="true" />
                  <button type="button" className="link" onClick={() => setChosen(a.id)}>{name(a.id)}</button>
                  <span className="count">{a.items}</span>
                </li>
              ))}
            </ol>
            {overview.omittedAgencies > 0 && <p className="muted small">{fmt(t.overviewOmitted, { count: overview.omittedAgencies })}</p>}
          </section>
        )}
      </div>
    </div>
  );
}
