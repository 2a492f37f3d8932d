/**
 * Lighthouse as a phone sees the site: one page of each type (the heaviest of its type, as the budgets
 * pick them), in Lighthouse's default mobile mode (Moto G Power screen, 4× CPU slowdown, simulated slow
 * 4G: 150 ms RTT, 1.6 Mbit/s), driving Debian's Chromium (CHROMIUM_PATH) headless with the flags of the
 * other checks and every host but 127.0.0.1 unresolvable. Pages are served as the hosting serves them:
 * each file's precompressed .br sibling (nginx's brotli_static, the deploy's .br objects). A
 * benchmark: it prints a table against the goals and never fails a test run; `npm run quality --
 * lighthouse` exits 1 when a page misses a goal.
 */
import { createServer, request, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM, CHROMIUM_ARGS } from './browser.ts';
import { heaviestPages } from './budgets.ts';
import { fileOfPath, pageType, siteBase, type PageType } from './site.ts';
import { normaliseBase, serveSite } from '../lib/serve-site.ts';

/** The goals of issue 15.9: scores 0–100, LCP and TBT in ms. */
export const GOALS = { performance: 95, accessibility: 100, lcpMs: 2000, cls: 0.05, tbtMs: 100 } as const;

export interface PhoneScore {
  type: PageType;
  path: string;
  performance: number;
  accessibility: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  fcpMs: number;
  /** Accessibility audits that failed, by id (empty at 100). */
  failing: string[];
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

/** Run Lighthouse (mobile defaults) on one page of each type of the built site in `dir`. */
export async function phoneScores(dir: string): Promise<PhoneScore[]> {
  const basePath = siteBase().path;
  const site = await serveSite(dir, { basePath });
  const proxy = await brotliFront(site.origin, dir, basePath);
  const base = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}${normaliseBase(basePath).slice(0, -1)}`;
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const scores: PhoneScore[] = [];
  try {
    for (const path of heaviestPages(dir)) {
      const run = await lighthouse(base + path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      const lhr = run!.lhr;
      const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      scores.push({
        type: pageType(path),
        path,
        performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
        lcpMs: num('largest-contentful-paint'),
        cls: num('cumulative-layout-shift'),
        tbtMs: num('total-blocking-time'),
        fcpMs: num('first-contentful-paint'),
        failing: (lhr.categories.accessibility?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0)
          .map((ref) => ref.id),
      });
    }
  } finally {
    chrome.kill();
    await new Promise((ok) => proxy.close(ok));
    await site.close();
  }
  return scores;
}

/** Whether a page meets every goal. */
export const meetsGoals = (s: PhoneScore): boolean =>
  s.performance >= GOALS.performance &&
  s.accessibility >= GOALS.accessibility &&
  s.lcpMs <= GOALS.lcpMs &&
  s.cls <= GOALS.cls &&
  s.tbtMs <= GOALS.tbtMs;

/** The printed table: one row per page type, goals in the header, misses marked. */
export function formatScores(scores: PhoneScore[]): string {
  const head = ['page type', 'page', 'perf ≥95', 'a11y 100', 'LCP ≤2.0 s', 'CLS ≤0.05', 'TBT ≤100 ms', 'FCP', ''];
  const rows = [...scores]
    .sort((a, b) => a.type.localeCompare(b.type))
    .map((s) => [
      s.type,
      s.path,
      String(s.performance),
      String(s.accessibility),
      `${(s.lcpMs / 1000).toFixed(2)} s`,
      s.cls.toFixed(3),
      `${Math.round(s.tbtMs)} ms`,
      `${(s.fcpMs / 1000).toFixed(2)} s`,
      meetsGoals(s) ? '✔' : `✘${s.failing.length ? ' ' + s.failing.join(', ') : ''}`,
    ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [
    'Lighthouse 12.2.3, mobile, simulated slow 4G (150 ms, 1.6 Mbit/s), 4× CPU slowdown:',
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ].join('\n');
}
