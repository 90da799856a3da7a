/**
 * The view state as saved in workspace files (core/workspace.ts `WorkspaceView`): the known fields in their agreed
 * shapes, plus the UI's extras (per-layout positions, focus depth, expand/collapse, sizing) as additional fields.
 */
import type { WorkspaceView } from '../../core/workspace';
import { NODE_KINDS, type NodeKind } from '../../core/model';
import { DEFAULT_FILTERS, defaultView, isLayout, LAYOUTS, type Filters, type LayoutName, type Positions, type ViewState } from './view';

export function toWorkspaceView(view: ViewState): WorkspaceView {
  return {
    language: view.language,
    labelMode: view.labelMode,
    theme: view.theme,
    layout: view.layout,
    filters: { ...view.filters },
    focus: view.focus?.node ?? null,
    focusDepth: view.focus?.depth ?? null,
    positions: view.positions[view.layout] ?? {},
    positionsByLayout: view.positions,
    pinned: [...view.pinned],
    selection: [...view.selection],
    expanded: [...view.expanded],
    collapsed: [...view.collapsed],
    sizing: view.sizing,
  };
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const stringsOrNull = (v: unknown): string[] | null => (Array.isArray(v) ? strings(v) : null);

function readFilters(raw: unknown): Filters {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_FILTERS;
  const r = raw as Record<string, unknown>;
  return {
    hiddenKinds: strings(r.hiddenKinds).filter((k): k is NodeKind => (NODE_KINDS as readonly string[]).includes(k)),
    documents: stringsOrNull(r.documents),
    sections: stringsOrNull(r.sections),
    agency: typeof r.agency === 'string' ? r.agency : null,
    hideIsolated: r.hideIsolated === true,
  };
}

function readPositions(raw: unknown): Positions | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const out: Positions = {};
  for (const [id, p] of Object.entries(raw as Record<string, unknown>)) {
    const q = p as { x?: unknown; y?: unknown } | null;
    if (q && typeof q.x === 'number' && typeof q.y === 'number' && Number.isFinite(q.x) && Number.isFinite(q.y)) out[id] = { x: q.x, y: q.y };
  }
  return out;
}

/** Forgiving: anything unreadable falls back to the default for that field. */
export function fromWorkspaceView(wv: WorkspaceView, base: ViewState = defaultView()): ViewState {
  const layout: LayoutName = isLayout(wv.layout) ? wv.layout : base.layout;
  const positions: Partial<Record<LayoutName, Positions>> = {};
  const byLayout = wv.positionsByLayout as Record<string, unknown> | undefined;
  if (byLayout && typeof byLayout === 'object') {
    for (const l of LAYOUTS) {
      const p = readPositions(byLayout[l]);
      if (p) positions[l] = p;
    }
  }
  const flat = readPositions(wv.positions);
  if (flat && Object.keys(flat).length > 0 && !positions[layout]) positions[layout] = flat;
  const depth = wv.focusDepth === 2 || wv.focusDepth === 3 ? wv.focusDepth : 1;
  return {
    language: wv.language === 'zh' || wv.language === 'en' ? wv.language : base.language,
    labelMode: wv.labelMode === 'zh' || wv.labelMode === 'en' || wv.labelMode === 'both' ? wv.labelMode : base.labelMode,
    theme: wv.theme === 'dark' || wv.theme === 'light' ? wv.theme : base.theme,
    layout,
    sizing: wv.sizing === 'none' || wv.sizing === 'degree' || wv.sizing === 'betweenness' ? wv.sizing : base.sizing,
    filters: readFilters(wv.filters),
    focus: typeof wv.focus === 'string' ? { node: wv.focus, depth } : null,
    expanded: strings(wv.expanded),
    collapsed: strings(wv.collapsed),
    positions,
    pinned: strings(wv.pinned),
    selection: strings(wv.selection),
  };
}
