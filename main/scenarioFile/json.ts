// A bounded JSON check before JSON.parse: it finds the first syntax error with its line and
// column (JSON.parse's own English message has neither in Node 20), and refuses nesting and
// value counts no scenario needs before any object is built. Pure: no Node, no DOM.

export interface JsonLimits {
  /** Deepest nesting of objects and arrays. */
  maxDepth: number;
  /** Most values (strings, numbers, objects, arrays …) in the whole text. */
  maxValues: number;
}

export interface JsonProblem {
  /** Norwegian, without the position («uventet tegn «}»»). */
  reason: string;
  /** 1-based. */
  line: number;
  /** 1-based, in characters. */
  column: number;
}

class Stop extends Error {
  constructor(
    readonly reason: string,
    readonly at: number,
  ) {
    super(reason);
  }
}

/** The first problem in `text` as JSON within the limits, or null when JSON.parse will accept it. */
export function findJsonProblem(text: string, limits: JsonLimits): JsonProblem | null {
  let i = 0;
  let values = 0;
  const n = text.length;

  const describe = (at: number) => {
    if (at >= n) return 'uventet slutt på filen';
    const ch = text[at]!;
    const shown = ch === '\n' || ch === '\r' ? 'linjeskift' : ch === '\t' ? 'tabulator' : `«${ch}»`;
    return `uventet tegn ${shown}`;
  };
  const fail = (at: number, reason = describe(at)): never => {
    throw new Stop(reason, at);
  };
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };
  const expect = (ch: string) => {
    if (text[i] !== ch) fail(i);
    i++;
  };
  const literal = (word: string) => {
    for (const ch of word) expect(ch);
  };
  const string = () => {
    const start = i;
    i++; // opening quote
    while (true) {
      if (i >= n) fail(start, 'tekst uten avsluttende anførselstegn');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail(i, 'linjeskift eller kontrolltegn inne i en tekst');
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail(i, 'ugyldig \\u-kode');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail(i, 'ugyldig \\-tegn i en tekst');
      } else i++;
    }
  };
  const digits = () => {
    const start = i;
    while (i < n && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
    if (i === start) fail(i);
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  const value = (depth: number): void => {
    ws();
    if (++values > limits.maxValues) {
      fail(i, `for mange verdier (mer enn ${limits.maxValues.toLocaleString('nb-NO')})`);
    }
    const ch = text[i];
    if (ch === '{' || ch === '[') {
      if (depth + 1 > limits.maxDepth) fail(i, `nestet dypere enn ${limits.maxDepth} nivåer`);
      const close = ch === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) {
        i++;
        return;
      }
      while (true) {
        if (ch === '{') {
          ws();
          if (text[i] !== '"') fail(i);
          string();
          ws();
          expect(':');
        }
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        expect(close);
        return;
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return number();
    fail(i);
  };

  try {
    value(0);
    ws();
    if (i < n) fail(i, `${describe(i)} etter slutten av innholdet`);
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return { reason: e.reason, ...position(text, e.at) };
  }
}

/** 1-based line and column of a character offset. */
export function position(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(at, text.length);
  for (let k = 0; k < end; k++) {
    if (text.charCodeAt(k) === 0x0a) {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
