/**
 * The view state with undo/redo. `commit` makes an undo step (and marks the workspace changed), `amend` changes the
 * present without one (layout results, selection, preferences).
 */
import { useCallback, useState, type RefObject } from 'react';
import { initHistory, push, redo, replace, undo, type History } from '../state/history';
import { defaultView, type ViewState } from '../state/view';
import { keepPrefs, loadPrefs } from './preferences';

export type ViewUpdate = (f: (v: ViewState) => ViewState) => void;
export type PrefKey = 'language' | 'theme' | 'labelMode';

export interface ViewHistory {
  history: History<ViewState>;
  view: ViewState;
  commit: ViewUpdate;
  amend: ViewUpdate;
  /** a new undo step computed from the whole history (choosing a node), without marking the workspace changed */
  pushWith(f: (v: ViewState) => ViewState): void;
  setPref<K extends PrefKey>(key: K, value: ViewState[K]): void;
  undo(): void;
  redo(): void;
}

export function useViewHistory(dirty: RefObject<boolean>): ViewHistory {
  const [history, setHistory] = useState<History<ViewState>>(() => initHistory(defaultView(loadPrefs())));
  const commit = useCallback<ViewUpdate>((f) => {
    dirty.current = true;
    setHistory((h) => push(h, f(h.present)));
  }, [dirty]);
  const amend = useCallback<ViewUpdate>((f) => setHistory((h) => replace(h, f(h.present))), []);
  const pushWith = useCallback((f: (v: ViewState) => ViewState) => setHistory((h) => push(h, f(h.present))), []);
  const setPref = useCallback(<K extends PrefKey>(key: K, value: ViewState[K]) => amend((v) => ({ ...v, [key]: value })), [amend]);
  const doUndo = useCallback(() => setHistory((h) => undo(h, keepPrefs)), []);
  const doRedo = useCallback(() => setHistory((h) => redo(h, keepPrefs)), []);
  return { history, view: history.present, commit, amend, pushWith, setPref, undo: doUndo, redo: doRedo };
}
