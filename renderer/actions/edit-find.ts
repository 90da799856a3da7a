import type { Action } from './types';

export const find: Action = {
  id: 'edit:find',
  label: (t) => t.search,
  run: (ctx) => ctx.focusSearch(),
  shortcut: [{ key: 'k', mod: true, whileTyping: true }, { key: '/' }],
};
