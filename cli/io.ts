export interface Io {
  stdout(data: string | Uint8Array): void;
  stderr(line: string): void;
}

/** A mistake in how the command was called: printed as one line with the usage, never as a stack trace. */
export class UsageError extends Error {}

export const processIo: Io = {
  stdout: (data) => process.stdout.write(data),
  stderr: (line) => process.stderr.write(`${line}\n`),
};
