import type { Action } from './types';

export const languageChinese: Action = {
  id: 'lang:zh',
  label: (t) => t.languageZh,
  run: (ctx) => ctx.setLanguage('zh'),
};
