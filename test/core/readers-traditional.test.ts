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

// A made-up notice of the family about the Greater Bay Area, written in simplified characters and converted to
// Hong Kong traditional (bay-area-notice.hk.txt, by opencc-js cn → hk): agencies, places and platforms named in the
// running text, not only in the annotations.
describe('traditional Chinese in running text', () => {
  const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/traditional/${name}`, import.meta.url)));
  type Mention = { target: string; start: number; end: number; quote: string };
  const mentions = (g: ReturnType<typeof buildGraph>): Mention[] => g
    .filterEdges((_e, a) => a.kind === 'mentions')
    .map((e) => {
      const a = g.getEdgeAttributes(e) as { evidence: { start: number; end: number; focusStart?: number; focusEnd?: number; quote: string }[] };
      // the quote is the sentence; the mention is its emphasised part
      return a.evidence.map((ev) => ({ target: g.target(e), start: ev.focusStart ?? ev.start, end: ev.focusEnd ?? ev.end, quote: ev.quote }));
    })
    .flat()
    .sort((p, q) => p.start - q.start || p.target.localeCompare(q.target));

  it('finds the agencies, regions and platforms the simplified original names, at the same offsets, quoted as written', async () => {
    const cn = await readAnyDocument(fixture('bay-area-notice.cn.txt'), 'bay-area-notice.cn.txt');
    const hk = await readAnyDocument(fixture('bay-area-notice.hk.txt'), 'bay-area-notice.hk.txt');
    expect(hk.text).not.toBe(cn.text);
    expect(hk.text.length).toBe(cn.text.length);
    const fromCn = mentions(buildGraph([cn]));
    const fromHk = mentions(buildGraph([hk]));
    const kinds = (ms: Mention[], g: ReturnType<typeof buildGraph>) => new Set(ms.map((m) => g.getNodeAttribute(m.target, 'kind')));
    const gHk = buildGraph([hk]);
    // each kind is named in the running text: an agency (海關總署, 商務部…), a region (深圳市…), a platform (合作區)
    expect([...kinds(fromHk, gHk)].sort()).toEqual(expect.arrayContaining(['agency', 'platform', 'region']));
    expect(fromHk.map(({ target, start, end }) => ({ target, start, end }))).toEqual(fromCn.map(({ target, start, end }) => ({ target, start, end })));
    for (const m of fromHk) expect(m.quote.length).toBeGreaterThan(0);
    // quotes come from the text as written, and the offsets point at it exactly
    const customs = fromHk.find((m) => m.target === 'agency:gacc');
    expect(customs).toBeDefined();
    expect(hk.text.slice(customs!.start, customs!.end)).toBe('海關總署');
    expect(customs!.quote).toContain('海關總署');
    expect(fromHk.some((m) => hk.text.slice(m.start, m.end) === '深圳市')).toBe(true);
    expect(fromHk.some((m) => /合作區$/.test(hk.text.slice(m.start, m.end)))).toBe(true);
  });

  it('keeps the traditional form of an agency mentioned in the text as an alias of its registry entry (search finds it)', async () => {
    const hk = buildGraph([await readAnyDocument(fixture('bay-area-notice.hk.txt'), 'bay-area-notice.hk.txt')]);
    const customs = hk.getNodeAttributes('agency:gacc') as { label: string; aliases: string[] };
    expect(customs.label).toBe('海关总署');
    expect(customs.aliases).toContain('海關總署');
  });
});
