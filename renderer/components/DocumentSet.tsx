/**
 * The document set is the user's: how many documents are open, and "Close all" to start a new, empty set (a single
 * document closes from its Details). Skip links let keyboard users jump past the toolbar to the graph, the filters
 * or the details.
 */
import type { RemitGraph } from '../../core/graph/types';
import { fmt, type Strings } from '../i18n';

export function DocumentSetBar({ graph, busy, t, onCloseAll }: { graph: RemitGraph; version: number; busy: boolean; t: Strings; onCloseAll(): void }) {
  let count = 0;
  graph.forEachNode((_id, a) => {
    if (a.kind === 'document') count++;
  });
  return (
    <div className="document-set">
      <span className="muted small">{count === 0 ? t.statusNoDocs : count === 1 ? t.statusDoc : fmt(t.statusDocs, { count })}</span>
      <button type="button" className="btn small" disabled={busy || count === 0} title={t.closeAllTitle} onClick={onCloseAll} data-testid="close-all">
        {t.closeAll}
      </button>
    </div>
  );
}

export function SkipLinks({ t, filters }: { t: Strings; filters: boolean }) {
  const jump = (id: string) => (e: React.MouseEvent) => {
    e.preventDefault();
    document.getElementById(id)?.focus();
  };
  return (
    <nav aria-label="Skip links" className="skip-links">
      <a className="skip-link" href="#remit-graph" onClick={jump('remit-graph')}>{t.skipToGraph}</a>
      {filters && <a className="skip-link" href="#remit-filters" onClick={jump('remit-filters')}>{t.skipToFilters}</a>}
      <a className="skip-link" href="#remit-details" onClick={jump('remit-details')}>{t.skipToDetails}</a>
    </nav>
  );
}
