// A labelled number input that takes Norwegian input ("4,5", "1 250 000", "850.000",
// "850 000,50"; see parseNorwegianNumber) and keeps what the planner typed while the value it
// stands for is passed up as a number. Percentages are typed as per cent and passed up as
// fractions (4,5 → 0.045). Empty is `undefined`; text that is not a number is NaN (the caller's
// validation may name it; otherwise the field says so). Kroner are rounded to whole kroner.
import { useId, useState } from 'react';
import { formatInteger, formatNumber, parseNorwegianNumber } from '../../../main/domain/format';

export type NumericKind = 'int' | 'year' | 'kr' | 'decimal' | 'percent';

interface Props {
  name: string;
  label: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  kind?: NumericKind;
  suffix?: string | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  placeholder?: string | undefined;
  required?: boolean;
  /** Hide the label visually (tables); it stays the input's accessible name. */
  hideLabel?: boolean;
  className?: string;
}

const SUFFIX: Partial<Record<NumericKind, string>> = { kr: 'kr', percent: '%' };

export function parseNumber(text: string, kind: NumericKind = 'decimal'): number | undefined {
  if (text.trim() === '') return undefined;
  const n = parseNorwegianNumber(text);
  if (n === null) return NaN;
  if (kind === 'percent') return n / 100;
  // Kroner are whole kroner (the engine and the register count in whole kroner).
  return kind === 'kr' ? Math.round(n) : n;
}

export function formatForInput(value: number | undefined, kind: NumericKind = 'decimal'): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  switch (kind) {
    case 'year':
    case 'int':
      return String(value);
    case 'kr':
      return formatInteger(value);
    case 'percent':
      return formatNumber(Number((value * 100).toFixed(8)), 4);
    case 'decimal':
      return formatNumber(value, 4);
  }
}

function same(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  return Math.abs(a - b) < 1e-9;
}

export function NumericField(props: Props) {
  const kind = props.kind ?? 'decimal';
  const base = `n${useId().replace(/:/g, '')}`;
  const ids = { input: `${base}-input`, hint: `${base}-hint`, error: `${base}-error` };
  const [text, setText] = useState(() => formatForInput(props.value, kind));
  const [seen, setSeen] = useState(props.value);
  // The value changed from outside (another field, undo): show it.
  if (!same(props.value, seen)) {
    setSeen(props.value);
    if (!same(parseNumber(text, kind), props.value)) setText(formatForInput(props.value, kind));
  }
  const change = (t: string) => {
    setText(t);
    const v = parseNumber(t, kind);
    setSeen(v);
    props.onChange(v);
  };
  const suffix = props.suffix ?? SUFFIX[kind];
  // Text that is not a number: the caller's message if it has one, else the field's own.
  const error =
    props.error ?? (Number.isNaN(parseNumber(text, kind)) ? `${props.label}: må være et tall` : '');
  const describedBy =
    [props.hint ? ids.hint : null, error ? ids.error : null].filter(Boolean).join(' ') || undefined;
  const input = (
    <input
      id={ids.input}
      type="text"
      inputMode={kind === 'decimal' || kind === 'percent' ? 'decimal' : 'numeric'}
      className="num"
      name={props.name}
      data-field-input={props.name}
      value={text}
      placeholder={props.placeholder}
      autoComplete="off"
      spellCheck={false}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy}
      aria-required={props.required || undefined}
      onChange={(e) => change(e.target.value)}
      onBlur={() => {
        const v = parseNumber(text, kind);
        if (v !== undefined && Number.isFinite(v)) setText(formatForInput(v, kind));
      }}
    />
  );
  return (
    <div
      className={['field', 'numeric-field', error ? 'has-error' : '', props.className ?? '']
        .filter(Boolean)
        .join(' ')}
      data-field={props.name}
    >
      <label
        htmlFor={ids.input}
        className={[props.required ? 'required' : '', props.hideLabel ? 'sr-only' : '']
          .filter(Boolean)
          .join(' ')}
      >
        {props.label}
      </label>
      {suffix ? (
        <div className="input-suffix">
          {input}
          <span aria-hidden="true">{suffix}</span>
        </div>
      ) : (
        input
      )}
      {props.hint && (
        <p className="hint" id={ids.hint}>
          {props.hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={ids.error}>
          {error}
        </p>
      )}
    </div>
  );
}
