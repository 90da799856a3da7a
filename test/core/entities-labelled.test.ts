import { describe, expect, it } from 'vitest';
import { canonicalRegion, extractPlatforms, extractRegions, extractTargets } from '../../core/entities';
import { HELD_OUT, LABELLED, type Labelled } from '../fixtures/entities-labelled';

interface Score { found: number; right: number; expected: number }

/** Matches as multisets: a name found twice where the text names it once counts once right and once wrong. */
function score(found: string[], expected: string[]): Score {
  const left = [...expected];
  let right = 0;
  for (const f of found) {
    const k = left.indexOf(f);
    if (k >= 0) {
      left.splice(k, 1);
      right++;
    }
  }
  return { found: found.length, right, expected: expected.length };
}

function total(set: readonly Labelled[], pick: (l: Labelled) => Score): { precision: number; recall: number } {
  const s = set.map(pick).reduce((a, b) => ({ found: a.found + b.found, right: a.right + b.right, expected: a.expected + b.expected }));
  return { precision: s.found ? s.right / s.found : 1, recall: s.expected ? s.right / s.expected : 1 };
}

function measure(set: readonly Labelled[]) {
  return {
    platforms: total(set, (l) => score(extractPlatforms(l.text).map((p) => p.name), l.platforms)),
    regions: total(set, (l) => score(extractRegions(l.text).map((r) => canonicalRegion(r.name).name), l.regions)),
    goals: total(set, (l) => score(extractTargets(l.text).filter((t) => t.targetKind === 'goal').map((t) => `${t.metric} ${t.value}`), l.goals)),
  };
}
const figures = (m: ReturnType<typeof measure>): string => (['platforms', 'regions', 'goals'] as const)
  .map((k) => `${k} P ${m[k].precision.toFixed(2)} R ${m[k].recall.toFixed(2)}`).join('; ');

describe('extractors against hand-labelled paragraphs of the genre', () => {
  const { platforms, regions, goals } = measure(LABELLED);

  it('held-out paragraphs: figures reported, held to a floor', () => {
    const m = measure(HELD_OUT);
    console.log(`held-out fixtures: ${figures(m)}`);
    for (const k of ['platforms', 'regions', 'goals'] as const) {
      expect(m[k].precision).toBeGreaterThanOrEqual(0.7);
      expect(m[k].recall).toBeGreaterThanOrEqual(0.7);
    }
  });

  it('reports its figures', () => {
    console.log(`labelled fixtures: ${figures(measure(LABELLED))}`);
    expect(platforms.precision).toBeGreaterThanOrEqual(0.9);
    expect(platforms.recall).toBeGreaterThanOrEqual(0.9);
    expect(regions.precision).toBeGreaterThanOrEqual(0.9);
    expect(regions.recall).toBeGreaterThanOrEqual(0.9);
    expect(goals.precision).toBeGreaterThanOrEqual(0.9);
    expect(goals.recall).toBeGreaterThanOrEqual(0.9);
  });
});
