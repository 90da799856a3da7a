// The briefing pack as a Word document, with the same content as the HTML: headings, tables and
// the graph image. Packed with Packer.pack(…, 'uint8array'), which works in Node and the browser
// alike (Packer.toBuffer is Node-only). Word cannot show an SVG without a raster fallback, so the
// image needs a PNG; an SVG alone is left out with a note.
import {
  AlignmentType, BorderStyle, Document, HeadingLevel, HeightRule, ImageRun, LineRuleType, Packer, PageOrientation, Paragraph, ShadingType, Table, TableCell,
  TableLayoutType, TableRow, TextDirection, TextRun, VerticalAlign, WidthType, type ISectionOptions,
} from 'docx';
import { ROLES, type Role } from '../../model';
import { rolesIn } from '../../queries/roles';
import { xmlSafe } from '../escape';
import { textWidth } from '../text-metrics';
import { type BriefAgency, type BriefItemRef, type BriefModel, type BriefQuote, COLUMNS, excerpt, matrixKey, roleName, shortHeading } from './model';

export interface BriefDocxOptions {
  /** the figure (briefFigureSvg of the model) rasterised: Word needs a PNG, and gets the SVG beside it when given */
  png?: Uint8Array;
  svg?: string;
  maxMatrixAgencies?: number;
}

const FONT = { ascii: 'Calibri', hAnsi: 'Calibri', cs: 'Calibri', eastAsia: 'Microsoft YaHei' };
/** A4 in twips, portrait; docx swaps them for landscape sections. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1000;
/** content width of a portrait page in twips and in pixels (96 dpi) for the image */
const CONTENT_TWIPS = A4.width - 2 * MARGIN;
const CONTENT_PX = Math.floor((CONTENT_TWIPS / 1440) * 96);
/** the figure's height leaves room for the title, the summary line and its heading on the first page */
const MAX_IMAGE_PX = Math.floor(((A4.height - 2 * MARGIN - 4200) / 1440) * 96);
const LANDSCAPE_MARGIN = 800;
const LANDSCAPE_TWIPS = A4.height - 2 * LANDSCAPE_MARGIN;
const ROLE_FILL: Record<string, string> = { lead: 'FFEDD5', joint: 'DBEAFE', responsible: 'D1FAE5', implement: 'FEF9C3', guide: 'EDE9FE', participate: 'E0F2FE', member: 'F1F5F9' };
const ROLE_COLOUR: Record<string, string> = { lead: '9A3412', joint: '1E40AF', responsible: '065F46', implement: '854D0E', guide: '5B21B6', participate: '075985', member: '334155' };
const roleFill = (r: string) => ROLE_FILL[r] ?? 'E5E7EB';
const roleColour = (r: string) => ROLE_COLOUR[r] ?? '374151';

export function pngSize(png: Uint8Array): { width: number; height: number } {
  const sig = [0x89, 0x50, 0x4e, 0x47];
  if (png.length < 24 || sig.some((b, i) => png[i] !== b)) throw new Error('Not a PNG image');
  const u32 = (o: number) => ((png[o] << 24) | (png[o + 1] << 16) | (png[o + 2] << 8) | png[o + 3]) >>> 0;
  return { width: u32(16), height: u32(20) };
}

// Every text goes through xmlSafe: docx escapes markup but passes U+FFFE, lone surrogates and C0 controls into the XML.
const run = (text: string, opts: { bold?: boolean; size?: number; color?: string; italics?: boolean; highlight?: boolean } = {}) =>
  new TextRun({ text: xmlSafe(text), bold: opts.bold, size: opts.size, color: opts.color, italics: opts.italics, ...(opts.highlight ? { shading: { type: ShadingType.CLEAR, fill: 'FDE68A', color: 'auto' } } : {}) });

// Headings stay on the page of what follows them.
const para = (children: TextRun[] | string, opts: { heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; spacingAfter?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; keepNext?: boolean } = {}) =>
  new Paragraph({ children: typeof children === 'string' ? [run(children)] : children, heading: opts.heading, keepNext: opts.keepNext ?? opts.heading !== undefined, spacing: { after: opts.spacingAfter ?? 80 }, alignment: opts.align });

type CellOptions = { header?: boolean; fill?: string; width?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; vertical?: boolean };

/** `width` is in twips: LibreOffice and Word agree on fixed twip widths, not on percentages. */
function cell(children: (TextRun[] | string)[] | string, opts: CellOptions = {}): TableCell {
  const paras = (typeof children === 'string' ? [children] : children).map((c) =>
    new Paragraph({ children: typeof c === 'string' ? [run(c, { bold: opts.header, size: opts.header ? 17 : 18 })] : c, spacing: { after: 20 }, alignment: opts.align }));
  return new TableCell({
    children: paras.length ? paras : [new Paragraph('')],
    shading: opts.header ? { type: ShadingType.CLEAR, fill: 'F3F4F6', color: 'auto' } : opts.fill ? { type: ShadingType.CLEAR, fill: opts.fill, color: 'auto' } : undefined,
    width: opts.width ? { size: Math.round(opts.width), type: WidthType.DXA } : undefined,
    margins: { top: 40, bottom: 40, left: 70, right: 70 },
    ...(opts.vertical ? { textDirection: TextDirection.BOTTOM_TO_TOP_LEFT_TO_RIGHT, verticalAlign: VerticalAlign.BOTTOM } : {}),
  });
}

/** Shares of the content width (any unit) → twips that add up to `total`. */
function twips(shares: number[], total: number): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  const out = shares.map((w) => Math.floor((w / sum) * total));
  out[out.length - 1] += total - out.reduce((a, b) => a + b, 0);
  return out;
}

function table(header: string[], rows: TableCell[][], shares: number[], total = CONTENT_TWIPS): Table {
  const widths = twips(shares, total);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, { header: true, width: widths[i] })) }),
      ...rows.map((r) => new TableRow({ children: r, cantSplit: true })),
    ],
    borders: {
      top: { style: BorderStyle.SINGLE, size: 4, color: 'D1D5DB' }, bottom: { style: BorderStyle.SINGLE, size: 4, color: 'D1D5DB' },
      left: { style: BorderStyle.SINGLE, size: 4, color: 'D1D5DB' }, right: { style: BorderStyle.SINGLE, size: 4, color: 'D1D5DB' },
      insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: 'D1D5DB' }, insideVertical: { style: BorderStyle.SINGLE, size: 4, color: 'D1D5DB' },
    },
  });
}

const itemRuns = (item: BriefItemRef, withDoc: boolean): (TextRun[] | string)[] => [
  [run(item.path, { bold: true, size: 18 }), run(' ' + shortHeading(item.heading), { size: 18 }), ...(item.page ? [run(` p. ${item.page}`, { size: 16, color: '6B7280' })] : [])],
  ...(item.headingEn ? [[run(item.headingEn, { size: 16, color: '4B5563' })]] : []),
  ...(withDoc ? [[run(item.documentKey, { size: 16, color: '6B7280' })]] : []),
];

function quoteRuns(q: BriefQuote): TextRun[] {
  if (!q.focus) return [run(q.text, { size: 17 })];
  const [a, b] = q.focus;
  return [run(q.text.slice(0, a), { size: 17 }), run(q.text.slice(a, b), { size: 17, bold: true, highlight: true }), run(q.text.slice(b), { size: 17 })];
}

const roleRuns = (r: Role, andOthers = false): TextRun[] => [
  run(`${roleName(r).mark} ${roleName(r).en} ${roleName(r).zh}`, { bold: true, size: 17, color: roleColour(r) }),
  ...(andOthers ? [run(' +等', { size: 16, color: '6B7280' })] : []),
];

const h2 = (en: string, zh: string) => para([run(en), run('  ' + zh, { color: '4B5563' })], { heading: HeadingLevel.HEADING_1, spacingAfter: 120 });

export async function briefDocx(model: BriefModel, options: BriefDocxOptions = {}): Promise<Uint8Array> {
  const multiDoc = model.documents.length > 1;
  const main: (Paragraph | Table)[] = [];
  main.push(
    para([run('RESPONSIBILITY BRIEFING · 责任分工简报', { size: 18, color: '6B7280' })]),
    para([run(model.title)], { heading: HeadingLevel.TITLE, spacingAfter: 60 }),
  );
  if (model.subtitle) main.push(para([run(model.subtitle, { color: '374151' })]));
  const meta = [model.scopeLabel ? `Scope: ${model.scopeLabel}` : '', model.preparedOn ? `Prepared ${model.preparedOn}` : ''].filter(Boolean).join(' · ');
  if (meta) main.push(para([run(meta, { size: 18, color: '6B7280' })]));

  const s = model.summary;
  const restated = s.statements > s.responsibilities ? ` (${s.statements} annotations: some restated)` : '';
  main.push(
    h2('At a glance', '概览'),
    para([
      run(`${s.documents} documents · ${s.items} items with a responsible body · ${s.agencies} agencies · ${s.responsibilities} assignments${restated} · ${s.platforms} platforms · ${s.warnings} coverage warnings`),
    ]),
  );

  if (options.png) {
    const { width, height } = pngSize(options.png);
    // the PNG is rendered at 2×: draw it at its CSS size, within the page
    const scale = Math.min(1, CONTENT_PX / (width / 2), MAX_IMAGE_PX / (height / 2));
    const transformation = { width: Math.round((width / 2) * scale), height: Math.round((height / 2) * scale) };
    const altText = { name: 'overview', title: 'Who works with whom', description: 'Agencies sized by their assignments, linked by shared items, coloured by community' };
    const image = options.svg
      ? new ImageRun({ type: 'svg', data: new TextEncoder().encode(options.svg), fallback: { type: 'png', data: options.png }, transformation, altText })
      : new ImageRun({ type: 'png', data: options.png, transformation, altText });
    main.push(h2('Who works with whom', '部门协同概览'), new Paragraph({ children: [image], alignment: AlignmentType.CENTER, keepNext: true }), para([run(figureCaption(model), { size: 16, color: '6B7280' })]));
  } else if (options.svg) {
    main.push(h2('Who works with whom', '部门协同概览'), para([run('The figure is in the HTML briefing; Word needs a raster copy of it, which was not available here.', { italics: true, color: '6B7280' })]));
  }

  // The documents after the figure, which then fits on the first page
  main.push(
    h2('Documents', '文件'),
    table(
      [COLUMNS.document, COLUMNS.number, COLUMNS.date, COLUMNS.issuedBy, COLUMNS.items, COLUMNS.assignments],
      model.documents.map((d) => [
        cell([[run(d.title, { size: 18 })]]),
        cell([[run(d.number ?? d.key, { size: 18 })]]),
        cell([[run(d.date ?? '—', { size: 18 })]]),
        cell(d.issuers.length || d.forwards.length ? [
          ...(d.issuers.length ? [[run(d.issuers.map((i) => i.name + (i.abbr ? ` ${i.abbr}` : '')).join('、'), { size: 16 })]] : []),
          ...(d.forwards.length ? [[run(`${COLUMNS.forwarding}：${d.forwards.map((i) => i.name).join('、')}`, { size: 16, color: '6B7280' })]] : []),
        ] : '—'),
        cell(String(d.items), { align: AlignmentType.RIGHT }),
        cell(String(d.responsibilities), { align: AlignmentType.RIGHT }),
      ]),
      // Number and Date get the width of their longest value, so 国科发规〔2023〕31号 and 2023-03-31 stay on one line
      [2300, fitWidth(model.documents.map((d) => d.number ?? d.key), 9, 1500), fitWidth(model.documents.map((d) => d.date ?? '—'), 9, 1000), 2000, headerWidth(COLUMNS.items), headerWidth(COLUMNS.assignments)],
    ),
  );

  main.push(...warningsDocx(model, multiDoc));

  // Agencies: one section per group of agencies with the same assignments, each clause once
  const agencySection: (Paragraph | Table)[] = [h2('By agency', '按部门')];
  for (const section of model.agencySections) {
    const first = section.agencies[0];
    const together = section.agencies.length > 1 ? ` · the same ${section.entries.length === 1 ? 'item' : `${section.entries.length} items`} for all ${section.agencies.length}, listed once` : '';
    section.agencies.forEach((a, i) => agencySection.push(
      para([run(a.name), ...(a.nameEn ? [run(`  ${a.nameEn}${a.abbr ? ` (${a.abbr})` : ''}${a.former ? ` · ${a.former}` : ''}`, { color: '4B5563' })] : [])], { heading: HeadingLevel.HEADING_2, spacingAfter: i === section.agencies.length - 1 ? 40 : 0 }),
    ));
    agencySection.push(
      para([run(roleCounts(first) + together + (section.agencies.some((a) => !a.registered) ? ' · not in the agency registry' : ''), { size: 18, color: '6B7280' })], { keepNext: true }),
      table(
        [COLUMNS.item, COLUMNS.role, COLUMNS.clause, COLUMNS.sharedWith],
        section.entries.map((e) => [
          cell(itemRuns(e.item, true)),
          cell([roleRuns(e.role, e.andOthers), ...(e.asWritten && section.agencies.length === 1 && e.asWritten !== first.name ? [[run(`as written: ${e.asWritten}`, { size: 16, color: '6B7280' })]] : []), ...(e.statements > 1 ? [[run(`stated ${e.statements}×`, { size: 16, color: '6B7280' })]] : []), ...(e.deadline ? [[run(`when: ${e.deadline}`, { size: 16, color: '6B7280' })]] : [])]),
          cell([quoteRuns(excerpt(e.quote))]),
          // ", " rather than 、: Word and LibreOffice may break a Latin abbreviation after a CJK comma (CA|S)
          cell(e.shared.length ? [[run(e.shared.map((x) => x.abbr || x.name).join(', '), { size: 17 })]] : '—'),
        ]),
        [25, 14, 43, 18],
      ),
    );
  }

  // Documents that assign nothing, with the reason
  if (model.unassignedDocuments.length) {
    agencySection.push(
      h2('Documents without assignments', '未分工文件'),
      table(
        [COLUMNS.document, COLUMNS.number, COLUMNS.date, COLUMNS.reason],
        model.unassignedDocuments.map((d) => [
          cell([[run(d.title, { size: 18 })]]),
          cell([[run(model.documents.find((x) => x.id === d.id)?.number ?? d.key, { size: 18 })]]),
          cell([[run(d.date ?? '—', { size: 18 })]]),
          cell([[run(d.reason, { size: 17 })]]),
        ]),
        [3000, fitWidth(model.unassignedDocuments.map((d) => model.documents.find((x) => x.id === d.id)?.number ?? d.key), 9, 1500), fitWidth(model.unassignedDocuments.map((d) => d.date ?? '—'), 9, 1000), 3400],
      ),
    );
  }

  // Platforms
  const platformSection: (Paragraph | Table)[] = [h2('Platforms and who answers for them', '平台及责任主体')];
  if (!model.platforms.length) platformSection.push(para('No platform is mentioned in scope.'));
  else {
    platformSection.push(
      table(
        [COLUMNS.platform, COLUMNS.responsible, COLUMNS.mentionedIn],
        model.platforms.map((p) => [
          cell([[run(p.name, { size: 18 })], ...(p.nameEn ? [[run(p.nameEn, { size: 16, color: '4B5563' })]] : []), [run(p.platformKind.replace('_', ' '), { size: 16, color: '6B7280' })]]),
          cell(p.responsible.length
            ? p.responsible.map((r) => [run(r.agency.name + (r.agency.abbr ? ` ${r.agency.abbr}` : '') + ' — ', { size: 17 }), ...roleRuns(r.role), ...(r.inherited ? [run(' (via section)', { size: 16, color: '6B7280' })] : [])])
            : [[run('no responsible body named', { size: 17, color: '6B7280' })]]),
          cell(p.mentionedIn.map((i) => [run(i.path + (multiDoc ? ` ${i.documentKey}` : ''), { size: 17 })])),
        ]),
        [30, 42, 28],
      ),
    );
  }
  platformSection.push(para([run('Prepared with Remit. Quotations are verbatim from the source text; highlighted words are the body the annotation names.', { size: 16, color: '6B7280', italics: true })]));

  const portrait = { page: { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } };
  const landscape = { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: { top: LANDSCAPE_MARGIN, bottom: LANDSCAPE_MARGIN, left: LANDSCAPE_MARGIN, right: LANDSCAPE_MARGIN } } };
  const sections: ISectionOptions[] = [
    { properties: portrait, children: main },
    { properties: landscape, children: matrixDocx(model, options.maxMatrixAgencies ?? 30, multiDoc) },
    { properties: portrait, children: [...agencySection, ...platformSection] },
  ];
  const doc = new Document({
    creator: 'Remit',
    title: xmlSafe(model.title),
    description: 'Responsibility briefing',
    styles: {
      default: {
        document: { run: { font: FONT, size: 20 }, paragraph: { spacing: { line: 288, lineRule: LineRuleType.AUTO } } },
        title: { run: { font: FONT, size: 36, bold: true, color: '111827' }, paragraph: { spacing: { line: 264, lineRule: LineRuleType.AUTO, after: 80 } } },
        heading1: { run: { font: FONT, size: 28, bold: true, color: '111827' }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: { run: { font: FONT, size: 24, bold: true, color: '1F2937' }, paragraph: { spacing: { before: 240, after: 60 } } },
      },
    },
    sections,
  });
  return Packer.pack(doc, 'uint8array');
}

/** Twips for a column that holds the widest of these values on one line at `pt` points (plus cell margins). */
function fitWidth(values: string[], pt: number, min: number): number {
  const widest = Math.max(0, ...values.map((v) => textWidth(v, pt)));
  return Math.max(min, Math.ceil(widest * 20 * 1.08) + 180);
}

/** A count column as wide as the English word of its heading (bold 8.5 pt), so "Assignments" is not broken. */
function headerWidth(heading: string): number {
  const en = heading.replace(/\s*[\u3400-\u9fff].*$/, '');
  return Math.round(fitWidth([en], 9, 800) * 1.2);
}

function roleCounts(a: BriefAgency): string {
  return rolesIn(a.byRole).map((r) => `${a.byRole[r]} ${roleName(r).en}`).join(', ');
}

function figureCaption(model: BriefModel): string {
  const o = model.overview;
  const parts = ['Agencies sized by the items they are assigned; a line joins two agencies named for the same items, thicker for more; colours are communities of agencies that mostly work together.'];
  if (o.omittedAgencies) parts.push(`${o.omittedAgencies} agencies with fewer assignments are left out of the figure.`);
  if (o.omittedDocuments) parts.push(`${o.omittedDocuments} documents are listed below rather than drawn.`);
  return parts.join(' ');
}

function matrixDocx(model: BriefModel, max: number, multiDoc: boolean): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [h2('Responsibility matrix', '责任矩阵')];
  const cols = model.matrix.agencies.slice(0, max);
  if (!cols.length) return [...out, para('No annotation in scope names a responsible body.')];
  // the legend names the roles the matrix shows, in the model's order
  const shown = new Set(Object.values(model.matrix.cells).map((c) => c.role));
  const roles = ROLES.filter((r) => shown.has(r));
  out.push(para([
    ...roles.flatMap((r, i) => [...(i ? [run('   ')] : []), ...roleRuns(r)]),
    run(`  — rows are items in document order; columns are agencies, busiest first.${model.matrix.agencies.length > max ? ` ${model.matrix.agencies.length - max} further agencies appear only under “By agency”.` : ''}`, { size: 17 }),
  ]));
  // Agency columns are narrow with their names turned upright, so an abbreviation is never broken across lines.
  const colW = Math.min(600, Math.max(340, Math.floor((LANDSCAPE_TWIPS - 4200) / cols.length)));
  const itemW = LANDSCAPE_TWIPS - colW * cols.length;
  const headerPt = 8;
  const longest = Math.max(...cols.map((a) => textWidth(a.abbr || a.name, headerPt)));
  out.push(new Table({
    width: { size: LANDSCAPE_TWIPS, type: WidthType.DXA },
    columnWidths: [itemW, ...cols.map(() => colW)],
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        height: { value: Math.ceil(longest * 20) + 240, rule: HeightRule.ATLEAST },
        children: [
          cell(COLUMNS.item, { header: true, width: itemW }),
          ...cols.map((a) => cell([[run(a.abbr || a.name, { bold: true, size: headerPt * 2 })]], { header: true, width: colW, vertical: true })),
        ],
      }),
      ...model.matrix.items.map((item) => new TableRow({
        cantSplit: true,
        children: [
          cell(itemRuns(item, multiDoc), { width: itemW }),
          ...cols.map((a) => {
            const c = model.matrix.cells[matrixKey(a.id, item.id)];
            return c
              ? cell([[run(roleName(c.role).mark, { size: 18, color: roleColour(c.role) })]], { fill: roleFill(c.role), width: colW, align: AlignmentType.CENTER })
              : cell('', { width: colW });
          }),
        ],
      })),
    ],
  }));
  return out;
}

function warningsDocx(model: BriefModel, multiDoc: boolean): (Paragraph | Table)[] {
  const w = model.warnings;
  const out: (Paragraph | Table)[] = [h2('Coverage warnings', '覆盖提示')];
  const total = w.unassigned.length + w.andOthers.length + w.unregistered.length + w.documents.length;
  if (!total) out.push(para('Every task item in scope names a responsible body; no list ends in 等; every body is in the registry.'));
  const h3 = (text: string) => para([run(text, { bold: true, color: '92400E' })], { heading: HeadingLevel.HEADING_3, spacingAfter: 40 });
  if (w.unassigned.length) {
    out.push(h3(`${w.unassigned.length} item${w.unassigned.length > 1 ? 's' : ''} with no responsible body 未明确责任主体`));
    for (const i of w.unassigned) out.push(new Paragraph({ children: [run(i.path, { bold: true }), run(' ' + shortHeading(i.heading)), ...(multiDoc ? [run(' ' + i.documentKey, { color: '6B7280' })] : [])], bullet: { level: 0 } }));
  }
  if (w.andOthers.length) {
    out.push(
      h3(`${w.andOthers.length} list${w.andOthers.length > 1 ? 's' : ''} ending in 等 (others unnamed) “等”未列全`),
      table([COLUMNS.item, COLUMNS.annotation, COLUMNS.named], w.andOthers.map((a) => [
        cell(itemRuns(a.item, multiDoc)),
        cell([[run(a.quote, { size: 17 })]]),
        cell([[run(a.named.map((n) => n.name).join('、'), { size: 17 })]]),
      ]), [34, 38, 28]),
    );
  }
  if (w.unregistered.length) {
    out.push(h3(`${w.unregistered.length} bod${w.unregistered.length > 1 ? 'ies' : 'y'} not in the agency registry 未收录机构`));
    for (const u of w.unregistered) {
      out.push(new Paragraph({ children: [run(u.agency.name, { bold: true }), run(` — ${u.items.map((i) => i.path).join(', ')}`)], bullet: { level: 0 } }));
    }
  }
  if (w.documents.length) {
    out.push(h3('Notes from reading the documents 解析提示'));
    for (const d of w.documents) out.push(new Paragraph({ children: [run(`${d.documentKey}: `, { bold: true }), run(d.text)], bullet: { level: 0 } }));
  }
  return out;
}
