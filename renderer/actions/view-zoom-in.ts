import type { Action } from './types';

export const zoomIn: Action = {
  id: 'view:zoom-in',
  label: (t) => t.zoomIn,
  run: (ctx) => ctx.zoomBy(1.25),
};
