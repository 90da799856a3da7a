import type { EdgeAttributes, NodeAttributes } from '../model';
import { addGraphNode } from './create';
import type { RemitGraph } from './types';

/** How a node's or edge's attributes were before this build first changed them in place. */
interface Before<A> {
  attrs: A;
  copy: A;
  /** the lengths of its lists: lists are only ever appended to in place (evidence), or replaced */
  lengths: [string, number][];
}

/**
 * What one document's building did to a graph, in order, so that a failure half-way can be undone exactly and the
 * graph need not be copied first (a copy of a 1,000-document graph took most of the seconds adding one cost).
 *
 * Nodes and edges added or dropped (a replaced document's removal included) are heard from the graph's own events,
 * which carry what a dropped one held. Changes to attributes are announced on the graph by the code that makes them,
 * before it makes them (announceNodeChange, announceEdgeChange): graphology reports only the new value, and appending
 * evidence to a shared edge is done in place without any event. Only the first change of each node or edge is kept.
 *
 * The log is found by nothing but the graph's own events: no table of logs by graph, so code that changes a graph
 * needs no handle on the log, and builds of different graphs know nothing of each other.
 */
export class UndoLog {
  private steps: (() => void)[] = [];
  private touched = new Set<string>();
  private readonly listeners = {
    nodeAdded: ({ key }: { key: string }) => {
      this.touched.add(`n${key}`);
      this.record(() => this.graph.dropNode(key));
    },
    edgeAdded: ({ key }: { key: string }) => {
      this.touched.add(`e${key}`);
      this.record(() => this.graph.dropEdge(key));
    },
    nodeDropped: ({ key, attributes }: { key: string; attributes: NodeAttributes }) => {
      this.record(() => addGraphNode(this.graph, key, attributes));
    },
    edgeDropped: ({ key, attributes, source, target }: { key: string; attributes: EdgeAttributes; source: string; target: string }) => {
      this.record(() => this.graph.addDirectedEdgeWithKey(key, source, target, attributes));
    },
    [BEFORE_NODE_CHANGE]: (id: string) => this.beforeNodeChange(id),
    [BEFORE_EDGE_CHANGE]: (key: string) => this.beforeEdgeChange(key),
  };

  constructor(private readonly graph: RemitGraph) {}

  /** Starts listening; the log's listeners go first, so that one that throws after it cannot hide a change. */
  open(): void {
    const events = emitter(this.graph);
    for (const [event, listener] of Object.entries(this.listeners)) events.prependListener(event, listener);
  }

  close(): void {
    const events = emitter(this.graph);
    for (const [event, listener] of Object.entries(this.listeners)) events.removeListener(event, listener);
    this.forget();
  }

  /** What has been done so far stays: the next document starts a log of its own. */
  forget(): void {
    this.steps = [];
    this.touched = new Set();
  }

  /** Undoes everything recorded, the last change first, and forgets it. */
  undo(): void {
    const steps = this.steps;
    this.close();
    for (let k = steps.length - 1; k >= 0; k--) steps[k]();
    this.open();
  }

  /** One change to undo (also the one place every change passes, which tests use to fail a build at any step). */
  record(step: () => void): void {
    this.steps.push(step);
  }

  private beforeNodeChange(id: string): void {
    this.beforeChange(`n${id}`, () => this.graph.getNodeAttributes(id), (attrs) => this.graph.replaceNodeAttributes(id, attrs));
  }

  private beforeEdgeChange(key: string): void {
    this.beforeChange(`e${key}`, () => this.graph.getEdgeAttributes(key), (attrs) => this.graph.replaceEdgeAttributes(key, attrs));
  }

  /** Keeps the attributes as they are now, to be put back on undo (`touchedKey`: n or e, then the id or key). */
  private beforeChange<A extends object>(touchedKey: string, get: () => A, replace: (attrs: A) => void): void {
    if (this.touched.has(touchedKey)) return;
    this.touched.add(touchedKey);
    const before = snapshot(get());
    this.record(() => {
      const attrs = restore(before);
      if (get() !== attrs) replace(attrs);
    });
  }
}

/** Events of our own on the graph's emitter, announcing a change to attributes before it is made. */
const BEFORE_NODE_CHANGE = 'remit:beforeNodeChange';
const BEFORE_EDGE_CHANGE = 'remit:beforeEdgeChange';

/**
 * The graph as the event emitter it is (graphology's Graph extends EventEmitter): its typings admit only graphology's
 * own event names.
 */
interface Emitter {
  emit(event: string, ...args: unknown[]): boolean;
  prependListener(event: string, listener: (...args: never[]) => void): unknown;
  removeListener(event: string, listener: (...args: never[]) => void): unknown;
}
const emitter = (graph: RemitGraph): Emitter => graph as unknown as Emitter;

/** Tells a log recording changes to `graph`, if one is, that node `id`'s attributes are about to change in place. */
export const announceNodeChange = (graph: RemitGraph, id: string): void => void emitter(graph).emit(BEFORE_NODE_CHANGE, id);

/** Tells a log recording changes to `graph`, if one is, that edge `key`'s attributes are about to change in place. */
export const announceEdgeChange = (graph: RemitGraph, key: string): void => void emitter(graph).emit(BEFORE_EDGE_CHANGE, key);

function snapshot<A extends object>(attrs: A): Before<A> {
  const lengths: [string, number][] = [];
  for (const [name, value] of Object.entries(attrs)) if (Array.isArray(value)) lengths.push([name, value.length]);
  return { attrs, copy: { ...attrs }, lengths };
}

/** The attributes object as it was, changed back in place (a frozen shared one was never changed, only replaced). */
function restore<A extends object>({ attrs, copy, lengths }: Before<A>): A {
  for (const [name, length] of lengths) {
    const list = (copy as Record<string, unknown[]>)[name];
    if (!Object.isFrozen(list)) list.length = length;
  }
  if (Object.isFrozen(attrs)) return attrs;
  for (const name of Object.keys(attrs)) if (!(name in copy)) delete (attrs as Record<string, unknown>)[name];
  Object.assign(attrs, copy);
  return attrs;
}
