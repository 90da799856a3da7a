/**
 * The keyboard: every action's shortcuts (renderer/actions) plus Escape, which steps back out of whatever is open.
 * Keys go to the page unless the user is editing text (checkboxes and selects do not take Ctrl+Z or F).
 */
import { useEffect, useRef } from 'react';
import { ACTIONS, type Action, type ActionContext, type Shortcut } from '../actions/registry';

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'number', 'password', 'tel', 'url']);
export const isTyping = (el: EventTarget | null): boolean =>
  el instanceof HTMLElement && (el.isContentEditable || el.tagName === 'TEXTAREA' || (el instanceof HTMLInputElement && TEXT_INPUTS.has(el.type)));

export function matches(s: Shortcut, e: KeyboardEvent): boolean {
  const mod = e.ctrlKey || e.metaKey;
  if (e.key.toLowerCase() !== s.key || mod !== Boolean(s.mod)) return false;
  if (s.shift !== undefined && s.shift !== e.shiftKey) return false;
  if (!s.whileTyping && isTyping(e.target)) return false;
  // Plain keys: not with Alt (menu accelerators) and not in a select, which uses letters to pick options.
  if (!s.mod && (e.altKey || e.target instanceof HTMLSelectElement)) return false;
  return true;
}

export function actionForKey(e: KeyboardEvent, actions: readonly Action[] = ACTIONS): Action | undefined {
  return actions.find((a) => a.shortcut?.some((s) => matches(s, e)));
}

export function useKeyboard(ctx: () => ActionContext, onEscape: () => void): void {
  const latest = useRef({ ctx, onEscape });
  latest.current = { ctx, onEscape };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        latest.current.onEscape();
        return;
      }
      const action = actionForKey(e);
      if (!action) return;
      e.preventDefault();
      action.run(latest.current.ctx());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
