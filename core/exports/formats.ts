// The export registry: every data format the CLI (`remit export --format F`) and the UI's Export
// menu offer. Each entry is pure: graph in, bytes or text out. Kept apart from index.ts so that the
// UI can load it without pulling in the briefing renderers (docx is large).
import type { RemitGraph } from '../graph/types';
import { edgesCsv, nodesCsv, relationsCsv } from './csv';
import { graphToCypher } from './cypher';
import { graphToGexf } from './gexf';
import { graphToGraphML } from './graphml';
import { graphToJson } from './json';
import { responsibilitiesCsv } from './responsibilities';

export interface ExportOutput {
  data: string | Uint8Array;
  /** file name ending without the leading dot; may itself contain a dot (`nodes.csv`) so that formats sharing a type do not collide */
  extension: string;
  mime: string;
}

export type ExportFormat = 'json' | 'graphml' | 'gexf' | 'csv' | 'nodes-csv' | 'edges-csv' | 'responsibilities' | 'cypher';

const CSV_MIME = 'text/csv;charset=utf-8';

export const EXPORT_FORMATS: Record<ExportFormat, (graph: RemitGraph) => ExportOutput> = {
  json: (g) => ({ data: graphToJson(g), extension: 'json', mime: 'application/json' }),
  graphml: (g) => ({ data: graphToGraphML(g), extension: 'graphml', mime: 'application/graphml+xml' }),
  gexf: (g) => ({ data: graphToGexf(g), extension: 'gexf', mime: 'application/gexf+xml' }),
  csv: (g) => ({ data: relationsCsv(g), extension: 'csv', mime: CSV_MIME }),
  'nodes-csv': (g) => ({ data: nodesCsv(g), extension: 'nodes.csv', mime: CSV_MIME }),
  'edges-csv': (g) => ({ data: edgesCsv(g), extension: 'edges.csv', mime: CSV_MIME }),
  responsibilities: (g) => ({ data: responsibilitiesCsv(g), extension: 'responsibilities.csv', mime: CSV_MIME }),
  cypher: (g) => ({ data: graphToCypher(g), extension: 'cypher', mime: 'text/plain;charset=utf-8' }),
};

/** Human names for menus and `--help`. */
export const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = {
  json: 'JSON (graphology)',
  graphml: 'GraphML (yEd, Gephi, Cytoscape)',
  gexf: 'GEXF 1.3 (Gephi)',
  csv: 'CSV — relations with names',
  'nodes-csv': 'CSV — nodes',
  'edges-csv': 'CSV — edges',
  responsibilities: 'CSV — responsibilities',
  cypher: 'Cypher (Neo4j)',
};

export function isExportFormat(name: string): name is ExportFormat {
  return Object.prototype.hasOwnProperty.call(EXPORT_FORMATS, name);
}

