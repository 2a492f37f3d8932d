/**
 * npm run golden:update — rebuild the golden fixture (tests/fixtures/golden-data) and rewrite tests/golden/
 * with its published files, after a change to published output that is intended. Review the diff
 * (`git diff --stat tests/golden`) before committing it; tests/e2e/golden.test.ts compares against it.
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildFixture, compareGoldens, writeGoldens } from './lib/golden.ts';

const site = buildFixture();
const before = compareGoldens(site);
const written = writeGoldens(site);
rmSync(dirname(site), { recursive: true, force: true });
const changed = before.different.length + before.missing.length + before.unexpected.length;
process.stdout.write(
  `golden: ${written.length} files in tests/golden/; ${before.different.length} changed, ` +
    `${before.missing.length} added, ${before.unexpected.length} removed\n`,
);
if (changed) process.stdout.write('Review with: git diff --stat tests/golden\n');
