// The store build's manifest asks for no host access up front: webmail beyond Gmail and Outlook
// is granted per origin at runtime (optional), and the loopback matches and the test-granted
// origin exist only in demo/test builds (ACCORD_DEMO=1).
import { describe, expect, it, vi } from 'vitest';

describe('store manifest (wxt.config.ts without ACCORD_DEMO)', () => {
  it('declares no host permission, no loopback match, and only optional host permissions', async () => {
    vi.stubEnv('ACCORD_DEMO', '');
    vi.resetModules();
    const config = (await import('../../wxt.config')).default as unknown as {
      manifest: (env: { browser: string }) => Record<string, unknown>;
      hooks: { 'build:manifestGenerated': (wxt: unknown, m: Record<string, unknown>) => void };
    };
    for (const browser of ['chrome', 'firefox']) {
      const m = { ...config.manifest({ browser }), manifest_version: browser === 'chrome' ? 3 : 2 } as Record<string, unknown>;
      m.content_scripts = [{ matches: ['https://mail.google.com/*'], js: ['content-scripts/webmail.js'] }];
      config.hooks['build:manifestGenerated']({}, m);
      expect(m.host_permissions).toBeUndefined();
      expect(JSON.stringify(m)).not.toMatch(/127\.0\.0\.1|localhost|<all_urls>/);
      expect((m.content_scripts as { matches: string[] }[])[0]!.matches).toEqual(['https://mail.google.com/*']);
      expect((m.permissions as string[]).every((p) => !p.includes('://'))).toBe(true);
    }
    vi.unstubAllEnvs();
  });
});
