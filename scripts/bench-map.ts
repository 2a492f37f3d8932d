/**
 * npm run bench-map [-- options] — the map at national scale, in headless Chromium.
 * Builds the map pages from the synthetic national data folder (scripts/lib/synthetic.ts, ~10,600 communes)
 * plus generated polygons (a noisy 48-point outline per commune) in data/boundaries/, opens /ban-do/
 * with every non-local request blocked (no tiles), and prints: time to first draw (navigation start to
 * the performance mark 'map:drawn'), year-switch time (mark 'map:switch-start' → 'map:switched', median
 * of several switches, same units and across the 2020 mergers), and the bytes the page loads (gzip).
 * Targets: first draw < 1.5 s, year switch < 200 ms. Options: --points (no polygons), --dist <dir>
 * (reuse a built site), --keep (keep the temporary folder).
 */
import { cpSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { writeSyntheticData } from './lib/synthetic.ts';
import { seededRandom } from '../src/lib/data/illustrative/random.ts';
import { serveSite } from './lib/serve-site.ts';
import { launchBrowser } from './quality/browser.ts';

const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dir = mkdtempSync(join(tmpdir(), 'cdht-bench-map-'));

/** A noisy closed outline around a centre, ~2–3 km across, deterministic per seed. */
function blob(lat: number, lon: number, random: () => number): [number, number][] {
  const r0 = 0.012 + random() * 0.01;
  const ring: [number, number][] = [];
  for (let k = 0; k < 48; k++) {
    const a = (k / 48) * 2 * Math.PI;
    const r = r0 * (0.8 + 0.4 * random());
    ring.push([Math.round((lon + r * Math.cos(a)) * 1e6) / 1e6, Math.round((lat + r * Math.sin(a)) * 1e6) / 1e6]);
  }
  ring.push(ring[0]!);
  return ring;
}

/**
 * A copy of the project that builds only the map pages (and their JSON), with no stories: the bundled
 * stories name real communes the synthetic register lacks, and the other 20,000 pages do not change
 * what the map page loads. node_modules is linked, not copied.
 */
function mapOnlyRoot(): string {
  const root = join(dir, 'root');
  const here = process.cwd();
  const keep = (src: string) => {
    const rel = relative(here, src);
    if (rel.startsWith('src/content/stories/')) return false;
    if (rel.startsWith('src/pages/') && !/^src\/pages\/(en\/)?ban-do(\/|$)|^src\/pages\/en$/.test(rel)) return false;
    return true;
  };
  for (const name of readdirSync('.')) {
    if (['dist', '.git', '.astro'].includes(name) || name.endsWith('.staging')) continue;
    if (name === 'node_modules') symlinkSync(join(here, name), join(root, name));
    else cpSync(join(here, name), join(root, name), { recursive: true, filter: keep });
  }
  mkdirSync(join(root, 'src/content/stories'), { recursive: true });
  return root;
}

let outDir = arg('--dist');
if (!outDir) {
  const dataDir = join(dir, 'data');
  const written = writeSyntheticData(dataDir);
  process.stdout.write(`Synthetic data: ${written.communes} communes, ${written.rows} result rows → ${dataDir}\n`);
  const site = readFileSync(join(dataDir, 'site.yaml'), 'utf8')
    .replace(/center: .*/, 'center: [16.0, 106.0]')
    .replace(/zoom: .*/, 'zoom: 6');
  writeFileSync(join(dataDir, 'site.yaml'), site);
  if (!args.includes('--points')) {
    const rows = Papa.parse<Record<string, string>>(
      readFileSync(join(dataDir, 'units/communes.csv'), 'utf8').replace(/^\uFEFF/, ''),
      { header: true, skipEmptyLines: true },
    ).data;
    const random = seededRandom(5);
    const seen = new Set<string>();
    const features = rows
      .filter((r) => !seen.has(r.code!) && seen.add(r.code!))
      .map((r) => ({
        type: 'Feature',
        // Each outline belongs to the unit-period of its row (data contract v2: codes are reused).
        properties: { code: r.code, valid_from: r.valid_from, valid_to: r.valid_to || null },
        geometry: { type: 'Polygon', coordinates: [blob(Number(r.lat), Number(r.lon), random)] },
      }));
    mkdirSync(join(dataDir, 'boundaries'), { recursive: true });
    writeFileSync(
      join(dataDir, 'boundaries/synthetic.geojson'),
      JSON.stringify({ type: 'FeatureCollection', features }),
    );
    writeFileSync(
      join(dataDir, 'boundaries/boundaries.yaml'),
      'files:\n  synthetic.geojson:\n    title: {vi: Hình tổng hợp cho đo hiệu năng, en: Synthetic benchmark outlines}\n' +
        '    url: https://example.org/synthetic\n    licence: {id: CC0-1.0, name: CC0 1.0, url: https://creativecommons.org/publicdomain/zero/1.0/}\n',
    );
    process.stdout.write(`Polygons: ${features.length} × 48 points\n`);
  }
  outDir = join(dir, 'dist');
  const t0 = Date.now();
  const build = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: mapOnlyRoot(),
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: dataDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(dir, 'astro-cache'), CI: '1' },
    maxBuffer: 1 << 28,
  });
  if (build.status !== 0) {
    process.stderr.write(build.stdout.slice(-4000) + build.stderr.slice(-4000));
    process.exit(1);
  }
  process.stdout.write(`Site built in ${((Date.now() - t0) / 1000).toFixed(0)} s → ${outDir}\n`);
}

const server = await serveSite(outDir);
const browser = await launchBrowser();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const firstDraws: number[] = [];
const switches: Record<string, number[]> = { 'same units': [], 'across mergers': [] };
let bytes = { raw: 0, gzip: 0, files: 0 };
/** Outline files (per province) fetched after zooming in once over the first unit, and their gzip size. */
const zoomIn = { files: 0, gzip: 0 };
for (let run = 0; run < 3; run++) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (r) => r.abort());
  const loaded = { raw: 0, gzip: 0, files: 0 };
  page.on('response', async (res) => {
    const body = await res.body().catch(() => null);
    if (!body) return;
    loaded.raw += body.length;
    loaded.gzip += gzipSync(body).length;
    loaded.files++;
  });
  await page.goto(`${server.url}/ban-do/`);
  await page.waitForFunction(() => performance.getEntriesByName('map:drawn').length > 0, null, { timeout: 60_000 });
  firstDraws.push(await page.evaluate(() => performance.getEntriesByName('map:drawn')[0]!.startTime));
  if (args.includes('--verbose'))
    console.log(
      await page.evaluate(() =>
        performance
          .getEntries()
          .filter((e) => e.entryType === 'mark' || e.entryType === 'resource')
          .map((e) => `${e.name.split('/').pop()} ${e.startTime.toFixed(0)}+${e.duration.toFixed(0)}`)
          .join('\n'),
      ),
    );
  await page.waitForTimeout(300);
  bytes = { ...loaded };
  const years = await page
    .locator('select[name=nam] option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  // The default view is the newest year (2024); the synthetic mergers take effect on 2020-01-01.
  const plan: [string, string][] = [
    ['2023', 'same units'],
    ['2022', 'same units'],
    ['2018', 'across mergers'],
    ['2017', 'same units'],
    ['2016', 'same units'],
    ['2021', 'across mergers'],
    ['2023', 'same units'],
  ];
  for (const [year, kind] of plan) {
    if (!years.includes(year)) continue;
    await page.evaluate(() => performance.clearMarks());
    await page.selectOption('select[name=nam]', year);
    await page.waitForFunction(() => performance.getEntriesByName('map:switched').length > 0, null, {
      timeout: 30_000,
    });
    const ms = await page.evaluate(
      () =>
        performance.getEntriesByName('map:switched')[0]!.startTime -
        performance.getEntriesByName('map:switch-start')[0]!.startTime,
    );
    if (args.includes('--verbose'))
      console.log(
        year,
        await page.evaluate(() =>
          performance
            .getEntries()
            .filter((e) => e.entryType === 'mark')
            .map((e) => `${e.name} ${e.startTime.toFixed(0)}`)
            .join(' '),
        ),
      );
    // The first visit to a year includes fetching its results; both are what a visitor waits for.
    switches[kind]!.push(ms);
  }
  if (run === 0 && !args.includes('--points')) {
    const before = { ...loaded };
    // Zoom in over the first unit of the shown year, as a visitor zooming to their commune would.
    await page.evaluate(async () => {
      const root = document.querySelector('[data-map-root]') as HTMLElement & {
        leafletMap: { setView(c: [number, number], z: number, o: object): void };
      };
      const config = JSON.parse(root.dataset.config!) as { units: Record<string, string> };
      const year = (document.querySelector('select[name=nam]') as HTMLSelectElement).value;
      const units = (await (await fetch(config.units[year]!)).json()) as {
        u: [string, string, number, number, number][];
      };
      const [, , , lat, lon] = units.u[0]!;
      root.leafletMap.setView([lat, lon], 11, { animate: false });
    });
    await page.waitForTimeout(1500);
    zoomIn.files = loaded.files - before.files;
    zoomIn.gzip = loaded.gzip - before.gzip;
  }
  await page.close();
}
await browser.close();
await server.close();

const rows: [string, string, string][] = [
  ['first draw (median of 3 loads)', `${median(firstDraws).toFixed(0)} ms`, 'target < 1500 ms'],
  ['year switch, same units (median)', `${median(switches['same units']!).toFixed(0)} ms`, 'target < 200 ms'],
  [
    'year switch, across mergers (median)',
    `${median(switches['across mergers']!).toFixed(0)} ms`,
    'new units file + redraw',
  ],
  ['page load: files', String(bytes.files), ''],
  ['page load: bytes (raw)', `${(bytes.raw / 1024).toFixed(0)} KB`, ''],
  ['page load: bytes (gzip)', `${(bytes.gzip / 1024).toFixed(0)} KB`, 'budget 250 KB'],
  ...(args.includes('--points')
    ? []
    : [
        [
          'zoom-in to level 11: outline files loaded',
          `${zoomIn.files} (${(zoomIn.gzip / 1024).toFixed(0)} KB)`,
          'outlines per province, on demand',
        ] as [string, string, string],
      ]),
];
const width = Math.max(...rows.map((r) => r[0].length));
process.stdout.write('\n' + rows.map(([k, v, t]) => `${k.padEnd(width)}  ${v.padStart(9)}  ${t}`).join('\n') + '\n');
process.stdout.write(
  `raw samples: first draw ${firstDraws.map((x) => x.toFixed(0)).join(', ')}; switches ${JSON.stringify(Object.fromEntries(Object.entries(switches).map(([k, v]) => [k, v.map((x) => Math.round(x))])))}\n`,
);
if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
