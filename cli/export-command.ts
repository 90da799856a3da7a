import { parseArgs } from 'node:util';
import { buildGraph } from '../core/graph';
import { EXPORT_FORMATS } from '../core/exports';
import { readInputs } from './inputs';
import { writeOutput } from './write-output';
import { UsageError, type Io } from './io';

export const DEFAULT_PATHS = ['seeds'];

/** `remit export [PATHS…] --format F [--out FILE]`; returns the exit code. */
export async function runExport(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' } },
  });
  const formats = Object.keys(EXPORT_FORMATS);
  const format = values.format ?? 'json';
  if (!(format in EXPORT_FORMATS)) throw new UsageError(`unknown format "${format}"; choose one of: ${formats.join(', ')}`);

  const { documents, failures } = await readInputs(positionals.length ? positionals : DEFAULT_PATHS);
  for (const f of failures) io.stderr(`remit: cannot read ${f.path}: ${f.reason}`);
  for (const d of documents) for (const w of d.warnings) io.stderr(`remit: ${d.fileName}: ${w}`);

  const output = EXPORT_FORMATS[format as keyof typeof EXPORT_FORMATS](buildGraph(documents));
  if (values.out) {
    await writeOutput(values.out, output.data);
    io.stderr(`remit: wrote ${values.out} (${documents.length} document${documents.length === 1 ? '' : 's'})`);
  } else {
    io.stdout(output.data);
  }
  return failures.length > 0 ? 1 : 0;
}
