/**
 * Command line for the quality checks on a built site (OUT_DIR or dist/), outside the test runner:
 *   npm run quality -- links | html | budgets | determinism | lighthouse [page types…] | all
 * Prints what it finds (the budget table, broken links by target, HTML errors by rule, differing files,
 * the Lighthouse phone table) and exits 1 on any failure. `npm test` runs the same checks as vitest
 * tests in tests/e2e, except Lighthouse: a benchmark, printed here and never a timed test.
 */
import { availableParallelism } from 'node:os';
import { checkLinks, formatBroken } from './links.ts';
import { formatHtmlProblems, validateHtml } from './html.ts';
import { formatTable, heaviestPages, measurePage, overBudget } from './budgets.ts';
import { checkDeterminism, formatDiff } from './determinism.ts';
import { launchBrowser } from './browser.ts';
import { formatScores, meetsGoals, phoneScores } from './lighthouse.ts';
import { distDir } from './site.ts';
import { serveSite } from '../lib/serve-site.ts';

const dir = distDir();
const checks: Record<string, () => Promise<boolean>> = {
  async links() {
    const broken = checkLinks(dir);
    process.stdout.write(broken.length ? formatBroken(broken) + '\n' : '✔ links: no broken internal links\n');
    return broken.length === 0;
  },
  async html() {
    const problems = await validateHtml(dir);
    process.stdout.write(problems.length ? formatHtmlProblems(problems) + '\n' : '✔ html: every page is valid\n');
    return problems.length === 0;
  },
  async budgets() {
    const server = await serveSite(dir);
    const browser = await launchBrowser();
    try {
      const measures = [];
      for (const path of heaviestPages(dir)) measures.push(await measurePage(browser, server.url, dir, path));
      process.stdout.write(formatTable(measures) + '\n');
      return !measures.some(overBudget);
    } finally {
      await browser.close();
      await server.close();
    }
  },
  async lighthouse() {
    // `npm run quality -- lighthouse map district`: only those page types.
    const rows = await phoneScores(dir, process.argv.slice(3));
    process.stdout.write(formatScores(rows, availableParallelism()) + '\n');
    return rows.every((r) => meetsGoals(r.standard));
  },
  async determinism() {
    const result = checkDeterminism();
    process.stdout.write(
      `determinism (builds ${result.ms.map((ms) => (ms / 1000).toFixed(1)).join(' s, ')} s): ${formatDiff(result)}\n`,
    );
    return result.different.length + result.onlyInA.length + result.onlyInB.length === 0;
  },
};

const wanted = process.argv[2] ?? 'all';
const names = wanted === 'all' ? Object.keys(checks) : [wanted];
if (names.some((n) => !checks[n])) {
  process.stderr.write(`usage: npm run quality -- ${Object.keys(checks).join(' | ')} | all\n`);
  process.exit(2);
}
let ok = true;
for (const name of names) ok = (await checks[name]!()) && ok;
process.exit(ok ? 0 : 1);
