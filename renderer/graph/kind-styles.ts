/**
 * The canvas's view of the one palette (not a second palette: everything here is derived). The kind palette. Colours and shapes come from core/exports/palette.ts, the one vocabulary
 * that exported pictures, GEXF and briefing packs use too, so the app and its exports cannot drift apart.
 */
import { edgeStyle, nodeStyle, themeColours } from '../../core/exports/palette';
import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type NodeKind } from '../../core/model';
import type { Theme } from '../state/view';

export interface KindStyle { color: string; shape: string; /** legend glyph as an SVG path in a 16×16 box */ glyph: string }

const GLYPH = {
  document: 'M3 2h7l3 3v9H3z',
  section: 'M4.5 2h7l3.5 6-3.5 6h-7L1 8z',
  article: 'M2 4h12v8H2z',
  agency: 'M8 1.5a6.5 6.5 0 1 0 0.01 0z',
  platform: 'M8 1l7 7-7 7-7-7z',
  region: 'M8 1.5l7 12.5H1z',
  target: 'M8 1l2 4.6 5 .5-3.8 3.3 1.2 4.9L8 11.8 3.6 14.3l1.2-4.9L1 6.1l5-.5z',
};

export function kindStyles(theme: Theme): Record<NodeKind, KindStyle> {
  const out = {} as Record<NodeKind, KindStyle>;
  for (const kind of NODE_KINDS) {
    const { fill, shape } = nodeStyle(kind, theme);
    out[kind] = { color: fill, shape, glyph: GLYPH[kind] };
  }
  return out;
}

export interface EdgeStyle { color: string; width: number; style: 'solid' | 'dashed' | 'dotted' }

// Cytoscape names line styles where SVG gives dash arrays: a short first dash is a dotted line.
const lineStyle = (dash: string): EdgeStyle['style'] => (dash === '' ? 'solid' : parseFloat(dash) >= 3 ? 'dashed' : 'dotted');

export function edgeStyles(theme: Theme): Record<EdgeKind, EdgeStyle> {
  const out = {} as Record<EdgeKind, EdgeStyle>;
  for (const kind of EDGE_KINDS) {
    const { color, width, dash } = edgeStyle(kind, theme);
    out[kind] = { color, width, style: lineStyle(dash) };
  }
  return out;
}

export interface ThemeColors { bg: string; text: string; textOutline: string; muted: string; select: string; hover: string; path: string }

/** Text colours come from the export palette; the canvas adds its page background and interaction colours. */
export function themeColors(theme: Theme): ThemeColors {
  const { text, mutedText } = themeColours(theme);
  const bg = theme === 'dark' ? '#16191e' : '#fbfbfc';
  const interaction = theme === 'dark' ? { select: '#f0e442', hover: '#ffffff', path: '#f0e442' } : { select: '#1d232b', hover: '#1d232b', path: '#7a3fb0' };
  return { bg, text, textOutline: bg, muted: mutedText, ...interaction };
}
