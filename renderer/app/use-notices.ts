/** Notices: at most five at a time; confirmations go by themselves after a few seconds, problems stay. */
import { useCallback, useRef, useState } from 'react';
import type { Notice } from '../components/Notices';

export type Notify = (tone: Notice['tone'], text: Notice['text'], details?: string[]) => void;

export function useNotices(): { notices: Notice[]; notify: Notify; dismiss(id: number): void } {
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(0);
  const notify = useCallback<Notify>((tone, text, details) => {
    const id = ++nextId.current;
    setNotices((n) => [...n.slice(-4), { id, tone, text, details }]);
    // a notice with a list to read stays until dismissed
    if (tone === 'info' && !details?.length) setTimeout(() => setNotices((n) => n.filter((x) => x.id !== id)), 6000);
  }, []);
  const dismiss = useCallback((id: number) => setNotices((n) => n.filter((x) => x.id !== id)), []);
  return { notices, notify, dismiss };
}
