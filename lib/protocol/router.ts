// Validates and dispatches protocol messages. Pure: the background passes in the
// sender facts and the handlers; nothing here touches a browser API or storage.
import type { z } from 'zod';
import {
  ContentMessageSchema,
  PageMessageSchema,
  type ContentMessage,
  type ErrorCode,
  type PageMessage,
  type Response,
} from './messages';

/** What the background knows about who sent a message. */
export interface SenderFacts {
  /** The sender is this extension (sender.id === runtime.id). */
  ownExtension: boolean;
  /** Sent from an extension page (side panel, popup, options) of this extension. */
  extensionPage: boolean;
  /** Sent from a content script in a tab (sender.tab present). */
  tabId: number | null;
  /** The sending frame's URL origin, when known. */
  origin: string | null;
}

type HandlerMap<M extends { type: string }, Ctx> = {
  [K in M['type']]: (msg: Extract<M, { type: K }>, ctx: Ctx) => Promise<unknown> | unknown;
};

export interface RouterOptions<Ctx> {
  content: HandlerMap<ContentMessage, Ctx & { tabId: number; origin: string | null }>;
  page: HandlerMap<PageMessage, Ctx>;
  /** May the content script at this origin talk to us? (supported or user-enabled webmail) */
  isAllowedContentOrigin: (origin: string | null) => boolean | Promise<boolean>;
  /** Maps an exception to a response code; never includes message content. */
  classify?: (err: unknown) => { code: ErrorCode; message: string };
}

export class ProtocolError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ProtocolError';
  }
}

const fail = (code: ErrorCode, message: string): Response<never> => ({ ok: false, error: { code, message } });

/** A short description of what was wrong: paths and expectations, never the values sent. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(message)'}: ${i.message}`)
    .join('; ');
}

export function createRouter<Ctx>(opts: RouterOptions<Ctx>) {
  const classify =
    opts.classify ??
    ((err: unknown) =>
      err instanceof ProtocolError
        ? { code: err.code, message: err.message }
        : { code: 'internal' as const, message: err instanceof Error ? err.name : 'error' });

  return async function handle(raw: unknown, sender: SenderFacts, ctx: Ctx): Promise<Response> {
    if (!sender.ownExtension) return fail('forbidden-sender', 'messages are accepted from this extension only');
    if (typeof raw !== 'object' || raw === null || typeof (raw as { type?: unknown }).type !== 'string') {
      return fail('malformed', 'a message must be an object with a string "type"');
    }
    const type = (raw as { type: string }).type;
    const fromContent = sender.tabId !== null && !sender.extensionPage;
    const schema = fromContent ? ContentMessageSchema : PageMessageSchema;
    const known = schema.options.some((o) => o.shape.type.value === type);
    if (!known) {
      const other = (fromContent ? PageMessageSchema : ContentMessageSchema).options.some((o) => o.shape.type.value === type);
      return other
        ? fail('forbidden-sender', `"${type}" may not be sent from ${fromContent ? 'a web page' : 'an extension page'}`)
        : fail('unknown-type', `unknown message type "${type.slice(0, 40)}"`);
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return fail('malformed', `"${type}" is malformed: ${describeIssues(parsed.error)}`);
    try {
      if (fromContent) {
        if (!(await opts.isAllowedContentOrigin(sender.origin))) {
          return fail('forbidden-sender', 'this origin is not an enabled webmail');
        }
        const msg = parsed.data as ContentMessage;
        const h = opts.content[msg.type] as (m: ContentMessage, c: unknown) => unknown;
        return { ok: true, data: (await h(msg, { ...ctx, tabId: sender.tabId, origin: sender.origin })) ?? null };
      }
      if (!sender.extensionPage) return fail('forbidden-sender', 'not an extension page');
      const msg = parsed.data as PageMessage;
      const h = opts.page[msg.type] as (m: PageMessage, c: unknown) => unknown;
      return { ok: true, data: (await h(msg, ctx)) ?? null };
    } catch (err) {
      const { code, message } = classify(err);
      return fail(code, message);
    }
  };
}
