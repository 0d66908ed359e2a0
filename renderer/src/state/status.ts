// App-wide status for the root's data-app-state attribute: how many screens are loading,
// whether a write is in flight, whether the current screen failed to load. Also the data
// version, bumped when the shell switches register so every mounted query fetches again.
// Writes do not bump it: a screen fetches when it mounts, and a screen that stays in place
// after a write reloads its own query (no re-fetch storms).
import { useLayoutEffect, useSyncExternalStore } from 'react';

interface Status {
  busy: number;
  saving: number;
  failed: number;
  dataVersion: number;
}

let status: Status = { busy: 0, saving: 0, failed: 0, dataVersion: 0 };
const listeners = new Set<() => void>();

function update(change: (s: Status) => Partial<Status>): void {
  status = { ...status, ...change(status) };
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useStatus(): Status {
  return useSyncExternalStore(subscribe, () => status);
}

export function useDataVersion(): number {
  return useSyncExternalStore(subscribe, () => status.dataVersion);
}

/** Marks the app as loading while `active` is true (layout effect: no "ready" flash). */
export function useBusy(active: boolean): void {
  useLayoutEffect(() => {
    if (!active) return;
    update((s) => ({ busy: s.busy + 1 }));
    return () => update((s) => ({ busy: s.busy - 1 }));
  }, [active]);
}

/** Marks the app as failed while `active` is true (the current screen could not load). */
export function useFailed(active: boolean): void {
  useLayoutEffect(() => {
    if (!active) return;
    update((s) => ({ failed: s.failed + 1 }));
    return () => update((s) => ({ failed: s.failed - 1 }));
  }, [active]);
}

/** Runs a write; the app is "saving" meanwhile. */
export async function runWrite<T>(write: () => Promise<T>): Promise<T> {
  update((s) => ({ saving: s.saving + 1 }));
  try {
    return await write();
  } finally {
    update((s) => ({ saving: s.saving - 1 }));
  }
}

/** Everything shown may be stale (another register was opened): fetch again. */
export function invalidateAll(): void {
  update((s) => ({ dataVersion: s.dataVersion + 1 }));
}
