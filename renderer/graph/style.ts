/** The Cytoscape stylesheet, derived from the theme so that dark and light share one definition. */
import type { StylesheetJson } from 'cytoscape';
import { NODE_KINDS } from '../../core/model';
import { ROLE_LINES } from '../../core/exports/palette';
import type { Theme } from '../state/view';
import { edgeStyles, kindStyles, themeColors } from './kind-styles';

export function cyStyle(theme: Theme, performance = false): StylesheetJson {
  if (performance) return compactStyle(theme);
  const kinds = kindStyles(theme);
  const edges = edgeStyles(theme);
  const c = themeColors(theme);
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        // Labels are Remit's (label-layer.ts): drawn at a fixed screen size, none overlapping another.
        label: '',
        'border-width': 1.5,
        'border-color': c.bg,
        'transition-property': 'opacity',
        'transition-duration': 120,
      },
    },
    ...NODE_KINDS.map((k) => ({ selector: `node.k-${k}`, style: { 'background-color': kinds[k].color, shape: kinds[k].shape } as Record<string, unknown> })),
    { selector: 'node.pinned', style: { 'border-color': c.text, 'border-width': 2.5, 'border-style': 'double' } },
    {
      selector: 'edge',
      style: {
        width: 1,
        'curve-style': 'straight',
        'line-color': edges.mentions.color,
        'target-arrow-shape': 'none',
        opacity: 0.9,
        'transition-property': 'opacity',
        'transition-duration': 120,
      },
    },
    ...(['contains', 'mentions', 'issued', 'located_in'] as const).map((k) => ({
      selector: `edge.e-${k}`,
      style: { 'line-color': edges[k].color, width: edges[k].width, 'line-style': edges[k].style } as Record<string, unknown>,
    })),
    { selector: 'edge.e-mentions', style: { opacity: 0.75 } },
    { selector: 'edge.e-contains', style: { 'target-arrow-shape': 'triangle', 'target-arrow-color': edges.contains.color, 'arrow-scale': 0.6 } },
    {
      selector: 'edge.e-leads',
      style: {
        'line-color': edges.leads.color,
        width: edges.leads.width,
        'target-arrow-shape': 'triangle',
        'target-arrow-color': edges.leads.color,
        'arrow-scale': 1.1,
        'z-index': 5,
      },
    },
    { selector: 'edge.r-joint', style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 4], width: 2.2 } },
    { selector: 'edge.r-responsible', style: { 'line-style': 'dotted', 'line-dash-pattern': [2, 4], width: 2.2 } },
    // the other roles as the exports draw them (core/exports/palette.ts)
    ...(['implement', 'guide', 'participate', 'member'] as const).map((r) => ({
      selector: `edge.r-${r}`,
      style: { 'line-style': 'dashed' as const, 'line-dash-pattern': (ROLE_LINES[r]?.dash ?? '').split(' ').map(Number), width: ROLE_LINES[r]?.width ?? 1.6 },
    })),
    { selector: '.hidden', style: { display: 'none' } },
    { selector: 'node.aside', style: { opacity: 0.45 } },
    { selector: 'edge.aside', style: { opacity: 0.07 } },
    { selector: 'node.path', style: { 'border-color': c.path, 'border-width': 4, 'z-index': 30 } },
    { selector: 'edge.path', style: { 'line-color': c.path, 'target-arrow-color': c.path, width: 4, opacity: 1, 'z-index': 30 } },
    { selector: 'node.search-hit', style: { 'overlay-color': c.select, 'overlay-opacity': 0.12, 'overlay-padding': 6 } },
  ] as StylesheetJson;
}

/**
 * Thousands of nodes: every rule is matched against every element, so the sheet is short. No outlines or
 * transitions; the labels, as in the full sheet, are drawn by label-layer.ts. The edges are not
 * Cytoscape's at this size: Remit draws them under the nodes (edge-layer.ts, looks in edge-looks.ts).
 */
function compactStyle(theme: Theme): StylesheetJson {
  const kinds = kindStyles(theme);
  const c = themeColors(theme);
  return [
    // No events on nodes: a press on a node would make Cytoscape restyle it (active, grabbed) and redraw every node;
    // interactions.ts finds the node under the pointer itself.
    { selector: 'node', style: { width: 'data(size)', height: 'data(size)', label: '', 'border-width': 0, events: 'no' } },
    ...NODE_KINDS.map((k) => ({ selector: `node.k-${k}`, style: { 'background-color': kinds[k].color, shape: kinds[k].shape } as Record<string, unknown> })),
    { selector: '.hidden', style: { display: 'none' } },
    { selector: 'node.path', style: { 'border-color': c.path, 'border-width': 3 } },
  ] as StylesheetJson;
}
