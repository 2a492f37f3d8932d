/**
 * The one message formatter of the site, for pages and browser clients alike (no dependencies, ~2 KB):
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

export type Params = Record<string, string | number>;

type Node =
  | string
  | { kind: 'arg'; name: string }
  | { kind: 'number'; name: string; digits: number }
  | { kind: 'pound' }
  | { kind: 'plural' | 'select'; name: string; cases: Record<string, Node[]> };

/** A message split at its placeholders: text, and each filled-in value with its parameter name. */
export type Part = string | { name: string; value: string };

export interface Translator<K extends string = string> {
  (key: K, params?: Params): string;
  readonly lang: Lang;
  /** The message as text and values, for markup that wraps values (e.g. code in <code>). */
  parts(key: K, params?: Params): Part[];
}

class Parser {
  private i = 0;
  private readonly src: string;
  constructor(src: string) {
    this.src = src;
  }

  parse(): Node[] {
    const nodes = this.nodes(false);
    if (this.i < this.src.length) this.fail('unexpected }');
    return nodes;
  }

  private fail(why: string): never {
    throw new Error(`message "${this.src}": ${why} at ${this.i}`);
  }

  private nodes(inPlural: boolean): Node[] {
    const out: Node[] = [];
    let text = '';
    while (this.i < this.src.length) {
      const c = this.src[this.i]!;
      if (c === '}') break;
      if (c === "'") {
        // ICU quoting: '' is an apostrophe; '{…}' (or '#' in a plural) is literal text up to the next '.
        const next = this.src[this.i + 1];
        if (next === "'") {
          text += "'";
          this.i += 2;
          continue;
        }
        if (next === '{' || next === '}' || (inPlural && next === '#')) {
          const end = this.src.indexOf("'", this.i + 1);
          if (end < 0) this.fail('unclosed quote');
          text += this.src.slice(this.i + 1, end);
          this.i = end + 1;
          continue;
        }
      }
      if (c === '{' || (c === '#' && inPlural)) {
        if (text) out.push(text);
        text = '';
        if (c === '#') {
          this.i++;
          out.push({ kind: 'pound' });
        } else out.push(this.placeholder(inPlural));
        continue;
      }
      text += c;
      this.i++;
    }
    if (text) out.push(text);
    return out;
  }

  private word(): string {
    const m = /^\s*([^\s,{}]+)\s*/.exec(this.src.slice(this.i));
    if (!m) this.fail('expected a name');
    this.i += m[0].length;
    return m[1]!;
  }

  private placeholder(inPlural: boolean): Node {
    this.i++; // {
    const name = this.word();
    if (this.src[this.i] === '}') {
      this.i++;
      return { kind: 'arg', name };
    }
    if (this.src[this.i++] !== ',') this.fail('expected , or }');
    const type = this.word();
    if (type === 'number') {
      let digits = 1;
      if (this.src[this.i] === ',') {
        this.i++;
        const style = this.word();
        const m = /^::\.(#+)$/.exec(style);
        if (!m) this.fail(`unknown number style ${style}`);
        digits = m[1]!.length;
      }
      if (this.src[this.i++] !== '}') this.fail('expected }');
      return { kind: 'number', name, digits };
    }
    if (type !== 'plural' && type !== 'select') this.fail(`unknown type ${type}`);
    if (this.src[this.i++] !== ',') this.fail('expected ,');
    const cases: Record<string, Node[]> = {};
    while (this.src[this.i] !== '}') {
      const key = this.word();
      if (this.src[this.i++] !== '{') this.fail('expected {');
      cases[key] = this.nodes(inPlural || type === 'plural');
      if (this.src[this.i++] !== '}') this.fail('expected }');
      while (/\s/.test(this.src[this.i] ?? '')) this.i++;
      if (this.i >= this.src.length) this.fail('unclosed {');
    }
    this.i++;
    if (!cases.other) this.fail(`${type} needs an "other" case`);
    return { kind: type, name, cases };
  }
}

/** Parse a message (cached by the translator); throws on a malformed one. */
export function parseMessage(message: string): Node[] {
  return new Parser(message).parse();
}

/** The names of every parameter a message uses, for checking that both languages agree. */
export function messageParams(message: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      if (typeof n === 'string' || n.kind === 'pound') continue;
      names.add(n.name);
      if (n.kind === 'plural' || n.kind === 'select') Object.values(n.cases).forEach(walk);
    }
  };
  walk(parseMessage(message));
  return [...names].sort();
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
