/**
 * The document set is the user's: the documents open, each with its own Close, and "Close all" to start a new,
 * empty set (a document also closes from its Details). Skip links let keyboard users jump past the toolbar to the
 * graph, the filters or the details.
 */
import { useId, useState } from 'react';
import type { RemitGraph } from '../../core/graph/types';
import { fmt, type Strings } from '../i18n';
import { documentFiles, fileWithFormat, type DocumentFile } from './document-files';

/** `files`: the one the document was read from, then those holding it in another format (one row for them all) */
interface OpenDocument { id: string; number: string; title: string; date?: string; files: DocumentFile[] }

function openDocuments(graph: RemitGraph): OpenDocument[] {
  const out: OpenDocument[] = [];
  graph.forEachNode((id, a) => {
    if (a.kind === 'document') out.push({ id, number: a.number ?? a.key, title: a.label, date: a.date, files: documentFiles(a) });
  });
  return out.sort((x, y) => (x.date ?? '9999').localeCompare(y.date ?? '9999') || x.number.localeCompare(y.number));
}

export function DocumentSetBar({ graph, busy, t, onCloseAll, onClose }: { graph: RemitGraph; version: number; busy: boolean; t: Strings; onCloseAll(): void; onClose(id: string): void }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const docs = openDocuments(graph);
  const count = docs.length;
  const summary = count === 0 ? t.statusNoDocs : count === 1 ? t.statusDoc : fmt(t.statusDocs, { count });
  return (
    <div className="document-set" data-testid="document-set">
      <div className="document-set-head">
        {count === 0 ? <span className="muted small">{summary}</span> : (
          <button type="button" className="document-set-toggle small" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
            <span aria-hidden="true">{open ? '▾' : '▸'}</span> {summary}
          </button>
        )}
        <button type="button" className="btn small" disabled={busy || count === 0} title={t.closeAllTitle} onClick={onCloseAll} data-testid="close-all">
          {t.closeAll}
        </button>
      </div>
      {open && count > 0 && (
        <ul className="document-set-list" id={listId} aria-label={t.openDocumentsList}>
          {docs.map((d) => {
            const files = fmt(t.documentFiles, { files: d.files.map((f) => fileWithFormat(f, t)).join(', ') });
            return (
            <li key={d.id} data-testid="document-set-item">
              <span className="document-set-name" title={`${d.number} ${d.title}\n${files}`}>
                <span className="document-set-number">{d.number}</span> <span className="muted">{d.title}</span>
                <span className="document-set-files muted" data-testid="document-set-files">{files}</span>
              </span>
              <button
                type="button"
                className="document-set-close"
                disabled={busy}
                aria-label={fmt(t.closeDocument, { name: d.number })}
                title={fmt(t.closeDocument, { name: d.title })}
                onClick={() => onClose(d.id)}
              >
                ×
              </button>
            </li>
            );
          })}
        </ul>
      )}
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
