// Runs the scenario engine in the renderer: validate, then runPlan, ~100 ms after the last
// change. While a change is pending the app counts as loading (tests wait for "ready").
// With errors the last valid result stays on screen (marked as such) next to the issues.
import { useMemo, useState } from 'react';
import {
  baselineScenario,
  differenceView,
  planDifference,
  runPlan,
  validateScenario,
  type Issue,
  type PlanResult,
  type RegisterSnapshot,
  type DifferenceView,
  type Scenario,
} from '../../../../main/domain/scenario';
import { useDebounced } from '../../hooks/useDebounced';
import { useBusy } from '../../state/status';

export interface PlanState {
  /** The result for the current scenario, or the last valid one (see `stale`). */
  result: PlanResult | null;
  baseline: PlanResult | null;
  /** The result against «Ingen tiltak» (same horizon and assumptions, no actions). */
  difference: DifferenceView | null;
  /** Errors and warnings for the current scenario. */
  issues: Issue[];
  errors: Issue[];
  /** The result shown belongs to an earlier version (the current one has errors). */
  stale: boolean;
  /** The engine failed for another reason (shown as a message). */
  failure: string | null;
}

interface Computed {
  result: PlanResult | null;
  issues: Issue[];
  failure: string | null;
}

export function computePlan(snapshot: RegisterSnapshot, scenario: Scenario): Computed {
  // As the form saves: a grant above the cost is an error here (the engine would cap it).
  const issues = validateScenario(scenario, snapshot, { forSaving: true });
  if (issues.some((i) => i.severity === 'error')) return { result: null, issues, failure: null };
  try {
    const result = runPlan(snapshot, scenario);
    // The engine's own warnings (e.g. a sold home without loan or grant data) beside the form's.
    const seen = new Set(issues.map((i) => i.message));
    const engine = result.warnings.filter((w) => !seen.has(w.message));
    return { result, issues: [...issues, ...engine], failure: null };
  } catch (e) {
    return { result: null, issues, failure: e instanceof Error ? e.message : String(e) };
  }
}

function baselineOf(snapshot: RegisterSnapshot, s: Scenario): PlanResult | null {
  try {
    return runPlan(snapshot, baselineScenario(s));
  } catch {
    return null;
  }
}

export function usePlan(snapshot: RegisterSnapshot | undefined, scenario: Scenario | undefined) {
  const settled = useDebounced(scenario, 100);
  useBusy(settled !== scenario);
  const computed = useMemo(
    () => (snapshot && settled ? computePlan(snapshot, settled) : null),
    [snapshot, settled],
  );
  const { startYear, years, assumptions } = settled ?? {};
  const baseline = useMemo(
    () =>
      snapshot && startYear !== undefined && years !== undefined && assumptions
        ? baselineOf(snapshot, { name: '', startYear, years, assumptions, actions: [] })
        : null,
    [snapshot, startYear, years, assumptions],
  );
  const [last, setLast] = useState<PlanResult | null>(null);
  if (computed?.result && computed.result !== last) setLast(computed.result);
  const issues = computed?.issues ?? [];
  const result = computed?.result ?? last;
  const difference = useMemo(
    () => (result && baseline ? differenceView(planDifference(result, baseline)) : null),
    [result, baseline],
  );
  const state: PlanState = {
    result,
    baseline,
    difference,
    issues,
    errors: issues.filter((i) => i.severity === 'error'),
    stale: computed !== null && computed.result === null && last !== null,
    failure: computed?.failure ?? null,
  };
  return state;
}
