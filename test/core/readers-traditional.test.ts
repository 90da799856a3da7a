import { readFileSync } from 'node:fs';
import { Converter } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { buildGraph, readAnyDocument, readDocument } from '../../core';

// A Hong Kong or Macao copy of a document: written in traditional characters, matched as its simplified original.
const simplifiedText = readFileSync(new URL('../fixtures/corpus/gov-05.txt', import.meta.url), 'utf8');
const toHongKong = Converter({ from: 'cn', to: 'hk' });
const traditionalText = toHongKong(simplifiedText);

describe('traditional Chinese', () => {
  it('the fixture really is traditional and of the same length', () => {
    expect(traditionalText).not.toBe(simplifiedText);
    expect(traditionalText).toContain('海關總署');
  });

  it('finds the same outline and responsibility rows as the simplified original, and shows the text as written', async () => {
    const original = readDocument(new TextEncoder().encode(simplifiedText), 'gov-05.txt');
    const doc = await readAnyDocument(new TextEncoder().encode(traditionalText), 'gov-05-hk.txt');
    expect(doc.items.map((i) => i.path)).toEqual(original.items.map((i) => i.path));
    expect(doc.annotations.flatMap((a) => a.bodies.map((b) => `${a.itemPath} ${b.role}`))).toEqual(original.annotations.flatMap((a) => a.bodies.map((b) => `${a.itemPath} ${b.role}`)));
    expect(doc.meta.number).toBe(original.meta.number);
    expect(doc.meta.date).toBe(original.meta.date);
    // shown as written: the text, the quotes and the item texts are traditional, at the parser's offsets
    // (laid out as the simplified copy was: 意見 closes the title as 意见 does)
    expect(doc.text).toBe(toHongKong(original.text));
    expect(doc.text).not.toBe(original.text);
    expect(doc.meta.title).toBe(toHongKong(original.meta.title));
    for (const a of doc.annotations) expect(a.quote).toBe(doc.text.slice(a.start, a.end));
    expect(doc.annotations[0].quote).toContain('海關總署');
    for (const i of doc.items) expect(i.text).toBe(doc.text.slice(i.start, i.end));
    expect(doc.warnings.some((w) => w.includes('traditional characters'))).toBe(true);
  });

  it('the bodies it names are the registry agencies of the original', async () => {
    const agencies = (g: ReturnType<typeof buildGraph>) => g.filterNodes((_n, a) => a.kind === 'agency' && a.registered !== false).sort();
    const original = buildGraph([readDocument(new TextEncoder().encode(simplifiedText), 'gov-05.txt')]);
    const hk = buildGraph([await readAnyDocument(new TextEncoder().encode(traditionalText), 'gov-05-hk.txt')]);
    expect(agencies(hk)).toEqual(expect.arrayContaining(['agency:gacc', ...agencies(original).filter((a) => a === 'agency:gacc')]));
    const leads = (g: ReturnType<typeof buildGraph>) => g.filterEdges((_e, a) => a.kind === 'leads').length;
    expect(leads(hk)).toBe(leads(original));
  });

  it('leaves simplified documents alone', async () => {
    const doc = await readAnyDocument(new TextEncoder().encode(simplifiedText), 'gov-05.txt');
    expect(doc.warnings.some((w) => w.includes('traditional'))).toBe(false);
    expect(doc.text).toBe(readDocument(new TextEncoder().encode(simplifiedText), 'gov-05.txt').text);
  });
});
