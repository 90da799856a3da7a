/**
 * Preferences (interface language, theme) persist in localStorage and are applied to the document; undo and redo
 * walk view steps but leave preferences (and the label language) as they are.
 */
import { useEffect } from 'react';
import type { ViewState } from '../state/view';

const PREFS_KEY = 'remit.prefs';

export type Preferences = Partial<Pick<ViewState, 'language' | 'theme'>>;

/** Stored preferences, else the system's language and colour scheme. */
export function loadPrefs(): Preferences {
  try {
    const raw = JSON.parse(localStorage.getItem(PREFS_KEY) ?? '{}') as Record<string, unknown>;
    return {
      language: raw.language === 'zh' ? 'zh' : raw.language === 'en' ? 'en' : navigator.language.startsWith('zh') ? 'zh' : 'en',
      theme: raw.theme === 'dark' ? 'dark' : raw.theme === 'light' ? 'light' : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
    };
  } catch {
    return {};
  }
}

export const keepPrefs = (from: ViewState, to: ViewState): ViewState => ({ ...to, language: from.language, theme: from.theme, labelMode: from.labelMode });

/** Applies the theme and language to the page and stores them. */
export function usePreferences(view: Pick<ViewState, 'language' | 'theme'>): void {
  useEffect(() => {
    document.documentElement.dataset.theme = view.theme;
    document.documentElement.lang = view.language === 'zh' ? 'zh-CN' : 'en';
    try {
      localStorage.setItem(PREFS_KEY, JSON.stringify({ language: view.language, theme: view.theme }));
    } catch {
      // storage disabled: preferences just do not persist
    }
  }, [view.language, view.theme]);
}
