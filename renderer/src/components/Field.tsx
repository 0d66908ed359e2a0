// Labelled form inputs. Every input has a <label for>, and an error is shown next to it and
// tied to it with aria-invalid and aria-describedby.
import { type ReactNode, useId } from 'react';
import type { Option } from '../display';

interface Common {
  name: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
  /** Wider fields span two grid columns. */
  wide?: boolean;
}

function useIds(name: string) {
  const base = `${useId().replace(/:/g, '')}-${name}`;
  return { input: `f${base}`, hint: `f${base}-hint`, error: `f${base}-error` };
}

function describedBy(ids: { hint: string; error: string }, hint?: string, error?: string) {
  return [hint ? ids.hint : null, error ? ids.error : null].filter(Boolean).join(' ') || undefined;
}

function Shell(props: {
  ids: ReturnType<typeof useIds>;
  common: Common;
  suffix?: string | undefined;
  children: ReactNode;
  checkbox?: boolean;
}) {
  const { ids, common, suffix, children, checkbox } = props;
  const cls = [
    'field',
    common.wide ? 'field-wide' : '',
    checkbox ? 'field-checkbox' : '',
    common.error ? 'has-error' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const label = (
    // The required mark is CSS (with empty alt text), so the label's text is the field's name.
    <label htmlFor={ids.input} className={common.required && !checkbox ? 'required' : undefined}>
      {common.label}
    </label>
  );
  return (
    <div className={cls} data-field={common.name}>
      {checkbox ? (
        <div className="checkbox-row">
          {children}
          {label}
        </div>
      ) : (
        <>
          {label}
          {suffix ? (
            <div className="input-suffix">
              {children}
              <span aria-hidden="true">{suffix}</span>
            </div>
          ) : (
            children
          )}
        </>
      )}
      {common.hint && (
        <p className="hint" id={ids.hint}>
          {common.hint}
        </p>
      )}
      {common.error && (
        <p className="field-error" id={ids.error}>
          {common.error}
        </p>
      )}
    </div>
  );
}

function inputProps(ids: ReturnType<typeof useIds>, c: Common) {
  return {
    id: ids.input,
    name: c.name,
    'aria-invalid': c.error ? true : undefined,
    'aria-describedby': describedBy(ids, c.hint, c.error),
    'aria-required': c.required || undefined,
    'data-field-input': c.name,
  };
}

export function TextField(
  props: Common & {
    value: string;
    onChange: (v: string) => void;
    maxLength?: number;
    placeholder?: string;
    autoComplete?: string;
  },
) {
  const ids = useIds(props.name);
  return (
    <Shell ids={ids} common={props}>
      <input
        type="text"
        {...inputProps(ids, props)}
        value={props.value}
        maxLength={props.maxLength}
        placeholder={props.placeholder}
        autoComplete={props.autoComplete ?? 'off'}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </Shell>
  );
}

export function NumberField(
  props: Common & {
    value: string;
    onChange: (v: string) => void;
    /** Shown after the input, e.g. "kr" or "m²". */
    suffix?: string;
    step?: number;
  },
) {
  const ids = useIds(props.name);
  return (
    <Shell ids={ids} common={props} suffix={props.suffix}>
      <input
        type="number"
        inputMode={props.step && props.step < 1 ? 'decimal' : 'numeric'}
        className="num"
        {...inputProps(ids, props)}
        value={props.value}
        step={props.step ?? 1}
        // A focused number input changes its value on the mouse wheel; scroll the page instead.
        onWheel={(e) => e.currentTarget.blur()}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </Shell>
  );
}

export function DateField(props: Common & { value: string; onChange: (v: string) => void }) {
  const ids = useIds(props.name);
  return (
    <Shell ids={ids} common={props}>
      <input
        type="date"
        {...inputProps(ids, props)}
        value={props.value}
        min="1900-01-01"
        max="2199-12-31"
        onChange={(e) => props.onChange(e.target.value)}
      />
    </Shell>
  );
}

export function SelectField(
  props: Common & {
    value: string;
    onChange: (v: string) => void;
    options: Option[];
    /** Label of an empty first choice (value ''), e.g. "Ikke angitt". */
    empty?: string;
  },
) {
  const ids = useIds(props.name);
  return (
    <Shell ids={ids} common={props}>
      <select
        {...inputProps(ids, props)}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.empty !== undefined && <option value="">{props.empty}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Shell>
  );
}

export function CheckboxField(
  props: Common & { checked: boolean; onChange: (v: boolean) => void },
) {
  const ids = useIds(props.name);
  return (
    <Shell ids={ids} common={props} checkbox>
      <input
        type="checkbox"
        {...inputProps(ids, props)}
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
    </Shell>
  );
}

export function TextAreaField(
  props: Common & {
    value: string;
    onChange: (v: string) => void;
    rows?: number;
    maxLength?: number;
  },
) {
  const ids = useIds(props.name);
  return (
    <Shell ids={ids} common={{ ...props, wide: props.wide ?? true }}>
      <textarea
        {...inputProps(ids, props)}
        value={props.value}
        rows={props.rows ?? 3}
        maxLength={props.maxLength}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </Shell>
  );
}
