/**
 * npm run deploy -- s3://bucket/prefix [--dir dist] [--dry-run] [--force]
 *
 * Publish the built site to S3-compatible object storage (a Vietnamese cloud's, behind its CDN) with the
 * AWS SDK: only new or changed files are sent (by MD5), each with its Content-Type, Content-Encoding
 * for .gz/.br siblings and Cache-Control (scripts/hosting/s3-plan.ts); assets and data first, pages
 * after, and objects the build no longer has are deleted only once everything new is in place.
 * --dry-run prints the plan and sends nothing; --force re-sends every file (e.g. after a header change).
 *
 * Environment: S3_ENDPOINT (e.g. https://s3.example.vn; unset = AWS), AWS_REGION (default us-east-1),
 * AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or any credential source the AWS SDK reads),
 * S3_FORCE_PATH_STYLE=0 for virtual-host-style addressing (path style is the default with an endpoint).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DeleteObjectsCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { localFiles, planDeploy, type Plan } from './s3-plan.ts';

export interface Target {
  bucket: string;
  /** Key prefix, empty or ending in "/". */
  prefix: string;
}

/** Parse s3://bucket/prefix; null when it is not such an address. */
export function parseTarget(text: string | undefined): Target | null {
  const m = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(text ?? '');
  if (!m) return null;
  const prefix = (m[2] ?? '').replace(/^\/+|\/+$/g, '');
  return { bucket: m[1]!, prefix: prefix === '' ? '' : `${prefix}/` };
}

/** A client from the environment. */
export function clientFromEnv(env: NodeJS.ProcessEnv = process.env): S3Client {
  const endpoint = env.S3_ENDPOINT || env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || undefined;
  const key = env.AWS_ACCESS_KEY_ID;
  const secret = env.AWS_SECRET_ACCESS_KEY;
  return new S3Client({
    region: env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1',
    // Keys in `env` when given; otherwise any credential source the SDK finds (profile, instance role…).
    ...(key && secret
      ? { credentials: { accessKeyId: key, secretAccessKey: secret, sessionToken: env.AWS_SESSION_TOKEN } }
      : {}),
    ...(endpoint ? { endpoint, forcePathStyle: env.S3_FORCE_PATH_STYLE !== '0' } : {}),
  });
}

/** Every object under the prefix: key → ETag (quotes removed). */
async function remoteObjects(client: S3Client, target: Target): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  let token: string | undefined;
  do {
    const page = await client.send(
      new ListObjectsV2Command({ Bucket: target.bucket, Prefix: target.prefix, ContinuationToken: token }),
    );
    for (const o of page.Contents ?? []) if (o.Key) out.set(o.Key, (o.ETag ?? '').replace(/"/g, ''));
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return out;
}

/** Run `tasks` with at most `limit` at a time. */
async function pool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await task(items[next++]!);
    }),
  );
}

export interface DeployResult {
  plan: Plan;
  /** What was done, in order: "put <key>" / "delete <key>". */
  log: string[];
}

/** Deploy `dir` to `target`; with `dryRun` only the plan is made. */
export async function deploy(
  client: S3Client,
  dir: string,
  target: Target,
  options: { dryRun?: boolean; force?: boolean } = {},
): Promise<DeployResult> {
  const plan = planDeploy(localFiles(dir), await remoteObjects(client, target), target.prefix, options.force);
  const log: string[] = [];
  if (options.dryRun) return { plan, log };
  for (const stage of [0, 1] as const) {
    await pool(
      plan.uploads.filter((u) => u.stage === stage),
      8,
      async (u) => {
        await client.send(
          new PutObjectCommand({
            Bucket: target.bucket,
            Key: u.key,
            Body: readFileSync(join(dir, u.path)),
            ContentType: u.contentType,
            ContentEncoding: u.contentEncoding,
            CacheControl: u.cacheControl,
          }),
        );
        log.push(`put ${u.key}`);
      },
    );
  }
  for (let i = 0; i < plan.deletes.length; i += 1000) {
    const batch = plan.deletes.slice(i, i + 1000);
    const r = await client.send(
      new DeleteObjectsCommand({
        Bucket: target.bucket,
        Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true },
      }),
    );
    if (r.Errors?.length)
      throw new Error(`could not delete ${r.Errors.map((e) => `${e.Key}: ${e.Message}`).join(', ')}`);
    log.push(...batch.map((k) => `delete ${k}`));
  }
  return { plan, log };
}

const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const target = parseTarget(args.find((a) => a.startsWith('s3://')));
  const dir = resolve(args.includes('--dir') ? args[args.indexOf('--dir') + 1]! : process.env.OUT_DIR || 'dist');
  if (!target) {
    process.stderr.write(
      'Cách dùng / usage: npm run deploy -- s3://bucket/prefix [--dir dist] [--dry-run] [--force]\n',
    );
    process.exit(2);
  }
  const dryRun = args.includes('--dry-run');
  try {
    const { plan } = await deploy(clientFromEnv(), dir, target, { dryRun, force: args.includes('--force') });
    const bytes = plan.uploads.reduce((s, u) => s + u.size, 0);
    const where = `s3://${target.bucket}/${target.prefix}`;
    for (const u of plan.uploads.slice(0, dryRun ? 50 : 0))
      process.stdout.write(
        `  put ${u.key}  ${u.contentType}${u.contentEncoding ? ` (${u.contentEncoding})` : ''}  ${u.cacheControl}\n`,
      );
    for (const k of plan.deletes.slice(0, dryRun ? 50 : 0)) process.stdout.write(`  delete ${k}\n`);
    process.stdout.write(
      `${dryRun ? 'Chạy thử, không gửi gì / dry run, nothing sent' : '✔ Đã công bố / published'} → ${where}: ` +
        `${plan.uploads.length} tệp gửi / uploads (${mb(bytes)}), ${plan.deletes.length} xóa / deletes, ${plan.unchanged} không đổi / unchanged\n`,
    );
  } catch (error) {
    process.stderr.write(`✘ Không công bố được / deploy failed: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
