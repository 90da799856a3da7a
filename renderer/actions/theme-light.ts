import type { Action } from './types';

export const themeLight: Action = {
  id: 'theme:light',
  label: (t) => t.themeLight,
  run: (ctx) => ctx.setTheme('light'),
};
