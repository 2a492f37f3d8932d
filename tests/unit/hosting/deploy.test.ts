/**
 * npm run deploy against a real S3-compatible server (s3rver, started here on 127.0.0.1): the first deploy
 * sends every file with its type, encoding and cache rule and the objects read back as the files; the
 * next sends nothing; a change sends only what changed, pages after their assets, and deletes what the
 * build dropped only after every upload; a dry run sends nothing.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import S3rver from 's3rver';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { clientFromEnv, deploy, parseTarget } from '../../../scripts/hosting/deploy.ts';
import { precompressSite } from '../../../scripts/hosting/precompress.ts';
import { CACHE } from '../../../scripts/hosting/types.ts';
import { NODE, ROOT } from '../support/data.ts';

const tmp = mkdtempSync(join(tmpdir(), 'deploy-'));
let server: { close(): Promise<void> };
let env: NodeJS.ProcessEnv;
let client: S3Client;
const target = parseTarget('s3://cdht-site/ban-chinh')!;

beforeAll(async () => {
  const s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: join(tmp, 's3') });
  const { port } = await s3.run();
  server = s3;
  env = {
    ...process.env,
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
  };
  client = clientFromEnv(env);
  await client.send(new CreateBucketCommand({ Bucket: target.bucket }));
});
afterAll(async () => {
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** A small built site with a page, a hashed asset, a download and their precompressed siblings. */
async function site(name: string, files: Record<string, string>): Promise<string> {
  const dir = join(tmp, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  await precompressSite(dir);
  return dir;
}
const page = (title: string) =>
  `<!doctype html><html lang="vi"><title>${title}</title>${'<p>Cộng đồng học tập cấp xã</p>'.repeat(40)}</html>`;
const csv = (n: number) =>
  '\uFEFFcommune_code,total\r\n' + Array.from({ length: 60 }, (_, i) => `${20000 + i},${n}`).join('\r\n');
const V1 = {
  'index.html': page('Trang chủ'),
  'xa/20116/index.html': page('Xã Vinh Hưng'),
  '_astro/site.AbC123.css': 'body{color:#123}'.repeat(30),
  'du-lieu/2022.csv': csv(92),
  'du-lieu/cu.csv': csv(1),
};

async function object(key: string) {
  const r = await client.send(new GetObjectCommand({ Bucket: target.bucket, Key: key }));
  return {
    type: r.ContentType,
    encoding: r.ContentEncoding,
    cache: r.CacheControl,
    body: Buffer.from(await r.Body!.transformToByteArray()),
  };
}
async function keys(): Promise<string[]> {
  const r = await client.send(new ListObjectsV2Command({ Bucket: target.bucket, Prefix: target.prefix }));
  return (r.Contents ?? []).map((o) => o.Key!).sort();
}

describe('deploy to S3-compatible storage', () => {
  it('a dry run sends nothing and says what it would do', async () => {
    const dir = await site('dry', V1);
    const out = await new Promise<{ code: number | null; stdout: string }>((done) => {
      const child = spawn(NODE, ['scripts/hosting/deploy.ts', 's3://cdht-site/ban-chinh', '--dir', dir, '--dry-run'], {
        cwd: ROOT,
        env,
      });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.on('close', (code) => done({ code, stdout }));
    });
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/dry run, nothing sent.*: 15 tệp gửi \/ uploads/);
    expect(out.stdout).toContain('put ban-chinh/du-lieu/2022.csv.gz  text/csv; charset=utf-8 (gzip)');
    expect(await keys()).toEqual([]);
  }, 60_000);

  it('first deploy: every file, with its type, encoding and cache rule, reads back as built', async () => {
    const dir = await site('v1', V1);
    const { plan, log } = await deploy(client, dir, target);
    expect(plan.uploads).toHaveLength(15);
    expect(log.filter((l) => l.startsWith('put'))).toHaveLength(15);
    const csvObject = await object('ban-chinh/du-lieu/2022.csv');
    expect([csvObject.type, csvObject.encoding, csvObject.cache]).toEqual([
      'text/csv; charset=utf-8',
      undefined,
      CACHE.short,
    ]);
    expect(csvObject.body.toString('utf8')).toBe(V1['du-lieu/2022.csv']);
    const br = await object('ban-chinh/index.html.br');
    expect([br.type, br.encoding, br.cache]).toEqual(['text/html; charset=utf-8', 'br', CACHE.short]);
    const css = await object('ban-chinh/_astro/site.AbC123.css.gz');
    expect([css.type, css.encoding, css.cache]).toEqual(['text/css; charset=utf-8', 'gzip', CACHE.hashed]);
  });

  it('again with no change: nothing is sent', async () => {
    const { plan, log } = await deploy(client, await site('v1-again', V1), target);
    expect([plan.uploads.length, plan.deletes.length, plan.unchanged, log.length]).toEqual([0, 0, 15, 0]);
  });

  it('after a change: only what changed, pages after assets and data, deletions last', async () => {
    const { 'du-lieu/cu.csv': _gone, '_astro/site.AbC123.css': _old, ...rest } = V1;
    const v2 = {
      ...rest,
      'du-lieu/2022.csv': csv(93),
      '_astro/site.XyZ789.css': 'body{color:#456}'.repeat(30),
      'index.html': page('Trang chủ mới'),
    };
    const { log } = await deploy(client, await site('v2', v2), target);
    const puts = log.filter((l) => l.startsWith('put ')).map((l) => l.slice(4 + target.prefix.length));
    expect(puts.sort()).toEqual(
      ['_astro/site.XyZ789.css', 'du-lieu/2022.csv', 'index.html'].flatMap((p) => [p, `${p}.br`, `${p}.gz`]).sort(),
    );
    const order = (line: string) => log.indexOf(line);
    expect(order(`put ${target.prefix}index.html`)).toBeGreaterThan(
      order(`put ${target.prefix}_astro/site.XyZ789.css`),
    );
    expect(order(`put ${target.prefix}index.html`)).toBeGreaterThan(order(`put ${target.prefix}du-lieu/2022.csv`));
    const firstDelete = log.findIndex((l) => l.startsWith('delete'));
    expect(log.slice(firstDelete).every((l) => l.startsWith('delete'))).toBe(true);
    expect(log.slice(firstDelete).sort()).toEqual(
      ['_astro/site.AbC123.css', 'du-lieu/cu.csv']
        .flatMap((p) => [p, `${p}.br`, `${p}.gz`])
        .map((p) => `delete ${target.prefix}${p}`)
        .sort(),
    );
    expect((await object('ban-chinh/du-lieu/2022.csv')).body.toString('utf8')).toBe(csv(93));
    expect(await keys()).not.toContain('ban-chinh/du-lieu/cu.csv');
  });

  it('refuses an address that is not s3://bucket/prefix', () => {
    expect(parseTarget('https://example.org/x')).toBeNull();
    expect(parseTarget('s3://cdht-site')).toEqual({ bucket: 'cdht-site', prefix: '' });
  });
});
