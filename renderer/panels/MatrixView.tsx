/**
 * Agencies × items as a real table: one row per agency, one column per item in document order, a symbol per
 * assignment (● lead, ◐ joint, ○ responsible) that opens its source. Across a corpus the columns of every open
 * document are grouped under the document's name (which stays in view while its group scrolls past), a document
 * filter narrows them to one document (the side panel's agency, role and document filters narrow it as they narrow
 * the graph), and every header shows its whole label in a tooltip on hover and on keyboard focus. Built for
 * thousands of columns: the matrix is computed once per graph version and subset, only the rows and columns in view
 * are rendered (matrix-layout.ts), rows are memoised, and clicks are delegated.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState, type JSX, type KeyboardEvent, type MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import { ROLES, type Evidence, type Role } from '../../core/model';
import type { RemitGraph } from '../../core/graph/types';
import { agencyNodeId } from '../../core/ids';
import { cellKey, deadlineOf, outlineNumber, responsibilityMatrix, type MatrixCell, type MatrixColumn, type MatrixRow } from '../../core/queries';
import { PanelEnvProvider } from './env';
import { plainName, shortName } from '../labels';
import { strings, type PanelStrings } from '../i18n';
import type { LabelMode, Lang } from '../state/view';
import { ROLE_SYMBOL, usePanelEnv } from './ui';
import './panels.css';
import { columnLayout, columnWidth, groupsIn, headingInColumn, nameRoom, visibleColumns } from './matrix-layout';
import { useGraphMemo } from './use-graph-memo';

export interface MatrixViewProps {
  graph: RemitGraph;
  nodeIds: ReadonlySet<string> | null;
  lang: Lang;
  labelMode: LabelMode;
  onSelect: (id: string) => void;
  version: number;
  /** roles kept by the filters: the matrix counts the same assignments as the graph shows */
  roles?: readonly string[] | null;
}

type SortKey = 'count-desc' | 'count-asc' | 'name';

const ARROWS: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

export function MatrixView(props: MatrixViewProps): JSX.Element {
  return (
    <PanelEnvProvider graph={props.graph} lang={props.lang} labelMode={props.labelMode} onSelect={props.onSelect}>
      <MatrixTable {...props} />
    </PanelEnvProvider>
  );
}

interface ColumnView extends MatrixColumn { short: string; title: string; shown: string; tip: string }

/** Row height, item-column width and agency-column width in px, kept in step with panels.css; they let big matrices render only what is in view. */
const ROW_H = 26;
const COL_W = 38;
const AGENCY_W = 184;
/** A document's group of columns is at least this wide, so that its number can be read above it. */
const MIN_GROUP_W = 160;
/** Characters of an item heading the header shows: two vertical lines of eleven (panels.css .rp-col-heading). */
const HEADING_CHARS = 22;
const ROW_OVERSCAN = 20;
const COL_OVERSCAN = 12;
/** The tooltip's greatest width (panels.css .rp-matrix-tip). */
const TIP_W = 360;
/** Below these sizes everything renders. */
const WINDOW_ROWS_FROM = 80;
const WINDOW_COLS_FROM = 120;
interface RowView extends MatrixRow { short: string; title: string }

/** "国办发〔2019〕2号 · 国务院办公厅关于…": a document named by its number first, where it has one; the number alone when `short`. */
function documentName(graph: RemitGraph, id: string, labelMode: LabelMode, short = false): string {
  if (!graph.hasNode(id)) return id;
  const a = graph.getNodeAttributes(id);
  const title = shortName(graph, id, labelMode === 'en' ? 'en' : 'zh');
  if (a.kind !== 'document' || !a.number) return title;
  return short ? a.number : `${a.number} · ${title}`;
}
/** Whether the graph holds a former body and the body that carries its work today. */
function holdsFormerAndSuccessor(graph: RemitGraph): boolean {
  return graph.someNode((_id, a) => a.kind === 'agency' && a.presentSuccessor !== undefined && graph.hasNode(agencyNodeId(a.presentSuccessor)));
}

/** Below this room (px) a document's group is named by its number alone: the number is what tells documents apart. */
const NUMBER_ONLY_BELOW = 240;
/** Width of the sticky Total column on the right (panels.css), which covers the item columns beneath it. */
const TOTAL_W = 72;

function MatrixTable({ graph, nodeIds, lang, labelMode, onSelect, version, roles }: MatrixViewProps): JSX.Element {
  const { openEvidence } = usePanelEnv();
  const s = strings(lang).panel;
  const [sort, setSort] = useState<SortKey>('count-desc');
  const [documentFilter, setDocumentFilter] = useState<string>('');
  // a former body in the row of the body that carries its work today: offered where the graph holds both
  const groupable = useGraphMemo(() => holdsFormerAndSuccessor(graph), [graph], version);
  const [groupChosen, setGroupChosen] = useState(false);
  const bySuccessor = groupable && groupChosen;
  // version stands for in-place graph changes (addDocument mutates the same graph object)
  const everyDocument = useGraphMemo(() => responsibilityMatrix(graph, nodeIds, { roles: roles ?? undefined, bySuccessor }), [graph, nodeIds, roles, bySuccessor], version);
  const documentIds = useMemo(() => [...new Set(everyDocument.columns.map((c) => c.documentId))], [everyDocument]);
  // a document closed or filtered out since it was chosen: back to all of them
  const chosenDocument = documentFilter && documentIds.includes(documentFilter) ? documentFilter : '';
  const oneDocument = useGraphMemo(
    () => (chosenDocument ? responsibilityMatrix(graph, nodeIds, { roles: roles ?? undefined, documentIds: new Set([chosenDocument]), bySuccessor }) : null),
    [graph, nodeIds, roles, chosenDocument, bySuccessor],
    version,
  );
  const matrix = oneDocument ?? everyDocument;
  const columns = useMemo<ColumnView[]>(
    () => matrix.columns.map((c) => {
      const title = plainName(graph, c.itemId, 'both');
      return { ...c, short: columnLabel(c, labelMode), title, shown: headingInColumn(c.heading, HEADING_CHARS), tip: `${title}\n${documentName(graph, c.documentId, labelMode)}` };
    }),
    [matrix, graph, labelMode],
  );
  const rows = useMemo<RowView[]>(() => {
    const views = matrix.rows.map((r) => {
      const short = shortName(graph, r.agencyId, labelMode);
      const title = plainName(graph, r.agencyId, 'both');
      if (!r.grouped) return { ...r, short, title };
      // the former bodies the row holds, named in its title; the short name says how many
      const names = r.grouped.map((g) => plainName(graph, g, 'both')).join('; ');
      return { ...r, short: `${short} (+${r.grouped.length})`, title: `${title} — ${s.matrixGrouped(names)}` };
    });
    if (sort === 'count-asc') return [...views].reverse();
    if (sort === 'name') return [...views].sort((a, b) => a.short.localeCompare(b.short, lang === 'zh' ? 'zh-Hans-CN' : 'en'));
    return views;
  }, [matrix, graph, labelMode, sort, lang, s]);
  const layout = useMemo(() => columnLayout(columns, COL_W, MIN_GROUP_W), [columns]);
  const multiDoc = layout.groups.length > 1 || documentIds.length > 1;

  // windowing for big matrices: the scroll box reports its position and size
  const scrollRef = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 900, left: 0, width: 1600 });
  const winRows = rows.length >= WINDOW_ROWS_FROM;
  const winCols = columns.length >= WINDOW_COLS_FROM;
  useEffect(() => {
    const el = scrollRef.current;
    // several documents: the scroll position also sizes the documents' names (nameRoom)
    if (!el || (!winRows && !winCols && !multiDoc)) return;
    let frame = 0;
    const read = () => setView({ top: el.scrollTop, height: el.clientHeight, left: el.scrollLeft, width: el.clientWidth });
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(read);
    };
    // a scroll event comes once a frame, before it is painted: the columns it brings into view are rendered at once,
    // so that they are painted in that frame (rendered a frame later, a step of a screen was first painted blank)
    const scrolled = () => {
      cancelAnimationFrame(frame);
      flushSync(read);
    };
    update();
    el.addEventListener('scroll', scrolled, { passive: true });
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener('scroll', scrolled);
      ro.disconnect();
    };
  }, [winRows, winCols, multiDoc]);
  const r0 = winRows ? Math.max(0, Math.floor(view.top / ROW_H) - ROW_OVERSCAN) : 0;
  const r1 = winRows ? Math.min(rows.length, Math.ceil((view.top + view.height) / ROW_H) + ROW_OVERSCAN) : rows.length;
  // the item columns begin after the sticky agency column
  const span = winCols ? visibleColumns(layout, view.left - AGENCY_W, view.width, COL_OVERSCAN) : { from: 0, to: columns.length };
  const c0 = span.from;
  const c1 = span.to;
  const shownCols = useMemo(() => (winCols ? columns.slice(c0, c1) : columns), [columns, winCols, c0, c1]);
  const widths = useMemo(() => shownCols.map((_c, j) => columnWidth(layout, c0 + j)), [shownCols, layout, c0]);
  const padLeft = layout.x[c0];
  const padRight = layout.total - layout.x[c1];
  // one object while the span holds, so that the memoised rows do not render again on every scroll frame
  const pad = useMemo<Pad>(() => ({ left: padLeft, right: padRight }), [padLeft, padRight]);
  const docGroups = useMemo(() => groupsIn(layout, c0, c1), [layout, c0, c1]);
  // the item columns in view, in the item columns' own px: the scroll box less the sticky Agency and Total columns
  const itemsInView = { left: view.left, right: view.left + view.width - AGENCY_W - TOTAL_W };

  // the whole label of a header, shown beside it on hover and on keyboard focus
  const [tip, setTip] = useState<{ text: string; x: number; y: number } | null>(null);
  const showTip = useCallback((target: EventTarget) => {
    const el = (target as HTMLElement).closest?.<HTMLElement>('[data-tip]');
    if (!el) {
      setTip(null);
      return;
    }
    const r = el.getBoundingClientRect();
    // kept inside the window: a header near the right edge opens its tooltip leftwards
    setTip({ text: el.dataset.tip ?? '', x: Math.max(4, Math.min(r.left, window.innerWidth - TIP_W - 8)), y: r.bottom + 4 });
  }, []);
  const hideTip = useCallback(() => setTip(null), []);

  const onClick = useCallback(
    (e: MouseEvent<HTMLTableElement>) => {
      const el = (e.target as HTMLElement).closest<HTMLElement>('[data-cell],[data-node]');
      if (!el) return;
      if (el.dataset.node) {
        onSelect(el.dataset.node);
        return;
      }
      const [agency, item] = (el.dataset.cell ?? '').split('\u0000');
      const cell = matrix.cells.get(cellKey(agency, item));
      if (cell) openEvidence(cell.evidence, `${plainName(graph, agency, labelMode)} — ${s.role[cell.role]} — ${plainName(graph, item, labelMode)}`);
    },
    [matrix, graph, labelMode, onSelect, openEvidence, s],
  );

  // arrow keys move between filled cells (empty cells hold no button), along the row or down the column
  const onArrow = useCallback(
    (e: KeyboardEvent<HTMLTableElement>) => {
      const dir = ARROWS[e.key];
      const from = (e.target as HTMLElement).closest<HTMLElement>('[data-ri]');
      if (!dir || !from) return;
      const table = e.currentTarget;
      let r = Number(from.dataset.ri) + dir[0];
      let c = Number(from.dataset.ci) + dir[1];
      for (; r >= 0 && r < rows.length && c >= 0 && c < columns.length; r += dir[0], c += dir[1]) {
        const next = table.querySelector<HTMLElement>(`[data-ri="${r}"][data-ci="${c}"]`);
        if (next) {
          e.preventDefault();
          next.focus();
          next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
          return;
        }
      }
    },
    [rows.length, columns.length],
  );

  const documentPicker = documentIds.length > 1 || chosenDocument ? (
    <label className="rp-matrix-filter">
      <span>{s.matrixDocument}</span>
      <select
        value={chosenDocument}
        data-testid="matrix-document"
        onChange={(e) => {
          setDocumentFilter(e.target.value);
          // another set of columns: start from its first
          if (scrollRef.current) scrollRef.current.scrollLeft = 0;
        }}
      >
        <option value="">{s.matrixAllDocuments(documentIds.length)}</option>
        {documentIds.map((id) => <option key={id} value={id}>{documentName(graph, id, labelMode)}</option>)}
      </select>
    </label>
  ) : null;

  const successorChoice = groupable ? (
    <label className="rp-matrix-filter">
      <input type="checkbox" checked={groupChosen} data-testid="matrix-by-successor" onChange={(e) => setGroupChosen(e.target.checked)} />
      <span>{s.matrixBySuccessor}</span>
    </label>
  ) : null;

  if (matrix.total === 0) {
    return (
      <div className="rp-panel rp-matrix rp-empty">
        {documentPicker}
        <p className="rp-muted">{s.matrixEmpty}</p>
      </div>
    );
  }

  const countSort = sort === 'count-desc' ? 'descending' : sort === 'count-asc' ? 'ascending' : 'none';
  return (
    <div className="rp-panel rp-matrix">
      <div className="rp-matrix-bar">
        {documentPicker}
        {successorChoice}
        <p className="rp-legend-line" aria-hidden="true">
          {ROLES.map((r) => <span key={r} className={`rp-role-${r}`}>{ROLE_SYMBOL[r]} {s.role[r]} </span>)}
        </p>
        {/* the table's caption, shown here where scrolling across the table cannot take it away */}
        <p className="rp-matrix-count" aria-hidden="true">{s.matrixCaption(rows.length, columns.length, matrix.total)}</p>
      </div>
      <div
        className="rp-matrix-scroll"
        ref={scrollRef}
        tabIndex={0}
        role="region"
        aria-label={s.matrixCaption(rows.length, columns.length, matrix.total)}
        onPointerOver={(e) => showTip(e.target)}
        onPointerLeave={hideTip}
        onFocus={(e) => showTip(e.target)}
        onBlur={hideTip}
        onScroll={tip ? hideTip : undefined}
      >
        {/*
          * Fixed layout from the column widths: the browser places the cells without measuring their content, and a
          * scroll step that renders other columns re-lays out the table in a few ms instead of hundreds.
          */}
        <table className="rp-table" onClick={onClick} onKeyDown={onArrow} style={{ tableLayout: 'fixed', width: AGENCY_W + layout.total + TOTAL_W }}>
          <caption className="rp-caption visually-hidden">{s.matrixCaption(rows.length, columns.length, matrix.total)}</caption>
          <colgroup>
            <col style={{ width: AGENCY_W }} />
            {pad.left > 0 ? <col style={{ width: pad.left }} /> : null}
            {widths.map((w, j) => <col key={shownCols[j].itemId} style={{ width: w }} />)}
            {pad.right > 0 ? <col style={{ width: pad.right }} /> : null}
            <col style={{ width: TOTAL_W }} />
          </colgroup>
          <thead>
            {multiDoc ? (
              <tr className="rp-doc-row">
                <td className="rp-corner" />
                <Spacer width={pad.left} />
                {docGroups.map((g) => {
                  // sticks beside the agency column while its group scrolls past, kept narrower than the part in view
                  const room = nameRoom(g.x, g.width, itemsInView.left, itemsInView.right, 16);
                  const full = plainName(graph, g.documentId, 'both');
                  return (
                    <th key={g.documentId} scope="colgroup" colSpan={g.span} className="rp-doc-th" style={{ width: g.width, minWidth: g.width, maxWidth: g.width }}>
                      <button type="button" className="rp-link rp-doc-name" data-node={g.documentId} data-tip={full} aria-label={full} style={{ left: AGENCY_W + 8, maxWidth: Math.max(24, room) }}>
                        {documentName(graph, g.documentId, labelMode, room < NUMBER_ONLY_BELOW)}
                      </button>
                    </th>
                  );
                })}
                <Spacer width={pad.right} />
                <td className="rp-corner rp-corner-right" />
              </tr>
            ) : null}
            <tr>
              <th scope="col" className="rp-agency-th" aria-sort={sort === 'name' ? 'ascending' : 'none'}>
                <button type="button" className="rp-sort" onClick={() => setSort('name')} title={s.sortByName}>
                  {s.agency}
                  <span aria-hidden="true">{sort === 'name' ? ' ▲' : ''}</span>
                </button>
              </th>
              <Spacer width={pad.left} head />
              {shownCols.map((c, j) => (
                <th key={c.itemId} scope="col" className="rp-item-th" style={widthStyle(widths[j])}>
                  <button type="button" className="rp-colhead" data-node={c.itemId} data-tip={c.tip} aria-label={c.title}>
                    <span className={Array.from(c.short).length > 2 ? 'rp-col-num rp-col-num-long' : 'rp-col-num'}>{c.short}</span>
                    <span className="rp-col-heading" lang="zh-CN" aria-hidden="true">
                      {c.shown}
                    </span>
                  </button>
                </th>
              ))}
              <Spacer width={pad.right} head />
              <th scope="col" className="rp-total-th" aria-sort={countSort}>
                <button
                  type="button"
                  className="rp-sort"
                  onClick={() => setSort(sort === 'count-desc' ? 'count-asc' : 'count-desc')}
                  title={s.sortByCount}
                >
                  {s.total}
                  <span aria-hidden="true">{sort === 'count-desc' ? ' ▼' : sort === 'count-asc' ? ' ▲' : ''}</span>
                </button>
              </th>
            </tr>
          </thead>
          <tbody>
            {r0 > 0 ? <tr aria-hidden="true" className="rp-pad-row" style={{ height: r0 * ROW_H }} /> : null}
            {rows.slice(r0, r1).map((r, i) => (
              <MatrixRowView key={r.agencyId} row={r} rowIndex={r0 + i} colOffset={c0} columns={shownCols} widths={widths} pad={pad} cells={matrix.cells} s={s} />
            ))}
            {r1 < rows.length ? <tr aria-hidden="true" className="rp-pad-row" style={{ height: (rows.length - r1) * ROW_H }} /> : null}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className="rp-agency-th">{s.total}</th>
              <Spacer width={pad.left} />
              {shownCols.map((c, j) => (
                <td key={c.itemId} className="rp-col-total" style={widthStyle(widths[j])}>{c.total}</td>
              ))}
              <Spacer width={pad.right} />
              <td className="rp-total rp-grand">{matrix.total}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {tip ? (
        <div className="rp-matrix-tip" role="tooltip" aria-hidden="true" data-testid="matrix-tip" style={{ left: tip.x, top: tip.y }}>
          {tip.text}
        </div>
      ) : null}
    </div>
  );
}

/**
 * A row's cells in order: each filled cell, each empty cell of a column wider than the usual, and each run of empty
 * cells of the usual width (`run` columns, keyed by its first column's item).
 */
function rowCells(
  columns: ColumnView[], widths: number[], cellOf: (c: ColumnView) => MatrixCell | undefined,
): Array<{ c: ColumnView; j: number; cell: MatrixCell | undefined; run: number }> {
  const out: Array<{ c: ColumnView; j: number; cell: MatrixCell | undefined; run: number }> = [];
  let open: { c: ColumnView; j: number; cell: undefined; run: number } | undefined;
  columns.forEach((c, j) => {
    const cell = cellOf(c);
    if (!cell && widths[j] === COL_W) {
      if (open) open.run++;
      else out.push((open = { c, j, cell: undefined, run: 1 }));
      return;
    }
    open = undefined;
    out.push({ c, j, cell, run: 1 });
  });
  return out;
}

/** A column wider than the usual (a short document's): its width set on the cell. */
const widthStyle = (w: number) => (w === COL_W ? undefined : { width: w, minWidth: w, maxWidth: w });

interface Pad { left: number; right: number }

/** Stands in for the columns scrolled out of view. */
function Spacer({ width, head }: { width: number; head?: boolean }): JSX.Element | null {
  if (width <= 0) return null;
  const style = { width, minWidth: width, maxWidth: width };
  return head ? <th aria-hidden="true" className="rp-spacer" style={style} /> : <td aria-hidden="true" className="rp-spacer" style={style} />;
}

const MatrixRowView = memo(function MatrixRowView({ row, rowIndex, colOffset, columns, widths, pad, cells, s }: {
  row: RowView; rowIndex: number; colOffset: number; columns: ColumnView[]; widths: number[]; pad: Pad; cells: Map<string, MatrixCell>; s: PanelStrings;
}): JSX.Element {
  return (
    <tr>
      <th scope="row" className="rp-agency-th">
        <button type="button" className="rp-link" data-node={row.agencyId} data-tip={row.title}>
          {row.short}
        </button>
      </th>
      <Spacer width={pad.left} />
      {rowCells(columns, widths, (c) => cells.get(cellKey(row.agencyId, c.itemId))).map(({ c, j, cell, run }) => {
        // a run of empty cells of the usual width is one cell across their columns (grid lines drawn by CSS): most of
        // a big matrix is empty, and a scroll step then makes a few elements a row instead of one per column
        if (run > 1) return <td key={c.itemId} className="rp-run" colSpan={run} aria-hidden="true" />;
        if (!cell) return <td key={c.itemId} className="rp-cell" style={widthStyle(widths[j])} />;
        return (
          <td key={c.itemId} className={`rp-cell rp-cell-${cell.role}`} style={widthStyle(widths[j])}>
            <button
              type="button"
              className="rp-cell-btn"
              data-cell={cellKey(row.agencyId, c.itemId)}
              data-ri={rowIndex}
              data-ci={colOffset + j}
              aria-label={s.matrixCell(row.short, s.role[cell.role as Role], c.title)}
              title={`${row.short} · ${s.role[cell.role]} · ${c.title}${dueOf(cell.evidence, s.due)}`}
            >
              {ROLE_SYMBOL[cell.role]}
            </button>
          </td>
        );
      })}
      <Spacer width={pad.right} />
      <td className="rp-total">{row.total}</td>
    </tr>
  );
});

function columnLabel(c: MatrixColumn, mode: LabelMode): string {
  if (mode === 'en') return outlineNumber(c.path);
  // the item's own number is enough under its document group; the full path and heading are in the title
  const own = c.path.match(/(第[^章节条]+[章节条]|[（(][^）)]+[）)]|[^、.．（）()]+[、.．]|[\u2460-\u2473]|第[〇零一二两三四五六七八九十百]+)$/)?.[0] ?? c.path;
  // （十一） → 十一: keeps columns narrow; the full number path is in the header's title and accessible name
  return own.replace(/^[（(](.+)[）)]$/, '$1').replace(/[、.．]$/, '');
}

/** ` · when 2019年底前完成` when an assignment's evidence says when it is due, for the cell's tooltip; else nothing. */
function dueOf(evidence: readonly Evidence[], label: string): string {
  const due = deadlineOf(evidence);
  return due === undefined ? '' : ` · ${label} ${due}`;
}
