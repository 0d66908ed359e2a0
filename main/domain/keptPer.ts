// Work kept per object (a register snapshot, a prepared register) and key (rules, rates, a
// horizon). The planner tries values as they type (a rate, a horizon), so each object keeps only
// the results of its most recently used KEPT_KEYS keys; the objects are held weakly, so the
// results go with the snapshot.

/** Results kept per object: the few rates or horizons in use, not every value tried. */
export const KEPT_KEYS = 4;

/** Returns `compute()`'s result for (owner, key), computed once while kept. */
export type Kept<O extends object, V> = (owner: O, key: string, compute: () => V) => V;

/**
 * A store of results per object and key, keeping the last KEPT_KEYS keys used per object.
 * What it returns is shared between callers: they must treat it as read-only.
 */
export function keptPer<O extends object, V>(): Kept<O, V> {
  const kept = new WeakMap<O, Map<string, V>>();
  return (owner, key, compute) => {
    let byKey = kept.get(owner);
    if (!byKey) {
      byKey = new Map();
      kept.set(owner, byKey);
    }
    let value = byKey.get(key);
    if (value !== undefined) {
      byKey.delete(key); // re-inserted below: a Map keeps insertion order, oldest first
    } else {
      value = compute();
      if (byKey.size >= KEPT_KEYS) byKey.delete(byKey.keys().next().value as string);
    }
    byKey.set(key, value);
    return value;
  };
}
