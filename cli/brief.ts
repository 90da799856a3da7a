// `remit brief [PATHS…] --format html|docx --out FILE`: the briefing pack for the whole corpus,
// with the graph laid out and drawn in core and, for Word, rasterised here.
import { parseArgs } from 'node:util';
import { briefDocx, briefFigureSvg, briefHtml, briefModel } from '../core/exports';
import { UsageError, type Io } from './io';
import { loadForOutput } from './load';
import { INPUT_OUTPUT_OPTIONS } from './options';
import { writeOutput } from './write-output';

const DEFAULT_PATHS = ['seeds'];
const FORMATS = ['html', 'docx'] as const;
type BriefFormat = (typeof FORMATS)[number];

export async function runBrief(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      ...INPUT_OUTPUT_OPTIONS,
      title: { type: 'string' },
      date: { type: 'string' },
    },
  });
  const format = (values.format ?? 'html') as BriefFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown brief format "${format}"; choose html or docx`);
  if (format === 'docx' && !values.out) throw new UsageError('a DOCX brief needs --out FILE');
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError('--date takes yyyy-mm-dd');

  const loaded = await loadForOutput(positionals.length ? positionals : DEFAULT_PATHS, values, io);
  if (loaded.stop !== undefined) return loaded.stop;
  const { graph, documentCount, target } = loaded;
  const model = briefModel(graph, {
    title: values.title,
    scopeLabel: `Whole corpus (${documentCount} document${documentCount === 1 ? '' : 's'})`,
    preparedOn: values.date ?? new Date().toISOString().slice(0, 10),
  });
  // the figure is the agency overview, drawn to read at page width
  const svg = briefFigureSvg(model.overview, { title: model.title });

  let data: string | Uint8Array;
  if (format === 'html') data = briefHtml(model);
  else {
    const { rasterizeSvg } = await import('./rasterize');
    data = await briefDocx(model, { svg, png: await rasterizeSvg(svg, { scale: 2 }) });
  }
  if (target) {
    await writeOutput(target, data);
    io.stderr(`remit: wrote ${target.shown} (${model.summary.responsibilities} assignments, ${model.summary.agencies} agencies, ${documentCount} document${documentCount === 1 ? '' : 's'})`);
  } else await io.stdout(data);
  return loaded.exitCode;
}
