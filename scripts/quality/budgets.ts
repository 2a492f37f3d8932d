/**
 * Page weight budgets, measured as a visitor's first visit: the page is loaded in Chromium with a cold
 * cache, every file it fetches from the site is recorded (HTML, CSS, JS modules, fonts, images, data
 * fetched by scripts) and counted at its compressed transfer size: gzip level 9 for text, as-is for
 * formats that are already compressed (woff2, images, zip). Requests leaving the site (map tiles) are
 * blocked and not counted. For each page type the heaviest page (largest HTML) is measured.
 */
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { localContext } from './browser.ts';
import { fileOfPath, pagePaths, pageType, type PageType } from './site.ts';

/** Budgets in KB (1 KB = 1024 bytes) per page type; null = measured and reported, no limit set yet. */
export const BUDGETS_KB: Record<PageType, number | null> = {
  commune: 100,
  district: 100,
  year: 100,
  story: 100,
  map: 250,
  home: null,
  stories: null,
  data: null,
  methodology: null,
  checker: null,
  search: null,
  guide: null,
  accessibility: null,
  other: null,
};

export const KINDS = ['html', 'css', 'js', 'fonts', 'img', 'data'] as const;
export type Kind = (typeof KINDS)[number];

export interface Measure {
  type: PageType;
  path: string;
  bytes: Record<Kind, number>;
  total: number;
  budgetKb: number | null;
  /** Requests to other hosts (blocked, not counted), e.g. map tiles. */
  external: number;
}

const PRECOMPRESSED = /\.(woff2?|png|jpe?g|webp|avif|gif|zip|gz|br|pf_fragment|pf_index)$/i;

/** Transfer size of one site file: gzip -9 for text, raw for compressed formats. */
export function transferSize(file: string): number {
  if (PRECOMPRESSED.test(file)) return statSync(file).size;
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

function kindOf(resourceType: string, path: string): Kind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script') return 'js';
  if (resourceType === 'font') return 'fonts';
  if (resourceType === 'image' || /\.(svg|ico|png|jpe?g|webp|avif|gif)$/i.test(path)) return 'img';
  if (/\.(m?js)$/.test(path)) return 'js';
  return 'data';
}

/** Measure one page's first visit. */
export async function measurePage(browser: Browser, origin: string, dir: string, path: string): Promise<Measure> {
  const external: string[] = [];
  const context = await localContext(browser, {}, external);
  const page = await context.newPage();
  const seen = new Map<string, Kind>();
  page.on('requestfinished', (req) => {
    const url = new URL(req.url());
    if (url.origin === origin) seen.set(url.pathname, kindOf(req.resourceType(), url.pathname));
  });
  await page.goto(origin + path, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
  await context.close();
  const bytes = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  for (const [urlPath, kind] of seen) {
    const file = fileOfPath(dir, urlPath);
    if (file) bytes[kind] += transferSize(file);
  }
  const type = pageType(path);
  const total = KINDS.reduce((sum, k) => sum + bytes[k], 0);
  return { type, path, bytes, total, budgetKb: BUDGETS_KB[type], external: external.length };
}

/** The heaviest page (largest HTML file) of each page type in the site. */
export function heaviestPages(dir: string): string[] {
  const best = new Map<PageType, { path: string; size: number }>();
  for (const path of pagePaths(dir)) {
    if (path.endsWith('404.html')) continue;
    const file = fileOfPath(dir, path);
    if (!file) continue;
    const size = statSync(file).size;
    const type = pageType(path);
    if (!best.has(type) || size > best.get(type)!.size) best.set(type, { path, size });
  }
  return [...best.values()].map((b) => b.path).sort();
}

const kb = (n: number) => (n / 1024).toFixed(1);

/** The table of figures, one row per page type, marking the ones over budget. */
export function formatTable(measures: Measure[]): string {
  const head = ['page type', 'example (heaviest)', ...KINDS, 'total', 'budget', 'blocked', ''];
  const rows = [...measures]
    .sort((a, b) => a.type.localeCompare(b.type))
    .map((m) => [
      m.type,
      m.path,
      ...KINDS.map((k) => kb(m.bytes[k])),
      kb(m.total),
      m.budgetKb === null ? '—' : String(m.budgetKb),
      String(m.external),
      overBudget(m) ? '✘ OVER' : m.budgetKb === null ? '' : '✔',
    ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const note =
    'Compressed transfer on a first visit, KB (gzip -9 text; woff2/images as-is); blocked = requests to other hosts (map tiles), not counted';
  return [note, line(head), ...rows.map(line)].join('\n');
}

export function overBudget(m: Measure): boolean {
  return m.budgetKb !== null && m.total > m.budgetKb * 1024;
}
