import type { Action } from './types';

export const openDocuments: Action = {
  id: 'open-documents',
  label: (t) => t.open,
  run: (ctx) => ctx.openDocuments(),
};
