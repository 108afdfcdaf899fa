// Splits an mbox byte stream (Gmail Takeout, Thunderbird; mboxo and mboxrd) into raw messages,
// without decoding: each message keeps its bytes for the MIME reader. Streaming, so a file of
// any size is read chunk by chunk.

const FROM_ = [0x46, 0x72, 0x6f, 0x6d, 0x20]; // "From "
const GT = 0x3e;
const LF = 0x0a;
const CR = 0x0d;

function startsWithFrom(line: Uint8Array, at = 0): boolean {
  if (line.length < at + FROM_.length) return false;
  for (let i = 0; i < FROM_.length; i++) if (line[at + i] !== FROM_[i]) return false;
  return true;
}

function isBlank(line: Uint8Array): boolean {
  return line.length === 0 || (line.length === 1 && (line[0] === LF || line[0] === CR)) || (line.length === 2 && line[0] === CR && line[1] === LF);
}

/** A "From " separator line: "From sender date" with a 4-digit year somewhere in it. */
function looksLikeSeparator(line: Uint8Array): boolean {
  if (!startsWithFrom(line)) return false;
  const text = new TextDecoder('latin1').decode(line.subarray(0, Math.min(line.length, 200)));
  return /^From \S+.*\b\d{4}\b/.test(text) || /^From \S*\s*$/.test(text.trimEnd());
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Yields each message's raw bytes. ">From " lines (mboxrd/mboxo escaping) lose one '>'. */
export async function* splitMbox(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let started = false;
  let prevBlank = true;
  let carry: Uint8Array | null = null;

  const flush = (): Uint8Array | null => {
    if (!started || size === 0) return null;
    // Drop the blank line that precedes the next separator.
    const msg = concat(parts, size);
    parts = [];
    size = 0;
    let end = msg.length;
    while (end > 0 && (msg[end - 1] === LF || msg[end - 1] === CR)) end--;
    return end > 0 ? msg.subarray(0, end) : null;
  };

  const onLine = function* (line: Uint8Array): Generator<Uint8Array> {
    if ((prevBlank || !started) && looksLikeSeparator(line)) {
      const m = flush();
      if (m) yield m;
      started = true;
      prevBlank = false;
      return;
    }
    if (!started) {
      // Not an mbox separator before any message: treat the stream as one message (a lone .eml).
      started = true;
    }
    let out = line;
    if (line[0] === GT) {
      let i = 0;
      while (line[i] === GT) i++;
      if (startsWithFrom(line, i)) out = line.subarray(1);
    }
    parts.push(out);
    size += out.length;
    prevBlank = isBlank(line);
  };

  for await (const chunk of chunks as AsyncIterable<Uint8Array>) {
    let buf = chunk;
    if (carry) {
      buf = concat([carry, chunk], carry.length + chunk.length);
      carry = null;
    }
    let start = 0;
    for (let i = 0; i < buf.length; i++) {
      if (buf[i] === LF) {
        yield* onLine(buf.subarray(start, i + 1));
        start = i + 1;
      }
    }
    // Copy the partial last line: the chunk's buffer may be reused by the stream.
    if (start < buf.length) carry = buf.slice(start);
  }
  if (carry) yield* onLine(carry);
  const last = flush();
  if (last) yield last;
}
