import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/remit';
import { capture } from './support';

const csvLines = (text: string) => text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);

describe('remit export', () => {
  it('writes the responsibility table of the seeds by default', async () => {
    const io = capture();
    expect(await main(['export', '--format', 'responsibilities'], io)).toBe(0);
    const lines = csvLines(io.out);
    expect(lines[0]).toBe('document,item,item_title,agency,agency_as_written,role,quote,scope,deadline,inherited');
    expect(lines).toHaveLength(72);
    expect(lines[1]).toMatch(/^国科发规〔2023〕31号,二、（三）,构建高水平实验室体系/);
  });

  it('reports an unreadable file in a folder by name and reason, exports the rest, and exits non-zero', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'remit-cli-'));
    writeFileSync(join(dir, 'broken.txt'), new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0, 0xff]));
    writeFileSync(join(dir, 'empty.txt'), '');
    copyFileSync('seeds/2023-guokefagui-31-western-science-city.txt', join(dir, 'seed.txt'));
    const out = join(dir, 'out.json');
    const io = capture();
    const code = await main(['export', dir, '--format', 'json', '--out', out], io);
    expect(code).toBe(1);
    expect(io.err).toContain('broken.txt');
    expect(io.err).toContain('empty.txt');
    expect(io.err).not.toMatch(/\n\s+at /); // no stack traces
    const graph = JSON.parse(readFileSync(out, 'utf8'));
    expect(graph.nodes.length).toBeGreaterThan(50);
  });

  it('rejects an unknown format with the usage and exit code 2', async () => {
    const io = capture();
    expect(await main(['export', '--format', 'pdfx'], io)).toBe(2);
    expect(io.err).toMatch(/unknown format "pdfx"/);
    expect(io.err).toMatch(/usage:/);
  });

  it('rejects an unknown command', async () => {
    const io = capture();
    expect(await main(['frobnicate'], io)).toBe(2);
  });
});
