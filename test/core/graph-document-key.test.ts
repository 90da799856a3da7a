import { describe, expect, it } from 'vitest';
import { addDocument, buildGraph } from '../../core/graph';
import { contentHash } from '../../core/graph/document-key';
import { parseDocument } from '../../core/parse/document';
import { graphToJson } from '../../core/exports/json';
import { seedText } from './seed';

const NUMBER = '国科发规〔2023〕31号';
const original = () => parseDocument(seedText(), 'a.txt');
/** The same number over a different text: one article's annotation changed. */
const revised = (name = 'b.txt') => parseDocument(seedText().replace('（重庆市、四川省、科技部、国资委牵头负责）', '（重庆市牵头负责）'), name);
const documents = (graph: ReturnType<typeof buildGraph>) =>
  graph.filterNodes((_id, a) => a.kind === 'document').map((id) => {
    const a = graph.getNodeAttributes(id);
    return a.kind === 'document' ? { id, key: a.key, fileName: a.fileName, warnings: a.warnings } : undefined;
  });

describe('documents that share a number', () => {
  it('keeps both when their texts differ, the second under the number and a hash of its text, with a warning naming both files', () => {
    const b = revised();
    const graph = buildGraph([original(), b]);
    const docs = documents(graph);
    expect(docs.map((d) => d?.key)).toEqual([NUMBER, `${NUMBER}#${contentHash(b.text)}`]);
    expect(docs[1]?.warnings.at(-1)).toBe(`the number ${NUMBER} is also that of a.txt, whose text differs: both are kept, this one as ${NUMBER}#${contentHash(b.text)}`);
    expect(docs[1]?.fileName).toBe('b.txt');
    // each keeps its own outline and evidence
    const items = graph.filterNodes((_id, a) => a.kind === 'article' || a.kind === 'section');
    expect(items.length).toBe(2 * buildGraph([original()]).filterNodes((_id, a) => a.kind === 'article' || a.kind === 'section').length);
  });

  it('keeps one document when the same text comes from two files, built from the first and naming the second as a copy', () => {
    const graph = buildGraph([original(), parseDocument(seedText(), 'copy.txt')]);
    expect(documents(graph)).toHaveLength(1);
    const [id] = graph.filterNodes((_id, a) => a.kind === 'document');
    expect(graph.getNodeAttribute(id, 'copies' as never)).toEqual([{ fileName: 'copy.txt', format: 'text' }]);
    graph.removeNodeAttribute(id, 'copies' as never);
    expect(graphToJson(graph)).toBe(graphToJson(buildGraph([original()])));
  });

  it('keeps both when two files of the same name in different folders differ (a batch build)', () => {
    expect(documents(buildGraph([original(), revised('a.txt')]))).toHaveLength(2);
  });

  it('replaces a file read again by the app under the same name', () => {
    const graph = buildGraph([original()]);
    addDocument(graph, revised('a.txt'));
    const docs = documents(graph);
    expect(docs.map((d) => d?.key)).toEqual([NUMBER]);
    expect(docs[0]?.warnings.some((w) => w.includes('whose text differs'))).toBe(false);
  });

  it('names a text that changed in a hash of its content, not its file name or order', () => {
    expect(contentHash('a')).not.toBe(contentHash('b'));
    expect(contentHash(seedText())).toMatch(/^[0-9a-f]{8}$/);
  });
});
