/**
 * The source behind a claim: the quote highlighted in its sentence (or in the whole item), with the document
 * number and item path, in a modal dialog that closes on Escape and gives focus back to where it was.
 */
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Evidence } from '../../core/model';
import type { RemitGraph } from '../../core/graph/types';
import { evidenceContext } from '../../core/queries';
import { documentAttrs, itemAttrs, outlineNumber } from '../../core/queries';
import { pageAt } from '../../core/readers/pages';
import { strings } from '../i18n';
import type { LabelMode, Lang } from '../state/view';
import { tidy } from './tidy';
import { useDocumentText } from '../app/document-texts';

export interface EvidenceViewerProps {
  graph: RemitGraph;
  evidence: Evidence[];
  lang: Lang;
  labelMode: LabelMode;
  /** what the evidence supports, e.g. "科技部 — lead — （三）构建高水平实验室体系" */
  title?: string;
  initialIndex?: number;
  onClose: () => void;
  /** open the item in the Details panel */
  onSelect?: (id: string) => void;
}

function Highlighted({ text, start, end, focusStart, focusEnd, markRef }: {
  text: string; start: number; end: number; focusStart?: number; focusEnd?: number; markRef: React.Ref<HTMLElement>;
}): ReactNode {
  const match = text.slice(start, end);
  let inner: ReactNode = tidy(match, false);
  if (focusStart !== undefined && focusEnd !== undefined && focusStart >= start && focusEnd <= end) {
    inner = (
      <>
        {tidy(text.slice(start, focusStart), false)}
        <strong className="rp-focus">{tidy(text.slice(focusStart, focusEnd), false)}</strong>
        {tidy(text.slice(focusEnd, end), false)}
      </>
    );
  }
  return <mark ref={markRef} className="rp-mark">{inner}</mark>;
}

export function EvidenceViewer(props: EvidenceViewerProps): ReactNode {
  const { graph, evidence, lang, onClose, onSelect } = props;
  const s = strings(lang).panel;
  const [index, setIndex] = useState(Math.min(props.initialIndex ?? 0, Math.max(0, evidence.length - 1)));
  const [whole, setWhole] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const markRef = useRef<HTMLElement>(null);
  const [returnTo] = useState<Element | null>(() => (typeof document === 'undefined' ? null : document.activeElement));
  const titleId = useId();

  useEffect(() => {
    const d = dialogRef.current;
    if (d && !d.open) d.showModal();
    return () => {
      if (returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus();
    };
  }, [returnTo]);

  const ev = evidence[index];
  // The document's text arrives from the worker on first look; the context is computed again when it does.
  const docText = useDocumentText(graph, ev?.document);
  // evidenceContext reads the text from the graph: docText is the sign that it is there now.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const ctx = useMemo(() => (ev ? evidenceContext(graph, ev, 160) : null), [graph, ev, docText]);
  useLayoutEffect(() => {
    markRef.current?.scrollIntoView?.({ block: 'center', inline: 'nearest' });
  }, [ctx, whole]);

  if (!ev || !ctx) return null;
  const doc = documentAttrs(graph, ev.document);
  // documents read from PDF cite the page the quote stands on
  const page = doc ? pageAt(doc, ev.start) : undefined;
  const item = itemAttrs(graph, ev.item);
  const text = docText || (doc?.text ?? '');

  let body: ReactNode;
  if (whole && item) {
    body = (
      <p className="rp-source rp-source-whole" lang="zh-CN">
        {tidy(text.slice(item.start, ctx.start))}
        <Highlighted text={text} start={ctx.start} end={ctx.end} focusStart={ctx.focusStart} focusEnd={ctx.focusEnd} markRef={markRef} />
        {tidy(text.slice(ctx.end, item.end))}
      </p>
    );
  } else {
    body = (
      <p className="rp-source" lang="zh-CN">
        {ctx.clippedBefore ? <span className="rp-ellipsis" aria-hidden="true">…</span> : null}
        {tidy(ctx.before, false)}
        <Highlighted text={text} start={ctx.start} end={ctx.end} focusStart={ctx.focusStart} focusEnd={ctx.focusEnd} markRef={markRef} />
        {tidy(ctx.after, false)}
        {ctx.clippedAfter ? <span className="rp-ellipsis" aria-hidden="true">…</span> : null}
      </p>
    );
  }

  return (
    <dialog
      ref={dialogRef}
      className="rp-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        // the dialog is modal: the shell's shortcuts (Escape clears the selection, F fits…) must not act behind it
        e.stopPropagation();
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
      onClick={(e) => {
        // a click on the backdrop (the dialog element itself, outside its box) closes it
        if (e.target === dialogRef.current) {
          const r = dialogRef.current.getBoundingClientRect();
          if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) onClose();
        }
      }}
    >
      <div className="rp-dialog-box">
        <header className="rp-dialog-head">
          <h2 id={titleId} className="rp-h2">{s.evidenceTitle}</h2>
          <button type="button" className="rp-icon-btn" onClick={onClose} aria-label={s.close} title={s.close}>
            ×
          </button>
        </header>
        {props.title ? <p className="rp-dialog-claim">{props.title}</p> : null}
        <dl className="rp-facts rp-facts-inline">
          <div className="rp-fact">
            <dt>{s.document}</dt>
            <dd>
              <span lang="zh-CN">{doc?.title ?? ev.document}</span>
              {doc?.number ? <span className="rp-docnum" lang="zh-CN"> {doc.number}</span> : null}
              {page ? <span className="rp-page"> p. {page}</span> : null}
            </dd>
          </div>
          {item ? (
            <div className="rp-fact">
              <dt>{s.item}</dt>
              <dd>
                {onSelect ? (
                  <button type="button" className="rp-link" onClick={() => { onClose(); onSelect(ev.item); }}>
                    <span lang="zh-CN">{item.path}{item.heading}</span> <span className="rp-sub">{outlineNumber(item.path)}</span>
                  </button>
                ) : (
                  <span lang="zh-CN">{item.path}{item.heading}</span>
                )}
              </dd>
            </div>
          ) : null}
        </dl>
        {!ctx.exact ? <p className="rp-note" role="note">{s.quoteNotFound}</p> : null}
        <div className="rp-source-box" tabIndex={0}>
          {body}
        </div>
        <footer className="rp-dialog-foot">
          {item ? (
            <button type="button" className="rp-btn" onClick={() => setWhole((w) => !w)} aria-pressed={whole}>
              {whole ? s.showContext : s.showWholeItem}
            </button>
          ) : null}
          {evidence.length > 1 ? (
            <span className="rp-pager">
              <button type="button" className="rp-btn" disabled={index === 0} onClick={() => setIndex(index - 1)}>
                {s.previous}
              </button>
              <span aria-live="polite">{s.evidenceOf(index + 1, evidence.length)}</span>
              <button type="button" className="rp-btn" disabled={index === evidence.length - 1} onClick={() => setIndex(index + 1)}>
                {s.next}
              </button>
            </span>
          ) : null}
          <button type="button" className="rp-btn rp-btn-primary" onClick={onClose} autoFocus>
            {s.close}
          </button>
        </footer>
      </div>
    </dialog>
  );
}
