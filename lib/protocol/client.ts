// The typed client used by extension pages and content scripts.
import type { AnyMessage, Response } from './messages';

export type Send = (msg: unknown) => Promise<unknown>;

export class AccordRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AccordRequestError';
  }
}

/** Sends a message and unwraps the response envelope; throws AccordRequestError on refusal. */
export async function request<T>(send: Send, msg: AnyMessage): Promise<T> {
  const res = (await send(msg)) as Response<T> | undefined;
  if (!res) throw new AccordRequestError('internal', 'no answer from the background');
  if (!res.ok) throw new AccordRequestError(res.error.code, res.error.message);
  return res.data;
}
