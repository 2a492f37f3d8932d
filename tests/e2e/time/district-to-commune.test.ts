/**
 * A district succeeded by a commune-level unit (issue 12.7): Huyện Cồn Cỏ became Đặc khu Cồn Cỏ on
 * 2025-07-01 (codes from the GSO list in dvhcvn and the 2025 list, tests/fixtures/register/con-co). The
 * demo data with that register added builds, the district page says when it ended and links to its
 * successor, and the special zone's page names the district it was formed from, with the link back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadData } from '../../../src/lib/data/load.ts';
import { districtEnd } from '../../../src/lib/data/model/fates.ts';
import { formatDate } from '../../../src/lib/site/format.ts';
import type { SiteModel } from '../../../src/lib/data/model/index.ts';
import { buildFrom } from '../helpers/build.ts';

const source = process.env.DATA_DIR || 'data';
const fixture = new URL('../../fixtures/register/con-co/units/', import.meta.url);
const work = mkdtempSync(join(tmpdir(), 'cdht-con-co-'));
const dataDir = join(work, 'data');
const outDir = join(work, 'dist');
let model: SiteModel;
let build: ReturnType<typeof buildFrom>;

const page = (path: string) => {
  const file = join(outDir, path, 'index.html');
  if (!existsSync(file)) throw new Error(`${path} was not built (${file} is missing)`);
  return readFileSync(file, 'utf8');
};

beforeAll(() => {
  cpSync(source, dataDir, { recursive: true });
  for (const n of ['provinces', 'districts', 'communes']) {
    const rows = readFileSync(new URL(`${n}.csv`, fixture), 'utf8')
      .split('\n')
      .slice(1)
      .join('\n');
    appendFileSync(join(dataDir, 'units', `${n}.csv`), rows);
  }
  const site = join(dataDir, 'site.yaml');
  writeFileSync(
    site,
    readFileSync(site, 'utf8').replace(/province_scope: \[([^\]]*)\]/, 'province_scope: [$1, "44", "45"]'),
  );
  const check = loadData(dataDir);
  expect(check.validation.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  model = check.model!;
  build = buildFrom(dataDir, outDir, work);
}, 660_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('Huyện Cồn Cỏ → Đặc khu Cồn Cỏ', () => {
  it('builds', () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  });

  it('the district page says it ended and links to the special zone that succeeded it', () => {
    const district = model.register.districtsWithCode('471').at(-1)!;
    const end = districtEnd(model.register, district)!;
    const zone = end.becameCommunes[0]!;
    expect(zone.name).toBe('Đặc khu Cồn Cỏ');
    const html = page('huyen/471');
    const box = html.slice(html.indexOf('data-testid="district-ended"'));
    expect(box).toContain(formatDate(end.date, 'vi'));
    const successors = box.slice(box.indexOf('data-testid="district-successors"'));
    expect(successors.slice(0, successors.indexOf('</p>'))).toContain(`href="/xa/${zone.code}/"`);
  });

  it('the special zone’s page names the district it was formed from', () => {
    const html = page(`xa/19742`);
    const item = html.slice(html.indexOf('data-testid="formed-from-district"'));
    expect(item.slice(0, item.indexOf('</li>'))).toMatch(/href="\/huyen\/471\/"[^>]*>Huyện Cồn Cỏ</);
  });
});
