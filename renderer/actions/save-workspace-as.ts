import type { Action } from './types';

export const saveWorkspaceAs: Action = {
  id: 'save-workspace-as',
  label: (t) => t.saveWorkspaceAs,
  run: (ctx) => ctx.saveWorkspace(true),
};
