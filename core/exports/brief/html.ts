// The briefing pack as ONE self-contained HTML file: inline CSS, the graph inline as SVG, no
// scripts at all (a CSP forbids them too), no external resources, so it opens offline, can be
// mailed as an attachment and prints on A4 (the matrix on landscape pages).
import { ROLES, type Role } from '../../model';
import { htmlEscape as h } from '../escape';
import { rolesIn } from '../../queries/roles';
import { CJK_FONT_STACK } from '../palette';
import { type BriefAgency, type BriefAgencyRef, type BriefItemRef, type BriefModel, type BriefQuote, COLUMNS, excerpt, matrixKey, roleName, shortHeading } from './model';
import { briefFigureSvg } from './overview-figure';

export interface BriefHtmlOptions {
  /** a figure to use instead of the agency overview drawn from the model (briefFigureSvg) */
  svg?: string;
  /** agencies beyond this many are left out of the matrix (they keep their own section); default 30 */
  maxMatrixAgencies?: number;
}

const CSS = `
@page { size: A4; margin: 16mm 14mm; }
@page wide { size: A4 landscape; margin: 12mm; }
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 24px 28px 48px; font-family: "Source Sans 3","Segoe UI","Helvetica Neue",Arial,${CJK_FONT_STACK};
  font-size: 14px; line-height: 1.65; color: #111827; background: #fff; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
:lang(zh) { line-height: 1.8; letter-spacing: 0.01em; }
h1 { font-size: 26px; line-height: 1.35; margin: 4px 0 6px; }
h2 { font-size: 19px; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 2px solid #1f2937; break-after: avoid; }
h3 { font-size: 16px; margin: 26px 0 6px; break-after: avoid; }
h2 .zh, h3 .zh { font-weight: 500; color: #4b5563; margin-left: 0.4em; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 12px; color: #6b7280; margin: 0; }
.subtitle { color: #374151; margin: 0; }
.meta { color: #6b7280; font-size: 12.5px; margin: 4px 0 0; }
.stats { display: flex; flex-wrap: wrap; gap: 10px; margin: 14px 0; padding: 0; list-style: none; }
.stats li { border: 1px solid #e5e7eb; border-radius: 8px; padding: 8px 14px; min-width: 120px; }
.stats b { display: block; font-size: 22px; line-height: 1.2; }
.stats span { font-size: 12px; color: #4b5563; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 13px; }
th, td { border: 1px solid #d1d5db; padding: 5px 7px; vertical-align: top; text-align: left; }
th { background: #f3f4f6; font-weight: 600; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.num { white-space: nowrap; font-variant-numeric: tabular-nums; }
col.c-doc { width: 25%; } col.c-number { width: 21%; } col.c-date { width: 12%; } col.c-issuers { width: 21%; } col.c-count { width: 10.5%; }
table.documents { font-size: 12px; }
th.num { font-size: 11px; white-space: normal; }
col.c-item { width: 26%; } col.c-role { width: 10em; } col.c-shared { width: 17%; } col.c-reason { width: 40%; }
table.documents, table.by-agency { table-layout: fixed; }
td, th { overflow-wrap: anywhere; } td.num, th.num { overflow-wrap: normal; }
.en { color: #4b5563; font-size: 12px; display: block; }
.quote { font-size: 12.5px; color: #1f2937; }
.quote mark { background: #fde68a; color: inherit; font-weight: 700; padding: 0 1px; }
.role { white-space: nowrap; font-weight: 600; }
.role-lead { color: #9a3412; } .role-joint { color: #1e40af; } .role-responsible { color: #065f46; }
.role-implement { color: #854d0e; } .role-guide { color: #5b21b6; } .role-participate { color: #075985; } .role-member { color: #334155; }
figure { margin: 8px 0 0; break-inside: avoid; }
figure svg { width: 100%; height: auto; max-height: 250mm; border: 1px solid #e5e7eb; border-radius: 6px; }
figcaption { font-size: 12px; color: #6b7280; margin-top: 4px; }
.matrix-wrap { overflow-x: auto; }
section.matrix { page: wide; }
table.matrix { width: auto; font-size: 11.5px; }
table.matrix th.agency { writing-mode: vertical-rl; text-orientation: mixed; white-space: nowrap; padding: 6px 2px; font-weight: 600; min-width: 24px; max-height: 160px; }
table.matrix td.cell { text-align: center; padding: 3px 2px; width: 24px; font-size: 13px; }
td.cell.lead { background: #ffedd5; color: #9a3412; } td.cell.joint { background: #dbeafe; color: #1e40af; } td.cell.responsible { background: #d1fae5; color: #065f46; }
td.cell.implement { background: #fef9c3; color: #854d0e; } td.cell.guide { background: #ede9fe; color: #5b21b6; } td.cell.participate { background: #e0f2fe; color: #075985; } td.cell.member { background: #f1f5f9; color: #334155; }
table.matrix td.item { min-width: 220px; }
.legend-marks { font-size: 12px; color: #374151; }
.warn { border-left: 4px solid #d97706; background: #fffbeb; padding: 8px 12px; margin: 10px 0; break-inside: avoid; }
.warn h3 { margin-top: 0; }
.ok { color: #065f46; }
.muted { color: #6b7280; }
ul.tight { margin: 4px 0; padding-left: 1.3em; }
footer { margin-top: 40px; font-size: 12px; color: #6b7280; border-top: 1px solid #e5e7eb; padding-top: 8px; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; vertical-align: baseline; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2 { break-before: auto; }
  figure svg { max-height: 115mm; }
  .stats { flex-wrap: nowrap; gap: 6px; }
  .stats li { min-width: 0; flex: 1 1 0; padding: 4px 8px; }
  .stats b { font-size: 16pt; }
  .stats span { font-size: 8pt; line-height: 1.3; display: block; }
  section.agencies h3 { break-before: auto; }
  .matrix-wrap { overflow: visible; }
  a { color: inherit; text-decoration: none; }
}
`;

/** Rejects an image that could run code; renderSvg never produces one, this guards other callers. */
function safeSvg(svg: string): string {
  if (/<\s*(script|foreignObject|iframe|object|embed)\b/i.test(svg) || /\son[a-z]+\s*=\s*["']/i.test(svg.replace(/>[^<]*</g, '><'))) {
    throw new Error('Refusing to embed an SVG with active content');
  }
  return svg.replace(/^<\?xml[^>]*>\s*/, '');
}

const zh = (text: string) => `<span lang="zh-Hans">${h(text)}</span>`;
const heading = (en: string, zhText: string) => `${h(en)}<span class="zh" lang="zh-Hans">${h(zhText)}</span>`;
/** A column heading from COLUMNS: "Number 文号" → English, then the Chinese in its own language span. */
function th(text: string, attrs = ''): string {
  const m = /^(.*?)\s*([\u3400-\u9fff][^A-Za-z]*)$/.exec(text);
  return `<th${attrs}>${m ? `${h(m[1])} <span lang="zh-Hans">${h(m[2])}</span>` : h(text)}</th>`;
}

function agencyShort(a: BriefAgencyRef): string {
  return a.abbr || a.name;
}

function itemCell(item: BriefItemRef, withDoc: boolean): string {
  const doc = withDoc ? `<span class="en">${zh(item.documentKey)}</span>` : '';
  const en = item.headingEn ? `<span class="en">${h(item.headingEn)}</span>` : '';
  const page = item.page ? ` <span class="page">p. ${item.page}</span>` : '';
  return `<span class="num" lang="zh-Hans">${h(item.path)}</span> ${zh(shortHeading(item.heading))}${page}${en}${doc}`;
}

function quote(q: BriefQuote): string {
  if (!q.focus) return `<span class="quote" lang="zh-Hans">${h(q.text)}</span>`;
  const [a, b] = q.focus;
  return `<span class="quote" lang="zh-Hans">${h(q.text.slice(0, a))}<mark>${h(q.text.slice(a, b))}</mark>${h(q.text.slice(b))}</span>`;
}

function role(r: Role, andOthers = false): string {
  const n = roleName(r);
  return `<span class="role role-${r}">${n.mark} ${h(n.en)} <span lang="zh-Hans">${h(n.zh)}</span>${andOthers ? ' <span class="muted" title="list ends in 等">+等</span>' : ''}</span>`;
}

export function briefHtml(model: BriefModel, options: BriefHtmlOptions = {}): string {
  const multiDoc = model.documents.length > 1;
  const out: string[] = [];
  out.push(
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Remit">',
    `<title>${h(model.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<p class="kicker">Responsibility briefing · <span lang="zh-Hans">责任分工简报</span></p>`,
    `<h1 lang="zh-Hans">${h(model.title)}</h1>`,
  );
  if (model.subtitle) out.push(`<p class="subtitle" lang="zh-Hans">${h(model.subtitle)}</p>`);
  const meta = [model.scopeLabel ? `Scope: ${h(model.scopeLabel)}` : '', model.preparedOn ? `Prepared ${h(model.preparedOn)}` : ''].filter(Boolean);
  if (meta.length) out.push(`<p class="meta">${meta.join(' · ')}</p>`);
  out.push('</header>');

  // Summary
  const s = model.summary;
  out.push(
    `<section class="summary"><h2>${heading('At a glance', '概览')}</h2>`,
    '<ul class="stats">',
    `<li><b>${s.documents}</b><span>documents 文件</span></li>`,
    `<li><b>${s.items}</b><span>items with a responsible body 有责任主体的条目</span></li>`,
    `<li><b>${s.agencies}</b><span>agencies named 部门</span></li>`,
    `<li><b>${s.responsibilities}</b><span>assignments 分工${s.statements > s.responsibilities ? ` (${s.statements} annotations: some restated)` : ''}</span></li>`,
    `<li><b>${s.platforms}</b><span>platforms 平台</span></li>`,
    `<li><b>${s.warnings}</b><span>coverage warnings 提示</span></li>`,
    '</ul>',
    '</section>',
  );

  // Figure: the agency overview, readable at page width
  const o = model.overview;
  if (options.svg || o.nodes.length) {
    const omitted = [
      o.omittedAgencies ? `${o.omittedAgencies} agencies with fewer assignments are left out of the figure` : '',
      o.omittedDocuments ? `${o.omittedDocuments} documents are listed below rather than drawn` : '',
    ].filter(Boolean);
    const communities = o.communities.filter((c) => c.index >= 0 && c.members.length > 1);
    out.push(
      `<section class="graph"><h2>${heading('Who works with whom', '部门协同概览')}</h2>`,
      `<figure>${safeSvg(options.svg ?? briefFigureSvg(o, { title: model.title }))}<figcaption>Agencies sized by the items they are assigned; a line joins two agencies named for the same items, thicker for more${o.ties.length ? '; dark squares are the documents that assign the work' : ''}. Colours are communities of agencies that mostly work together${communities.length ? `: ${communities.map((c) => `<span class="swatch" style="background:${c.colour}"></span>${c.members.slice(0, 6).map((m) => zh(m)).join('、')}${c.members.length > 6 ? ` +${c.members.length - 6}` : ''}`).join('; ')}` : ''}.${omitted.length ? ` ${h(omitted.join('; '))}.` : ''}</figcaption></figure>`,
      '</section>',
    );
  }

  // The documents, after the picture so that the figure stays on the first page
  out.push(
    `<section class="documents"><h2>${heading('Documents', '文件')}</h2>`,
    `<table class="documents"><colgroup><col class="c-doc"><col class="c-number"><col class="c-date"><col class="c-issuers"><col class="c-count"><col class="c-count"></colgroup><thead><tr>${th(COLUMNS.document)}${th(COLUMNS.number)}${th(COLUMNS.date)}${th(COLUMNS.issuedBy)}${th(COLUMNS.items, ' class="num"')}${th(COLUMNS.assignments, ' class="num"')}</tr></thead><tbody>`,
  );
  for (const d of model.documents) {
    out.push(`<tr><td>${zh(d.title)}</td><td class="num">${zh(d.number ?? d.key)}</td><td class="num">${h(d.date ?? '—')}</td><td>${d.issuers.length || d.forwards.length ? d.issuers.map((i) => `${zh(i.name)}${i.abbr ? ` <span class="muted">${h(i.abbr)}</span>` : ''}`).join('、') + (d.forwards.length ? `<div class="muted">${h(COLUMNS.forwarding)}：${d.forwards.map((i) => zh(i.name)).join('、')}</div>` : '') : '<span class="muted">—</span>'}</td><td class="num">${d.items}</td><td class="num">${d.responsibilities}</td></tr>`);
  }
  out.push('</tbody></table></section>');

  // Warnings
  out.push(warningsHtml(model));

  // Matrix
  const max = options.maxMatrixAgencies ?? 30;
  const cols = model.matrix.agencies.slice(0, max);
  out.push(`<section class="matrix"><h2>${heading('Responsibility matrix', '责任矩阵')}</h2>`);
  if (!cols.length) out.push('<p class="muted">No annotation in scope names a responsible body.</p>');
  else {
    out.push(
      `<p class="legend-marks">${legendRoles(model).map((r) => role(r)).join(' &nbsp; ')} — rows are items in document order; columns are agencies, busiest first.${model.matrix.agencies.length > max ? ` ${model.matrix.agencies.length - max} further agencies with fewer assignments appear only under “By agency”.` : ''}</p>`,
      `<div class="matrix-wrap"><table class="matrix"><thead><tr>${th(COLUMNS.item)}`,
      ...cols.map((a) => `<th class="agency" title="${h(a.nameEn ? `${a.name} — ${a.nameEn}` : a.name)}">${a.abbr ? h(a.abbr) : zh(a.name)}</th>`),
      '</tr></thead><tbody>',
    );
    for (const item of model.matrix.items) {
      const cells = cols.map((a) => {
        const c = model.matrix.cells[matrixKey(a.id, item.id)];
        return c ? `<td class="cell ${c.role}" title="${h(`${agencyShort(a)}: ${roleName(c.role).en}`)}">${roleName(c.role).mark}</td>` : '<td class="cell"></td>';
      });
      out.push(`<tr><td class="item">${itemCell(item, multiDoc)}</td>${cells.join('')}</tr>`);
    }
    out.push('</tbody></table></div>');
  }
  out.push('</section>');

  // Per agency: agencies with the same assignments share a section, so each clause is printed once per section
  out.push(`<section class="agencies"><h2>${heading('By agency', '按部门')}</h2>`);
  for (const section of model.agencySections) {
    const first = section.agencies[0];
    const names = section.agencies.map((a) => `${zh(a.name)}${a.nameEn ? ` <span class="zh">${h(a.nameEn)}${a.abbr ? ` (${h(a.abbr)})` : ''}${a.former ? ` · ${h(a.former)}` : ''}</span>` : ''}`).join('<br>');
    const together = section.agencies.length > 1 ? ` · the same ${section.entries.length === 1 ? 'item' : `${section.entries.length} items`} for all ${section.agencies.length}, listed once` : '';
    out.push(
      `<h3>${names}</h3>`,
      `<p class="meta">${h(roleCounts(first))}${h(together)}${section.agencies.some((a) => !a.registered) ? ' · <strong>not in the agency registry</strong>' : ''}</p>`,
      `<table class="by-agency"><colgroup><col class="c-item"><col class="c-role"><col><col class="c-shared"></colgroup><thead><tr>${th(COLUMNS.item)}${th(COLUMNS.role)}${th(COLUMNS.clause)}${th(COLUMNS.sharedWith)}</tr></thead><tbody>`,
    );
    for (const e of section.entries) {
      const shared = e.shared.length ? e.shared.map((x) => `${zh(x.name)}${x.abbr ? ` <span class="muted">${h(x.abbr)}</span>` : ''}`).join('、') : '<span class="muted">—</span>';
      const restated = (e.statements > 1 ? `<span class="en">stated ${e.statements}×</span>` : '') + (e.deadline ? `<span class="en">when: ${zh(e.deadline)}</span>` : '');
      out.push(`<tr><td>${itemCell(e.item, true)}</td><td>${role(e.role, e.andOthers)}${e.asWritten && section.agencies.length === 1 && e.asWritten !== first.name ? `<span class="en">as written: ${zh(e.asWritten)}</span>` : ''}${restated}</td><td>${quote(excerpt(e.quote))}</td><td>${shared}</td></tr>`);
    }
    out.push('</tbody></table>');
  }
  if (!model.agencies.length) out.push('<p class="muted">No agency in scope.</p>');
  out.push('</section>');

  // Documents that assign nothing, and why
  if (model.unassignedDocuments.length) {
    out.push(
      `<section class="unassigned-documents"><h2>${heading('Documents without assignments', '未分工文件')}</h2>`,
      `<table><colgroup><col><col class="c-number"><col class="c-date"><col class="c-reason"></colgroup><thead><tr>${th(COLUMNS.document)}${th(COLUMNS.number)}${th(COLUMNS.date)}${th(COLUMNS.reason)}</tr></thead><tbody>`,
      ...model.unassignedDocuments.map((d) => `<tr><td>${zh(d.title)}</td><td class="num">${zh(model.documents.find((x) => x.id === d.id)?.number ?? d.key)}</td><td class="num">${h(d.date ?? '—')}</td><td>${reasonHtml(d.reason)}</td></tr>`),
      '</tbody></table></section>',
    );
  }

  // Platforms
  out.push(`<section class="platforms"><h2>${heading('Platforms and who answers for them', '平台及责任主体')}</h2>`);
  if (!model.platforms.length) out.push('<p class="muted">No platform is mentioned in scope.</p>');
  else {
    out.push(`<table><colgroup><col style="width:28%"><col><col style="width:28%"></colgroup><thead><tr>${th(COLUMNS.platform)}${th(COLUMNS.responsible)}${th(COLUMNS.mentionedIn)}</tr></thead><tbody>`);
    for (const p of model.platforms) {
      const resp = p.responsible.length
        ? '<ul class="tight">' + p.responsible.map((r) => `<li>${zh(r.agency.name)}${r.agency.abbr ? ` <span class="muted">${h(r.agency.abbr)}</span>` : ''} — ${role(r.role)}${r.inherited ? ' <span class="muted">(via the enclosing section)</span>' : ''}</li>`).join('') + '</ul>'
        : '<span class="muted">no responsible body named</span>';
      const items = p.mentionedIn.map((i) => `<span class="num">${zh(i.path)}</span>${multiDoc ? ` <span class="muted">${zh(i.documentKey)}</span>` : ''}`).join('<br>');
      out.push(`<tr><td>${zh(p.name)}${p.nameEn ? `<span class="en">${h(p.nameEn)}</span>` : ''}<span class="en">${h(p.platformKind.replace('_', ' '))}</span></td><td>${resp}</td><td>${items}</td></tr>`);
    }
    out.push('</tbody></table>');
  }
  out.push('</section>');

  out.push(
    '<footer>Prepared with Remit from the documents listed above. Quotations are verbatim from the source text (long clauses shortened with …; the responsibilities CSV has them in full); highlighted words are the body the annotation names. Roles: <em>lead</em> = 牵头 (or first-listed where the document says so), <em>joint</em> = the other bodies in a 牵头 list, <em>responsible</em> = plain 负责.</footer>',
    '</body>',
    '</html>',
    '',
  );
  return out.join('\n');
}

/** The roles the matrix shows, in the model's order: the legend names each mark that appears. */
function legendRoles(model: BriefModel): Role[] {
  const shown = new Set(Object.values(model.matrix.cells).map((c) => c.role));
  return ROLES.filter((r) => shown.has(r));
}

function roleCounts(a: BriefAgency): string {
  return rolesIn(a.byRole).map((r) => `${a.byRole[r]} ${roleName(r).en}`).join(', ');
}

/** Chinese terms inside an English reason keep their language for screen readers and fonts. */
function reasonHtml(reason: string): string {
  return h(reason).replace(/[\u3400-\u9fff][\u3400-\u9fff、（）/]*/g, (m) => `<span lang="zh-Hans">${m}</span>`);
}


function warningsHtml(model: BriefModel): string {
  const w = model.warnings;
  const out: string[] = [`<section class="warnings"><h2>${heading('Coverage warnings', '覆盖提示')}</h2>`];
  const total = w.unassigned.length + w.andOthers.length + w.unregistered.length + w.documents.length;
  if (!total) out.push('<p class="ok">Every task item in scope names a responsible body; no list ends in 等; every body is in the registry.</p>');
  if (w.unassigned.length) {
    out.push(
      `<div class="warn"><h3>${heading(`${w.unassigned.length} item${w.unassigned.length > 1 ? 's' : ''} with no responsible body`, '未明确责任主体')}</h3>`,
      '<ul class="tight">',
      ...w.unassigned.map((i) => `<li>${itemCell(i, model.documents.length > 1)}</li>`),
      '</ul></div>',
    );
  }
  if (w.andOthers.length) {
    out.push(
      `<div class="warn"><h3>${heading(`${w.andOthers.length} list${w.andOthers.length > 1 ? 's' : ''} ending in 等 (others unnamed)`, '“等”未列全')}</h3>`,
      `<table><colgroup><col style="width:34%"><col><col style="width:28%"></colgroup><thead><tr>${th(COLUMNS.item)}${th(COLUMNS.annotation)}${th(COLUMNS.named)}</tr></thead><tbody>`,
      ...w.andOthers.map((a) => `<tr><td>${itemCell(a.item, model.documents.length > 1)}</td><td>${zh(a.quote)}</td><td>${a.named.map((n) => zh(n.name)).join('、')}</td></tr>`),
      '</tbody></table></div>',
    );
  }
  if (w.unregistered.length) {
    out.push(
      `<div class="warn"><h3>${heading(`${w.unregistered.length} bod${w.unregistered.length > 1 ? 'ies' : 'y'} not in the agency registry`, '未收录机构')}</h3>`,
      '<ul class="tight">',
      ...w.unregistered.map((u) => `<li>${zh(u.agency.name)}${u.asWritten.length ? ` <span class="muted">(as written: ${u.asWritten.map(zh).join('、')})</span>` : ''} — ${u.items.map((i) => `<span class="num">${zh(i.path)}</span>`).join(', ')}</li>`),
      '</ul></div>',
    );
  }
  if (w.documents.length) {
    out.push(
      `<div class="warn"><h3>${heading('Notes from reading the documents', '解析提示')}</h3><ul class="tight">`,
      ...w.documents.map((d) => `<li>${zh(d.documentKey)}: ${zh(d.text)}</li>`),
      '</ul></div>',
    );
  }
  out.push('</section>');
  return out.join('\n');
}
