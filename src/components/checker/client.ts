/**
 * The checker in the browser: read the chosen or dropped file, place it at datasets/<id>/<year>.csv among
 * the embedded reference files, and run the very validation the build runs (validateData over a
 * memorySource). Only issues about the visitor's file are shown. Nothing is sent anywhere.
 */
import { memorySource } from '../../lib/data/read/source.ts';
import { validateData } from '../../lib/data/validate/index.ts';
import { decodeBytes } from '../../lib/data/read/decode.ts';
import { parseCsv } from '../../lib/data/read/csv.ts';
import type { Lang } from '../../lib/site/i18n/locales.ts';
import type { CheckerKey } from '../../lib/site/i18n/client-keys.ts';
import { clientTranslator } from '../../lib/site/i18n/translate.ts';
import { renderIssues, renderPreview } from './render.ts';

export interface CheckerConfig {
  lang: Lang;
  /** The checker's messages in the page language (CHECKER_KEYS). */
  messages: Record<CheckerKey, string>;
  /** Reference files of the data folder (path → text). */
  files: Record<string, string>;
  datasets: { id: string; years: { year: number; framework: string; published: boolean }[] }[];
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Wire up the checker form. Called once by the page. */
export function startChecker(): void {
  const config = JSON.parse($('checker-config').textContent ?? '{}') as CheckerConfig;
  const t = clientTranslator(config.lang, config.messages);
  const form = $<HTMLFormElement>('checker-form');
  const input = $<HTMLInputElement>('checker-file');
  const drop = $('checker-drop');
  const datasetSelect = $<HTMLSelectElement>('checker-dataset');
  const yearSelect = $<HTMLSelectElement>('checker-year');
  const result = $('checker-result');
  const summary = $('checker-summary');
  let file: File | null = null;
  form.hidden = false;

  const fillYears = () => {
    const dataset = config.datasets.find((d) => d.id === datasetSelect.value);
    const current = yearSelect.value;
    yearSelect.replaceChildren(
      ...(dataset?.years ?? []).map((y) => {
        const label = t(y.published ? 'checker.yearOptionPublished' : 'checker.yearOption', {
          year: y.year,
          framework: y.framework,
        });
        return new Option(label, String(y.year), false, String(y.year) === current);
      }),
    );
  };
  const guessYear = (name: string) => {
    const match = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(name);
    if (match && [...yearSelect.options].some((o) => o.value === match[1])) yearSelect.value = match[1]!;
  };
  const choose = (chosen: File | null | undefined) => {
    file = chosen ?? null;
    if (file) {
      guessYear(file.name);
      void run();
    }
  };

  async function run(): Promise<void> {
    if (!file) {
      summary.textContent = t('checker.noFile');
      return;
    }
    result.setAttribute('aria-busy', 'true');
    summary.className = 'checker-summary';
    summary.textContent = t('checker.checking');
    const bytes = new Uint8Array(await file.arrayBuffer());
    const path = `datasets/${datasetSelect.value}/${yearSelect.value}.csv`;
    const validation = validateData(memorySource({ ...config.files, [path]: bytes }));
    const issues = validation.issues.filter((i) => i.file === path);
    const parsed = parseCsv(decodeBytes(bytes).text);
    const errors = issues.filter((i) => i.severity === 'error').length;
    const warnings = issues.filter((i) => i.severity === 'warning').length;
    summary.textContent =
      errors === 0
        ? t('checker.ok', { file: file.name, rows: parsed.rows.length, warnings })
        : t('checker.bad', { file: file.name, errors, warnings });
    summary.className = `checker-summary ${errors === 0 ? 'is-ok' : 'is-bad'}`;
    renderIssues($('checker-issues'), issues, t);
    renderPreview($('checker-preview'), parsed, issues, t);
    result.setAttribute('aria-busy', 'false');
  }

  input.addEventListener('change', () => choose(input.files?.[0]));
  datasetSelect.addEventListener('change', () => {
    fillYears();
    if (file) void run();
  });
  yearSelect.addEventListener('change', () => file && void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  for (const type of ['dragenter', 'dragover'] as const) {
    drop.addEventListener(type, (event) => {
      event.preventDefault();
      drop.classList.add('is-over');
    });
  }
  drop.addEventListener('dragleave', () => drop.classList.remove('is-over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('is-over');
    choose(event.dataTransfer?.files?.[0]);
  });
  // A file dropped anywhere else must not make the browser navigate away from the page.
  window.addEventListener('dragover', (event) => event.preventDefault());
  window.addEventListener('drop', (event) => event.preventDefault());
}
