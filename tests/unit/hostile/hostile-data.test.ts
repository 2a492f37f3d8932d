/**
 * Every hostile data folder of the adversarial sweep (tests/fixtures/hostile/cases.ts) is reported where
 * the case says, in both languages with a fix, and never as an "internal error": the validator reads
 * only what the contract names, from inside the data folder.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderSource } from '../../../src/lib/data/read/fs.ts';
import { validateData } from '../../../src/lib/data/validate/index.ts';
import { siteAddress } from '../../../src/lib/data/load.ts';
import { HOSTILE, makeHostile, DEMO_DATA } from '../../fixtures/hostile/cases.ts';
import { NODE, ROOT, listIssues } from '../support/data.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function make(name: string) {
  const c = HOSTILE.find((h) => h.name === name)!;
  const folder = makeHostile(c);
  made.push(folder.root);
  return { c, ...folder };
}

describe('hostile data folders', () => {
  for (const c of HOSTILE) {
    it(c.proves, () => {
      const { data } = make(c.name);
      const v = validateData(folderSource(data));
      for (const want of c.want) {
        const found = v.issues.filter(
          (i) =>
            i.code === want.code &&
            i.file === want.file &&
            i.severity === want.severity &&
            (want.row === undefined || i.row === want.row) &&
            (want.column === undefined || i.column === want.column),
        );
        expect(found, `${want.code} at ${want.file}; got:\n${listIssues(v.issues)}`).not.toHaveLength(0);
        for (const issue of found) {
          expect(issue.problem.vi.length).toBeGreaterThan(10);
          expect(issue.problem.en.length).toBeGreaterThan(10);
          if (issue.severity === 'error') expect(issue.fix?.vi && issue.fix?.en).toBeTruthy();
        }
      }
      if (c.secret) expect(JSON.stringify(v.issues)).not.toContain(c.secret);
      // A file refused by the guard is reported once, never also "missing".
      const refused = new Set(v.issues.filter((i) => i.code === 'path-outside').map((i) => i.file));
      expect(v.issues.filter((i) => i.code === 'file-missing' && refused.has(i.file))).toEqual([]);
      if (c.want.every((w) => w.severity !== 'error')) expect(v.errorCount, listIssues(v.issues)).toBe(0);
    });
  }

  it('npm run validate on a link to /proc/self/environ: exit 1, the file named, no secret in the report', () => {
    const { data } = make('symlink-environ');
    const r = spawnSync(NODE, [join(ROOT, 'scripts/validate.ts'), '--json', data], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, HARDEN_SECRET_TOKEN: 'HARDEN_SECRET_TOKEN=ghp_leaked' },
    });
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).not.toContain('ghp_leaked');
    const issues = JSON.parse(r.stdout) as { code: string; file: string }[];
    expect(issues).toContainEqual(expect.objectContaining({ code: 'path-outside', file: 'units/zz-env.csv' }));
  }, 60_000);

  it('npm run validate with .DS_Store in datasets/ and a folder frameworks/x.yaml/: exit 0 with warnings, not "internal error"', () => {
    const { data } = make('stray-files');
    const r = spawnSync(NODE, [join(ROOT, 'scripts/validate.ts'), data], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).not.toContain('internal error');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('datasets/.DS_Store');
    expect(r.stdout).toContain('frameworks/x.yaml/');
  }, 60_000);

  it('astro.config.mjs reads a UTF-16 site.yaml to the same address as the UTF-8 original', () => {
    const { data } = make('site-yaml-utf16');
    const original = siteAddress(DEMO_DATA);
    expect(original.base_url).not.toBe('https://example.org');
    expect(siteAddress(data)).toEqual(original);
  });
});
