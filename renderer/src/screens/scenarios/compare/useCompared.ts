// The scenarios on the compare screen: «Ingen tiltak» and stored scenarios (a draft with
// unsaved changes is shown as it is in the editor), each run through the engine.
import { useEffect, useMemo, useState } from 'react';
import type { StoredScenario } from '../../../../../main/contract/api';
import {
  BASELINE_NAME,
  baselineScenario,
  DEFAULT_ASSUMPTIONS,
  type Issue,
  type PlanResult,
  type Scenario,
} from '../../../../../main/domain/scenario';
import { ApiError, call } from '../../../api';
import { useBusy, useDataVersion, useFailed } from '../../../state/status';
import { useDrafts } from '../drafts';
import { BASELINE_ID } from '../list/ScenarioList';
import { computePlan } from '../usePlan';
import type { SnapshotIndex } from '../useSnapshot';

export interface Compared {
  key: string;
  /** Stored id, or null for the baseline. */
  id: number | null;
  name: string;
  scenario: Scenario;
  draft: boolean;
  result: PlanResult | null;
  errors: Issue[];
}

interface Loaded {
  key: string;
  data?: StoredScenario[];
  error: ApiError | null;
}

function useStored(ids: number[]) {
  const version = useDataVersion();
  const key = `${ids.join(',')}|${version}`;
  const [loaded, setLoaded] = useState<Loaded>({ key: '', error: null });
  useEffect(() => {
    let current = true;
    const list = key.split('|')[0]!.split(',').filter(Boolean).map(Number);
    Promise.all(list.map((id) => call('scenarios.get', { id }))).then(
      (data) => current && setLoaded({ key, data, error: null }),
      (e: unknown) =>
        current &&
        setLoaded({
          key,
          error:
            e instanceof ApiError
              ? e
              : new ApiError({ code: 'internal', message: String(e), issues: [] }),
        }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  const fresh = loaded.key === key;
  useBusy(!fresh);
  useFailed(fresh && loaded.error !== null);
  return fresh ? loaded : { key, error: null };
}

/** `keys`: «ingen» for the baseline, or stored ids. */
export function useCompared(keys: string[], index: SnapshotIndex | undefined) {
  const ids = keys.filter((k) => k !== BASELINE_ID).map(Number);
  const stored = useStored(ids);
  const drafts = useDrafts();
  // At most four scenarios: their drafts are the memo's inputs one by one.
  const [d0, d1, d2, d3] = ids.map((id) => drafts.get(id));
  const joined = keys.join(',');
  const items = useMemo<Compared[] | null>(() => {
    const draftList = [d0, d1, d2, d3];
    // No ids (e.g. opened from the sidebar): an empty selection, not [''].
    const keys = joined ? joined.split(',') : [];
    const ids = keys.filter((k) => k !== BASELINE_ID).map(Number);
    if (!index || !stored.data) return null;
    const byId = new Map(stored.data.map((s) => [s.id, s]));
    const scenarios = ids.flatMap((id, i) => {
      const s = byId.get(id);
      const scenario = draftList[i] ?? s?.scenario;
      return scenario ? [{ id, scenario, draft: draftList[i] !== undefined }] : [];
    });
    const reference = scenarios[0]?.scenario ?? {
      name: BASELINE_NAME,
      startYear: index.nextYear,
      years: 4,
      assumptions: DEFAULT_ASSUMPTIONS,
      actions: [],
    };
    return keys.flatMap((k) => {
      const entry =
        k === BASELINE_ID
          ? { id: null, scenario: baselineScenario(reference), draft: false }
          : scenarios.find((s) => String(s.id) === k);
      if (!entry) return [];
      const c = computePlan(index.snapshot, entry.scenario);
      return [
        {
          key: k,
          id: entry.id,
          name: entry.scenario.name,
          scenario: entry.scenario,
          draft: entry.draft,
          result: c.result,
          errors: c.issues.filter((i) => i.severity === 'error'),
        },
      ];
    });
  }, [index, stored.data, joined, d0, d1, d2, d3]);
  return { items, error: stored.error, reference: ids[0] ?? null };
}
