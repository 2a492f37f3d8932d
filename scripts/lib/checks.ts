/**
 * The static checks that cover every source file, in one list shared by `npm run lint` and `npm test`
 * (so the two can never disagree): formatting (Prettier; .astro files are excluded, see .prettierignore),
 * ESLint (TypeScript, Astro components and the layer rules of DESIGN.md, scripts/lint/eslint.config.js),
 * and the type checks: `astro check` for the .astro files (it also generates .astro/types.d.ts, which the
 * `astro:content` imports need) and then `tsc` for scripts, tests and configs.
 */

/** One command of the check run. `npm run` puts node_modules/.bin on PATH, so bare tool names resolve. */
export interface Check {
  name: string;
  cmd: string[];
}

export const checks: readonly Check[] = [
  { name: 'format', cmd: ['prettier', '--check', '--log-level', 'warn', '.'] },
  { name: 'lint', cmd: ['eslint', '--config', 'scripts/lint/eslint.config.js', '--max-warnings', '0', '.'] },
  { name: 'astro check', cmd: ['astro', 'check', '--minimumFailingSeverity', 'warning'] },
  { name: 'tsc', cmd: ['tsc', '--noEmit', '-p', '.'] },
];
