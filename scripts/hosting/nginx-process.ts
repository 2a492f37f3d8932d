/**
 * Run the site's nginx configuration as an ordinary process on a free port of 127.0.0.1, for the hosting
 * tests and a local check: the generated server block inside a standalone nginx.conf in a temporary
 * folder, stopped again by close(). Needs Debian's nginx (`bash .ci/run` installs it).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BROTLI_MODULE, serverBlock, standaloneConfig } from './nginx.ts';

export const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';

export interface RunningNginx {
  url: string;
  /** The generated server block, as a deployment would install it. */
  config: string;
  brotli: boolean;
  close(): Promise<void>;
}

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => ok(port));
    });
  });
}

/** Start nginx serving `dir` under `basePath`; resolves once it answers. */
export async function startNginx(dir: string, basePath = '/'): Promise<RunningNginx> {
  if (!existsSync(NGINX))
    throw new Error(
      `nginx not found at ${NGINX}: apt-get install nginx libnginx-mod-http-brotli-static (bash .ci/run does)`,
    );
  const prefix = mkdtempSync(join(process.env.NGINX_TMP || tmpdir(), 'cdht-nginx-'));
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, sub));
  const port = await freePort();
  const brotli = existsSync(BROTLI_MODULE);
  const config = serverBlock({
    root: resolve(dir),
    basePath,
    listen: `127.0.0.1:${port}`,
    serverName: 'localhost',
    brotli,
  });
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, standaloneConfig(config, prefix, brotli));
  const test = spawnSync(NGINX, ['-t', '-q', '-p', prefix, '-e', 'stderr', '-c', conf], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx -t rejected the configuration:\n${test.stderr}`);
  const child = spawn(NGINX, ['-p', prefix, '-e', 'stderr', '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      await fetch(url + '/');
      break;
    } catch {
      if (child.exitCode !== null || i > 100) throw new Error(`nginx did not start:\n${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    url,
    config,
    brotli,
    close: () =>
      new Promise((done) => {
        const finish = () => {
          rmSync(prefix, { recursive: true, force: true });
          done();
        };
        if (child.exitCode !== null) return finish();
        child.once('exit', finish);
        child.kill('SIGQUIT');
      }),
  };
}
