// The planner's «sett» marks on a stored scenario's warnings: read once, replaced by what the
// server answers after each mark or unmark.
import { useState } from 'react';
import type { WarningSeen } from '../../../../../main/contract/warnings';
import { warningKey, type Issue } from '../../../../../main/domain/scenario';
import { call } from '../../../api';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { runWrite } from '../../../state/status';

export interface WarningMarks {
  /** Marks by warning key. */
  seen: Map<string, WarningSeen>;
  /** The mark of a warning, if any. */
  markOf: (w: Issue) => WarningSeen | undefined;
  /** Marks a warning as seen (reason) or removes the mark (null). Throws ApiError on refusal. */
  mark: (w: Issue, reason: string | null) => Promise<void>;
}

export function useWarningMarks(scenarioId: number): WarningMarks {
  const q = useApiQuery('warnings.listSeen', { scenarioId });
  const [written, setWritten] = useState<{ scenarioId: number; list: WarningSeen[] } | null>(null);
  const list = written?.scenarioId === scenarioId ? written.list : (q.data ?? []);
  const seen = new Map(list.map((m) => [m.key, m]));
  return {
    seen,
    markOf: (w) => seen.get(warningKey(w)),
    mark: async (w, reason) => {
      const next = await runWrite(() =>
        call('warnings.setSeen', {
          scenarioId,
          key: warningKey(w),
          code: w.code ?? '',
          reason,
        }),
      );
      setWritten({ scenarioId, list: next });
    },
  };
}
