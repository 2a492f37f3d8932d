/**
 * ESLint flat config for every source file: TypeScript (typescript-eslint), Astro components
 * (eslint-plugin-astro) and the layer rules of DESIGN.md, so a wrong-way import fails `npm run lint`
 * instead of waiting for a reviewer:
 *   pages, layouts, components → src/lib/site → src/lib/data (dependencies point down only);
 *   src/lib/data is pure TypeScript: no Astro, no view helpers;
 *   src/lib and scripts never import views (pages, layouts, components): a rule needed by both lives in lib;
 *   src/components/*.ts are browser clients: no Node built-ins, no astro: modules.
 * It lives here rather than at the top level (which the project keeps to a fixed list); `npm run lint`
 * passes it with `--config`. Relative globs are resolved from the working folder (the repository root).
 */
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

const views = ['./src/pages', './src/layouts', './src/components'];

/** An import-x zone: files under `target` may not import anything under `from`. */
const zone = (target, from, message) => ({ target, from, message });

export default defineConfig(
  {
    ignores: ['node_modules/', 'dist/', 'dist.*/', '.astro/', '.cache/', 'public/', 'tests/fixtures/', 'tests/golden/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.mjs', '.astro'] })] },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            zone('./src/lib/data', './src/lib/site', 'src/lib/data is the domain: it never imports view helpers.'),
            ...views.map((from) => zone('./src/lib', from, 'src/lib never imports views; move the rule into lib.')),
            ...views.map((from) =>
              zone('./scripts', from, 'scripts are thin entry points over lib; move the rule into lib.'),
            ),
            ...['./src/lib', ...views].map((target) =>
              zone(target, './scripts', 'the site never imports command-line scripts; move the rule into lib.'),
            ),
          ],
        },
      ],
    },
  },
  {
    // One browser launcher, honouring CHROMIUM_PATH: scripts/quality/browser.ts.
    ignores: ['scripts/quality/browser.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'chromium', property: 'launch', message: 'Use launchBrowser() from scripts/quality/browser.ts.' },
      ],
    },
  },
  {
    files: ['src/lib/data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['astro', 'astro:*', 'astro/*', '@astrojs/*'],
              message: 'src/lib/data is pure TypeScript: no Astro.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/components/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'astro:*'],
              message: 'src/components/*.ts are browser clients: build-time rules belong in src/lib.',
            },
          ],
        },
      ],
    },
  },
);
