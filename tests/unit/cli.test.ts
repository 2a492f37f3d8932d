/**
 * The command line a staff member runs (`npm run validate -- [--json] [DATA_DIR]`) and the build gate
 * (`npm run build` refuses bad data before touching the published folder), run as real processes on
 * copies of the demo data.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NODE, ROOT, Y2018, copyDemo, demoTable, excelRow, toCsvText, withCell } from './support/data.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(NODE, [join(ROOT, script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A demo copy with errors in rows 3 and 5 of the 2018 file (Excel numbering). */
function badCopy(): { dir: string; rows: number[] } {
  const t = demoTable(Y2018);
  const bad = withCell(withCell(t, 1, 'tc01', 'tám'), 3, 'commune_code', '99999');
  const dir = copyDemo({ [Y2018]: toCsvText(bad) });
  made.push(dir);
  return { dir, rows: [excelRow(1), excelRow(3)] };
}

const STACK = /^\s+at /m;

describe('npm run validate', () => {
  it('on the demo data: exit 0 and says the data is valid', () => {
    const r = run('scripts/validate.ts', [join(ROOT, 'data')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Dữ liệu hợp lệ');
    expect(r.stdout).toContain('Data is valid');
    expect(r.stderr).not.toMatch(STACK);
  });

  it('--json on a bad copy: exit 1, every issue as an object with exactly the documented keys', () => {
    const { dir, rows } = badCopy();
    const r = run('scripts/validate.ts', ['--json', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(STACK);
    const issues = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(issues.length).toBeGreaterThanOrEqual(2);
    for (const issue of issues) {
      expect(Object.keys(issue).sort()).toEqual([
        'code',
        'column',
        'file',
        'fix',
        'message_en',
        'message_vi',
        'problem',
        'row',
        'severity',
      ]);
    }
    for (const issue of issues.filter((i) => i.severity === 'error')) {
      const { problem, fix } = issue as { problem: { vi: string; en: string }; fix: { vi: string; en: string } };
      expect(issue.message_vi).toBe(`${problem.vi} Cách sửa: ${fix.vi}`);
      expect(issue.message_en).toBe(`${problem.en} Fix: ${fix.en}`);
    }
    const located = issues.filter((i) => i.severity === 'error').map((i) => [i.file, i.row, i.column, i.code]);
    expect(located).toEqual([
      [Y2018, rows[0], 'tc01', 'score-not-number'],
      [Y2018, rows[1], 'commune_code', 'code-unknown'],
    ]);
  });

  it('the text report names file, row and column in both languages', () => {
    const { dir, rows } = badCopy();
    const r = run('scripts/validate.ts', [dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(Y2018);
    expect(r.stdout).toContain(`dòng ${rows[0]}, cột tc01 / row ${rows[0]}, column tc01`);
    expect(r.stdout).toContain('Cách sửa');
    expect(r.stdout).toContain('Fix');
    expect(r.stdout).toContain('2 lỗi');
  });

  it('DATA_DIR from the environment is used when no folder is given', () => {
    const { dir } = badCopy();
    const r = run('scripts/validate.ts', ['--json'], { DATA_DIR: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).length).toBeGreaterThan(0);
  });

  it('a folder that does not exist: missing files reported, no stack trace', () => {
    const r = run('scripts/validate.ts', ['--json', join(tmpdir(), 'badinput-no-such-folder')]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(STACK);
    const codes = (JSON.parse(r.stdout) as { code: string }[]).map((i) => i.code);
    expect(codes).toContain('file-missing');
  });

  it('binary garbage in a year file: reported, no stack trace', () => {
    const dir = copyDemo({ [Y2018]: Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256) });
    made.push(dir);
    const r = run('scripts/validate.ts', ['--json', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(STACK);
    expect((JSON.parse(r.stdout) as { file: string }[]).some((i) => i.file === Y2018)).toBe(true);
  });
});

describe('the build gate', () => {
  it('bad data: exit 1, the report printed, the published folder untouched and Astro never run', () => {
    const { dir } = badCopy();
    const out = mkdtempSync(join(tmpdir(), 'badinput-dist-'));
    made.push(out);
    const dist = join(out, 'dist');
    mkdirSync(join(dist, 'xa'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>bản trước</title>');
    writeFileSync(join(dist, 'xa', 'marker.txt'), 'previous release\n');
    const before = snapshot(dist);
    const started = Date.now();
    const r = run('scripts/build.ts', [], { DATA_DIR: dir, OUT_DIR: dist });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('score-not-number');
    expect(r.stderr).toContain('code-unknown');
    expect(r.stderr).toContain('Not built');
    expect(r.stderr).not.toMatch(STACK);
    expect(snapshot(dist)).toEqual(before);
    expect(existsSync(`${dist}.staging`)).toBe(false);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

/** Every file under a folder with its bytes, to prove nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (name.isFile()) {
      const full = join(name.parentPath, name.name);
      out[full.slice(dir.length)] = readFileSync(full).toString('base64');
    }
  }
  return out;
}
