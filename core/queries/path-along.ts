/**
 * The shortest path between two nodes along chosen relations only. By default that is responsibility
 * (`leads`): two agencies are connected when a chain of shared assignments joins them, not because both
 * issued the same document or an item mentions both. Direction is ignored (科技部 → (三) ← 国资委 is a path).
 * Roles narrow the `leads` edges walked (e.g. lead only).
 */
import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { EdgeAttributes, EdgeKind } from '../model';
import type { RemitGraph } from '../graph/types';
import { roleTest, type RoleFilter } from './roles';
import type { GraphPath, PathStep } from './shortest-path';
import { undirectedCopy } from './undirected';

export const DEFAULT_PATH_RELATIONS: readonly EdgeKind[] = ['leads'];

export interface PathOptions {
  /** edge kinds a path may use; default responsibility only */
  relations?: readonly EdgeKind[];
  /** roles a `leads` edge must have; all when absent or empty */
  roles?: RoleFilter;
}

export function pathAlong(graph: RemitGraph, from: string, to: string, options: PathOptions = {}): GraphPath | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  if (from === to) return { nodes: [from], edges: [], steps: [] };
  const relations = new Set<EdgeKind>(options.relations?.length ? options.relations : DEFAULT_PATH_RELATIONS);
  const roleOk = roleTest(options.roles);
  const usable = (attr: EdgeAttributes) => relations.has(attr.kind) && (attr.kind !== 'leads' || roleOk(attr.role ?? 'responsible'));
  const nodes = bidirectional(undirectedCopy(graph, usable), from, to);
  if (!nodes) return null;
  const steps: PathStep[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const a = nodes[i];
    const b = nodes[i + 1];
    // the usable edge between a and b, in either direction
    const found = graph.findEdge(a, b, (_e, attr) => usable(attr)) ?? graph.findEdge(b, a, (_e, attr) => usable(attr));
    if (found === undefined) return null;
    steps.push({ from: a, to: b, edgeId: found, kind: graph.getEdgeAttribute(found, 'kind'), forward: graph.source(found) === a });
  }
  return { nodes, edges: steps.map((s) => s.edgeId), steps };
}
