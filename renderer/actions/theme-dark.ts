import type { Action } from './types';

export const themeDark: Action = {
  id: 'theme:dark',
  label: (t) => t.themeDark,
  run: (ctx) => ctx.setTheme('dark'),
};
