export { buildGraph, addDocument } from './build';
export { addDocuments, type DocumentsAdded } from './add-documents';
export { removeDocument } from './remove-document';
export { createGraph } from './create';
export { documentKey } from './document-key';
export { edgeKey } from './edges';
export { responsibilityRows } from './responsibility-rows';
export type { RemitGraph } from './types';
export { successorOf, successionLinks } from './successors';
