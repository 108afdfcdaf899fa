import { matchesPattern } from './generic/dom';

// Webmail origins Accord reads out of the box (manifest match patterns).
// Self-hosted webmail (Roundcube and others) is added by the user at runtime.
export const WEBMAIL_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
] as const;

/** The bundled demo mailbox and the test webmails on loopback: demo and test builds only. */
export const LOOPBACK_MATCHES = ['http://127.0.0.1/*'] as const;

/**
 * Demo and test builds only: a host permission declared in the manifest but matched by no
 * content script, so the options page's "add a webmail origin" flow can be driven in automation
 * (the browser grants an already-granted origin without a prompt, which no test can click) and
 * the content script runs there only once the user added it. The e2e reaches the loopback
 * Roundcube as http://localhost:8643 through it. The store build declares no host permission.
 */
export const TEST_GRANTED_MATCHES = ['http://localhost/*'] as const;

/** Does a URL origin fall under a match pattern? (Port-less patterns match any port.) */
export function originMatches(origin: string, pattern: string): boolean {
  return matchesPattern(pattern, `${origin.replace(/\/+$/, '')}/`);
}

/** The match pattern that covers one origin (any path), e.g. for runtime registration. */
export function patternForOrigin(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
