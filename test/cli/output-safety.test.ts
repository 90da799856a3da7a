import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/remit';
import { nodeOutputFs, resolveOutput, writeOutput, type OutputFs } from '../../cli/write-output';
import { capture, scratch, SEED } from './support';

const dir = scratch('remit-out-');
let n = 0;
/** A folder holding one copy of the seed, and a path for the output beside it. */
function setup(): { folder: string; input: string } {
  const folder = join(dir, `case-${n++}`);
  mkdirSync(folder);
  const input = join(folder, 'seed.txt');
  copyFileSync(SEED, input);
  return { folder, input };
}
const leftovers = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.tmp'));

describe('--out never destroys a file', () => {
  it('refuses an output that is one of the inputs, named directly', async () => {
    const { input } = setup();
    const before = readFileSync(input);
    const io = capture();
    expect(await main(['export', input, '--out', input], io)).toBe(2);
    expect(io.err).toMatch(/is one of the inputs/);
    expect(readFileSync(input)).toEqual(before);
  });

  it('refuses an output that is a file inside a folder input, however it is reached (hard link, symbolic link)', async () => {
    const { folder, input } = setup();
    const before = readFileSync(input);
    const hard = join(dir, `hard-${n}.txt`);
    linkSync(input, hard);
    for (const out of [input, hard]) {
      const io = capture();
      expect(await main(['export', folder, '--out', out], io)).toBe(2);
      expect(io.err).toMatch(/is one of the inputs/);
    }
    const soft = join(dir, `soft-${n}.json`);
    symlinkSync(input, soft);
    const io = capture();
    expect(await main(['export', folder, '--out', soft, '--follow-symlink'], io)).toBe(2);
    expect(io.err).toMatch(/is one of the inputs/);
    expect(readFileSync(input)).toEqual(before);
  });

  it('leaves an earlier export intact when the run fails on a mistyped path', async () => {
    const { folder, input } = setup();
    const out = join(folder, 'graph.json');
    expect(await main(['export', input, '--out', out], capture())).toBe(0);
    const good = readFileSync(out);
    const io = capture();
    expect(await main(['export', input, join(folder, 'sede.txt'), '--out', out], io)).toBe(1);
    expect(io.err).toMatch(/sede\.txt: no such file or folder/);
    expect(io.err).toMatch(/nothing written/);
    expect(readFileSync(out)).toEqual(good);
    expect(leftovers(folder)).toEqual([]);
  });

  it('writes nothing to stdout either when a named path is missing, and nothing when no document was read', async () => {
    const { folder } = setup();
    const io = capture();
    expect(await main(['export', join(folder, 'missing.txt')], io)).toBe(1);
    expect(io.out).toBe('');
    const empty = join(folder, 'empty');
    mkdirSync(empty);
    const out = join(folder, 'g.json');
    writeFileSync(out, 'old');
    expect(await main(['export', empty, '--out', out], capture())).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('old');
  });

  it('refuses to replace a symbolic link unless asked, then writes the file it points at', async () => {
    const { folder, input } = setup();
    const real = join(folder, 'real.json');
    writeFileSync(real, 'old');
    const link = join(folder, 'link.json');
    symlinkSync('real.json', link);
    const io = capture();
    expect(await main(['export', input, '--out', link], io)).toBe(2);
    expect(io.err).toMatch(/symbolic link.*--follow-symlink/);
    expect(readFileSync(real, 'utf8')).toBe('old');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(await main(['export', input, '--out', link, '--follow-symlink'], capture())).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(real, 'utf8')).nodes.length).toBeGreaterThan(50);
  });

  it('refuses devices, FIFOs and folders as --out', async () => {
    const { folder, input } = setup();
    const fifo = join(folder, 'pipe');
    const { execFileSync } = await import('node:child_process');
    execFileSync('mkfifo', [fifo]);
    for (const [out, kind] of [['/dev/full', 'a device'], ['/dev/null', 'a device'], [fifo, 'a FIFO'], [folder, 'a folder']]) {
      const io = capture();
      expect(await main(['export', input, '--out', out], io)).toBe(2);
      expect(io.err).toContain(`is ${kind}`);
    }
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('refuses an output in a folder that does not exist, before reading anything', async () => {
    const { input } = setup();
    const io = capture();
    expect(await main(['export', input, '--out', join(dir, 'no-such-folder', 'g.json')], io)).toBe(2);
    expect(io.err).toMatch(/no-such-folder: no such file or folder/);
  });

  it('keeps the permissions of the file it replaces', async () => {
    const { folder, input } = setup();
    const out = join(folder, 'g.json');
    writeFileSync(out, 'old', { mode: 0o640 });
    expect(await main(['export', input, '--out', out], capture())).toBe(0);
    expect(lstatSync(out).mode & 0o777).toBe(0o640);
  });
});

/** An fs whose writes fail after `okBytes` bytes with `code`, like a disk that fills up or fails. */
function failingFs(code: string, okBytes: number, when: 'write' | 'sync' = 'write'): OutputFs {
  return {
    ...nodeOutputFs,
    async open(path, flags, mode) {
      const handle = await open(path, flags, mode);
      let written = 0;
      const write = handle.write.bind(handle) as (b: Uint8Array, o: number, l: number) => Promise<{ bytesWritten: number }>;
      return Object.assign(handle, {
        async write(bytes: Uint8Array, offset: number, length: number) {
          if (when === 'write' && written + length > okBytes) {
            const part = okBytes - written;
            if (part > 0) {
              written += part;
              return write(bytes, offset, part);
            }
            throw Object.assign(new Error(`${code}: failed`), { code });
          }
          written += length;
          return write(bytes, offset, length);
        },
        async sync() {
          if (when === 'sync') throw Object.assign(new Error(`${code}: failed`), { code });
        },
      });
    },
  };
}

describe('a write that does not reach the disk', () => {
  for (const [code, words] of [['ENOSPC', /no space left/], ['EIO', /input\/output error/], ['EDQUOT', /quota/]] as const) {
    it(`reports ${code} from write clearly, leaves no partial file and the old one unchanged`, async () => {
      const { folder } = setup();
      const out = join(folder, 'g.json');
      writeFileSync(out, 'old');
      const target = await resolveOutput(out);
      const error = await writeOutput(target, ['a'.repeat(5000), 'b'.repeat(5000)], failingFs(code, 7000)).catch((e: Error) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(words);
      expect((error as Error).message).toMatch(/existing file is unchanged/);
      expect(readFileSync(out, 'utf8')).toBe('old');
      expect(leftovers(folder)).toEqual([]);
    });
  }

  it('reports EIO from fsync the same way', async () => {
    const { folder } = setup();
    const out = join(folder, 'new.json');
    const error = await writeOutput(await resolveOutput(out), 'data', failingFs('EIO', 0, 'sync')).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/input\/output error.*nothing was written/);
    expect(existsSync(out)).toBe(false);
    expect(leftovers(folder)).toEqual([]);
  });

  it('continues a short write instead of taking it as done', async () => {
    const { folder } = setup();
    const out = join(folder, 'short.json');
    const fs: OutputFs = {
      ...nodeOutputFs,
      async open(path, flags, mode) {
        const handle = await open(path, flags, mode);
        const write = handle.write.bind(handle) as (b: Uint8Array, o: number, l: number) => Promise<{ bytesWritten: number }>;
        return Object.assign(handle, { write: (b: Uint8Array, o: number, l: number) => write(b, o, Math.min(l, 7)) });
      },
    };
    await writeOutput(await resolveOutput(out), ['0123456789'.repeat(10), 'é中'], fs);
    expect(readFileSync(out, 'utf8')).toBe('0123456789'.repeat(10) + 'é中');
  });
});
