import type { Action } from './types';

export const layoutConcentric: Action = {
  id: 'layout:concentric',
  label: (t) => t.layoutConcentric,
  run: (ctx) => ctx.setLayout('concentric'),
};
