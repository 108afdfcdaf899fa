// Dedicated worker for importing saved mail: reads the files, splits mbox, extracts each
// message off the page's main thread, and hands batches to the options page, which passes
// them to the background (the only writer). Waits for each batch to be stored before the
// next, so memory stays flat whatever the file size.
import { extractSources, type ImportSource } from '@/lib/extract/import';
import type { Extraction } from '@/lib/model/extraction';

const BATCH = 100;
const signal = { aborted: false };
let ack: (() => void) | null = null;

function fileSource(f: File): ImportSource {
  return {
    name: f.name,
    size: f.size,
    async *chunks() {
      const reader = f.stream().getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    },
  };
}

async function run(files: File[]) {
  const total = files.reduce((n, f) => n + f.size, 0);
  let batch: Extraction[] = [];
  let read = 0;
  let errors = 0;
  let bytesDone = 0;
  const send = async () => {
    const waiting = new Promise<void>((resolve) => (ack = resolve));
    postMessage({ type: 'batch', extractions: batch, read, errors, bytesDone, total });
    batch = [];
    await waiting;
  };
  for await (const item of extractSources(files.map(fileSource), signal)) {
    read++;
    bytesDone = item.bytesDone;
    if ('error' in item) errors++;
    else batch.push(item.extraction);
    if (batch.length >= BATCH) await send();
    if (signal.aborted) return;
  }
  await send();
  postMessage({ type: 'end', read, errors, total });
}

self.onmessage = (e: MessageEvent<{ type: 'start'; files: File[] } | { type: 'ack' } | { type: 'cancel' }>) => {
  if (e.data.type === 'start') void run(e.data.files).catch((err: unknown) => postMessage({ type: 'failed', reason: (err as Error).name }));
  else if (e.data.type === 'ack') ack?.();
  else if (e.data.type === 'cancel') signal.aborted = true;
};
