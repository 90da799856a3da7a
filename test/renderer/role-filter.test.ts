import { describe, expect, it } from 'vitest';
import { computeVisibility } from '../../renderer/state/visibility';
import { DEFAULT_FILTERS, type Filters } from '../../renderer/state/view';
import { devCorpusGraph } from '../core/dev-corpus';

const graph = devCorpusGraph();
const view = (filters: Partial<Filters>) => ({ filters: { ...DEFAULT_FILTERS, ...filters }, focus: null, expanded: [], collapsed: [] });

describe('role and date filters', () => {
  it('hides the responsibility edges of the roles switched off, and agencies left without any', () => {
    const vis = computeVisibility(graph, view({ roles: ['lead'] }));
    const shown = (id: string) => vis.visible === null || vis.visible.has(id);
    let drawn = 0;
    graph.forEachEdge((e, a, s, t) => {
      if (a.kind !== 'leads' || !shown(s) || !shown(t)) return;
      const hidden = vis.hiddenEdges?.has(e) === true;
      expect(hidden, `${e} (${a.role})`).toBe(a.role !== 'lead');
      if (!hidden) drawn++;
    });
    expect(drawn).toBeGreaterThan(0);
    expect(vis.hiddenEdges?.size).toBeGreaterThan(0);
    // every agency still shown leads something that is shown
    graph.forEachNode((id, a) => {
      if (a.kind !== 'agency' || !shown(id)) return;
      const leads = graph.someEdge(id, (e, ea, s, t) => ea.kind === 'leads' && ea.role === 'lead' && shown(s) && shown(t) && !vis.hiddenEdges?.has(e));
      expect(leads, id).toBe(true);
    });
    // the status line's count leaves the hidden edges out
    let both = 0;
    graph.forEachEdge((_e, _a, s, t) => { if (shown(s) && shown(t)) both++; });
    expect(vis.edgeCount).toBe(both - vis.hiddenEdges!.size);
  });

  it('hides nothing extra when every role is on', () => {
    expect(computeVisibility(graph, view({})).hiddenEdges).toBeNull();
  });

  it('a date range hides the documents outside it and everything only they account for', () => {
    const vis = computeVisibility(graph, view({ dates: { from: '2023' } }));
    const shown = (id: string) => vis.visible === null || vis.visible.has(id);
    let outside = 0;
    graph.forEachNode((id, a) => {
      if (a.kind === 'document') {
        expect(shown(id), id).toBe(Boolean(a.date && a.date >= '2023'));
        if (!shown(id)) outside++;
      }
      if ((a.kind === 'article' || a.kind === 'section') && !shown(a.document)) expect(shown(id), id).toBe(false);
    });
    expect(outside).toBeGreaterThan(0);
    // an agency is shown only when it is linked to something shown
    graph.forEachNode((id, a) => {
      if (a.kind === 'agency' && shown(id)) expect(graph.someNeighbor(id, (n) => shown(n))).toBe(true);
    });
  });
});
