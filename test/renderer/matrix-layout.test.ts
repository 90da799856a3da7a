/** The Matrix's columns across a corpus (renderer/panels/matrix-layout.ts): groups by document, the span in view, headings. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnLayout, columnWidth, groupsIn, headingInColumn, nameRoom, visibleColumns } from '../../renderer/panels/matrix-layout';

const cols = (...docs: [string, number][]) => docs.flatMap(([d, n]) => Array.from({ length: n }, () => ({ documentId: d })));

describe('columnLayout', () => {
  it('groups consecutive columns by document and widens a group too narrow to be named', () => {
    const l = columnLayout(cols(['a', 5], ['b', 1], ['c', 2]), 38, 160);
    expect(l.groups.map((g) => [g.documentId, g.first, g.count, g.x, g.width])).toEqual([
      ['a', 0, 5, 0, 190],
      ['b', 5, 1, 190, 160],
      ['c', 6, 2, 350, 160],
    ]);
    expect(l.total).toBe(510);
    expect([...l.groupOf]).toEqual([0, 0, 0, 0, 0, 1, 2, 2]);
    expect(columnWidth(l, 5)).toBe(160);
    expect(columnWidth(l, 6)).toBe(80);
  });

  it('lays columns edge to edge, each at least the column width, every group at least the group width', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), fc.integer({ min: 1, max: 9 })), { maxLength: 20 }), (spec) => {
        const columns = cols(...spec);
        const l = columnLayout(columns, 38, 160);
        expect(l.x[0]).toBe(0);
        for (let i = 0; i < columns.length; i++) expect(columnWidth(l, i)).toBeGreaterThanOrEqual(38);
        for (const g of l.groups) {
          expect(g.width).toBeGreaterThanOrEqual(160);
          expect(l.x[g.first]).toBe(g.x);
          expect(l.x[g.first + g.count]).toBe(g.x + g.width);
          for (let i = g.first; i < g.first + g.count; i++) expect(columns[i].documentId).toBe(g.documentId);
        }
        expect(l.total).toBe(l.x[columns.length]);
      }),
    );
  });
});

describe('visibleColumns', () => {
  it('finds the columns under a scroll position, with overscan, on a layout of mixed widths', () => {
    const l = columnLayout(cols(['a', 100], ['b', 1], ['c', 100]), 38, 160);
    // nothing scrolled: the first columns
    expect(visibleColumns(l, 0, 380, 0)).toEqual({ from: 0, to: 11 });
    // the wide column of b (3800–3960) in view
    const at = visibleColumns(l, 3700, 400, 2);
    expect(at.from).toBe(97 - 2);
    expect(l.x[at.to]).toBeGreaterThanOrEqual(4100);
    expect(visibleColumns(l, 1e9, 400, 3).to).toBe(201);
    expect(visibleColumns(columnLayout([], 38, 160), 0, 400, 3)).toEqual({ from: 0, to: 0 });
  });

  it('always covers the view', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 40 }), fc.nat(20_000), fc.integer({ min: 1, max: 2000 }), (sizes, left, width) => {
        const l = columnLayout(cols(...sizes.map((n, i) => [`d${i}`, n] as [string, number])), 38, 160);
        const { from, to } = visibleColumns(l, left, width, 0);
        const n = l.x.length - 1;
        if (left >= l.total) return;
        expect(l.x[from]).toBeLessThanOrEqual(left);
        expect(to === n || l.x[to] >= Math.min(l.total, left + width)).toBe(true);
      }),
    );
  });
});

describe('groupsIn', () => {
  it('cuts the groups to the columns rendered', () => {
    const l = columnLayout(cols(['a', 5], ['b', 1], ['c', 4]), 38, 100);
    expect(groupsIn(l, 3, 8)).toEqual([
      { documentId: 'a', span: 2, x: 114, width: 76, whole: false },
      { documentId: 'b', span: 1, x: 190, width: 100, whole: true },
      { documentId: 'c', span: 2, x: 290, width: 76, whole: false },
    ]);
  });
});

describe('nameRoom', () => {
  it('is the part of the group in view, less the padding', () => {
    expect(nameRoom(0, 400, 0, 1000, 16)).toBe(384);
    expect(nameRoom(0, 400, 300, 1000, 16)).toBe(84);
    expect(nameRoom(500, 400, 0, 700, 16)).toBe(184);
    expect(nameRoom(0, 400, 500, 900, 16)).toBe(0);
  });
});

describe('headingInColumn', () => {
  it('keeps a heading that fits whole and cuts a longer one to the same length', () => {
    expect(headingInColumn('构建高水平实验室体系', 22)).toBe('构建高水平实验室体系');
    const long = '对深化商事制度改革成效显著、落实事中事后监管等相关政策措施社会反映好的市';
    const cut = headingInColumn(long, 22);
    expect(Array.from(cut)).toHaveLength(22);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    // characters outside the basic plane count once
    expect(headingInColumn('𠀀'.repeat(22), 22)).toBe('𠀀'.repeat(22));
  });
});
