import { useState, type ReactNode } from 'react';
import { agencyNodeId } from '../../../core/ids';
import type { RemitGraph } from '../../../core/graph/types';
import { ROLES, type AgencyNode, type Evidence } from '../../../core/model';
import { coResponsibleAgencies, documentOrder, responsibilitiesOf } from '../../../core/queries';
import { plainName } from '../../labels';
import { DeadlineTag, EvidenceButton, Facts, NodeLink, PanelSection, Quote, RoleBadge, usePanelEnv } from '../ui';
import { useGraphMemo } from '../use-graph-memo';

/** Co-responsible agencies shown before a "more" button; a few over the limit are shown rather than hidden behind it. */
const CO_SHOWN = 12;
const CO_SLACK = 4;

export function AgencyDetails({ id, attrs, version }: { id: string; attrs: AgencyNode; version: number }): ReactNode {
  const { graph, s, labelMode } = usePanelEnv();
  const resp = useGraphMemo(() => responsibilitiesOf(graph, id), [graph, id], version);
  const co = useGraphMemo(() => coResponsibleAgencies(graph, id), [graph, id], version);
  const [allCo, setAllCo] = useState(false);
  const { issued, forwarded } = useGraphMemo(() => {
    const docs = { issued: [] as string[], forwarded: [] as string[] };
    graph.forEachOutEdge(id, (_e, a, _s, t) => {
      if (a.kind === 'issued') (a.forwarded ? docs.forwarded : docs.issued).push(t);
    });
    return docs;
  }, [graph, id], version);
  // named in body text (e.g. 企业直接向国家发展改革委申报) without an annotation naming it for that item
  const mentioned = useGraphMemo(() => {
    const led = new Set(resp.documents.flatMap((d) => d.groups.flatMap((g) => g.entries.map((e) => e.itemId))));
    const out: Array<{ item: string; evidence: Evidence[] }> = [];
    graph.forEachInEdge(id, (_e, a, src, _t, sa) => {
      if (a.kind === 'mentions' && (sa.kind === 'article' || sa.kind === 'section') && !led.has(src)) out.push({ item: src, evidence: a.evidence ?? [] });
    });
    const order = documentOrder(graph);
    return out.sort((x, y) => order(x.item, y.item));
  }, [graph, id, resp], version);
  const multiDoc = useGraphMemo(() => graph.filterNodes((_n, a) => a.kind === 'document').length > 1, [graph], version);
  const agencyName = plainName(graph, id, labelMode);

  const roleSummary = ROLES
    .filter((r) => resp.byRole[r] > 0)
    .map((r) => (
      <span key={r} className="rp-role-count">
        <RoleBadge role={r} /> {resp.byRole[r]}
      </span>
    ));

  return (
    <>
      <Facts
        rows={[
          [s.chineseName, <span lang="zh-CN">{attrs.label}</span>],
          attrs.labelEn ? [s.englishName, attrs.labelEn] : null,
          attrs.abbr ? [s.abbreviation, attrs.abbr] : null,
          attrs.aliases.length ? [s.aliases, <span lang="zh-CN">{attrs.aliases.join('、')}</span>] : null,
          [s.registry, attrs.registered ? s.registered : <span className="rp-warn-text">{s.unregistered}</span>],
          attrs.since !== undefined || attrs.until !== undefined ? [s.inExistence, s.years(attrs.since, attrs.until)] : null,
          attrs.succeededBy?.length ? [s.succeededBy, <Successors graph={graph} ids={attrs.succeededBy} names={attrs.successorNames} />] : null,
          [s.itemsLed, resp.total ? <span className="rp-inline-list">{s.itemsCount(resp.total)} · {s.docsCount(resp.documents.length)} {roleSummary}</span> : '0'],
          issued.length ? [s.issuedDocs, <span className="rp-inline-list">{issued.map((d) => <NodeLink key={d} id={d} short />)}</span>] : null,
          forwarded.length ? [s.forwardedDocs, <span className="rp-inline-list">{forwarded.map((d) => <NodeLink key={d} id={d} short />)}</span>] : null,
        ]}
      />
      <PanelSection title={s.responsibilities} count={resp.total}>
        {resp.total === 0 ? <p className="rp-muted">{s.noResponsibilities}</p> : null}
        {resp.documents.map((doc) => (
          <div key={doc.documentId} className="rp-doc-group">
            {multiDoc ? (
              <h4 className="rp-h4">
                <NodeLink id={doc.documentId} />
              </h4>
            ) : null}
            {doc.groups.map((g) => (
              <div key={g.sectionId ?? 'top'} className="rp-group">
                <h5 className="rp-h5">{g.sectionId ? <NodeLink id={g.sectionId} /> : s.topLevel}</h5>
                <ol className="rp-entries">
                  {g.entries.map((e) => (
                    <li key={e.edgeId} className="rp-entry">
                      <div className="rp-entry-head">
                        <RoleBadge role={e.role} />
                        <NodeLink id={e.itemId} className="rp-entry-item" own />
                        {e.andOthers ? <span className="rp-tag">{s.andOthers}</span> : null}
                        <DeadlineTag evidence={e.evidence} />
                      </div>
                      {e.evidence.map((ev, i) => (
                        <Quote key={i} evidence={ev} compact title={`${agencyName} — ${s.role[e.role]} — ${plainName(graph, e.itemId, labelMode)}`} />
                      ))}
                    </li>
                  ))}
                </ol>
              </div>
            ))}
          </div>
        ))}
      </PanelSection>
      {mentioned.length ? (
        <PanelSection title={s.mentionedIn(mentioned.length)}>
          <ul className="rp-plain-list rp-bare">
            {mentioned.map((m) => (
              <li key={m.item} className="rp-entry-head">
                <NodeLink id={m.item} className="rp-entry-item" />
                <EvidenceButton evidence={m.evidence} title={`${plainName(graph, m.item, labelMode)} — ${s.edge.mentions} — ${agencyName}`} />
              </li>
            ))}
          </ul>
        </PanelSection>
      ) : null}
      <PanelSection title={s.coResponsible} count={co.length}>
        {co.length === 0 ? <p className="rp-muted">{resp.total ? s.noCoResponsible : s.noResponsibilities}</p> : null}
        <ul className="rp-co">
          {(allCo || co.length <= CO_SHOWN + CO_SLACK ? co : co.slice(0, CO_SHOWN)).map((c) => (
            <li key={c.agencyId} className="rp-co-row" title={plainName(graph, c.agencyId, 'both')}>
              <NodeLink id={c.agencyId} short />
              <span className="rp-bar" aria-hidden="true">
                <span style={{ width: `${Math.round((100 * c.count) / Math.max(1, resp.total))}%` }} />
              </span>
              <span className="rp-co-count">{s.sharedItems(c.count)}</span>
            </li>
          ))}
        </ul>
        {co.length > CO_SHOWN + CO_SLACK ? (
          <button type="button" className="rp-btn rp-btn-small" onClick={() => setAllCo(!allCo)} aria-expanded={allCo}>
            {allCo ? '−' : `+ ${co.length - CO_SHOWN}`}
          </button>
        ) : null}
      </PanelSection>
    </>
  );
}

/** The bodies that took over an agency's work: a link where the graph holds one, else its name (the documents read never named it). */
function Successors({ graph, ids, names }: { graph: RemitGraph; ids: readonly string[]; names: readonly string[] | undefined }): ReactNode {
  return (
    <span className="rp-inline-list">
      {ids.map((agency, i) => {
        const node = agencyNodeId(agency);
        return graph.hasNode(node) ? <NodeLink key={agency} id={node} /> : <span key={agency} lang="zh-CN">{names?.[i] ?? agency}</span>;
      })}
    </span>
  );
}
