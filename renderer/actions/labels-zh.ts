import type { Action } from './types';

export const labelsChinese: Action = {
  id: 'labels:zh',
  label: (t) => t.labelsZh,
  run: (ctx) => ctx.setLabelMode('zh'),
};
