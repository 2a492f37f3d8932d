/**
 * The checker in the browser: read the chosen or dropped file (CSV or .xlsx, or a boundary file;
 * refused above the stated size before it is loaded), hand it to a Web Worker that runs the build's own year-file validation
 * against the embedded reference data (parsed values only: communes, frameworks, dataset spans), and
 * draw the issues and a bounded preview. The page never freezes and nothing is sent anywhere.
 */
import type { Lang } from '../../lib/site/i18n/locales.ts';
import type { CheckerKey } from '../../lib/site/i18n/client-keys.ts';
import { clientTranslator } from '../../lib/site/i18n/translate.ts';
import type { CheckerContext } from '../../lib/data/validate/check-file.ts';
import { renderIssues, renderPreview } from './render.ts';
import type { WorkerIn, WorkerOut } from './worker.ts';

export interface CheckerConfig {
  lang: Lang;
  /** The checker's messages in the page language (CHECKER_KEYS). */
  messages: Record<CheckerKey, string>;
  context: CheckerContext;
  /** Files above this size are refused before they are read. */
  maxBytes: number;
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
  let worker: Worker | null = null;
  let pending = 0;
  let next = 1;
  form.hidden = false;

  const startWorker = (): Worker => {
    const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    w.postMessage({ type: 'context', context: config.context } satisfies WorkerIn);
    w.onmessage = (event: MessageEvent<WorkerOut>) => show(event.data);
    w.onerror = () => show({ type: 'failed', id: pending, message: 'worker error' });
    return w;
  };

  const show = (message: WorkerOut) => {
    if (message.id !== pending) return;
    pending = 0;
    result.setAttribute('aria-busy', 'false');
    if (message.type === 'failed') {
      summary.className = 'checker-summary is-bad';
      summary.textContent = t('checker.failed');
      return;
    }
    const { issues, preview, published, kind } = message.result;
    const errors = issues.filter((i) => i.severity === 'error').length;
    const warnings = issues.filter((i) => i.severity === 'warning').length;
    const name = file?.name ?? '';
    const outlines = kind === 'boundaries';
    summary.textContent =
      errors === 0
        ? t(outlines ? 'checker.okBoundaries' : 'checker.ok', { file: name, rows: published, warnings })
        : t(outlines ? 'checker.badBoundaries' : 'checker.bad', { file: name, errors, warnings });
    summary.className = `checker-summary ${errors === 0 ? 'is-ok' : 'is-bad'}`;
    renderIssues($('checker-issues'), issues, t, outlines);
    renderPreview($('checker-preview'), preview, issues, t);
  };

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
    $('checker-issues').replaceChildren();
    $('checker-preview').replaceChildren();
    if (file.size > config.maxBytes) {
      summary.className = 'checker-summary is-bad';
      const mb = new Intl.NumberFormat(config.lang, { maximumFractionDigits: 1 }).format(file.size / 1048576);
      summary.textContent = t('checker.tooLarge', { file: file.name, mb, max: config.maxBytes / 1048576 });
      return;
    }
    // A check still running for an earlier file is abandoned: its worker is stopped, a fresh one starts.
    if (pending !== 0 && worker) {
      worker.terminate();
      worker = null;
    }
    worker ??= startWorker();
    result.setAttribute('aria-busy', 'true');
    summary.className = 'checker-summary';
    summary.textContent = t('checker.checking');
    const bytes = new Uint8Array(await file.arrayBuffer());
    pending = next++;
    const request = { dataset: datasetSelect.value, year: Number(yearSelect.value), name: file.name, bytes };
    worker.postMessage({ type: 'check', id: pending, request } satisfies WorkerIn, [bytes.buffer]);
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
  // Start the worker once the page is idle, so the first check does not wait for it (and works offline).
  setTimeout(() => (worker ??= startWorker()), 0);
}
