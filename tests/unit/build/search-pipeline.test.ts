/**
 * The search index sends pages and records to Pagefind without waiting for each answer. The index
 * depends on the order items arrive, so they must go out in the order given; and Pagefind answers a
 * failed item with `errors` instead of rejecting, which must stop the build, naming the item.
 */
import { describe, expect, test } from 'vitest';
import { pipelined } from '../../../scripts/lib/search-index.ts';

/** A stand-in for Pagefind's client: records the order of calls and how many are unanswered. */
function fakePagefind(failing: ReadonlySet<number> = new Set()) {
  const sent: number[] = [];
  let open = 0;
  let most = 0;
  const send = (n: number) => {
    sent.push(n);
    open += 1;
    most = Math.max(most, open);
    return new Promise<{ errors: string[] }>((resolve) =>
      setTimeout(() => {
        open -= 1;
        resolve({ errors: failing.has(n) ? ['Failed to add file'] : [] });
      }, n % 3),
    );
  };
  return { send, sent, most: () => most };
}

describe('sending items to Pagefind', () => {
  test('sends every item once, in the order given, with a bounded number unanswered', async () => {
    const items = Array.from({ length: 1000 }, (_, i) => i);
    const pf = fakePagefind();
    await pipelined(items, String, pf.send);
    expect(pf.sent).toEqual(items);
    expect(pf.most()).toBeGreaterThan(1);
    expect(pf.most()).toBeLessThanOrEqual(256);
  });

  test('an item Pagefind could not index stops the index and is named', async () => {
    const pf = fakePagefind(new Set([700]));
    await expect(pipelined([...Array(1000).keys()], (n) => `/xa/${n}/`, pf.send)).rejects.toThrow(
      'Pagefind could not index /xa/700/: Failed to add file',
    );
  });
});
