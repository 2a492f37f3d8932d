/**
 * The build command, in one place: package.json's `build` script, node flags included. Scripts that
 * start the build themselves (the test runner's build step, the national benchmark) run exactly it.
 *
 * Its one flag, `--max-old-space-size=1536`, caps V8's old generation at 1.5 GB. A national build keeps
 * far less alive at any time, but with the default cap (about a quarter of the machine's memory) V8 lets
 * garbage pile up first: the cold national build then peaked at 2.2 GB of RSS, against 1.9 GB with the
 * cap and no slower (README, benchmarks). A data folder larger than the whole country could reach the
 * cap; raise it in package.json, where this module reads it.
 */
import { readFileSync } from 'node:fs';

/** `node`, its flags and the build script, as `npm run build` runs them. */
export function buildCommand(): string[] {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    scripts: { build: string };
  };
  return pkg.scripts.build.trim().split(/\s+/);
}
