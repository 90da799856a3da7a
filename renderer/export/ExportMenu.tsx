// The Export button and dialog: images of the graph, data files and briefing packs. Everything
// is saved through the host; the shell routes File ▸ Export commands here through commandRef.
import { useCallback, useEffect, useId, useRef, useState, type JSX, type MutableRefObject } from 'react';
import type cytoscape from 'cytoscape';
import type { RemitGraph } from '../../core/graph/types';
import type { ExportFormat } from '../../core/exports/formats';
import type { Host, HostCommand, SaveResult } from '../host/types';
import {
  exportBrief, exportData, exportImage, runExportCommand, type BriefKind, type BriefScopeChoice, type DataScope, type ExportContext, type ImageChoice, type ImageKind,
} from './actions';
import { strings, type ExportStrings } from '../i18n';
import './export.css';
import type { Lang } from '../state/view';

export { runExportCommand } from './actions';
export type { ExportContext } from './actions';

export interface ExportMenuProps {
  graph: RemitGraph;
  cy: cytoscape.Core | null;
  visibleNodeIds: ReadonlySet<string> | null;
  selection: string[];
  host: Host;
  lang: Lang;
  title: string;
  version: number;
  /** called before any export: exports hold the documents' texts, which the page fetches from the worker first */
  beforeExport?: () => Promise<void>;
  /** set by the menu so the shell can forward File ▸ Export commands */
  commandRef?: MutableRefObject<((command: HostCommand) => void) | null>;
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'error'; text: string };

const DATA: { format: ExportFormat; key: keyof ExportStrings }[] = [
  { format: 'graphml', key: 'graphml' }, { format: 'gexf', key: 'gexf' }, { format: 'json', key: 'json' },
  { format: 'nodes-csv', key: 'nodesCsv' }, { format: 'edges-csv', key: 'edgesCsv' }, { format: 'csv', key: 'relationsCsv' },
  { format: 'responsibilities', key: 'responsibilities' }, { format: 'cypher', key: 'cypher' },
];

function Radio<T extends string | number>(props: { name: string; value: T; current: T; onChange(v: T): void; label: string; disabled?: boolean }) {
  return (
    <label>
      <input type="radio" name={props.name} checked={props.current === props.value} disabled={props.disabled} onChange={() => props.onChange(props.value)} />
      {props.label}
    </label>
  );
}

export function ExportMenu(props: ExportMenuProps): JSX.Element {
  const t = strings(props.lang).export;
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [image, setImage] = useState<ImageChoice>({ scale: 2, background: 'white', area: 'whole' });
  const [dataScope, setDataScope] = useState<DataScope>('all');
  const [briefScope, setBriefScope] = useState<BriefScopeChoice>('corpus');
  const titleId = useId();
  const name = useId();
  const button = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);

  const ctx: ExportContext = { graph: props.graph, cy: props.cy, visibleNodeIds: props.visibleNodeIds, selection: props.selection, host: props.host, lang: props.lang, title: props.title };
  const ctxRef = useRef(ctx);
  ctxRef.current = ctx;
  const beforeExport = useRef(props.beforeExport);
  beforeExport.current = props.beforeExport;
  const empty = props.graph.order === 0;
  const busy = status.kind === 'busy';

  // Choices that stop making sense when the selection or filter goes away fall back to the whole corpus.
  useEffect(() => {
    if (briefScope === 'selection' && props.selection.length === 0) setBriefScope('corpus');
    if (briefScope === 'filter' && !props.visibleNodeIds) setBriefScope('corpus');
    if (dataScope === 'filter' && !props.visibleNodeIds) setDataScope('all');
  }, [props.selection, props.visibleNodeIds, briefScope, dataScope]);

  const run = useCallback(async (job: () => Promise<(SaveResult & { scale?: number }) | undefined>) => {
    setStatus({ kind: 'busy' });
    try {
      await beforeExport.current?.();
      const result = await job();
      if (!result) return setStatus({ kind: 'idle' });
      const lang = ctxRef.current.lang;
      const s = strings(lang).export;
      const scaleNote = result.scale !== undefined && result.scale < image.scale ? ` (${result.scale.toFixed(2)}×)` : '';
      setStatus({ kind: 'done', text: result.saved ? `${s.saved}${result.path ? `: ${result.path}` : ''}${scaleNote}` : s.cancelled });
    } catch (error) {
      setStatus({ kind: 'error', text: `${strings(ctxRef.current.lang).export.failed}: ${error instanceof Error ? error.message : String(error)}` });
      setOpen(true);
    }
  }, [image.scale]);

  useEffect(() => {
    if (!props.commandRef) return;
    props.commandRef.current = (command) => void run(() => runExportCommand(command, ctxRef.current));
    const ref = props.commandRef;
    return () => {
      ref.current = null;
    };
  }, [props.commandRef, run]);

  useEffect(() => {
    if (!open) return;
    dialog.current?.querySelector<HTMLElement>('button:not(:disabled), input:not(:disabled)')?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const imageButton = (kind: ImageKind, label: string) => (
    <button type="button" className="btn" disabled={busy || empty} onClick={() => void run(() => exportImage(ctxRef.current, kind, image))}>{label}</button>
  );
  const briefButton = (kind: BriefKind, label: string) => (
    <button type="button" className="btn" disabled={busy || empty} onClick={() => void run(() => exportBrief(ctxRef.current, kind, briefScope))}>{label}</button>
  );

  return (
    <>
      <button ref={button} type="button" className="btn" aria-haspopup="dialog" aria-expanded={open} aria-label={props.lang === 'zh' ? '导出 Export' : 'Export'} onClick={() => setOpen(true)}>
        {t.button}
      </button>
      {open && (
        <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close()}>
          <div
            ref={dialog}
            className="modal export-modal"
            role="dialog"
            aria-modal="true"
            aria-labelledby={titleId}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.stopPropagation();
                close();
              } else if (e.key === 'Tab') {
                // Keep focus inside the modal dialog.
                const focusable = [...(dialog.current?.querySelectorAll<HTMLElement>('button:not(:disabled), input:not(:disabled)') ?? [])];
                const first = focusable[0];
                const last = focusable[focusable.length - 1];
                if (e.shiftKey && document.activeElement === first) {
                  e.preventDefault();
                  last?.focus();
                } else if (!e.shiftKey && document.activeElement === last) {
                  e.preventDefault();
                  first?.focus();
                }
              }
            }}
          >
            <header>
              <h2 id={titleId}>{t.title}</h2>
              <button type="button" className="icon-btn" aria-label={t.close} onClick={close}>×</button>
            </header>
            {empty && <p>{t.noGraph}</p>}

            <fieldset className="export-group">
              <legend>{t.images}</legend>
              <div className="export-options">
                <fieldset>
                  <legend>{t.area}</legend>
                  <Radio name={`${name}-area`} value="view" current={image.area} label={t.view} disabled={!props.cy} onChange={(area) => setImage({ ...image, area })} />
                  <Radio name={`${name}-area`} value="whole" current={image.area} label={t.whole} onChange={(area) => setImage({ ...image, area })} />
                </fieldset>
                <fieldset>
                  <legend>{t.scale}</legend>
                  {[1, 2, 3, 4].map((s) => <Radio key={s} name={`${name}-scale`} value={s} current={image.scale} label={`${s}×`} onChange={(scale) => setImage({ ...image, scale })} />)}
                </fieldset>
                <fieldset>
                  <legend>{t.background}</legend>
                  <Radio name={`${name}-bg`} value="white" current={image.background} label={t.white} onChange={(background) => setImage({ ...image, background })} />
                  <Radio name={`${name}-bg`} value="transparent" current={image.background} label={t.transparent} onChange={(background) => setImage({ ...image, background })} />
                </fieldset>
              </div>
              <div className="export-buttons">
                {imageButton('png', t.png)}
                {imageButton('svg', t.svg)}
                {imageButton('pdf', t.pdf)}
              </div>
              <p className="export-note">{t.pdfNote}</p>
            </fieldset>

            <fieldset className="export-group">
              <legend>{t.data}</legend>
              <div className="export-options">
                <fieldset>
                  <legend>{t.dataScope}</legend>
                  <Radio<DataScope> name={`${name}-data`} value="all" current={dataScope} label={t.allData} onChange={setDataScope} />
                  <Radio<DataScope> name={`${name}-data`} value="filter" current={dataScope} label={t.filterData} disabled={!props.visibleNodeIds} onChange={setDataScope} />
                </fieldset>
              </div>
              <div className="export-buttons">
                {DATA.map(({ format, key }) => (
                  <button key={format} type="button" className="btn" disabled={busy || empty} onClick={() => void run(() => exportData(ctxRef.current, format, dataScope))}>{t[key]}</button>
                ))}
              </div>
            </fieldset>

            <fieldset className="export-group">
              <legend>{t.briefing}</legend>
              <div className="export-options">
                <fieldset>
                  <legend>{t.scope}</legend>
                  <Radio<BriefScopeChoice> name={`${name}-brief`} value="selection" current={briefScope} label={`${t.selection}${props.selection.length ? ` (${props.selection.length})` : ''}`} disabled={props.selection.length === 0} onChange={setBriefScope} />
                  <Radio<BriefScopeChoice> name={`${name}-brief`} value="filter" current={briefScope} label={t.filter} disabled={!props.visibleNodeIds} onChange={setBriefScope} />
                  <Radio<BriefScopeChoice> name={`${name}-brief`} value="corpus" current={briefScope} label={t.corpus} onChange={setBriefScope} />
                </fieldset>
              </div>
              <div className="export-buttons">
                {briefButton('html', t.briefHtml)}
                {briefButton('docx', t.briefDocx)}
                {briefButton('pdf', t.briefPdf)}
              </div>
            </fieldset>

            <p className={`export-status${status.kind === 'error' ? ' error' : ''}`} role="status" aria-live="polite">
              {status.kind === 'busy' ? t.working : status.kind === 'done' || status.kind === 'error' ? status.text : ''}
            </p>
          </div>
        </div>
      )}
    </>
  );
}
