/**
 * A synthetic graph of the model's kinds for the UI benchmark (`?bench=synthetic&n=…&m=…`): documents contain
 * sections contain articles; agencies lead articles; articles mention platforms, regions and targets. No parsing.
 */
import Graph from 'graphology';
import type { EdgeAttributes, EdgeKind, NodeAttributes, NodeKind, Role } from '../../core/model';
import type { RemitGraph } from '../../core/graph/types';
import { seededRandom as rng } from '../../core/text/random';


export function syntheticGraph(n: number, m: number, seed = 7): RemitGraph {
  const random = rng(seed);
  const g: RemitGraph = new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: false, allowSelfLoops: false });
  const share = (f: number) => Math.max(1, Math.round(n * f));
  const counts: [NodeKind, number][] = [
    ['document', share(0.004)], ['section', share(0.03)], ['agency', share(0.04)], ['platform', share(0.15)],
    ['region', share(0.04)], ['target', share(0.1)],
  ];
  const fixed = counts.reduce((a, [, c]) => a + c, 0);
  counts.push(['article', Math.max(1, n - fixed)]);
  const byKind = new Map<NodeKind, string[]>();
  for (const [kind, count] of counts) {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const id = `${kind}:${i}`;
      ids.push(id);
      const label = `${kind} ${i}`;
      const base = { label, labelEn: label, aliases: [] as string[] };
      const doc = `document:${i % share(0.004)}`;
      switch (kind) {
        case 'document': g.addNode(id, { ...base, kind, key: label, fileName: `${label}.txt`, title: label, encoding: 'utf-8', text: '', warnings: [] }); break;
        case 'section': case 'article': g.addNode(id, { ...base, kind, document: doc, path: String(i), itemLabel: `${i}.`, level: kind === 'section' ? 1 : 2, heading: label, text: label, start: i, end: i + 1 }); break;
        case 'agency': g.addNode(id, { ...base, kind, agencyId: id, agencyType: 'ministry', registered: true }); break;
        case 'platform': g.addNode(id, { ...base, kind, platformKind: 'lab' }); break;
        case 'region': g.addNode(id, { ...base, kind, regionKind: 'city' }); break;
        case 'target': g.addNode(id, { ...base, kind, document: doc, metric: label, value: '1%' }); break;
      }
    }
    byKind.set(kind, ids);
  }
  const pick = (kind: NodeKind) => { const ids = byKind.get(kind)!; return ids[Math.floor(random() * ids.length)]; };
  const add = (kind: EdgeKind, s: string, t: string, role?: Role) => {
    if (s === t || g.hasEdge(s, t)) return;
    g.addDirectedEdgeWithKey(`${kind}:${s}->${t}`, s, t, role ? { kind, role } : { kind });
  };
  const docs = byKind.get('document')!;
  const sections = byKind.get('section')!;
  sections.forEach((s, i) => add('contains', docs[i % docs.length], s));
  byKind.get('article')!.forEach((a, i) => add('contains', sections[i % sections.length], a));
  const roles: Role[] = ['lead', 'joint', 'responsible'];
  const mentionKinds: NodeKind[] = ['platform', 'platform', 'region', 'target'];
  let guard = 0;
  while (g.size < m && guard++ < m * 4) {
    const r = random();
    if (r < 0.35) add('leads', pick('agency'), pick('article'), roles[Math.floor(random() * 3)]);
    else if (r < 0.9) add('mentions', pick('article'), pick(mentionKinds[Math.floor(random() * mentionKinds.length)]));
    else if (r < 0.95) add('located_in', pick('platform'), pick('region'));
    else add('issued', pick('agency'), pick('document'));
  }
  return g;
}
