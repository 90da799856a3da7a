/**
 * Regions named in an item: one node per region however it is written, the `mentions` edge from the item, and the
 * chain of `located_in` edges up to the province — from what the text says (西部（成都）科学城 lies in 成都市) and then
 * from the gazetteer (成都市 lies in 四川省, 西城区 in 北京市). Every division below province level thus has its parent,
 * and the province is a region node of its own. The chain carries the mention's evidence, so that removing the
 * document removes what it alone brought.
 */
import { regionId } from '../ids';
import type { Evidence, RegionMention, RegionNode } from '../model';
import { canonicalCountry, canonicalDivision, canonicalRegion, divisionNamed, gazetteer, type CanonicalRegion, type Division } from '../entities';
import { addGraphNode, NO_ALIASES } from './create';
import { addFact } from './edges';
import type { RemitGraph } from './types';
import { announceNodeChange } from './undo-log';

/** Canonical forms by the name or code as written, remembered per graph: pinyin costs far more than the lookup. */
export type RegionCache = Map<string, { id: string; c: CanonicalRegion; division?: Division }>;

export function addRegionMention(graph: RemitGraph, cache: RegionCache, itemId: string, r: RegionMention, evidence: Evidence): void {
  const known = resolve(cache, r);
  const rid = ensureRegion(graph, known.id, known.c, r.name);
  addFact(graph, 'mentions', itemId, rid, undefined, evidence);
  let child = known;
  let childId = rid;
  if (!child.division && r.within) {
    // what the name itself says (西部（成都）科学城 in 成都市), then the gazetteer from there
    const within = resolve(cache, { name: r.within, regionKind: 'area', start: 0, end: 0 });
    const wid = ensureRegion(graph, within.id, within.c, r.within);
    if (wid === rid) return;
    addFact(graph, 'located_in', rid, wid, undefined, evidence);
    child = within;
    childId = wid;
  }
  // The chain starts at the node mentioned: a named area that is also a division (浦东新区, a new area and a district of
  // 上海市) is one place, not an area beside a district of the same name.
  for (let d = child.division; d?.parent; d = d.parent) {
    const parent = byDivision(cache, d.parent);
    const parentId = ensureRegion(graph, parent.id, parent.c, d.parent.name);
    addFact(graph, 'located_in', childId, parentId, undefined, evidence);
    childId = parentId;
  }
}

function resolve(cache: RegionCache, r: RegionMention): { id: string; c: CanonicalRegion; division?: Division } {
  if (r.code && r.regionKind === 'country') {
    const key = `country:${r.code}`;
    let known = cache.get(key);
    if (!known) {
      const c = canonicalCountry(r.code) ?? canonicalRegion(r.name);
      cache.set(key, (known = { id: regionId(c.key), c }));
    }
    return known;
  }
  if (r.code) {
    const d = gazetteer().byCode.get(r.code);
    if (d) return byDivision(cache, d);
  }
  let known = cache.get(r.name);
  if (!known) {
    const c = canonicalRegion(r.name);
    const division = c.regionKind === 'province' ? gazetteer().provinces.get(c.name) : divisionNamed(c.name);
    cache.set(r.name, (known = { id: regionId(c.key), c, division }));
  }
  return known;
}

function byDivision(cache: RegionCache, d: Division): { id: string; c: CanonicalRegion; division?: Division } {
  const key = `division:${d.code}`;
  let known = cache.get(key);
  if (!known) {
    const c = canonicalDivision(d);
    cache.set(key, (known = { id: regionId(c.key), c, division: d }));
  }
  return known;
}


function ensureRegion(graph: RemitGraph, id: string, c: CanonicalRegion, written: string): string {
  if (!graph.hasNode(id)) {
    const attrs: RegionNode = { kind: 'region', label: c.name, labelEn: c.nameEn, aliases: c.name === written ? NO_ALIASES : [written], regionKind: c.regionKind };
    if (c.code) attrs.code = c.code;
    addGraphNode(graph, id, attrs);
  } else if (written !== c.name) {
    const aliases = graph.getNodeAttribute(id, 'aliases');
    if (!aliases.includes(written)) {
      announceNodeChange(graph, id);
      graph.setNodeAttribute(id, 'aliases', [...aliases, written]);
    }
  }
  return id;
}
