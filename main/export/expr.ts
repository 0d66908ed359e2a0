// Formulas that know their own value. Every expression carries the spreadsheet formula text
// (English function names, comma separators, as stored in OOXML) and the value JavaScript
// computes for it with the same operations in the same order, so the export can check that
// a formula reproduces the engine's figure before it writes it (see model.ts).
//
// Cells are referenced by Node; a node's address is known only when a sheet places it, so a
// formula holds a token (⟦id⟧) that book.ts replaces with the address when the file is written.
import { roundKr } from '../domain/scenario/money';

/** Operator precedence as in Excel (higher binds tighter). Unary minus is always bracketed. */
const enum P {
  CMP = 1,
  ADD = 2,
  MUL = 3,
  POW = 4,
  ATOM = 5,
}

export interface X {
  /** Formula text without the leading '='. */
  readonly f: string;
  /** The value of the formula, computed like the engine computes it. */
  readonly v: number;
  readonly p: P;
  /** True when the value is whole kroner by construction (a ROUND, or a sum of such). */
  readonly int: boolean;
}

/** A cell of the workbook: a value or a formula, placed by a sheet writer. */
export class Node {
  formula: string | null = null;
  /** Sheet name, row and column (1-based) once placed. */
  at: { sheet: string; row: number; col: number } | null = null;

  constructor(
    readonly id: number,
    public value: number | string | null,
    public int: boolean,
  ) {}

  get num(): number {
    return typeof this.value === 'number' ? this.value : 0;
  }
}

export const TOKEN = /\u27e6(\d+)\u27e7/g;

export function token(n: Node): string {
  return `\u27e6${n.id}\u27e7`;
}

const wrap = (x: X, min: P): string => (x.p < min ? `(${x.f})` : x.f);

function literal(v: number): string {
  if (!Number.isFinite(v)) throw new RangeError(`Ugyldig tall i formel: ${v}`);
  const s = String(v);
  if (/e/i.test(s)) throw new RangeError(`Tallet ${s} kan ikke skrives i en formel`);
  return s;
}

export function num(v: number): X {
  const s = literal(v);
  return { f: v < 0 ? `(${s})` : s, v, p: P.ATOM, int: Number.isInteger(v) };
}

export function ref(n: Node): X {
  return { f: token(n), v: n.num, p: P.ATOM, int: n.int };
}

/** A workbook defined name (Rente_1 …) holding `v`. */
export function name(nm: string, v: number): X {
  return { f: nm, v, p: P.ATOM, int: Number.isInteger(v) };
}

function bin(op: string, prec: P, a: X, b: X, v: number, int: boolean): X {
  // The right operand is bracketed at equal precedence, so a − (b − c) and a·(b·c) keep their
  // grouping and the spreadsheet evaluates in the engine's order.
  return { f: `${wrap(a, prec)}${op}${wrap(b, (prec + 1) as P)}`, v, p: prec, int };
}

export const add = (a: X, b: X): X => bin('+', P.ADD, a, b, a.v + b.v, a.int && b.int);
export const sub = (a: X, b: X): X => bin('-', P.ADD, a, b, a.v - b.v, a.int && b.int);
export const mul = (a: X, b: X): X => bin('*', P.MUL, a, b, a.v * b.v, a.int && b.int);
export const div = (a: X, b: X): X => bin('/', P.MUL, a, b, a.v / b.v, false);
export const pow = (a: X, b: X): X => bin('^', P.POW, a, b, Math.pow(a.v, b.v), false);

export function neg(a: X): X {
  return { f: `(-${wrap(a, P.ATOM)})`, v: -a.v, p: P.ATOM, int: a.int };
}

function fn(nm: string, args: X[], v: number, int: boolean): X {
  return { f: `${nm}(${args.map((a) => a.f).join(',')})`, v, p: P.ATOM, int };
}

/**
 * The engine's roundKr nudges by 1e-12 (relative) before rounding, so a half krone that binary
 * floating point stores a hair below .5 (17 000 × 12 × 1,025² = 214 327,49999999997) still rounds
 * away from zero. Excel's ROUND corrects such values itself, LibreOffice's does not; formulas
 * therefore multiply by this named constant (a cell on Forutsetninger) inside ROUND, which is
 * exactly roundKr: ROUND(x*Avrunding,0).
 */
export const ROUNDING_NAME = 'Avrunding';
export const ROUNDING = 1 + 1e-12;

/** Formula text rounding `inner` (a product, or bracketed) like roundKr. */
export function roundText(inner: string): string {
  return `ROUND(${inner}*${ROUNDING_NAME},0)`;
}

/** Whole kroner, half away from zero: roundKr(x), as ROUND(x*Avrunding,0). */
export const round = (a: X): X =>
  a.int ? a : fn('ROUND', [mul(a, name(ROUNDING_NAME, ROUNDING)), num(0)], roundKr(a.v), true);
export const min = (a: X, b: X): X => fn('MIN', [a, b], Math.min(a.v, b.v), a.int && b.int);
export const max = (a: X, b: X): X => fn('MAX', [a, b], Math.max(a.v, b.v), a.int && b.int);

/** a + b + c …, left to right (as the engine adds into its buffers). */
export function sum(xs: X[]): X {
  if (xs.length === 0) return num(0);
  return xs.slice(1).reduce((acc, x) => add(acc, x), xs[0]!);
}

/** Plain formula text with a value, for formulas built by hand (IF, comparisons). */
export function raw(f: string, v: number, int = false): X {
  return { f, v, p: P.ATOM, int };
}

/** Bracketed formula text of an expression, for use inside hand-built formulas. */
export function paren(x: X): string {
  return x.p === P.ATOM ? x.f : `(${x.f})`;
}
