/**
 * Which labels win (label-layer.ts): the selected or hovered node, then its neighbours, then search hits, then kind
 * and degree; minor kinds need room on screen unless singled out. Cytoscape and the canvas are stood in for by plain
 * objects: the choice is arithmetic on positions and text widths.
 */
import { describe, expect, it } from 'vitest';
import { anyOverlap } from '../../renderer/graph/label-placement';
import { chooseLabels, type Emphasis } from '../../renderer/graph/label-layer';
import { labelScene, type FakeNode } from './label-scene';

function scene(nodes: FakeNode[], edges: [string, string][]) {
  const { graph, index, measurer, order } = labelScene(nodes, edges);
  const run = (emphasis: Partial<Emphasis> = {}, zoom = 1) =>
    chooseLabels({
      index, graph, order, measurer, width: 800, height: 600,
      vp: { zoom, x: 0, y: 0 },
      emphasis: { selected: [], hovered: null, hits: [], veil: false, ...emphasis },
    });
  return { run };
}

// An agency with many ties and an article right beside it: their labels cannot both sit below their nodes.
const crowded = (): FakeNode[] => [
  { id: 'a', kind: 'agency', x: 300, y: 300, size: 20, label: '科学技术部' },
  { id: 'b', kind: 'article', x: 306, y: 300, size: 20, label: '（三）构建实验室体系' },
  { id: 'c', kind: 'platform', x: 600, y: 100, size: 20, label: '国家实验室' },
  { id: 'd', kind: 'region', x: 100, y: 500, size: 20, label: '重庆市' },
];

describe('label priority', () => {
  it('prefers kind and degree when nothing is singled out', () => {
    const { run } = scene(crowded(), [['a', 'c'], ['a', 'd'], ['b', 'c']]);
    const placed = run();
    expect(placed.map((l) => l.id)).toContain('a');
    const b = placed.find((l) => l.id === 'b');
    // the article is not dropped on top of the agency's label: it goes above its node, or nowhere
    if (b) expect(b.box.y2).toBeLessThanOrEqual(300);
    expect(anyOverlap(placed.map((l) => l.box))).toBe(false);
  });

  it('puts the selected node first, then its neighbours, then search hits', () => {
    const { run } = scene(crowded(), [['a', 'c'], ['a', 'd'], ['b', 'c']]);
    const selected = run({ selected: ['b'], veil: true });
    expect(selected.find((l) => l.id === 'b')).toMatchObject({ tier: 0 });
    expect(selected.find((l) => l.id === 'c')).toMatchObject({ tier: 1 });
    // the selected article's label takes the spot below; the agency's, if shown, is faint and elsewhere
    expect(selected.find((l) => l.id === 'b')!.box.y1).toBeGreaterThan(300);
    const a = selected.find((l) => l.id === 'a');
    if (a) expect(a.faint).toBe(true);
    expect(anyOverlap(selected.map((l) => l.box))).toBe(false);

    const hits = run({ hits: ['b'] });
    expect(hits.find((l) => l.id === 'b')).toMatchObject({ tier: 2, faint: false });
    expect(hits.find((l) => l.id === 'b')!.box.y1).toBeGreaterThan(300);
  });

  it('labels minor kinds only once their node is big enough on screen, unless singled out', () => {
    const { run } = scene(crowded(), [['a', 'c']]);
    const far = run({}, 0.2);
    expect(far.map((l) => l.id).sort()).toEqual(['a']);
    const hovered = run({ hovered: 'c' }, 0.2);
    expect(hovered.map((l) => l.id)).toEqual(expect.arrayContaining(['a', 'c']));
  });
});
