import type { Action } from './types';

export const languageEnglish: Action = {
  id: 'lang:en',
  label: (t) => t.languageEn,
  run: (ctx) => ctx.setLanguage('en'),
};
