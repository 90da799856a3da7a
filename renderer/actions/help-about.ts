import type { Action } from './types';

export const about: Action = {
  id: 'help:about',
  label: (t) => t.about,
  run: (ctx) => ctx.showAbout(),
};
