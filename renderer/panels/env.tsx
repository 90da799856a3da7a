/** Gives panel parts the graph, strings and actions, and owns the one evidence dialog a panel can open. */
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { Evidence } from '../../core/model';
import type { RemitGraph } from '../../core/graph/types';
import { EvidenceViewer } from './EvidenceViewer';
import { strings } from '../i18n';
import type { LabelMode, Lang } from '../state/view';
import { PanelEnvContext, type PanelEnv } from './ui';

export function PanelEnvProvider(props: {
  graph: RemitGraph;
  lang: Lang;
  labelMode: LabelMode;
  onSelect: (id: string) => void;
  onRemoveDocument?: (id: string) => void;
  onCloseFile?: (name: string) => void;
  children: ReactNode;
}): ReactNode {
  const { graph, lang, labelMode, onSelect, onRemoveDocument, onCloseFile } = props;
  const [open, setOpen] = useState<{ evidence: Evidence[]; title?: string } | null>(null);
  const openEvidence = useCallback((evidence: Evidence[], title?: string) => setOpen({ evidence, title }), []);
  const env = useMemo<PanelEnv>(
    () => ({ graph, s: strings(lang).panel, labelMode, onSelect, openEvidence, onRemoveDocument, onCloseFile }),
    [graph, lang, labelMode, onSelect, openEvidence, onRemoveDocument, onCloseFile],
  );
  return (
    <PanelEnvContext.Provider value={env}>
      {props.children}
      {open ? (
        <EvidenceViewer
          graph={graph}
          evidence={open.evidence}
          title={open.title}
          lang={lang}
          labelMode={labelMode}
          onClose={() => setOpen(null)}
          onSelect={onSelect}
        />
      ) : null}
    </PanelEnvContext.Provider>
  );
}
