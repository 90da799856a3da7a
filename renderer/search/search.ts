/** Node search over precomputed keys: exact beats prefix beats substring; agencies and documents first on ties. */
import type { NodeKind } from '../../core/model';

export interface SearchHit { id: string; score: number; key: string }

const KIND_RANK: Record<NodeKind, number> = { agency: 0, document: 1, platform: 2, region: 3, section: 4, article: 5, target: 6 };

export function searchNodes(
  keys: Readonly<Record<string, readonly string[]>>,
  kindOf: (id: string) => NodeKind | undefined,
  query: string,
  limit = 12,
): SearchHit[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const hits: (SearchHit & { rank: number; len: number })[] = [];
  for (const [id, list] of Object.entries(keys)) {
    let best = 0;
    let bestKey = '';
    for (const k of list) {
      const score = k === q ? 3 : k.startsWith(q) ? 2 : k.includes(q) ? 1 : 0;
      if (score > best || (score === best && score > 0 && k.length < bestKey.length)) {
        best = score;
        bestKey = k;
      }
    }
    if (best > 0) {
      const kind = kindOf(id);
      if (kind) hits.push({ id, score: best, key: bestKey, rank: KIND_RANK[kind], len: bestKey.length });
    }
  }
  hits.sort((a, b) => b.score - a.score || a.rank - b.rank || a.len - b.len || a.id.localeCompare(b.id));
  return hits.slice(0, limit).map(({ id, score, key }) => ({ id, score, key }));
}
