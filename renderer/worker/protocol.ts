/** Messages between the page and the parsing worker. Bytes travel as transferables; graphs as graphology exports. */
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, NodeAttributes } from '../../core/model';
import type { Positions } from '../state/view';

export interface WorkerFile { name: string; path?: string; bytes: Uint8Array }
export interface LoadedDocument { name: string; path?: string; text: string }
export interface FileFailure { name: string; reason: string }

export type WorkerRequest =
  | { type: 'open'; id: number; files: WorkerFile[]; replace?: boolean }
  | { type: 'synthetic'; id: number; nodes: number; edges: number }
  /** documents to take out of the graph: by document node id, or by the path they were read from */
  | { type: 'remove'; id: number; documentIds: string[]; paths: string[] }
  | { type: 'betweenness'; id: number }
  | { type: 'layout'; id: number; nodeIds: string[] | null; pinned: Positions };

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
  | { type: 'error'; id: number; message: string };
