import { describe, expect, it } from 'vitest';
import { HOST_COMMANDS, isHostCommand, isPlausibleAbsolutePath, sanitizeFileName, validateInvokeArg } from '../../electron/validate';
import { INVOKE_CHANNELS, LIMITS } from '../../contract/ipc';
import { guardHandler, IpcRejection } from '../../electron/ipc-guard';

describe('argument validation', () => {
  it('no-argument calls reject arguments', () => {
    for (const channel of INVOKE_CHANNELS.filter((c) => !['remit:save-file', 'remit:print-pdf', 'remit:save-workspace', 'remit:store-recovery'].includes(c))) {
      expect(validateInvokeArg(channel, undefined).ok).toBe(true);
      expect(validateInvokeArg(channel, { path: '/etc' }).ok).toBe(false);
    }
  });

  it('save-file: accepts text or bytes with a media type, sanitises the name', () => {
    const r = validateInvokeArg('remit:save-file', { suggestedName: '../../etc/cron.d/x.csv', data: 'a,b', mime: 'text/csv;charset=utf-8' });
    expect(r).toEqual({ ok: true, value: { suggestedName: '.._.._etc_cron.d_x.csv', data: 'a,b', mime: 'text/csv;charset=utf-8' } });
    expect(validateInvokeArg('remit:save-file', { suggestedName: 'g.png', data: new Uint8Array(3), mime: 'image/png' }).ok).toBe(true);
  });

  it('save-file: rejects wrong shapes, extra keys, bad media types and oversize data', () => {
    const bad = [
      undefined,
      'x',
      [],
      { suggestedName: 'a', data: 'x' },
      { suggestedName: 'a', data: 'x', mime: 'text/plain', path: '/etc/passwd' },
      { suggestedName: 1, data: 'x', mime: 'text/plain' },
      { suggestedName: 'a', data: { length: 1 }, mime: 'text/plain' },
      { suggestedName: 'a', data: 'x', mime: 'not a mime' },
      { suggestedName: 'a', data: new Uint8Array(LIMITS.maxSaveBytes + 1), mime: 'application/octet-stream' },
    ];
    bad.forEach((arg, i) => expect(validateInvokeArg('remit:save-file', arg).ok, `case ${i}`).toBe(false));
  });

  it('save-workspace: text plus an optional absolute path', () => {
    expect(validateInvokeArg('remit:save-workspace', { text: '{}' })).toEqual({ ok: true, value: { text: '{}' } });
    expect(validateInvokeArg('remit:save-workspace', { text: '{}', path: '/home/u/w.remit' }).ok).toBe(true);
    expect(validateInvokeArg('remit:save-workspace', { text: '{}', path: 'C:\\Users\\u\\w.remit' }).ok).toBe(true);
    expect(validateInvokeArg('remit:save-workspace', { text: '{}', path: 'relative/w.remit' }).ok).toBe(false);
    expect(validateInvokeArg('remit:save-workspace', { text: '{}', path: '/a\u0000b' }).ok).toBe(false);
    expect(validateInvokeArg('remit:save-workspace', { text: 5 }).ok).toBe(false);
    expect(validateInvokeArg('remit:save-workspace', { text: '{}', other: 1 }).ok).toBe(false);
  });

  it('store-recovery: text only', () => {
    expect(validateInvokeArg('remit:store-recovery', '{}').ok).toBe(true);
    expect(validateInvokeArg('remit:store-recovery', { text: '{}' }).ok).toBe(false);
  });

  it('unknown channels are refused', () => {
    expect(validateInvokeArg('remit:format-disk' as never, undefined).ok).toBe(false);
    expect(validateInvokeArg('__proto__' as never, undefined).ok).toBe(false);
  });

  it('file names are safe on every platform', () => {
    expect(sanitizeFileName('CON.txt')).toBe('_CON.txt');
    expect(sanitizeFileName('a<b>:"c|d?*.csv')).toBe('a_b___c_d__.csv');
    expect(sanitizeFileName('..')).toBe('untitled');
    expect(sanitizeFileName('  name. ')).toBe('name');
    expect(sanitizeFileName('x\u0000y\n.txt')).toBe('xy.txt');
    const long = sanitizeFileName('长'.repeat(400) + '.docx');
    expect(long.length).toBe(LIMITS.maxNameLength);
    expect(long.endsWith('.docx')).toBe(true);
    expect(sanitizeFileName('责任清单.csv')).toBe('责任清单.csv');
  });

  it('file names lose bidi controls and other format characters, which make a name read as another', () => {
    expect(sanitizeFileName('report\u202Efdp.exe')).toBe('reportfdp.exe');
    for (const c of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200B', '\u200E', '\uFEFF', '\u00AD', '\u0085', '\u2028', '\uD800']) {
      expect(sanitizeFileName(`a${c}b.csv`)).toBe('ab.csv');
    }
    expect(sanitizeFileName('𠀀.txt')).toBe('𠀀.txt');
  });

  it('absolute path check', () => {
    expect(isPlausibleAbsolutePath('/a')).toBe(true);
    expect(isPlausibleAbsolutePath('\\\\server\\share\\w.remit')).toBe(true);
    expect(isPlausibleAbsolutePath('')).toBe(false);
    expect(isPlausibleAbsolutePath('a/b')).toBe(false);
  });

  it('knows every host command', () => {
    expect(HOST_COMMANDS).toHaveLength(34);
    expect(isHostCommand('export:png')).toBe(true);
    expect(isHostCommand('export:exe')).toBe(false);
    expect(isHostCommand('toString')).toBe(false);
  });
});

describe('IPC guard', () => {
  const index = 'file:///app/dist/renderer/index.html';
  const top = (url: string) => ({ senderFrame: { url, parent: null } });
  let calls: unknown[] = [];
  const handler = guardHandler('remit:store-recovery', index, async (text) => {
    calls.push(text);
  });

  it('runs the handler for the app page with a valid argument', async () => {
    calls = [];
    await handler(top(index), '{"a":1}');
    expect(calls).toEqual(['{"a":1}']);
  });

  it('refuses other senders: other pages, sub-frames, destroyed frames', async () => {
    calls = [];
    await expect(handler(top('https://evil.example/'), 'x')).rejects.toBeInstanceOf(IpcRejection);
    await expect(handler(top('file:///tmp/evil.html'), 'x')).rejects.toThrow(/not the Remit page/);
    await expect(handler({ senderFrame: { url: index, parent: {} } }, 'x')).rejects.toThrow(/not the Remit page/);
    await expect(handler({ senderFrame: null }, 'x')).rejects.toThrow(/not the Remit page/);
    expect(calls).toEqual([]);
  });

  it('refuses invalid arguments before the handler runs', async () => {
    calls = [];
    await expect(handler(top(index), 42)).rejects.toThrow(/remit:store-recovery: recovery snapshot must be text/);
    expect(calls).toEqual([]);
  });

  it('passes only the message of a handler failure', async () => {
    const failing = guardHandler('remit:recent-files', index, () => {
      throw new TypeError('EACCES: permission denied, open /home/u/secret');
    });
    const error = await failing(top(index), undefined).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('EACCES: permission denied, open /home/u/secret');
    expect((error as Error).name).toBe('Error');
  });
});
