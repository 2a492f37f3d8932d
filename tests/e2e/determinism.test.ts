/**
 * Two clean builds from the same data give a byte-identical site. Builds into temporary folders (with
 * their own Astro caches), so the dist/ the other tests read is never touched.
 */
import { expect, test } from 'vitest';
import { checkDeterminism, formatDiff } from '../../scripts/quality/determinism.ts';

test('two clean builds from the same data are byte-identical', () => {
  const result = checkDeterminism();
  process.stdout.write(
    `determinism: builds took ${result.ms.map((ms) => (ms / 1000).toFixed(1) + ' s').join(' and ')}; ${formatDiff(result)}\n`,
  );
  expect(result.same, 'files compared').toBeGreaterThan(0);
  expect(formatDiff(result), 'files that differ between two builds of the same data').toBe(
    formatDiff({ same: result.same, different: [], onlyInA: [], onlyInB: [] }),
  );
}, 600_000);
