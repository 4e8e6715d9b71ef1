// A small parser for Cypher-ish literals (numbers, 'strings', "strings", lists, maps,
// true/false/null) used by the console's `:param` commands: no eval, never throws.
export type Literal = null | boolean | number | string | Literal[] | { [key: string]: Literal };

export type LiteralResult = { ok: true; value: Literal } | { ok: false; error: string };

const MAX_DEPTH = 64;
const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;
const NUMBER = /-?(?:0x[0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/y;
const ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", "\\": "\\", "'": "'", '"': '"' };

class Fail extends Error {}

class Reader {
  pos = 0;
  constructor(readonly src: string) {}

  fail(what: string): never {
    throw new Fail(`${what} at position ${this.pos + 1}`);
  }
  skipSpace(): void {
    while (this.pos < this.src.length) {
      if (/\s/.test(this.src[this.pos]!)) this.pos++;
      else if (this.src.startsWith("//", this.pos)) {
        const nl = this.src.indexOf("\n", this.pos);
        this.pos = nl < 0 ? this.src.length : nl + 1;
      } else break;
    }
  }
  sticky(re: RegExp): string | null {
    re.lastIndex = this.pos;
    const m = re.exec(this.src);
    if (!m) return null;
    this.pos += m[0].length;
    return m[0];
  }
  eat(ch: string): boolean {
    this.skipSpace();
    if (this.src[this.pos] !== ch) return false;
    this.pos++;
    return true;
  }

  value(depth: number): Literal {
    if (depth > MAX_DEPTH) this.fail("nesting too deep");
    this.skipSpace();
    const ch = this.src[this.pos];
    if (ch === undefined) this.fail("expected a value");
    if (ch === "'" || ch === '"') return this.string(ch);
    if (ch === "[") return this.list(depth);
    if (ch === "{") return this.map(depth);
    if (ch === "-" || ch === "." || /\d/.test(ch)) return this.number();
    const word = this.sticky(IDENT);
    if (word !== null) {
      const lower = word.toLowerCase();
      if (lower === "true") return true;
      if (lower === "false") return false;
      if (lower === "null") return null;
      this.pos -= word.length;
      this.fail(`unexpected '${word}' (only literals are allowed: numbers, strings, lists, maps, true, false, null)`);
    }
    this.fail(`unexpected '${ch}'`);
  }

  number(): number {
    const start = this.pos;
    const text = this.sticky(NUMBER);
    if (text === null || text === "-" || text === "." || text === "-.") {
      this.pos = start;
      this.fail("expected a number");
    }
    const neg = text.startsWith("-");
    const body = neg ? text.slice(1) : text;
    const n = body.startsWith("0x") ? parseInt(body.slice(2), 16) : Number(body);
    if (!Number.isFinite(n)) {
      this.pos = start;
      this.fail("number out of range");
    }
    return neg ? -n : n;
  }

  string(quote: string): string {
    this.pos++;
    let out = "";
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos++]!;
      if (ch === quote) return out;
      if (ch !== "\\") {
        out += ch;
        continue;
      }
      const esc = this.src[this.pos++];
      if (esc === undefined) break;
      if (esc === "u") {
        const hex = this.src.slice(this.pos, this.pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail("bad \\u escape");
        out += String.fromCharCode(parseInt(hex, 16));
        this.pos += 4;
      } else if (esc in ESCAPES) out += ESCAPES[esc];
      else this.fail(`bad escape '\\${esc}'`);
    }
    this.fail("unterminated string");
  }

  list(depth: number): Literal[] {
    this.pos++;
    const out: Literal[] = [];
    if (this.eat("]")) return out;
    do out.push(this.value(depth + 1));
    while (this.eat(","));
    if (!this.eat("]")) this.fail("expected ',' or ']'");
    return out;
  }

  key(): string {
    this.skipSpace();
    const ch = this.src[this.pos];
    if (ch === "'" || ch === '"') return this.string(ch);
    if (ch === "`") {
      const end = this.src.indexOf("`", this.pos + 1);
      if (end < 0) this.fail("unterminated `name`");
      const name = this.src.slice(this.pos + 1, end);
      this.pos = end + 1;
      return name;
    }
    const word = this.sticky(IDENT);
    if (word === null) this.fail("expected a key");
    return word;
  }

  map(depth: number): { [key: string]: Literal } {
    this.pos++;
    const out: { [key: string]: Literal } = Object.create(null);
    if (this.eat("}")) return { ...out };
    do {
      const k = this.key();
      if (!this.eat(":")) this.fail("expected ':' after a key");
      out[k] = this.value(depth + 1);
    } while (this.eat(","));
    if (!this.eat("}")) this.fail("expected ',' or '}'");
    return { ...out };
  }
}

/** Parse one literal; the whole text must be that literal (an optional trailing ';' is allowed). */
export function parseLiteral(src: string): LiteralResult {
  const r = new Reader(src);
  try {
    const value = r.value(0);
    r.eat(";");
    r.skipSpace();
    if (r.pos < src.length) r.fail(`unexpected '${src[r.pos]}' after the value`);
    return { ok: true, value };
  } catch (err) {
    if (err instanceof Fail) return { ok: false, error: err.message };
    return { ok: false, error: `cannot parse the value (${String(err)})` };
  }
}

/** Parse a parameter name: an identifier or a `backticked name`; returns it and the rest. */
export function parseName(src: string): { name: string; rest: string } | null {
  const m = /^\s*(?:`([^`]+)`|([A-Za-z_][A-Za-z0-9_]*))/.exec(src);
  if (!m) return null;
  return { name: m[1] ?? m[2]!, rest: src.slice(m[0].length) };
}
