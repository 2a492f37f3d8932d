/**
 * Digests of a modelled result, one rule for every key made of results: the incremental build's page keys
 * (src/lib/site/cache-keys.ts) and the downloads' data keys (export/bundle.ts). Each result is serialised
 * and hashed once per build, whoever asks first (a national site has ~250,000 results and both ask for
 * every one).
 */
import { createHash } from 'node:crypto';
import type { Result } from '../types.ts';

const shown = new WeakMap<Result, string>();
const whole = new WeakMap<Result, string>();

/**
 * The result as pages show it: every field (totals, class, ranks included) but its row number in the
 * source file, which no page shows.
 */
export function shownDigest(r: Result): string {
  let d = shown.get(r);
  if (d === undefined) {
    const { sourceRow: _row, ...rest } = r;
    shown.set(r, (d = createHash('sha256').update(JSON.stringify(rest)).digest('base64url')));
  }
  return d;
}

/** The whole result, its row number in the source file included (the downloads carry it). */
export function resultDigest(r: Result): string {
  let d = whole.get(r);
  if (d === undefined) {
    whole.set(r, (d = createHash('sha256').update(shownDigest(r)).update('\0').update(String(r.sourceRow)).digest('base64url')));
  }
  return d;
}
