import type { Action } from './types';

export const labelsEnglish: Action = {
  id: 'labels:en',
  label: (t) => t.labelsEn,
  run: (ctx) => ctx.setLabelMode('en'),
};
