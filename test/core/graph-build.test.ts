import { describe, expect, it } from 'vitest';
import { addDocument, buildGraph, removeDocument, responsibilityRows } from '../../core/graph';
import { readDocument } from '../../core/read';
import { parseDocument } from '../../core/parse/document';
import { NODE_KINDS, type ItemNode } from '../../core/model';
import { corpusFiles, seedBytes } from './seed';

const seed = () => readDocument(seedBytes(), 'seed.txt');

describe('graph of the seed document', () => {
  const graph = buildGraph([seed()]);
  const rows = responsibilityRows(graph);

  it('has one document node keyed by its number, with 14 issuing bodies', () => {
    const doc = graph.getNodeAttributes('doc:国科发规〔2023〕31号');
    expect(doc.kind).toBe('document');
    expect(graph.inboundEdges('doc:国科发规〔2023〕31号').filter((e) => graph.getEdgeAttribute(e, 'kind') === 'issued')).toHaveLength(14);
  });

  it('gives 71 responsibility rows over articles （三）…（十七）, all lead', () => {
    expect(rows).toHaveLength(71);
    const items = [...new Set(rows.map((r) => r.item))];
    expect(items).toHaveLength(15);
    expect(items[0]).toBe('二、（三）');
    expect(items[items.length - 1]).toBe('六、（十七）');
    expect(new Set(rows.map((r) => r.role))).toEqual(new Set(['lead']));
  });

  it('has 科技部, 重庆市 and 四川省 each lead 15 articles, under their canonical names', () => {
    const count = (agency: string) => new Set(rows.filter((r) => r.agency === agency).map((r) => r.itemId)).size;
    expect(count('科学技术部')).toBe(15);
    expect(count('重庆市人民政府')).toBe(15);
    expect(count('四川省人民政府')).toBe(15);
    expect(rows.find((r) => r.agency === '重庆市人民政府')?.agencyAsWritten).toBe('重庆市');
  });

  it('carries evidence whose quote is the text at its offsets and ends with the annotation', () => {
    const doc = graph.getNodeAttributes('doc:国科发规〔2023〕31号');
    if (doc.kind !== 'document') throw new Error('not a document');
    for (const row of rows) {
      expect(doc.text.slice(row.start, row.end)).toBe(row.quote);
      expect(row.quote.endsWith('负责）')).toBe(true);
    }
    graph.forEachEdge((_k, attrs) => {
      for (const ev of attrs.evidence ?? []) expect(doc.text.slice(ev.start, ev.end)).toBe(ev.quote);
    });
  });

  it('uses only the model kinds, and every item hangs under the document', () => {
    graph.forEachNode((_id, a) => expect(NODE_KINDS).toContain(a.kind));
    graph.forEachNode((id, a) => {
      if (a.kind === 'section' || a.kind === 'article') expect(graph.inDegree(id)).toBeGreaterThan(0);
    });
    const sections = graph.filterNodes((_id, a) => a.kind === 'section');
    expect(sections.length).toBe(6);
  });

  it('links articles to what they concern', () => {
    const kinds = new Set<string>();
    graph.forEachEdge((_k, a, _s, _t, _sa, ta) => {
      if (a.kind === 'mentions') kinds.add(ta.kind);
    });
    expect(kinds).toContain('platform');
    expect(kinds).toContain('region');
    expect(kinds).toContain('target');
  });
});

describe('merging and replacing documents', () => {
  it('merges the same agency across documents into one node', () => {
    const docs = corpusFiles().map((f) => readDocument(f.bytes, f.name));
    const graph = buildGraph([seed(), ...docs]);
    const customs = graph.filterNodes((_id, a) => a.kind === 'agency' && a.label === '海关总署');
    expect(customs).toHaveLength(1);
    const docsLed = new Set(graph.outEdges(customs[0]).map((e) => graph.getNodeAttribute(graph.target(e), 'kind') === 'document' ? graph.target(e) : (graph.getNodeAttributes(graph.target(e)) as ItemNode).document));
    expect(docsLed.size).toBeGreaterThanOrEqual(2);
  });

  it('replaces a document read again instead of duplicating it, and removal leaves no orphans', () => {
    const graph = buildGraph([seed()]);
    const order = graph.order;
    const size = graph.size;
    addDocument(graph, seed());
    expect(graph.order).toBe(order);
    expect(graph.size).toBe(size);
    removeDocument(graph, 'doc:国科发规〔2023〕31号');
    expect(graph.order).toBe(0);
  });

  it('is deterministic', () => {
    const a = buildGraph([seed()]).export();
    const b = buildGraph([seed()]).export();
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('loads a text with no policy structure as a document with a warning', () => {
    const graph = buildGraph([parseDocument('这是一段普通的文字，没有编号。', 'note.txt')]);
    const doc = graph.getNodeAttributes('doc:note.txt');
    expect(doc.kind === 'document' && doc.warnings.length).toBeGreaterThan(0);
  });
});
