// The register as the scenario engine reads it ('plan.snapshot'), with lookups by id for the
// screens that show what is behind a figure. At Oslo's size the snapshot is ~10 MB: it is
// fetched once and shared by every screen until the register changes ('plan.revision', a
// cheap call, says when; opening another file or restoring a backup bumps the data version).
import { useEffect, useMemo, useState } from 'react';
import type { RegisterSnapshot } from '../../../../main/domain/scenario';
import type { Household, Need, Tenancy, Unit } from '../../../../main/domain/types';
import { ApiError, call } from '../../api';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useBusy, useDataVersion, useFailed } from '../../state/status';

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

/** The one snapshot kept in memory, with the revision it belongs to. */
let cached: { key: string; index: Promise<SnapshotIndex> } | null = null;

function snapshotFor(key: string): Promise<SnapshotIndex> {
  if (cached?.key !== key) {
    const index = call('plan.snapshot', {}).then(indexSnapshot);
    cached = { key, index };
    // A failed fetch is not kept: the next screen tries again.
    index.catch(() => {
      if (cached?.index === index) cached = null;
    });
  }
  return cached.index;
}

export function useSnapshot() {
  const version = useDataVersion();
  const revision = useApiQuery('plan.revision', {});
  const key = revision.data ? `${version}|${revision.data.revision}` : null;
  const [loaded, setLoaded] = useState<{
    key: string;
    index?: SnapshotIndex;
    error: ApiError | null;
  } | null>(null);

  useEffect(() => {
    if (key === null) return;
    let current = true;
    snapshotFor(key).then(
      (index) => current && setLoaded({ key, index, error: null }),
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

  const fresh = loaded !== null && loaded.key === key;
  useBusy(key !== null && !fresh);
  const error = revision.error ?? (fresh ? loaded.error : null);
  useFailed(fresh && loaded.error !== null);
  // The last index stays on screen while a newer one loads.
  const index = useMemo(() => loaded?.index, [loaded]);
  return { index, error };
}
