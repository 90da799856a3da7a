/**
 * How a huge graph's edges look when Remit draws them itself (edge-layer.ts): the compact look that Cytoscape used
 * for big graphs — thin straight lines, leads thicker, roles told apart by dashes — grouped into a few buckets so
 * that each bucket is one canvas path.
 */
import type { EdgeAttributes } from '../../core/model';
import { ROLE_LINES } from '../../core/exports/palette';
import type { Theme } from '../state/view';
import { edgeStyles, themeColors } from './kind-styles';

export interface EdgeLook { color: string; /** model units, scaled by the zoom like Cytoscape's widths */ width: number; dash: readonly number[] }

/** Drawing order too: the orange lines of responsibility end up on top of the grey ones. */
export const BUCKETS = ['plain', 'contains', 'lead', 'joint', 'responsible', 'implement', 'guide', 'participate', 'member'] as const;
export type Bucket = (typeof BUCKETS)[number];

export function bucketOf(attrs: Pick<EdgeAttributes, 'kind' | 'role'>): number {
  if (attrs.kind === 'contains') return 1;
  if (attrs.kind !== 'leads') return 0;
  const at = attrs.role ? BUCKETS.indexOf(attrs.role) : -1;
  return at > 2 ? at : 2;
}

/** Cytoscape's own patterns: 'dashed' is [6, 3], 'dotted' is [1, 1]. */
export function edgeLooks(theme: Theme): EdgeLook[] {
  const e = edgeStyles(theme);
  return [
    { color: e.mentions.color, width: 0.8, dash: [] },
    { color: e.contains.color, width: 0.8, dash: [] },
    { color: e.leads.color, width: 1.6, dash: [] },
    { color: e.leads.color, width: 1.6, dash: [6, 3] },
    { color: e.leads.color, width: 1.6, dash: [1, 1] },
    ...(['implement', 'guide', 'participate', 'member'] as const).map((r) => ({ color: e.leads.color, width: 1.2, dash: (ROLE_LINES[r]?.dash ?? '').split(' ').map(Number) })),
  ];
}

/** Edges of the hovered or selected node: brighter and at least a pixel wide whatever the zoom. */
export function highlightLook(theme: Theme, bucket: number): EdgeLook {
  const base = edgeLooks(theme)[bucket];
  return bucket < 2 ? { ...base, color: themeColors(theme).muted, width: 1.6 } : { ...base, width: 2.4 };
}

export function pathLook(theme: Theme): EdgeLook {
  return { color: themeColors(theme).path, width: 3, dash: [] };
}

/**
 * Level of detail: a dash pattern shorter than a couple of pixels on screen cannot be seen as dashes, and dashing
 * thousands of lines costs more than drawing them. Below that it is drawn solid, at the coverage the dashes have.
 */
export function dashAtZoom(dash: readonly number[], zoom: number): { dash: readonly number[]; alpha: number } {
  if (dash.length === 0) return { dash, alpha: 1 };
  const period = dash.reduce((a, b) => a + b, 0);
  if (period * zoom >= 4) return { dash, alpha: 1 };
  let on = 0;
  for (let i = 0; i < dash.length; i += 2) on += dash[i];
  return { dash: [], alpha: on / period };
}
