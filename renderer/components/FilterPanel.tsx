/** Filters: kinds with live counts, documents, sections, an agency's responsibilities, isolated nodes. */
import { useMemo, useState } from 'react';
import { NODE_KINDS, type NodeKind } from '../../core/model';
import type { RemitGraph } from '../../core/graph/types';
import { documentTag } from '../../core/queries/document-tag';
import { fullLabel } from '../labels';
import type { Strings } from '../i18n';
import type { Filters, LabelMode, Theme } from '../state/view';
import { CorpusFilters } from './CorpusFilters';
import { KindGlyph } from './KindGlyph';

/** Long lists filter as the user types, so the keyboard reaches the list's end in a few keys rather than 200 tabs. */
const matches = (label: string, query: string) => !query || label.toLowerCase().includes(query.trim().toLowerCase());

interface Props {
  graph: RemitGraph;
  version: number;
  filters: Filters;
  kindCounts: Record<NodeKind, number>;
  labelMode: LabelMode;
  theme: Theme;
  t: Strings;
  onChange(filters: Filters): void;
}

interface Lists {
  documents: { id: string; label: string }[];
  sections: { id: string; label: string; doc: string }[];
  agencies: { id: string; label: string; led: number }[];
}

function lists(graph: RemitGraph, mode: LabelMode): Lists {
  const out: Lists = { documents: [], sections: [], agencies: [] };
  graph.forEachNode((id, a) => {
    if (a.kind === 'document') out.documents.push({ id, label: a.number ? `${a.number} ${a.title}` : a.title });
    else if (a.kind === 'section') out.sections.push({ id, label: fullLabel(a, mode), doc: a.document });
    else if (a.kind === 'agency') {
      let led = 0;
      graph.forEachEdge(id, (_e, ea) => { if (ea.kind === 'leads') led++; });
      if (led > 0) out.agencies.push({ id, label: fullLabel(a, mode), led });
    }
  });
  // with several documents a section says whose it is: GKFG 2023-31 · 二、…
  if (out.documents.length > 1) {
    for (const sec of out.sections) {
      const doc = graph.hasNode(sec.doc) ? graph.getNodeAttributes(sec.doc) : undefined;
      if (doc?.kind === 'document') sec.label = `${documentTag(doc)} · ${sec.label}`;
    }
  }
  out.documents.sort((x, y) => x.label.localeCompare(y.label, 'zh-Hans-CN'));
  const start = (id: string) => { const a = graph.getNodeAttributes(id); return 'start' in a ? a.start : 0; };
  out.sections.sort((x, y) => x.doc.localeCompare(y.doc) || start(x.id) - start(y.id));
  out.agencies.sort((x, y) => y.led - x.led || x.label.localeCompare(y.label, 'zh-Hans-CN'));
  return out;
}

function toggle(list: string[] | null, all: string[], id: string): string[] | null {
  const current = new Set(list ?? all);
  if (current.has(id)) current.delete(id);
  else current.add(id);
  return current.size === all.length ? null : [...current];
}

export function FilterPanel({ graph, version, filters, kindCounts, labelMode, theme, t, onChange }: Props) {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const l = useMemo(() => lists(graph, labelMode), [graph, version, labelMode]);
  const hidden = new Set(filters.hiddenKinds);
  const docIds = l.documents.map((d) => d.id);
  const secIds = l.sections.map((s) => s.id);
  const shownSections = filters.documents ? l.sections.filter((s) => filters.documents!.includes(s.doc)) : l.sections;
  const [docQuery, setDocQuery] = useState('');
  const [secQuery, setSecQuery] = useState('');
  const changed =
    filters.hiddenKinds.length > 0 || filters.documents !== null || filters.sections !== null || filters.agency !== null || filters.hideIsolated ||
    Boolean(filters.roles) || Boolean(filters.dates);
  return (
    <div className="filters">
      <fieldset>
        <legend>{t.nodeKinds}</legend>
        {NODE_KINDS.map((kind) => (
          <label key={kind} className="check">
            <input
              type="checkbox"
              checked={!hidden.has(kind)}
              onChange={() => onChange({ ...filters, hiddenKinds: hidden.has(kind) ? filters.hiddenKinds.filter((k) => k !== kind) : [...filters.hiddenKinds, kind] })}
            />
            <KindGlyph kind={kind} theme={theme} />
            <span className="check-label">{t.kindPlural[kind]}</span>
            <span className="count" aria-label={`${kindCounts[kind]}`}>{kindCounts[kind]}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t.agencyResponsibilities}</legend>
        <select
          aria-label={t.agency}
          value={filters.agency ?? ''}
          onChange={(e) => onChange({ ...filters, agency: e.target.value || null })}
        >
          <option value="">{t.anyAgency}</option>
          {l.agencies.map((a) => (
            <option key={a.id} value={a.id}>{`${a.label} (${a.led})`}</option>
          ))}
        </select>
      </fieldset>

      <CorpusFilters graph={graph} version={version} filters={filters} t={t} onChange={onChange} />

      {l.documents.length > 0 && (
        <fieldset>
          <legend>{t.documents}</legend>
          {l.documents.length > 8 && <input type="search" className="list-filter" aria-label={`${t.documents}: ${t.filterList}`} placeholder={t.filterList} value={docQuery} onChange={(e) => setDocQuery(e.target.value)} />}
          <div className="scroll-list">
            {l.documents.filter((d) => matches(d.label, docQuery)).map((d) => (
              <label key={d.id} className="check" title={d.label}>
                <input type="checkbox" checked={filters.documents === null || filters.documents.includes(d.id)} onChange={() => onChange({ ...filters, documents: toggle(filters.documents, docIds, d.id) })} />
                <span className="check-label ellipsis">{d.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}

      {shownSections.length > 0 && (
        <fieldset>
          <legend>{t.sections}</legend>
          {shownSections.length > 8 && <input type="search" className="list-filter" aria-label={`${t.sections}: ${t.filterList}`} placeholder={t.filterList} value={secQuery} onChange={(e) => setSecQuery(e.target.value)} />}
          <div className="scroll-list">
            {shownSections.filter((s) => matches(s.label, secQuery)).map((s) => (
              <label key={s.id} className="check" title={s.label}>
                <input type="checkbox" checked={filters.sections === null || filters.sections.includes(s.id)} onChange={() => onChange({ ...filters, sections: toggle(filters.sections, secIds, s.id) })} />
                <span className="check-label ellipsis">{s.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}

      <label className="check">
        <input type="checkbox" checked={filters.hideIsolated} onChange={() => onChange({ ...filters, hideIsolated: !filters.hideIsolated })} />
        <span className="check-label">{t.hideIsolated}</span>
      </label>
      <button type="button" className="btn small" disabled={!changed} onClick={() => onChange({ hiddenKinds: [], documents: null, sections: null, agency: null, hideIsolated: false, roles: null, dates: null })}>
        {t.resetFilters}
      </button>
    </div>
  );
}
