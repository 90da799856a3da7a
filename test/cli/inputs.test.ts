import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listInputs, nodeInputFs, readInputBytes, readInputs, type InputFs } from '../../cli/inputs';
import { main } from '../../cli/remit';
import { capture, isRoot, scratch, SEED } from './support';

const dir = scratch('remit-in-');
let n = 0;
const seedText = () => execFileSync('cat', [SEED], { encoding: 'utf8' });
/** A copy of the seed under its own document number, so that every copy is a document of its own. */
const numbered = (i: number) => seedText().replace(/〔2023〕31号/g, `〔2023〕${100 + i}号`);

/** root/a.txt, root/locked/{b,c}.txt, root/z/d.txt: a subfolder between readable siblings. */
function tree(): { root: string; locked: string } {
  const root = join(dir, `tree-${n++}`);
  const locked = join(root, 'locked');
  mkdirSync(join(root, 'z'), { recursive: true });
  mkdirSync(locked);
  writeFileSync(join(root, 'a.txt'), numbered(1));
  writeFileSync(join(locked, 'b.txt'), numbered(2));
  writeFileSync(join(locked, 'c.txt'), numbered(3));
  writeFileSync(join(root, 'z', 'd.txt'), numbered(4));
  return { root, locked };
}

const denied = (path: string) => Object.assign(new Error(`EACCES: permission denied, ${path}`), { code: 'EACCES' });
/** The file system, but `path` cannot be listed or opened: what chmod 000 does for anyone but root. */
const denying = (path: string): InputFs => ({
  ...nodeInputFs,
  readdir: async (p) => (p === path ? Promise.reject(denied(p)) : nodeInputFs.readdir(p)),
  open: async (p, flags) => (p === path ? Promise.reject(denied(p)) : nodeInputFs.open(p, flags)),
});

describe('reading folders', () => {
  it('names an unreadable subfolder, skips it and still reads its siblings', async () => {
    const { root, locked } = tree();
    const { documents, failures } = await readInputs([root], { maxBytes: 1e9, fs: denying(locked) });
    expect(documents.map((d) => d.fileName)).toEqual(['a.txt', 'd.txt']);
    expect(failures).toEqual([{ path: locked, reason: 'permission denied', named: false }]);
  });

  it('names an unreadable file, skips it and still reads the others', async () => {
    const { root, locked } = tree();
    const file = join(locked, 'b.txt');
    const { documents, failures } = await readInputs([root], { maxBytes: 1e9, fs: denying(file) });
    expect(documents.map((d) => d.fileName)).toEqual(['a.txt', 'c.txt', 'd.txt']);
    expect(failures).toEqual([{ path: file, reason: 'permission denied', named: false }]);
  });

  it.skipIf(isRoot)('does the same with real permissions', async () => {
    const { root, locked } = tree();
    chmodSync(locked, 0);
    try {
      const io = capture();
      expect(await main(['export', root, '--format', 'responsibilities'], io)).toBe(1);
      expect(io.err).toContain(`cannot read ${locked}: permission denied`);
      expect(io.out).toContain('〔2023〕101号');
      expect(io.out).toContain('〔2023〕104号');
    } finally {
      chmodSync(locked, 0o755);
    }
  });

  it('exports the readable part with exit code 1 from the command line, blaming the right path', async () => {
    const { root, locked } = tree();
    const { loadForOutput } = await import('../../cli/load');
    const io = capture();
    const loaded = await loadForOutput([root], {}, io, denying(locked));
    expect(loaded.stop).toBeUndefined();
    expect(loaded.stop === undefined && loaded.exitCode).toBe(1);
    expect(loaded.stop === undefined && loaded.documentCount).toBe(2);
    expect(io.err).toContain(`cannot read ${locked}: permission denied`);
    expect(io.err).not.toContain(`cannot read ${root}:`);
  });

  it('skips FIFOs, sockets and devices with a note and never opens them', async () => {
    const root = join(dir, `special-${n++}`);
    mkdirSync(root);
    writeFileSync(join(root, 'a.txt'), numbered(1));
    execFileSync('mkfifo', [join(root, 'pipe.txt')]);
    symlinkSync('/dev/zero', join(root, 'zero.txt'));
    const opened: string[] = [];
    const fs: InputFs = { ...nodeInputFs, open: (p, f) => (opened.push(p), nodeInputFs.open(p, f)) };
    const { documents, failures, notes } = await readInputs([root], { maxBytes: 1e9, fs });
    expect(documents.map((d) => d.fileName)).toEqual(['a.txt']);
    expect(failures).toEqual([]);
    expect(notes.map((x) => [x.path, x.note])).toEqual([
      [join(root, 'pipe.txt'), 'skipped: a FIFO (named pipe), not a regular file (never opened)'],
      [join(root, 'zero.txt'), 'skipped: a device, not a regular file (never opened)'],
    ]);
    expect(opened).toEqual([join(root, 'a.txt')]);
  });

  it('refuses a FIFO or a device named on the command line without opening it', async () => {
    const fifo = join(dir, `fifo-${n++}`);
    execFileSync('mkfifo', [fifo]);
    const io = capture();
    expect(await main(['export', fifo, '/dev/zero'], io)).toBe(1);
    expect(io.err).toContain(`cannot read ${fifo}: a FIFO (named pipe), not a regular file (never opened)`);
    expect(io.err).toContain('cannot read /dev/zero: a device');
  });

  it('follows symbolic links to files once, and names a link that loops back instead of following it', async () => {
    const root = join(dir, `links-${n++}`);
    mkdirSync(join(root, 'sub'), { recursive: true });
    writeFileSync(join(root, 'sub', 'a.txt'), numbered(1));
    const outside = join(dir, `outside-${n}.txt`);
    writeFileSync(outside, numbered(2));
    symlinkSync(outside, join(root, 'b.txt'));
    symlinkSync(join(root, 'sub', 'a.txt'), join(root, 'again.txt'));
    symlinkSync('..', join(root, 'sub', 'up'));
    symlinkSync('nowhere.txt', join(root, 'dangling.txt'));
    const listing = await listInputs([root], { maxBytes: 1e9 });
    expect(listing.files.map((f) => f.path)).toEqual([join(root, 'again.txt'), join(root, 'b.txt')]);
    expect(listing.notes).toEqual([
      { path: join(root, 'sub', 'a.txt'), note: `the same file as ${join(root, 'again.txt')}, read once` },
      { path: join(root, 'sub', 'up'), note: `a symbolic link loop back to ${root}, not followed` },
    ]);
    expect(listing.failures).toEqual([{ path: join(root, 'dangling.txt'), reason: 'a symbolic link to nothing', named: false }]);
  });

  it('reads every input within a size limit and states the limit', async () => {
    const file = join(dir, `big-${n++}.txt`);
    writeFileSync(file, numbered(1));
    const io = capture();
    expect(await main(['export', file, '--max-size', '4KB'], io)).toBe(1);
    expect(io.err).toMatch(/larger than the 4 KB limit for one input \(12\.\d KB\); --max-size raises it/);
    expect(await main(['export', file, '--max-size', '1MB', '--format', 'responsibilities'], capture())).toBe(0);
    const bad = capture();
    expect(await main(['export', file, '--max-size', 'lots'], bad)).toBe(2);
    expect(bad.err).toMatch(/--max-size takes a size/);
  });

  it('stops reading a file that grows past the limit while it is read', async () => {
    const file = join(dir, `grows-${n++}.txt`);
    writeFileSync(file, 'x'.repeat(100));
    // a file whose size says 100 bytes but whose reads go on: what /proc files and growing logs look like
    const fs: InputFs = {
      ...nodeInputFs,
      open: async (p, f) => {
        const handle = await nodeInputFs.open(p, f);
        return Object.assign(handle, {
          read: async (buffer: Uint8Array, offset: number, length: number) => {
            buffer.fill(0x78, offset, offset + length);
            return { bytesRead: length, buffer };
          },
        });
      },
    };
    await expect(readInputBytes(file, { maxBytes: 10_000, fs })).rejects.toThrow(/too large/);
  });

  it('names a missing path without dropping the rest of the listing', async () => {
    const { root } = tree();
    const listing = await listInputs([join(dir, 'nope'), root], { maxBytes: 1e9 });
    expect(listing.failures).toEqual([{ path: join(dir, 'nope'), reason: 'no such file or folder', named: true }]);
    expect(listing.files).toHaveLength(4);
  });

  it('reads a file named on the command line whatever its extension, from a copy of the seed', async () => {
    const file = join(dir, `seed-${n++}.policy`);
    copyFileSync(SEED, file);
    const io = capture();
    expect(await main(['export', file, '--format', 'responsibilities'], io)).toBe(0);
    expect(io.out.split('\n').length).toBeGreaterThan(70);
  });
});
