export interface Io {
  /** may return a promise that settles when the data has been taken (the pipe drained): large exports wait for it */
  stdout(data: string | Uint8Array): void | Promise<void>;
  stderr(line: string): void;
}

/** A mistake in how the command was called: printed as one line with the usage, never as a stack trace. */
export class UsageError extends Error {}

export const processIo: Io = {
  stdout: (data) => {
    if (process.stdout.write(data)) return undefined;
    // Backpressure: wait until the pipe has taken it, or has closed (a closed pipe is handled in exits.ts).
    return new Promise<void>((done) => {
      const finish = (): void => {
        process.stdout.off('drain', finish);
        process.stdout.off('close', finish);
        process.stdout.off('error', finish);
        done();
      };
      process.stdout.once('drain', finish).once('close', finish).once('error', finish);
    });
  },
  stderr: (line) => process.stderr.write(`${line}\n`),
};
