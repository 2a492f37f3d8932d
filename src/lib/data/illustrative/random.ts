/**
 * Seeded pseudo-random numbers for illustrative data (the demo year files, the national benchmark and the
 * example templates): the same seed gives the same numbers on every run and in every JavaScript engine,
 * so generated files are byte-identical on rerun.
 */

/** A small seeded pseudo-random generator (mulberry32) returning numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A random stream keyed by a seed and parts (e.g. 'scores', dataset, year, code): each purpose gets its own
 * stream, so one unit's numbers do not depend on how many others were drawn before it.
 */
export function keyedRandom(seed: string, ...parts: (string | number)[]): () => number {
  let hash = 0x811c9dc5;
  for (const ch of [seed, ...parts].join('|')) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  // Murmur3's finaliser spreads the bits, so near-identical keys do not start near-identical streams.
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35) >>> 0;
  return seededRandom((hash ^ (hash >>> 16)) >>> 0);
}

/** A normally distributed value (Box–Muller) from a uniform generator. */
export function normal(random: () => number, mean: number, sd: number): number {
  const u = Math.max(random(), 1e-12);
  const v = random();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
