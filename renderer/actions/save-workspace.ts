import type { Action } from './types';

export const saveWorkspace: Action = {
  id: 'save-workspace',
  label: (t) => t.saveWorkspace,
  run: (ctx) => ctx.saveWorkspace(false),
};
