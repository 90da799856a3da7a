/**
 * Workspaces and recovery: a workspace file holds the documents' texts and the view state; the host keeps the
 * latest unsaved state for recovery a little after each change, and offers it back on the next start.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { parseWorkspace, type WorkspaceView } from '../../core/workspace';
import type { Host } from '../host/types';
import { fmt } from '../i18n';
import type { ViewState } from '../state/view';
import { toWorkspaceView } from '../state/workspaceView';
import type { WorkerClient } from '../worker/client';
import { BENCH } from './launch';
import type { Documents } from './use-documents';
import type { Notify } from './use-notices';

export interface Workspace {
  openWorkspace(): Promise<void>;
  saveWorkspace(as: boolean): Promise<void>;
  /** replaces documents and view with a workspace's (a file, or what recovery kept) */
  restoreWorkspace(text: string, path?: string): Promise<void>;
  /** what recovery kept from last time, offered until taken or discarded */
  restoreOffer: string | null;
  takeOffer(restore: boolean): void;
}

export function useWorkspace(opts: {
  host: Host;
  worker: Pick<WorkerClient, 'workspace'>;
  view: ViewState;
  version: number;
  loadFiles: Documents['loadFiles'];
  applyView(view: WorkspaceView): void;
  notify: Notify;
  dirty: RefObject<boolean>;
}): Workspace {
  const { host, worker, view, version, loadFiles, applyView, notify, dirty } = opts;
  const path = useRef<string | undefined>(undefined);
  const [restoreOffer, setRestoreOffer] = useState<string | null>(null);

  const restoreWorkspace = useCallback(async (text: string, from?: string) => {
    const parsed = parseWorkspace(text);
    if (!parsed.ok) {
      notify('error', (s) => fmt(s.workspaceError, { reason: parsed.message }));
      return;
    }
    const encoder = new TextEncoder();
    const files = parsed.workspace.documents.map((d) => ({ name: d.name, path: d.path, bytes: encoder.encode(d.text), format: d.format, pages: d.pages }));
    await loadFiles(files, { replace: true, quiet: true });
    applyView(parsed.workspace.view);
    path.current = from;
    for (const w of parsed.warnings) notify('info', w);
  }, [loadFiles, applyView, notify]);

  /** The workspace file's text, written by the worker, which holds the documents' texts. */
  const workspaceText = useCallback(() => worker.workspace(toWorkspaceView(view)), [worker, view]);

  const saveWorkspace = useCallback(async (as: boolean) => {
    const result = await host.saveWorkspace(await workspaceText(), as ? undefined : path.current);
    if (result.saved) {
      path.current = result.path ?? path.current;
      dirty.current = false;
      await host.storeRecovery('');
      notify('info', (s) => s.workspaceSaved);
    }
  }, [host, workspaceText, notify, dirty]);

  const openWorkspace = useCallback(async () => {
    const file = await host.openWorkspace();
    if (file) await restoreWorkspace(file.text, file.path);
  }, [host, restoreWorkspace]);

  // Offer what recovery kept (the benchmark starts clean).
  useEffect(() => {
    if (BENCH) return;
    let cancelled = false;
    host.takeRecovery()
      .then((recovery) => { if (!cancelled && recovery) setRestoreOffer(recovery); })
      .catch((e: unknown) => notify('error', String(e)));
    return () => { cancelled = true; };
  }, [host, notify]);

  // Recovery: keep the latest unsaved state with the host, a little after the last change.
  useEffect(() => {
    if (!dirty.current || BENCH) return;
    let live = true;
    const timer = setTimeout(() => {
      void workspaceText().then((text) => { if (live) return host.storeRecovery(text); }).catch((e: unknown) => notify('error', String(e)));
    }, 1500);
    return () => { live = false; clearTimeout(timer); };
  }, [host, workspaceText, version, dirty, notify]);

  const takeOffer = useCallback((restore: boolean) => {
    const text = restoreOffer;
    setRestoreOffer(null);
    if (restore && text) void restoreWorkspace(text);
  }, [restoreOffer, restoreWorkspace]);

  return { openWorkspace, saveWorkspace, restoreWorkspace, restoreOffer, takeOffer };
}

