/**
 * The one message formatter of the site, for pages and browser clients alike (no dependencies, with
 * icu.ts ~3 KB, 1.4 KB gzip):
 * `t(key, params)` looks a message up and fills it in. Messages use a small subset of ICU MessageFormat,
 * so translators meet a familiar syntax and callers never choose plurals or number formats:
 *   {name}                                the value as text (years, codes, names: never regrouped)
 *   {n, number}  {n, number, ::.##}       a number in the page locale (1.234,5 / 1,234.5), at most
 *                                         one decimal, or as many as the skeleton's # after "."
 *   {n, plural, =0 {…} one {# row} other {# rows}}   CLDR plural rules of the locale; # is n formatted
 *   {kind, select, points {…} other {…}}             a choice by a text value
 * A missing parameter throws, so a broken message fails the build instead of printing "{n}". Messages hold
 * no HTML: markup that wraps a value is the component's (via `parts`, or `backticks` for code, which
 * CodeText renders). Quoting follows ICU: '{' is a literal brace, '' an apostrophe.
 */
import { DEFAULT_LANG, LOCALE_TAG, type Lang } from './locales.ts';
import { parseMessage, type Node } from './icu.ts';

export { messageParams, parseMessage } from './icu.ts';

export type Params = Record<string, string | number>;

/** A message split at its placeholders: text, and each filled-in value with its parameter name. */
export type Part = string | { name: string; value: string };

export interface Translator<K extends string = string> {
  (key: K, params?: Params): string;
  readonly lang: Lang;
  /** The message as text and values, for markup that wraps values (e.g. code in <code>). */
  parts(key: K, params?: Params): Part[];
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<Lang, Intl.PluralRules>();

function formatNumber(lang: Lang, value: number, digits: number): string {
  const key = `${lang}|${digits}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(LOCALE_TAG[lang], { maximumFractionDigits: digits })));
  return f.format(value);
}

function pluralCategory(lang: Lang, value: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(LOCALE_TAG[lang])));
  return rules.select(value);
}

function render(lang: Lang, key: string, nodes: Node[], params: Params, out: Part[], pound?: number): void {
  const value = (name: string) => {
    const v = params[name];
    if (v === undefined) throw new Error(`message ${key}: missing parameter {${name}}`);
    return v;
  };
  const num = (name: string) => {
    const v = value(name);
    if (typeof v !== 'number') throw new Error(`message ${key}: {${name}} must be a number`);
    return v;
  };
  for (const n of nodes) {
    if (typeof n === 'string') out.push(n);
    else if (n.kind === 'pound') out.push(formatNumber(lang, pound ?? 0, 1));
    else if (n.kind === 'arg') out.push({ name: n.name, value: String(value(n.name)) });
    else if (n.kind === 'number') out.push({ name: n.name, value: formatNumber(lang, num(n.name), n.digits) });
    else if (n.kind === 'plural') {
      const v = num(n.name);
      const chosen = n.cases[`=${v}`] ?? n.cases[pluralCategory(lang, v)] ?? n.cases.other!;
      render(lang, key, chosen, params, out, v);
    } else {
      const chosen = n.cases[String(value(n.name))] ?? n.cases.other!;
      render(lang, key, chosen, params, out, pound);
    }
  }
}

/** A translator over flat messages ("commune.latest" → text) in one language. */
export function createTranslator<K extends string>(lang: Lang, messages: Readonly<Record<K, string>>): Translator<K> {
  const parsed = new Map<string, Node[]>();
  const parts = (key: K, params: Params = {}): Part[] => {
    let nodes = parsed.get(key);
    if (!nodes) {
      const message = messages[key];
      if (message === undefined) throw new Error(`no message ${key} (${lang})`);
      parsed.set(key, (nodes = parseMessage(message)));
    }
    const out: Part[] = [];
    render(lang, key, nodes, params, out);
    return out;
  };
  const t = (key: K, params?: Params) =>
    parts(key, params)
      .map((p) => (typeof p === 'string' ? p : p.value))
      .join('');
  return Object.assign(t, { lang, parts });
}

const forMessages = new WeakMap<object, Translator<never>>();

/** The translator of a browser client's embedded messages, made once per messages object. */
export function clientTranslator<K extends string>(lang: Lang, messages: Readonly<Record<K, string>>): Translator<K> {
  let t = forMessages.get(messages) as Translator<K> | undefined;
  if (!t) forMessages.set(messages, (t = createTranslator(lang, messages)));
  return t;
}

/** A data text ({ vi, en }) in a language; a missing translation falls back to Vietnamese. */
export function pickText(text: { readonly vi: string; readonly en?: string }, lang: Lang): string {
  return text[lang] || text[DEFAULT_LANG] || '';
}
