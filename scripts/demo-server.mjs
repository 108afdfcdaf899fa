#!/usr/bin/env node
// Serves the bundled demo mailbox (demo/) on loopback. No dependencies.
//   node scripts/demo-server.mjs [--port N]      (default 8642; 0 = any free port)
// Also used by tests and `npm start`:
//   import { startDemoServer } from './scripts/demo-server.mjs';
//   const { url, close } = await startDemoServer({ port: 0 });
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const DEFAULT_PORT = 8642;
const HOST = '127.0.0.1';
const ROOT = resolve(fileURLToPath(new URL('../demo/', import.meta.url)));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Resolve a URL path inside ROOT, or null when it would leave it. */
function resolvePath(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const rel = normalize(decoded).replace(/^([/\\])+/, '');
  const abs = resolve(join(ROOT, rel));
  if (abs !== ROOT && !abs.startsWith(ROOT + sep)) return null;
  return abs;
}

async function handle(req, res) {
  const send = (status, body, type = 'text/plain; charset=utf-8') => {
    res.writeHead(status, {
      'Content-Type': type,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed\n');
  const url = new URL(req.url ?? '/', `http://${HOST}`);
  let file = resolvePath(url.pathname);
  if (!file) return send(403, 'Forbidden\n');
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file);
    }
    if (!info.isFile()) return send(404, 'Not found\n');
    const body = await readFile(file);
    return send(200, body, TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
  } catch {
    return send(404, 'Not found\n');
  }
}

/**
 * Start the demo server on 127.0.0.1.
 * @param {{ port?: number }} [options] port 0 picks any free port.
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function startDemoServer({ port = DEFAULT_PORT } = {}) {
  return new Promise((resolvePromise, reject) => {
    const server = createServer((req, res) => {
      handle(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      let closing;
      resolvePromise({
        url: `http://${HOST}:${actual}/`,
        port: actual,
        close() {
          closing ??= new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          });
          return closing;
        },
      });
    });
  });
}

function parsePort(argv) {
  const i = argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
  if (i < 0) return DEFAULT_PORT;
  const raw = argv[i].includes('=') ? argv[i].slice('--port='.length) : argv[i + 1];
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    console.error(`demo-server: invalid --port ${raw ?? ''}`);
    process.exit(2);
  }
  return n;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const port = parsePort(process.argv.slice(2));
  startDemoServer({ port }).then(
    ({ url, close }) => {
      console.log(`Accord demo mailbox: ${url}`);
      console.log(`Second mailbox:      ${url}?mailbox=2`);
      const stop = () => {
        close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (err) => {
      console.error(`demo-server: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}
