/** A small accessible menu button: arrow keys move, Escape closes and returns focus. */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface MenuItem { label: string; onSelect(): void; disabled?: boolean }

export function MenuButton({ label, title, items, children }: { label: string; title?: string; items: MenuItem[]; children?: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (!open) return;
    list.current?.querySelector<HTMLElement>('[role=menuitem]:not([disabled])')?.focus();
    const away = (e: MouseEvent) => {
      if (!list.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('mousedown', away);
    return () => window.removeEventListener('mousedown', away);
  }, [open]);
  return (
    <div className="menu">
      <button ref={button} type="button" className="btn" aria-haspopup="menu" aria-expanded={open} aria-controls={id} aria-label={label} title={title ?? label} onClick={() => setOpen(!open)}>
        {children ?? label}
      </button>
      {open && (
        <ul
          ref={list}
          id={id}
          role="menu"
          aria-label={label}
          className="menu-list"
          onKeyDown={(e) => {
            const items = [...(list.current?.querySelectorAll<HTMLElement>('[role=menuitem]:not([disabled])') ?? [])];
            const i = items.indexOf(document.activeElement as HTMLElement);
            if (e.key === 'ArrowDown') { e.preventDefault(); items[(i + 1) % items.length]?.focus(); }
            else if (e.key === 'ArrowUp') { e.preventDefault(); items[(i - 1 + items.length) % items.length]?.focus(); }
            else if (e.key === 'Escape') { e.stopPropagation(); setOpen(false); button.current?.focus(); }
          }}
        >
          {items.map((item) => (
            <li key={item.label} role="none">
              <button type="button" role="menuitem" tabIndex={-1} disabled={item.disabled} onClick={() => { setOpen(false); item.onSelect(); }}>
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
