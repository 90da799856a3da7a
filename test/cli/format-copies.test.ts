import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/remit';
import { capture, scratch } from './support';

// A folder holding one document twice: its plain text and its gov.cn page.
const fixtures = new URL('../fixtures/', import.meta.url);
const one = scratch('remit-copies-one-');
copyFileSync(new URL('corpus/gov-05.txt', fixtures), join(one, 'gov-05.txt'));
const both = scratch('remit-copies-both-');
copyFileSync(new URL('corpus/gov-05.txt', fixtures), join(both, 'gov-05.txt'));
copyFileSync(new URL('formats/gov-05.html', fixtures), join(both, 'gov-05.html'));

async function responsibilities(dir: string): Promise<{ out: string; err: string }> {
  const io = capture();
  expect(await main(['export', dir, '--format', 'responsibilities'], io)).toBe(0);
  return io;
}

describe('a folder holding the same document in two formats', () => {
  it('exports one document’s rows, and names the other file in a note', async () => {
    const single = await responsibilities(one);
    const { out, err } = await responsibilities(both);
    expect(out).toBe(single.out);
    expect(out.split('\n').filter((line) => line.startsWith('国发〔2019〕3号,')).length).toBeGreaterThan(10);
    expect(err).toContain('gov-05.html: the same document as gov-05.txt (国发〔2019〕3号) in another format: read once, from gov-05.txt');
    expect(err).not.toContain('whose text differs');
  });
});
