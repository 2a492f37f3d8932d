/**
 * Astro's trivial-page floor on this machine: 10,000 pages of one trivial dynamic route (one
 * getStaticPaths, a heading per page), built with the project's own Astro and node_modules in a temporary
 * project folder. The site's pages per second divided by the floor's, measured in the same run, is the
 * figure that survives a busy or a quiet machine (issue 16: the floor itself moves 367–911 pages/s).
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measure, type Measured } from './measure.ts';

export const FLOOR_PAGES = 10_000;

const PAGE = `---
export function getStaticPaths() {
  return Array.from({ length: ${FLOOR_PAGES} }, (_, i) => ({ params: { n: String(i) } }));
}
const { n } = Astro.params;
---
<html lang="vi"><head><meta charset="utf-8"><title>Trang {n}</title></head><body><h1>Trang {n}</h1></body></html>
`;

const BUILD = `import { build } from 'astro';
await build({ root: process.argv[2], logLevel: 'warn' });
`;

export interface Floor extends Measured {
  pagesPerSecond: number;
}

/** Build the floor project once in `dir` (created and removed here) and return its figures. */
export async function measureFloor(dir: string, projectRoot = process.cwd()): Promise<Floor> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(resolve(projectRoot, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "astro-floor", "private": true, "type": "module" }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "export default { build: { format: 'directory' }, devToolbar: { enabled: false } };\n",
  );
  writeFileSync(join(dir, 'src/pages/[n].astro'), PAGE);
  writeFileSync(join(dir, 'build.mjs'), BUILD);
  const run = await measure(process.execPath, [join(dir, 'build.mjs'), dir], { cwd: dir });
  rmSync(dir, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`floor build failed:\n${run.stderr.slice(-3000)}`);
  return { ...run, pagesPerSecond: FLOOR_PAGES / (run.wallMs / 1000) };
}
