/** Platforms, regions and targets: what they are and who answers for them through which items. */
import type { ReactNode } from 'react';
import type { Evidence, PlatformNode, RegionNode, TargetNode } from '../../../core/model';
import { documentOrder, isPreambleHeading, itemAncestors, itemAttrs, responsibleFor } from '../../../core/queries';
import { plainName } from '../../labels';
import { EvidenceButton, Facts, NodeLink, PanelSection, ROLE_SYMBOL, RoleBadge, usePanelEnv } from '../ui';
import { useGraphMemo } from '../use-graph-memo';

type EntityNode = PlatformNode | RegionNode | TargetNode;

export function EntityDetails({ id, attrs, version }: { id: string; attrs: EntityNode; version: number }): ReactNode {
  const { graph, s, labelMode, openEvidence } = usePanelEnv();
  const resp = useGraphMemo(() => responsibleFor(graph, id), [graph, id], version);
  const mentions = useGraphMemo(() => {
    const out: Array<{ item: string; evidence: Evidence[] }> = [];
    graph.forEachInEdge(id, (_e, a, src, _t, sa) => {
      if (a.kind === 'mentions' && (sa.kind === 'article' || sa.kind === 'section')) out.push({ item: src, evidence: a.evidence ?? [] });
    });
    const order = documentOrder(graph);
    return out.sort((x, y) => order(x.item, y.item));
  }, [graph, id], version);
  const located = useGraphMemo(() => {
    const out: Array<{ id: string; out: boolean }> = [];
    graph.forEachEdge(id, (_e, a, src, tgt) => {
      if (a.kind === 'located_in') out.push(src === id ? { id: tgt, out: true } : { id: src, out: false });
    });
    return out;
  }, [graph, id], version);
  const name = plainName(graph, id, labelMode);
  const preambleItems = useGraphMemo(
    () => new Set(mentions.map((m) => m.item).filter((i) => [i, ...itemAncestors(graph, i)].some((x) => isPreambleHeading(itemAttrs(graph, x)?.heading ?? '')))),
    [graph, mentions],
    version,
  );

  const facts: Array<[string, ReactNode] | null> = [[attrs.kind === 'target' ? s.metric : s.chineseName, <span lang="zh-CN">{attrs.kind === 'target' ? attrs.metric : attrs.label}</span>]];
  if (attrs.kind !== 'target' && attrs.labelEn) facts.push([s.englishName, attrs.labelEn]);
  if (attrs.kind === 'platform') facts.push([s.type, s.platformKind[attrs.platformKind]]);
  if (attrs.kind === 'region') facts.push([s.type, s.regionKind[attrs.regionKind]]);
  if (attrs.kind === 'target') {
    facts.push([s.value, <strong lang="zh-CN">{`${comparatorText(attrs.comparator)}${attrs.value}`}</strong>]);
    if (attrs.year) facts.push([s.year, String(attrs.year)]);
    if (attrs.nature) facts.push([s.nature, s.natures[attrs.nature]]);
    facts.push([s.document, <NodeLink id={attrs.document} short />]);
  }
  for (const l of located) facts.push([l.out ? s.edge.located_in : s.edgeReverse.located_in, <NodeLink id={l.id} short />]);

  // rows grouped by the item that mentions the entity
  const byItem = new Map<string, typeof resp.rows>();
  for (const r of resp.rows) byItem.set(r.itemId, [...(byItem.get(r.itemId) ?? []), r]);

  return (
    <>
      <Facts rows={facts} />
      <PanelSection title={s.responsibleThrough} count={resp.byAgency.length}>
        {resp.byAgency.length ? (
          <ul className="rp-inline-list rp-summary">
            {resp.byAgency.map((a) => (
              <li key={a.agencyId} className="rp-chip">
                <RoleBadge role={a.role} />
                <NodeLink id={a.agencyId} short />
                <span className="rp-count">{a.items.length}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="rp-muted">{s.nobodyResponsible}</p>
        )}
      </PanelSection>
      <PanelSection title={s.mentionedIn(mentions.length)}>
        <ol className="rp-entries">
          {mentions.map((m) => (
            <li key={m.item} className="rp-entry">
              <div className="rp-entry-head">
                <NodeLink id={m.item} className="rp-entry-item" />
                <EvidenceButton evidence={m.evidence} title={`${plainName(graph, m.item, labelMode)} — ${s.edge.mentions} — ${name}`} />
              </div>
              {(byItem.get(m.item) ?? []).length ? (
                <ul className="rp-inline-list rp-bodies">
                  {(byItem.get(m.item) ?? []).map((r) => (
                    <li key={r.edgeId} className={`rp-chip rp-body rp-role-${r.role}-chip`}>
                      <span className={`rp-role-symbol rp-role-${r.role}-text`} title={s.roleLong[r.role]} aria-label={s.role[r.role]}>
                        {ROLE_SYMBOL[r.role]}
                      </span>
                      <NodeLink id={r.agencyId} short />
                      {r.inherited ? <span className="rp-tag">{s.inheritedFrom(itemAttrs(graph, r.viaItemId)?.path ?? '')}</span> : null}
                      <button
                        type="button"
                        className="rp-chip-ev"
                        title={s.showEvidence}
                        aria-label={`${s.showEvidence}: ${plainName(graph, r.agencyId, labelMode)}`}
                        onClick={() => openEvidence(r.evidence, `${plainName(graph, r.agencyId, labelMode)} — ${s.role[r.role]} — ${plainName(graph, r.viaItemId, labelMode)}`)}
                      >
                        ❝
                      </button>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="rp-muted rp-small">{preambleItems.has(m.item) ? s.preambleNote : s.noResponsibleBody}</p>
              )}
            </li>
          ))}
        </ol>
      </PanelSection>
    </>
  );
}

function comparatorText(c: TargetNode['comparator']): string {
  switch (c) {
    case '>': return '> ';
    case '>=': return '≥ ';
    case '<': return '< ';
    case '<=': return '≤ ';
    default: return '';
  }
}
