import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';

/** The CLI bundled once, as the bench runs it: a child process here is node running one file, not tsx compiling. */
export async function bundleCli(dir: string): Promise<string> {
  const outfile = join(dir, 'remit-cli.mjs');
  await build({
    entryPoints: ['cli/remit.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
    external: ['@resvg/resvg-js'],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    outfile,
  });
  return outfile;
}

export interface Ended { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; ms: number }

/** Waits for a child to end, killing it (and failing the wait) after `timeoutMs`. */
export function ended(child: ChildProcess, timeoutMs = 30_000): Promise<Ended> {
  const started = Date.now();
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`still running after ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}

export const node = (cli: string, args: string[], options: { shell?: string } = {}): ChildProcess =>
  options.shell
    ? spawn('bash', ['-c', options.shell.replaceAll('REMIT', `'${process.execPath}' '${cli}'`)], { stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
