/** The Cytoscape stylesheet, derived from the theme so that dark and light share one definition. */
import type { StylesheetJson } from 'cytoscape';
import { NODE_KINDS } from '../../core/model';
import { ROLE_LINES } from '../../core/exports/palette';
import type { Theme } from '../state/view';
import { edgeStyles, kindStyles, themeColors } from './kind-styles';

const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", system-ui, sans-serif';

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
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 11,
        color: c.text,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '150px',
        'text-outline-color': c.textOutline,
        'text-outline-width': 2.5,
        'text-outline-opacity': 0.9,
        'min-zoomed-font-size': 8,
        'border-width': 1.5,
        'border-color': c.bg,
        'transition-property': 'opacity',
        'transition-duration': 120,
      },
    },
    ...NODE_KINDS.map((k) => ({ selector: `node.k-${k}`, style: { 'background-color': kinds[k].color, shape: kinds[k].shape } as Record<string, unknown> })),
    // Bilingual labels wrap onto two lines; ellipsis would cut them to one.
    { selector: 'node.two-line', style: { 'text-wrap': 'wrap', 'text-max-width': '160px', 'line-height': 1.25 } },
    // Minor nodes drop their labels first when zoomed out: a smaller font falls under min-zoomed-font-size sooner.
    // Label priority by zoom: rendered size = font-size × zoom, and a label shows once it reaches the kind's
    // min-zoomed-font-size. Agencies and documents are always labelled; sections from zoom ~0.85; articles from ~1.15;
    // platforms, regions and targets from ~1.25. Column layouts label every row.
    { selector: 'node.k-section', style: { 'font-size': 12.5, 'min-zoomed-font-size': 10.6 } },
    { selector: 'node.k-article', style: { 'font-size': 10.5, 'min-zoomed-font-size': 12 } },
    { selector: 'node.k-region, node.k-platform, node.k-target', style: { 'font-size': 10, 'min-zoomed-font-size': 12.4 } },
    { selector: 'node.k-agency, node.k-document', style: { 'font-size': 14, 'font-weight': 600, 'min-zoomed-font-size': 0 } },
    { selector: 'node.col-right, node.col-left', style: { 'font-size': 12.5, 'min-zoomed-font-size': 4 } },
    // Hovered neighbourhoods and the selection always show their labels, whatever the zoom.
    { selector: 'node.hl, node:selected', style: { 'min-zoomed-font-size': 0 } },
    { selector: 'node.pinned', style: { 'border-color': c.text, 'border-width': 2.5, 'border-style': 'double' } },
    { selector: 'node.label-top', style: { 'text-valign': 'top', 'text-margin-y': -4 } },
    { selector: 'node.col-left', style: { 'text-halign': 'left', 'text-valign': 'center', 'text-margin-x': -6, 'text-margin-y': 0, 'text-max-width': '220px' } },
    { selector: 'node.col-right', style: { 'text-halign': 'right', 'text-valign': 'center', 'text-margin-x': 6, 'text-margin-y': 0, 'text-max-width': '260px' } },
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
    { selector: '.dim', style: { opacity: 0.22, 'text-opacity': 0 } },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
    { selector: 'node.aside', style: { opacity: 0.45 } },
    { selector: 'edge.aside', style: { opacity: 0.07 } },
    { selector: 'node.hl', style: { 'z-index': 20 } },
    { selector: 'edge.hl', style: { opacity: 1, 'z-index': 20 } },
    { selector: 'edge.e-mentions.hl, edge.e-contains.hl', style: { 'line-color': c.muted } },
    { selector: 'node:selected', style: { 'border-color': c.select, 'border-width': 3.5, 'z-index': 30 } },
    { selector: 'node.path', style: { 'border-color': c.path, 'border-width': 4, 'z-index': 30 } },
    { selector: 'edge.path', style: { 'line-color': c.path, 'target-arrow-color': c.path, width: 4, opacity: 1, 'z-index': 30 } },
    { selector: 'node.search-hit', style: { 'overlay-color': c.select, 'overlay-opacity': 0.12, 'overlay-padding': 6 } },
  ] as StylesheetJson;
}

/**
 * Thousands of nodes: every rule is matched against every element, so the sheet is short. No outlines or
 * transitions, labels only for agencies and documents (and the hovered or selected neighbourhood). The edges are not
 * Cytoscape's at this size: Remit draws them under the nodes (edge-layer.ts, looks in edge-looks.ts).
 */
function compactStyle(theme: Theme): StylesheetJson {
  const kinds = kindStyles(theme);
  const c = themeColors(theme);
  return [
    { selector: 'node', style: { width: 'data(size)', height: 'data(size)', label: '', 'font-family': FONT, 'font-size': 14, color: c.text, 'text-valign': 'bottom', 'text-margin-y': 3, 'min-zoomed-font-size': 10, 'border-width': 0 } },
    ...NODE_KINDS.map((k) => ({ selector: `node.k-${k}`, style: { 'background-color': kinds[k].color, shape: kinds[k].shape } as Record<string, unknown> })),
    { selector: 'node.k-agency, node.k-document, node.hl, node:selected', style: { label: 'data(label)' } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded, .dim', style: { opacity: 0.15 } },
    { selector: 'node:selected', style: { 'border-color': c.select, 'border-width': 3 } },
    { selector: 'node.path', style: { 'border-color': c.path, 'border-width': 3 } },
  ] as StylesheetJson;
}
