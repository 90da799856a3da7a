import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { addInSlices } from '../../renderer/graph/adapter';

/** Not in the typings: whether Cytoscape is holding its updates (and its drawing) in a batch. */
const batching = (cy: Core): boolean => (cy as unknown as { batching(): boolean }).batching();

function elements(n: number): { nodes: ElementDefinition[]; edges: ElementDefinition[] } {
  const nodes: ElementDefinition[] = [];
  const edges: ElementDefinition[] = [];
  for (let i = 0; i < n; i++) nodes.push({ group: 'nodes', data: { id: `n${i}` }, position: { x: i, y: i % 7 } });
  for (let i = 1; i < n; i++) edges.push({ group: 'edges', data: { id: `e${i}`, source: `n${i - 1}`, target: `n${i}` } });
  return { nodes, edges };
}

describe('addInSlices', () => {
  it('adds every element in order, positions kept, and leaves Cytoscape out of batch mode', async () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const { nodes, edges } = elements(1200);
    await addInSlices(cy, nodes, 100);
    await addInSlices(cy, edges, 100);
    expect(cy.nodes().length).toBe(1200);
    expect(cy.edges().length).toBe(1199);
    expect(cy.getElementById('n1199').position()).toEqual({ x: 1199, y: 1199 % 7 });
    expect(cy.getElementById('e5').source().id()).toBe('n4');
    expect(batching(cy)).toBe(false);
    cy.destroy();
  });

  it('releases the batch when a slice fails, so the canvas is not frozen', async () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const { nodes } = elements(400);
    // an edge to a node that does not exist makes the last slice throw, after several pauses
    const broken = [...nodes, { group: 'edges', data: { id: 'bad', source: 'n0', target: 'missing' } } as ElementDefinition];
    await expect(addInSlices(cy, broken, 100)).rejects.toThrow();
    expect(batching(cy)).toBe(false);
    cy.destroy();
  });
});
