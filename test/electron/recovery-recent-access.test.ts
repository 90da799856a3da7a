import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { RecoveryStore } from '../../electron/recovery';
import { addRecent, parseRecent, PendingOpen, recentKind, removeRecent, serializeRecent, MAX_RECENT } from '../../electron/recent';
import { alternativeWorkspaceName, WorkspaceAccess } from '../../electron/workspace-access';
import { nodeAtomicFs } from '../../electron/atomic-write';

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remit-rec-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('RecoveryStore', () => {
  it('returns the stored snapshot exactly once', async () => {
    const store = new RecoveryStore(path.join(dir, 'userData'));
    expect(await store.take()).toBeUndefined();
    await store.store('{"a":1}');
    await store.store('{"a":2}');
    expect(await store.take()).toBe('{"a":2}');
    expect(await store.take()).toBeUndefined();
    expect(fs.readdirSync(path.join(dir, 'userData'))).toEqual([]);
  });

  it('an empty snapshot clears it', async () => {
    const store = new RecoveryStore(dir);
    await store.store('x');
    await store.store('');
    expect(await store.take()).toBeUndefined();
  });

  it('a failed write keeps the previous snapshot', async () => {
    await new RecoveryStore(dir).store('previous');
    const broken = new RecoveryStore(dir, { ...nodeAtomicFs, rename: async () => { throw new Error('disk full'); } });
    await expect(broken.store('next')).rejects.toThrow('disk full');
    expect(await new RecoveryStore(dir).take()).toBe('previous');
  });
});

describe('recent files', () => {
  it('is newest first, without duplicates, bounded', () => {
    let list: string[] = [];
    for (let i = 0; i < MAX_RECENT + 3; i++) list = addRecent(list, `/f/${i}.txt`);
    list = addRecent(list, '/f/5.txt');
    expect(list[0]).toBe('/f/5.txt');
    expect(list).toHaveLength(MAX_RECENT);
    expect(new Set(list).size).toBe(list.length);
    expect(removeRecent(list, '/f/5.txt')).not.toContain('/f/5.txt');
  });

  it('case-insensitive comparison when asked', () => {
    const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
    expect(addRecent(['C:\\A.remit'], 'c:\\a.remit', same)).toEqual(['c:\\a.remit']);
  });

  it('survives damaged storage', () => {
    expect(parseRecent(undefined)).toEqual([]);
    expect(parseRecent('{oops')).toEqual([]);
    expect(parseRecent('{"recent": [1, "", "/a", "b\\u0000"]}')).toEqual(['/a']);
    expect(parseRecent(serializeRecent(['/x', '/y']))).toEqual(['/x', '/y']);
  });

  it('classifies entries', () => {
    expect(recentKind('/a/b.remit')).toBe('workspace');
    expect(recentKind('/a/b.txt')).toBe('document');
    expect(recentKind('/a/b/')).toBe('folder');
    expect(recentKind('C:\\docs\\')).toBe('folder');
  });

  it('a pending open is taken once, by the right kind, before it expires', () => {
    const pending = new PendingOpen(1000);
    pending.set('workspace', '/w.remit', 0);
    expect(pending.take('document', 10)).toBeUndefined();
    expect(pending.take('workspace', 10)).toBe('/w.remit');
    expect(pending.take('workspace', 20)).toBeUndefined();
    pending.set('folder', '/f/', 0);
    expect(pending.take('folder', 1001)).toBeUndefined();
  });
});

describe('WorkspaceAccess', () => {
  const access = () => new WorkspaceAccess((p) => path.resolve(p));

  it('writes only to paths the user picked', () => {
    const a = access();
    expect(a.decideSave(undefined)).toEqual({ kind: 'ask', reason: 'no-path' });
    expect(a.decideSave('/home/u/w.remit')).toMatchObject({ kind: 'ask', reason: 'not-granted' });
    a.grant('/home/u/w.remit');
    expect(a.decideSave('/home/u/../u/w.remit')).toEqual({ kind: 'write', path: '/home/u/../u/w.remit' });
  });

  it('never overwrites a file opened damaged until the user picks it in Save As', () => {
    const a = access();
    a.grant('/d.remit');
    a.markDamaged('/d.remit');
    expect(a.decideSave('/d.remit')).toEqual({ kind: 'ask', reason: 'damaged' });
    a.savedAs('/d.remit');
    expect(a.decideSave('/d.remit')).toEqual({ kind: 'write', path: '/d.remit' });
  });

  it('suggests a different name next to a damaged file', () => {
    expect(alternativeWorkspaceName('/a/b/work.remit', 'remit')).toBe('/a/b/work (recovered).remit');
    expect(alternativeWorkspaceName('C:\\w\\x.json', 'remit')).toBe('C:\\w\\x (recovered).remit');
  });
});
