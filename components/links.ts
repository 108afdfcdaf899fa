// Links out of the panel to a message in the webmail. URLs come from the page the message was
// read on (and from stored records and backups, which a user could edit): only http(s) is ever
// rendered as a link, never javascript:, data:, file: or anything else.

/** The URL normalised when it is an absolute http(s) URL, else null. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
