import type { Action } from './types';

export const fit: Action = {
  id: 'view:fit',
  label: (t) => t.fit,
  run: (ctx) => ctx.fit(),
  shortcut: [{ key: 'f' }],
};
