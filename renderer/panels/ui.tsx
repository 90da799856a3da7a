/** Small building blocks shared by the panels. */
import { createContext, useContext, type ReactNode } from 'react';
import { ROLES, type DocumentNode, type Evidence, type Role } from '../../core/model';
import { ROLE_NAMES } from '../../core/exports/palette';
import type { RemitGraph } from '../../core/graph/types';
import { deadlineOf } from '../../core/queries/deadline-of';
import { nodeName } from '../labels';
import { pageAt } from '../../core/readers/pages';
import type { PanelStrings } from '../i18n';
import type { LabelMode } from '../state/view';

/** Each role's mark, as the exports and the briefing pack print it (core/exports/palette.ts). */
export const ROLE_SYMBOL: Readonly<Record<Role, string>> = Object.fromEntries(ROLES.map((r) => [r, ROLE_NAMES[r].mark])) as Record<Role, string>;

export interface PanelEnv {
  graph: RemitGraph;
  s: PanelStrings;
  labelMode: LabelMode;
  onSelect: (id: string) => void;
  openEvidence: (evidence: Evidence[], title?: string) => void;
  /** takes a document out of the graph (absent where the host cannot) */
  onRemoveDocument?: (id: string) => void;
  /** closes one file of a document opened in several formats (absent where the host cannot) */
  onCloseFile?: (name: string) => void;
}

export const PanelEnvContext = createContext<PanelEnv | null>(null);

export function usePanelEnv(): PanelEnv {
  const env = useContext(PanelEnvContext);
  if (!env) throw new Error('panel component used outside a panel');
  return env;
}

/** Role shown by symbol, word and colour together, so it reads without colour too. */
/** When an assignment is due, as its annotation writes it (2019年底前完成, 持续推进): the first of its evidence that says. */
export function DeadlineTag({ evidence }: { evidence: readonly Evidence[] }): ReactNode {
  const { s } = usePanelEnv();
  const due = deadlineOf(evidence);
  if (!due) return null;
  return (
    <span className="rp-tag" data-testid="deadline">
      {s.due} <span lang="zh-CN">{due}</span>
    </span>
  );
}

export function RoleBadge({ role }: { role: Role }): ReactNode {
  const { s } = usePanelEnv();
  return (
    <span className={`rp-role rp-role-${role}`} title={s.roleLong[role]}>
      <span aria-hidden="true">{ROLE_SYMBOL[role]}</span> {s.role[role]}
    </span>
  );
}

/** A node's name as a link that selects it. */
export function NodeLink({ id, className, short, plain, own }: { id: string; className?: string; short?: boolean; plain?: boolean; own?: boolean }): ReactNode {
  const { graph, labelMode, onSelect } = usePanelEnv();
  const n = nodeName(graph, id, labelMode, own);
  const kind = graph.hasNode(id) ? graph.getNodeAttribute(id, 'kind') : undefined;
  const numeric = kind === 'article' || kind === 'section' || kind === 'document';
  const content = (
    <>
      <span lang={n.mainLang === 'zh' ? 'zh-CN' : 'en'}>{n.main}</span>
      {n.sub && !short ? (
        <span className={numeric && n.subLang === 'en' ? 'rp-sub rp-sub-num' : 'rp-sub'} lang={n.subLang === 'zh' ? 'zh-CN' : 'en'}>
          {n.sub}
        </span>
      ) : null}
    </>
  );
  if (plain) return <span className={`rp-name ${className ?? ''}`} data-node={id}>{content}</span>;
  return (
    <button type="button" className={`rp-link ${className ?? ''}`} onClick={() => onSelect(id)} data-node={id}>
      {content}
    </button>
  );
}

export function EvidenceButton({ evidence, title, label }: { evidence: Evidence[]; title?: string; label?: string }): ReactNode {
  const { s, openEvidence } = usePanelEnv();
  if (!evidence.length) return null;
  return (
    <button type="button" className="rp-evidence-btn" onClick={() => openEvidence(evidence, title)} title={s.showEvidence}>
      <span aria-hidden="true">❝</span> {label ?? s.evidence}
      {evidence.length > 1 ? <span className="rp-count"> ×{evidence.length}</span> : null}
    </button>
  );
}

const SENTENCE_END = /[。！？；]/;

/**
 * The part of a clause worth showing in a list: a long clause is cut to its last sentence and the annotation
 * that closes it (the "what" is the item heading beside it; the full clause is one click away).
 */
export function compactSpan(quote: string, maxChars = 90, tailChars = 56): number {
  if (quote.length <= maxChars) return 0;
  const ann = quote.lastIndexOf('（');
  const body = ann > 0 ? ann : quote.length;
  let from = 0;
  for (let i = body - 2; i >= 0; i--) {
    if (SENTENCE_END.test(quote[i])) {
      from = i + 1;
      break;
    }
  }
  // one long last sentence: keep only its end, which is where the clause meets the annotation
  return Math.max(from, body - tailChars);
}

/** A quoted clause; clicking it opens the evidence viewer. `focus` marks the body's own words. */
export function Quote({ evidence, title, compact }: { evidence: Evidence; title?: string; compact?: boolean }): ReactNode {
  const { s, openEvidence, graph } = usePanelEnv();
  const { quote, start } = evidence;
  // the page the quote stands on, for documents read from PDF
  const doc = graph.hasNode(evidence.document) ? (graph.getNodeAttributes(evidence.document) as DocumentNode) : undefined;
  const page = doc?.kind === 'document' ? pageAt(doc, start) : undefined;
  const from = compact ? compactSpan(quote) : 0;
  const shown = quote.slice(from);
  let body: ReactNode = shown;
  if (evidence.focusStart !== undefined && evidence.focusEnd !== undefined) {
    const a = evidence.focusStart - start - from;
    const b = evidence.focusEnd - start - from;
    if (a >= 0 && b <= shown.length && b > a) {
      body = (
        <>
          {shown.slice(0, a)}
          <strong className="rp-focus">{shown.slice(a, b)}</strong>
          {shown.slice(b)}
        </>
      );
    }
  }
  return (
    <button type="button" className="rp-quote" lang="zh-CN" onClick={() => openEvidence([evidence], title)} title={s.showEvidence}>
      {from > 0 ? <span className="rp-ellipsis" aria-hidden="true">…</span> : null}
      {body}
      {page ? <span className="rp-page"> p. {page}</span> : null}
    </button>
  );
}

export function PanelSection({ title, children, count }: { title: string; children: ReactNode; count?: number }): ReactNode {
  return (
    <section className="rp-section">
      <h3 className="rp-h3">
        {title}
        {count !== undefined ? <span className="rp-count"> {count}</span> : null}
      </h3>
      {children}
    </section>
  );
}

export function Facts({ rows }: { rows: Array<[string, ReactNode] | null | false | undefined> }): ReactNode {
  const shown = rows.filter((r): r is [string, ReactNode] => !!r && r[1] !== undefined && r[1] !== null && r[1] !== '');
  return (
    <dl className="rp-facts">
      {shown.map(([k, v]) => (
        <div key={k} className="rp-fact">
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
