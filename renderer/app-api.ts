/**
 * What the shell exposes beyond React: the view state for workspaces and a few hooks used by end-to-end tests and
 * the UI benchmark (`window.__remit`). Registered by App on mount.
 */
import type { WorkspaceView } from '../core/workspace';

export interface RemitAppApi {
  getViewState(): WorkspaceView;
  applyViewState(view: WorkspaceView): void;
  /** documents currently loaded, as workspace entries */
  getDocuments(): { name: string; path?: string; text: string }[];
  /** visible node ids (all when nothing is filtered) */
  visibleNodeIds(): string[];
  /** runs a host command as if a menu had sent it (tests; the web host has no menus) */
  command(command: import('./host/types').HostCommand): void;
  /** the Cytoscape instance, for tests that inspect the canvas */
  cy(): import('cytoscape').Core | null;
  /** timings of the first render, for bench/ui.ts */
  timings: { graphReceived?: number; interactive?: number; layoutMs?: number; renderMs?: number; layouts?: { layout: string; ms: number }[]; worker?: Record<string, number> };
}

let api: RemitAppApi | undefined;

export function registerAppApi(next: RemitAppApi | undefined): void {
  api = next;
  (window as unknown as { __remit?: RemitAppApi }).__remit = next;
}

export function getViewState(): WorkspaceView | undefined {
  return api?.getViewState();
}

export function applyViewState(view: WorkspaceView): void {
  api?.applyViewState(view);
}
