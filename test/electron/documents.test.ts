import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { changedNames, FolderWatcher, removedNames, isFolderDocumentName, readDocumentFile, readFolderDocuments, snapshotFolder, type WatchDeps } from '../../electron/documents';
import type { HostFile } from '../../contract/host';

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remit-docs-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const seed = path.join(__dirname, '..', '..', 'seeds');

describe('reading documents', () => {
  it('folder scans take *.txt only, skipping hidden, lock and backup files', () => {
    expect(isFolderDocumentName('国务院关于.txt')).toBe(true);
    expect(isFolderDocumentName('A.TXT')).toBe(true);
    for (const name of ['x.pdf', 'x.DOCX', 'x.doc', 'page.html', 'page.htm']) expect(isFolderDocumentName(name)).toBe(true);
    for (const name of ['README.md', '.hidden.txt', '~$lock.txt', '~$lock.docx', 'draft.txt~', 'x.xlsx', 'x.png']) expect(isFolderDocumentName(name)).toBe(false);
  });

  it('reads the bundled seeds byte for byte', async () => {
    const { files } = await readFolderDocuments(seed);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(file.path).toBe(path.join(seed, file.name));
      expect(Buffer.from(file.bytes).equals(fs.readFileSync(path.join(seed, file.name)))).toBe(true);
    }
  });

  it('keeps encodings untouched (decoding is the page’s job)', async () => {
    const gbk = Buffer.from([0xb9, 0xfa, 0xce, 0xf1, 0xd4, 0xba]); // 国务院 in GBK
    fs.writeFileSync(path.join(dir, 'gbk.txt'), gbk);
    const file = await readDocumentFile(path.join(dir, 'gbk.txt'));
    expect([...file.bytes]).toEqual([...gbk]);
    expect(file.bytes).toBeInstanceOf(Uint8Array);
  });

  it('sorts folder documents by name and ignores sub-folders', async () => {
    fs.writeFileSync(path.join(dir, 'b.txt'), 'b');
    fs.writeFileSync(path.join(dir, 'a.txt'), 'a');
    fs.writeFileSync(path.join(dir, 'notes.md'), 'n');
    fs.mkdirSync(path.join(dir, 'sub.txt'));
    const { files, snapshot } = await readFolderDocuments(dir);
    expect(files.map((f) => f.name)).toEqual(['a.txt', 'b.txt']);
    expect([...snapshot.keys()]).toEqual(['a.txt', 'b.txt']);
  });

  it('refuses a directory given as a document', async () => {
    await expect(readDocumentFile(dir)).rejects.toThrow(/not a file/);
  });
});

describe('folder changes', () => {
  it('reports new and modified names, not unchanged ones', () => {
    const prev = new Map([['a.txt', { size: 1, mtimeMs: 1 }], ['b.txt', { size: 2, mtimeMs: 2 }], ['gone.txt', { size: 1, mtimeMs: 1 }]]);
    const next = new Map([['a.txt', { size: 1, mtimeMs: 1 }], ['b.txt', { size: 2, mtimeMs: 3 }], ['c.txt', { size: 5, mtimeMs: 5 }]]);
    expect(changedNames(prev, next)).toEqual(['b.txt', 'c.txt']);
  });

  /** Manual timers and a manual watch trigger: the test decides when events and timeouts happen. */
  function manualDeps() {
    const timers = new Map<number, () => void>();
    let nextId = 1;
    let trigger: () => void = () => undefined;
    let closed = false;
    const deps: WatchDeps = {
      watch: (_folder, onEvent) => {
        trigger = onEvent;
        return { close: () => (closed = true) };
      },
      setTimer: (fn) => {
        const id = nextId++;
        timers.set(id, fn);
        return id;
      },
      clearTimer: (id) => timers.delete(id as number),
    };
    return {
      deps,
      event: () => trigger(),
      pendingTimers: () => timers.size,
      fireTimers: () => {
        const fns = [...timers.values()];
        timers.clear();
        fns.forEach((fn) => fn());
      },
      isClosed: () => closed,
    };
  }

  it('debounces bursts of events into one rescan that pushes only new or changed documents', async () => {
    fs.writeFileSync(path.join(dir, 'a.txt'), 'one');
    fs.writeFileSync(path.join(dir, 'b.txt'), 'two');
    const manual = manualDeps();
    const pushed: HostFile[][] = [];
    const watcher = new FolderWatcher(dir, await snapshotFolder(dir), (files) => pushed.push(files), manual.deps);

    fs.writeFileSync(path.join(dir, 'c.txt'), '第三');
    fs.writeFileSync(path.join(dir, 'a.txt'), 'one, edited');
    fs.writeFileSync(path.join(dir, 'ignored.md'), 'x');
    manual.event();
    manual.event();
    manual.event();
    expect(manual.pendingTimers()).toBe(1);
    manual.fireTimers();
    await watcher.rescan(); // waits for the queued scan too (scans are serialised)
    expect(pushed).toHaveLength(1);
    expect(pushed[0].map((f) => f.name).sort()).toEqual(['a.txt', 'c.txt']);
    expect(Buffer.from(pushed[0].find((f) => f.name === 'c.txt')!.bytes).toString()).toBe('第三');

    await watcher.rescan();
    expect(pushed).toHaveLength(1); // nothing changed since

    watcher.close();
    expect(manual.isClosed()).toBe(true);
    fs.writeFileSync(path.join(dir, 'd.txt'), 'late');
    manual.event();
    expect(manual.pendingTimers()).toBe(0);
    await watcher.rescan();
    expect(pushed).toHaveLength(1);
  });

  it('reports documents deleted from the folder by path, and nothing when the folder itself is gone', async () => {
    fs.writeFileSync(path.join(dir, 'a.txt'), 'one');
    fs.writeFileSync(path.join(dir, 'b.txt'), 'two');
    const manual = manualDeps();
    const pushed: { files: string[]; removed: string[] }[] = [];
    const watcher = new FolderWatcher(dir, await snapshotFolder(dir), (files, removed) => pushed.push({ files: files.map((f) => f.name), removed }), manual.deps);

    fs.rmSync(path.join(dir, 'a.txt'));
    fs.renameSync(path.join(dir, 'b.txt'), path.join(dir, 'b2.txt'));
    await watcher.rescan();
    expect(pushed).toEqual([{ files: ['b2.txt'], removed: [path.join(dir, 'a.txt'), path.join(dir, 'b.txt')] }]);

    await watcher.rescan();
    expect(pushed).toHaveLength(1); // reported once

    // A folder that is away (unmounted, renamed) does not empty the graph: it may come back.
    fs.rmSync(dir, { recursive: true });
    await watcher.rescan();
    expect(pushed).toHaveLength(1);
    watcher.close();
  });

  it('compares snapshots both ways', () => {
    const sig = { size: 1, mtimeMs: 1 };
    const before = new Map([['a.txt', sig], ['b.txt', sig]]);
    const after = new Map([['b.txt', { size: 2, mtimeMs: 1 }], ['c.txt', sig]]);
    expect(changedNames(before, after)).toEqual(['b.txt', 'c.txt']);
    expect(removedNames(before, after)).toEqual(['a.txt']);
  });

  it('survives the folder disappearing', async () => {
    const manual = manualDeps();
    const pushed: HostFile[][] = [];
    const watcher = new FolderWatcher(dir, new Map(), (files) => pushed.push(files), manual.deps);
    fs.rmSync(dir, { recursive: true });
    await expect(watcher.rescan()).resolves.toBeUndefined();
    expect(pushed).toEqual([]);
    watcher.close();
  });

  it('works with the real fs.watch', async () => {
    const pushed: HostFile[][] = [];
    const got = new Promise<void>((resolve) => {
      const watcher = new FolderWatcher(dir, new Map(), (files) => {
        pushed.push(files);
        watcher.close();
        resolve();
      }, undefined, 20);
    });
    fs.writeFileSync(path.join(dir, 'new.txt'), 'hello');
    await got;
    expect(pushed[0].map((f) => f.name)).toEqual(['new.txt']);
  });
});
