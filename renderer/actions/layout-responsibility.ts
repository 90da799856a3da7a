import type { Action } from './types';

export const layoutResponsibility: Action = {
  id: 'layout:responsibility',
  label: (t) => t.layoutResponsibility,
  run: (ctx) => ctx.setLayout('responsibility'),
};
