/**
 * What Remit draws over Cytoscape's canvas: the focus (a veil that makes the rest of the graph recede, and over it
 * the selected or hovered node's neighbourhood: its edges in their highlighted look, its nodes as Cytoscape draws
 * them, rings on the singled-out nodes) and the labels (label-layer.ts).
 *
 * A hover or a click changes only these two small canvases: Cytoscape redraws nothing, which on a huge graph is
 * what keeps a highlight within a frame or two (a full Cytoscape redraw of 10,000 nodes takes hundreds of
 * milliseconds without a GPU). While the viewport moves, the last pictures follow it by a CSS transform and are
 * redrawn once it rests.
 */
import type { Core } from 'cytoscape';
import type { RemitGraph } from '../../core/graph/types';
import { nodeStyle, themeColours } from '../../core/exports/palette';
import { shapePath } from '../../core/exports/svg';
import type { NodeKind } from '../../core/model';
import type { Theme } from '../state/view';
import { drawNodeOnto, paintOverPictures } from './cytoscape-internals';
import { paint } from './edge-layer';
import { BUCKETS, bucketOf, highlightLook } from './edge-looks';
import { themeColors } from './kind-styles';
import { chooseLabels, drawLabels, importanceOrder, Measurer, type Emphasis, type PlacedLabel } from './label-layer';
import { follow, listenForLayer, NodeIndex, overlayCanvas, sizeCanvas, viewportOf, type Viewport } from './node-index';

/** Quiet time after the last viewport change before labels are placed again. */
const SETTLE_MS = 100;
/** Nodes moving (a layout animating, a drag): labels follow at most this often. */
const MOVE_MS = 80;

/** Where the overlay is kept on its Cytoscape instance (cy.scratch), for the PNG export. */
const SCRATCH = 'remit-overlay';

/** How Cytoscape mapped the model into a picture it drew: `x * zoom + x0`, on a canvas of width × height pixels. */
export interface PictureTransform { zoom: number; x: number; y: number; width: number; height: number }

/** What the label canvas carries for tests: the labels drawn, in CSS pixels of the canvas. */
export interface LabelCanvas extends HTMLCanvasElement {
  remitLabels?: () => { id: string; x1: number; y1: number; x2: number; y2: number; tier: number; faint: boolean }[];
}

export class GraphOverlay {
  readonly index: NodeIndex;
  private readonly focus: HTMLCanvasElement;
  private readonly labels: LabelCanvas;
  private readonly measurer: Measurer;
  private readonly ratio: number;
  private graph: RemitGraph | null = null;
  private order: Int32Array = new Int32Array(0);
  private hidden: ReadonlySet<string> | null = null;
  private emphasis: Emphasis = { selected: [], hovered: null, hits: [], veil: false };
  private theme: Theme;
  private drawn: Viewport | null = null;
  private placed: PlacedLabel[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;
  private readonly stopListening: () => void;
  /** Whether Cytoscape's pictures (PNG export) carry the labels: see cytoscape-internals.ts. */
  readonly inPictures: boolean;
  /** While a picture is taken for the exporter to label itself: the picture's transform, and no labels painted in. */
  private capture: { transform: PictureTransform | null } | null = null;

  /** The overlay drawing over this Cytoscape instance, if any. */
  static of(cy: Core): GraphOverlay | undefined {
    const o: unknown = cy.scratch(SCRATCH);
    return o instanceof GraphOverlay ? o : undefined;
  }

  constructor(private readonly cy: Core, host: HTMLElement, theme: Theme, private readonly frame: HTMLElement | null) {
    this.theme = theme;
    this.index = new NodeIndex(cy);
    this.ratio = Math.min(2, window.devicePixelRatio || 1);
    this.focus = overlayCanvas(host, 'focus');
    this.labels = overlayCanvas(host, 'labels');
    this.labels.remitLabels = () => this.placed.map((l) => ({ id: l.id, ...l.box, tier: l.tier, faint: l.faint }));
    this.measurer = new Measurer(document.createElement('canvas').getContext('2d')!);
    this.resize();
    this.stopListening = listenForLayer(cy, { viewport: this.onViewport, resize: this.onResize, position: this.onPosition });
    this.inPictures = paintOverPictures(cy, (ctx) => { if (!this.destroyed) this.paintInto(ctx); });
    cy.scratch(SCRATCH, this);
  }

  /** The node set changed (after a sync). `hidden`: edges filtered out (roles switched off), never highlighted. */
  setGraph(graph: RemitGraph, hidden?: ReadonlySet<string> | null): void {
    this.graph = graph;
    this.hidden = hidden ?? null;
    this.index.rebuild();
    this.order = importanceOrder(this.index, graph);
    this.redraw();
  }

  setHiddenEdges(hidden: ReadonlySet<string> | null | undefined): void {
    this.hidden = hidden ?? null;
    this.redraw();
  }

  /** Positions, visibility, labels or classes may have changed: redraw soon. */
  invalidate(): void {
    this.index.invalidate();
    this.schedule(0, true);
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    this.redraw();
  }

  /** Selection, hover or search changed: drawn at once (a few elements and one label pass). */
  setEmphasis(next: Partial<Emphasis>): void {
    this.emphasis = { ...this.emphasis, ...next };
    this.mark('data-hover', this.emphasis.hovered ?? '');
    this.redraw();
  }

  /** A state attribute on the canvas's frame (tests and the benchmark read them), written only when it changes. */
  private mark(name: string, value: string): void {
    if (this.frame && this.frame.getAttribute(name) !== value) this.frame.setAttribute(name, value);
  }

  get current(): Emphasis {
    return this.emphasis;
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.timer);
    if (this.cy.scratch(SCRATCH) === this) this.cy.removeScratch(SCRATCH);
    this.stopListening();
    this.focus.remove();
    this.labels.remove();
  }

  private readonly onViewport = (): void => {
    const now = viewportOf(this.cy);
    follow(this.focus, this.drawn, now);
    follow(this.labels, this.drawn, now);
    this.schedule(SETTLE_MS, true);
  };

  private readonly onResize = (): void => {
    this.resize();
    this.redraw();
  };

  private readonly onPosition = (): void => {
    this.index.invalidate();
    this.schedule(MOVE_MS, false);
  };

  private resize(): void {
    for (const c of [this.focus, this.labels]) sizeCanvas(c, this.cy.width(), this.cy.height(), this.ratio);
  }

  private schedule(delay: number, restart: boolean): void {
    if (this.destroyed) return;
    if (this.timer !== undefined) {
      if (!restart) return;
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.redraw();
    }, delay);
  }

  /** Both canvases at the current viewport. */
  redraw(): void {
    if (this.destroyed) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    const vp = viewportOf(this.cy);
    this.drawFocus(vp);
    this.drawLabelCanvas(vp);
    this.drawn = vp;
    this.focus.style.transform = '';
    this.labels.style.transform = '';
  }

  private colours() {
    const c = themeColors(this.theme);
    const dark = this.theme === 'dark';
    return { ...c, veil: dark ? 'rgba(22, 25, 30, 0.78)' : 'rgba(251, 251, 252, 0.8)', hit: dark ? 'rgba(240, 228, 66, 0.28)' : 'rgba(255, 214, 10, 0.42)' };
  }

  private focusIds(): string[] {
    const { selected, hovered } = this.emphasis;
    const ids = hovered && !selected.includes(hovered) ? [...selected, hovered] : [...selected];
    return ids.filter((id) => this.index.at(id) >= 0);
  }

  private drawFocus(vp: Viewport): void {
    const ctx = this.focus.getContext('2d')!;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.focus.width, this.focus.height);
    const graph = this.graph;
    const ids = this.focusIds();
    if (!graph || ids.length === 0) return;
    this.index.read();
    const { xs, ys, rs, shown } = this.index;
    const c = this.colours();
    if (this.emphasis.veil) {
      ctx.fillStyle = c.veil;
      ctx.fillRect(0, 0, this.focus.width, this.focus.height);
    }
    const r = this.ratio;
    ctx.setTransform(vp.zoom * r, 0, 0, vp.zoom * r, vp.x * r, vp.y * r);
    // The edges of the singled-out nodes, one path per look.
    const hood = new Set<number>();
    const paths = BUCKETS.map(() => new Path2D());
    /** arrowheads at the targets of contains and responsibility edges, which say which way the edge points */
    const heads = BUCKETS.map(() => new Path2D());
    const used = new Uint8Array(BUCKETS.length);
    for (const id of ids) {
      if (!graph.hasNode(id)) continue;
      hood.add(this.index.at(id));
      graph.forEachEdge(id, (key, attrs, source, target) => {
        if (this.hidden?.has(key)) return;
        const s = this.index.at(source);
        const t = this.index.at(target);
        if (s < 0 || t < 0 || !shown[s] || !shown[t]) return;
        hood.add(s);
        hood.add(t);
        const b = bucketOf(attrs);
        paths[b].moveTo(xs[s], ys[s]);
        paths[b].lineTo(xs[t], ys[t]);
        if (b > 0) arrowhead(heads[b], xs[s], ys[s], xs[t], ys[t], rs[t], Math.max(4, 7 / vp.zoom));
        used[b] = 1;
      });
    }
    for (let b = 0; b < BUCKETS.length; b++) {
      if (!used[b]) continue;
      const look = highlightLook(this.theme, b);
      paint(ctx, look, vp.zoom, true, paths[b]);
      ctx.fillStyle = look.color;
      ctx.fill(heads[b]);
    }
    // The neighbourhood's nodes over their edges, as Cytoscape draws them.
    let painter = 'cytoscape';
    for (const i of hood) {
      if (!shown[i]) continue;
      const node = this.index.nodes[i];
      if (!drawNodeOnto(this.cy, ctx, node)) {
        painter = 'fallback';
        const kind = node.data('kind') as NodeKind;
        ctx.fillStyle = nodeStyle(kind, this.theme).fill;
        ctx.fill(new Path2D(shapePath(nodeStyle(kind, this.theme).shape, xs[i], ys[i], rs[i])));
      }
    }
    // Which painter drew the neighbourhood (test/e2e/cytoscape-hooks.e2e.test.ts checks it is Cytoscape's).
    this.mark('data-node-painter', painter);
    // Rings: the selection strong, the hovered node lighter.
    ctx.setLineDash([]);
    for (const id of ids) {
      const i = this.index.at(id);
      if (!shown[i]) continue;
      const selected = this.emphasis.selected.includes(id);
      ctx.beginPath();
      ctx.arc(xs[i], ys[i], rs[i] + (selected ? 3.5 : 2.5) / vp.zoom, 0, Math.PI * 2);
      ctx.lineWidth = (selected ? 3 : 2) / vp.zoom;
      ctx.strokeStyle = selected ? c.select : themeColours(this.theme).mutedText;
      ctx.stroke();
    }
  }

  private drawLabelCanvas(vp: Viewport): void {
    const ctx = this.labels.getContext('2d')!;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.labels.width, this.labels.height);
    const graph = this.graph;
    if (!graph) {
      this.placed = [];
      return;
    }
    this.placed = chooseLabels({ index: this.index, graph, hiddenEdges: this.hidden, order: this.order, emphasis: this.emphasis, vp, width: this.cy.width(), height: this.cy.height(), measurer: this.measurer });
    ctx.setTransform(this.ratio, 0, 0, this.ratio, 0, 0);
    const c = this.colours();
    drawLabels(ctx, this.placed, { text: c.text, outline: c.textOutline, hit: c.hit });
    this.mark('data-labels', String(this.placed.length));
  }

  /**
   * Takes a picture (`take` calls cy.png) without painting labels into it, and returns how the model was mapped into
   * it, so that the caller can place the labels itself on a canvas grown to hold them (pictureLabels). Null
   * transform: Cytoscape's drawing hook is not there (see cytoscape-internals.ts).
   */
  async unlabelledPicture<T>(take: () => Promise<T>): Promise<{ picture: T; transform: PictureTransform | null }> {
    const capture = { transform: null as PictureTransform | null };
    this.capture = capture;
    try {
      const picture = await take();
      return { picture, transform: capture.transform };
    } finally {
      if (this.capture === capture) this.capture = null;
    }
  }

  /**
   * The labels of a picture of the whole graph: the placement of the screen (same priority, sizes by the picture's
   * scale, none overlapping), at the picture's transform, with no edge to stop at and no time budget, so that every
   * label the placement shows at that scale is there; boxes in the picture's pixels, some beyond its edges.
   */
  pictureLabels(t: PictureTransform): PlacedLabel[] {
    const graph = this.graph;
    if (!graph) return [];
    return chooseLabels({
      index: this.index, graph, order: this.order, emphasis: { selected: [], hovered: null, hits: [], veil: false },
      vp: { zoom: t.zoom, x: t.x, y: t.y }, width: t.width, height: t.height, measurer: this.measurer, scale: t.zoom,
      unbounded: true, budgetMs: Infinity,
    });
  }

  /** Draws labels placed by pictureLabels, moved by (dx, dy): the picture's place on the grown canvas. */
  drawPictureLabels(ctx: CanvasRenderingContext2D, labels: readonly PlacedLabel[], scale: number, dx: number, dy: number): void {
    const c = this.colours();
    ctx.save();
    ctx.translate(dx, dy);
    drawLabels(ctx, labels, { text: c.text, outline: c.textOutline }, scale);
    ctx.restore();
  }

  /** Labels into a picture of the graph (PNG export), placed for the picture's own size and scale. */
  private paintInto(ctx: CanvasRenderingContext2D): void {
    const graph = this.graph;
    if (!graph) return;
    const m = ctx.getTransform();
    const zoom = Math.hypot(m.a, m.b) || 1;
    if (this.capture) {
      this.capture.transform ??= { zoom, x: m.e, y: m.f, width: ctx.canvas.width, height: ctx.canvas.height };
      return;
    }
    // A picture of the view is the viewport at a scale; a picture of the whole graph is the model at a scale.
    const viewScale = ctx.canvas.width / Math.max(1, this.cy.width());
    const ofView = Math.abs(zoom - this.cy.zoom() * viewScale) < 1e-6 * Math.max(1, zoom);
    const scale = ofView ? viewScale : zoom;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    const placed = chooseLabels({
      index: this.index, graph, order: this.order, emphasis: { selected: [], hovered: null, hits: [], veil: false },
      vp: { zoom, x: m.e, y: m.f }, width: ctx.canvas.width, height: ctx.canvas.height, measurer: this.measurer, scale, inside: true,
    });
    const c = this.colours();
    drawLabels(ctx, placed, { text: c.text, outline: c.textOutline }, scale);
    ctx.restore();
  }
}

/** A filled arrowhead of length `size` whose tip touches the target node's edge (its radius `r`). */
function arrowhead(path: Path2D, sx: number, sy: number, tx: number, ty: number, r: number, size: number): void {
  const d = Math.hypot(tx - sx, ty - sy);
  if (d <= r + size) return;
  const ux = (tx - sx) / d;
  const uy = (ty - sy) / d;
  const x = tx - ux * r;
  const y = ty - uy * r;
  const bx = x - ux * size;
  const by = y - uy * size;
  const w = size * 0.45;
  path.moveTo(x, y);
  path.lineTo(bx - uy * w, by + ux * w);
  path.lineTo(bx + uy * w, by - ux * w);
  path.closePath();
}
