import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { atomicWriteFile, nodeAtomicFs, type AtomicFs, type WritableHandle } from '../../electron/atomic-write';

let dir: string;
let target: string;
const OLD = Buffer.from('{"format":"remit-workspace","version":1,"old":"内容"}\n');
const NEW = 'x'.repeat(100_000) + '新';

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remit-atomic-'));
  target = path.join(dir, 'work.remit');
  fs.writeFileSync(target, OLD);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const listing = (): string[] => fs.readdirSync(dir).sort();

type Step = 'open' | 'write' | 'partial-write' | 'sync' | 'close' | 'rename' | 'dir-sync';

/** Real fs, except that one step fails. 'partial-write' writes half the data, then fails (as a crash would). */
function failingFs(step: Step): AtomicFs {
  return {
    ...nodeAtomicFs,
    async open(p, flags, mode) {
      const isDir = fs.existsSync(p) && fs.statSync(p).isDirectory();
      if (step === 'open' && !isDir) throw new Error('EACCES: injected open failure');
      const real = await nodeAtomicFs.open(p, flags, mode);
      const handle: WritableHandle = {
        async writeFile(data) {
          if (step === 'write') throw new Error('ENOSPC: injected write failure');
          if (step === 'partial-write') {
            const bytes = typeof data === 'string' ? Buffer.from(data) : data;
            await real.writeFile(bytes.subarray(0, bytes.length >> 1));
            throw new Error('EIO: injected failure after a partial write');
          }
          return real.writeFile(data);
        },
        async sync() {
          if (isDir ? step === 'dir-sync' : step === 'sync') throw new Error('EIO: injected fsync failure');
          return real.sync();
        },
        async close() {
          await real.close();
          if (step === 'close' && !isDir) throw new Error('EIO: injected close failure');
        },
      };
      return handle;
    },
    async rename(from, to) {
      if (step === 'rename') throw new Error('EXDEV: injected rename failure');
      return nodeAtomicFs.rename(from, to);
    },
  };
}

describe('atomicWriteFile', () => {
  it('replaces the file and leaves no temp file', async () => {
    await atomicWriteFile(target, NEW);
    expect(fs.readFileSync(target, 'utf8')).toBe(NEW);
    expect(listing()).toEqual(['work.remit']);
  });

  it('creates a new file', async () => {
    const fresh = path.join(dir, 'fresh.remit');
    await atomicWriteFile(fresh, new Uint8Array([1, 2, 3]));
    expect([...fs.readFileSync(fresh)]).toEqual([1, 2, 3]);
    expect(listing()).toEqual(['fresh.remit', 'work.remit']);
  });

  it('keeps the permissions of the file it replaces', async () => {
    if (process.platform === 'win32') return;
    fs.chmodSync(target, 0o600);
    await atomicWriteFile(target, NEW);
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
  });

  for (const step of ['open', 'write', 'partial-write', 'sync', 'close', 'rename'] as const) {
    it(`a failure at "${step}" rejects, keeps the old file byte-identical and leaves no temp file`, async () => {
      await expect(atomicWriteFile(target, NEW, { fs: failingFs(step) })).rejects.toThrow(/injected/);
      expect(fs.readFileSync(target).equals(OLD)).toBe(true);
      expect(listing()).toEqual(['work.remit']);
    });
  }

  it('a failed folder fsync after the rename still counts as saved', async () => {
    await atomicWriteFile(target, NEW, { fs: failingFs('dir-sync') });
    expect(fs.readFileSync(target, 'utf8')).toBe(NEW);
    expect(listing()).toEqual(['work.remit']);
  });

  it('a process killed mid-write leaves the old file intact; the next save removes the leftover temp file', async () => {
    // A write that never finishes models the process dying: no cleanup code runs.
    let release: (() => void) | undefined;
    const dying: AtomicFs = {
      ...nodeAtomicFs,
      async open(p, flags, mode) {
        const real = await nodeAtomicFs.open(p, flags, mode);
        return {
          async writeFile(data) {
            await real.writeFile(typeof data === 'string' ? data.slice(0, 10) : data.subarray(0, 10));
            await new Promise<void>((resolve) => (release = resolve));
            await real.close();
            throw new Error('killed');
          },
          sync: () => real.sync(),
          close: () => real.close(),
        };
      },
    };
    await atomicWriteFile(path.join(dir, 'other.remit'), 'unrelated');
    const pending = atomicWriteFile(target, NEW, { fs: dying }).catch(() => 'died');
    await new Promise<void>((resolve) => {
      const wait = () => (release ? resolve() : setImmediate(wait));
      wait();
    });
    expect(fs.readFileSync(target).equals(OLD)).toBe(true);
    const leftovers = listing().filter((name) => name.startsWith('.work.remit.'));
    expect(leftovers).toHaveLength(1);

    // A real kill skips the cleanup below; let this one finish, then put back the file a crash leaves.
    release?.();
    expect(await pending).toBe('died');
    fs.writeFileSync(path.join(dir, leftovers[0]), 'partial');
    await atomicWriteFile(target, 'recovered');
    expect(fs.readFileSync(target, 'utf8')).toBe('recovered');
    expect(listing()).toEqual(['other.remit', 'work.remit']);
  });

  it('does not touch files that merely look similar', async () => {
    fs.writeFileSync(path.join(dir, '.work.remit.notes.tmp'), 'keep');
    fs.writeFileSync(path.join(dir, '.other.remit.0123456789ab.tmp'), 'keep');
    await atomicWriteFile(target, NEW);
    expect(listing()).toEqual(['.other.remit.0123456789ab.tmp', '.work.remit.notes.tmp', 'work.remit']);
  });

  it('serialises concurrent saves to the same file (last one wins, never a mix)', async () => {
    const writes = Array.from({ length: 8 }, (_, i) => atomicWriteFile(target, String(i).repeat(50_000)));
    await Promise.all(writes);
    expect(fs.readFileSync(target, 'utf8')).toBe('7'.repeat(50_000));
    expect(listing()).toEqual(['work.remit']);
  });
});
