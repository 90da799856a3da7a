/**
 * What the shell exposes beyond React: the view state for workspaces and a few hooks used by end-to-end tests and
 * the UI benchmark (`window.__remit`). Registered by App on mount.
 */
import type { WorkspaceView } from '../core/workspace';

export interface RemitAppApi {
  getViewState(): WorkspaceView;
  applyViewState(view: WorkspaceView): void;
  /** documents currently loaded (their texts stay in the worker) */
  getDocuments(): { name: string; path?: string }[];
  /** visible node ids (all when nothing is filtered) */
  visibleNodeIds(): string[];
  /** takes documents out by file name, as their details panel's Remove button does (benchmark) */
  removeDocuments(fileNames: string[]): Promise<void>;
  /** runs a host command as if a menu had sent it (tests; the web host has no menus) */
  command(command: import('./host/types').HostCommand): void;
  /** the Cytoscape instance, for tests that inspect the canvas */
  cy(): import('cytoscape').Core | null;
  /** timings of the first render, for bench/ui.ts */
  timings: {
    graphReceived?: number; interactive?: number; layoutMs?: number; renderMs?: number; layouts?: { layout: string; ms: number }[]; worker?: Record<string, number>;
    /** each open or remove on the app's path (bench/ui.ts) */
    changes?: ChangeTiming[];
  };
}

/** One open or remove, in milliseconds along the app's path, and the page graph's size after it. */
export interface ChangeTiming {
  kind: 'open' | 'remove';
  files: number;
  /** worker: decode and parse the files */
  read: number;
  /** worker: add them to (or take them out of) the graph */
  add: number;
  /** worker: search keys and the message to send */
  prepare: number;
  /** worker → page: copying the message out and in */
  transfer: number;
  /** page: applying it to the page's graph */
  import: number;
  /** page: from asking the worker to the page's graph being current */
  total: number;
  /** the page graph's size after the change */
  nodes: number;
  edges: number;
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
