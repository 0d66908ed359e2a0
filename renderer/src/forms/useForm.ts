// Form state: the draft (what the planner typed, kept as typed), and the issues of the last
// attempt to save, split into messages per field and general ones. Also what every form does
// with it: inputs bound to draft fields, and saving (client-side issues, the write, «Lagret»).
import { useState } from 'react';
import type { FieldIssue } from '../../../main/contract/api';
import { FIELD_LABEL } from '../../../main/contract/fields';
import { ApiError } from '../api';
import { runWrite } from '../state/status';
import { notify } from '../state/toast';
import { splitIssues } from './draft';

/** The draft's fields whose value is of type V. */
type KeysOf<D, V> = { [K in keyof D]: D[K] extends V ? K : never }[keyof D] & string;

export function useForm<D extends object>(initial: D, fields: readonly string[]) {
  const [draft, setDraft] = useState(initial);
  const [dirty, setDirty] = useState(false);
  const [issues, setIssues] = useState<FieldIssue[]>([]);

  const set = <K extends keyof D>(key: K, value: D[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setDirty(true);
  };

  const { byField, summary } = splitIssues(issues, fields);

  /** Shows a failed save: field issues next to the inputs, anything else in the summary. */
  const fail = (e: unknown) => {
    if (e instanceof ApiError) {
      setIssues(e.issues.length ? e.issues : [{ field: '', message: e.message }]);
    } else {
      setIssues([{ field: '', message: `Uventet feil: ${String(e)}` }]);
    }
  };

  /**
   * Saves a converted draft: client-side issues stop it before anything is sent; otherwise
   * `write` runs, «Lagret» is shown and `done` gets what was saved. Resolves true on success,
   * false on failure (what FormShell and DialogForm expect of onSubmit).
   */
  const save = async <I, R>(
    converted: { input: I; issues: FieldIssue[] },
    write: (input: I) => Promise<R>,
    done: (saved: R) => void,
  ): Promise<boolean> => {
    if (converted.issues.length) {
      setIssues(converted.issues);
      return false;
    }
    try {
      const saved = await runWrite(() => write(converted.input));
      notify('Lagret');
      done(saved);
      return true;
    } catch (e) {
      fail(e);
      return false;
    }
  };

  /** Props for a text, number, date or select input bound to a field (labelled as the API does). */
  const field = <K extends KeysOf<D, string>>(name: K) => ({
    name,
    label: FIELD_LABEL[name]!,
    value: draft[name] as string,
    onChange: (v: string) => set(name, v as D[K]),
    error: byField[name],
  });

  /** Props for a checkbox bound to a field (labelled as the API does). */
  const checkbox = <K extends KeysOf<D, boolean>>(name: K) => ({
    name,
    label: FIELD_LABEL[name]!,
    checked: draft[name] as boolean,
    onChange: (v: boolean) => set(name, v as D[K]),
    error: byField[name],
  });

  return {
    draft,
    set,
    dirty,
    /** Errors per field name (for the inputs). */
    errors: byField,
    summary,
    save,
    field,
    checkbox,
  };
}
