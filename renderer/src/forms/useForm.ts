// Form state: the draft (what the planner typed, kept as typed), and the issues of the last
// attempt to save, split into messages per field and general ones.
import { useState } from 'react';
import type { FieldIssue } from '../../../main/contract/api';
import { ApiError } from '../api';
import { splitIssues } from './draft';

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

  return {
    draft,
    set,
    dirty,
    /** Errors per field name (for the inputs). */
    errors: byField,
    summary,
    setIssues,
    fail,
  };
}
