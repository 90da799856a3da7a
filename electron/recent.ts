/** The recent-files list: newest first, no duplicates, bounded. Stored as JSON in userData. */

export const MAX_RECENT = 10;

export function addRecent(list: readonly string[], path: string, same: (a: string, b: string) => boolean = (a, b) => a === b, max = MAX_RECENT): string[] {
  return [path, ...list.filter((item) => !same(item, path))].slice(0, max);
}

export function removeRecent(list: readonly string[], path: string, same: (a: string, b: string) => boolean = (a, b) => a === b): string[] {
  return list.filter((item) => !same(item, path));
}

/** Reads the stored list, tolerating a missing, damaged or hand-edited file. */
export function parseRecent(text: string | undefined): string[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    const list = Array.isArray(value) ? value : (value as { recent?: unknown })?.recent;
    if (!Array.isArray(list)) return [];
    return list.filter((item): item is string => typeof item === 'string' && item.length > 0 && !item.includes('\u0000')).slice(0, MAX_RECENT);
  } catch {
    return [];
  }
}

export function serializeRecent(list: readonly string[]): string {
  return JSON.stringify({ recent: list }, null, 2) + '\n';
}

export type RecentKind = 'workspace' | 'document' | 'folder';

/** What a recent entry is, judged from its name (folders are recorded with a trailing separator). */
export function recentKind(path: string): RecentKind {
  if (/[\\/]$/.test(path)) return 'folder';
  return /\.(remit|json)$/i.test(path) ? 'workspace' : 'document';
}

/**
 * A recent entry clicked in the menu is handed to the page through its normal open call: main
 * sends the command, and the page's next open request of that kind receives this file instead of a
 * dialog. Stale requests expire so a late, unrelated open still shows the dialog.
 */
export class PendingOpen {
  private pending: { kind: RecentKind; path: string; at: number } | undefined;

  constructor(private readonly ttlMs = 15_000) {}

  set(kind: RecentKind, path: string, now: number): void {
    this.pending = { kind, path, at: now };
  }

  take(kind: RecentKind, now: number): string | undefined {
    const pending = this.pending;
    if (!pending || pending.kind !== kind) return undefined;
    this.pending = undefined;
    return now - pending.at <= this.ttlMs ? pending.path : undefined;
  }
}
