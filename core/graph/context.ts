import type { AgencyRecord } from '../model';
import { newMarks, type Marks } from '../text/marks';
import type { RegionCache } from './add-regions';
import type { DocumentIndex } from './document-index';
import { EdgeKeys } from './edges';
import type { RemitGraph } from './types';

/**
 * What building a graph remembers from one document to the next: answers that depend only on a name as written (or on
 * an agency record), the key prefixes of the edges' sources met lately, and the arrays an item's marks are read into.
 * The same few hundred names recur in every document, and working each out again (pinyin, NFKC, the registry) costs far
 * more than a lookup.
 *
 * Owned by whoever builds (`buildGraph`, `addDocuments`, a caller of `addDocument`), never by a module: two builds can
 * run interleaved or one inside another, and each does its own work once. Every answer kept here depends only on the
 * name (or record), so a context may also serve several graphs.
 */
export interface BuildContext {
  /** region name as written → its node id and canonical form */
  readonly regions: RegionCache;
  /** agency name as written in an item's text → its record (undefined: none) */
  readonly agencies: Map<string, AgencyRecord | undefined>;
  /** body as written in an annotation → its record (null: an unnamed body such as 有关部门) */
  readonly bodies: Map<string, AgencyRecord | null>;
  /**
   * agency record → its node id, made once a record: weak, as a body the registry does not know has a record of its own
   * each time it is named (core/graph/agency-node.ts)
   */
  readonly agencyNodeIds: WeakMap<AgencyRecord, string>;
  /** platform name → its node id (core/graph/platform-node.ts) */
  readonly platformIds: Map<string, string>;
  readonly edgeKeys: EdgeKeys;
  /** each graph's document nodes by title (core/graph/document-index.ts), made when first asked for */
  readonly documents: WeakMap<RemitGraph, DocumentIndex>;
  /** the marks of the item being read (core/text/marks.ts), reused from item to item */
  readonly marks: Marks;
}

export function createBuildContext(): BuildContext {
  return {
    regions: new Map(), agencies: new Map(), bodies: new Map(), agencyNodeIds: new WeakMap(), platformIds: new Map(), edgeKeys: new EdgeKeys(), documents: new WeakMap(), marks: newMarks(),
  };
}
