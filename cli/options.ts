// Options every command that reads documents and writes a file shares.
import { UsageError } from './io';
import { DEFAULT_MAX_BYTES } from './inputs';

export const INPUT_OUTPUT_OPTIONS = {
  out: { type: 'string', short: 'o' },
  'follow-symlink': { type: 'boolean' },
  'max-size': { type: 'string' },
} as const;

export const INPUT_OUTPUT_USAGE = `  --out FILE         write FILE (replaced only once the new one is complete; never an input, never a device)
  --follow-symlink   when FILE is a symbolic link, replace the file it points at (refused otherwise)
  --max-size N       largest input read, e.g. 200MB (default), 1GB, 5000KB`;

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** "200MB", "1.5G", "5000" (bytes) → bytes. */
export function parseSize(text: string | undefined): number {
  if (text === undefined) return DEFAULT_MAX_BYTES;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = m ? UNITS[m[2].toLowerCase()] : undefined;
  if (!m || unit === undefined || Number(m[1]) <= 0) throw new UsageError(`--max-size takes a size such as 200MB or 1GB, not "${text}"`);
  return Math.floor(Number(m[1]) * unit);
}
