/**
 * The outline paths (一、, 一、（一）, 附件1：2.) of one reading of an outline, as a tree of nodes: a child is looked up
 * from its parent by one label rather than built and hashed again, and each node records whether the reading has
 * used it already, which is how the reading keeps its paths unique without a set of its own.
 *
 * One table per reading (`new PathTable()` in parseOutline): nothing is kept from one document, or one reading, to
 * the next, so readings can run side by side.
 */
export interface PathNode {
  readonly path: string;
  /** whether the reading has given this path to an item */
  used: boolean;
  /** the nodes one label further down, made as they are met */
  children: Map<string, PathNode> | undefined;
}

export class PathTable {
  /** Every node by its path, so that a path reached by two routes is still one node. */
  private readonly nodes = new Map<string, PathNode>();

  /** The node of a path, or of a prefix that paths extend ('' at the start of a document, 附件1： after an attachment line). */
  node(path: string): PathNode {
    let node = this.nodes.get(path);
    if (node === undefined) {
      node = { path, used: false, children: undefined };
      this.nodes.set(path, node);
    }
    return node;
  }

  /** The node of `parent`'s path followed by `label`. */
  child(parent: PathNode, label: string): PathNode {
    let node = parent.children?.get(label);
    if (node === undefined) {
      node = this.node(parent.path + label);
      (parent.children ??= new Map()).set(label, node);
    }
    return node;
  }
}

/** Marks the path as used; false when it was used already. */
export function claim(node: PathNode): boolean {
  if (node.used) return false;
  node.used = true;
  return true;
}
