// The briefing pack's figure: the agency overview drawn as SVG with real text, sized for the width of an A4 page
// (about 720 units wide, so 12-unit labels print near 10 pt). Agencies are circles sized by the items they are
// assigned and coloured by community; lines join agencies named for the same items, thicker for more; documents
// (when few) are dark rounded squares tied to the agencies they assign work to by thin dashed lines.
import { xmlEscape, xmlText } from '../escape';
import { CJK_FONT_STACK, themeColours } from '../palette';
import { textWidth } from '../text-metrics';
import type { BriefOverview } from './model';
import { FIGURE_FONT, FIGURE_SUB_FONT, labelExtent } from './overview-layout';

const PAD = 16;
const KEY_H = 40;
const DOC_FILL = '#3d4654';
const CROSS_EDGE = '#9aa3ad';

const fmt = (n: number) => String(Math.round(n * 10) / 10);

/**
 * `interactive`: the figure shown in the app rather than printed. Each agency and document is then a button of its own,
 * reachable by Tab with its name and count as its accessible name (the printed figure is one image, described by its
 * title); the app acts on Enter and Space as on a click.
 */
export function briefFigureSvg(overview: BriefOverview, options: { title?: string; interactive?: boolean } = {}): string {
  const colours = themeColours('light');
  const byId = new Map(overview.nodes.map((n) => [n.id, n]));
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const n of overview.nodes) {
    const e = labelExtent(n.label, n.sub, n.r);
    minX = Math.min(minX, n.x - e.left); maxX = Math.max(maxX, n.x + e.right);
    minY = Math.min(minY, n.y - e.top); maxY = Math.max(maxY, n.y + e.bottom);
  }
  if (!overview.nodes.length) minX = minY = maxX = maxY = 0;
  const key = 'Circle area: items assigned · line width: items shared · colour: community 社群 (Louvain)';
  const width = Math.ceil(Math.max(maxX - minX, textWidth(key, 11) + 10, 200) + 2 * PAD);
  const height = Math.ceil(maxY - minY + 2 * PAD + KEY_H);
  const dx = PAD - minX;
  const dy = PAD - minY;
  const maxW = Math.max(1, ...overview.edges.map((e) => e.weight));

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="${options.interactive ? 'group' : 'img'}" font-family="${xmlEscape(CJK_FONT_STACK)}">`,
    `<title>${xmlText(options.title ?? 'Agency overview')}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<g transform="translate(${fmt(dx)},${fmt(dy)})">`,
    '<g class="edges" fill="none" stroke-linecap="round">',
  ];
  const docTies: string[] = [];
  const shareLines: string[] = [];
  for (const e of [...overview.edges].sort((a, b) => a.weight - b.weight)) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t) continue;
    const same = s.community === t.community && s.community >= 0;
    const w = 0.8 + 5.2 * Math.sqrt(e.weight / maxW);
    shareLines.push(`<line x1="${fmt(s.x)}" y1="${fmt(s.y)}" x2="${fmt(t.x)}" y2="${fmt(t.y)}" stroke="${same ? s.colour : CROSS_EDGE}" stroke-width="${fmt(w)}" stroke-opacity="${same ? 0.55 : 0.4}"><title>${xmlText(`${s.label} — ${t.label}: ${e.weight} shared item${e.weight > 1 ? 's' : ''}`)}</title></line>`);
  }
  // documents' ties go under the share lines, faint
  for (const tie of overview.ties) {
    const d = byId.get(tie.document);
    const a = byId.get(tie.agency);
    if (d && a) {
      docTies.push(`<line x1="${fmt(d.x)}" y1="${fmt(d.y)}" x2="${fmt(a.x)}" y2="${fmt(a.y)}" stroke="${DOC_FILL}" stroke-width="0.8" stroke-dasharray="3 3" stroke-opacity="0.45"/>`);
    }
  }
  out.push(...docTies, ...shareLines, '</g>', '<g class="nodes">');
  for (const n of overview.nodes) {
    const described = `${n.label}${n.sub ? ` ${n.sub}` : ''}: ${n.items} item${n.items === 1 ? '' : 's'}`;
    const tip = `<title>${xmlText(described)}</title>`;
    const button = options.interactive ? ` tabindex="0" role="button" aria-label="${xmlEscape(described)}"` : '';
    if (n.kind === 'agency') out.push(`<circle data-id="${xmlEscape(n.id)}"${button} cx="${fmt(n.x)}" cy="${fmt(n.y)}" r="${fmt(n.r)}" fill="${n.colour}" stroke="#ffffff" stroke-width="1.5">${tip}</circle>`);
    else out.push(`<rect data-id="${xmlEscape(n.id)}"${button} x="${fmt(n.x - n.r)}" y="${fmt(n.y - n.r)}" width="${fmt(2 * n.r)}" height="${fmt(2 * n.r)}" rx="3" fill="${DOC_FILL}" stroke="#ffffff" stroke-width="1.5">${tip}</rect>`);
  }
  out.push('</g>', `<g class="labels" text-anchor="middle" fill="${colours.text}" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">`);
  for (const n of overview.nodes) {
    const y = n.y + n.r + 3 + FIGURE_FONT;
    out.push(`<text x="${fmt(n.x)}" y="${fmt(y)}" font-size="${FIGURE_FONT}"${n.kind === 'agency' ? ' font-weight="600"' : ''}>${xmlText(n.label)}</text>`);
    if (n.sub) out.push(`<text x="${fmt(n.x)}" y="${fmt(y + FIGURE_SUB_FONT * 1.3)}" font-size="${FIGURE_SUB_FONT}" fill="${colours.mutedText}">${xmlText(n.sub)}</text>`);
  }
  out.push('</g>', '</g>');
  const ky = height - KEY_H + 24;
  out.push(`<text x="${PAD}" y="${ky}" font-size="11" fill="${colours.mutedText}">${xmlText(key)}</text>`);
  out.push('</svg>');
  return out.join('\n') + '\n';
}
