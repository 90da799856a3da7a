/**
 * The graph for keyboard users: the canvas takes focus (Tab reaches it, the skip link jumps to it), the arrow keys
 * move the selection to the visible neighbour lying most nearly in that direction (the first node when nothing is
 * selected), and Enter opens the selected node's Details. What is selected is announced through aria-label.
 */
import { useEffect, useRef } from 'react';
import type { Core, NodeSingular } from 'cytoscape';

const DIRECTIONS: Record<string, [number, number]> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };

/** The neighbour whose direction from `from` is closest to (dx, dy), nearer ones first among equals. */
export function neighbourInDirection(from: { x: number; y: number }, candidates: Array<{ id: string; x: number; y: number }>, dx: number, dy: number): string | undefined {
  let best: { id: string; score: number } | undefined;
  for (const c of candidates) {
    const vx = c.x - from.x;
    const vy = c.y - from.y;
    const len = Math.hypot(vx, vy);
    if (len < 1e-6) continue;
    const cos = (vx * dx + vy * dy) / len;
    if (cos <= 0.5) continue; // more than 60° off: not in that direction
    const score = cos * 1000 - len / 1000;
    if (!best || score > best.score) best = { id: c.id, score };
  }
  return best?.id;
}

export function useGraphKeyboard(cy: Core | null, selected: string | null, label: string, onSelect: (id: string) => void, onOpenDetails: () => void): void {
  const latest = useRef({ selected, onSelect, onOpenDetails });
  useEffect(() => {
    latest.current = { selected, onSelect, onOpenDetails };
  });
  // The focusable element is the canvas's frame, not Cytoscape's own container: Cytoscape answers any attribute change
  // on its container with a resize, a full redraw (hundreds of milliseconds on a huge graph), and the label below
  // changes with every selection.
  const target = (c: Core | null) => c?.container()?.parentElement ?? null;
  useEffect(() => {
    const el = target(cy);
    if (!cy || !el) return;
    el.tabIndex = 0;
    el.setAttribute('role', 'application');
    const onKey = (e: KeyboardEvent) => {
      const { selected: sel, onSelect: choose, onOpenDetails: open } = latest.current;
      if (e.key === 'Enter' && sel) {
        e.preventDefault();
        open();
        return;
      }
      const dir = DIRECTIONS[e.key];
      if (!dir) return;
      e.preventDefault();
      const visible = (n: NodeSingular) => n.visible() && !n.hasClass('hidden');
      const found = sel ? cy.getElementById(sel) : undefined;
      const current = found && !found.empty() && found.isNode() ? (found as NodeSingular) : undefined;
      if (!current) {
        const first = cy.nodes().filter(visible).sort((a, b) => (b as NodeSingular).degree(false) - (a as NodeSingular).degree(false))[0];
        if (first) choose(first.id());
        return;
      }
      const neighbours = current.neighborhood().nodes().filter(visible).map((n) => ({ id: n.id(), ...(n as NodeSingular).position() }));
      const next = neighbourInDirection(current.position(), neighbours, dir[0], dir[1]);
      if (next) choose(next);
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, [cy]);
  useEffect(() => {
    target(cy)?.setAttribute('aria-label', label);
  }, [cy, label]);
}
