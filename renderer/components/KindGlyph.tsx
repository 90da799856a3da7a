import type { NodeKind } from '../../core/model';
import { kindStyles } from '../graph/kind-styles';
import type { Theme } from '../state/view';

/** The kind's shape in its colour: the same cue as on the canvas, so the legend, filters and lists agree. */
export function KindGlyph({ kind, theme, size = 14 }: { kind: NodeKind; theme: Theme; size?: number }) {
  const s = kindStyles(theme)[kind];
  return (
    <svg className="glyph" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={s.glyph} fill={s.color} />
    </svg>
  );
}
