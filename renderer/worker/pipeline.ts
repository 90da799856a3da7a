/**
 * The extraction pipeline as the worker sees it. Kept in one file so the worker has a single seam onto core/.
 */
export { addDocuments, readAnyDocument, readDocument } from '../../core/index';
export { createGraph } from '../../core/graph/create';
export { removeDocument } from '../../core/graph/remove-document';
export { createWorkspace, serializeWorkspace } from '../../core/workspace';
export { forgetCopy } from '../../core/graph/build';
