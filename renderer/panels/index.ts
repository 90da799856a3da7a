export { DetailsPanel } from './DetailsPanel';
export type { DetailsPanelProps } from './DetailsPanel';
export { EvidenceViewer } from './EvidenceViewer';
export type { EvidenceViewerProps } from './EvidenceViewer';
export { MatrixView } from './MatrixView';
export type { MatrixViewProps } from './MatrixView';
export { PathFinder } from './PathFinder';
export type { PathFinderProps } from './PathFinder';
