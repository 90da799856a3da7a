import type { Action } from './types';

export const zoomOut: Action = {
  id: 'view:zoom-out',
  label: (t) => t.zoomOut,
  run: (ctx) => ctx.zoomBy(0.8),
};
