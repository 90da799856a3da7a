import { parseArgs } from 'node:util';
import { EXPORT_FORMATS } from '../core/exports';
import { graphToJsonChunks } from '../core/exports/json';
import { loadForOutput } from './load';
import { INPUT_OUTPUT_OPTIONS } from './options';
import { writeOutput } from './write-output';
import { UsageError, type Io } from './io';

export const DEFAULT_PATHS = ['seeds'];

/** `remit export [PATHS…] --format F [--out FILE]`; returns the exit code. */
export async function runExport(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string', short: 'f' }, ...INPUT_OUTPUT_OPTIONS },
  });
  const formats = Object.keys(EXPORT_FORMATS);
  const format = values.format ?? 'json';
  if (!(format in EXPORT_FORMATS)) throw new UsageError(`unknown format "${format}"; choose one of: ${formats.join(', ')}`);

  const loaded = await loadForOutput(positionals.length ? positionals : DEFAULT_PATHS, values, io);
  if (loaded.stop !== undefined) return loaded.stop;
  const { graph, documentCount, target } = loaded;

  // JSON, the largest, is written a piece at a time: the text of 100 MB of documents is more than one string holds.
  const pieces: Iterable<string | Uint8Array> = format === 'json' ? graphToJsonChunks(graph) : [EXPORT_FORMATS[format as keyof typeof EXPORT_FORMATS](graph).data];
  if (target) {
    await writeOutput(target, pieces);
    io.stderr(`remit: wrote ${target.shown} (${documentCount} document${documentCount === 1 ? '' : 's'})`);
  } else {
    for (const piece of pieces) await io.stdout(piece);
  }
  return loaded.exitCode;
}
