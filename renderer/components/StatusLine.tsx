/** Always says what is on screen: visible counts, documents loaded (titles on hover), focus. */
import type { RemitGraph } from '../../core/graph/types';
import { fmt, type Strings } from '../i18n';

interface Props {
  graph: RemitGraph;
  version: number;
  nodes: number;
  edges: number;
  busy: boolean;
  computing: boolean;
  focusLabel: string | null;
  /** files being read, with a way to stop */
  progress?: { done: number; total: number; name: string } | null;
  onCancel?: () => void;
  t: Strings;
  /** the file being read, page by page (PDFs), while documents are read */
  reading?: { name: string; page: number; pages: number } | null;
  onCancelReading?: () => void;
}

export function StatusLine({ graph, nodes, edges, busy, computing, focusLabel, progress, onCancel, t, reading, onCancelReading }: Props) {
  const docs: string[] = [];
  graph.forEachNode((_id, a) => {
    if (a.kind === 'document') docs.push(a.number ? `${a.number} — ${a.title}` : a.title);
  });
  const docText = docs.length === 0 ? t.statusNoDocs : docs.length === 1 ? t.statusDoc : fmt(t.statusDocs, { count: docs.length });
  return (
    <footer className="statusbar">
      <div role="status" aria-live="polite" className="status-main" data-testid="status">
        <span className="status-counts">{fmt(t.status, { nodes: nodes.toLocaleString(), edges: edges.toLocaleString() })}</span>
        <span className="sep" aria-hidden="true">·</span>
        <span className="status-docs" title={docs.join('\n')}>{docText}</span>
        {focusLabel && (
          <>
            <span className="sep" aria-hidden="true">·</span>
            <span className="status-focus">{focusLabel}</span>
          </>
        )}
        {progress && (
          <>
            <span className="sep" aria-hidden="true">·</span>
            <span className="loading-bar" data-testid="loading-progress">
              <progress max={progress.total} value={progress.done} aria-hidden="true" />
              <span>{fmt(t.loadingProgress, { done: progress.done, total: progress.total, name: progress.name })}</span>
              {reading && <span className="status-busy">{fmt(t.readingPage, reading)}</span>}
              {onCancel && <button type="button" className="btn small" onClick={onCancel}>{t.cancel}</button>}
            </span>
          </>
        )}
        {!progress && (busy || computing) && (
          <>
            <span className="sep" aria-hidden="true">·</span>
            <span className="status-busy">{busy ? (reading ? fmt(t.readingPage, reading) : t.loading) : t.computing}</span>
            {busy && reading && onCancelReading ? <button type="button" className="status-cancel" onClick={onCancelReading}>{t.cancelReading}</button> : null}
          </>
        )}
      </div>
    </footer>
  );
}
