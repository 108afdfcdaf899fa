// Self-hosted webmail (Roundcube and others): the origins the user added on the options page.
// Browser-free (the APIs are injected) so the rules run under unit tests.
//
// The user's list is kept in extension storage, not derived from granted host permissions: a
// permission can also come from the manifest (a test build declares one statically, so the
// options flow can be driven without a permission prompt), and the list is what the user chose.
// The content script runs on a listed origin only while its host permission is granted.

export const WEBMAIL_ORIGINS_KEY = 'accord-webmail-origins';
export const USER_SCRIPT_ID = 'accord-webmail-user-origins';

export interface RegisteredScript {
  id: string;
  matches: string[];
  js: string[];
  allFrames: boolean;
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
}

export interface WebmailOriginDeps {
  /** The stored list, or undefined before the first sync. */
  getList: () => Promise<string[] | undefined>;
  setList: (patterns: string[]) => Promise<void>;
  /** Host patterns granted at runtime or by the manifest (permissions.getAll().origins). */
  grantedOrigins: () => Promise<string[]>;
  /** Is this pattern covered by a granted host permission (permissions.contains)? */
  isGranted: (pattern: string) => Promise<boolean>;
  /** Patterns where the manifest's own content scripts already run. */
  manifestScriptMatches: string[];
  /** Host permissions the manifest declares (granted at install, not chosen by the user). */
  manifestHostPermissions: string[];
  /** The content script files (from the manifest's content_scripts). */
  scriptFiles: string[];
  getRegistered: (id: string) => Promise<{ id: string; matches?: string[] }[]>;
  unregister: (id: string) => Promise<void>;
  register: (script: RegisteredScript) => Promise<void>;
}

/** A pattern as this module stores it: "scheme://host/*". Null when it is not one. */
export function normalisePattern(pattern: string): string | null {
  const m = /^(https?):\/\/([a-z0-9.-]+|\[[0-9a-f:]+\])(?::\d+)?\/\*?$/i.exec(pattern.trim());
  if (!m || m[2]!.includes('*')) return null;
  return `${m[1]!.toLowerCase()}://${m[2]!.toLowerCase()}/*`;
}

function uniqueValid(patterns: readonly string[]): string[] {
  return [...new Set(patterns.map(normalisePattern).filter((p): p is string => p !== null))];
}

/** The stored list; on first use, seeded from runtime-granted origins the manifest does not cover. */
export async function webmailOrigins(
  deps: Pick<WebmailOriginDeps, 'getList' | 'setList' | 'grantedOrigins' | 'manifestScriptMatches' | 'manifestHostPermissions'>,
): Promise<string[]> {
  const stored = await deps.getList();
  if (Array.isArray(stored)) return uniqueValid(stored);
  const builtIn = new Set([...deps.manifestScriptMatches, ...deps.manifestHostPermissions]);
  const seeded = uniqueValid((await deps.grantedOrigins()).filter((o) => !builtIn.has(o)));
  await deps.setList(seeded);
  return seeded;
}

export async function addWebmailOrigin(deps: WebmailOriginDeps, pattern: string): Promise<string[]> {
  const p = normalisePattern(pattern);
  if (!p) throw new Error('not a webmail origin pattern');
  const list = await webmailOrigins(deps);
  const next = list.includes(p) ? list : [...list, p];
  await deps.setList(next);
  return next;
}

export async function removeWebmailOrigin(deps: WebmailOriginDeps, pattern: string): Promise<string[]> {
  const p = normalisePattern(pattern) ?? pattern;
  const next = (await webmailOrigins(deps)).filter((o) => o !== p);
  await deps.setList(next);
  return next;
}

/**
 * Register the content script for every listed origin whose permission is granted, in all
 * frames (Roundcube shows a message in an iframe); unregister it when none is. Returns the
 * patterns it now runs on.
 */
export async function syncWebmailScripts(deps: WebmailOriginDeps): Promise<string[]> {
  const list = await webmailOrigins(deps);
  const builtIn = new Set(deps.manifestScriptMatches);
  const active: string[] = [];
  for (const p of list) {
    if (builtIn.has(p)) continue; // the manifest's own content scripts already run there
    if (await deps.isGranted(p).catch(() => false)) active.push(p);
  }
  const existing = await deps.getRegistered(USER_SCRIPT_ID).catch(() => []);
  const same = existing.length === 1 && sameSet(existing[0]!.matches ?? [], active);
  if (same) return active;
  if (existing.length) await deps.unregister(USER_SCRIPT_ID);
  if (!active.length || !deps.scriptFiles.length) return [];
  await deps.register({
    id: USER_SCRIPT_ID,
    matches: active,
    js: deps.scriptFiles,
    allFrames: true,
    runAt: 'document_idle',
    persistAcrossSessions: true,
  });
  return active;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
