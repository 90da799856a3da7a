// How the command line ends when the world around it ends first: a reader that closed the pipe (`| head -1`), Ctrl+C,
// SIGTERM. Each ends the process at once and quietly, removing any half-written output file first.
import { unlinkSync } from 'node:fs';
import { constants } from 'node:os';
import { pendingTemps } from './write-output';

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

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Installed by the executable only (never by tests, which call main() in their own process). */
export function installExitHandlers(): void {
  // A reader that stops reading is not an error of ours: `remit export | head -1` ends with head, like any filter.
  const onPipeError = (error: NodeJS.ErrnoException): void => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') {
      removeTemps();
      process.exit(0);
    }
    removeTemps();
    process.stderr.write(`remit: cannot write the output: ${error.message}\n`);
    process.exit(1);
  };
  process.stdout.on('error', onPipeError);
  process.stderr.on('error', () => undefined);

  // Stopped by a signal: clean up, then die of that same signal, so that whoever started us (a shell, npm, tsx) sees
  // how we ended and stops too. Dying of the signal does not wait for a read blocked in a worker thread.
  for (const signal of STOP_SIGNALS) {
    process.once(signal, () => {
      removeTemps();
      process.kill(process.pid, signal);
      // in case the default action was overridden elsewhere
      setTimeout(() => process.exit(128 + constants.signals[signal]), 100).unref();
    });
  }
}
