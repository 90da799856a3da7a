/** The shell's two dialogs: the offer to restore unsaved work, and About. */
import type { Strings } from '../i18n';

export function RestoreDialog({ t, onAnswer }: { t: Strings; onAnswer(restore: boolean): void }) {
  return (
    <div className="modal-backdrop">
      <div className="modal" role="alertdialog" aria-modal="true" aria-labelledby="restore-title" aria-describedby="restore-body">
        <h2 id="restore-title">{t.restoreTitle}</h2>
        <p id="restore-body">{t.restoreBody}</p>
        <div className="modal-actions">
          <button type="button" className="btn" onClick={() => onAnswer(false)}>{t.discard}</button>
          <button type="button" className="btn primary" autoFocus onClick={() => onAnswer(true)}>{t.restore}</button>
        </div>
      </div>
    </div>
  );
}

export function AboutDialog({ t, text, onClose }: { t: Strings; text: string; onClose(): void }) {
  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby="about-title" onClick={(e) => e.stopPropagation()}>
        <h2 id="about-title">{t.about}</h2>
        <p>{text}</p>
        <div className="modal-actions">
          <button type="button" className="btn primary" autoFocus onClick={onClose}>{t.close}</button>
        </div>
      </div>
    </div>
  );
}
