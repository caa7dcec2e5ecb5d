/**
 * A static file server for `npm run bench:ui`: the built app from its dist
 * folder, and the control page at /__control/. Its own, so the bench needs no
 * preview server and nothing to stop but this socket.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** Serves `dist` at / and `controlFile` at /__control/ on 127.0.0.1:port. */
export async function serveStatic(
  dist: string,
  controlFile: string,
  port: number,
): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(
      new URL(req.url ?? '/', 'http://x').pathname,
    );
    const file =
      path === '/__control/'
        ? controlFile
        : join(dist, normalize(path === '/' ? '/index.html' : path));
    if (!file.startsWith(dist) && file !== controlFile) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return server;
}
