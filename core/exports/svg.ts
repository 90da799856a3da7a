// The graph as a standalone SVG: real <text> in a CJK font stack (so it stays searchable and
// crisp), shapes and colours from the shared palette, title and legend drawn in, and a viewBox
// computed from node and label extents so nothing is cut off at the edges.
import type { EdgeKind, NodeKind, Role } from '../model';
import { EDGE_KINDS, NODE_KINDS, ROLES } from '../model';
import type { RemitGraph } from '../graph/types';
import { xmlEscape, xmlText } from './escape';
import { computeLayout, type Extent, type Positions } from './layout';
import { CJK_FONT_STACK, EDGE_NAMES, KIND_NAMES, ROLE_NAMES, type NodeShape, type Theme, edgeStyle, nodeStyle, themeColours } from './palette';
import { textWidth, truncate, wrap } from './text-metrics';

export type LabelMode = 'zh' | 'en' | 'both' | 'none';

export interface SvgOptions {
  /** node centres, e.g. from Cytoscape (`cy.nodes().positions`); computed with computeLayout when absent */
  positions?: Positions;
  /** draw only these nodes (and edges between them) */
  nodeIds?: ReadonlySet<string> | readonly string[];
  title?: string;
  subtitle?: string;
  /** default true */
  legend?: boolean;
  /** 'white' (default), 'transparent' or a CSS colour (#hex, rgb(), a name) */
  background?: 'white' | 'transparent' | string;
  /** default 'both': Chinese label with the English name below when there is one */
  labelMode?: LabelMode;
  theme?: Theme;
  /** labels longer than this (px) are shortened with an ellipsis; default 170 */
  maxLabelWidth?: number;
  /** label lines per node (the first drawn larger), e.g. the UI's own display labels; overrides labelMode */
  labelsOf?: (id: string) => string[];
}

const FONT = 11;
const FONT_EN = 9.5;
const PAD = 24;
const GAP = 24;

interface Placed { id: string; kind: NodeKind; x: number; y: number; r: number; lines: { text: string; size: number }[] }

const SAFE_COLOUR = /^(#[0-9a-f]{3,8}|[a-z]{3,20}|rgba?\([\d\s.,%]+\)|hsla?\([\d\s.,%deg]+\))$/i;

function backgroundFill(background: string | undefined, theme: Theme): string | undefined {
  if (background === 'transparent') return undefined;
  if (background === undefined || background === 'white') return theme === 'dark' ? themeColours('dark').background : '#ffffff';
  return SAFE_COLOUR.test(background.trim()) ? background.trim() : '#ffffff';
}

function labelLines(attrs: { label: string; labelEn?: string }, mode: LabelMode, maxWidth: number): { text: string; size: number }[] {
  const zh = attrs.label ?? '';
  const en = attrs.labelEn;
  switch (mode) {
    case 'none':
      return [];
    case 'zh':
      return [{ text: truncate(zh, FONT, maxWidth), size: FONT }];
    case 'en':
      return [{ text: truncate(en || zh, FONT, maxWidth), size: FONT }];
    default:
      return en && en !== zh
        ? [{ text: truncate(zh, FONT, maxWidth), size: FONT }, { text: truncate(en, FONT_EN, maxWidth), size: FONT_EN }]
        : [{ text: truncate(zh, FONT, maxWidth), size: FONT }];
  }
}

function fmt(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** Node outline centred on (x, y) with "radius" r, in the palette's shape. */
export function shapePath(shape: NodeShape, x: number, y: number, r: number): string {
  const poly = (pts: [number, number][]) => 'M' + pts.map(([px, py]) => `${fmt(x + px)},${fmt(y + py)}`).join('L') + 'Z';
  switch (shape) {
    case 'ellipse':
      return `M${fmt(x - r)},${fmt(y)}a${fmt(r)},${fmt(r)} 0 1,0 ${fmt(2 * r)},0a${fmt(r)},${fmt(r)} 0 1,0 ${fmt(-2 * r)},0Z`;
    case 'rectangle':
    case 'round-rectangle': {
      const w = r * 1.3;
      const h = r * 0.85;
      const c = shape === 'round-rectangle' ? Math.min(3, h / 2) : 0;
      return `M${fmt(x - w + c)},${fmt(y - h)}H${fmt(x + w - c)}Q${fmt(x + w)},${fmt(y - h)} ${fmt(x + w)},${fmt(y - h + c)}V${fmt(y + h - c)}Q${fmt(x + w)},${fmt(y + h)} ${fmt(x + w - c)},${fmt(y + h)}H${fmt(x - w + c)}Q${fmt(x - w)},${fmt(y + h)} ${fmt(x - w)},${fmt(y + h - c)}V${fmt(y - h + c)}Q${fmt(x - w)},${fmt(y - h)} ${fmt(x - w + c)},${fmt(y - h)}Z`;
    }
    case 'hexagon':
      return poly([0, 1, 2, 3, 4, 5].map((i) => [r * Math.cos((Math.PI / 3) * i), r * Math.sin((Math.PI / 3) * i)]));
    case 'diamond':
      return poly([[0, -r * 1.15], [r * 1.15, 0], [0, r * 1.15], [-r * 1.15, 0]]);
    case 'triangle':
      return poly([[0, -r * 1.15], [r * 1.1, r * 0.8], [-r * 1.1, r * 0.8]]);
    case 'star': {
      const pts: [number, number][] = [];
      for (let i = 0; i < 10; i++) {
        const rr = i % 2 === 0 ? r * 1.2 : r * 0.5;
        const a = -Math.PI / 2 + (Math.PI / 5) * i;
        pts.push([rr * Math.cos(a), rr * Math.sin(a)]);
      }
      return poly(pts);
    }
  }
}

/** What a node occupies around its centre: its shape, and its label lines below it. */
function extentOf(n: { r: number; lines: Placed['lines'] }): Extent {
  const half = Math.max(n.r * 1.35, ...n.lines.map((l) => textWidth(l.text, l.size) / 2 + 2));
  return { left: half, right: half, top: n.r * 1.25 + 2, bottom: n.r * 1.2 + n.lines.reduce((h, l) => h + l.size * 1.25, 0) + 4 };
}

function radiusOf(kind: NodeKind, degree: number): number {
  return nodeStyle(kind).size * 0.75 + Math.min(8, Math.sqrt(degree) * 1.2);
}

/** Width and height from the root element of an SVG we rendered. */
export function svgDimensions(svg: string): { width: number; height: number } {
  const m = /<svg[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"/.exec(svg);
  if (!m) throw new Error('SVG has no width/height');
  return { width: Number(m[1]), height: Number(m[2]) };
}

export function renderSvg(graph: RemitGraph, options: SvgOptions = {}): string {
  const theme = options.theme ?? 'light';
  const colours = themeColours(theme);
  const mode = options.labelMode ?? 'both';
  const maxLabel = options.maxLabelWidth ?? 170;
  const include = options.nodeIds ? new Set(options.nodeIds) : undefined;
  const ids = graph.filterNodes((id) => !include || include.has(id));
  const idSet = new Set(ids);
  const metrics = new Map<string, { kind: NodeKind; r: number; lines: Placed['lines'] }>();
  for (const id of ids) {
    const attrs = graph.getNodeAttributes(id);
    const lines = options.labelsOf
      ? options.labelsOf(id).filter((l) => l).map((text, i) => ({ text: truncate(text, i ? FONT_EN : FONT, maxLabel), size: i ? FONT_EN : FONT }))
      : labelLines(attrs, mode, maxLabel);
    metrics.set(id, { kind: attrs.kind, r: radiusOf(attrs.kind, graph.degree(id)), lines });
  }
  const positions = options.positions ?? computeLayout(graph, { nodeIds: ids, extentOf: (id) => extentOf(metrics.get(id)!) });

  const placed: Placed[] = [];
  for (const id of ids) {
    const p = positions[id];
    if (!p || !Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    placed.push({ id, x: p.x, y: p.y, ...metrics.get(id)! });
  }
  const byId = new Map(placed.map((n) => [n.id, n]));

  // Bounds of shapes and labels in graph coordinates.
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const n of placed) {
    const e = extentOf(n);
    minX = Math.min(minX, n.x - e.left);
    maxX = Math.max(maxX, n.x + e.right);
    minY = Math.min(minY, n.y - e.top);
    maxY = Math.max(maxY, n.y + e.bottom);
  }
  if (!placed.length) minX = minY = maxX = maxY = 0;
  const graphW = Math.max(120, maxX - minX);
  const graphH = Math.max(60, maxY - minY);

  // Legend: the node and edge kinds that are actually drawn.
  const kindsShown = NODE_KINDS.filter((k) => placed.some((n) => n.kind === k));
  const edgesShown: { id: string; kind: EdgeKind; role?: Role; s: Placed; t: Placed }[] = [];
  graph.forEachEdge((id, a, s, t) => {
    if (!idSet.has(s) || !idSet.has(t)) return;
    const sp = byId.get(s);
    const tp = byId.get(t);
    if (sp && tp) edgesShown.push({ id, kind: a.kind, role: a.kind === 'leads' ? a.role : undefined, s: sp, t: tp });
  });
  // Legend rows for edges: one per kind, and one per role for responsibility edges.
  const edgeRows: { kind: EdgeKind; role?: Role; en: string; zh: string }[] = [];
  for (const k of EDGE_KINDS) {
    if (k === 'leads') {
      for (const role of ROLES) {
        if (edgesShown.some((e) => e.kind === k && (e.role ?? 'lead') === role)) edgeRows.push({ kind: k, role, ...ROLE_NAMES[role] });
      }
    } else if (edgesShown.some((e) => e.kind === k)) edgeRows.push({ kind: k, ...EDGE_NAMES[k] });
  }
  const edgeKindsShown = EDGE_KINDS.filter((k) => edgesShown.some((e) => e.kind === k));
  const showLegend = options.legend !== false && kindsShown.length > 0;
  const legendRows = [
    ...kindsShown.map((k) => `${KIND_NAMES[k].en} ${KIND_NAMES[k].zh}`),
    ...edgeRows.map((r) => `${r.en} ${r.zh}`),
  ];
  const legendW = showLegend ? Math.max(120, ...legendRows.map((r) => textWidth(r, FONT))) + 52 : 0;
  const legendH = showLegend ? 30 + kindsShown.length * 20 + (edgeRows.length ? 8 : 0) + edgeRows.length * 20 : 0;

  const contentW = graphW + (showLegend ? GAP + legendW : 0);
  const titleLines = options.title ? wrap(options.title, 20, Math.max(contentW, 480), 3) : [];
  const subtitleLines = options.subtitle ? wrap(options.subtitle, 12.5, Math.max(contentW, 480), 3) : [];
  const titleW = Math.max(0, ...titleLines.map((l) => textWidth(l, 20)), ...subtitleLines.map((l) => textWidth(l, 12.5)));
  const titleH = (titleLines.length ? titleLines.length * 26 : 0) + (subtitleLines.length ? subtitleLines.length * 18 + 4 : 0) + (titleLines.length || subtitleLines.length ? 14 : 0);

  const width = Math.ceil(PAD * 2 + Math.max(contentW, titleW));
  const height = Math.ceil(PAD * 2 + titleH + Math.max(graphH, legendH));
  const dx = PAD - minX;
  const dy = PAD + titleH - minY;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="${xmlEscape(CJK_FONT_STACK)}">`,
    `<title>${xmlText(options.title ?? 'Remit graph')}</title>`,
  );
  if (options.subtitle) out.push(`<desc>${xmlText(options.subtitle)}</desc>`);
  out.push('<defs>');
  for (const k of edgeKindsShown) {
    out.push(`<marker id="remit-arrow-${k}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0L10,5L0,10Z" fill="${edgeStyle(k, theme).color}"/></marker>`);
  }
  out.push('</defs>');
  const bg = backgroundFill(options.background, theme);
  if (bg) out.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="${xmlEscape(bg)}"/>`);

  let y = PAD;
  for (const line of titleLines) {
    y += 22;
    out.push(`<text x="${PAD}" y="${y}" font-size="20" font-weight="700" fill="${colours.text}">${xmlText(line)}</text>`);
    y += 4;
  }
  for (const line of subtitleLines) {
    y += 16;
    out.push(`<text x="${PAD}" y="${y}" font-size="12.5" fill="${colours.mutedText}">${xmlText(line)}</text>`);
    y += 2;
  }

  out.push(`<g transform="translate(${fmt(dx)},${fmt(dy)})">`);
  out.push('<g class="edges" fill="none">');
  // Light structural edges first so responsibility lines stay on top.
  const edgeOrder: Record<EdgeKind, number> = { contains: 0, issued: 1, located_in: 2, mentions: 3, leads: 4 };
  edgesShown.sort((a, b) => edgeOrder[a.kind] - edgeOrder[b.kind]);
  for (const e of edgesShown) {
    const style = edgeStyle(e.kind, theme, e.role);
    const len = Math.hypot(e.t.x - e.s.x, e.t.y - e.s.y);
    if (len < 1e-6) continue;
    const ux = (e.t.x - e.s.x) / len;
    const uy = (e.t.y - e.s.y) / len;
    const x1 = e.s.x + ux * e.s.r;
    const y1 = e.s.y + uy * e.s.r;
    const x2 = e.t.x - ux * (e.t.r + 2);
    const y2 = e.t.y - uy * (e.t.r + 2);
    out.push(`<line x1="${fmt(x1)}" y1="${fmt(y1)}" x2="${fmt(x2)}" y2="${fmt(y2)}" stroke="${style.color}" stroke-width="${style.width}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''} stroke-opacity="0.8" marker-end="url(#remit-arrow-${e.kind})"/>`);
  }
  out.push('</g>', '<g class="nodes">');
  for (const n of placed) {
    const style = nodeStyle(n.kind, theme);
    out.push(`<path data-id="${xmlEscape(n.id)}" data-kind="${n.kind}" d="${shapePath(style.shape, n.x, n.y, n.r)}" fill="${style.fill}" stroke="${style.stroke}" stroke-width="1"/>`);
  }
  out.push('</g>', `<g class="labels" text-anchor="middle" fill="${colours.text}" stroke="${colours.labelHalo}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">`);
  for (const n of placed) {
    let ly = n.y + n.r * 1.2 + 2;
    n.lines.forEach((l, i) => {
      ly += l.size * 1.1;
      const fill = i > 0 ? ` fill="${colours.mutedText}"` : '';
      out.push(`<text x="${fmt(n.x)}" y="${fmt(ly)}" font-size="${l.size}"${fill}>${xmlText(l.text)}</text>`);
      ly += l.size * 0.15;
    });
  }
  out.push('</g>', '</g>');

  if (showLegend) {
    const lx = PAD + graphW + GAP;
    const ly = PAD + titleH;
    out.push(`<g class="legend" transform="translate(${fmt(lx)},${fmt(ly)})">`);
    out.push(`<rect x="0" y="0" width="${fmt(legendW)}" height="${fmt(legendH)}" rx="6" fill="${colours.legendFill}" stroke="${colours.legendStroke}"/>`);
    out.push(`<text x="12" y="19" font-size="11" font-weight="700" fill="${colours.text}">Legend 图例</text>`);
    let ry = 30;
    for (const k of kindsShown) {
      const style = nodeStyle(k, theme);
      out.push(`<path d="${shapePath(style.shape, 22, ry + 9, 6)}" fill="${style.fill}" stroke="${style.stroke}"/>`);
      out.push(`<text x="40" y="${ry + 13}" font-size="${FONT}" fill="${colours.text}">${xmlText(`${KIND_NAMES[k].en} ${KIND_NAMES[k].zh}`)}</text>`);
      ry += 20;
    }
    if (edgeRows.length) ry += 8;
    for (const row of edgeRows) {
      const style = edgeStyle(row.kind, theme, row.role);
      out.push(`<line x1="12" y1="${ry + 9}" x2="32" y2="${ry + 9}" stroke="${style.color}" stroke-width="${style.width}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''} marker-end="url(#remit-arrow-${row.kind})"/>`);
      out.push(`<text x="40" y="${ry + 13}" font-size="${FONT}" fill="${colours.text}">${xmlText(`${row.en} ${row.zh}`)}</text>`);
      ry += 20;
    }
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('\n') + '\n';
}

/**
 * A drawing as a page for the browser's own printing (Electron's printToPDF, a browser's print dialog): one
 * landscape or portrait A4 page, whichever suits its shape, the SVG scaled to fit with its text kept as text.
 * No scripts and nothing external (a CSP says so), like the briefing pack.
 */
export function svgPrintPage(svg: string, title: string): { html: string; landscape: boolean } {
  const { width, height } = svgDimensions(svg);
  const landscape = width >= height;
  const body = svg.replace(/^<\?xml[^>]*>\s*/, '');
  const html = [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:">`,
    `<title>${xmlText(title)}</title>`,
    `<style>@page { size: A4 ${landscape ? 'landscape' : 'portrait'}; margin: 10mm; } html, body { margin: 0; padding: 0; background: #fff; }`,
    `body { -webkit-print-color-adjust: exact; print-color-adjust: exact; } svg { display: block; width: 100%; height: auto; max-height: ${landscape ? 188 : 275}mm; margin: 0 auto; }</style>`,
    '</head><body>',
    body,
    '</body></html>',
    '',
  ].join('\n');
  return { html, landscape };
}
