/** The view state: everything about how the graph is shown, none of what it contains. Workspaces save it. */
import type { NodeKind } from '../../core/model';
import type { Lang } from '../i18n';

export type LabelMode = 'zh' | 'en' | 'both';
export type Theme = 'light' | 'dark';
export type LayoutName = 'force' | 'concentric' | 'tree' | 'responsibility';
export const LAYOUTS: readonly LayoutName[] = ['force', 'concentric', 'tree', 'responsibility'];
export type Sizing = 'none' | 'degree' | 'betweenness';
export type Positions = Record<string, { x: number; y: number }>;

export interface Filters {
  hiddenKinds: NodeKind[];
  /** document node ids to keep; null = all */
  documents: string[] | null;
  /** section node ids to keep; null = all */
  sections: string[] | null;
  /** agency node id whose responsibilities to show; null = none */
  agency: string | null;
  hideIsolated: boolean;
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
