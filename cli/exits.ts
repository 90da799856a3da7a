// How the command line ends when the world around it ends first: a reader that closed the pipe (`| head -1`), Ctrl+C,
// SIGTERM. Each ends the process at once and quietly, removing any half-written output file first.
import { unlinkSync } from 'node:fs';

/** Temporary output files being written: removed if the process is stopped meanwhile. */
const pendingTemps = new Set<string>();
let installed = false;

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function removeTemps(): void {
  for (const temp of pendingTemps) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  }
  pendingTemps.clear();
}

/**
 * Stopped by a signal while writing: remove the temporary file, then die of that same signal, so that whoever
 * started us (a shell, npm, tsx) sees how we ended. Only armed while a file is being written: a handler runs only
 * when the event loop is free, and reading and building are long synchronous stretches that a signal's default
 * action ends at once, which is what Ctrl+C should do.
 */
function onStop(signal: NodeJS.Signals): void {
  removeTemps();
  disarm();
  process.kill(process.pid, signal);
}
function arm(): void {
  for (const s of STOP_SIGNALS) process.on(s, onStop);
}
function disarm(): void {
  for (const s of STOP_SIGNALS) process.off(s, onStop);
}

/** write-output calls these around each temporary file; they only arm signals in the executable (not in tests). */
export function trackTemp(temp: string): void {
  if (installed && pendingTemps.size === 0) arm();
  pendingTemps.add(temp);
}
export function untrackTemp(temp: string): void {
  pendingTemps.delete(temp);
  if (installed && pendingTemps.size === 0) disarm();
}

/**
 * `npm run remit` starts us through a shell (npm → sh → node). Stopping npm (SIGTERM, or Ctrl+C sent to npm alone)
 * ends npm and its shell, but the shell does not pass the signal on, and we would go on and write the output of a
 * run the user stopped. So when started by an npm script, losing the parent that started us means stop. Not done
 * otherwise: a command started with nohup from a shell that then exits is meant to go on.
 */
function endWithParent(): void {
  if (!process.env.npm_lifecycle_event) return;
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) onStop('SIGTERM');
  }, 200).unref();
}

/** Installed by the executable only (never by tests, which call main() in their own process). */
export function installExitHandlers(): void {
  installed = true;
  endWithParent();
  // A reader that stops reading is not an error of ours: `remit export | head -1` ends with head, like any filter.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    removeTemps();
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') process.exit(0);
    process.stderr.write(`remit: cannot write the output: ${error.message}\n`);
    process.exit(1);
  });
  process.stderr.on('error', () => undefined);
}
