// The briefing pack as a Word document, with the same content as the HTML: headings, tables and
// the graph image. Packed with Packer.pack(…, 'uint8array'), which works in Node and the browser
// alike (Packer.toBuffer is Node-only). Word cannot show an SVG without a raster fallback, so the
// image needs a PNG; an SVG alone is left out with a note.
import {
  AlignmentType, BorderStyle, Document, HeadingLevel, ImageRun, LineRuleType, Packer, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableRow,
  TextRun, WidthType, type ISectionOptions,
} from 'docx';
import { ROLES, type Role } from '../../model';
import { xmlSafe } from '../escape';
import { type BriefItemRef, type BriefModel, type BriefQuote, ROLE_NAMES, excerpt, matrixKey, shortHeading } from './model';

export interface BriefDocxOptions {
  png?: Uint8Array;
  svg?: string;
  maxMatrixAgencies?: number;
}

const FONT = { ascii: 'Calibri', hAnsi: 'Calibri', cs: 'Calibri', eastAsia: 'Microsoft YaHei' };
/** A4 in twips, portrait; docx swaps them for landscape sections. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1000;
/** content width of a portrait page in pixels (96 dpi) for the image */
const CONTENT_PX = Math.floor(((A4.width - 2 * MARGIN) / 1440) * 96);
const ROLE_FILL: Record<Role, string> = { lead: 'FFEDD5', joint: 'DBEAFE', responsible: 'D1FAE5', implement: 'FEF9C3', guide: 'EDE9FE', participate: 'E0F2FE', member: 'F1F5F9' };
const ROLE_COLOUR: Record<Role, string> = { lead: '9A3412', joint: '1E40AF', responsible: '065F46', implement: '854D0E', guide: '5B21B6', participate: '075985', member: '334155' };

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
const para = (children: TextRun[] | string, opts: { heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; spacingAfter?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}) =>
  new Paragraph({ children: typeof children === 'string' ? [run(children)] : children, heading: opts.heading, keepNext: opts.heading !== undefined, spacing: { after: opts.spacingAfter ?? 80 }, alignment: opts.align });

function cell(children: (TextRun[] | string)[] | string, opts: { header?: boolean; fill?: string; width?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}): TableCell {
  const paras = (typeof children === 'string' ? [children] : children).map((c) =>
    new Paragraph({ children: typeof c === 'string' ? [run(c, { bold: opts.header, size: 18 })] : c, spacing: { after: 20 }, alignment: opts.align }));
  return new TableCell({
    children: paras.length ? paras : [new Paragraph('')],
    shading: opts.header ? { type: ShadingType.CLEAR, fill: 'F3F4F6', color: 'auto' } : opts.fill ? { type: ShadingType.CLEAR, fill: opts.fill, color: 'auto' } : undefined,
    width: opts.width ? { size: opts.width, type: WidthType.PERCENTAGE } : undefined,
    margins: { top: 40, bottom: 40, left: 70, right: 70 },
  });
}

function table(header: string[], rows: TableCell[][], widths?: number[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, { header: true, width: widths?.[i] })) }),
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
  run(`${ROLE_NAMES[r].mark} ${ROLE_NAMES[r].en} ${ROLE_NAMES[r].zh}`, { bold: true, size: 17, color: ROLE_COLOUR[r] }),
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
  main.push(
    h2('At a glance', '概览'),
    para([
      run(`${s.documents} documents · ${s.items} items with a responsible body · ${s.agencies} agencies · ${s.responsibilities} assignments · ${s.platforms} platforms · ${s.warnings} coverage warnings`),
    ]),
    table(
      ['Document 文件', 'Number 文号', 'Date 日期', 'Issued by 发文机关', 'Items 条目', 'Roles 分工'],
      model.documents.map((d) => [
        cell([[run(d.title, { size: 18 })]], { width: 28 }),
        cell([[run(d.number ?? d.key, { size: 18 })]]),
        cell([[run(d.date ?? '—', { size: 18 })]]),
        cell(d.issuers.length ? [[run(d.issuers.map((i) => i.name + (i.abbr ? ` ${i.abbr}` : '')).join('、'), { size: 16 })]] : '—'),
        cell(String(d.items)),
        cell(String(d.responsibilities)),
      ]),
      [28, 14, 11, 29, 9, 9],
    ),
  );

  if (options.png) {
    const { width, height } = pngSize(options.png);
    const w = Math.min(CONTENT_PX, width);
    const hgt = Math.round((height / width) * w);
    const transformation = { width: w, height: hgt };
    const altText = { name: 'graph', title: 'Responsibility network', description: 'Agencies and the items they lead, with the platforms those items concern' };
    const image = options.svg
      ? new ImageRun({ type: 'svg', data: new TextEncoder().encode(options.svg), fallback: { type: 'png', data: options.png }, transformation, altText })
      : new ImageRun({ type: 'png', data: options.png, transformation, altText });
    main.push(h2('Responsibility network', '责任网络'), new Paragraph({ children: [image], alignment: AlignmentType.CENTER }));
  } else if (options.svg) {
    main.push(h2('Responsibility network', '责任网络'), para([run('The graph image is in the HTML briefing; Word needs a raster copy of it, which was not available here.', { italics: true, color: '6B7280' })]));
  }

  main.push(...warningsDocx(model, multiDoc));

  // Agencies
  const agencySection: (Paragraph | Table)[] = [h2('By agency', '按部门')];
  for (const a of model.agencies) {
    const counts = ROLES.filter((r) => a.byRole[r]).map((r) => `${a.byRole[r]} ${ROLE_NAMES[r].en}`).join(', ');
    agencySection.push(
      para([run(a.name), ...(a.nameEn ? [run(`  ${a.nameEn}${a.abbr ? ` (${a.abbr})` : ''}`, { color: '4B5563' })] : [])], { heading: HeadingLevel.HEADING_2, spacingAfter: 40 }),
      para([run(counts + (a.registered ? '' : ' · not in the agency registry'), { size: 18, color: '6B7280' })]),
      table(
        ['Item 条目', 'Role 角色', 'Clause (quoted) 原文', 'Shared with 共同负责'],
        a.entries.map((e) => [
          cell(itemRuns(e.item, true), { width: 25 }),
          cell([roleRuns(e.role, e.andOthers), ...(e.asWritten && e.asWritten !== a.name ? [[run(`as written: ${e.asWritten}`, { size: 16, color: '6B7280' })]] : [])], { width: 12 }),
          cell([quoteRuns(excerpt(e.quote))], { width: 45 }),
          cell(e.shared.length ? [[run(e.shared.map((x) => x.abbr || x.name).join('、'), { size: 17 })]] : '—', { width: 18 }),
        ]),
        [25, 12, 45, 18],
      ),
    );
  }

  // Platforms
  const platformSection: (Paragraph | Table)[] = [h2('Platforms and who answers for them', '平台及责任主体')];
  if (!model.platforms.length) platformSection.push(para('No platform is mentioned in scope.'));
  else {
    platformSection.push(
      table(
        ['Platform 平台', 'Responsible 责任主体', 'Mentioned in 出处'],
        model.platforms.map((p) => [
          cell([[run(p.name, { size: 18 })], ...(p.nameEn ? [[run(p.nameEn, { size: 16, color: '4B5563' })]] : []), [run(p.platformKind.replace('_', ' '), { size: 16, color: '6B7280' })]], { width: 30 }),
          cell(p.responsible.length
            ? p.responsible.map((r) => [run(r.agency.name + (r.agency.abbr ? ` ${r.agency.abbr}` : '') + ' — ', { size: 17 }), ...roleRuns(r.role), ...(r.inherited ? [run(' (via section)', { size: 16, color: '6B7280' })] : [])])
            : [[run('no responsible body named', { size: 17, color: '6B7280' })]], { width: 42 }),
          cell(p.mentionedIn.map((i) => [run(i.path + (multiDoc ? ` ${i.documentKey}` : ''), { size: 17 })]), { width: 28 }),
        ]),
        [30, 42, 28],
      ),
    );
  }
  platformSection.push(para([run('Prepared with Remit. Quotations are verbatim from the source text; highlighted words are the body the annotation names.', { size: 16, color: '6B7280', italics: true })]));

  const portrait = { page: { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } };
  const landscape = { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: { top: 800, bottom: 800, left: 800, right: 800 } } };
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

function matrixDocx(model: BriefModel, max: number, multiDoc: boolean): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [h2('Responsibility matrix', '责任矩阵')];
  const cols = model.matrix.agencies.slice(0, max);
  if (!cols.length) return [...out, para('No annotation in scope names a responsible body.')];
  out.push(para([
    ...ROLES.flatMap((r, i) => (i === 0 ? roleRuns(r) : [run('   '), ...roleRuns(r)])),
    run(`  — rows are items in document order; columns are agencies, busiest first.${model.matrix.agencies.length > max ? ` ${model.matrix.agencies.length - max} further agencies appear only under “By agency”.` : ''}`, { size: 17 }),
  ]));
  const itemWidth = 28;
  const colWidth = (100 - itemWidth) / cols.length;
  out.push(new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          cell('Item 条目', { header: true, width: itemWidth }),
          ...cols.map((a) => cell([[run(a.abbr || a.name, { bold: true, size: 14 })]], { header: true, width: colWidth, align: AlignmentType.CENTER })),
        ],
      }),
      ...model.matrix.items.map((item) => new TableRow({
        cantSplit: true,
        children: [
          cell(itemRuns(item, multiDoc), { width: itemWidth }),
          ...cols.map((a) => {
            const c = model.matrix.cells[matrixKey(a.id, item.id)];
            return c
              ? cell([[run(ROLE_NAMES[c.role].mark, { size: 18, color: ROLE_COLOUR[c.role] })]], { fill: ROLE_FILL[c.role], width: colWidth, align: AlignmentType.CENTER })
              : cell('', { width: colWidth });
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
      table(['Item 条目', 'Annotation 原文', 'Named 已列明'], w.andOthers.map((a) => [
        cell(itemRuns(a.item, multiDoc), { width: 34 }),
        cell([[run(a.quote, { size: 17 })]], { width: 38 }),
        cell([[run(a.named.map((n) => n.name).join('、'), { size: 17 })]], { width: 28 }),
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
