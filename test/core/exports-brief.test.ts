import JSZip from 'jszip';
import { XMLValidator } from 'fast-xml-parser';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { briefDocx, briefHtml, briefModel, excerpt, pngSize, renderSvg } from '../../core/exports';
import { buildGraph } from '../../core/graph';
import { responsibilityRows } from '../../core/graph/responsibility-rows';
import { parseDocument } from '../../core/parse/document';
import { HOSTILE, exportGraphFixture } from '../fixtures/export-graph';
import { seedGraph } from '../fixtures/export-seed';

function tinyPng(width: number, height: number): Uint8Array {
  const png = new PNG({ width, height });
  png.data.fill(200);
  return new Uint8Array(PNG.sync.write(png));
}

describe('briefModel', () => {
  it('covers the seed: one entry per assignment, every agency with both names', () => {
    const g = seedGraph();
    const m = briefModel(g);
    expect(m.documents).toHaveLength(1);
    expect(m.documents[0].number).toBe('国科发规〔2023〕31号');
    // the seed states each assignment once, so assignments, annotations and responsibility rows agree
    expect(m.summary.responsibilities).toBe(Object.keys(m.matrix.cells).length);
    expect(m.summary.statements).toBe(responsibilityRows(g).length);
    expect(m.agencies.reduce((n, a) => n + a.entries.length, 0)).toBe(m.summary.responsibilities);
    expect(m.agencies.length).toBe(m.matrix.agencies.length);
    for (const a of m.agencies) {
      expect(a.name).toMatch(/[\u4e00-\u9fff]/);
      if (a.registered) expect(a.nameEn, a.name).toMatch(/[A-Za-z]/);
      for (const e of a.entries) {
        expect(e.quote.text).toMatch(/负责|牵头/);
        if (e.quote.focus) expect(e.quote.text.slice(...e.quote.focus)).toBe(e.asWritten);
      }
    }
    const most = m.agencies.find((a) => a.abbr === 'MOST')!;
    expect(most.entries.length).toBe(Object.keys(m.matrix.cells).filter((k) => k.startsWith(most.id + '\u0000')).length);
    // platforms carry who answers for them
    expect(m.platforms.length).toBeGreaterThan(0);
    expect(m.platforms.some((p) => p.responsible.some((r) => r.agency.id === most.id))).toBe(true);
  });

  it('flags unassigned items, lists ending in 等 and unregistered bodies', () => {
    const m = briefModel(exportGraphFixture());
    expect(m.warnings.unassigned.map((i) => i.path)).toEqual(['二、（五）']);
    expect(m.warnings.andOthers).toHaveLength(1);
    expect(m.warnings.andOthers[0].quote).toBe('（发展改革委、科技部等牵头负责）');
    expect(m.warnings.andOthers[0].named.map((a) => a.id).sort()).toEqual(['agency:most', 'agency:ndrc', 'agency:unregistered-x']);
    expect(m.warnings.unregistered.map((u) => u.agency.name)).toEqual(['某某办公室']);
    expect(m.summary.warnings).toBe(3);
  });

  it('narrows to a scope: an agency, or a document', () => {
    const g = exportGraphFixture();
    const m = briefModel(g, { nodeIds: new Set(['agency:ndrc']) });
    expect(m.agencies.map((a) => a.id)).toEqual(['agency:ndrc']);
    expect(m.matrix.items.map((i) => i.path)).toEqual(['二、（四）']);
    const byDoc = briefModel(g, { nodeIds: new Set(['doc:国科发规〔2023〕31号']) });
    expect(byDoc.summary.responsibilities).toBe(5);
    const items = briefModel(g, { nodeIds: new Set(['item:国科发规〔2023〕31号:二、（三）']) });
    expect(items.agencies.map((a) => a.id).sort()).toEqual(['agency:gov-chongqing', 'agency:most']);
    expect(items.warnings.andOthers).toHaveLength(0);
    const platform = briefModel(g, { nodeIds: new Set(['platform:成渝综合性科学中心']) });
    expect(platform.platforms.map((p) => p.id)).toEqual(['platform:成渝综合性科学中心']);
    expect(platform.matrix.items.map((i) => i.path)).toEqual(['二、（四）']);
    expect(platform.platforms[0].responsible.map((r) => r.agency.id).sort()).toEqual(['agency:most', 'agency:ndrc', 'agency:unregistered-x']);
  });

  it('excerpt keeps the opening, the annotation and the emphasised body', () => {
    const text = '（一）开头一句。' + '中间内容'.repeat(80) + '（重庆市、四川省牵头负责）';
    const at = text.lastIndexOf('重庆市');
    const q = excerpt({ text, focus: [at, at + 3] }, 120);
    expect(q.text.startsWith('（一）开头一句。…')).toBe(true);
    expect(q.text.endsWith('（重庆市、四川省牵头负责）')).toBe(true);
    expect(q.text.length).toBeLessThanOrEqual(120);
    expect(q.text.slice(...q.focus!)).toBe('重庆市');
    expect(excerpt({ text: '短' })).toEqual({ text: '短' });
  });
});

describe('briefHtml', () => {
  it('is one self-contained file without scripts, with the graph inline', () => {
    const g = seedGraph();
    const m = briefModel(g, { scopeLabel: 'Whole corpus', preparedOn: '2026-01-02' });
    const svg = renderSvg(g, { nodeIds: m.graphNodeIds });
    const html = briefHtml(m, { svg });
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\s(src|href)=["'](?!#)/i); // nothing external
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).toContain('Responsibility matrix');
    expect(html).toContain('Ministry of Science and Technology');
    expect(html).toContain('国科发规〔2023〕31号');
    expect(html).toContain('Prepared 2026-01-02');
    expect(html.match(/<td class="cell (lead|joint|responsible)"/g)).toHaveLength(Object.keys(m.matrix.cells).length);
    // one agency table row per assignment of each section (agencies with the same assignments share one)
    const agencies = html.slice(html.indexOf('<section class="agencies">'), html.indexOf('</section>', html.indexOf('<section class="agencies">')));
    expect(agencies.match(/<tr><td>/g)).toHaveLength(m.agencySections.reduce((n, s) => n + s.entries.length, 0));
  });

  it('names a former body with its years, in the HTML and the Word pack', async () => {
    const text = '国务院关于做好侨务工作的意见\n国发〔2010〕3号\n\n一、加强工作\n（一）维护侨胞权益（国务院侨办牵头，外交部参与）。\n\n国务院\n2010年3月5日\n';
    const m = briefModel(buildGraph([parseDocument(text, 'd.txt')]), { scopeLabel: 'x' });
    expect(m.agencySections.flatMap((s) => s.agencies).find((a) => a.id === 'agency:ocao')?.former).toBe('1978–2018');
    expect(briefHtml(m)).toContain('Overseas Chinese Affairs Office of the State Council (OCAO) · 1978–2018');
    const zip = await JSZip.loadAsync(await briefDocx(m));
    expect(await zip.file('word/document.xml')!.async('string')).toContain('(OCAO) · 1978–2018');
    // a body that still exists shows no years
    expect(m.agencySections.flatMap((s) => s.agencies).find((a) => a.id === 'agency:mfa')?.former).toBeUndefined();
  });

  it('escapes hostile text everywhere and refuses an active SVG', () => {
    const m = briefModel(exportGraphFixture({ hostile: true }), { title: HOSTILE, scopeLabel: HOSTILE });
    const html = briefHtml(m);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;]]&gt;&amp;&lt;&apos;=HYPERLINK(&quot;x&quot;)');
    expect(() => briefHtml(m, { svg: '<svg><script>alert(1)</script></svg>' })).toThrow(/active content/);
    expect(() => briefHtml(m, { svg: '<svg><rect onload="x()"/></svg>' })).toThrow(/active content/);
  });
});

describe('briefDocx', () => {
  it('is a valid Word package with the tables and the image', async () => {
    const m = briefModel(seedGraph());
    const bytes = await briefDocx(m, { png: tinyPng(400, 200) });
    expect(bytes).toBeInstanceOf(Uint8Array);
    const zip = await JSZip.loadAsync(bytes);
    expect(zip.file('[Content_Types].xml')).not.toBeNull();
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('科学技术部');
    expect(xml).toContain('Responsibility matrix');
    expect(xml).toContain('w:orient="landscape"');
    expect(Object.keys(zip.files).some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true);
    expect((await zip.file('[Content_Types].xml')!.async('string'))).toContain('wordprocessingml');
  });

  it('embeds SVG with the PNG fallback, and leaves the image out without a PNG', async () => {
    const m = briefModel(exportGraphFixture());
    const svg = renderSvg(exportGraphFixture());
    const both = await JSZip.loadAsync(await briefDocx(m, { svg, png: tinyPng(10, 10) }));
    const media = Object.keys(both.files).filter((f) => f.startsWith('word/media/'));
    expect(media.some((f) => f.endsWith('.svg'))).toBe(true);
    expect(media.some((f) => f.endsWith('.png'))).toBe(true);
    const svgOnly = await JSZip.loadAsync(await briefDocx(m, { svg }));
    expect(Object.keys(svgOnly.files).filter((f) => f.startsWith('word/media/'))).toEqual([]);
    expect(await svgOnly.file('word/document.xml')!.async('string')).toContain('raster copy');
  });

  it('keeps hostile text as text', async () => {
    const m = briefModel(exportGraphFixture({ hostile: true }), { title: HOSTILE });
    const zip = await JSZip.loadAsync(await briefDocx(m));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('<script>');
  });

  it('reads PNG sizes and rejects other data', () => {
    expect(pngSize(tinyPng(321, 123))).toEqual({ width: 321, height: 123 });
    expect(() => pngSize(new Uint8Array(30))).toThrow(/PNG/);
  });
});

describe('briefing pack: when the work is due', () => {
  it('an assignment whose annotation says when carries it, shown beside the role', () => {
    const doc = parseDocument('国务院关于某某工作的意见\n国发〔2020〕1号\n\n各省、自治区、直辖市人民政府：\n一、总体要求\n（一）推进改革。深化改革。（国家发展改革委牵头，2020年底前完成）\n（二）完善制度。健全制度。（财政部负责）\n', 'x.txt');
    const model = briefModel(buildGraph([doc]));
    const entries = model.agencies.flatMap((a) => a.entries.map((e) => `${a.name} ${e.deadline ?? '-'}`));
    expect(entries.sort()).toEqual(['国家发展和改革委员会 2020年底前完成', '财政部 -']);
    expect(briefHtml(model)).toContain('when: <span lang="zh-Hans">2020年底前完成</span>');
  });
});
