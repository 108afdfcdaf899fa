// The user's self-hosted webmail origins: the list, the permission it needs, and the content
// script registration that follows from both (the browser APIs are faked in memory).
import { describe, expect, it } from 'vitest';
import {
  addWebmailOrigin,
  normalisePattern,
  removeWebmailOrigin,
  syncWebmailScripts,
  USER_SCRIPT_ID,
  webmailOrigins,
  type RegisteredScript,
  type WebmailOriginDeps,
} from '../../../lib/background/webmail-origins';

function fakeBrowser(opts: { stored?: string[]; granted?: string[]; hostPermissions?: string[] } = {}) {
  const state = {
    stored: opts.stored as string[] | undefined,
    granted: new Set(opts.granted ?? []),
    registered: [] as RegisteredScript[],
    registerCalls: 0,
  };
  const deps: WebmailOriginDeps = {
    getList: async () => state.stored,
    setList: async (p) => {
      state.stored = [...p];
    },
    grantedOrigins: async () => [...state.granted, ...(opts.hostPermissions ?? [])],
    isGranted: async (p) => state.granted.has(p) || (opts.hostPermissions ?? []).includes(p),
    manifestScriptMatches: ['https://mail.google.com/*', 'http://127.0.0.1/*'],
    manifestHostPermissions: opts.hostPermissions ?? [],
    scriptFiles: ['content-scripts/webmail.js'],
    getRegistered: async (id) => state.registered.filter((r) => r.id === id),
    unregister: async (id) => {
      state.registered = state.registered.filter((r) => r.id !== id);
    },
    register: async (script) => {
      state.registerCalls++;
      state.registered.push(script);
    },
  };
  return { state, deps };
}

describe('webmail origin patterns', () => {
  it.each([
    ['https://mail.example.com/*', 'https://mail.example.com/*'],
    ['http://Webmail.Corp.Example:8080/*', 'http://webmail.corp.example/*'],
    ['https://mail.example.com/', 'https://mail.example.com/*'],
  ])('%s is stored as %s', (input, out) => expect(normalisePattern(input)).toBe(out));
  it.each(['https://*/*', '<all_urls>', 'ftp://mail.example.com/*', 'https://*.example.com/*', 'mail.example.com'])('%s is refused', (input) => {
    expect(normalisePattern(input)).toBeNull();
  });
  it('adding refuses a pattern that is not one origin, and changes nothing', async () => {
    const { state, deps } = fakeBrowser({ stored: ['https://mail.a.example/*'] });
    await expect(addWebmailOrigin(deps, 'https://*/*')).rejects.toThrow();
    expect(state.stored).toEqual(['https://mail.a.example/*']);
  });
});

describe('the list of the user’s webmail origins', () => {
  it('is seeded once from granted origins the manifest does not declare', async () => {
    const { state, deps } = fakeBrowser({
      granted: ['https://mail.a.example/*', 'https://mail.google.com/*'],
      hostPermissions: ['http://localhost/*'],
    });
    expect(await webmailOrigins(deps)).toEqual(['https://mail.a.example/*']);
    expect(state.stored).toEqual(['https://mail.a.example/*']);
    state.granted.add('https://mail.b.example/*'); // granted later, never added by the user
    expect(await webmailOrigins(deps)).toEqual(['https://mail.a.example/*']);
  });
  it('adds once and removes', async () => {
    const { state, deps } = fakeBrowser({ stored: [] });
    await addWebmailOrigin(deps, 'https://mail.a.example/*');
    await addWebmailOrigin(deps, 'https://MAIL.a.example:443/*');
    expect(state.stored).toEqual(['https://mail.a.example/*']);
    await removeWebmailOrigin(deps, 'https://mail.a.example/*');
    expect(state.stored).toEqual([]);
  });
});

describe('content script registration', () => {
  it('runs the content script in all frames of listed origins that are granted, and nowhere else', async () => {
    const { state, deps } = fakeBrowser({
      stored: ['https://mail.a.example/*', 'https://mail.b.example/*'],
      granted: ['https://mail.a.example/*', 'https://other.example/*'],
    });
    expect(await syncWebmailScripts(deps)).toEqual(['https://mail.a.example/*']);
    expect(state.registered).toEqual([
      {
        id: USER_SCRIPT_ID,
        matches: ['https://mail.a.example/*'],
        js: ['content-scripts/webmail.js'],
        allFrames: true,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  });
  it('a manifest host permission alone does not run the script; adding the origin does; removing it stops it', async () => {
    const { state, deps } = fakeBrowser({ hostPermissions: ['http://localhost/*'] });
    expect(await syncWebmailScripts(deps)).toEqual([]);
    expect(state.registered).toEqual([]);
    await addWebmailOrigin(deps, 'http://localhost/*');
    expect(await syncWebmailScripts(deps)).toEqual(['http://localhost/*']);
    expect(state.registered.map((r) => r.matches)).toEqual([['http://localhost/*']]);
    await removeWebmailOrigin(deps, 'http://localhost/*');
    expect(await syncWebmailScripts(deps)).toEqual([]);
    expect(state.registered).toEqual([]);
  });
  it('a revoked permission unregisters the origin, a new grant registers it again', async () => {
    const { state, deps } = fakeBrowser({ stored: ['https://mail.a.example/*'], granted: ['https://mail.a.example/*'] });
    await syncWebmailScripts(deps);
    state.granted.delete('https://mail.a.example/*');
    expect(await syncWebmailScripts(deps)).toEqual([]);
    expect(state.registered).toEqual([]);
    state.granted.add('https://mail.a.example/*');
    expect(await syncWebmailScripts(deps)).toEqual(['https://mail.a.example/*']);
    expect(state.registered).toHaveLength(1);
  });
  it('does not register where the manifest’s own content scripts already run, and leaves an unchanged registration alone', async () => {
    const { state, deps } = fakeBrowser({ stored: ['http://127.0.0.1/*', 'https://mail.a.example/*'], granted: ['http://127.0.0.1/*', 'https://mail.a.example/*'] });
    await syncWebmailScripts(deps);
    await syncWebmailScripts(deps);
    expect(state.registered.map((r) => r.matches)).toEqual([['https://mail.a.example/*']]);
    expect(state.registerCalls).toBe(1);
  });
});
