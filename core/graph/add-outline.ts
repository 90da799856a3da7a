import { itemId } from '../ids';
import { numberedHeading } from '../item-title';
import type { ItemNode, OutlineItem, ParsedDocument } from '../model';
import type { BuildContext } from './context';
import { addGraphNode, NO_ALIASES } from './create';
import { addFact, addNewFact } from './edges';
import type { RemitGraph } from './types';
import { announceNodeChange } from './undo-log';

/**
 * Sections are the top-level headings that group other items (一、总体要求); every other numbered item is an article.
 * A top-level item with no children is an article too: in notices such as 国办发〔2018〕117号 the 一、 items are the
 * clauses that carry the responsibility annotations.
 */
export function addOutline(graph: RemitGraph, doc: ParsedDocument, docId: string, docKey: string, context: BuildContext): Map<string, string> {
  const hasChildren = new Set<string>();
  for (const item of doc.items) if (item.parent !== undefined) hasChildren.add(item.parent);
  const ids = new Map<string, string>();
  for (const item of doc.items) {
    // The document's old items went with it (addDocument removes a document before adding it again), so an item's node
    // exists only when the outline repeats its path: asked of this document's ids rather than of the whole graph,
    // whose lookup hashes the fresh id string and walks a table of every node. addGraphNode throws on a node that
    // exists, so a broken assumption shows.
    const again = ids.has(item.path);
    const id = again ? ids.get(item.path)! : itemId(docKey, item.path);
    ids.set(item.path, id);
    const attrs = itemAttributes(item, docId, item.level === 1 && hasChildren.has(item.path) ? 'section' : 'article');
    const parent = (item.parent !== undefined ? ids.get(item.parent) : undefined) ?? docId;
    if (again) {
      announceNodeChange(graph, id);
      graph.mergeNode(id, attrs);
      addFact(graph, 'contains', parent, id, undefined, undefined, context.edgeKeys);
    } else {
      addGraphNode(graph, id, attrs);
      addNewFact(graph, 'contains', parent, id, undefined, undefined, context.edgeKeys);
    }
  }
  return ids;
}

function itemAttributes(item: OutlineItem, docId: string, kind: 'section' | 'article'): ItemNode {
  const heading = item.heading.trim();
  return {
    kind,
    label: numberedHeading(item.label, heading),
    aliases: NO_ALIASES,
    document: docId,
    path: item.path,
    itemLabel: item.label,
    level: item.level,
    heading,
    text: item.text,
    start: item.start,
    end: item.end,
  };
}
