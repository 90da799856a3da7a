/**
 * The canvas's labels, drawn by Remit at a fixed size on screen instead of by Cytoscape (whose labels grow and shrink
 * with the zoom, so two labels that overlap at one zoom overlap at all of them). Zooming in spreads the nodes while
 * the labels keep their size, so more labels fit.
 *
 * Which labels are shown follows a priority order — the selected and hovered nodes, their neighbours, search hits,
 * then every other node by kind and degree — and a greedy pass (label-placement.ts) that skips any label whose box
 * would touch one already placed. Minor kinds (articles, platforms, regions, targets, sections) are only labelled
 * once their node is big enough on screen to be told apart, and not at all behind the veil of a selection (faint
 * agency and document names keep the picture's landmarks there). The pass runs when the viewport comes to rest, on
 * selection, hover and search, never per frame.
 */
import type { RemitGraph } from '../../core/graph/types';
import type { NodeKind } from '../../core/model';
import { BoxGrid, spotBox, type Box, type LabelCandidate, type Spot } from './label-placement';
import type { NodeIndex, Viewport } from './node-index';

export const LABEL_FONT = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", system-ui, sans-serif';

/** What is singled out: it decides the priority order and what is drawn faint. */
export interface Emphasis {
  selected: readonly string[];
  hovered: string | null;
  /** search hits while the search box is open */
  hits: readonly string[];
  /** whether the rest of the graph recedes (selection without a focus, or hover) */
  veil: boolean;
}

export interface PlacedLabel {
  id: string;
  box: Box;
  lines: string[];
  /** each line's width, measured when placed */
  widths: number[];
  font: string;
  /** 0 selected or hovered, 1 their neighbours, 2 search hits, 3 the rest */
  tier: number;
  faint: boolean;
}

/** Kinds always worth a label, however small their node is on screen; and the order of kinds among equals. */
const KIND_WEIGHT: Record<NodeKind, number> = { document: 6, agency: 5, section: 3, platform: 2, region: 2, article: 1, target: 0 };
const MAJOR = new Set<NodeKind>(['document', 'agency']);
/** A minor node smaller than this on screen (radius, px) gets no label unless it is singled out. */
const MIN_RADIUS = 4;
const LINE_HEIGHT = 1.25;
/** Work budget for the rest of the graph (tiers 0–2 are always placed): a pass must stay well inside a frame. */
const BUDGET_MS = 12;

/** Nodes by importance: kind first, then degree. Computed once per graph change. */
export function importanceOrder(index: NodeIndex, graph: RemitGraph): Int32Array {
  const score = new Float64Array(index.nodes.length);
  index.nodes.forEach((n, i) => {
    const id = n.id();
    const kind = index.kinds[i] as NodeKind;
    score[i] = (KIND_WEIGHT[kind] ?? 0) * 1e6 + (graph.hasNode(id) ? graph.degree(id) : 0);
  });
  return Int32Array.from(index.nodes.keys()).sort((a, b) => score[b] - score[a]);
}

/** Text measurement with a cache: the same labels are measured pass after pass. */
export class Measurer {
  private readonly widths = new Map<string, number>();
  private readonly fitted = new Map<string, string>();

  constructor(private readonly ctx: CanvasRenderingContext2D) {}

  width(font: string, text: string): number {
    const key = `${font}\u0000${text}`;
    let w = this.widths.get(key);
    if (w === undefined) {
      this.ctx.font = font;
      w = this.ctx.measureText(text).width;
      this.widths.set(key, w);
    }
    return w;
  }

  /** The text, cut with an ellipsis to fit `max` pixels. */
  fit(font: string, text: string, max: number): string {
    if (this.width(font, text) <= max) return text;
    const key = `${font}\u0000${max}\u0000${text}`;
    let out = this.fitted.get(key);
    if (out === undefined) {
      const chars = Array.from(text);
      let lo = 0;
      let hi = chars.length;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (this.width(font, chars.slice(0, mid).join('') + '…') <= max) lo = mid;
        else hi = mid - 1;
      }
      out = chars.slice(0, lo).join('') + '…';
      this.fitted.set(key, out);
    }
    return out;
  }
}

const fontOf = (tier: number, kind: NodeKind, scale: number) => {
  const size = (tier === 0 ? 13.5 : MAJOR.has(kind) ? 12.5 : 11.5) * scale;
  // Neighbours keep their kind's font: measured once, whatever is singled out.
  const weight = tier === 0 || MAJOR.has(kind) ? 600 : 400;
  return { font: `${weight} ${size}px ${LABEL_FONT}`, size };
};

export interface LabelPass {
  index: NodeIndex;
  graph: RemitGraph;
  /** edges filtered out: they make no neighbours */
  hiddenEdges?: ReadonlySet<string> | null;
  order: Int32Array;
  emphasis: Emphasis;
  /** model → target pixels: `x * zoom + x0` */
  vp: Viewport;
  width: number;
  height: number;
  measurer: Measurer;
  /** label size factor (pictures drawn at a scale) */
  scale?: number;
  /** labels must lie wholly inside (a picture, which cannot be panned), not merely touch the area */
  inside?: boolean;
  /**
   * no area at all: every node is a candidate and a label may lie anywhere (a picture of the whole graph, which grows
   * to take in the labels placed: see frameAround)
   */
  unbounded?: boolean;
  /** work budget for the rest of the graph, in ms (default: a frame's share; a picture may take longer) */
  budgetMs?: number;
}

/** The labels to draw, each with its box on screen, none touching another. */
export function chooseLabels(p: LabelPass): PlacedLabel[] {
  const { index, graph, emphasis, vp, measurer } = p;
  const scale = p.scale ?? 1;
  index.read();
  const { nodes, xs, ys, rs, shown } = index;
  const tiers = new Uint8Array(nodes.length).fill(255);
  const sequence: number[] = [];
  const push = (id: string, tier: number) => {
    const i = index.at(id);
    if (i < 0 || tiers[i] !== 255 || !shown[i]) return;
    tiers[i] = tier;
    sequence.push(i);
  };
  const focus = [...emphasis.selected, ...(emphasis.hovered ? [emphasis.hovered] : [])];
  for (const id of focus) push(id, 0);
  const neighbours: string[] = [];
  for (const id of focus) {
    if (!graph.hasNode(id)) continue;
    graph.forEachEdge(id, (key, _attrs, source, target) => {
      if (!p.hiddenEdges?.has(key)) neighbours.push(source === id ? target : source);
    });
  }
  neighbours.sort((a, b) => graph.degree(b) - graph.degree(a));
  for (const id of neighbours) push(id, 1);
  for (const id of emphasis.hits) push(id, 2);
  const pinned = sequence.length;

  const grid = new BoxGrid();
  // The singled-out nodes themselves stay uncovered.
  for (let k = 0; k < pinned; k++) {
    const i = sequence[k];
    if (tiers[i] !== 0) continue;
    const x = xs[i] * vp.zoom + vp.x;
    const y = ys[i] * vp.zoom + vp.y;
    const r = rs[i] * vp.zoom;
    grid.add({ x1: x - r, y1: y - r, x2: x + r, y2: y + r });
  }
  const placed: PlacedLabel[] = [];
  const margin = 40;
  const started = performance.now();
  const budget = p.budgetMs ?? BUDGET_MS;
  const consider = (i: number, tier: number) => {
    const kind = index.kinds[i] as NodeKind;
    const r = Math.max(1, rs[i] * vp.zoom);
    if (tier === 3 && !MAJOR.has(kind) && (r < MIN_RADIUS * scale || emphasis.veil)) return;
    const x = xs[i] * vp.zoom + vp.x;
    const y = ys[i] * vp.zoom + vp.y;
    if (!p.unbounded && (x < -margin - 200 || x > p.width + margin + 200 || y < -margin || y > p.height + margin)) return;
    const n = nodes[i];
    const text = String(n.data('label') ?? '');
    if (text === '') return;
    const { font, size } = fontOf(tier, kind, scale);
    const column = n.hasClass('col-left') ? 'left' : n.hasClass('col-right') ? 'right' : null;
    const max = (column ? 240 : 160) * scale;
    // Column rows stand close together: a bilingual label goes on one line there, so that more rows keep theirs.
    const lines = (column ? [text.split('\n').join(' · ')] : text.split('\n')).map((line) => measurer.fit(font, line, max));
    const widths = lines.map((line) => measurer.width(font, line));
    const w = Math.max(...widths);
    const c: LabelCandidate = {
      x, y, r,
      w: Math.ceil(w) + 2,
      h: Math.ceil(lines.length * size * LINE_HEIGHT),
      spots: spotsOf(column, n.hasClass('label-top'), tier),
    };
    for (const spot of c.spots) {
      const b = spotBox(c, spot);
      if (!withinArea(b, p)) continue;
      if (grid.collides(b)) continue;
      grid.add(b);
      placed.push({ id: n.id(), box: b, lines, widths, font, tier, faint: emphasis.veil && tier === 3 });
      return;
    }
  };
  for (let k = 0; k < pinned; k++) consider(sequence[k], tiers[sequence[k]]);
  const { order } = p;
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    if (tiers[i] !== 255 || !shown[i]) continue;
    consider(i, 3);
    if ((k & 63) === 63 && performance.now() - started > budget) break;
  }
  return placed;
}

/** Whether a label's box may go there: touching the area on screen, wholly inside a picture, anywhere when unbounded. */
function withinArea(b: Box, p: LabelPass): boolean {
  if (p.unbounded) return true;
  if (p.inside) return b.x1 >= 0 && b.x2 <= p.width && b.y1 >= 0 && b.y2 <= p.height;
  return b.x2 >= 0 && b.x1 <= p.width && b.y2 >= 0 && b.y1 <= p.height;
}

function spotsOf(column: 'left' | 'right' | null, top: boolean, tier: number): readonly Spot[] {
  if (column) return [column];
  if (top) return ['above', 'below'];
  return tier <= 2 ? ['below', 'above', 'right', 'left'] : ['below', 'above'];
}

/**
 * Draws placed labels: text with an outline in the page colour, so that it reads over edges; search hits over a
 * highlighter mark.
 */
export function drawLabels(ctx: CanvasRenderingContext2D, labels: readonly PlacedLabel[], colours: { text: string; outline: string; hit?: string }, scale = 1): void {
  ctx.textBaseline = 'top';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3 * scale;
  // Faint ones first, then by font: setting a font or a colour costs a parse, so each is set only when it changes.
  // Labels never overlap, so all outlines can go first and all text after, each pass in one colour.
  const ordered = [...labels].sort((a, b) => Number(b.faint) - Number(a.faint) || (a.font < b.font ? -1 : a.font > b.font ? 1 : 0));
  if (colours.hit) {
    ctx.fillStyle = colours.hit;
    for (const l of ordered) if (l.tier === 2) ctx.fillRect(l.box.x1 - 2 * scale, l.box.y1, l.box.x2 - l.box.x1 + 4 * scale, l.box.y2 - l.box.y1);
  }
  for (const pass of ['outline', 'text'] as const) {
    if (pass === 'outline') ctx.strokeStyle = colours.outline;
    else ctx.fillStyle = colours.text;
    let font = '';
    let alpha = -1;
    for (const l of ordered) {
      if (l.font !== font) ctx.font = font = l.font;
      const a = l.faint ? 0.28 : 1;
      if (a !== alpha) ctx.globalAlpha = alpha = a;
      const lineH = (l.box.y2 - l.box.y1) / l.lines.length;
      const cx = (l.box.x1 + l.box.x2) / 2;
      for (let k = 0; k < l.lines.length; k++) {
        const x = cx - l.widths[k] / 2;
        const y = l.box.y1 + k * lineH + (lineH - lineH / LINE_HEIGHT) / 2;
        if (pass === 'outline') ctx.strokeText(l.lines[k], x, y);
        else ctx.fillText(l.lines[k], x, y);
      }
    }
  }
  ctx.globalAlpha = 1;
}
