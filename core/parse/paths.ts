/**
 * Outline paths (一、, 一、（一）, 附件1：2.) as nodes made once and shared by every document. The same paths recur in
 * document after document: a node is looked up from its parent by one label rather than built and hashed again, its
 * string is kept once for all the items that bear it, and the node itself records which reading of an outline last
 * used it, which is how a reading keeps its paths unique without a set of its own.
 */
export interface PathNode {
  readonly path: string;
  /** the reading that used this path last (see beginReading) */
  usedBy: number;
  /** the nodes one label further down, made as they are met */
  children: Map<string, PathNode> | undefined;
}

/** Every node by its path, so that a path reached by two routes is still one node. */
const nodes = new Map<string, PathNode>();
/** More paths than the outlines of any one document hold: all are forgotten between readings once there are more. */
const NODES_MAX = 8192;
let readings = 0;

/** Starts reading an outline: returns the id it marks the paths it uses with. Forgets every path if there are too many. */
export function beginReading(): number {
  if (nodes.size >= NODES_MAX) nodes.clear();
  return ++readings;
}

/** The node of a path, or of a prefix that paths extend ('' at the start of a document, 附件1： after an attachment line). */
export function pathNode(path: string): PathNode {
  let node = nodes.get(path);
  if (node === undefined) {
    node = { path, usedBy: 0, children: undefined };
    nodes.set(path, node);
  }
  return node;
}

/** The node of `parent`'s path followed by `label`. */
export function childNode(parent: PathNode, label: string): PathNode {
  let node = parent.children?.get(label);
  if (node === undefined) {
    node = pathNode(parent.path + label);
    (parent.children ??= new Map()).set(label, node);
  }
  return node;
}

/** Marks the path as used by the reading; false when the reading has used it already. */
export function claim(node: PathNode, reading: number): boolean {
  if (node.usedBy === reading) return false;
  node.usedBy = reading;
  return true;
}
