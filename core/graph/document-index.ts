import type { DocumentNode } from '../model';
import { layoutNormal } from './same-text';
import type { RemitGraph } from './types';

/**
 * A graph's document nodes, for one build (BuildContext): found by one walk over the graph the first time they are
 * asked for, then told of each document added. A document without a number is matched to other formats of it by its
 * title, and a number claimed by a second text is compared with the texts under it; each used to walk every node of
 * the graph, once per document, which made opening many such documents cost nodes × documents. A build that never
 * asks (numbered documents, each number claimed once: the common case) never walks.
 *
 * An entry is checked against the graph when it is read, so a document removed since (replaced, or undone after a
 * failure) is never returned; one restored by an undo was there before, or was added while the index was kept.
 */
export class DocumentIndex {
  /** undefined until first asked for: the walk finds every document there is by then */
  private titles: Map<string, Set<string>> | undefined;
  private readonly ids = new Set<string>();
  /** each compared document's text in layoutNormal, by id, with the text it was made from */
  private readonly laidOut = new Map<string, { text: string; normal: string }>();

  constructor(private readonly graph: RemitGraph) {}

  /** Tells the index of a document just added (nothing to do before the walk, which will find it). */
  add(id: string, attrs: DocumentNode): void {
    if (this.titles === undefined) return;
    this.ids.add(id);
    let titled = this.titles.get(attrs.title);
    if (titled === undefined) this.titles.set(attrs.title, (titled = new Set()));
    titled.add(id);
  }

  private walked(): Map<string, Set<string>> {
    if (this.titles === undefined) {
      this.titles = new Map();
      this.graph.forEachNode((id, attrs) => {
        if (attrs.kind === 'document') this.add(id, attrs);
      });
    }
    return this.titles;
  }

  /** The documents in the graph with this title, in the order they were met. */
  titled(title: string): Array<[string, DocumentNode]> {
    return this.present(this.walked().get(title) ?? [], (attrs) => attrs.title === title);
  }

  /** Every document in the graph whose id starts with `prefix`. */
  withIdPrefix(prefix: string): Array<[string, DocumentNode]> {
    this.walked();
    return this.present([...this.ids].filter((id) => id.startsWith(prefix)), () => true);
  }

  /**
   * A document's text in layoutNormal (core/graph/same-text.ts), made once for the build: a text compared with every
   * new document of its title was laid out again for each.
   */
  layoutOf(id: string, text: string): string {
    let known = this.laidOut.get(id);
    if (known?.text !== text) this.laidOut.set(id, (known = { text, normal: layoutNormal(text) }));
    return known.normal;
  }

  private present(ids: Iterable<string>, keep: (attrs: DocumentNode) => boolean): Array<[string, DocumentNode]> {
    const out: Array<[string, DocumentNode]> = [];
    for (const id of ids) {
      if (!this.graph.hasNode(id)) continue;
      const attrs = this.graph.getNodeAttributes(id);
      if (attrs.kind === 'document' && keep(attrs)) out.push([id, attrs]);
    }
    return out;
  }
}

/** The build's index of `graph` (one per graph: a context may serve several). */
export function documentIndex(indexes: WeakMap<RemitGraph, DocumentIndex>, graph: RemitGraph): DocumentIndex {
  let index = indexes.get(graph);
  if (index === undefined) indexes.set(graph, (index = new DocumentIndex(graph)));
  return index;
}
