// Pictures of the graph from the live view: PNG (Cytoscape's own rendering, what the analyst
// sees, with a title band and legend composited on) and SVG (core's renderSvg at Cytoscape's
// positions). The PDF is that SVG in a page printed by the browser engine (actions.ts), so its
// text stays vector and selectable in any script the system's fonts cover.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { EdgeKind, NodeKind, Role } from '../../core/model';
import { EDGE_KINDS, NODE_KINDS, ROLES } from '../../core/model';
import type { RemitGraph } from '../../core/graph/types';
import { renderSvg, shapePath, svgDimensions } from '../../core/exports/svg';
import type { Positions } from '../../core/exports/layout';
import { CJK_FONT_STACK, EDGE_NAMES, KIND_NAMES, ROLE_NAMES, ROLE_LINES, type NodeShape } from '../../core/exports/palette';
import { edgeStyles, kindStyles, themeColors } from '../graph/kind-styles';
import { frameAround, type Box } from '../graph/label-placement';
import { GraphOverlay } from '../graph/overlay';
import type { Theme } from '../state/view';

export type Area = 'view' | 'whole';
export interface ImageOptions { scale: number; background: 'white' | 'transparent'; area: Area; title: string; subtitle: string }

/** Largest canvas side and area browsers draw reliably (Chromium's limits, with headroom). */
const MAX_SIDE = 16_000;
const MAX_AREA = 120_000_000;

export const screenTheme = (): Theme => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');

/** Nodes shown on screen: visible ones, and for 'view' only those inside the viewport. */
export function shownNodeIds(cy: Core, area: Area): string[] {
  const ext = cy.extent();
  return cy.nodes(':visible').filter((n: NodeSingular) => {
    if (area === 'whole') return true;
    const bb = n.boundingBox({});
    return bb.x2 >= ext.x1 && bb.x1 <= ext.x2 && bb.y2 >= ext.y1 && bb.y1 <= ext.y2;
  }).map((n: NodeSingular) => n.id());
}

export function positionsOf(cy: Core, ids: string[]): Positions {
  const out: Positions = {};
  for (const id of ids) {
    const n = cy.getElementById(id);
    if (n.nonempty()) out[id] = { ...(n as NodeSingular).position() };
  }
  return out;
}

/** A scale the browser can still draw at, for an image of base size w×h. */
export function feasibleScale(w: number, h: number, scale: number): number {
  let s = scale;
  while (s > 0.25 && (w * s > MAX_SIDE || h * s > MAX_SIDE || w * h * s * s > MAX_AREA)) s /= 1.25;
  return s;
}

async function canvasBytes(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The browser could not encode the image');
  return new Uint8Array(await blob.arrayBuffer());
}

function wrapLines(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const tokens = text.match(/[\u2E80-\uFFFF]|[^\s\u2E80-\uFFFF]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const t of tokens) {
    if (line && ctx.measureText(line + t.trimEnd()).width > maxWidth) {
      lines.push(line.trimEnd());
      line = t.trimStart();
    } else line += t;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.slice(0, 4);
}

const CANVAS_SHAPE: Record<string, NodeShape> = {
  'round-rectangle': 'round-rectangle', rectangle: 'rectangle', ellipse: 'ellipse', hexagon: 'hexagon', diamond: 'diamond', triangle: 'triangle', star: 'star',
};

/** What the last picture of the whole graph held, for tests: its size, where the graph lies in it, its labels. */
export interface PictureRecord {
  width: number;
  height: number;
  graph: Box;
  scale: number;
  /** model → image pixels: `x * scale + x0`, `y * scale + y0` */
  x0: number;
  y0: number;
  labels: { id: string; box: Box }[];
}
export const LAST_PICTURE = 'remit-last-picture';

/**
 * Room the labels of the outermost nodes may take beyond the nodes' bounding box, in model units at scale 1 (half
 * the widest label, two lines below): only for choosing a scale the browser can draw at before the labels are placed.
 */
const LABEL_ROOM = { x: 2 * 90, y: 2 * 40 };

/**
 * The whole graph as Cytoscape draws it, without labels, and the labels placed by the overlay for the picture's own
 * scale: the picture is cut at the nodes' bounding box, so the canvas grows to take in the labels that hang beyond it.
 */
async function wholeGraphPicture(cy: Core, scale: number, bg: string | undefined): Promise<{ image: CanvasImageSource & { width: number; height: number }; record?: PictureRecord }> {
  const take = () => cy.png({ output: 'blob-promise', full: true, scale, bg }).then((blob) => createImageBitmap(blob));
  const overlay = GraphOverlay.of(cy);
  if (!overlay?.inPictures) return { image: await take() };
  const { picture, transform } = await overlay.unlabelledPicture(take);
  if (!transform) return { image: picture };
  const labels = overlay.pictureLabels(transform);
  // the text's outline (3 px at scale 1) is drawn round each box
  const frame = frameAround(picture.width, picture.height, labels.map((l) => l.box), Math.ceil(2 * transform.zoom));
  const canvas = document.createElement('canvas');
  canvas.width = frame.width;
  canvas.height = frame.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Canvas is not available');
  if (bg) {
    ctx.fillStyle = bg;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  ctx.drawImage(picture, frame.left, frame.top);
  overlay.drawPictureLabels(ctx, labels, transform.zoom, frame.left, frame.top);
  const move = (b: Box): Box => ({ x1: b.x1 + frame.left, y1: b.y1 + frame.top, x2: b.x2 + frame.left, y2: b.y2 + frame.top });
  return {
    image: canvas,
    record: {
      width: frame.width,
      height: frame.height,
      graph: { x1: frame.left, y1: frame.top, x2: frame.left + picture.width, y2: frame.top + picture.height },
      scale: transform.zoom,
      x0: transform.x + frame.left,
      y0: transform.y + frame.top,
      labels: labels.map((l) => ({ id: l.id, box: move(l.box) })),
    },
  };
}

/** PNG of the view or the whole graph as Cytoscape draws it, with the title above and the legend below. */
export async function cyPng(cy: Core, graph: RemitGraph, options: ImageOptions): Promise<{ bytes: Uint8Array; scale: number }> {
  const theme = screenTheme();
  const colours = themeColors(theme);
  const full = options.area === 'whole';
  const bb = full ? cy.elements(':visible').boundingBox({}) : { w: cy.width(), h: cy.height() };
  const room = full ? LABEL_ROOM : { x: 0, y: 0 };
  const scale = feasibleScale(Math.max(1, bb.w) + 60 + room.x, Math.max(1, bb.h) + 200 + room.y, options.scale);
  // White means "solid page" here: in the dark theme the labels are light, so the page stays dark.
  const solid = options.background === 'white' ? (theme === 'dark' ? colours.bg : '#ffffff') : undefined;
  let picture: CanvasImageSource & { width: number; height: number };
  let record: PictureRecord | undefined;
  if (full) {
    ({ image: picture, record } = await wholeGraphPicture(cy, scale, solid));
  } else {
    picture = await createImageBitmap(await cy.png({ output: 'blob-promise', full, scale, bg: solid }));
  }

  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Canvas is not available');
  const pad = Math.round(16 * scale);
  const font = (size: number, weight = 400) => `${weight} ${Math.round(size * scale)}px ${CJK_FONT_STACK}`;

  ctx.font = font(18, 700);
  const titleLines = options.title ? wrapLines(ctx, options.title, picture.width - 2 * pad) : [];
  ctx.font = font(12);
  const subtitleLines = options.subtitle ? wrapLines(ctx, options.subtitle, picture.width - 2 * pad) : [];
  const headerH = titleLines.length || subtitleLines.length ? pad + titleLines.length * 24 * scale + subtitleLines.length * 17 * scale + pad / 2 : 0;

  // Legend items: the kinds actually in the picture.
  const ids = new Set(shownNodeIds(cy, options.area));
  const kinds = NODE_KINDS.filter((k) => [...ids].some((id) => graph.hasNode(id) && graph.getNodeAttribute(id, 'kind') === k));
  const shownEdges = new Set<string>();
  cy.edges(':visible').forEach((e: EdgeSingular) => {
    if (!ids.has(e.source().id()) || !ids.has(e.target().id())) return;
    shownEdges.add(e.data('kind') === 'leads' ? `leads:${e.data('role') ?? 'lead'}` : String(e.data('kind')));
  });
  const edgeRows: { edge: EdgeKind; role?: Role; text: string }[] = [];
  for (const k of EDGE_KINDS) {
    if (k === 'leads') {
      for (const role of ROLES) {
        if (shownEdges.has(`leads:${role}`)) edgeRows.push({ edge: k, role, text: `${ROLE_NAMES[role].en} ${ROLE_NAMES[role].zh}` });
      }
    } else if (shownEdges.has(k)) edgeRows.push({ edge: k, text: `${EDGE_NAMES[k].en} ${EDGE_NAMES[k].zh}` });
  }
  const items: { kind?: NodeKind; edge?: EdgeKind; role?: Role; text: string }[] = [
    ...kinds.map((k) => ({ kind: k, text: `${KIND_NAMES[k].en} ${KIND_NAMES[k].zh}` })),
    ...edgeRows,
  ];
  ctx.font = font(11);
  const rowH = 20 * scale;
  const rows: { x: number; item: (typeof items)[number] }[][] = [[]];
  let x = pad;
  for (const item of items) {
    const w = 28 * scale + ctx.measureText(item.text).width + 14 * scale;
    if (x + w > picture.width - pad && rows[rows.length - 1].length) {
      rows.push([]);
      x = pad;
    }
    rows[rows.length - 1].push({ x, item });
    x += w;
  }
  const legendH = items.length ? pad / 2 + rows.length * rowH + pad / 2 : 0;

  canvas.width = picture.width;
  canvas.height = Math.ceil(headerH + picture.height + legendH);
  if (solid) {
    ctx.fillStyle = solid;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  ctx.drawImage(picture, 0, headerH);
  if (full) {
    // in the PNG's pixels: the picture lies below the title band
    const down = (b: Box): Box => ({ ...b, y1: b.y1 + headerH, y2: b.y2 + headerH });
    cy.scratch(LAST_PICTURE, record ? { ...record, width: canvas.width, height: canvas.height, graph: down(record.graph), y0: record.y0 + headerH, labels: record.labels.map((l) => ({ id: l.id, box: down(l.box) })) } : null);
  }
  ctx.textBaseline = 'alphabetic';
  let y = pad;
  ctx.fillStyle = colours.text;
  ctx.font = font(18, 700);
  for (const line of titleLines) {
    y += 19 * scale;
    ctx.fillText(line, pad, y);
    y += 5 * scale;
  }
  ctx.fillStyle = colours.muted;
  ctx.font = font(12);
  for (const line of subtitleLines) {
    y += 14 * scale;
    ctx.fillText(line, pad, y);
    y += 3 * scale;
  }
  const styles = kindStyles(theme);
  const edges = edgeStyles(theme);
  ctx.font = font(11);
  rows.forEach((row, r) => {
    const cy0 = headerH + picture.height + pad / 2 + r * rowH + rowH / 2;
    for (const { x: x0, item } of row) {
      if (item.kind) {
        ctx.fillStyle = styles[item.kind].color;
        ctx.fill(new Path2D(shapePath(CANVAS_SHAPE[styles[item.kind].shape] ?? 'ellipse', x0 + 10 * scale, cy0, 6 * scale)));
      } else if (item.edge) {
        const st = edges[item.edge];
        ctx.strokeStyle = st.color;
        ctx.lineWidth = st.width * scale;
        const roleDash = item.role ? ROLE_LINES[item.role]?.dash : undefined;
        const dash = roleDash ? roleDash.split(' ').map(Number) : st.style === 'dashed' ? [5, 3] : st.style === 'dotted' ? [1.5, 2.5] : [];
        ctx.setLineDash(dash.map((d) => d * scale));
        ctx.beginPath();
        ctx.moveTo(x0, cy0);
        ctx.lineTo(x0 + 20 * scale, cy0);
        ctx.stroke();
        ctx.setLineDash([]);
      }
      ctx.fillStyle = colours.text;
      ctx.fillText(item.text, x0 + 26 * scale, cy0 + 4 * scale);
    }
  });
  return { bytes: await canvasBytes(canvas), scale };
}

/** The view as SVG: core's renderer at Cytoscape's positions, with the labels as shown on screen. */
export function viewSvg(cy: Core | null, graph: RemitGraph, options: Omit<ImageOptions, 'scale'> & { nodeIds?: Iterable<string> }): string {
  const ids = cy ? shownNodeIds(cy, options.area) : options.nodeIds ? [...options.nodeIds] : graph.nodes();
  return renderSvg(graph, {
    nodeIds: ids,
    positions: cy ? positionsOf(cy, ids) : undefined,
    labelsOf: cy ? (id) => String(cy.getElementById(id).data('label') ?? graph.getNodeAttribute(id, 'label')).split('\n') : undefined,
    title: options.title,
    subtitle: options.subtitle,
    legend: true,
    background: options.background,
    theme: 'light',
  });
}

/** SVG → PNG in the page, for Word (which needs a raster fallback) and the PDF. */
export async function svgToPng(svg: string, scale: number, background?: string): Promise<{ bytes: Uint8Array; width: number; height: number }> {
  const { width, height } = svgDimensions(svg);
  const s = feasibleScale(width, height, scale);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * s);
    canvas.height = Math.round(height * s);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('Canvas is not available');
    if (background) {
      ctx.fillStyle = background;
      ctx.fillRect(0, 0, canvas.width, canvas.height);
    }
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return { bytes: await canvasBytes(canvas), width: canvas.width, height: canvas.height };
  } finally {
    URL.revokeObjectURL(url);
  }
}
