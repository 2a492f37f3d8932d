/**
 * Lighthouse as a phone sees the site: one page of each type (the heaviest of its type, as the budgets
 * pick them), in Lighthouse's default mobile mode (Moto G Power screen, 4× CPU slowdown, simulated slow
 * 4G: 150 ms RTT, 1.6 Mbit/s), driving Debian's Chromium (CHROMIUM_PATH) headless with the flags of the
 * other checks and every host but 127.0.0.1 unresolvable. Pages are served as the hosting serves them:
 * each file's precompressed .br sibling (nginx's brotli_static, the deploy's .br objects). Each page
 * is measured LIGHTHOUSE_RUNS times (default 3) and the median run kept; each row carries the machine's
 * load average and Lighthouse's BenchmarkIndex, and the figures with the CPU slowdown calibrated to the
 * host (lighthouse-runs.ts). A benchmark: it prints a table against the goals and never fails a test
 * run; `npm run quality -- lighthouse [page types…]` exits 1 when a page misses a goal with
 * Lighthouse's default settings.
 */
import { createServer, request, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Result } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM, CHROMIUM_ARGS } from './browser.ts';
import { heaviestPages } from './budgets.ts';
import { fileOfPath, pageType, siteBase, type PageType } from './site.ts';
import { normaliseBase, serveSite } from '../lib/serve-site.ts';
import { DEFAULT_SLOWDOWN, TARGET_INDEX, measurePage } from './lighthouse-runs.ts';

/** The goals of issue 15.9: scores 0–100, LCP and TBT in ms. */
export const GOALS = { performance: 95, accessibility: 100, lcpMs: 2000, cls: 0.05, tbtMs: 100 } as const;

export interface PhoneScore {
  performance: number;
  accessibility: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  fcpMs: number;
  /** Accessibility audits that failed, by id (empty at 100). */
  failing: string[];
}

/** One page type's row: median figures with Lighthouse's defaults and calibrated, and each run's host state. */
export interface PhoneRow {
  type: PageType;
  path: string;
  standard: PhoneScore;
  calibrated: PhoneScore & { slowdown: number };
  /** The 1-minute load average when each run started. */
  load: number[];
  /** Lighthouse's BenchmarkIndex of the host in each run. */
  benchmarkIndex: number[];
}

/**
 * A front of the static server that sends a file's precompressed `.br` sibling (written by the build)
 * with `Content-Encoding: br` when the browser accepts it, as nginx's brotli_static does.
 */
function brotliFront(origin: string, dir: string, basePath: string): Promise<Server> {
  const base = normaliseBase(basePath);
  const server = createServer((req, res) => {
    const up = request(origin + req.url, { headers: { ...req.headers, 'accept-encoding': 'identity' } }, (r) => {
      const url = req.url ?? '/';
      const file = url.startsWith(base) ? fileOfPath(dir, url.slice(base.length - 1)) : null;
      const sibling = file && `${file}.br`;
      if (
        r.statusCode === 200 &&
        sibling &&
        existsSync(sibling) &&
        /\bbr\b/.test(String(req.headers['accept-encoding']))
      ) {
        r.resume();
        const body = readFileSync(sibling);
        res.writeHead(200, { ...r.headers, 'content-encoding': 'br', 'content-length': String(body.length) });
        res.end(body);
        return;
      }
      res.writeHead(r.statusCode ?? 500, r.headers);
      r.pipe(res);
    });
    up.on('error', () => res.writeHead(502).end());
    up.end();
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** How many times each page is measured (median kept): LIGHTHOUSE_RUNS, default 3. */
export const runsPerPage = (): number => Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3) || 3);

/**
 * Run Lighthouse (mobile defaults, and the CPU slowdown calibrated to the host) `runsPerPage()` times on
 * one page of each type of the built site in `dir` (or only the types in `only`), keeping median runs.
 */
export async function phoneScores(dir: string, only: string[] = []): Promise<PhoneRow[]> {
  const basePath = siteBase().path;
  const site = await serveSite(dir, { basePath });
  const proxy = await brotliFront(site.origin, dir, basePath);
  const base = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}${normaliseBase(basePath).slice(0, -1)}`;
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const rows: PhoneRow[] = [];
  try {
    for (const path of heaviestPages(dir)) {
      const type = pageType(path);
      if (only.length > 0 && !only.includes(type)) continue;
      const measured = await measurePage(base + path, chrome.port, runsPerPage());
      rows.push({
        type,
        path,
        standard: scoreOf(measured.standard.lhr),
        calibrated: { ...scoreOf(measured.calibrated.lhr), slowdown: measured.calibrated.slowdown },
        load: measured.runs.map((r) => r.load),
        benchmarkIndex: measured.runs.map((r) => r.benchmarkIndex),
      });
    }
  } finally {
    chrome.kill();
    await new Promise((ok) => proxy.close(ok));
    await site.close();
  }
  return rows;
}

/** The figures of one Lighthouse report. */
function scoreOf(lhr: Result): PhoneScore {
  const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    lcpMs: num('largest-contentful-paint'),
    cls: num('cumulative-layout-shift'),
    tbtMs: num('total-blocking-time'),
    fcpMs: num('first-contentful-paint'),
    failing: (lhr.categories.accessibility?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0)
      .map((ref) => ref.id),
  };
}

/** Whether a page meets every goal. */
export const meetsGoals = (s: PhoneScore): boolean =>
  s.performance >= GOALS.performance &&
  s.accessibility >= GOALS.accessibility &&
  s.lcpMs <= GOALS.lcpMs &&
  s.cls <= GOALS.cls &&
  s.tbtMs <= GOALS.tbtMs;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const range = (xs: number[], digits: number): string => {
  const [lo, hi] = [Math.min(...xs), Math.max(...xs)].map((x) => x.toFixed(digits));
  return lo === hi ? lo! : `${lo}–${hi}`;
};

/**
 * The printed table: one row per page type, goals in the header, misses marked; beside each row the
 * machine's load average and BenchmarkIndex over its runs, then the calibrated figures.
 */
export function formatScores(rows: PhoneRow[], cores: number): string {
  const head = [
    'page type',
    'page',
    'load (1 min)',
    'BI',
    'perf ≥95',
    'a11y 100',
    'LCP ≤2.0 s',
    'CLS ≤0.05',
    'TBT ≤100 ms',
    'FCP',
    '',
    'calibrated CPU',
    'perf',
    'LCP',
    'TBT',
  ];
  const table = [...rows]
    .sort((a, b) => a.type.localeCompare(b.type))
    .map((r) => {
      const s = r.standard;
      const c = r.calibrated;
      return [
        r.type,
        r.path,
        range(r.load, 1),
        String(Math.round(median(r.benchmarkIndex))),
        String(s.performance),
        String(s.accessibility),
        `${(s.lcpMs / 1000).toFixed(2)} s`,
        s.cls.toFixed(3),
        `${Math.round(s.tbtMs)} ms`,
        `${(s.fcpMs / 1000).toFixed(2)} s`,
        meetsGoals(s) ? '✔' : `✘${s.failing.length ? ' ' + s.failing.join(', ') : ''}`,
        `${c.slowdown.toFixed(1)}×`,
        String(c.performance),
        `${(c.lcpMs / 1000).toFixed(2)} s`,
        `${Math.round(c.tbtMs)} ms`,
      ];
    });
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const runs = rows[0]?.load.length ?? 0;
  return [
    `Lighthouse 12.2.3, mobile, simulated slow 4G (150 ms, 1.6 Mbit/s), median of ${runs} run(s) per page.`,
    `Default ${DEFAULT_SLOWDOWN}× CPU slowdown; "calibrated CPU": the slowdown for this host's BenchmarkIndex (BI)`,
    `per Lighthouse's throttling.md (BI ÷ ${TARGET_INDEX.toFixed(1)}, at least 1). Load: 1-minute load average on ${cores} cores.`,
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...table.map(line),
  ].join('\n');
}
