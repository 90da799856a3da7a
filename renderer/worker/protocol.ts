/** Messages between the page and the parsing worker. Bytes travel as transferables; graphs as graphology exports. */
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, NodeAttributes } from '../../core/model';
import type { Positions } from '../state/view';

/** `pages`: page starts of a document restored from a workspace, whose text was first read from a PDF */
export interface WorkerFile { name: string; path?: string; bytes: Uint8Array; format?: string; pages?: number[] }
/** `format` and `pages` (page starts in `text`) are kept for documents read from web pages, PDF or Word */
export interface LoadedDocument { name: string; path?: string; text: string; format?: string; pages?: number[] }
export interface FileFailure { name: string; reason: string }

export type WorkerRequest =
  | { type: 'open'; id: number; files: WorkerFile[]; replace?: boolean }
  | { type: 'synthetic'; id: number; nodes: number; edges: number }
  /** documents to take out of the graph: by document node id, or by the path they were read from */
  | { type: 'remove'; id: number; documentIds: string[]; paths: string[] }
  | { type: 'betweenness'; id: number }
  | { type: 'layout'; id: number; nodeIds: string[] | null; pinned: Positions }
  /** stops reading the files of the 'open' request `target`; files already read are kept, the rest fail as cancelled */
  | { type: 'cancel'; id: number; target: number };

export interface GraphPayload {
  type: 'graph';
  id: number;
  graph: SerializedGraph<NodeAttributes, EdgeAttributes>;
  /** file names read successfully by this request */
  loaded: string[];
  failures: FileFailure[];
  /** lower-cased search keys per node (names, aliases, English, abbreviations, pinyin) */
  searchKeys: Record<string, string[]>;
  documents: LoadedDocument[];
  /** a 'placement' message with first positions follows (first loads) */
  placementPending: boolean;
  /** worker timeline in epoch milliseconds, for the UI benchmark */
  marks?: Record<string, number>;
}

export type WorkerResponse =
  | GraphPayload
  | { type: 'betweenness'; id: number; values: Record<string, number> }
  | { type: 'layout'; id: number; positions: Positions }
  | { type: 'placement'; id: number; positions: Positions; marks?: Record<string, number> }
  | { type: 'error'; id: number; message: string }
  /** reading the files of the 'open' request `id`: file `file` of `files`, page `page` of `pages` (PDF; 1 of 1 otherwise) */
  | ReadProgress;

export interface ReadProgress { type: 'progress'; id: number; name: string; file: number; files: number; page: number; pages: number }
