/**
 * Messages between the page and the parsing worker. Bytes travel as transferables. The worker owns the graph and
 * the documents' texts; after each open or remove it sends what changed (GraphChange), never the texts, which the
 * page asks for when it shows evidence or exports (a `texts` request). Workspace files are written here.
 */
import type { GraphDiff } from '../../core/graph/changes';
import type { Positions } from '../state/view';

/** `format`, `pages`: of a document restored from a workspace, whose text was first read from a PDF or Word file */
export interface WorkerFile { name: string; path?: string; bytes: Uint8Array; format?: string; pages?: number[] }
/**
 * A loaded document as the page knows it: its graph node and where it came from, not its text; `copies` are the other
 * files that hold the same document in another format (see core/graph/same-text.ts).
 */
export interface DocumentEntry { id: string; name: string; path?: string; copies?: { name: string; path?: string }[] }
export interface FileFailure { name: string; reason: string }

/** What changed in the graph since the last message (core/graph/changes.ts), and which documents came and went. */
export interface GraphChange extends GraphDiff {
  documents: { added: DocumentEntry[]; removed: string[] };
}

export type WorkerRequest =
  | { type: 'open'; id: number; files: WorkerFile[]; replace?: boolean }
  | { type: 'synthetic'; id: number; nodes: number; edges: number }
  /**
   * documents to take out of the graph: by document node id (with all their files), or files to close by the path or
   * the name they were read from (a copy of a document closes alone)
   */
  | { type: 'remove'; id: number; documentIds: string[]; paths: string[]; names?: string[] }
  /** document texts by document node id; all documents' when null */
  | { type: 'texts'; id: number; documentIds: string[] | null }
  /** the workspace file for this view, with the documents' texts, which only the worker holds */
  | { type: 'workspace'; id: number; view: object }
  | { type: 'betweenness'; id: number }
  | { type: 'layout'; id: number; nodeIds: string[] | null; pinned: Positions }
  /** stops reading the files of the 'open' request `target`; files already read are kept, the rest fail as cancelled */
  | { type: 'cancel'; id: number; target: number };

export interface ChangePayload {
  type: 'change';
  id: number;
  change: GraphChange;
  /** file names read (open) or taken out (remove) by this request */
  loaded: string[];
  failures: FileFailure[];
  /** a 'placement' message with first positions follows (first loads) */
  placementPending: boolean;
  /** worker timeline in epoch milliseconds, for the UI benchmark */
  marks?: Record<string, number>;
  /** set by the page's client when the message arrived, epoch milliseconds */
  receivedAt?: number;
}

export type WorkerResponse =
  | ChangePayload
  | { type: 'texts'; id: number; texts: Record<string, string> }
  | { type: 'workspace'; id: number; text: string }
  | { type: 'betweenness'; id: number; values: Record<string, number> }
  | { type: 'layout'; id: number; positions: Positions }
  | { type: 'placement'; id: number; positions: Positions; marks?: Record<string, number> }
  | { type: 'error'; id: number; message: string }
  /** reading the files of the 'open' request `id`: file `file` of `files`, page `page` of `pages` (PDF; 1 of 1 otherwise) */
  | ReadProgress;

export interface ReadProgress { type: 'progress'; id: number; name: string; file: number; files: number; page: number; pages: number }
