// STUB: replaced by the signals work.
import type { Signal } from '../model/extraction';
export function extractSignals(_subject: string, _reply: string): Signal[] {
  return [];
}
