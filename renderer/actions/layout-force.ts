import type { Action } from './types';

export const layoutForce: Action = {
  id: 'layout:force',
  label: (t) => t.layoutForce,
  run: (ctx) => ctx.setLayout('force'),
};
