/**
 * The preview server as a visitor and a developer meet it: a tiny built site served under a base path
 * (folders get their index.html, files their type, unknown addresses the site's 404 page, "/" goes to the
 * base path); a malformed address is answered 400 and the server keeps serving; `npm run preview` on a
 * busy port says so in one bilingual line and exits 1, without a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite, type SiteServer } from '../../scripts/lib/serve-site.ts';

let dir = '';
let server: SiteServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-test-'));
  mkdirSync(join(dir, 'xa', '20122'), { recursive: true });
  mkdirSync(join(dir, 'du-lieu'));
  writeFileSync(join(dir, 'index.html'), '<h1>Trang chủ</h1>');
  writeFileSync(join(dir, '404.html'), '<h1>Không tìm thấy trang</h1>');
  writeFileSync(join(dir, 'xa', '20122', 'index.html'), '<h1>Xã Giang Hải</h1>');
  writeFileSync(join(dir, 'du-lieu', 'don-vi.csv'), '\uFEFFcode,name\n20122,Giang Hải\n');
  writeFileSync(join(dir, 'du-lieu', 'SHA256SUMS'), 'abc  don-vi.csv\n');
  server = await serveSite(dir, { basePath: '/cdht/' });
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string) => fetch(server.origin + path, { redirect: 'manual' });

describe('serveSite', () => {
  it('serves pages and files under the base path, with their types', async () => {
    expect(server.url).toBe(`${server.origin}/cdht`);
    const page = await get('/cdht/xa/20122/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('Giang Hải');
    const csv = await get('/cdht/du-lieu/don-vi.csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await csv.text()).toContain('20122,Giang Hải');
    expect((await get('/cdht/du-lieu/SHA256SUMS')).headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });

  it('answers unknown addresses and addresses outside the base path with the 404 page', async () => {
    for (const path of ['/cdht/xa/99999/', '/xa/20122/', '/cdht/../index.html']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text()).toContain('Không tìm thấy trang');
    }
  });

  it('sends the host root to the base path', async () => {
    const res = await get('/?q=thuy');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/cdht/?q=thuy');
  });

  it('answers a bad percent-escape with 400 and keeps serving', async () => {
    const bad = await get('/cdht/xa/99%zz/');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/không hợp lệ.*Malformed/s);
    expect((await get('/cdht/')).status).toBe(200);
  });
});

describe('npm run preview', () => {
  it('on a busy port prints one bilingual line naming PORT, no stack trace, and exits 1', async () => {
    const blocker = createServer();
    await new Promise<void>((ok) => blocker.listen(0, '127.0.0.1', ok));
    const port = (blocker.address() as { port: number }).port;
    try {
      const run = spawnSync(process.execPath, ['scripts/serve.ts'], {
        env: { ...process.env, PORT: String(port), OUT_DIR: dir },
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(run.status).toBe(1);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`Cổng ${port}`);
      expect(lines[0]).toContain(`Port ${port} is already in use`);
      expect(lines[0]).toContain(`PORT=${port + 1}`);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  });
});
