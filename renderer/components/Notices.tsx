/** Dismissible notices: problems are alerts (read out at once), confirmations are polite status messages. */
import type { Strings } from '../i18n';

/** Text may be a function of the strings, so that a notice follows a language switch while it is shown. */
export interface Notice {
  id: number;
  tone: 'error' | 'info';
  text: string | ((t: Strings) => string);
  /** a list the notice expands to (file names, warnings), collapsed at first */
  details?: string[];
}

export function Notices({ notices, t, onDismiss }: { notices: Notice[]; t: Strings; onDismiss(id: number): void }) {
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice ${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'}>
          <span className="notice-text">
            {typeof n.text === 'function' ? n.text(t) : n.text}
            {n.details && n.details.length > 0 && (
              <details>
                <summary>{t.showList}</summary>
                <ul>{n.details.map((d, i) => <li key={i}>{d}</li>)}</ul>
              </details>
            )}
          </span>
          <button type="button" className="icon-btn" aria-label={t.dismiss} title={t.dismiss} onClick={() => onDismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
