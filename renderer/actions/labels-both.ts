import type { Action } from './types';

export const labelsBoth: Action = {
  id: 'labels:both',
  label: (t) => t.labelsBoth,
  run: (ctx) => ctx.setLabelMode('both'),
};
