/**
 * A story with an unknown commune code, an unknown criterion, a missing field and an impossible date
 * stops the real build (scripts/build.ts on a temporary copy of the project), with a message naming the
 * file, each field and how to fix it, and leaves the previous site untouched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const root = resolve('.');
const tmp = mkdtempSync(join(tmpdir(), 'bad-story-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

it('refuses to build, naming the file, the fields and the fix', () => {
  for (const f of ['node_modules', 'data', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    if (existsSync(join(root, f))) symlinkSync(join(root, f), join(tmp, f));
  }
  cpSync(join(root, 'src'), join(tmp, 'src'), { recursive: true });
  const code = '99999';
  writeFileSync(
    join(tmp, 'src/content/stories/bai-loi.mdx'),
    [
      '---',
      'title: "Bài có lỗi"',
      'summary: "Một bài thử có mã xã và tiêu chí không tồn tại."',
      'date: 2019-02-30',
      'lang: vi',
      `communes: ["${code}"]`,
      'criteria: ["tt44-2014:tc99"]',
      'year: 2018',
      'illustrative: true',
      '---',
      'Nội dung.',
      '',
    ].join('\n'),
  );
  const out = join(tmp, 'dist');
  mkdirSync(out);
  writeFileSync(join(out, 'marker.txt'), 'previous site');
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: tmp,
    encoding: 'utf8',
    timeout: 90_000,
    env: { ...process.env, OUT_DIR: out, ASTRO_CACHE_DIR: join(tmp, 'cache'), CI: '1' },
  });
  const text = run.stdout + run.stderr;
  expect(run.status, text).toBe(1);
  expect(text).toContain('src/content/stories/bai-loi.mdx');
  expect(text).toMatch(new RegExp(`communes\\.0: .*"${code}".*Sửa:`));
  expect(text).toMatch(/criteria\.0: .*"tc99".*Sửa:/);
  expect(text).toMatch(/author: Thiếu trường "author"/);
  expect(text).toMatch(/"2019-02-30" không phải một ngày hợp lệ/);
  expect(text).not.toMatch(/^\s+at .*\.(js|ts):\d+/m);
  expect(existsSync(join(out, 'marker.txt'))).toBe(true);
}, 120_000);
