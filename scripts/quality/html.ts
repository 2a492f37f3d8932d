/**
 * HTML validity of every built page with html-validate, using the project's .htmlvalidate.json (the
 * recommended preset; any relaxation is listed there and explained in scripts/quality/README.md).
 * The config is loaded explicitly because the built site may live outside the project (OUT_DIR).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { htmlFiles } from './site.ts';

export interface HtmlProblem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
  selector: string | null;
}

/** Validate every HTML file under `dir`; returns every error (warnings are not failures). */
export async function validateHtml(dir: string, configFile = '.htmlvalidate.json'): Promise<HtmlProblem[]> {
  const config = JSON.parse(readFileSync(configFile, 'utf8')) as ConfigData;
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const problems: HtmlProblem[] = [];
  for (const file of htmlFiles(dir)) {
    const report = await validator.validateString(readFileSync(join(dir, file), 'utf8'), file);
    for (const result of report.results) {
      for (const m of result.messages) {
        if (m.severity < 2) continue;
        problems.push({
          file,
          line: m.line,
          column: m.column,
          rule: m.ruleId,
          message: m.message,
          selector: m.selector,
        });
      }
    }
  }
  return problems;
}

/** Group problems by rule so one layout mistake reads as one line, with the files it appears in. */
export function formatHtmlProblems(problems: HtmlProblem[], limit = 30): string {
  const byRule = new Map<string, HtmlProblem[]>();
  for (const p of problems)
    byRule.set(`${p.rule}: ${p.message}`, [...(byRule.get(`${p.rule}: ${p.message}`) ?? []), p]);
  const lines = [...byRule]
    .sort((a, b) => b[1].length - a[1].length)
    .slice(0, limit)
    .map(([key, list]) => {
      const where = list
        .slice(0, 3)
        .map((p) => `${p.file}:${p.line}:${p.column}${p.selector ? ` (${p.selector})` : ''}`);
      return `✘ ${key}\n    ${list.length}× e.g. ${where.join(', ')}${list.length > 3 ? ', …' : ''}`;
    });
  return `${problems.length} HTML error(s), ${byRule.size} kind(s):\n${lines.join('\n')}`;
}
