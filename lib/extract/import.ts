// Bulk import of saved mail (.mbox from Gmail Takeout or Thunderbird, and .eml files) through
// the same extractor as the page. Pure: byte streams in, extractions out, no storage.
import type { Extraction } from '../model/extraction';
import { extractEml } from './index';
import { splitMbox } from './mbox';

export interface ImportSource {
  name: string;
  size: number;
  /** The file's bytes, chunk by chunk. */
  chunks(): AsyncIterable<Uint8Array>;
}

export type ImportItem =
  | { file: string; extraction: Extraction; bytesDone: number }
  | { file: string; error: string; bytesDone: number };

/** Reads every message of every source in order. A broken message gives an error item and the import goes on. */
export async function* extractSources(sources: readonly ImportSource[], signal?: { aborted: boolean }): AsyncGenerator<ImportItem> {
  let before = 0;
  for (const src of sources) {
    let read = 0;
    const counted = (async function* () {
      for await (const c of src.chunks()) {
        read += c.length;
        yield c;
      }
    })();
    for await (const raw of splitMbox(counted)) {
      if (signal?.aborted) return;
      const bytesDone = before + read;
      try {
        yield { file: src.name, extraction: await extractEml(raw), bytesDone };
      } catch (err) {
        // The error names the kind of failure, never the message's content.
        yield { file: src.name, error: err instanceof Error ? `${err.name}: ${err.message}` : 'unreadable message', bytesDone };
      }
    }
    before += src.size;
  }
}
