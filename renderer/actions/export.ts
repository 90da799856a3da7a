/**
 * The export commands: one family, all run by the export dialog (renderer/export), which owns the export options
 * (scale, background, scope) the menu commands use.
 */
import type { HostCommand } from '../host/types';
import type { Strings } from '../i18n';
import type { Action } from './types';

const EXPORTS: { id: Extract<HostCommand, `export:${string}`>; label: (t: Strings) => string }[] = [
  { id: 'export:png', label: (t) => t.export.png },
  { id: 'export:svg', label: (t) => t.export.svg },
  { id: 'export:pdf', label: (t) => t.export.pdf },
  { id: 'export:graphml', label: (t) => t.export.graphml },
  { id: 'export:gexf', label: (t) => t.export.gexf },
  { id: 'export:json', label: (t) => t.export.json },
  { id: 'export:csv', label: (t) => t.export.nodesCsv },
  { id: 'export:responsibilities', label: (t) => t.export.responsibilities },
  { id: 'export:cypher', label: (t) => t.export.cypher },
  { id: 'export:brief-html', label: (t) => t.export.briefHtml },
  { id: 'export:brief-docx', label: (t) => t.export.briefDocx },
];

export const exportActions: readonly Action[] = EXPORTS.map(({ id, label }) => ({ id, label, run: (ctx) => ctx.exportCommand(id) }));
