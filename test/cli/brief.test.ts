import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { runBrief } from '../../cli/brief';
import { SEED_FILE } from '../fixtures/export-seed';

const dir = mkdtempSync(join(tmpdir(), 'remit-brief-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io() {
  const out: (string | Uint8Array)[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (d: string | Uint8Array) => void out.push(d), stderr: (l: string) => void err.push(l) } };
}

describe('remit brief', () => {
  it('writes an HTML brief for the seed', async () => {
    const file = join(dir, 'brief.html');
    const t = io();
    expect(await runBrief([SEED_FILE, '--format', 'html', '--out', file, '--date', '2026-01-02'], t.io)).toBe(0);
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<svg');
    expect(html).toContain('Prepared 2026-01-02');
    expect(html).toContain('国科发规〔2023〕31号');
    expect(t.err.join('\n')).toMatch(/wrote .*brief\.html \(71 assignments/);
  });

  it('writes a DOCX brief with a rasterised graph', async () => {
    const file = join(dir, 'brief.docx');
    expect(await runBrief([SEED_FILE, '--format', 'docx', '--out', file], io().io)).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(XMLValidator.validate(xml)).toBe(true);
    const pngs = Object.keys(zip.files).filter((f) => /^word\/media\/.+\.png$/.test(f));
    expect(pngs).toHaveLength(1);
    const png = await zip.file(pngs[0])!.async('uint8array');
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(png.length).toBeGreaterThan(20_000); // a drawn graph, not a blank
  }, 60_000);

  it('prints HTML to stdout without --out and rejects bad usage', async () => {
    const t = io();
    expect(await runBrief([SEED_FILE], t.io)).toBe(0);
    expect(String(t.out[0])).toMatch(/^<!DOCTYPE html>/);
    await expect(runBrief([SEED_FILE, '--format', 'pdf'], io().io)).rejects.toThrow(/unknown brief format/);
    await expect(runBrief([SEED_FILE, '--format', 'docx'], io().io)).rejects.toThrow(/--out/);
    const missing = io();
    expect(await runBrief([join(dir, 'nope.txt')], missing.io)).toBe(1);
    expect(missing.err.join('\n')).toMatch(/cannot read/);
  });
});
