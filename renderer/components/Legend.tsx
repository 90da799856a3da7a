/** Legend: node kinds (shape + colour) and the edge styles that carry meaning (roles of `leads`). */
import { useState } from 'react';
import { NODE_KINDS } from '../../core/model';
import { ROLE_LINES } from '../../core/exports/palette';
import { edgeStyles } from '../graph/kind-styles';
import type { Strings } from '../i18n';
import type { Theme } from '../state/view';
import { KindGlyph } from './KindGlyph';

function Line({ color, width, dash }: { color: string; width: number; dash?: string }) {
  return (
    <svg width="30" height="10" viewBox="0 0 30 10" aria-hidden="true">
      <line x1="1" y1="5" x2="23" y2="5" stroke={color} strokeWidth={width} strokeDasharray={dash} />
      <path d="M22 1.5 L29 5 L22 8.5z" fill={color} />
    </svg>
  );
}

export function Legend({ theme, t }: { theme: Theme; t: Strings }) {
  const [open, setOpen] = useState(true);
  const e = edgeStyles(theme);
  return (
    <section className={`legend${open ? '' : ' closed'}`} aria-label={t.legend}>
      <button type="button" className="legend-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t.legend}
      </button>
      {open && (
        <div className="legend-body">
          <ul>
            {NODE_KINDS.map((k) => (
              <li key={k}><KindGlyph kind={k} theme={theme} />{t.kind[k]}</li>
            ))}
          </ul>
          <ul>
            <li><Line color={e.leads.color} width={2.6} />{t.role.lead}</li>
            <li><Line color={e.leads.color} width={2.2} dash="5 3" />{t.role.joint}</li>
            <li><Line color={e.leads.color} width={2.2} dash="1.5 3" />{t.role.responsible}</li>
            {(['implement', 'guide', 'participate', 'member'] as const).map((r) => (
              <li key={r}><Line color={e.leads.color} width={ROLE_LINES[r]?.width ?? 1.6} dash={ROLE_LINES[r]?.dash} />{t.role[r]}</li>
            ))}
            <li><Line color={e.contains.color} width={1.2} />{t.edge.contains}</li>
            <li><Line color={e.mentions.color} width={1.2} />{t.edge.mentions}</li>
            <li><Line color={e.issued.color} width={1.2} dash="4 3" />{t.edge.issued}</li>
          </ul>
        </div>
      )}
    </section>
  );
}
