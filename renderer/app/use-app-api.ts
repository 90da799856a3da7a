/** Registers `window.__remit` (renderer/app-api.ts) for workspaces, end-to-end tests and the UI benchmark. */
import { useEffect, useRef, type RefObject } from 'react';
import type { Core } from 'cytoscape';
import type { RemitGraph } from '../../core/graph/types';
import type { WorkspaceView } from '../../core/workspace';
import { registerAppApi } from '../app-api';
import type { HostCommand } from '../host/types';
import type { ViewState } from '../state/view';
import { toWorkspaceView } from '../state/workspaceView';
import type { DocumentEntry } from '../worker/protocol';
import type { Timings } from './use-documents';

export interface AppApiState {
  view: ViewState;
  documents: DocumentEntry[];
  visible: ReadonlySet<string> | null;
  cy: Core | null;
  command(command: HostCommand): void;
  removeDocuments(which: { names: string[] }, deleted: boolean): Promise<void>;
}

export function useAppApi(graph: RemitGraph, state: AppApiState, applyView: (view: WorkspaceView) => void, timings: RefObject<Timings>): void {
  const latest = useRef(state);
  latest.current = state;
  useEffect(() => {
    registerAppApi({
      getViewState: () => toWorkspaceView(latest.current.view),
      applyViewState: (wv) => applyView(wv),
      // every file, copies of a document opened in several formats too
      getDocuments: () => latest.current.documents.flatMap(({ name, path, copies }) => [path === undefined ? { name } : { name, path }, ...(copies ?? [])]),
      visibleNodeIds: () => (latest.current.visible ? [...latest.current.visible] : graph.nodes()),
      cy: () => latest.current.cy,
      command: (c) => latest.current.command(c),
      removeDocuments: (names) => latest.current.removeDocuments({ names }, false),
      timings: timings.current,
    });
    return () => registerAppApi(undefined);
  }, [graph, applyView, timings]);
}
