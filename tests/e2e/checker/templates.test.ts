/**
 * Staff downloads and the data guide, read from the built site: each template has the contract's header
 * and exactly the communes valid on 31 December of its year; each filled example passes the build's own
 * validation as that year's file; the guide lists every issue code of the validator in both languages
 * and its template links resolve. Expectations come from the data and the code, not from fixed lists.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { distDir } from '../helpers/site.ts';
import { model } from '../helpers/expected.ts';
import { yearFileColumns } from '../../../src/lib/data/contract.ts';
import { referenceDate } from '../../../src/lib/data/model/periods.ts';
import { MESSAGES } from '../../../src/lib/data/validate/messages.ts';
import { checkFile, checkerContext } from '../../../src/lib/data/validate/check-file.ts';
import { publishableYears } from '../../../src/lib/data/model/publishable.ts';

const dist = distDir();
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const m = model();
const latest = m.years().at(-1)!;
const cases = m.datasets.flatMap((d) =>
  publishableYears(d, m.frameworks, latest).map((y) => ({ dataset: d.id, ...y })),
);

describe('templates', () => {
  it('exist for every dataset-year, including the year after the latest', () => {
    expect(cases.some((c) => c.year === latest + 1)).toBe(true);
    for (const c of cases) {
      expect(existsSync(join(dist, 'du-lieu/mau', c.dataset, `${c.year}.csv`)), `${c.dataset}/${c.year}.csv`).toBe(
        true,
      );
      expect(
        existsSync(join(dist, 'du-lieu/mau', c.dataset, `${c.year}-vi-du.csv`)),
        `${c.dataset}/${c.year}-vi-du.csv`,
      ).toBe(true);
    }
  });

  it.each(cases.map((c) => [`${c.dataset} ${c.year}`, c] as const))(
    '%s: header and communes of that year, example valid',
    (_, c) => {
      const blank = read(`du-lieu/mau/${c.dataset}/${c.year}.csv`);
      expect(blank.startsWith('\uFEFF')).toBe(true); // Excel reads it as UTF-8
      const [header, ...rows] = Papa.parse<string[]>(blank.slice(1), { skipEmptyLines: true }).data;
      expect(header).toEqual(yearFileColumns(c.framework).map((col) => col.name));
      const expected = m.register
        .communesOn(referenceDate(c.year))
        .map((u) => u.code)
        .sort();
      expect(rows.map((r) => r[0]).sort()).toEqual(expected);

      const example = readFileSync(join(dist, `du-lieu/mau/${c.dataset}/${c.year}-vi-du.csv`));
      const result = checkFile(checkerContext(m), {
        dataset: c.dataset,
        year: c.year,
        name: 'vi-du.csv',
        bytes: new Uint8Array(example),
      });
      expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(result.published).toBe(expected.length);
    },
  );
});

describe('data guide', () => {
  for (const [lang, page] of [
    ['vi', 'huong-dan-du-lieu/index.html'],
    ['en', 'en/huong-dan-du-lieu/index.html'],
  ] as const) {
    it(`${lang}: lists every issue code and links working templates`, () => {
      const html = read(page);
      for (const code of Object.keys(MESSAGES)) expect(html, code).toContain(`id="ma-${code}"`);
      const templates = [...html.matchAll(/href="\/?(du-lieu\/mau\/[^"]+\.(?:csv|xlsx))"/g)].map((x) => x[1]!);
      expect(templates.length).toBeGreaterThanOrEqual(2);
      for (const t of templates) expect(existsSync(join(dist, t)), t).toBe(true);
      for (const anchor of ['them-nam', 'dinh-chinh', 'cau-chuyen', 'sap-nhap', 'bo-tieu-chi', 'bao-cao-loi']) {
        expect(html).toContain(`id="${anchor}"`);
      }
    });
  }
});
