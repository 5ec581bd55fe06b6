// `popcorn serve DIR [--port N]`: a small static file server for a built
// site. Plain files with their MIME types and no special headers: the
// runtime needs no cross-origin isolation.

import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { UsageError } from './main.js';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.ts': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.avm': 'application/octet-stream',
};

/** Serves `dir` on localhost; resolves once listening (port 0: any free port). */
export function startServer(dir: string, port: number): Promise<http.Server> {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    let rel: string;
    try {
      rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    let file = path.join(root, path.normalize(rel));
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      let st = fs.statSync(file);
      if (st.isDirectory()) st = fs.statSync((file = path.join(file, 'index.html')));
      // no-cache with a validator: the browser asks again each time, and a
      // 304 lets it reuse the file and V8's code cache for worker.js
      const etag = `"${st.size.toString(36)}-${Math.floor(st.mtimeMs).toString(36)}"`;
      const headers = {
        'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        ETag: etag,
        'Last-Modified': st.mtime.toUTCString(),
      };
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers).end();
        return;
      }
      const body = fs.readFileSync(file);
      res.writeHead(200, { ...headers, 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

export async function serveCommand(argv: string[]): Promise<void> {
  let dir: string | undefined;
  let port = 8080;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--port' || a === '-p') {
      port = Number(argv[++i]);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port takes a port number');
    } else if (a.startsWith('-')) throw new UsageError(`serve: unknown option ${a}`);
    else dir = a;
  }
  if (dir === undefined) throw new UsageError('serve needs a directory');
  if (!fs.existsSync(dir)) throw new UsageError(`serve: no such directory: ${dir}`);
  const server = await startServer(dir, port);
  const addr = server.address();
  const actual = typeof addr === 'object' && addr !== null ? addr.port : port;
  process.stdout.write(`serving ${path.resolve(dir)} at http://localhost:${actual}/\n`);
}
