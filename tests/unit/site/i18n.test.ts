/**
 * The one string system: both dictionaries hold the same keys with the same parameters, every message
 * parses and holds no HTML, and t() does plurals and number formats itself in each locale. The clients'
 * key lists name real messages. Expected words come from the dictionaries, not typed here.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES, clientMessages, translator, type MessageKey } from '../../../src/lib/site/i18n/index.ts';
import { CHECKER_KEYS, MAP_KEYS, TABLE_KEYS } from '../../../src/lib/site/i18n/client-keys.ts';
import { createTranslator, messageParams, parseMessage, pickText } from '../../../src/lib/site/i18n/translate.ts';

const keys = (lang: 'vi' | 'en') => Object.keys(MESSAGES[lang]).sort();

describe('the dictionaries', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(keys('en')).toEqual(keys('vi'));
  });

  it('use the same parameters in both languages, and every message parses', () => {
    const differ = keys('vi').filter(
      (k) => messageParams(MESSAGES.vi[k as MessageKey]).join() !== messageParams(MESSAGES.en[k as MessageKey]).join(),
    );
    expect(differ).toEqual([]);
  });

  it('hold no HTML: markup belongs to the components', () => {
    const html = /<\/?(a|b|i|p|em|strong|code|br|span|div|ul|ol|li)(?=[\s>/])[^>]*>|&[a-z]+;/i;
    const found = keys('vi').flatMap((k) =>
      (['vi', 'en'] as const).filter((l) => html.test(MESSAGES[l][k as MessageKey])).map((l) => `${l}:${k}`),
    );
    expect(found).toEqual([]);
  });

  it('are all used by the site (no dead entries)', () => {
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.(astro|ts)$/.test(name)) sources.push(readFileSync(full, 'utf8'));
      }
    };
    walk('src');
    const text = sources.join('\n');
    // A key is used when its full name, or its last part within a group helper (g('step1')), appears quoted.
    const unused = keys('vi').filter((k) => {
      const last = k.split('.').at(-1)!;
      return !text.includes(`'${k}'`) && !text.includes(`'${last}'`) && !text.includes(`\`${k.split('.')[0]}.\${`);
    });
    expect(unused).toEqual([]);
  });
});

describe('t(key, params)', () => {
  const vi = translator('vi');
  const en = translator('en');

  it('chooses the plural form by the locale, and formats the number inside the message', () => {
    expect(en('stories.showing', { n: 1 })).toMatch(/\b1 story\b/);
    expect(en('stories.showing', { n: 2 })).toMatch(/\b2 stories\b/);
    expect(en('catalogue.sumsList', { n: 1234 })).toContain('1,234 files');
    // Vietnamese has one plural form and groups thousands with a dot.
    expect(vi('catalogue.sumsList', { n: 1234 })).toContain('1.234 tệp');
    expect(vi('catalogue.sumsList', { n: 1 })).toContain('1 tệp');
  });

  it('formats decimals in the locale and leaves plain values (years, codes) as written', () => {
    expect(vi('method.minTotal', { n: 72.5 })).toContain('72,5');
    expect(en('method.minTotal', { n: 72.5 })).toContain('72.5');
    expect(vi('home.glance', { year: 2024 })).toContain('2024');
    expect(vi('map.describe', { result: 'Khá', kind: 'points', total: 78.25 })).toContain('78,25');
  });

  it('throws on a missing parameter or an unknown key, so a broken page fails the build', () => {
    expect(() => vi('home.glance')).toThrow(/home\.glance.*year/);
    expect(() => vi('nope' as MessageKey)).toThrow(/nope/);
    expect(() => vi('catalogue.sumsList', { n: '3' })).toThrow(/number/);
  });

  it('parses the ICU subset it documents, quotes included', () => {
    const t = createTranslator('en', {
      a: "{n, plural, =0 {none} one {# row} other {# rows}} in '{'x'}' it''s",
      b: '{k, select, points {P} other {T}}: {v, number, ::.##}',
    });
    expect(t('a', { n: 0 })).toBe("none in {x} it's");
    expect(t('a', { n: 3 })).toBe("3 rows in {x} it's");
    expect(t('b', { k: 'points', v: 1.256 })).toBe('P: 1.26');
    expect(() => parseMessage('{n, plural, one {x}}')).toThrow(/other/);
    expect(t.parts('b', { k: 'x', v: 2 })).toEqual(['T', ': ', { name: 'v', value: '2' }]);
  });

  it('picks data text in the page language, falling back to Vietnamese', () => {
    expect(pickText({ vi: 'Khá', en: 'Good' }, 'en')).toBe('Good');
    expect(pickText({ vi: 'Khá', en: '' }, 'en')).toBe('Khá');
  });
});

describe('client messages', () => {
  it('name real messages, and embed only those, in the page language', () => {
    for (const list of [MAP_KEYS, CHECKER_KEYS, TABLE_KEYS]) {
      const en = clientMessages('en', list);
      expect(Object.keys(en).sort()).toEqual([...list].sort());
      for (const k of list) expect(en[k], k).toBe(MESSAGES.en[k]);
    }
  });
});
