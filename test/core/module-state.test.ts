import { describe, expect, it } from 'vitest';
import { moduleState } from './module-state';

// core/ keeps nothing between calls at module level: what lives across calls lives in an object its caller owns
// (BuildContext, Marks, a parse's own reading). A buffer, a cache of answers or a counter at the top of a module — the
// kind of state that makes a call depend on the calls before it — fails here, found in the source itself.

/**
 * The only module-level state allowed: tables built on first use from constant data (or a library loaded once), which
 * hold the same whoever builds them and whenever, and are never changed after. Each says so where it is declared.
 */
const LAZY_CONSTANTS: Record<string, string> = {
  'entities/gazetteer.ts:loaded': 'the gazetteer, parsed from its data on first use',
  'normalize.ts:nameEnds': 'last characters of the registry\'s names',
  'parse/annotation-lists.ts:enumerationStarts': 'first parts of the registry\'s names that hold 、',
  'parse/annotation-lists.ts:enumerationFirsts': 'their first characters',
  'parse/outline.ts:arabic': 'the canonical label `${n}.` for each n',
  'parse/outline.ts:parenthesised': 'the canonical label `（${n}）` for each n',
  'readers/pdf.ts:loaded': 'pdf.js, loaded on the first PDF',
  'readers/simplify.ts:convert': 'OpenCC\'s converter, loaded on the first traditional text',
  'registry/in-year.ts:earlier': 'the registry\'s earlier bodies by shared name',
  'registry/mentions.ts:trie': 'the trie of the registry\'s mention forms',
  'registry/provinces.ts:byName': 'provinces by every form of their names',
  'registry/resolve.ts:byForm': 'the registry by normalised form',
  'registry/resolve.ts:byId': 'the registry by id',
};

describe('module-level state in core', () => {
  const state = moduleState('core');

  it('is no let at the top of a module but the lazily built constants', () => {
    expect(state.lets.filter((at) => !(at in LAZY_CONSTANTS))).toEqual([]);
  });

  it('is written from inside a function only where a lazily built constant is built', () => {
    expect([...state.writes].filter(([at]) => !(at in LAZY_CONSTANTS)).map(([at, line]) => `${at} (line ${line})`)).toEqual([]);
  });

  it('is found where it stands (so that the two checks above can fail)', () => {
    expect(state.writes.has('registry/resolve.ts:byForm')).toBe(true);
    expect(state.lets).toContain('registry/mentions.ts:trie');
    // and every allowed name is still there: a table that has gone is taken off the list
    expect(Object.keys(LAZY_CONSTANTS).filter((at) => !state.writes.has(at))).toEqual([]);
  });
});
