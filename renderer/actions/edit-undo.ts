import type { Action } from './types';

export const undo: Action = {
  id: 'edit:undo',
  label: (t) => t.undo,
  run: (ctx) => ctx.undo(),
  shortcut: [{ key: 'z', mod: true, shift: false }],
};
