import type { Action } from './types';

export const redo: Action = {
  id: 'edit:redo',
  label: (t) => t.redo,
  run: (ctx) => ctx.redo(),
  shortcut: [{ key: 'z', mod: true, shift: true }, { key: 'y', mod: true }],
};
