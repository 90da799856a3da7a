import type { Action } from './types';

export const openWorkspace: Action = {
  id: 'open-workspace',
  label: (t) => t.openWorkspace,
  run: (ctx) => ctx.openWorkspace(),
};
