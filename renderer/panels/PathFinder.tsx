/**
 * How two nodes connect: two pickers and the shortest undirected path along the relations chosen, step by step.
 * Responsibility only by default, so two agencies are not "connected" merely because both issued one document.
 */
import { useEffect, useRef, useState, type JSX } from 'react';
import type { RemitGraph } from '../../core/graph/types';
import { DEFAULT_PATH_RELATIONS, pathAlong } from '../../core/queries';
import { EDGE_KINDS, type EdgeKind } from '../../core/model';
import { PanelEnvProvider } from './env';
import { NodePicker, pickerIndex } from './NodePicker';
import { strings } from '../i18n';
import type { LabelMode, Lang } from '../state/view';
import { EvidenceButton, NodeLink } from './ui';
import './panels.css';
import { useGraphMemo } from './use-graph-memo';

export interface PathFinderProps {
  graph: RemitGraph;
  lang: Lang;
  labelMode: LabelMode;
  onPath: (nodeIds: string[], edgeIds: string[]) => void;
  onClose: () => void;
  version: number;
}

export function PathFinder(props: PathFinderProps): JSX.Element {
  const { graph, lang, labelMode, onPath, onClose, version } = props;
  const s = strings(lang).panel;
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [pickerKey, setPickerKey] = useState(0);
  const [relations, setRelations] = useState<readonly EdgeKind[]>(DEFAULT_PATH_RELATIONS);
  const index = useGraphMemo(() => pickerIndex(graph, labelMode), [graph, labelMode], version);
  const path = useGraphMemo(
    () => (from && to && graph.hasNode(from) && graph.hasNode(to) && relations.length ? pathAlong(graph, from, to, { relations }) : null),
    [graph, from, to, relations],
    version,
  );
  // announce each new path once: the shell's callback changes identity on every render, so it is read via a ref
  const onPathRef = useRef(onPath);
  useEffect(() => {
    onPathRef.current = onPath;
  }, [onPath]);
  const announced = useRef(false);
  useEffect(() => {
    if (path) {
      onPathRef.current(path.nodes, path.edges);
      announced.current = true;
    } else if (announced.current) {
      // the ends changed and no longer connect (or one was cleared): take the old path off the canvas
      onPathRef.current([], []);
      announced.current = false;
    }
  }, [path]);

  return (
    <PanelEnvProvider graph={graph} lang={lang} labelMode={labelMode} onSelect={() => undefined}>
      <section className="rp-panel rp-path" aria-label={s.pathTitle} lang={lang === 'zh' ? 'zh-CN' : 'en'}
        onKeyDown={(e) => { if (e.key === 'Escape' && !e.defaultPrevented) onClose(); }}>
        <header className="rp-head rp-path-head">
          <h2 className="rp-h2">{s.pathTitle}</h2>
          <button type="button" className="rp-icon-btn" onClick={onClose} aria-label={s.close} title={s.close}>
            ×
          </button>
        </header>
        <div className="rp-path-pickers" key={pickerKey}>
          <NodePicker label={s.from} index={index} value={from} s={s} onChange={setFrom} />
          <button
            type="button"
            className="rp-btn rp-swap"
            onClick={() => {
              setFrom(to);
              setTo(from);
              setPickerKey((k) => k + 1);
            }}
            aria-label={s.swap}
            title={s.swap}
          >
            ⇅
          </button>
          <NodePicker label={s.to} index={index} value={to} s={s} onChange={setTo} />
        </div>
        <fieldset className="rp-path-relations" data-testid="path-relations">
          <legend>{s.pathAlong}</legend>
          {EDGE_KINDS.map((k) => (
            <label key={k} className="rp-check">
              <input
                type="checkbox"
                checked={relations.includes(k)}
                onChange={() => setRelations((r) => (r.includes(k) ? r.filter((x) => x !== k) : EDGE_KINDS.filter((x) => x === k || r.includes(x))))}
              />
              {s.pathRelation[k]}
            </label>
          ))}
        </fieldset>
        <div className="rp-path-result" aria-live="polite">
          {!from || !to ? <p className="rp-muted">{s.pickBoth}</p> : null}
          {from && to && from === to ? <p className="rp-muted">{s.samenode}</p> : null}
          {from && to && from !== to && !path ? <p className="rp-note">{s.noPath}</p> : null}
          {path && path.steps.length > 0 ? (
            <>
              <p className="rp-path-summary">{s.pathSteps(path.steps.length)}</p>
              <ol className="rp-steps">
                <li className="rp-step-node"><NodeLink id={path.nodes[0]} plain /></li>
                {path.steps.map((st) => {
                  const attrs = graph.getEdgeAttributes(st.edgeId);
                  const verb = st.forward ? s.edge[st.kind] : s.edgeReverse[st.kind];
                  return (
                    <li key={st.edgeId} className="rp-step">
                      <div className="rp-step-edge">
                        <span className="rp-step-arrow" aria-hidden="true">↓</span>
                        <span className="rp-step-verb">
                          {verb}
                          {attrs.role ? ` (${s.role[attrs.role]})` : ''}
                        </span>
                        <EvidenceButton evidence={attrs.evidence ?? []} />
                      </div>
                      <div className="rp-step-node"><NodeLink id={st.to} plain /></div>
                    </li>
                  );
                })}
              </ol>
            </>
          ) : null}
        </div>
      </section>
    </PanelEnvProvider>
  );
}
