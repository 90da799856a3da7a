import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAppPageUrl, isSafeExternalUrl, navigationDecision, requestDecision } from '../../electron/policy';

const root = 'file:///opt/Remit/resources/app.asar/dist/renderer/';
const index = root + 'index.html';

describe('request policy', () => {
  it('allows the app folder, devtools and in-memory URLs', () => {
    expect(requestDecision(index, root)).toBe('allow');
    expect(requestDecision(root + 'assets/index-abc.js', root)).toBe('allow');
    expect(requestDecision(root + 'assets/parse.worker-1.js?worker', root)).toBe('allow');
    expect(requestDecision('devtools://devtools/bundled/inspector.html', root)).toBe('allow');
    expect(requestDecision('data:image/png;base64,AAAA', root)).toBe('allow');
    expect(requestDecision('blob:file:///3f1e-22', root)).toBe('allow');
    expect(requestDecision('blob:null/3f1e-22', root)).toBe('allow');
  });

  it('blocks the network', () => {
    for (const url of ['https://example.org/x.js', 'http://localhost:5173/', 'ws://127.0.0.1:1/', 'ftp://h/f', 'chrome://settings', 'blob:https://evil.example/1']) {
      expect(requestDecision(url, root)).toBe('block');
    }
  });

  it('blocks local files outside the app folder, including traversal tricks', () => {
    expect(requestDecision('file:///etc/passwd', root)).toBe('block');
    expect(requestDecision('file:///opt/Remit/resources/app.asar/dist/electron/main.cjs', root)).toBe('block');
    expect(requestDecision(root + '../electron/main.cjs', root)).toBe('block');
    expect(requestDecision(root + '%2e%2e/electron/main.cjs', root)).toBe('block');
    expect(requestDecision('file:///opt/Remit/resources/app.asar/dist/renderer-evil/x.js', root)).toBe('block');
    expect(requestDecision('file://otherhost/opt/Remit/resources/app.asar/dist/renderer/index.html', root)).toBe('block');
    expect(requestDecision('not a url', root)).toBe('block');
  });

  it('accepts a root written without a trailing slash, and Windows paths', () => {
    expect(requestDecision(index, root.slice(0, -1))).toBe('allow');
    const winRoot = 'file:///C:/Program%20Files/Remit/resources/app.asar/dist/renderer/';
    expect(requestDecision(winRoot + 'index.html', winRoot)).toBe('allow');
    expect(requestDecision('file:///C:/Windows/win.ini', winRoot)).toBe('block');
  });
});

describe('sender check', () => {
  it('accepts only the app index page', () => {
    expect(isAppPageUrl(index, index)).toBe(true);
    expect(isAppPageUrl(index + '#/graph?x=1', index)).toBe(true);
    expect(isAppPageUrl(index + '?lang=zh', index)).toBe(true);
    expect(isAppPageUrl(root + 'other.html', index)).toBe(false);
    expect(isAppPageUrl('https://evil.example/index.html', index)).toBe(false);
    expect(isAppPageUrl('about:blank', index)).toBe(false);
    expect(isAppPageUrl('', index)).toBe(false);
    expect(isAppPageUrl(undefined, index)).toBe(false);
  });
});

describe('external links and navigation', () => {
  it('opens only https links with a host and no credentials', () => {
    expect(isSafeExternalUrl('https://www.gov.cn/zhengce/content/2023.htm')).toBe(true);
    for (const url of ['http://www.gov.cn/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'https://user:pw@host/', 'ms-msdt:/id', 'notaurl']) {
      expect(isSafeExternalUrl(url)).toBe(false);
    }
  });

  it('never navigates the window away; https goes to the browser', () => {
    expect(navigationDecision(index, index, false)).toBe('allow');
    expect(navigationDecision(index, index, true)).toBe('deny');
    expect(navigationDecision('https://www.gov.cn/', index, false)).toBe('open-external');
    expect(navigationDecision('https://www.gov.cn/', index, true)).toBe('open-external');
    expect(navigationDecision('file:///etc/passwd', index, false)).toBe('deny');
    expect(navigationDecision('http://example.org/', index, true)).toBe('deny');
  });
});

describe('Content-Security-Policy', () => {
  const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => {
    const [name, ...values] = d.trim().split(/\s+/);
    return [name, values] as const;
  }));

  it('is strict where it matters', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(directives.get('worker-src')).toEqual(["'self'", 'blob:']);
  });

  it('has no duplicate directives', () => {
    expect(directives.size).toBe(CONTENT_SECURITY_POLICY.split(';').length);
  });
});
