import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  createWorkspace,
  parseWorkspace,
  serializeWorkspace,
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  type WorkspaceDocument,
} from '../../core/workspace';

const docs: WorkspaceDocument[] = [
  { name: 'a.txt', path: '/home/u/a.txt', text: '一、总体要求\n（一）指导思想。' },
  { name: 'b.txt', text: '（重庆市、四川省、科技部牵头负责）' },
];

describe('workspace round trip', () => {
  it('keeps documents, known view fields and unknown view fields', () => {
    const ws = createWorkspace(docs, {
      language: 'zh',
      labelMode: 'both',
      theme: 'dark',
      layout: 'force',
      filters: { kinds: ['agency'] },
      focus: 'agency:most',
      positions: { 'agency:most': { x: 1.5, y: -2 } },
      pinned: ['agency:most'],
      selection: [],
      futureToggle: { nested: true },
    }, new Date('2026-01-02T03:04:05Z'));
    const text = serializeWorkspace(ws);
    const parsed = parseWorkspace(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.workspace).toEqual(ws);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.migratedFrom).toBeUndefined();
    expect(serializeWorkspace(parsed.workspace)).toBe(text);
    expect(text.startsWith('{\n  "format": "remit-workspace",\n  "version": 1,')).toBe(true);
  });

  it('round-trips arbitrary document text exactly (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: fc.string({ minLength: 1 }), text: fc.string({ unit: 'grapheme' }) }), { maxLength: 5 }),
        fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('valueOf', 'constructor', 'toString', 'hasOwnProperty')).filter((k) => !['positions', 'language', 'labelMode', 'theme', 'layout', 'filters', 'focus', 'pinned', 'selection', '__proto__'].includes(k)), fc.jsonValue()),
        (documents, extra) => {
          const ws = createWorkspace(documents, extra as Record<string, unknown>);
          const parsed = parseWorkspace(serializeWorkspace(ws));
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) return;
          expect(parsed.workspace.documents).toEqual(documents);
          expect(parsed.workspace.view).toEqual(JSON.parse(JSON.stringify(extra)));
        },
      ),
    );
  });

  it('treats keys named like Object.prototype members as plain data', () => {
    const text = '{"format":"remit-workspace","version":1,"savedAt":"2026-01-01T00:00:00Z","documents":[],' +
      '"view":{"valueOf":{},"constructor":1,"__proto__":{"polluted":true},"positions":{"__proto__":{"x":1,"y":2},"toString":{"x":3,"y":4}}}}';
    const parsed = parseWorkspace(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const view = parsed.workspace.view;
    expect(Object.getPrototypeOf(view)).toBe(Object.prototype);
    expect((view as { polluted?: boolean }).polluted).toBeUndefined();
    expect(Object.keys(view).sort()).toEqual(['__proto__', 'constructor', 'positions', 'valueOf']);
    expect(Object.getOwnPropertyDescriptor(view.positions, '__proto__')?.value).toEqual({ x: 1, y: 2 });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    // and it survives another round trip
    expect(JSON.parse(serializeWorkspace(parsed.workspace)).view).toEqual(JSON.parse(text).view);
  });

  it('keeps unknown top-level fields', () => {
    const parsed = parseWorkspace(JSON.stringify({ format: WORKSPACE_FORMAT, version: 1, savedAt: '2026-01-01T00:00:00.000Z', documents: [], view: {}, annotations: [1] }));
    expect(parsed.ok && parsed.workspace.annotations).toEqual([1]);
  });

  it('accepts a UTF-8 byte order mark', () => {
    const text = '\ufeff' + serializeWorkspace(createWorkspace(docs, {}));
    expect(parseWorkspace(text).ok).toBe(true);
  });
});

describe('workspace problems get clear messages', () => {
  const message = (text: string): string => {
    const r = parseWorkspace(text);
    if (r.ok) throw new Error('expected a failure');
    return r.message;
  };

  it('damaged JSON (truncated file)', () => {
    const full = serializeWorkspace(createWorkspace(docs, {}));
    expect(message(full.slice(0, full.length / 2))).toMatch(/damaged or incomplete.*not valid JSON/);
    expect(message('')).toMatch(/not valid JSON/);
  });

  it('foreign formats', () => {
    expect(message('{"nodes": []}')).toMatch(/not a Remit workspace/);
    expect(message('[1,2]')).toMatch(/not a Remit workspace/);
    expect(message('"remit-workspace"')).toMatch(/not a Remit workspace/);
    expect(message('{"format": "other", "version": 1}')).toMatch(/not a Remit workspace/);
  });

  it('newer versions', () => {
    const m = message(JSON.stringify({ format: WORKSPACE_FORMAT, version: WORKSPACE_VERSION + 1, documents: [] }));
    expect(m).toMatch(/newer version of Remit/);
    expect(m).toContain(`format ${WORKSPACE_VERSION + 1}`);
  });

  it('missing or invalid version', () => {
    expect(message(JSON.stringify({ format: WORKSPACE_FORMAT }))).toMatch(/no valid format version/);
    expect(message(JSON.stringify({ format: WORKSPACE_FORMAT, version: '1' }))).toMatch(/no valid format version/);
    expect(message(JSON.stringify({ format: WORKSPACE_FORMAT, version: 0.5 }))).toMatch(/no valid format version/);
  });

  it('documents without text are refused, not silently dropped', () => {
    const base = { format: WORKSPACE_FORMAT, version: 1, savedAt: '2026-01-01T00:00:00Z', view: {} };
    expect(message(JSON.stringify({ ...base, documents: [{ name: 'a.txt' }] }))).toMatch(/document 1 of 1 \("a.txt"\) has no text/);
    expect(message(JSON.stringify({ ...base, documents: [{ text: 'x' }] }))).toMatch(/has no name/);
    expect(message(JSON.stringify({ ...base, documents: {} }))).toMatch(/not a list/);
    expect(message(JSON.stringify({ ...base, documents: [{ name: 'a', text: 'x', path: 3 }] }))).toMatch(/invalid path/);
  });
});

describe('view validation is loose', () => {
  it('drops wrongly typed known fields with a warning and keeps the rest', () => {
    const parsed = parseWorkspace(JSON.stringify({
      format: WORKSPACE_FORMAT, version: 1, savedAt: '2026-01-01T00:00:00Z', documents: [],
      view: { language: 3, theme: 'sepia', pinned: [1], focus: 7, positions: { a: { x: 1, y: 2 }, b: { x: 'no' } }, custom: 7 },
    }));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    // values are not policed (a newer UI may add themes), types are
    expect(parsed.workspace.view).toEqual({ theme: 'sepia', positions: { a: { x: 1, y: 2 } }, custom: 7 });
    const all = parsed.warnings.join(' ');
    expect(all).toMatch(/"language"/);
    expect(all).toMatch(/"pinned"/);
    expect(all).toMatch(/"focus"/);
    expect(all).toMatch(/1 saved node position/);
  });

  it("keeps the UI's real view shape: focus object, per-layout positions, extra fields", () => {
    const view = {
      language: 'en', labelMode: 'both', theme: 'light', layout: 'force', sizing: 'degree',
      filters: { hiddenKinds: ['target'], documents: null, sections: null, agency: null, hideIsolated: false },
      focus: { node: 'agency:most', depth: 2 },
      expanded: ['a'], collapsed: [],
      positions: { force: { 'agency:most': { x: 10, y: 20 }, bad: { x: null, y: 1 } }, tree: {} },
      pinned: ['agency:most'], selection: ['agency:most'],
    };
    const parsed = parseWorkspace(serializeWorkspace(createWorkspace(docs, view)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.workspace.view).toEqual({ ...view, positions: { force: { 'agency:most': { x: 10, y: 20 } }, tree: {} } });
    expect(parsed.warnings).toEqual(['1 saved node position(s) were unreadable and were ignored.']);
  });

  it('a non-object view falls back to defaults with a warning', () => {
    const parsed = parseWorkspace(JSON.stringify({ format: WORKSPACE_FORMAT, version: 1, savedAt: 'x', documents: [], view: 5 }));
    expect(parsed.ok && parsed.workspace.view).toEqual({});
    expect(parsed.ok && parsed.warnings.length).toBe(2);
  });
});

describe('migration', () => {
  it('upgrades the version 0 draft (fileName, settings)', () => {
    const parsed = parseWorkspace(JSON.stringify({
      format: WORKSPACE_FORMAT, version: 0, savedAt: '2025-06-01T00:00:00Z',
      documents: [{ fileName: 'old.txt', text: '正文' }],
      settings: { theme: 'light', zoom: 2 },
    }));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.migratedFrom).toBe(0);
    expect(parsed.workspace.version).toBe(1);
    expect(parsed.workspace.documents).toEqual([{ name: 'old.txt', text: '正文' }]);
    expect(parsed.workspace.view).toEqual({ theme: 'light', zoom: 2 });
    expect(parsed.workspace.settings).toBeUndefined();
  });
});
