/**
 * After Astro has rendered, the build gate calls releaseData() so the model is freed before the search
 * index and precompression run beside Pagefind's own process (the national build's memory goal). Every
 * memo that holds the model must let it go: the loaded cache, and the memos derived from the model, which
 * key on it (the site index of lookups.ts here). A memo that kept it would keep the whole model alive, as
 * the site index and the stories' index did until session 11.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { getModel, releaseData } from '../../../src/lib/data/load.ts';
import { siteIndex } from '../../../src/lib/site/lookups.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Collect until `ref` is gone or it is clearly held (WeakRefs are cleared between turns). */
async function collected(ref: WeakRef<object>): Promise<boolean> {
  for (let i = 0; i < 10 && ref.deref(); i++) {
    await new Promise((done) => setTimeout(done, 10));
    gc();
  }
  return ref.deref() === undefined;
}

describe('releaseData', () => {
  it('frees the model held by the loaded cache and the site index', async () => {
    const ref = new WeakRef(siteIndex().model);
    expect(ref.deref()).toBe(getModel());
    releaseData();
    expect(await collected(ref)).toBe(true);
  });

  it('the site index is built again from a fresh model when asked for afterwards', () => {
    const before = siteIndex();
    releaseData();
    const after = siteIndex();
    expect(after).not.toBe(before);
    expect(after.model).toBe(getModel());
    expect(after.model).not.toBe(before.model);
    expect(after.districtCodes).toEqual(before.districtCodes);
  });
});
