// The signed-in demo mailbox: the address shown at the top right of the page.
import { queryFirst } from '../types';
import { demoSelectors as S } from './selectors';

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

export function demoMailbox(doc: Document): string | null {
  const el = queryFirst(doc, S.account);
  if (!el) return null;
  const raw = (el.getAttribute('data-email') ?? el.textContent ?? '').trim().toLowerCase();
  return EMAIL.test(raw) ? raw : null;
}
