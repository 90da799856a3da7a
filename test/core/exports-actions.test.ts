// The UI's export actions that need no browser: data files and menu commands go to host.saveFile
// with the right name, bytes and MIME type.
import { describe, expect, it } from 'vitest';
import { briefScopeIds, documentsLine, exportData, runExportCommand, type ExportContext } from '../../renderer/export/actions';
import type { Host } from '../../renderer/host/types';
import { exportGraphFixture } from '../fixtures/export-graph';
import { exportFileName } from '../../core/exports';

function fakeHost() {
  const saved: { name: string; data: string | Uint8Array; mime: string }[] = [];
  const host = { kind: 'web', saveFile: async (name: string, data: string | Uint8Array, mime: string) => { saved.push({ name, data, mime }); return { saved: true }; } } as unknown as Host;
  return { host, saved };
}

function ctx(host: Host, extra: Partial<ExportContext> = {}): ExportContext {
  return { graph: exportGraphFixture(), cy: null, visibleNodeIds: null, selection: [], host, lang: 'en', title: '西部科学城 / brief', ...extra };
}

describe('renderer export actions', () => {
  it('saves data formats under a safe name with their MIME type', async () => {
    const { host, saved } = fakeHost();
    await exportData(ctx(host), 'graphml');
    await exportData(ctx(host), 'responsibilities');
    expect(saved.map((s) => s.name)).toEqual(['西部科学城 brief.graphml', '西部科学城 brief.responsibilities.csv']);
    expect(saved[0].mime).toBe('application/graphml+xml');
    expect(String(saved[1].data).startsWith('\uFEFFdocument,item')).toBe(true);
  });

  it('exports only the filtered nodes when asked', async () => {
    const { host, saved } = fakeHost();
    const visible = new Set(['agency:most', 'item:国科发规〔2023〕31号:二、（三）', 'agency:ndrc']);
    await exportData(ctx(host, { visibleNodeIds: visible }), 'json', 'filter');
    const data = JSON.parse(String(saved[0].data));
    expect(data.nodes.map((n: { key: string }) => n.key).sort()).toEqual([...visible].sort());
    expect(data.edges).toHaveLength(1);
  });

  it('routes File ▸ Export data commands and ignores other commands', async () => {
    const { host, saved } = fakeHost();
    for (const c of ['export:graphml', 'export:gexf', 'export:json', 'export:csv', 'export:responsibilities', 'export:cypher'] as const) {
      expect(await runExportCommand(c, ctx(host))).toEqual({ saved: true });
    }
    expect(saved.map((s) => s.name.split('.').slice(1).join('.'))).toEqual(['graphml', 'gexf', 'json', 'csv', 'responsibilities.csv', 'cypher']);
    expect(await runExportCommand('view:fit', ctx(host))).toBeUndefined();
  });

  it('brief scope falls back to the whole corpus when the selection or filter is empty', () => {
    const { host } = fakeHost();
    expect(briefScopeIds(ctx(host), 'selection')).toBeUndefined();
    expect(briefScopeIds(ctx(host, { selection: ['agency:most'] }), 'selection')).toEqual(new Set(['agency:most']));
    expect(briefScopeIds(ctx(host), 'filter')).toBeUndefined();
    expect(briefScopeIds(ctx(host, { visibleNodeIds: new Set(['x']) }), 'filter')).toEqual(new Set(['x']));
  });

  it('names documents for subtitles and files', () => {
    expect(documentsLine(exportGraphFixture())).toBe('国科发规〔2023〕31号 · 2023-03-31');
    expect(exportFileName('a:b*c?"<>|', 'svg')).toBe('a b c.svg');
    expect(exportFileName('...', 'json')).toBe('remit.json');
  });
});
