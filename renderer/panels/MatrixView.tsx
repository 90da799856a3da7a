/**
 * Agencies × items as a real table: one row per agency, one column per item in document order, a symbol per
 * assignment (● lead, ◐ joint, ○ responsible) that opens its source. Built for hundreds of columns: the
 * matrix is computed once per graph version and subset, rows are memoised, and clicks are delegated.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState, type JSX, type KeyboardEvent, type MouseEvent } from 'react';
import { ROLES, type Role } from '../../core/model';
import type { RemitGraph } from '../../core/graph/types';
import { cellKey, responsibilityMatrix, type MatrixCell, type MatrixColumn, type MatrixRow } from '../../core/queries';
import { PanelEnvProvider } from './env';
import { pathNumber, plainName, shortName } from '../labels';
import { strings, type PanelStrings } from '../i18n';
import type { LabelMode, Lang } from '../state/view';
import { ROLE_SYMBOL, usePanelEnv } from './ui';
import './panels.css';
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

interface ColumnView extends MatrixColumn { short: string; title: string; heading: string }

/** Row height and item-column width in px, kept in step with panels.css; they let big matrices render only what is in view. */
const ROW_H = 26;
const COL_W = 38;
const ROW_OVERSCAN = 20;
const COL_OVERSCAN = 12;
/** Below these sizes everything renders. */
const WINDOW_ROWS_FROM = 80;
const WINDOW_COLS_FROM = 120;
interface RowView extends MatrixRow { short: string; title: string }

function MatrixTable({ graph, nodeIds, lang, labelMode, onSelect, version, roles }: MatrixViewProps): JSX.Element {
  const { openEvidence } = usePanelEnv();
  const s = strings(lang).panel;
  const [sort, setSort] = useState<SortKey>('count-desc');
  // version stands for in-place graph changes (addDocument mutates the same graph object)
  const matrix = useGraphMemo(() => responsibilityMatrix(graph, nodeIds, { roles: roles ?? undefined }), [graph, nodeIds, roles], version);
  const columns = useMemo<ColumnView[]>(
    () => matrix.columns.map((c) => ({ ...c, short: columnLabel(c, labelMode), title: plainName(graph, c.itemId, 'both'), heading: c.heading })),
    [matrix, graph, labelMode],
  );
  const rows = useMemo<RowView[]>(() => {
    const views = matrix.rows.map((r) => ({ ...r, short: shortName(graph, r.agencyId, labelMode), title: plainName(graph, r.agencyId, 'both') }));
    if (sort === 'count-asc') return [...views].reverse();
    if (sort === 'name') return [...views].sort((a, b) => a.short.localeCompare(b.short, lang === 'zh' ? 'zh-Hans-CN' : 'en'));
    return views;
  }, [matrix, graph, labelMode, sort, lang]);

  // windowing for big matrices: the scroll box reports its position and size
  const scrollRef = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 900, left: 0, width: 1600 });
  const winRows = rows.length >= WINDOW_ROWS_FROM;
  const winCols = columns.length >= WINDOW_COLS_FROM;
  useEffect(() => {
    const el = scrollRef.current;
    if (!el || (!winRows && !winCols)) return;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setView({ top: el.scrollTop, height: el.clientHeight, left: el.scrollLeft, width: el.clientWidth }));
    };
    update();
    el.addEventListener('scroll', update, { passive: true });
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener('scroll', update);
      ro.disconnect();
    };
  }, [winRows, winCols]);
  const r0 = winRows ? Math.max(0, Math.floor(view.top / ROW_H) - ROW_OVERSCAN) : 0;
  const r1 = winRows ? Math.min(rows.length, Math.ceil((view.top + view.height) / ROW_H) + ROW_OVERSCAN) : rows.length;
  const c0 = winCols ? Math.max(0, Math.floor(view.left / COL_W) - COL_OVERSCAN) : 0;
  const c1 = winCols ? Math.min(columns.length, Math.ceil((view.left + view.width) / COL_W) + COL_OVERSCAN) : columns.length;
  const shownCols = useMemo(() => (winCols ? columns.slice(c0, c1) : columns), [columns, winCols, c0, c1]);
  const pad: Pad = { left: c0 * COL_W, right: (columns.length - c1) * COL_W };
  const docGroups = useMemo(() => {
    const groups: Array<{ documentId: string; span: number }> = [];
    for (const c of shownCols) {
      const last = groups[groups.length - 1];
      if (last && last.documentId === c.documentId) last.span += 1;
      else groups.push({ documentId: c.documentId, span: 1 });
    }
    return groups;
  }, [shownCols]);
  const multiDoc = useMemo(() => new Set(columns.map((c) => c.documentId)).size > 1, [columns]);

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

  if (matrix.total === 0) {
    return (
      <div className="rp-panel rp-matrix rp-empty">
        <p className="rp-muted">{s.matrixEmpty}</p>
      </div>
    );
  }

  const countSort = sort === 'count-desc' ? 'descending' : sort === 'count-asc' ? 'ascending' : 'none';
  return (
    <div className="rp-panel rp-matrix">
      <p className="rp-legend-line" aria-hidden="true">
        {ROLES.map((r) => <span key={r} className={`rp-role-${r}`}>{ROLE_SYMBOL[r]} {s.role[r]} </span>)}
      </p>
      <div className="rp-matrix-scroll" ref={scrollRef} tabIndex={0} role="region" aria-label={s.matrixCaption(rows.length, columns.length, matrix.total)}>
        <table className="rp-table" onClick={onClick} onKeyDown={onArrow}>
          <caption className="rp-caption">{s.matrixCaption(rows.length, columns.length, matrix.total)}</caption>
          <thead>
            {multiDoc ? (
              <tr className="rp-doc-row">
                <td className="rp-corner" />
                <Spacer width={pad.left} />
                {docGroups.map((g) => (
                  <th key={g.documentId} scope="colgroup" colSpan={g.span} className="rp-doc-th" title={plainName(graph, g.documentId, 'both')}>
                    <button type="button" className="rp-link" data-node={g.documentId}>
                      {shortName(graph, g.documentId, labelMode === 'en' ? 'en' : 'zh')}
                    </button>
                  </th>
                ))}
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
              {shownCols.map((c) => (
                <th key={c.itemId} scope="col" className="rp-item-th" title={c.title}>
                  <button type="button" className="rp-colhead" data-node={c.itemId} aria-label={c.title}>
                    <span className="rp-col-num">{c.short}</span>
                    <span className="rp-col-heading" lang="zh-CN" aria-hidden="true">
                      {c.heading}
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
              <MatrixRowView key={r.agencyId} row={r} rowIndex={r0 + i} colOffset={c0} columns={shownCols} pad={pad} cells={matrix.cells} s={s} />
            ))}
            {r1 < rows.length ? <tr aria-hidden="true" className="rp-pad-row" style={{ height: (rows.length - r1) * ROW_H }} /> : null}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className="rp-agency-th">{s.total}</th>
              <Spacer width={pad.left} />
              {shownCols.map((c) => (
                <td key={c.itemId} className="rp-col-total">{c.total}</td>
              ))}
              <Spacer width={pad.right} />
              <td className="rp-total rp-grand">{matrix.total}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}

interface Pad { left: number; right: number }

/** Stands in for the columns scrolled out of view. */
function Spacer({ width, head }: { width: number; head?: boolean }): JSX.Element | null {
  if (width <= 0) return null;
  const style = { width, minWidth: width, maxWidth: width };
  return head ? <th aria-hidden="true" className="rp-spacer" style={style} /> : <td aria-hidden="true" className="rp-spacer" style={style} />;
}

const MatrixRowView = memo(function MatrixRowView({ row, rowIndex, colOffset, columns, pad, cells, s }: {
  row: RowView; rowIndex: number; colOffset: number; columns: ColumnView[]; pad: Pad; cells: Map<string, MatrixCell>; s: PanelStrings;
}): JSX.Element {
  return (
    <tr>
      <th scope="row" className="rp-agency-th" title={row.title}>
        <button type="button" className="rp-link" data-node={row.agencyId}>
          {row.short}
        </button>
      </th>
      <Spacer width={pad.left} />
      {columns.map((c, j) => {
        const cell = cells.get(cellKey(row.agencyId, c.itemId));
        if (!cell) return <td key={c.itemId} className="rp-cell" />;
        return (
          <td key={c.itemId} className={`rp-cell rp-cell-${cell.role}`}>
            <button
              type="button"
              className="rp-cell-btn"
              data-cell={cellKey(row.agencyId, c.itemId)}
              data-ri={rowIndex}
              data-ci={colOffset + j}
              aria-label={s.matrixCell(row.short, s.role[cell.role as Role], c.title)}
              title={`${row.short} · ${s.role[cell.role]} · ${c.title}`}
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
  if (mode === 'en') return pathNumber(c.path);
  // the item's own number is enough under its document group; the full path and heading are in the title
  const own = c.path.match(/(第[^章节条]+[章节条]|[（(][^）)]+[）)]|[^、.．（）()]+[、.．])$/)?.[0] ?? c.path;
  // （十一） → 十一: keeps columns narrow; the full number path is in the header's title and accessible name
  return own.replace(/^[（(](.+)[）)]$/, '$1').replace(/[、.．]$/, '');
}
