/**
 * The message syntax of the dictionaries: a small subset of ICU MessageFormat, parsed into nodes that
 * translate.ts fills in. {name} · {n, number} · {n, number, ::.##} · {n, plural, =0 {…} one {# …} other {…}}
 * · {k, select, a {…} other {…}}; ICU quoting ('{' is a literal brace, '' an apostrophe). Anything else
 * is an error naming the message and the position, so a typo fails the build and the unit tests.
 */

export type Node =
  | string
  | { kind: 'arg'; name: string }
  | { kind: 'number'; name: string; digits: number }
  | { kind: 'pound' }
  | { kind: 'plural' | 'select'; name: string; cases: Record<string, Node[]> };

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
