// What each export does, independent of the dialog: build the bytes, name the file, hand it to
// the host (a download in web mode, a save dialog in Electron). The dialog and the File ▸ Export
// menu commands both come through here.
import type { Core } from 'cytoscape';
import type { RemitGraph } from '../../core/graph/types';
import { EXPORT_FORMATS, type ExportFormat } from '../../core/exports/formats';
import { exportFileName, subgraphOf } from '../../core/exports/subgraph';
import type { Host, HostCommand, SaveResult } from '../host/types';
import { cyPng, svgToPng, viewSvg, type Area } from './image';
import type { Lang } from '../state/view';

export interface ExportContext {
  graph: RemitGraph;
  cy: Core | null;
  visibleNodeIds: ReadonlySet<string> | null;
  selection: string[];
  host: Host;
  lang: Lang;
  title: string;
}

export type ImageKind = 'png' | 'svg' | 'pdf';
export type BriefKind = 'html' | 'docx' | 'pdf';
export type BriefScopeChoice = 'selection' | 'filter' | 'corpus';
export type DataScope = 'all' | 'filter';

export interface ImageChoice { scale: number; background: 'white' | 'transparent'; area: Area }

export const DEFAULT_IMAGE: ImageChoice = { scale: 2, background: 'white', area: 'whole' };

const today = () => new Date().toISOString().slice(0, 10);

/** "国科发规〔2023〕31号 · 2023-03-31" for one document, the numbers for a few, a count beyond that. */
export function documentsLine(graph: RemitGraph): string {
  const docs: { key: string; date?: string }[] = [];
  graph.forEachNode((_id, a) => {
    if (a.kind === 'document') docs.push({ key: a.number ?? a.key, date: a.date });
  });
  docs.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.key.localeCompare(b.key));
  if (docs.length === 1) return [docs[0].key, docs[0].date].filter(Boolean).join(' · ');
  const shown = docs.slice(0, 3).map((d) => d.key).join('；');
  return docs.length > 3 ? `${shown} +${docs.length - 3}` : shown;
}

function subtitle(ctx: ExportContext): string {
  return `${documentsLine(ctx.graph)} — Remit ${today()}`;
}

const baseName = (ctx: ExportContext) => ctx.title || 'remit-graph';

export async function exportData(ctx: ExportContext, format: ExportFormat, scope: DataScope = 'all'): Promise<SaveResult> {
  const graph = scope === 'filter' && ctx.visibleNodeIds ? subgraphOf(ctx.graph, ctx.visibleNodeIds) : ctx.graph;
  const out = EXPORT_FORMATS[format](graph);
  return ctx.host.saveFile(exportFileName(baseName(ctx), out.extension), out.data, out.mime);
}

export async function exportImage(ctx: ExportContext, kind: ImageKind, choice: ImageChoice = DEFAULT_IMAGE): Promise<SaveResult & { scale?: number }> {
  const title = ctx.title;
  const sub = subtitle(ctx);
  if (kind === 'png') {
    if (ctx.cy) {
      const { bytes, scale } = await cyPng(ctx.cy, ctx.graph, { ...choice, title, subtitle: sub });
      return { ...(await ctx.host.saveFile(exportFileName(baseName(ctx), 'png'), bytes, 'image/png')), scale };
    }
    // No live view (hidden graph): draw core's SVG instead.
    const svg = viewSvg(null, ctx.graph, { ...choice, title, subtitle: sub, nodeIds: ctx.visibleNodeIds ?? undefined });
    const png = await svgToPng(svg, choice.scale, choice.background === 'white' ? '#ffffff' : undefined);
    return ctx.host.saveFile(exportFileName(baseName(ctx), 'png'), png.bytes, 'image/png');
  }
  const svg = viewSvg(ctx.cy, ctx.graph, { ...choice, title, subtitle: sub, nodeIds: ctx.visibleNodeIds ?? undefined });
  if (kind === 'svg') return ctx.host.saveFile(exportFileName(baseName(ctx), 'svg'), svg, 'image/svg+xml');
  // Printed by the browser engine, vector with selectable text: Electron's printToPDF writes the file, a browser
  // prints a page holding only the SVG (the print dialog's "Save as PDF").
  const { svgPrintPage } = await import('../../core/exports/svg');
  const page = svgPrintPage(svg, title);
  return ctx.host.printToPdf(page.html, exportFileName(baseName(ctx), 'pdf'), { landscape: page.landscape });
}

export function briefScopeIds(ctx: ExportContext, scope: BriefScopeChoice): ReadonlySet<string> | undefined {
  if (scope === 'selection' && ctx.selection.length) return new Set(ctx.selection);
  if (scope === 'filter' && ctx.visibleNodeIds) return ctx.visibleNodeIds;
  return undefined;
}

const SCOPE_LABEL: Record<BriefScopeChoice, string> = { selection: 'Current selection', filter: 'Current filter', corpus: 'Whole corpus' };

export async function exportBrief(ctx: ExportContext, kind: BriefKind, scope: BriefScopeChoice = 'corpus'): Promise<SaveResult> {
  // The brief renderers (docx especially) are large: loaded on first use only.
  const { briefModel, briefHtml, briefDocx, briefFigureSvg } = await import('../../core/exports/brief/index');
  const nodeIds = briefScopeIds(ctx, scope);
  const model = briefModel(ctx.graph, { nodeIds, scopeLabel: SCOPE_LABEL[nodeIds ? scope : 'corpus'], preparedOn: today() });
  const svg = briefFigureSvg(model.overview, { title: model.title });
  const name = `${baseName(ctx)} brief`;
  if (kind === 'html') return ctx.host.saveFile(exportFileName(name, 'html'), briefHtml(model), 'text/html;charset=utf-8');
  // the same page printed by the browser engine: A4, the matrix on landscape pages, as many pages as it takes
  if (kind === 'pdf') return ctx.host.printToPdf(briefHtml(model), exportFileName(name, 'pdf'));
  const png = await svgToPng(svg, 2, '#ffffff');
  const bytes = await briefDocx(model, { svg, png: png.bytes });
  return ctx.host.saveFile(exportFileName(name, 'docx'), bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
}

const DATA_COMMANDS: Partial<Record<HostCommand, ExportFormat>> = {
  'export:graphml': 'graphml', 'export:gexf': 'gexf', 'export:json': 'json', 'export:csv': 'csv', 'export:responsibilities': 'responsibilities', 'export:cypher': 'cypher',
};

/**
 * File ▸ Export menu commands: the same exports with the defaults (whole graph at 2×, white;
 * briefs over the current filter when one is set, else the whole corpus). Returns undefined
 * for commands that are not exports.
 */
export async function runExportCommand(command: HostCommand, ctx: ExportContext): Promise<SaveResult | undefined> {
  const format = DATA_COMMANDS[command];
  if (format) return exportData(ctx, format);
  const briefScope: BriefScopeChoice = ctx.visibleNodeIds ? 'filter' : 'corpus';
  switch (command) {
    case 'export:png': return exportImage(ctx, 'png');
    case 'export:svg': return exportImage(ctx, 'svg');
    case 'export:pdf': return exportImage(ctx, 'pdf');
    case 'export:brief-html': return exportBrief(ctx, 'html', briefScope);
    case 'export:brief-docx': return exportBrief(ctx, 'docx', briefScope);
    default: return undefined;
  }
}
