/**
 * The nodes Cytoscape holds, read into flat arrays for the layers Remit draws over the canvas (labels, focus) and
 * for finding the node under the pointer without Cytoscape (huge graphs: see interactions.ts). Positions are read
 * again on demand (`read`), never per frame.
 */
import type { Core, NodeSingular } from 'cytoscape';

export interface Viewport { zoom: number; x: number; y: number }

export const viewportOf = (cy: Core): Viewport => {
  const pan = cy.pan();
  return { zoom: cy.zoom(), x: pan.x, y: pan.y };
};

export class NodeIndex {
  nodes: NodeSingular[] = [];
  /** each node's kind (data 'kind'), read once per rebuild */
  kinds: string[] = [];
  index = new Map<string, number>();
  xs = new Float64Array(0);
  ys = new Float64Array(0);
  /** model-unit radius */
  rs = new Float64Array(0);
  shown = new Uint8Array(0);
  private stale = true;

  constructor(private readonly cy: Core) {}

  /** The node set changed (a sync): list it again. */
  rebuild(): void {
    this.nodes = [];
    this.kinds = [];
    this.index = new Map();
    this.cy.nodes().forEach((n) => {
      this.index.set(n.id(), this.nodes.length);
      this.nodes.push(n);
      this.kinds.push(String(n.data('kind')));
    });
    const k = this.nodes.length;
    this.xs = new Float64Array(k);
    this.ys = new Float64Array(k);
    this.rs = new Float64Array(k);
    this.shown = new Uint8Array(k);
    this.stale = true;
  }

  /** Positions, sizes or visibility changed: read them again before the next use. */
  invalidate(): void {
    this.stale = true;
  }

  /** Reads positions, sizes and visibility if they may have changed. */
  read(): void {
    if (!this.stale) return;
    this.stale = false;
    const { nodes, xs, ys, rs, shown } = this;
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i];
      // The `hidden` class is how filters and focus hide nodes (display: none); reading it is far cheaper than
      // Cytoscape's visible(), which resolves the style.
      if (n.removed() || n.hasClass('hidden')) {
        shown[i] = 0;
        continue;
      }
      const p = n.position();
      xs[i] = p.x;
      ys[i] = p.y;
      rs[i] = (Number(n.data('size')) || 20) / 2;
      shown[i] = 1;
    }
  }

  at(id: string): number {
    return this.index.get(id) ?? -1;
  }

  /** The node whose shape is under a point of the model (nearest centre wins), or null. */
  hit(x: number, y: number, slack = 0): string | null {
    this.read();
    const { xs, ys, rs, shown } = this;
    let best = -1;
    let bestD = Infinity;
    for (let i = 0; i < xs.length; i++) {
      if (!shown[i]) continue;
      const dx = xs[i] - x;
      const dy = ys[i] - y;
      const d = dx * dx + dy * dy;
      const r = rs[i] + slack;
      if (d <= r * r && d < bestD) {
        best = i;
        bestD = d;
      }
    }
    return best < 0 ? null : this.nodes[best].id();
  }
}

/** A canvas over Cytoscape's, sized to it, that ignores the pointer. */
export function overlayCanvas(host: HTMLElement, name: string): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.style.cssText = 'position:absolute;left:0;top:0;pointer-events:none;transform-origin:0 0';
  c.dataset.layer = name;
  host.append(c);
  return c;
}

export function sizeCanvas(c: HTMLCanvasElement, width: number, height: number, ratio: number): void {
  const w = Math.max(1, Math.round(width * ratio));
  const h = Math.max(1, Math.round(height * ratio));
  if (c.width !== w) c.width = w;
  if (c.height !== h) c.height = h;
  c.style.width = `${width}px`;
  c.style.height = `${height}px`;
}

/** What a layer drawn over (or under) Cytoscape's canvas does when the viewport moves, the canvas resizes or nodes move. */
export interface LayerListeners {
  viewport: () => void;
  resize: () => void;
  position: () => void;
}

/** Listens to Cytoscape for a layer; the function returned stops listening (when the layer is destroyed). */
export function listenForLayer(cy: Core, on: LayerListeners): () => void {
  cy.on('viewport', on.viewport);
  cy.on('resize', on.resize);
  cy.on('position', 'node', on.position);
  return () => {
    cy.removeListener('viewport', on.viewport);
    cy.removeListener('resize', on.resize);
    cy.removeListener('position', 'node', on.position);
  };
}

/** Moves a picture drawn at `drawn` to where the viewport `now` puts it (a CSS transform until it is redrawn). */
export function follow(c: HTMLCanvasElement, drawn: Viewport | null, now: Viewport): void {
  if (!drawn) return;
  const s = now.zoom / drawn.zoom;
  const tx = now.x - drawn.x * s;
  const ty = now.y - drawn.y * s;
  c.style.transform = s === 1 && tx === 0 && ty === 0 ? '' : `translate(${tx}px, ${ty}px) scale(${s})`;
}
