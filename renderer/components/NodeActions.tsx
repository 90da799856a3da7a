/** Actions on the selected node, shown over the canvas and in the right-click menu. */
import { useEffect, useRef } from 'react';
import type { Strings } from '../i18n';

export type NodeAction = 'focus1' | 'focus2' | 'focus3' | 'expand' | 'collapse' | 'pin' | 'unpin' | 'clearFocus';

export function availableActions(opts: { pinned: boolean; focused: boolean; expanded: boolean; collapsed: boolean }): NodeAction[] {
  const out: NodeAction[] = ['focus1', 'focus2', 'focus3', 'expand', 'collapse'];
  out.push(opts.pinned ? 'unpin' : 'pin');
  if (opts.focused) out.push('clearFocus');
  return out;
}

export function actionLabel(a: NodeAction, t: Strings): string {
  switch (a) {
    case 'focus1': return `${t.focusOn} · 1`;
    case 'focus2': return `${t.focusOn} · 2`;
    case 'focus3': return `${t.focusOn} · 3`;
    case 'expand': return t.expand;
    case 'collapse': return t.collapse;
    case 'pin': return t.pin;
    case 'unpin': return t.unpin;
    case 'clearFocus': return t.clearFocus;
  }
}

export function NodeActionBar({ title, actions, depth, t, onAction }: { title: string; actions: NodeAction[]; depth: number | null; t: Strings; onAction(a: NodeAction): void }) {
  return (
    <div className="node-actions" role="toolbar" aria-label={t.contextMenu}>
      <span className="node-actions-title" title={title}>{title}</span>
      <span className="seg" role="group" aria-label={t.focusDepth}>
        <span className="seg-label" aria-hidden="true">{t.focus}</span>
        {(['focus1', 'focus2', 'focus3'] as const).map((a, i) => (
          <button key={a} type="button" className={depth === i + 1 ? 'on' : undefined} aria-pressed={depth === i + 1} aria-label={actionLabel(a, t)} title={actionLabel(a, t)} onClick={() => onAction(a)}>
            {i + 1}
          </button>
        ))}
      </span>
      {actions.filter((a) => !a.startsWith('focus')).map((a) => (
        <button key={a} type="button" className="btn small" onClick={() => onAction(a)}>{actionLabel(a, t)}</button>
      ))}
    </div>
  );
}

export function ContextMenu({ x, y, actions, t, onAction, onClose }: { x: number; y: number; actions: NodeAction[]; t: Strings; onAction(a: NodeAction): void; onClose(): void }) {
  const ref = useRef<HTMLUListElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus();
    const away = (e: MouseEvent) => { if (!ref.current?.contains(e.target as Node)) onClose(); };
    window.addEventListener('mousedown', away);
    return () => window.removeEventListener('mousedown', away);
  }, [onClose]);
  return (
    <ul
      ref={ref}
      className="context-menu"
      role="menu"
      aria-label={t.contextMenu}
      style={{ left: x, top: y }}
      onKeyDown={(e) => {
        const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
        const i = items.indexOf(document.activeElement as HTMLElement);
        if (e.key === 'ArrowDown') { e.preventDefault(); items[(i + 1) % items.length]?.focus(); }
        else if (e.key === 'ArrowUp') { e.preventDefault(); items[(i - 1 + items.length) % items.length]?.focus(); }
        else if (e.key === 'Escape') { e.stopPropagation(); onClose(); }
      }}
    >
      {actions.map((a) => (
        <li key={a} role="none">
          <button type="button" role="menuitem" tabIndex={-1} onClick={() => { onAction(a); onClose(); }}>{actionLabel(a, t)}</button>
        </li>
      ))}
    </ul>
  );
}
