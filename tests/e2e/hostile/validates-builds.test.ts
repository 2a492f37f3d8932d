/**
 * Validate ⇔ build, on every hostile data folder of the adversarial sweep (tests/fixtures/hostile):
 * a folder that validates builds a complete site (and publishes nothing the contract does not name);
 * a folder that does not validate is refused by the build gate with the file named, exit 1, no stack
 * trace, and the previous site untouched. Never an "internal error" or a crash inside Astro.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderSource } from '../../../src/lib/data/read/fs.ts';
import { validateData } from '../../../src/lib/data/validate/index.ts';
import { parse } from 'yaml';
import { HOSTILE, makeHostile } from '../../fixtures/hostile/cases.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const SECRET_ENV = 'HARDEN_SECRET_TOKEN';

function build(data: string, out: string, cache: string) {
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    timeout: 280_000,
    env: {
      ...process.env,
      DATA_DIR: data,
      OUT_DIR: out,
      ASTRO_CACHE_DIR: cache,
      CI: '1',
      [SECRET_ENV]: `${SECRET_ENV}=ghp_leaked`,
    },
  });
  return { status: run.status, text: run.stdout + run.stderr };
}

/** Every file under `dir`, as text where it is text. */
function* filesUnder(dir: string): Generator<[string, Buffer]> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* filesUnder(full);
    else yield [full, readFileSync(full)];
  }
}

describe('validate ⇔ build on the hostile data folders', () => {
  for (const c of HOSTILE) {
    it(`${c.name}: ${c.proves}`, () => {
      const { root, data } = makeHostile(c);
      made.push(root);
      const v = validateData(folderSource(data));
      const out = join(root, 'dist');
      mkdirSync(out);
      writeFileSync(join(out, 'marker.txt'), 'previous site');
      const run = build(data, out, join(root, 'cache'));
      expect(run.text).not.toMatch(/^\s+at .*\.(js|ts|mjs):\d+/m);
      expect(run.text).not.toContain('internal error');
      expect(run.text).not.toContain('ghp_leaked');
      if (v.errorCount > 0) {
        expect(run.status, run.text).toBe(1);
        const file = v.issues.find((i) => i.severity === 'error')!.file;
        expect(run.text).toContain(file);
        expect(readFileSync(join(out, 'marker.txt'), 'utf8')).toBe('previous site');
        return;
      }
      expect(run.status, run.text).toBe(0);
      expect(existsSync(join(out, 'index.html'))).toBe(true);
      expect(existsSync(join(out, 'marker.txt'))).toBe(false);
      for (const [path, bytes] of filesUnder(out)) {
        if (c.secret) expect(bytes.includes(c.secret), path).toBe(false);
      }
      const home = readFileSync(join(out, 'index.html'), 'utf8');
      const site = parse(readFileSync(join('data', 'site.yaml'), 'utf8')) as { base_url: string };
      // The canonical link uses the data's own address, whatever the encoding of site.yaml.
      expect(home).toContain(`rel="canonical" href="${site.base_url.replace(/\/?$/, '/')}"`);
      const readme = readFileSync(join(out, 'du-lieu', 'README.md'), 'utf8');
      expect(readme).not.toMatch(/<(?!https?:\/\/)[a-z]/i);
    }, 300_000);
  }
});
