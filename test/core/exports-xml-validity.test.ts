import fc from 'fast-check';
import JSZip from 'jszip';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { briefDocx, briefHtml, briefModel, EXPORT_FORMATS, graphToGexf, graphToGraphML, renderSvg } from '../../core/exports';
import { xmlSafe } from '../../core/exports/escape';
import { buildGraph } from '../../core/graph';
import type { RemitGraph } from '../../core/graph/types';
import { parseDocument } from '../../core/parse/document';

/** Everything XML 1.0 can carry (the Char production); a file holding anything else is not well-formed. */
const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

function expectWellFormed(xml: string, what: string): void {
  if (!XML_CHARS.test(xml)) {
    const bad = [...xml].find((c) => !XML_CHARS.test(c)) ?? '';
    throw new Error(`${what}: holds U+${bad.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}, which XML cannot carry`);
  }
  const verdict = XMLValidator.validate(xml);
  if (verdict !== true) throw new Error(`${what}: ${JSON.stringify(verdict.err)}`);
}

/** Any Unicode, the characters XML refuses most of all, and lone surrogates (which well-formed strings never hold). */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const hostile = fc.constantFrom('\uFFFE', '\uFFFF', '\u0000', '\u0001', '\u000B', '\u001B', '\u007F', '\u0085', '\u202E', '\u2028', ']]>', '<', '&', '"', "'", '\r\n');
const anyText = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), loneSurrogate, hostile), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(''));

/** A document of the genre with the text in its title, a body it names, an article and a sentence. */
function graphWith(texts: string[]): RemitGraph {
  const [a, b, c, d] = texts;
  const source = `关于${a}的意见\n国发〔2024〕7号\n一、${b}\n（一）支持${c}建设国家重点实验室${d}。（科技部、${c}牵头负责）\n`;
  const graph = buildGraph([parseDocument(source, `${d}.txt`)]);
  // and the same text straight into attributes, past whatever parsing would clean
  graph.addNode(`platform:${a}`, { kind: 'platform', label: a, aliases: [b, c], platformKind: d } as never);
  const article = graph.findNode((_id, attrs) => attrs.kind === 'article');
  if (article) {
    graph.addDirectedEdgeWithKey(`mentions:${article}->platform:${a}`, article, `platform:${a}`, {
      kind: 'mentions',
      evidence: [{ document: `doc:${b}`, item: article, quote: `${c}${d}`, start: 0, end: 1 }],
    } as never);
  }
  return graph;
}

const XML_FORMATS = { graphml: graphToGraphML, gexf: graphToGexf } as const;

describe('every XML export is well-formed for any input', () => {
  it('GraphML, GEXF and SVG', () => {
    fc.assert(fc.property(fc.array(anyText, { minLength: 4, maxLength: 4 }), (texts) => {
      const graph = graphWith(texts);
      for (const [name, write] of Object.entries(XML_FORMATS)) expectWellFormed(write(graph), name);
      expectWellFormed(renderSvg(graph, { title: texts[0], subtitle: texts[1], legend: true }), 'svg');
      // and the other formats still write and read back
      JSON.parse(EXPORT_FORMATS.json(graph).data as string);
      for (const f of ['csv', 'nodes-csv', 'edges-csv', 'responsibilities', 'cypher'] as const) EXPORT_FORMATS[f](graph);
    }), { numRuns: 150 });
  });

  it('the HTML brief carries no character XML or HTML refuses, and its drawing is well-formed', () => {
    fc.assert(fc.property(fc.array(anyText, { minLength: 4, maxLength: 4 }), (texts) => {
      const graph = graphWith(texts);
      const model = briefModel(graph, { title: texts[0], scopeLabel: texts[1], preparedOn: '2026-01-01' });
      const svg = renderSvg(graph, { nodeIds: model.graphNodeIds, legend: true });
      const html = briefHtml(model, { svg });
      expect(XML_CHARS.test(html)).toBe(true);
      const drawing = /<svg[\s\S]*<\/svg>/.exec(html);
      if (drawing) expectWellFormed(drawing[0], 'svg in the html brief');
    }), { numRuns: 60 });
  });

  it('every XML part of the DOCX brief', async () => {
    await fc.assert(fc.asyncProperty(fc.array(anyText, { minLength: 4, maxLength: 4 }), async (texts) => {
      const graph = graphWith(texts);
      const model = briefModel(graph, { title: texts[0], scopeLabel: texts[1], preparedOn: '2026-01-01' });
      const zip = await JSZip.loadAsync(await briefDocx(model, { svg: renderSvg(graph, { nodeIds: model.graphNodeIds }) }));
      const parts = Object.keys(zip.files).filter((f) => /\.(xml|rels)$/.test(f));
      expect(parts).toContain('word/document.xml');
      expect(parts).toContain('docProps/core.xml');
      for (const part of parts) expectWellFormed(await zip.file(part)!.async('string'), part);
    }), { numRuns: 25 });
  }, 120_000);

  it('the shared sanitiser replaces exactly what XML cannot carry and keeps everything else', () => {
    fc.assert(fc.property(anyText, (text) => {
      const safe = xmlSafe(text);
      expect(XML_CHARS.test(safe)).toBe(true);
      expect(safe.length).toBe(text.length);
      if (XML_CHARS.test(text)) expect(safe).toBe(text);
    }), { numRuns: 500 });
  });
});

describe('suggested export file names', () => {
  it('lose bidi controls and other format characters', async () => {
    const { exportFileName } = await import('../../core/exports');
    expect(exportFileName('责任\u202E清单\u2066', 'csv')).toBe('责任清单.csv');
    expect(exportFileName('a\u200Bb\uFEFF\uD800', 'json')).toBe('ab.json');
    fc.assert(fc.property(anyText, (title) => {
      expect(exportFileName(title, 'svg')).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}]/u);
    }), { numRuns: 300 });
  });
});
