/**
 * The one commune finder (home page, search page and map): folded names, former names and the names of
 * absorbed units, and codes with or without the leading zeros Excel drops. Expected codes come from the
 * demo register, not from the finder.
 */
import { describe, expect, it } from 'vitest';
import { getModel } from '../../../src/lib/data/load.ts';
import { fold } from '../../../src/lib/data/text.ts';
import { findCommunes } from '../../../src/lib/site/find-communes.ts';
import { searchEntries, type SearchEntry } from '../../../src/lib/site/search-index.ts';

const entries = searchEntries();
const reg = getModel().register;
const plain = (name: string) => fold(name).replace(/^(xa|phuong|thi tran) /, '');

describe('findCommunes', () => {
  it('finds each current name, with or without diacritics and type word', () => {
    for (const code of reg.communeCodeList()) {
      const name = reg.communesWithCode(code).at(-1)!.name;
      for (const typed of [name, plain(name)])
        expect(
          findCommunes(entries, typed, 50).map((h) => h.entry.c),
          `"${typed}"`,
        ).toContain(code);
    }
  });

  it('finds a code by a name it bore before, and says which', () => {
    const code = reg.communeCodeList().find((c) => new Set(reg.communesWithCode(c).map((u) => u.name)).size > 1)!;
    const [first, ...later] = reg.communesWithCode(code);
    expect(later.length).toBeGreaterThan(0);
    const hit = findCommunes(entries, fold(first!.name), 50).find((h) => h.entry.c === code)!;
    expect(hit.via).toBe(first!.name);
  });

  it('matches codes from their start, with or without leading zeros', () => {
    const zeros: SearchEntry[] = [
      { c: '00004', n: 'Phường Ba Đình', o: [], d: 'Hà Nội' },
      { c: '00040', n: 'Phường Ngọc Hà', o: [], d: 'Hà Nội' },
      { c: '19966', n: 'Xã Thủy Thanh', o: [], d: 'Hương Thủy' },
    ];
    expect(findCommunes(zeros, '00004').map((h) => h.entry.c)).toEqual(['00004']);
    expect(findCommunes(zeros, '4').map((h) => h.entry.c)).toEqual(['00004', '00040']);
    expect(findCommunes(zeros, '40').map((h) => h.entry.c)).toEqual(['00040']);
    expect(findCommunes(zeros, '1996').map((h) => h.entry.c)).toEqual(['19966']);
    expect(findCommunes(zeros, '5')).toEqual([]);
  });

  it('ranks current names before former ones and units that no longer exist last', () => {
    const sample: SearchEntry[] = [
      { c: '1', n: 'Xã An Hòa', o: [], d: 'A', x: 1 },
      { c: '2', n: 'Phường Bình An', o: ['Xã An Hòa'], d: 'A' },
      { c: '3', n: 'Xã An Hòa Tây', o: [], d: 'A' },
    ];
    expect(findCommunes(sample, 'an hoa').map((h) => h.entry.c)).toEqual(['3', '1', '2']);
    expect(findCommunes(sample, '')).toEqual([]);
  });
});
