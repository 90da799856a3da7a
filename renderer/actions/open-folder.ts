import type { Action } from './types';

export const openFolder: Action = {
  id: 'open-folder',
  label: (t) => t.openFolder,
  run: (ctx) => ctx.openFolder(),
};
