// The briefing pack as ONE self-contained HTML file: inline CSS, the graph inline as SVG, no
// scripts at all (a CSP forbids them too), no external resources, so it opens offline, can be
// mailed as an attachment and prints on A4 (the matrix on landscape pages).
import { ROLES, type Role } from '../../model';
import { htmlEscape as h } from '../escape';
import { CJK_FONT_STACK, nodeStyle } from '../palette';
import { type BriefAgencyRef, type BriefItemRef, type BriefModel, type BriefQuote, ROLE_NAMES, excerpt, matrixKey, shortHeading } from './model';

export interface BriefHtmlOptions {
  /** the graph image, from renderSvg */
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

function agencyName(a: BriefAgencyRef): string {
  const en = a.nameEn ? `<span class="en">${h(a.nameEn)}${a.abbr ? ` (${h(a.abbr)})` : ''}</span>` : '';
  return `${zh(a.name)}${en}`;
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
  const n = ROLE_NAMES[r];
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
    `<li><b>${s.responsibilities}</b><span>assignments 分工</span></li>`,
    `<li><b>${s.platforms}</b><span>platforms 平台</span></li>`,
    `<li><b>${s.warnings}</b><span>coverage warnings 提示</span></li>`,
    '</ul>',
    '<table><thead><tr><th>Document 文件</th><th>Number 文号</th><th>Date 日期</th><th>Issued by 发文机关</th><th class="num">Items</th><th class="num">Assignments</th></tr></thead><tbody>',
  );
  for (const d of model.documents) {
    out.push(`<tr><td>${zh(d.title)}</td><td class="num">${zh(d.number ?? d.key)}</td><td class="num">${h(d.date ?? '—')}</td><td>${d.issuers.length ? d.issuers.map((i) => `${zh(i.name)}${i.abbr ? ` <span class="muted">${h(i.abbr)}</span>` : ''}`).join('、') : '<span class="muted">—</span>'}</td><td class="num">${d.items}</td><td class="num">${d.responsibilities}</td></tr>`);
  }
  out.push('</tbody></table></section>');

  // Graph
  if (options.svg) {
    out.push(
      `<section class="graph"><h2>${heading('Responsibility network', '责任网络')}</h2>`,
      `<figure>${safeSvg(options.svg)}<figcaption>Agencies (${swatch('agency')}) and the items they lead (${swatch('article')})${options.svg.includes('data-kind="platform"') ? `, with the platforms (${swatch('platform')}) those items concern` : ''}. Full clauses are in the tables below.</figcaption></figure>`,
      '</section>',
    );
  }

  // Warnings
  out.push(warningsHtml(model));

  // Matrix
  const max = options.maxMatrixAgencies ?? 30;
  const cols = model.matrix.agencies.slice(0, max);
  out.push(`<section class="matrix"><h2>${heading('Responsibility matrix', '责任矩阵')}</h2>`);
  if (!cols.length) out.push('<p class="muted">No annotation in scope names a responsible body.</p>');
  else {
    out.push(
      `<p class="legend-marks">${ROLES.map((r) => role(r)).join(' &nbsp; ')} — rows are items in document order; columns are agencies, busiest first.${model.matrix.agencies.length > max ? ` ${model.matrix.agencies.length - max} further agencies with fewer assignments appear only under “By agency”.` : ''}</p>`,
      '<div class="matrix-wrap"><table class="matrix"><thead><tr><th>Item 条目</th>',
      ...cols.map((a) => `<th class="agency" title="${h(a.nameEn ? `${a.name} — ${a.nameEn}` : a.name)}">${a.abbr ? h(a.abbr) : zh(a.name)}</th>`),
      '</tr></thead><tbody>',
    );
    for (const item of model.matrix.items) {
      const cells = cols.map((a) => {
        const c = model.matrix.cells[matrixKey(a.id, item.id)];
        return c ? `<td class="cell ${c.role}" title="${h(`${agencyShort(a)}: ${ROLE_NAMES[c.role].en}`)}">${ROLE_NAMES[c.role].mark}</td>` : '<td class="cell"></td>';
      });
      out.push(`<tr><td class="item">${itemCell(item, multiDoc)}</td>${cells.join('')}</tr>`);
    }
    out.push('</tbody></table></div>');
  }
  out.push('</section>');

  // Per agency
  out.push(`<section class="agencies"><h2>${heading('By agency', '按部门')}</h2>`);
  for (const a of model.agencies) {
    const counts = ROLES.filter((r) => a.byRole[r]).map((r) => `${a.byRole[r]} ${ROLE_NAMES[r].en}`).join(', ');
    out.push(
      `<h3>${zh(a.name)}${a.nameEn ? ` <span class="zh">${h(a.nameEn)}${a.abbr ? ` (${h(a.abbr)})` : ''}</span>` : ''}</h3>`,
      `<p class="meta">${h(counts)}${a.registered ? '' : ' · <strong>not in the agency registry</strong>'}</p>`,
      '<table><thead><tr><th style="width:26%">Item 条目</th><th style="width:11%">Role 角色</th><th>Clause (quoted) 原文</th><th style="width:16%">Shared with 共同负责</th></tr></thead><tbody>',
    );
    for (const e of a.entries) {
      const shared = e.shared.length ? e.shared.map((x) => `${zh(x.name)}${x.abbr ? ` <span class="muted">${h(x.abbr)}</span>` : ''}`).join('、') : '<span class="muted">—</span>';
      out.push(`<tr><td>${itemCell(e.item, true)}</td><td>${role(e.role, e.andOthers)}${e.asWritten && e.asWritten !== a.name ? `<span class="en">as written: ${zh(e.asWritten)}</span>` : ''}</td><td>${quote(excerpt(e.quote))}</td><td>${shared}</td></tr>`);
    }
    out.push('</tbody></table>');
  }
  if (!model.agencies.length) out.push('<p class="muted">No agency in scope.</p>');
  out.push('</section>');

  // Platforms
  out.push(`<section class="platforms"><h2>${heading('Platforms and who answers for them', '平台及责任主体')}</h2>`);
  if (!model.platforms.length) out.push('<p class="muted">No platform is mentioned in scope.</p>');
  else {
    out.push('<table><thead><tr><th style="width:28%">Platform 平台</th><th>Responsible 责任主体</th><th style="width:28%">Mentioned in 出处</th></tr></thead><tbody>');
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

function swatch(kind: 'agency' | 'article' | 'platform'): string {
  return `<span class="swatch" style="background:${nodeStyle(kind).fill}"></span>${kind === 'article' ? 'items' : kind === 'agency' ? 'agencies' : 'platforms'}`;
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
      '<table><thead><tr><th style="width:34%">Item 条目</th><th>Annotation 原文</th><th style="width:28%">Named 已列明</th></tr></thead><tbody>',
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
