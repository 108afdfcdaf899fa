// Webmail origins Accord reads out of the box (manifest match patterns).
// Self-hosted webmail (Roundcube and others) is added by the user at runtime.
export const WEBMAIL_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
] as const;

/** The bundled demo mailbox and the test webmails on loopback: demo and test builds only. */
export const LOOPBACK_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'] as const;

/**
 * Does a URL origin fall under a match pattern? Supports the forms Accord uses:
 * scheme://host/*, scheme://*.host/*, and port-less patterns matching any port.
 */
export function originMatches(origin: string, pattern: string): boolean {
  const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/:*]+)(?::(\d+|\*))?\/.*$/.exec(pattern);
  if (!m) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  const [, scheme, host, port] = m;
  const urlScheme = url.protocol.slice(0, -1);
  if (scheme === '*' ? !['http', 'https'].includes(urlScheme) : scheme !== urlScheme) return false;
  if (port && port !== '*' && url.port !== port) return false;
  if (host === '*') return true;
  if (host!.startsWith('*.')) {
    const base = host!.slice(2);
    return url.hostname === base || url.hostname.endsWith('.' + base);
  }
  return url.hostname === host;
}

/** The match pattern that covers one origin (any path), e.g. for runtime registration. */
export function patternForOrigin(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
