/**
 * axe-core in the browser with the WCAG 2.0, 2.1 and 2.2 A and AA rules, plus the reviewed exclusions of
 * tests/e2e/a11y-exclusions.json (each with a written reason).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

export const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface Exclusion {
  rule: string;
  page?: string;
  selector?: string;
  reason: string;
}
export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export const exclusions: Exclusion[] = (
  JSON.parse(readFileSync(new URL('../a11y-exclusions.json', import.meta.url), 'utf8')) as { exclusions: Exclusion[] }
).exclusions;

/** Whether a violation of `rule` at `selector` on `path` is a reviewed exclusion. */
export function isExcluded(rule: string, path: string, selector: string, list: Exclusion[] = exclusions): boolean {
  return list.some(
    (e) =>
      e.rule === rule && (!e.page || new RegExp(e.page).test(path)) && (!e.selector || selector.includes(e.selector)),
  );
}

/** Make every page of the context carry axe (injected before the page's own scripts; ~4× faster than per page). */
export async function prepareAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ path: AXE_PATH });
}

/** Run axe on the loaded page (of a prepared context); violations only. */
export async function runAxe(page: Page): Promise<Violation[]> {
  return page.evaluate(async (tags) => {
    type Raw = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] };
    const w = window as unknown as { axe: { run(ctx: Document, o: object): Promise<Raw> } };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  }, WCAG_TAGS);
}
