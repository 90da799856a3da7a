import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  CSV_BOM, EXPORT_FORMATS, RESPONSIBILITY_COLUMNS, csvCell, edgesCsv, graphToCypher, graphToGexf, graphToGraphML, graphToJson,
  importGraphML, importJson, nodesCsv, relationsCsv, responsibilitiesCsv,
} from '../../core/exports';
import type { RemitGraph } from '../../core/graph/types';
import { HOSTILE, exportGraphFixture } from '../fixtures/export-graph';

const text = (data: string | Uint8Array): string => (typeof data === 'string' ? data : new TextDecoder().decode(data));

/** Order-independent snapshot of a graph: nodes and edges with all attributes. */
function snapshot(graph: RemitGraph) {
  const nodes = graph.mapNodes((id, a) => [id, a] as const).sort((x, y) => (x[0] < y[0] ? -1 : 1));
  const edges = graph.mapEdges((id, a, s, t) => [id, s, t, a] as const).sort((x, y) => (x[0] < y[0] ? -1 : 1));
  return { type: graph.type, nodes, edges };
}

/** Minimal RFC 4180 reader for checking what we wrote. */
function parseCsv(data: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    if (quoted) {
      if (c === '"' && data[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && data[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  if (cell !== '' || row.length) row.push(cell), rows.push(row);
  return rows;
}

describe('export registry', () => {
  it('offers every format with an extension and a MIME type, and each produces output', () => {
    expect(Object.keys(EXPORT_FORMATS).sort()).toEqual(['csv', 'cypher', 'edges-csv', 'gexf', 'graphml', 'json', 'nodes-csv', 'responsibilities']);
    const g = exportGraphFixture();
    const extensions = new Set<string>();
    for (const [name, fn] of Object.entries(EXPORT_FORMATS)) {
      const out = fn(g);
      expect(text(out.data).length, name).toBeGreaterThan(50);
      expect(out.mime).toMatch(/^[a-z]+\/[a-z0-9.+-]+/);
      expect(out.extension).not.toMatch(/^\./);
      extensions.add(out.extension);
    }
    expect(extensions.size).toBe(8);
  });
});

describe('JSON', () => {
  it('is graphology’s serialisation and re-imports to the same graph', () => {
    for (const hostile of [false, true]) {
      const g = exportGraphFixture({ hostile });
      const json = graphToJson(g);
      expect(JSON.parse(json).nodes).toHaveLength(g.order);
      expect(snapshot(importJson(json))).toEqual(snapshot(g));
    }
  });
  it('rejects something that is not a graph', () => {
    expect(() => importJson('{"a":1}')).toThrow(/nodes/);
  });
});

describe('GraphML', () => {
  it('is well-formed XML with typed keys for every attribute', () => {
    const g = exportGraphFixture();
    const xml = graphToGraphML(g);
    expect(XMLValidator.validate(xml)).toBe(true);
    const keyLines = xml.split('\n').filter((l) => l.includes('<key '));
    const decl = (domain: string, name: string) => keyLines.find((l) => l.includes(`for="${domain}"`) && l.includes(`attr.name="${name}"`));
    expect(decl('node', 'kind')).toContain('attr.type="string"');
    expect(decl('node', 'label')).toContain('attr.type="string"');
    expect(decl('node', 'labelEn')).toBeDefined();
    expect(decl('node', 'level')).toContain('attr.type="int"');
    expect(decl('node', 'amount')).toContain('attr.type="double"');
    expect(decl('node', 'registered')).toContain('attr.type="boolean"');
    expect(decl('edge', 'role')).toContain('attr.type="string"');
    expect(decl('edge', 'andOthers')).toContain('attr.type="boolean"');
    // structured values are marked so the importer can restore them
    expect(xml).toMatch(/attr\.name="aliases" attr\.type="string">\s*<desc>json<\/desc>/);
    expect(xml).toMatch(/attr\.name="evidence" attr\.type="string">\s*<desc>json<\/desc>/);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(parsed.graphml.graph.node).toHaveLength(g.order);
    expect(parsed.graphml.graph.edge).toHaveLength(g.size);
  });

  it('round-trips nodes, edges and attributes, hostile text included', () => {
    for (const hostile of [false, true]) {
      const g = exportGraphFixture({ hostile });
      expect(snapshot(importGraphML(graphToGraphML(g)))).toEqual(snapshot(g));
    }
  });

  it('keeps line breaks, tabs and CR exactly, and replaces characters XML cannot carry', () => {
    const g = exportGraphFixture();
    const doc = g.findNode((_, a) => a.kind === 'document')!;
    g.updateNodeAttributes(doc, (a) => ({ ...a, text: 'a\r\nb\tc\n  d\u0001e' }) as typeof a);
    const back = importGraphML(graphToGraphML(g));
    expect((back.getNodeAttributes(doc) as { text: string }).text).toBe('a\r\nb\tc\n  d\uFFFDe');
  });

  it('reads GraphML written by other tools (prefixes, comments, CDATA, defaults)', () => {
    const xml = `<?xml version="1.0"?><!-- yEd --><g:graphml xmlns:g="http://graphml.graphdrawing.org/xmlns">
      <g:key id="d0" for="node" attr.name="label" attr.type="string"/>
      <g:key id="d1" for="node" attr.name="weight" attr.type="float"><g:default>1.5</g:default></g:key>
      <g:graph edgedefault="directed"><g:node id="a"><g:data key="d0"><![CDATA[<b>A</b>]]></g:data></g:node>
      <g:node id="b"><g:data key="d0">B &amp; C&#x4E2D;</g:data><g:data key="d1">2</g:data></g:node><g:edge source="a" target="b"/></g:graph></g:graphml>`;
    const g = importGraphML(xml);
    expect(g.getNodeAttributes('a')).toEqual({ label: '<b>A</b>', weight: 1.5 });
    expect(g.getNodeAttributes('b')).toEqual({ label: 'B & C中', weight: 2 });
    expect(g.size).toBe(1);
  });

  it('refuses malformed input', () => {
    expect(() => importGraphML('<graphml><graph><node id="a"></graph></graphml>')).toThrow(/Mismatched/);
    expect(() => importGraphML('<graphml><graph><edge source="a" target="b"/></graph></graphml>')).toThrow(/missing node/);
    expect(() => importGraphML('<gexf/>')).toThrow(/Not GraphML/);
  });
});

describe('GEXF', () => {
  it('is GEXF 1.3 with typed attributes and a viz colour per node', () => {
    const g = exportGraphFixture();
    const xml = graphToGexf(g);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    expect(parsed.gexf.version).toBe('1.3');
    expect(parsed.gexf.xmlns).toBe('http://gexf.net/1.3');
    const nodes = parsed.gexf.graph.nodes.node;
    expect(nodes).toHaveLength(g.order);
    expect(parsed.gexf.graph.edges.edge).toHaveLength(g.size);
    for (const n of nodes) expect(n['viz:color']).toMatchObject({ r: expect.any(String), g: expect.any(String), b: expect.any(String) });
    const kinds = new Set(nodes.map((n: { 'viz:color': { r: string; g: string; b: string } }) => JSON.stringify(n['viz:color'])));
    expect(kinds.size).toBe(7); // one colour per node kind in the fixture
    const attrs = parsed.gexf.graph.attributes.find((a: { class: string }) => a.class === 'node').attribute;
    expect(attrs.find((a: { title: string }) => a.title === 'level').type).toBe('integer');
    expect(attrs.find((a: { title: string }) => a.title === 'registered').type).toBe('boolean');
  });
});

describe('CSV', () => {
  it('quotes per RFC 4180 and defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell('重庆市')).toBe('重庆市');
  });

  it('writes UTF-8 with BOM and CRLF, one row per node / edge', () => {
    const g = exportGraphFixture();
    for (const [csv, count, first] of [[nodesCsv(g), g.order, 'Id'], [edgesCsv(g), g.size, 'Source'], [relationsCsv(g), g.size, 'source']] as const) {
      expect(csv.startsWith(CSV_BOM)).toBe(true);
      expect(csv.endsWith('\r\n')).toBe(true);
      const rows = parseCsv(csv.slice(1));
      expect(rows[0][0]).toBe(first);
      expect(rows).toHaveLength(count + 1);
      for (const r of rows) expect(r).toHaveLength(rows[0].length);
    }
    const relations = parseCsv(relationsCsv(g).slice(1));
    expect(relations.some((r) => r[0] === '科学技术部' && r[3] === 'leads' && r[4].startsWith('（三）'))).toBe(true);
  });

  it('responsibilities: exact header, one row per (annotation, body)', () => {
    const g = exportGraphFixture();
    const rows = parseCsv(responsibilitiesCsv(g).slice(1));
    expect(rows[0].join(',')).toBe('document,item,item_title,agency,agency_as_written,role,quote,scope,deadline,inherited');
    expect([...RESPONSIBILITY_COLUMNS]).toEqual(rows[0]);
    const leads = g.filterEdges((_, a) => a.kind === 'leads').reduce((n, e) => n + (g.getEdgeAttribute(e, 'evidence')?.length ?? 0), 0);
    expect(rows).toHaveLength(leads + 1);
    expect(rows[1]).toEqual(['国科发规〔2023〕31号', '二、（三）', '构建高水平实验室体系', '重庆市人民政府', '重庆市', 'lead', '（重庆市、四川省、科技部牵头负责）', '', '', '']);
    expect(rows.filter((r) => r[5] === 'joint')).toHaveLength(1);
  });
});

describe('Cypher', () => {
  const literals = /'(?:[^'\\]|\\.)*'/g;
  it('creates constraints, labelled nodes and typed relationships', () => {
    const g = exportGraphFixture();
    const script = graphToCypher(g);
    for (const label of ['Document', 'Section', 'Article', 'Agency', 'Platform', 'Region', 'Target']) {
      expect(script).toContain(`FOR (n:\`${label}\`) REQUIRE n.id IS UNIQUE;`);
      expect(script).toContain(`MERGE (n:\`${label}\` {id: row.id})`);
    }
    for (const type of ['ISSUED', 'CONTAINS', 'LEADS', 'MENTIONS', 'LOCATED_IN']) expect(script).toContain(`[r:\`${type}\``);
    expect(script).toContain('MATCH (a:`Agency` {id: row.source}), (b:`Article` {id: row.target})');
    // every node id appears as a literal exactly where a node is created
    const created = [...script.matchAll(/\{`id`: ('(?:[^'\\]|\\.)*')/g)].length;
    expect(created).toBe(g.order + g.size);
    expect(script).toContain("`aliases`: ['科技部', '国家科技部']");
  });

  it('escapes strings: outside literals there is no user text', () => {
    const g = exportGraphFixture({ hostile: true });
    const script = graphToCypher(g);
    const outside = script.split('\n').filter((l) => !l.startsWith('//')).join('\n').replace(literals, "''");
    expect(outside).not.toContain('script');
    expect(outside).not.toContain('HYPERLINK');
    expect(outside).not.toMatch(/[\u4e00-\u9fff]/);
    // statements stay balanced: brackets outside literals pair up
    for (const [open, close] of [['[', ']'], ['{', '}'], ['(', ')']]) {
      expect(outside.split(open).length, open).toBe(outside.split(close).length);
    }
    // and the literal decodes back to the original
    const label = [...script.matchAll(/`label`: ('(?:[^'\\]|\\.)*')/g)].map((m) => m[1]).find((l) => l.includes('script'))!;
    const decoded = label.slice(1, -1).replace(/\\(u[0-9a-f]{4}|.)/g, (_, e: string) =>
      e.length === 5 ? String.fromCharCode(parseInt(e.slice(1), 16)) : ({ n: '\n', r: '\r', t: '\t' } as Record<string, string>)[e] ?? e);
    expect(decoded.endsWith(HOSTILE)).toBe(true);
  });
});

describe('hostile labels stay text in every format', () => {
  it('XML formats parse and return the exact text', () => {
    const g = exportGraphFixture({ hostile: true });
    for (const xml of [graphToGraphML(g), graphToGexf(g)]) {
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(xml).not.toContain('<script>');
      expect(xml).not.toContain(']]>');
    }
    const gexf = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', processEntities: true, htmlEntities: true }).parse(graphToGexf(g));
    const doc = gexf.gexf.graph.nodes.node.find((n: { id: string }) => n.id.startsWith('doc:'));
    expect(doc.label.endsWith(HOSTILE)).toBe(true);
  });

  it('CSV cells keep the text quoted and a formula-looking cell is defused', () => {
    const g = exportGraphFixture({ hostile: true });
    const csv = responsibilitiesCsv(g);
    const rows = parseCsv(csv.slice(1));
    expect(rows.find((r) => r[3].startsWith('重庆市'))![4]).toBe('重庆市' + HOSTILE);
    expect(rows.every((r) => r.length === 10)).toBe(true);
    for (const r of parseCsv(nodesCsv(g).slice(1))) for (const c of r) expect(c).not.toMatch(/^[=+\-@]/);
  });
});

describe('on the seed through the real pipeline', () => {
  it('responsibilities CSV has 71 rows, matching responsibilityRows', async () => {
    const { seedGraph } = await import('../fixtures/export-seed');
    const { responsibilityRows } = await import('../../core/graph/responsibility-rows');
    const g = seedGraph();
    const rows = parseCsv(text(EXPORT_FORMATS.responsibilities(g).data).slice(1));
    expect(rows[0].join(',')).toBe('document,item,item_title,agency,agency_as_written,role,quote,scope,deadline,inherited');
    expect(rows.length - 1).toBe(71);
    expect(rows.length - 1).toBe(responsibilityRows(g).length);
    for (const r of rows.slice(1)) {
      expect(r[0]).toBe('国科发规〔2023〕31号');
      expect(['lead', 'joint', 'responsible']).toContain(r[5]);
      expect(r[6]).toContain(r[4]);
    }
  });

  it('every data format round-trips or parses on the seed', async () => {
    const { seedGraph } = await import('../fixtures/export-seed');
    const g = seedGraph();
    expect(snapshot(importGraphML(text(EXPORT_FORMATS.graphml(g).data)))).toEqual(snapshot(g));
    expect(snapshot(importJson(text(EXPORT_FORMATS.json(g).data)))).toEqual(snapshot(g));
    expect(XMLValidator.validate(text(EXPORT_FORMATS.gexf(g).data))).toBe(true);
    expect(parseCsv(text(EXPORT_FORMATS['nodes-csv'](g).data).slice(1))).toHaveLength(g.order + 1);
    expect(parseCsv(text(EXPORT_FORMATS['edges-csv'](g).data).slice(1))).toHaveLength(g.size + 1);
  });
});
