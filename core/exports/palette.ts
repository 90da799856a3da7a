// The one colour/shape vocabulary for graph kinds, shared by the UI (Cytoscape styles), the SVG
// and PDF exports, GEXF viz colours and the briefing pack. Shapes use Cytoscape's shape names so
// the renderer can pass them straight through.
import type { EdgeKind, NodeKind, Role } from '../model';

export type Theme = 'light' | 'dark';
export type NodeShape = 'round-rectangle' | 'rectangle' | 'ellipse' | 'hexagon' | 'diamond' | 'triangle' | 'star';

export interface NodeStyle { fill: string; stroke: string; shape: NodeShape; /** radius in layout units at scale 1 */ size: number }
export interface EdgeStyle { color: string; width: number; /** SVG stroke-dasharray, '' for solid */ dash: string }
export interface ThemeColours { background: string; text: string; mutedText: string; labelHalo: string; legendFill: string; legendStroke: string }

// Okabe–Ito colours, distinguishable with the common colour-vision deficiencies, plus a distinct
// shape per kind so that colour is never the only cue. renderer/graph/kind-styles.ts derives the
// canvas styles from these, so an exported picture looks like the app.
const FILL_LIGHT: Record<NodeKind, string> = {
  document: '#3d4654', section: '#0072b2', article: '#56b4e9', agency: '#d55e00', platform: '#009e73', region: '#e69f00', target: '#cc79a7',
};
const FILL_DARK: Record<NodeKind, string> = { ...FILL_LIGHT, document: '#c9ced6', section: '#4f9fe0' };
const SHAPE: Record<NodeKind, NodeShape> = {
  document: 'round-rectangle', section: 'hexagon', article: 'round-rectangle', agency: 'ellipse', platform: 'diamond', region: 'triangle', target: 'star',
};
const SIZE: Record<NodeKind, number> = { document: 16, section: 11, article: 9, agency: 13, platform: 10, region: 10, target: 10 };

/** Darker (light theme) or lighter (dark theme) outline of a fill colour. */
function outline(hex: string, theme: Theme): string {
  const [r, g, b] = hexToRgb(hex);
  const f = (v: number) => Math.round(theme === 'dark' ? v + (255 - v) * 0.35 : v * 0.7).toString(16).padStart(2, '0');
  return `#${f(r)}${f(g)}${f(b)}`;
}

const nodeStyles = (theme: Theme): Record<NodeKind, NodeStyle> => {
  const fills = theme === 'dark' ? FILL_DARK : FILL_LIGHT;
  const out = {} as Record<NodeKind, NodeStyle>;
  for (const kind of Object.keys(fills) as NodeKind[]) out[kind] = { fill: fills[kind], stroke: outline(fills[kind], theme), shape: SHAPE[kind], size: SIZE[kind] };
  return out;
};
const NODE_LIGHT = nodeStyles('light');
const NODE_DARK = nodeStyles('dark');

const EDGE_LIGHT: Record<EdgeKind, EdgeStyle> = {
  leads: { color: '#d55e00', width: 2.6, dash: '' },
  contains: { color: '#b9c0ca', width: 1, dash: '' },
  mentions: { color: '#d3d8df', width: 1, dash: '' },
  issued: { color: '#7d8796', width: 1.2, dash: '5 3' },
  located_in: { color: '#e69f00', width: 1.2, dash: '1.5 2.5' },
};

// On a dark page only the grey structural lines change; the coloured ones keep their meaning.
const EDGE_DARK: Record<EdgeKind, EdgeStyle> = {
  ...EDGE_LIGHT,
  contains: { color: '#5a6270', width: 1, dash: '' },
  mentions: { color: '#4a5261', width: 1, dash: '' },
  issued: { color: '#8a93a3', width: 1.2, dash: '5 3' },
};

const THEME: Record<Theme, ThemeColours> = {
  light: { background: '#ffffff', text: '#1d232b', mutedText: '#6b7483', labelHalo: '#ffffff', legendFill: '#ffffff', legendStroke: '#d3d8df' },
  dark: { background: '#16191e', text: '#e6e9ee', mutedText: '#8a93a3', labelHalo: '#16191e', legendFill: '#1f242b', legendStroke: '#4a5261' },
};

export function nodeStyle(kind: NodeKind, theme: Theme = 'light'): NodeStyle {
  return (theme === 'dark' ? NODE_DARK : NODE_LIGHT)[kind];
}

export function edgeStyle(kind: EdgeKind, theme: Theme = 'light', role?: Role): EdgeStyle {
  const base = (theme === 'dark' ? EDGE_DARK : EDGE_LIGHT)[kind];
  // As in the app: a lead is solid, a joint role dashed, a plain 负责 dotted, and the other roles each their own pattern.
  const look = kind === 'leads' && role ? ROLE_LINES[role] : undefined;
  return look ? { ...base, ...look } : base;
}

/** Line of a `leads` edge by role (lead: the plain line of the kind). Shared with the app's graph styles. */
export const ROLE_LINES: Record<Role, { width: number; dash?: string } | undefined> = {
  lead: undefined,
  joint: { width: 2.2, dash: '7 4' },
  responsible: { width: 2.2, dash: '2 4' },
  implement: { width: 2.2, dash: '8 3 2 3' },
  guide: { width: 1.6, dash: '12 4' },
  participate: { width: 1.4, dash: '1 3' },
  member: { width: 1.2, dash: '4 4' },
};

/** What a role is called and how it is marked. */
export interface RoleName { en: string; zh: string; mark: string }

/**
 * Every role's name in English and Chinese and its mark, the one table for wherever roles show: the app's legend,
 * Details and Matrix, the image exports' legends and the briefing pack, so that a role reads and looks the same in the
 * app and in what it exports. The zh names are the annotation words (共同负责 is joint, 参与/配合 participate).
 */
export const ROLE_NAMES: Readonly<Record<Role, RoleName>> = {
  lead: { en: 'leads', zh: '牵头', mark: '●' },
  joint: { en: 'joint', zh: '共同', mark: '◐' },
  responsible: { en: 'responsible', zh: '负责', mark: '○' },
  implement: { en: 'implements', zh: '落实', mark: '▲' },
  guide: { en: 'guides', zh: '指导', mark: '◇' },
  participate: { en: 'participates', zh: '参与', mark: '△' },
  member: { en: 'member', zh: '成员', mark: '□' },
};

/** A role's names; a role not in the model (from an older workspace) is shown as written. */
export const roleName = (role: string): RoleName => ROLE_NAMES[role as Role] ?? { en: role, zh: role, mark: '·' };

export function themeColours(theme: Theme = 'light'): ThemeColours {
  return THEME[theme];
}

export const KIND_NAMES: Record<NodeKind, { en: string; zh: string }> = {
  document: { en: 'Document', zh: '文件' },
  section: { en: 'Section', zh: '部分' },
  article: { en: 'Article', zh: '条目' },
  agency: { en: 'Agency', zh: '部门' },
  platform: { en: 'Platform', zh: '平台' },
  region: { en: 'Region', zh: '地区' },
  target: { en: 'Target', zh: '目标' },
};

export const EDGE_NAMES: Record<EdgeKind, { en: string; zh: string }> = {
  issued: { en: 'issued', zh: '印发' },
  contains: { en: 'contains', zh: '包含' },
  leads: { en: 'leads / responsible', zh: '牵头负责' },
  mentions: { en: 'mentions', zh: '提及' },
  located_in: { en: 'located in', zh: '位于' },
};

/** '#rrggbb' → [r, g, b] */
export function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The font stack for Chinese text in every image and document we write. */
export const CJK_FONT_STACK = '"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","Heiti SC",sans-serif';
