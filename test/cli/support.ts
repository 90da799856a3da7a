import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { Io } from '../../cli/io';

export const SEED = 'seeds/2023-guokefagui-31-western-science-city.txt';

/** An Io that keeps what the command printed. */
export function capture(): Io & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout(data: string | Uint8Array) {
      io.out += typeof data === 'string' ? data : new TextDecoder().decode(data);
    },
    stderr(line: string) {
      io.err += `${line}\n`;
    },
  };
  return io;
}

/** A fresh folder removed after the file's tests. */
export function scratch(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Tests run as root in CI, where permission bits deny nothing: such faults are injected instead. */
export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
