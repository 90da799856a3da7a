/**
 * Everything known about the selected node, each claim one click from its source clause.
 * Rendered inside the shell's <aside aria-label="Details">.
 */
import type { JSX } from 'react';
import type { RemitGraph } from '../../core/graph/types';
import { AgencyDetails } from './details/AgencyDetails';
import { DocumentDetails } from './details/DocumentDetails';
import { EntityDetails } from './details/EntityDetails';
import { ItemDetails } from './details/ItemDetails';
import { PanelEnvProvider } from './env';
import { nodeName } from '../labels';
import { strings } from '../i18n';
import type { LabelMode, Lang } from '../state/view';
import './panels.css';

export interface DetailsPanelProps {
  graph: RemitGraph;
  nodeId: string | null;
  lang: Lang;
  labelMode: LabelMode;
  onSelect: (id: string) => void;
  onRemoveDocument?: (id: string) => void;
  onCloseFile?: (name: string) => void;
  /** bumps when the graph changes in place, so memoised answers are recomputed */
  version: number;
}

export function DetailsPanel(props: DetailsPanelProps): JSX.Element {
  const { graph, nodeId, lang, labelMode, onSelect, onRemoveDocument, onCloseFile, version } = props;
  const s = strings(lang).panel;
  if (nodeId === null || !graph.hasNode(nodeId)) {
    return (
      <div className="rp-panel rp-details rp-empty" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
        <h2 className="rp-h2">{s.emptyTitle}</h2>
        <p className="rp-muted">{nodeId === null ? s.emptyHint : s.missingNode}</p>
      </div>
    );
  }
  const attrs = graph.getNodeAttributes(nodeId);
  const name = nodeName(graph, nodeId, labelMode);
  let body: JSX.Element;
  switch (attrs.kind) {
    case 'agency':
      body = <AgencyDetails id={nodeId} attrs={attrs} version={version} />;
      break;
    case 'section':
    case 'article':
      body = <ItemDetails id={nodeId} attrs={attrs} version={version} />;
      break;
    case 'document':
      body = <DocumentDetails id={nodeId} attrs={attrs} version={version} />;
      break;
    default:
      body = <EntityDetails id={nodeId} attrs={attrs} version={version} />;
  }
  return (
    <PanelEnvProvider graph={graph} lang={lang} labelMode={labelMode} onSelect={onSelect} onRemoveDocument={onRemoveDocument} onCloseFile={onCloseFile}>
      <div className="rp-panel rp-details" lang={lang === 'zh' ? 'zh-CN' : 'en'} data-kind={attrs.kind} key={nodeId}>
        <header className="rp-head">
          <span className={`rp-kind rp-kind-${attrs.kind}`}>{s.kind[attrs.kind]}</span>
          <h2 className="rp-h2 rp-title">
            <span lang={name.mainLang === 'zh' ? 'zh-CN' : 'en'}>{name.main}</span>
            {name.sub ? (
              <span className="rp-title-sub" lang={name.subLang === 'zh' ? 'zh-CN' : 'en'}>
                {name.sub}
              </span>
            ) : null}
          </h2>
        </header>
        {body}
      </div>
    </PanelEnvProvider>
  );
}
