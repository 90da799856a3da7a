/**
 * Kind colours from the Okabe–Ito palette (distinguishable with the common colour-vision deficiencies), each kind
 * also with its own shape so that colour is never the only cue.
 */
import type { EdgeKind, NodeKind } from '../../core/model';
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
  const dark = theme === 'dark';
  return {
    document: { color: dark ? '#c9ced6' : '#3d4654', shape: 'round-rectangle', glyph: GLYPH.document },
    section: { color: dark ? '#4f9fe0' : '#0072b2', shape: 'hexagon', glyph: GLYPH.section },
    article: { color: '#56b4e9', shape: 'round-rectangle', glyph: GLYPH.article },
    agency: { color: '#d55e00', shape: 'ellipse', glyph: GLYPH.agency },
    platform: { color: '#009e73', shape: 'diamond', glyph: GLYPH.platform },
    region: { color: '#e69f00', shape: 'triangle', glyph: GLYPH.region },
    target: { color: '#cc79a7', shape: 'star', glyph: GLYPH.target },
  };
}

export interface EdgeStyle { color: string; width: number; style: 'solid' | 'dashed' | 'dotted' }

export function edgeStyles(theme: Theme): Record<EdgeKind, EdgeStyle> {
  const dark = theme === 'dark';
  return {
    leads: { color: '#d55e00', width: 2.6, style: 'solid' },
    contains: { color: dark ? '#5a6270' : '#b9c0ca', width: 1, style: 'solid' },
    mentions: { color: dark ? '#4a5261' : '#d3d8df', width: 1, style: 'solid' },
    issued: { color: dark ? '#8a93a3' : '#7d8796', width: 1.2, style: 'dashed' },
    located_in: { color: '#e69f00', width: 1.2, style: 'dotted' },
  };
}

export interface ThemeColors { bg: string; text: string; textOutline: string; muted: string; select: string; hover: string; path: string }

export function themeColors(theme: Theme): ThemeColors {
  return theme === 'dark'
    ? { bg: '#16191e', text: '#e6e9ee', textOutline: '#16191e', muted: '#8a93a3', select: '#f0e442', hover: '#ffffff', path: '#f0e442' }
    : { bg: '#fbfbfc', text: '#1d232b', textOutline: '#fbfbfc', muted: '#6b7483', select: '#1d232b', hover: '#1d232b', path: '#7a3fb0' };
}
