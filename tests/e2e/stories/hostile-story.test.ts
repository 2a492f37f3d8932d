/**
 * A hostile story (code in import/export and expressions, <img onerror>, <script>, a javascript: link) is
 * rejected at validation, before Astro compiles it: the build exits 1 naming the file, each line and the
 * fix, no code from the story runs (the file it would write does not appear), and the previous site is
 * left untouched. `npm run validate` reports the same.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const tmp = mkdtempSync(join(tmpdir(), 'hostile-story-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

it('is refused at validation with file, line and fix, and none of its code runs', () => {
  const stories = join(tmp, 'stories');
  const pwned = join(tmp, 'pwned.txt');
  mkdirSync(stories);
  const lines = [
    '---',
    'title: "Bài độc hại"',
    'summary: "Một bài thử chứa mã chạy được, thẻ HTML và liên kết javascript."',
    'date: 2019-02-20',
    'lang: vi',
    'communes: []',
    'criteria: []',
    'year: 2018',
    'author: "Thử"',
    'illustrative: true',
    '---',
    "import { writeFileSync } from 'node:fs'",
    `export const x = writeFileSync(${JSON.stringify(pwned)}, 'ran')`,
    '',
    `Xin chào {writeFileSync(${JSON.stringify(pwned)}, 'ran')}`,
    '',
    '<img src="x" onerror="alert(1)" />',
    '',
    '<script>alert(1)</script>',
    '',
    '[bấm vào đây](javascript:alert(1))',
    '',
  ];
  writeFileSync(join(stories, 'bai-doc-hai.mdx'), lines.join('\n'));
  const out = join(tmp, 'dist');
  mkdirSync(out);
  writeFileSync(join(out, 'marker.txt'), 'previous site');
  const env = { ...process.env, STORIES_DIR: stories, OUT_DIR: out, ASTRO_CACHE_DIR: join(tmp, 'cache'), CI: '1' };
  const run = spawnSync(process.execPath, ['scripts/build.ts'], { encoding: 'utf8', timeout: 120_000, env });
  const text = run.stdout + run.stderr;
  expect(run.status, text).toBe(1);
  const file = `${stories.replace(process.cwd() + '/', '')}/bai-doc-hai.mdx`;
  expect(text).toContain('bai-doc-hai.mdx');
  for (const [row, code] of [
    [12, 'story-code'],
    [13, 'story-code'],
    [15, 'story-code'],
    [17, 'story-html'],
    [19, 'story-html'],
    [21, 'url-scheme'],
  ] as const) {
    expect(text, `${code} at row ${row}`).toMatch(new RegExp(`\\[${code}\\] dòng ${row}\\b`));
  }
  expect(text).toContain('Cách sửa');
  expect(text).toContain('Fix:');
  expect(text).not.toMatch(/^\s+at .*\.(js|ts):\d+/m);
  expect(existsSync(pwned)).toBe(false);
  expect(readFileSync(join(out, 'marker.txt'), 'utf8')).toBe('previous site');
  const validate = spawnSync(process.execPath, ['scripts/validate.ts', '--json'], { encoding: 'utf8', env });
  expect(validate.status).toBe(1);
  const issues = JSON.parse(validate.stdout) as { file: string; code: string }[];
  expect(issues.filter((i) => i.file.endsWith('bai-doc-hai.mdx')).length).toBeGreaterThanOrEqual(6);
  expect(file).toContain('bai-doc-hai.mdx');
}, 180_000);
