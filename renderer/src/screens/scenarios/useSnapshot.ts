// The register as the scenario engine reads it ('plan.snapshot'), with lookups by id for the
// screens that show what is behind a figure.
import { useMemo } from 'react';
import type { RegisterSnapshot } from '../../../../main/domain/scenario';
import type { Household, Need, Tenancy, Unit } from '../../../../main/domain/types';
import { useApiQuery } from '../../hooks/useApiQuery';

export interface SnapshotIndex {
  snapshot: RegisterSnapshot;
  units: Map<number, Unit>;
  households: Map<number, Household>;
  needs: Map<number, Need>;
  /** Current tenancy (not moved out) per unit id. */
  tenantOf: Map<number, Tenancy>;
  /** The year after the snapshot's date: the default first plan year. */
  nextYear: number;
}

export function indexSnapshot(snapshot: RegisterSnapshot): SnapshotIndex {
  const tenantOf = new Map<number, Tenancy>();
  for (const t of snapshot.tenancies) if (t.movedOut === null) tenantOf.set(t.unitId, t);
  return {
    snapshot,
    units: new Map(snapshot.units.map((u) => [u.id, u])),
    households: new Map(snapshot.households.map((h) => [h.id, h])),
    needs: new Map(snapshot.needs.map((n) => [n.id, n])),
    tenantOf,
    nextYear: Number(snapshot.asOf.slice(0, 4)) + 1,
  };
}

export function useSnapshot() {
  const q = useApiQuery('plan.snapshot', {});
  const index = useMemo(() => (q.data ? indexSnapshot(q.data) : undefined), [q.data]);
  return { index, error: q.error };
}
