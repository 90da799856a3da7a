import { Fragment, useMemo, type ReactNode } from 'react';
import type { Evidence, ItemNode, NodeKind } from '../../../core/model';
import { childItems, documentAttrs, isPreambleHeading, itemAncestors, itemAttrs, outlineNumber, responsibleFor } from '../../../core/queries';
import { plainName } from '../../labels';
import { tidy } from '../tidy';
import { DeadlineTag, EvidenceButton, Facts, NodeLink, PanelSection, RoleBadge, usePanelEnv } from '../ui';
import { entitySpans, textRuns } from './item-text';
import { useGraphMemo } from '../use-graph-memo';
import { useDocumentText } from '../../app/document-texts';

const CONCERN_KINDS: NodeKind[] = ['platform', 'region', 'target', 'agency'];

export function ItemDetails({ id, attrs, version }: { id: string; attrs: ItemNode; version: number }): ReactNode {
  const { graph, s, labelMode, onSelect, openEvidence } = usePanelEnv();
  const doc = documentAttrs(graph, attrs.document);
  // The text arrives from the worker on first look: the runs are computed again when it does.
  const text = useDocumentText(graph, attrs.document);
  const children = useGraphMemo(() => {
    const c = childItems(graph, id);
    return c.sort((a, b) => (itemAttrs(graph, a)?.start ?? 0) - (itemAttrs(graph, b)?.start ?? 0));
  }, [graph, id], version);
  const ownEnd = useMemo(() => {
    let end = attrs.end;
    for (const c of children) end = Math.min(end, itemAttrs(graph, c)?.start ?? end);
    return end;
  }, [graph, children, attrs.end]);
  const runs = useGraphMemo(() => {
    if (!doc) return [];
    const { spans, annotations } = entitySpans(graph, id, attrs.start, ownEnd);
    return textRuns(text, attrs.start, ownEnd, spans, annotations);
  }, [graph, id, doc, text, attrs.start, ownEnd], version);
  const responsible = useGraphMemo(() => responsibleFor(graph, id), [graph, id], version);
  const concerns = useGraphMemo(() => {
    const byKind = new Map<NodeKind, Array<{ id: string; evidence: Evidence[] }>>();
    graph.forEachOutEdge(id, (_e, a, _s, t, _sa, ta) => {
      if (a.kind !== 'mentions') return;
      const list = byKind.get(ta.kind) ?? [];
      list.push({ id: t, evidence: a.evidence ?? [] });
      byKind.set(ta.kind, list);
    });
    return byKind;
  }, [graph, id], version);
  const itemName = plainName(graph, id, labelMode);
  const preamble = useGraphMemo(
    () => [id, ...itemAncestors(graph, id)].some((i) => isPreambleHeading(itemAttrs(graph, i)?.heading ?? '')),
    [graph, id],
    version,
  );

  return (
    <>
      <Facts
        rows={[
          [s.document, <NodeLink id={attrs.document} />],
          [s.number, <span><span lang="zh-CN">{attrs.path}</span> <span className="rp-sub">{outlineNumber(attrs.path)}</span></span>],
        ]}
      />
      <PanelSection title={s.responsibleBodies} count={responsible.byAgency.length}>
        {responsible.rows.length === 0 ? <p className="rp-muted">{preamble ? s.preambleNote : s.noResponsibleBody}</p> : null}
        <ul className="rp-resp">
          {responsible.rows.map((r) => (
            <li key={r.edgeId} className="rp-resp-row">
              <RoleBadge role={r.role} />
              <NodeLink id={r.agencyId} />
              {r.inherited ? <span className="rp-tag">{s.inheritedFrom(itemAttrs(graph, r.viaItemId)?.path ?? '')}</span> : null}
              {r.andOthers ? <span className="rp-tag">{s.andOthers}</span> : null}
              <DeadlineTag evidence={r.evidence} />
              <EvidenceButton evidence={r.evidence} title={`${plainName(graph, r.agencyId, labelMode)} — ${s.role[r.role]} — ${itemName}`} />
            </li>
          ))}
        </ul>
      </PanelSection>
      <PanelSection title={s.fullText}>
        <p className="rp-itemtext" lang="zh-CN">
          {runs.map((run) => {
            const t = tidy(run.text);
            if (run.node) {
              return (
                <button
                  key={run.start}
                  type="button"
                  className={`rp-ent rp-ent-${run.kind}${run.annotation ? ' rp-annot' : ''}`}
                  onClick={() => onSelect(run.node!)}
                  title={plainName(graph, run.node, labelMode)}
                  data-node={run.node}
                >
                  {t}
                </button>
              );
            }
            return (
              <span key={run.start} className={run.annotation ? 'rp-annot' : undefined}>
                {t}
              </span>
            );
          })}
        </p>
        {runs.some((r) => r.node || r.annotation) ? <p className="rp-legend-line rp-muted">{s.entityLegend}</p> : null}
      </PanelSection>
      {children.length ? (
        <PanelSection title={s.subItems} count={children.length}>
          <ul className="rp-plain-list rp-bare">
            {children.map((c) => (
              <li key={c}>
                <NodeLink id={c} own />
              </li>
            ))}
          </ul>
        </PanelSection>
      ) : null}
      {concerns.size ? (
        <PanelSection title={s.concerns}>
          {CONCERN_KINDS.filter((k) => concerns.has(k)).map((k) => (
            <div key={k} className="rp-concern">
              <span className="rp-concern-kind">{s.kind[k]}</span>
              <span className="rp-inline-list">
                {concerns.get(k)!.map((c) => (
                  <Fragment key={c.id}>
                    <span className="rp-chip">
                      <NodeLink id={c.id} short />
                      <button
                        type="button"
                        className="rp-chip-ev"
                        aria-label={`${s.showEvidence}: ${plainName(graph, c.id, labelMode)}`}
                        title={s.showEvidence}
                        onClick={() => openEvidence(c.evidence, `${itemName} — ${s.edge.mentions} — ${plainName(graph, c.id, labelMode)}`)}
                        disabled={!c.evidence.length}
                      >
                        ❝
                      </button>
                    </span>
                  </Fragment>
                ))}
              </span>
            </div>
          ))}
        </PanelSection>
      ) : null}
    </>
  );
}
