#!/usr/bin/env node
import { runExport } from './export-command';
import { installExitHandlers } from './exits';
import { processIo, UsageError, type Io } from './io';
import { INPUT_OUTPUT_USAGE } from './options';
import { OutputRefused } from './write-output';
import { DOCUMENT_EXTENSIONS } from '../core/readers/file-names';

const USAGE = `usage:
  remit export [PATHS…] --format json|graphml|gexf|csv|nodes-csv|edges-csv|responsibilities|cypher [--out FILE]
  remit brief  [PATHS…] --format html|docx --out FILE
PATHS are files or folders (default: seeds/). Files in a folder are read when they end in ${DOCUMENT_EXTENSIONS.map((e) => `.${e}`).join(', ')}.
${INPUT_OUTPUT_USAGE}`;

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'export':
        return await runExport(rest, io);
      case 'brief': {
        const { runBrief } = await import('./brief');
        return await runBrief(rest, io);
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError || isArgError(error)) {
      io.stderr(`remit: ${(error as Error).message}\n${USAGE}`);
      return 2;
    }
    if (error instanceof OutputRefused) {
      io.stderr(`remit: ${error.message}`);
      return 2;
    }
    io.stderr(`remit: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

// node:util parseArgs reports unknown options with these codes: they are the caller's mistakes.
function isArgError(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('remit.ts')) {
  installExitHandlers();
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`remit: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
