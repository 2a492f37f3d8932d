/**
 * The built site served as a static host serves it, under its base path (site.yaml's base_path, e.g.
 * /cdht/ for a GitHub project site): sirv serves the files (a folder gets its index.html, content types
 * from the extension), an address outside the base path or with no file gets the site's 404 page, and
 * "/" redirects to the base path. A malformed address (a bad percent-escape such as /xa/99%zz/) is
 * answered 400 and never stops the server. Used by `npm run preview`, the browser tests and the
 * quality checks, always on 127.0.0.1.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

export interface SiteServer {
  /** Where the site starts: origin and base path without the trailing slash ("http://127.0.0.1:4321/cdht"). */
  url: string;
  /** The server's origin ("http://127.0.0.1:4321"). */
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** The base path the site was built for: "/" (default) or "/cdht/". */
  basePath?: string;
}

/** Types the extension alone does not tell sirv, and text types that need their charset. */
const TYPES: Record<string, string> = {
  '.atom': 'application/atom+xml; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
const NO_EXTENSION = 'text/plain; charset=utf-8'; // SHA256SUMS

/** "/cdht" or "cdht/" → "/cdht/"; "" → "/". */
export function normaliseBase(basePath = '/'): string {
  const inner = basePath.replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

/** The Content-Type to set for a requested path that sirv resolved, or undefined to keep sirv's. */
function typeFor(root: string, path: string): string | undefined {
  const name = path.split('/').pop() ?? '';
  const dot = name.lastIndexOf('.');
  if (dot >= 0) return TYPES[name.slice(dot)];
  // No extension: a folder's index.html (sirv's type is right) or a plain file such as SHA256SUMS.
  const file = join(root, path);
  return name && existsSync(file) && statSync(file).isFile() ? NO_EXTENSION : undefined;
}

/** Serve the built site in `dir` on 127.0.0.1. */
export function serveSite(dir: string, options: ServeOptions = {}): Promise<SiteServer> {
  const root = resolve(dir);
  const base = normaliseBase(options.basePath);
  const notFoundPage = join(root, '404.html');
  // dev: look files up per request (the site may be rebuilt while the preview runs), never cached.
  const files = sirv(root, {
    dev: true,
    dotfiles: false,
    setHeaders: (res, path) => {
      const type = typeFor(root, path);
      if (type) res.setHeader('Content-Type', type);
    },
  });

  const notFound = (res: ServerResponse) => {
    if (existsSync(notFoundPage)) {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
      res.end(readFileSync(notFoundPage));
    } else res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404\n');
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const raw = req.url ?? '/';
    const [pathname = '/', query = ''] = raw.split(/\?(.*)/s);
    try {
      decodeURIComponent(pathname);
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Địa chỉ không hợp lệ. / Malformed address.\n');
      return;
    }
    if (base !== '/' && (pathname === '/' || pathname === base.slice(0, -1))) {
      res.writeHead(302, { Location: base + (query ? `?${query}` : '') }).end();
      return;
    }
    if (!pathname.startsWith(base)) return notFound(res);
    req.url = `/${pathname.slice(base.length)}${query ? `?${query}` : ''}`;
    files(req, res, () => notFound(res));
  };

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`500: ${(error as Error).message}\n`);
    }
  });
  // A broken request from a client (bad HTTP) is answered and forgotten, never fatal.
  server.on('clientError', (_error, socket) => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'));

  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', fail);
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      const origin = `http://127.0.0.1:${port}`;
      ok({
        origin,
        url: origin + base.slice(0, -1),
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
