/**
 * Which workspace paths main may write without asking. The page only ever names a path; main
 * writes there only if the user picked that path in a dialog this session, and never over a file
 * that was opened damaged or foreign (that file may be the only copy of someone's work).
 */

export type SaveDecision =
  | { kind: 'write'; path: string }
  | { kind: 'ask'; reason: 'no-path' | 'not-granted' | 'damaged'; defaultPath?: string };

export class WorkspaceAccess {
  private readonly granted = new Set<string>();
  private readonly damaged = new Set<string>();

  /** normalise: absolute, and case-folded where the file system usually is case-insensitive */
  constructor(private readonly normalise: (path: string) => string) {}

  /** the user chose this path in an open or save dialog */
  grant(path: string): void {
    const key = this.normalise(path);
    this.granted.add(key);
  }

  /** opened, but not readable as a workspace: never overwrite it without an explicit Save As */
  markDamaged(path: string): void {
    this.damaged.add(this.normalise(path));
  }

  isDamaged(path: string): boolean {
    return this.damaged.has(this.normalise(path));
  }

  /** the user confirmed this path in a Save As dialog (which asks before replacing), so it is fair game */
  savedAs(path: string): void {
    const key = this.normalise(path);
    this.damaged.delete(key);
    this.granted.add(key);
  }

  decideSave(path: string | undefined): SaveDecision {
    if (path === undefined) return { kind: 'ask', reason: 'no-path' };
    const key = this.normalise(path);
    if (this.damaged.has(key)) return { kind: 'ask', reason: 'damaged' };
    if (!this.granted.has(key)) return { kind: 'ask', reason: 'not-granted', defaultPath: path };
    return { kind: 'write', path };
  }
}

/** A default name for Save As next to a damaged file, so the dialog does not suggest overwriting it. */
export function alternativeWorkspaceName(path: string, extension: string): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const folder = slash >= 0 ? path.slice(0, slash + 1) : '';
  const base = (slash >= 0 ? path.slice(slash + 1) : path).replace(/\.[^.]*$/, '');
  return `${folder}${base} (recovered).${extension}`;
}
