/** The page's side of the worker: one request, one promised answer. */
import ParseWorker from './parse.worker?worker&inline';
import type { Positions } from '../state/view';
import type { ChangePayload, ReadProgress, WorkerFile, WorkerRequest, WorkerResponse } from './protocol';
import type { PartWanted } from './parts/messages';
import { sendPart } from './parts/page';

/**
 * The worker is started as soon as this module is evaluated, before React renders the first frame: parsing its
 * code (graphology, Cytoscape, pinyin tables) is most of the time before the seed documents can be read, and it
 * runs on the other core while the page builds its shell. The first client takes it over.
 */
let prestarted: Worker | null = typeof Worker === 'function' ? new ParseWorker() : null;

type Pending = { resolve: (r: WorkerResponse) => void; reject: (e: Error) => void };
type Body<T> = T extends unknown ? Omit<T, 'id'> : never;

export class WorkerClient {
  private worker: Worker;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  /** receives the first placement that follows a graph sent with `placementPending` */
  onPlacement: ((positions: Positions, marks?: Record<string, number>) => void) | null = null;
  /** reading progress of an open request (file by file, page by page for PDFs) */
  onProgress: ((progress: ReadProgress) => void) | null = null;
  /** id of the open request being read, for cancelOpen */
  private opening: number | null = null;

  constructor() {
    this.worker = prestarted ?? new ParseWorker();
    prestarted = null;
    this.worker.onmessage = (event: MessageEvent<WorkerResponse | PartWanted>) => {
      // a reader's code, loaded for the worker on the first file of its kind (parts/host.ts)
      if (event.data.type === 'part-wanted') {
        sendPart(this.worker, event.data);
        return;
      }
      if (event.data.type === 'placement') {
        this.onPlacement?.(event.data.positions, event.data.marks);
        return;
      }
      if (event.data.type === 'progress') {
        this.onProgress?.(event.data);
        return;
      }
      // When a graph arrived: with the worker's `posted` mark, the cost of the transfer (copy out, copy in).
      if (event.data.type === 'change') event.data.receivedAt = performance.timeOrigin + performance.now();
      const p = this.pending.get(event.data.id);
      if (!p) return;
      this.pending.delete(event.data.id);
      if (event.data.type === 'error') p.reject(new Error(event.data.message));
      else p.resolve(event.data);
    };
    this.worker.onerror = (event) => {
      event.preventDefault();
      for (const p of this.pending.values()) p.reject(new Error(event.message || 'The document reader stopped unexpectedly.'));
      this.pending.clear();
    };
  }

  private request(body: Body<WorkerRequest>, transfer: Transferable[] = []): Promise<WorkerResponse> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...body, id } as WorkerRequest, transfer);
    });
  }

  async open(files: WorkerFile[], replace = false): Promise<ChangePayload> {
    const id = this.nextId;
    this.opening = id;
    try {
      const copies = files.map((f) => ({ ...f, bytes: f.bytes.slice() }));
      return (await this.request({ type: 'open', files: copies, replace }, copies.map((f) => f.bytes.buffer))) as ChangePayload;
    } finally {
      if (this.opening === id) this.opening = null;
    }
  }

  /** Stops reading the files of the open request in progress: those not read yet fail as cancelled. */
  cancelOpen(): void {
    if (this.opening === null) return;
    this.worker.postMessage({ type: 'cancel', id: this.nextId++, target: this.opening } satisfies WorkerRequest);
  }

  /** Document texts by document node id (all when null): the page's graph carries none. */
  async texts(documentIds: string[] | null): Promise<Record<string, string>> {
    const r = await this.request({ type: 'texts', documentIds });
    return r.type === 'texts' ? r.texts : {};
  }

  /** Takes documents out of the graph; `loaded` of the answer names the files removed (empty when none matched). */
  async remove(which: { documentIds?: string[]; paths?: string[]; names?: string[] }): Promise<ChangePayload> {
    return (await this.request({ type: 'remove', documentIds: which.documentIds ?? [], paths: which.paths ?? [], names: which.names ?? [] })) as ChangePayload;
  }

  async synthetic(nodes: number, edges: number): Promise<ChangePayload> {
    return (await this.request({ type: 'synthetic', nodes, edges })) as ChangePayload;
  }

  /** The workspace file's text for this view: the worker adds the documents with their texts. */
  async workspace(view: object): Promise<string> {
    const r = await this.request({ type: 'workspace', view });
    if (r.type !== 'workspace') throw new Error('The document reader did not write the workspace.');
    return r.text;
  }

  async betweenness(): Promise<Record<string, number>> {
    const r = await this.request({ type: 'betweenness' });
    return r.type === 'betweenness' ? r.values : {};
  }

  async forceLayout(nodeIds: string[] | null, pinned: Positions): Promise<Positions> {
    const r = await this.request({ type: 'layout', nodeIds, pinned });
    return r.type === 'layout' ? r.positions : {};
  }
}
