// The public surface of core/exports: data formats, importers, images and briefing packs.
export { EXPORT_FORMATS, EXPORT_FORMAT_LABELS, isExportFormat, type ExportFormat, type ExportOutput } from './formats';
export { graphToJson, graphToJsonChunks, importJson } from './json';
export { graphToGraphML } from './graphml';
export { importGraphML } from './import-graphml';
export { graphToGexf } from './gexf';
export { nodesCsv, edgesCsv, relationsCsv, csvCell, csvTable, CSV_BOM } from './csv';
export { responsibilitiesCsv, RESPONSIBILITY_COLUMNS } from './responsibilities';
export { graphToCypher, NODE_LABELS, RELATIONSHIP_TYPES } from './cypher';
export * from './palette';
export { renderSvg, svgDimensions, shapePath, type SvgOptions, type LabelMode } from './svg';
export { computeLayout, separate, type Positions, type LayoutOptions, type Extent } from './layout';
export { textWidth, truncate, wrap } from './text-metrics';
export * from './brief';
export { subgraphOf, exportFileName } from './subgraph';
