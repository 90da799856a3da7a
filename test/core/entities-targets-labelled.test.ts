import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../core/entities';
import type { TargetMention } from '../../core/model';
import { TARGETS_HELD_OUT, TARGETS_LABELLED, type LabelledFigure, type LabelledSentence } from '../fixtures/targets-labelled';

const FIELDS = ['kind', 'metric', 'year', 'amount', 'upper', 'unit', 'comparator'] as const;
type Field = (typeof FIELDS)[number];

interface Scores {
  goals: { found: number; right: number; expected: number };
  /** rules, penalties and statistics: found with their own kind, left out, or taken for goals */
  others: { expected: number; typedApart: number; leftOut: number; takenForGoals: number };
  fields: Record<Field, { right: number; asked: number }>;
  misses: string[];
}

const fieldOf = (t: TargetMention, f: Field): unknown => (f === 'kind' ? t.targetKind : (t as unknown as Record<string, unknown>)[f]);
const labelOf = (l: LabelledFigure, f: Field): unknown => l[f];

/**
 * Figures are paired by their value as written, in order (a value written twice in a sentence pairs with its first
 * free match); each field is then compared on the pairs. A metric is compared only where the label gives one.
 */
function score(set: readonly LabelledSentence[]): Scores {
  const s: Scores = {
    goals: { found: 0, right: 0, expected: 0 },
    others: { expected: 0, typedApart: 0, leftOut: 0, takenForGoals: 0 },
    fields: Object.fromEntries(FIELDS.map((f) => [f, { right: 0, asked: 0 }])) as Scores['fields'],
    misses: [],
  };
  for (const { text, figures } of set) {
    const found = extractTargets(text);
    const free = [...found];
    const pairs: Array<[LabelledFigure, TargetMention | undefined]> = figures.map((l) => {
      const k = free.findIndex((t) => t.value === l.value);
      return [l, k >= 0 ? free.splice(k, 1)[0] : undefined];
    });
    s.goals.found += found.filter((t) => t.targetKind === 'goal').length;
    for (const [l, t] of pairs) {
      if (l.kind === 'goal') {
        s.goals.expected++;
        if (t?.targetKind === 'goal') s.goals.right++;
      } else {
        s.others.expected++;
        if (!t) s.others.leftOut++;
        else if (t.targetKind === 'goal') s.others.takenForGoals++;
        else if (t.targetKind === l.kind) s.others.typedApart++;
      }
      if (!t) {
        s.misses.push(`${l.kind === 'goal' ? 'missed' : `left out (${l.kind})`} ${l.value} in ${text}`);
        continue;
      }
      for (const f of FIELDS) {
        if (f === 'metric' && l.metric === undefined) continue;
        s.fields[f].asked++;
        if (fieldOf(t, f) === labelOf(l, f)) s.fields[f].right++;
        else s.misses.push(`${f}: ${String(fieldOf(t, f))} for ${String(labelOf(l, f))} (${l.value} in ${text})`);
      }
    }
    for (const t of free) if (t.targetKind === 'goal') s.misses.push(`not a goal: ${t.metric} ${t.value} in ${text}`);
  }
  return s;
}

const ratios = (s: Scores) => ({
  precision: s.goals.found ? s.goals.right / s.goals.found : 1,
  recall: s.goals.expected ? s.goals.right / s.goals.expected : 1,
  accuracy: (f: Field): number => (s.fields[f].asked ? s.fields[f].right / s.fields[f].asked : 1),
});

function report(name: string, set: readonly LabelledSentence[], s: Scores): string {
  const { precision, recall, accuracy } = ratios(s);
  return `${name} (${set.length} sentences): goals P ${precision.toFixed(2)} R ${recall.toFixed(2)}` +
    ` (${s.goals.right} right of ${s.goals.found} found, ${s.goals.expected} expected); other figures ${s.others.expected}:` +
    ` ${s.others.typedApart} typed apart, ${s.others.leftOut} left out, ${s.others.takenForGoals} taken for goals; fields ` +
    FIELDS.map((f) => `${f} ${accuracy(f).toFixed(2)} (${s.fields[f].right}/${s.fields[f].asked})`).join(', ');
}

describe('targets against hand-labelled sentences of the genre', () => {
  const s = score(TARGETS_LABELLED);
  const { precision, recall, accuracy } = ratios(s);

  it('reports its figures', () => {
    console.log(report('targets fixtures', TARGETS_LABELLED, s));
    if (process.env.TARGETS_MISSES) console.log(s.misses.join('\n'));
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('never takes a rule, a penalty or a past figure for a goal', () => {
    expect(s.others.takenForGoals).toBe(0);
  });

  it('gets each field of a figure right', () => {
    for (const f of FIELDS) expect(accuracy(f), f).toBeGreaterThanOrEqual(0.95);
  });

  it('held-out sentences: figures reported, held to a floor', () => {
    const h = score(TARGETS_HELD_OUT);
    console.log(report('targets held-out', TARGETS_HELD_OUT, h));
    if (process.env.TARGETS_MISSES) console.log(h.misses.join('\n'));
    const r = ratios(h);
    expect(r.precision).toBeGreaterThanOrEqual(0.8);
    expect(r.recall).toBeGreaterThanOrEqual(0.8);
    expect(h.others.takenForGoals).toBe(0);
  });
});
