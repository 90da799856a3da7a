import type { Action } from './types';

export const layoutTree: Action = {
  id: 'layout:tree',
  label: (t) => t.layoutTree,
  run: (ctx) => ctx.setLayout('tree'),
};
