/**
 * The edges of a huge graph, drawn by Remit on canvases under Cytoscape's instead of by Cytoscape.
 *
 * Cytoscape draws every element separately and redraws all of them on any change: with 20,000 edges one frame took
 * most of a second here (software rendering), and adding the edges to it took longer still. Drawn here, the edges of
 * one look are a single canvas path (20,000 edges ≈ 30 ms), the work is split into short tasks, and the picture is
 * only redrawn when the nodes or the viewport move: while the viewport moves, the last picture follows it by a CSS
 * transform and is redrawn once the viewport rests.
 *
 * The graphology graph supplies the edges and Cytoscape the node positions and visibility (the `hidden` class), so
 * filters, focus, layouts and dragging all show through. The edges of the hovered and selected nodes and of a path
 * are drawn on a second, small canvas above the first, redrawn at once.
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { RemitGraph } from '../../core/graph/types';
import type { Theme } from '../state/view';
import { paintUnderPictures } from './cytoscape-internals';
import { BUCKETS, bucketOf, dashAtZoom, edgeLooks, highlightLook, pathLook, type EdgeLook } from './edge-looks';
import { follow, listenForLayer, overlayCanvas, viewportOf, type Viewport } from './node-index';

/** Work per task: short enough that a slice never counts as a long task even on a busy machine. */
const BUDGET_MS = 20;
/** Edges per round of strokes: bounded paths, so that the budget is checked often. */
const CHUNK = 1200;
/** Quiet time after the last viewport change before the picture is redrawn at the new viewport. */
const SETTLE_MS = 90;

/**
 * A redraw in progress. It goes in rounds, each drawing the next share of every bucket, so that the looks are
 * interleaved as Cytoscape's insertion order interleaved them (no colour ends up painted over all the others).
 */
interface Pass { vp: Viewport; rounds: number; round: number; bucket: number }

export interface EdgeHighlight { nodes: readonly string[]; pathEdges: readonly string[] }

export class EdgeLayer {
  private readonly base: HTMLCanvasElement;
  private readonly top: HTMLCanvasElement;
  /** the picture being drawn, swapped in whole when complete so that a redraw never shows half the edges */
  private readonly back: HTMLCanvasElement;
  private readonly backCtx: CanvasRenderingContext2D;
  private graph: RemitGraph | null = null;
  private nodes: NodeSingular[] = [];
  private index = new Map<string, number>();
  /** per bucket, node index pairs: [source, target, source, target, …] */
  private pairs: Int32Array[] = BUCKETS.map(() => new Int32Array(0));
  private xs = new Float64Array(0);
  private ys = new Float64Array(0);
  private shown = new Uint8Array(0);
  private looks: EdgeLook[];
  private theme: Theme;
  private drawn: Viewport | null = null;
  private pass: Pass | null = null;
  /** positions or visibility changed since the current pass began */
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private highlight: EdgeHighlight = { nodes: [], pathEdges: [] };
  private waiters: (() => void)[] = [];
  private destroyed = false;
  private readonly stopListening: () => void;
  /** while positive, nodes are being moved in slices: drawing the intermediate states would be wasted work */
  private holds = 0;

  constructor(private readonly cy: Core, host: HTMLElement, theme: Theme, private readonly ratio = 1) {
    this.theme = theme;
    this.looks = edgeLooks(theme);
    this.base = overlayCanvas(host, 'edges');
    this.top = overlayCanvas(host, 'edge-highlight');
    this.back = document.createElement('canvas');
    // Read back after every stroke (see flush), so kept in memory.
    this.backCtx = this.back.getContext('2d', { willReadFrequently: true })!;
    this.resize();
    this.stopListening = listenForLayer(cy, { viewport: this.onViewport, resize: this.onResize, position: this.onPosition });
    this.inPictures = paintUnderPictures(cy, (ctx) => { if (!this.destroyed) this.paintInto(ctx); });
  }

  /** Whether Cytoscape's pictures (the PNG export) include these edges: see cytoscape-internals.ts. */
  readonly inPictures: boolean;


  /** Every visible edge, and the path, into a context whose transform maps the graph's coordinates already. */
  paintInto(ctx: CanvasRenderingContext2D): void {
    const graph = this.graph;
    if (!graph) return;
    this.readNodes();
    const m = ctx.getTransform();
    const zoom = Math.hypot(m.a, m.b) || 1;
    const { xs, ys, shown } = this;
    ctx.save();
    const rounds = this.rounds();
    for (let round = 0; round < rounds; round++) {
      this.pairs.forEach((pairs, bucket) => {
        const [from, to] = share(pairs, round, rounds);
        ctx.beginPath();
        for (let i = from; i < to; i += 2) {
          const s = pairs[i];
          const t = pairs[i + 1];
          if (!shown[s] || !shown[t]) continue;
          ctx.moveTo(xs[s], ys[s]);
          ctx.lineTo(xs[t], ys[t]);
        }
        paint(ctx, this.looks[bucket], zoom, false);
      });
    }
    ctx.restore();
  }

  /** The graph's edges, between the nodes Cytoscape holds now, less `hidden` ones: call after each sync. */
  setGraph(graph: RemitGraph, hidden?: ReadonlySet<string> | null): void {
    this.graph = graph;
    this.nodes = [];
    this.index = new Map();
    this.cy.nodes().forEach((n) => {
      this.index.set(n.id(), this.nodes.length);
      this.nodes.push(n);
    });
    const lists: number[][] = BUCKETS.map(() => []);
    graph.forEachEdge((key, attrs, source, target) => {
      const s = this.index.get(source);
      const t = this.index.get(target);
      if (s === undefined || t === undefined || hidden?.has(key)) return;
      lists[bucketOf(attrs)].push(s, t);
    });
    this.pairs = lists.map((l) => Int32Array.from(l));
    const n = this.nodes.length;
    this.xs = new Float64Array(n);
    this.ys = new Float64Array(n);
    this.shown = new Uint8Array(n);
    this.invalidate();
  }

  /** Many nodes are about to move over several tasks: wait for release() before redrawing. */
  hold(): void {
    this.holds++;
  }

  release(): void {
    this.holds = Math.max(0, this.holds - 1);
    this.invalidate();
  }

  /** Node positions or visibility changed. */
  invalidate(): void {
    this.dirty = true;
    this.schedule(0);
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    this.looks = edgeLooks(theme);
    this.invalidate();
    this.drawTop();
  }

  setHighlight(highlight: EdgeHighlight): void {
    this.highlight = highlight;
    this.drawTop();
  }

  /** Resolves once the picture shows the current graph, positions and viewport. */
  whenDrawn(): Promise<void> {
    if (!this.busy()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.timer);
    this.stopListening();
    this.base.remove();
    this.top.remove();
    for (const w of this.waiters.splice(0)) w();
  }

  private busy(): boolean {
    return this.graph !== null && (this.pass !== null || this.dirty || !sameViewport(this.drawn, viewportOf(this.cy)));
  }

  private readonly onViewport = (): void => {
    this.follow();
    this.drawTop();
    // Panning or zooming: redraw only once the viewport rests.
    if (!this.pass) this.schedule(SETTLE_MS, true);
  };

  private readonly onResize = (): void => {
    this.resize();
    this.invalidate();
  };

  private readonly onPosition = (): void => {
    if (!this.dirty) this.invalidate();
  };

  private resize(): void {
    const w = Math.max(1, Math.round(this.cy.width() * this.ratio));
    const h = Math.max(1, Math.round(this.cy.height() * this.ratio));
    for (const c of [this.base, this.top, this.back]) {
      if (c.width !== w) c.width = w;
      if (c.height !== h) c.height = h;
      c.style.width = `${w / this.ratio}px`;
      c.style.height = `${h / this.ratio}px`;
    }
    this.drawn = null;
  }

  /** Moves the last picture with the viewport until it is redrawn. */
  private follow(): void {
    follow(this.base, this.drawn, viewportOf(this.cy));
  }

  private schedule(delay: number, restart = false): void {
    if (this.destroyed) return;
    if (this.timer !== undefined) {
      if (!restart) return;
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(this.step, delay);
  }

  private readonly step = (): void => {
    this.timer = undefined;
    if (this.destroyed || !this.graph || this.holds > 0) return;
    const started = performance.now();
    if (!this.pass) {
      if (!this.busy()) return this.settle();
      this.begin();
    }
    const pass = this.pass!;
    const ctx = this.backCtx;
    while (pass.round < pass.rounds) {
      const pairs = this.pairs[pass.bucket];
      const [from, to] = share(pairs, pass.round, pass.rounds);
      if (to > from && this.stroke(ctx, pass.vp, pairs, from, to, this.looks[pass.bucket])) flush(ctx);
      if (++pass.bucket === BUCKETS.length) {
        pass.bucket = 0;
        pass.round++;
      }
      if (pass.round < pass.rounds && performance.now() - started > BUDGET_MS) {
        this.schedule(0);
        return;
      }
    }
    const front = this.base.getContext('2d')!;
    front.setTransform(1, 0, 0, 1, 0, 0);
    front.clearRect(0, 0, this.base.width, this.base.height);
    front.drawImage(this.back, 0, 0);
    this.drawn = pass.vp;
    this.pass = null;
    this.follow();
    this.drawTop();
    // Moved again meanwhile: another pass; otherwise the picture is current.
    if (this.busy()) this.schedule(sameViewport(this.drawn, viewportOf(this.cy)) ? 0 : SETTLE_MS);
    else this.settle();
  };

  private rounds(): number {
    const edges = this.pairs.reduce((n, p) => n + p.length / 2, 0);
    return Math.max(1, Math.ceil(edges / CHUNK));
  }

  private settle(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  private begin(): void {
    this.dirty = false;
    this.readNodes();
    this.pass = { vp: viewportOf(this.cy), rounds: this.rounds(), round: 0, bucket: 0 };
    const ctx = this.backCtx;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.back.width, this.back.height);
  }

  private readNodes(): void {
    const { nodes, xs, ys, shown } = this;
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i];
      if (n.removed() || !n.visible()) {
        shown[i] = 0;
        continue;
      }
      const p = n.position();
      xs[i] = p.x;
      ys[i] = p.y;
      shown[i] = 1;
    }
  }

  /** One path of edges [from, to) of a pairs list, culled to the viewport. */
  private stroke(ctx: CanvasRenderingContext2D, vp: Viewport, pairs: Int32Array, from: number, to: number, look: EdgeLook): boolean {
    const { xs, ys, shown } = this;
    const [x1, y1, x2, y2] = this.extent(vp);
    this.transform(ctx, vp);
    ctx.beginPath();
    let any = false;
    for (let i = from; i < to; i += 2) {
      const s = pairs[i];
      const t = pairs[i + 1];
      if (!shown[s] || !shown[t]) continue;
      const sx = xs[s];
      const sy = ys[s];
      const tx = xs[t];
      const ty = ys[t];
      if ((sx < x1 && tx < x1) || (sx > x2 && tx > x2) || (sy < y1 && ty < y1) || (sy > y2 && ty > y2)) continue;
      ctx.moveTo(sx, sy);
      ctx.lineTo(tx, ty);
      any = true;
    }
    if (any) paint(ctx, look, vp.zoom, false);
    return any;
  }

  private extent(vp: Viewport): [number, number, number, number] {
    const x1 = -vp.x / vp.zoom;
    const y1 = -vp.y / vp.zoom;
    return [x1, y1, x1 + this.back.width / this.ratio / vp.zoom, y1 + this.back.height / this.ratio / vp.zoom];
  }

  private transform(ctx: CanvasRenderingContext2D, vp: Viewport): void {
    const r = this.ratio;
    ctx.setTransform(vp.zoom * r, 0, 0, vp.zoom * r, vp.x * r, vp.y * r);
  }

  /** The hovered and selected nodes' edges and the path, at the current viewport (a few edges: drawn at once). */
  private drawTop(): void {
    const ctx = this.top.getContext('2d')!;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.top.width, this.top.height);
    const graph = this.graph;
    const { nodes: ids, pathEdges } = this.highlight;
    if (!graph || (ids.length === 0 && pathEdges.length === 0)) return;
    const vp = viewportOf(this.cy);
    this.transform(ctx, vp);
    const segment = (source: string, target: string): boolean => {
      const s = this.nodes[this.index.get(source) ?? -1];
      const t = this.nodes[this.index.get(target) ?? -1];
      if (!s || !t || s.removed() || t.removed() || !s.visible() || !t.visible()) return false;
      const a = s.position();
      const b = t.position();
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
      return true;
    };
    const seen = new Set<string>();
    for (let bucket = 0; bucket < BUCKETS.length; bucket++) {
      ctx.beginPath();
      let any = false;
      for (const id of ids) {
        if (!graph.hasNode(id)) continue;
        graph.forEachEdge(id, (key, attrs, source, target) => {
          if (bucketOf(attrs) !== bucket || seen.has(key)) return;
          seen.add(key);
          any = segment(source, target) || any;
        });
      }
      if (any) paint(ctx, highlightLook(this.theme, bucket), vp.zoom, true);
    }
    ctx.beginPath();
    let any = false;
    for (const key of pathEdges) if (graph.hasEdge(key)) any = segment(graph.source(key), graph.target(key)) || any;
    if (any) paint(ctx, pathLook(this.theme), vp.zoom, true);
  }
}

/**
 * Chromium records canvas drawing and rasterises it only when the pixels are needed: without this, a whole pass
 * would be rasterised at once by the final copy, in one long task. Reading a pixel rasterises each stroke in the
 * short task that drew it.
 */
function flush(ctx: CanvasRenderingContext2D): void {
  ctx.getImageData(0, 0, 1, 1);
}

/**
 * Strokes the current path (or `path`) in a look; highlights keep at least a visible width however far out the zoom
 * is.
 */
export function paint(ctx: CanvasRenderingContext2D, look: EdgeLook, zoom: number, screenMin: boolean, path?: Path2D): void {
  const lod = dashAtZoom(look.dash, zoom);
  ctx.setLineDash(lod.dash as number[]);
  ctx.globalAlpha = lod.alpha;
  ctx.lineCap = 'butt';
  ctx.strokeStyle = look.color;
  ctx.lineWidth = screenMin ? Math.max(look.width, 1.2 / zoom) : look.width;
  if (path) ctx.stroke(path);
  else ctx.stroke();
  ctx.globalAlpha = 1;
}

/** The part [from, to) of a bucket's pairs that round `round` of `rounds` draws. */
function share(pairs: Int32Array, round: number, rounds: number): [number, number] {
  const at = (r: number) => 2 * Math.floor(((pairs.length / 2) * r) / rounds);
  return [at(round), at(round + 1)];
}

function sameViewport(a: Viewport | null, b: Viewport): boolean {
  return a !== null && a.zoom === b.zoom && a.x === b.x && a.y === b.y;
}
