import type { ReactNode } from 'react';
import type { DocumentNode, NodeKind } from '../../../core/model';
import { itemsWithoutResponsibleBody } from '../../../core/queries';
import { documentFiles, fileWithFormat } from '../../components/document-files';
import { fmt } from '../../i18n';
import { Facts, NodeLink, PanelSection, usePanelEnv } from '../ui';
import { useGraphMemo } from '../use-graph-memo';

export function DocumentDetails({ id, attrs, version }: { id: string; attrs: DocumentNode; version: number }): ReactNode {
  const { graph, s, onRemoveDocument, onCloseFile } = usePanelEnv();
  const stats = useGraphMemo(() => {
    const issuers: string[] = [];
    // the authors of a text the document forwards (转发): they wrote what it carries, not the document
    const authors: string[] = [];
    graph.forEachInEdge(id, (_e, a, src) => {
      if (a.kind === 'issued') (a.forwarded ? authors : issuers).push(src);
    });
    const counts: Partial<Record<NodeKind, Set<string>>> = {};
    const add = (k: NodeKind, n: string) => (counts[k] ??= new Set()).add(n);
    let leads = 0;
    graph.forEachNode((n, a) => {
      if ((a.kind === 'section' || a.kind === 'article') && a.document === id) {
        add(a.kind, n);
        graph.forEachEdge(n, (_e, ea, src, tgt, sa, ta) => {
          if (ea.kind === 'leads' && tgt === n) {
            leads += 1;
            add('agency', src);
          } else if (ea.kind === 'mentions' && src === n) add(ta.kind, tgt);
          void sa;
        });
      }
    });
    return { issuers, authors, counts, leads };
  }, [graph, id], version);
  const unassigned = useGraphMemo(() => itemsWithoutResponsibleBody(graph, id), [graph, id], version);
  const count = (k: NodeKind) => stats.counts[k]?.size ?? 0;
  const kinds: NodeKind[] = ['section', 'article', 'agency', 'platform', 'region', 'target'];
  const [file, ...copies] = documentFiles(attrs);

  return (
    <>
      <Facts
        rows={[
          attrs.number ? [s.documentNumber, <span lang="zh-CN">{attrs.number}</span>] : null,
          attrs.date ? [s.date, attrs.date] : null,
          attrs.source ? [s.source, <span lang="zh-CN">{attrs.source}</span>] : null,
          [s.sourceFile, <span data-testid="document-source-file">{fileWithFormat(file, s)}</span>],
          [s.counts, <span className="rp-inline-list">{kinds.filter((k) => count(k) > 0).map((k) => <span key={k} className="rp-stat">{s.kindCount(k, count(k))}</span>)}<span className="rp-stat">{s.assignments(stats.leads)}</span></span>],
        ]}
      />
      <AgencyChips title={s.issuers} ids={stats.issuers} />
      <AgencyChips title={s.forwardedAuthors} ids={stats.authors} />
      {copies.length ? (
        <PanelSection title={s.copies} count={copies.length}>
          <ul className="rp-plain-list" data-testid="document-copies">
            {copies.map((c, i) => (
              <li key={i}>
                {fileWithFormat(c, s)}{' '}
                {onCloseFile ? (
                  <button type="button" className="rp-btn rp-small" aria-label={fmt(s.closeCopy, { name: c.name })} title={fmt(s.closeCopy, { name: c.name })} onClick={() => onCloseFile(c.name)}>
                    ×
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
          <p className="rp-muted rp-small">{s.copiesNote}</p>
        </PanelSection>
      ) : null}
      {attrs.warnings.length ? (
        <PanelSection title={s.warnings} count={attrs.warnings.length}>
          <ul className="rp-warnings">
            {attrs.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </PanelSection>
      ) : null}
      {onRemoveDocument ? (
        <p className="rp-doc-actions">
          <button type="button" className="rp-btn" onClick={() => onRemoveDocument(id)}>{s.removeDocument}</button>
        </p>
      ) : null}
      <PanelSection title={s.unassigned} count={unassigned.length}>
        <p className="rp-muted rp-small">{s.unassignedRule}</p>
        {stats.leads === 0 ? <p className="rp-note">{s.noAnnotations}</p> : null}
        {unassigned.length === 0 ? <p className="rp-muted">{s.noUnassigned}</p> : null}
        <ol className="rp-plain-list">
          {unassigned.map((u) => (
            <li key={u.itemId}>
              <NodeLink id={u.itemId} />
            </li>
          ))}
        </ol>
      </PanelSection>
    </>
  );
}

/** A section of agencies as chips (the issuers, the authors of a forwarded text); nothing when there are none. */
function AgencyChips({ title, ids }: { title: string; ids: readonly string[] }): ReactNode {
  if (ids.length === 0) return null;
  return (
    <PanelSection title={title} count={ids.length}>
      <ul className="rp-inline-list">
        {ids.map((a) => (
          <li key={a} className="rp-chip">
            <NodeLink id={a} short />
          </li>
        ))}
      </ul>
    </PanelSection>
  );
}
