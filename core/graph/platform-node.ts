import { platformId } from '../ids';
import { platformName } from '../entities/platform-name';
import type { PlatformMention, PlatformNode } from '../model';
import type { BuildContext } from './context';
import { addGraphNode, NO_ALIASES } from './create';
import type { RemitGraph } from './types';

const PLATFORM_PREFIX = platformId('');

/**
 * The platform's node, added when the graph has none; true when it was added just now (so that the caller's edge to it
 * is known to be new). The id is kept per name for the build (BuildContext): the same few hundred platforms are named
 * tens of thousands of times, and a fresh id string is hashed afresh at every graph lookup.
 */
export function ensurePlatformNode(graph: RemitGraph, context: BuildContext, p: PlatformMention): { id: string; added: boolean } {
  let id = context.platformIds.get(p.name);
  // the name the platform goes by (四川省成都市高新区 is 成都高新区: core/entities/platform-name.ts), worked out once per
  // name as written
  if (id === undefined) context.platformIds.set(p.name, (id = platformId(platformName(p.name))));
  if (graph.hasNode(id)) return { id, added: false };
  const attrs: PlatformNode = { kind: 'platform', label: id.slice(PLATFORM_PREFIX.length), aliases: NO_ALIASES, platformKind: p.platformKind };
  addGraphNode(graph, id, attrs);
  return { id, added: true };
}
