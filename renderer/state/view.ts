/** The view state: everything about how the graph is shown, none of what it contains. Workspaces save it. */
import type { NodeKind } from '../../core/model';
import type { LabelMode as ExportLabelMode } from '../../core/exports/svg';
import type { Positions } from '../../core/exports/layout';
import type { Theme } from '../../core/exports/palette';

/**
 * The renderer's shared vocabulary, each type defined here once (or taken from core, where exports share it).
 */
export type { Positions, Theme };
export type Lang = 'en' | 'zh';
/** Which language names nodes: the exports also know 'none', the app always shows a name. */
export type LabelMode = Exclude<ExportLabelMode, 'none'>;
export type LayoutName = 'force' | 'concentric' | 'tree' | 'responsibility';
export const LAYOUTS: readonly LayoutName[] = ['force', 'concentric', 'tree', 'responsibility'];
export type Sizing = 'none' | 'degree' | 'betweenness';

export interface Filters {
  hiddenKinds: NodeKind[];
  /** document node ids to keep; null = all */
  documents: string[] | null;
  /** section node ids to keep; null = all */
  sections: string[] | null;
  /** agency node id whose responsibilities to show; null = none */
  agency: string | null;
  hideIsolated: boolean;
  /** roles of assignments to keep (lead, joint…); null or absent = all */
  roles?: string[] | null;
  /** documents dated within this range (ISO dates or year prefixes); null or absent = all dates */
  dates?: { from?: string; to?: string } | null;
}

export interface Focus { node: string; depth: 1 | 2 | 3 }

export interface ViewState {
  language: Lang;
  labelMode: LabelMode;
  theme: Theme;
  layout: LayoutName;
  sizing: Sizing;
  filters: Filters;
  focus: Focus | null;
  /** nodes whose neighbours were added on top of the filters */
  expanded: string[];
  /** nodes whose neighbours were hidden */
  collapsed: string[];
  /** per layout, so switching back and forth keeps each arrangement */
  positions: Partial<Record<LayoutName, Positions>>;
  pinned: string[];
  selection: string[];
}

export const DEFAULT_FILTERS: Filters = { hiddenKinds: [], documents: null, sections: null, agency: null, hideIsolated: false };

export function defaultView(prefs?: Partial<Pick<ViewState, 'language' | 'theme'>>): ViewState {
  return {
    language: prefs?.language ?? 'en',
    labelMode: 'both',
    theme: prefs?.theme ?? 'light',
    layout: 'force',
    sizing: 'degree',
    filters: DEFAULT_FILTERS,
    focus: null,
    expanded: [],
    collapsed: [],
    positions: {},
    pinned: [],
    selection: [],
  };
}

export const isLayout = (v: unknown): v is LayoutName => typeof v === 'string' && (LAYOUTS as readonly string[]).includes(v);
