import { describe, expect, it } from 'vitest';
import { BUCKETS, bucketOf, dashAtZoom, edgeLooks } from '../../renderer/graph/edge-looks';

describe('edge looks of huge graphs', () => {
  it('puts each kind and role in its bucket', () => {
    expect(BUCKETS[bucketOf({ kind: 'mentions' })]).toBe('plain');
    expect(BUCKETS[bucketOf({ kind: 'issued' })]).toBe('plain');
    expect(BUCKETS[bucketOf({ kind: 'contains' })]).toBe('contains');
    expect(BUCKETS[bucketOf({ kind: 'leads', role: 'lead' })]).toBe('lead');
    expect(BUCKETS[bucketOf({ kind: 'leads' })]).toBe('lead');
    expect(BUCKETS[bucketOf({ kind: 'leads', role: 'joint' })]).toBe('joint');
    expect(BUCKETS[bucketOf({ kind: 'leads', role: 'responsible' })]).toBe('responsible');
  });

  it('has one look per bucket, roles told apart by dashes', () => {
    const looks = edgeLooks('light');
    expect(looks).toHaveLength(BUCKETS.length);
    expect(looks[bucketOf({ kind: 'leads', role: 'joint' })].dash.length).toBeGreaterThan(0);
    expect(looks[bucketOf({ kind: 'leads', role: 'responsible' })].dash.length).toBeGreaterThan(0);
    expect(edgeLooks('dark')[0].color).not.toBe('');
  });

  it('draws dashes too small to see as solid lines of the same coverage', () => {
    expect(dashAtZoom([6, 3], 1)).toEqual({ dash: [6, 3], alpha: 1 });
    expect(dashAtZoom([6, 3], 0.1)).toEqual({ dash: [], alpha: 6 / 9 });
    expect(dashAtZoom([1, 1], 0.5)).toEqual({ dash: [], alpha: 0.5 });
    expect(dashAtZoom([], 0.1)).toEqual({ dash: [], alpha: 1 });
  });
});
