/** What floats over the canvas: zoom controls, and the empty states (no documents; everything filtered out). */
import type { Strings } from '../i18n';

export function ZoomControls(props: { t: Strings; pinned: boolean; onZoom(factor: number): void; onFit(): void; onUnpinAll(): void }) {
  const { t } = props;
  return (
    <div className="zoom-controls" role="group" aria-label={t.view}>
      <button type="button" className="icon-btn" aria-label={t.zoomIn} title={t.zoomIn} onClick={() => props.onZoom(1.25)}>+</button>
      <button type="button" className="icon-btn" aria-label={t.zoomOut} title={t.zoomOut} onClick={() => props.onZoom(0.8)}>−</button>
      <button type="button" className="icon-btn" aria-label={t.fit} title={`${t.fit} (F)`} onClick={props.onFit}>
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" fill="none" stroke="currentColor" strokeWidth="1.6" /></svg>
      </button>
      {props.pinned && <button type="button" className="btn small" onClick={props.onUnpinAll}>{t.unpinAll}</button>}
    </div>
  );
}

export function EmptyState({ t, onOpen }: { t: Strings; onOpen(): void }) {
  return (
    <div className="empty-state">
      <h2>{t.emptyTitle}</h2>
      <p>{t.emptyBody}</p>
      <button type="button" className="btn primary" onClick={onOpen}>{t.open}</button>
    </div>
  );
}

export function FilteredOut({ t }: { t: Strings }) {
  return <div className="empty-state small"><p>{t.emptyFiltered}</p></div>;
}
