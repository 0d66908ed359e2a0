// The differences on the compare screen: each scenario against «Ingen tiltak» (its own
// horizon and assumptions, no actions) or against one of the compared scenarios. The engine
// and planDifference compute; this hook only chooses what to compare with what.
import { useMemo } from 'react';
import {
  BASELINE_NAME,
  baselineScenario,
  differenceView,
  planDifference,
  runPlan,
  type DifferenceView,
  type PlanResult,
  type RegisterSnapshot,
} from '../../../../../main/domain/scenario';
import { BASELINE_ID } from '../list/ScenarioList';
import type { Compared } from './useCompared';

type Ok = Compared & { result: PlanResult };

export interface ReferenceOption {
  key: string;
  name: string;
}

export interface Differences {
  /** What can be chosen as the reference: «Ingen tiltak» and each compared scenario. */
  options: ReferenceOption[];
  /** The reference in use (falls back to «Ingen tiltak»). */
  reference: string;
  views: { key: string; view: DifferenceView }[];
}

export function useDifferences(
  items: Ok[],
  reference: string | null,
  snapshot: RegisterSnapshot | undefined,
): Differences {
  return useMemo(() => {
    const options: ReferenceOption[] = [
      { key: BASELINE_ID, name: BASELINE_NAME },
      ...items.filter((c) => c.id !== null).map((c) => ({ key: c.key, name: c.name })),
    ];
    const ref = options.some((o) => o.key === reference) ? reference! : BASELINE_ID;
    if (!snapshot) return { options, reference: ref, views: [] };
    if (ref === BASELINE_ID) {
      // Each scenario against doing nothing with its own horizon and assumptions.
      const views = items
        .filter((c) => c.id !== null)
        .flatMap((c) => {
          try {
            const base = runPlan(snapshot, baselineScenario(c.scenario));
            return [{ key: c.key, view: differenceView(planDifference(c.result, base)) }];
          } catch {
            return [];
          }
        });
      return { options, reference: ref, views };
    }
    const against = items.find((c) => c.key === ref)!;
    const views = items
      .filter((c) => c.key !== ref)
      .map((c) => ({ key: c.key, view: differenceView(planDifference(c.result, against.result)) }));
    return { options, reference: ref, views };
  }, [items, reference, snapshot]);
}
