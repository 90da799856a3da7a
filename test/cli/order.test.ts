import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/remit';
import { capture, scratch, SEED } from './support';

const dir = scratch('remit-order-');
const seed = readFileSync(SEED, 'utf8');
const files = {
  'a.txt': seed,
  // the same number over a different text
  'b.txt': seed.replace('（重庆市、四川省、科技部、国资委牵头负责）', '（重庆市牵头负责）'),
  // the same text again under another name
  'c.txt': seed,
  'd.txt': seed.replace(/〔2023〕31号/g, '〔2023〕32号'),
};
for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
const paths = Object.keys(files).map((name) => join(dir, name));

async function exportOf(order: string[], format: string): Promise<{ out: string; err: string }> {
  const io = capture();
  expect(await main(['export', ...order, '--format', format], io)).toBe(0);
  return io;
}

describe('the same number over different texts', () => {
  it('keeps both documents and warns, naming both files', async () => {
    const { out, err } = await exportOf(paths, 'json');
    const docs = JSON.parse(out).nodes.filter((n: { attributes: { kind: string } }) => n.attributes.kind === 'document');
    expect(docs).toHaveLength(3);
    expect(err).toMatch(/remit: b\.txt: the number 国科发规〔2023〕31号 is also that of (a|c)\.txt, whose text differs: both are kept/);
  });

  it('exports byte for byte the same whatever order the files are named in', async () => {
    for (const format of ['json', 'graphml', 'responsibilities']) {
      const reference = (await exportOf(paths, format)).out;
      await fc.assert(fc.asyncProperty(fc.shuffledSubarray(paths, { minLength: paths.length }), async (order) => {
        expect((await exportOf(order, format)).out).toBe(reference);
      }), { numRuns: 8 });
    }
  });
});
