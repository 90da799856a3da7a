import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleCli, ended, node } from './child';
import { scratch, SEED } from './support';

const dir = scratch('remit-exits-');
let cli = '';
beforeAll(async () => {
  cli = await bundleCli(dir);
}, 60_000);

const STACK = /\n\s+at |EPIPE|Error:/;

/** A folder big enough that building it takes seconds: time to be interrupted. */
function bigFolder(): string {
  const folder = join(dir, 'big');
  if (existsSync(folder)) return folder;
  mkdirSync(folder);
  const seed = readFileSync(SEED, 'utf8');
  for (let i = 0; i < 600; i++) writeFileSync(join(folder, `copy-${i}.txt`), seed.replace(/〔2023〕31号/g, `〔2023〕${1000 + i}号`));
  return folder;
}

describe('the command line ends cleanly', () => {
  it('ends quietly with exit 0 when the reader closes the pipe (| head -1)', async () => {
    const r = await ended(node(cli, [], { shell: 'set -o pipefail; REMIT export seeds --format json | head -1' }));
    expect(r.stdout).toBe('{\n');
    expect(r.stderr).not.toMatch(STACK);
    expect(r.code).toBe(0);
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`ends on ${signal} at once, leaving no partial output`, async () => {
      const folder = bigFolder();
      const outDir = join(dir, `out-${signal}`);
      mkdirSync(outDir);
      const child = node(cli, ['export', folder, '--out', join(outDir, 'g.json')]);
      const done = ended(child, 20_000);
      await new Promise((r) => setTimeout(r, 700));
      child.kill(signal);
      const r = await done;
      expect(r.signal).toBe(signal);
      expect(r.stderr).not.toMatch(STACK);
      expect(readdirSync(outDir)).toEqual([]);
    }, 30_000);
  }

  it('removes its temporary file when stopped while writing, and dies of the signal', async () => {
    const folder = bigFolder();
    const outDir = join(dir, 'out-writing');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'g.json'), 'old');
    const child = node(cli, ['export', folder, '--out', join(outDir, 'g.json')]);
    const done = ended(child, 60_000);
    // wait for the temporary file to appear: the write has begun
    for (let i = 0; i < 2000 && !readdirSync(outDir).some((f) => f.endsWith('.tmp')); i++) await new Promise((r) => setTimeout(r, 10));
    expect(readdirSync(outDir).some((f) => f.endsWith('.tmp'))).toBe(true);
    child.kill('SIGTERM');
    const r = await done;
    expect(r.signal).toBe('SIGTERM');
    expect(readdirSync(outDir)).toEqual(['g.json']);
    expect(readFileSync(join(outDir, 'g.json'), 'utf8')).toBe('old');
  }, 90_000);

  it('ends when started by an npm script whose shell is stopped (npm → sh → node), writing nothing', async () => {
    const folder = bigFolder();
    const outDir = join(dir, 'out-npm');
    mkdirSync(outDir);
    // `; true` keeps the shell from replacing itself with node, as npm's shell does not
    const shell = spawn('sh', ['-c', `'${process.execPath}' '${cli}' export '${folder}' --out '${join(outDir, 'g.json')}'; true`], {
      stdio: 'ignore',
      env: { ...process.env, npm_lifecycle_event: 'remit' },
    });
    // stopped once it is writing: the last moment at which going on would leave a file the user did not want
    for (let i = 0; i < 3000 && !readdirSync(outDir).some((f) => f.endsWith('.tmp')); i++) await new Promise((r) => setTimeout(r, 10));
    const child = Number(execFileSync('pgrep', ['-P', String(shell.pid)], { encoding: 'utf8' }).trim());
    expect(child).toBeGreaterThan(0);
    shell.kill('SIGTERM');
    // gone, or a zombie nobody reaps (pid 1 of a container may not)
    const running = () => {
      try {
        return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${child}/stat`, 'utf8'));
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 300 && running(); i++) await new Promise((r) => setTimeout(r, 50));
    expect(running()).toBe(false);
    expect(readdirSync(outDir)).toEqual([]);
  }, 90_000);

  it('never waits on a FIFO, named or inside a folder', async () => {
    const folder = join(dir, 'with-fifo');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), readFileSync(SEED));
    execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
    const named = await ended(node(cli, ['export', join(folder, 'pipe.txt')]), 20_000);
    expect(named.code).toBe(1);
    expect(named.stderr).toMatch(/pipe\.txt: a FIFO \(named pipe\), not a regular file/);
    const inFolder = await ended(node(cli, ['export', folder, '--format', 'responsibilities']), 20_000);
    expect(inFolder.code).toBe(0);
    expect(inFolder.stderr).toMatch(/pipe\.txt: skipped: a FIFO/);
    expect(inFolder.stdout).toContain('国科发规〔2023〕31号');
  }, 45_000);

  it('answers every mistake a user can make with a message and a non-zero exit, never a stack trace', async () => {
    const binary = join(dir, 'binary.txt');
    writeFileSync(binary, new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2]));
    const cases: [string[], number][] = [
      [['export', '--bogus'], 2],
      [['export', '--format'], 2],
      [['export', '--format', 'pdfx'], 2],
      [['export', join(dir, 'missing.txt')], 1],
      [['export', binary], 1],
      [['export', SEED, '--out', dir], 2],
      [['export', SEED, '--out', '/dev/full'], 2],
      [['export', SEED, '--out', join(dir, 'nope', 'x.json')], 2],
      [['export', SEED, '--max-size', '-3'], 2],
      [['brief', SEED, '--format', 'docx'], 2],
      [['brief', SEED, '--date', 'tomorrow'], 2],
      [['frobnicate'], 2],
    ];
    for (const [args, code] of cases) {
      const r = await ended(node(cli, args));
      expect({ args, code: r.code, stack: STACK.test(r.stderr) }).toEqual({ args, code, stack: false });
      expect(r.stderr).toMatch(/^remit: /);
    }
  }, 120_000);
});
