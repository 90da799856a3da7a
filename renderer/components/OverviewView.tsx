/**
 * The corpus at a glance, the first view once several documents are open: the agency overview (core's
 * agencyOverview, drawn as in the briefing pack: agencies sized by their items, linked by shared work, coloured by
 * community; the busiest 30 so it stays readable) beside a ranked list of agencies. Choosing an agency lists the
 * agencies that share work with it, ranked (core's agenciesSharingWork), and selects it as search does: the Details
 * panel shows it at once and the Graph tab, when shown, centres on it; "Open in the graph" goes there with the canvas
 * focused on it. What is chosen is the app's selection, so the two views never disagree. Role and date filters narrow
 * it like every other view.
 */
import { useEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
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
  /** the app's selection: an agency selected anywhere is the one whose partners are listed */
  selected: string | null;
  /** selects a node (null: nothing) without leaving the Overview */
  onChoose(id: string | null): void;
  /** selects a node and shows it in the Graph tab */
  onOpen(id: string): void;
}

export function OverviewView({ graph, version, filters, t, selected, onChoose, onOpen }: Props) {
  const chosen = selected && graph.hasNode(selected) && graph.getNodeAttribute(selected, 'kind') === 'agency' ? selected : null;
  // A choice from the list replaces the list with the partners: the keyboard goes on to "Open in the graph".
  const openButton = useRef<HTMLButtonElement>(null);
  const focusOpen = useRef(false);
  const setChosen = (id: string | null) => {
    focusOpen.current = id !== null;
    onChoose(id);
  };
  useEffect(() => {
    if (chosen && focusOpen.current) openButton.current?.focus();
    focusOpen.current = false;
  }, [chosen]);
  const scope = useMemo(() => ({
    roles: filters.roles ?? undefined,
    documentIds: filters.dates && (filters.dates.from || filters.dates.to) ? documentsInRange(graph, filters.dates) : undefined,
  // eslint-disable-next-line react-hooks/exhaustive-deps
  }), [graph, version, filters.roles, filters.dates]);
  const overview = useMemo(() => briefOverview(graph, scope), [graph, scope]);
  const svg = useMemo(() => briefFigureSvg(overview, { title: t.overview, interactive: true }), [overview, t]);
  const agencies = overview.nodes.filter((n) => n.kind === 'agency').sort((a, b) => b.items - a.items || a.label.localeCompare(b.label, 'zh-Hans-CN'));
  const partners = useMemo(() => (chosen ? agenciesSharingWork(graph, chosen, scope) : []), [graph, chosen, scope]);
  const name = (id: string) => {
    if (!graph.hasNode(id)) return id;
    const a = graph.getNodeAttributes(id);
    return a.kind === 'agency' && a.abbr ? `${a.label} ${a.abbr}` : a.label;
  };
  const onFigureClick = (e: MouseEvent<HTMLDivElement> | KeyboardEvent<HTMLDivElement>) => {
    const id = (e.target as Element).closest('[data-id]')?.getAttribute('data-id');
    if (id && graph.hasNode(id)) {
      if (graph.getNodeAttribute(id, 'kind') === 'agency') setChosen(id);
      else onOpen(id);
    }
  };
  // the figure's circles and squares are buttons (tabindex, role): Enter and Space act as a click does
  const onFigureKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    onFigureClick(e);
  };

  if (!overview.nodes.length) return <p className="overview-empty muted">{t.overviewEmpty}</p>;
  return (
    <div className="overview" data-testid="overview">
      <div className="overview-figure" onClick={onFigureClick} onKeyDown={onFigureKey} dangerouslySetInnerHTML={{ __html: svg }} />
      <div className="overview-side">
        {chosen ? (
          <section aria-label={fmt(t.sharesWorkWith, { name: name(chosen) })}>
            <h3>{fmt(t.sharesWorkWith, { name: name(chosen) })}</h3>
            <div className="overview-actions">
              <button type="button" className="btn small" ref={openButton} onClick={() => onOpen(chosen)}>{t.openInGraph}</button>
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
