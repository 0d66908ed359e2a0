// Unsaved scenario edits, kept for the session: the planner can leave the editor (to compare,
// to look at a home) and come back to the same draft; the compare screen shows drafts too.
// Drafts belong to the open register: opening another file (data version) drops them.
import { useSyncExternalStore } from 'react';
import type { Scenario } from '../../../../main/domain/scenario';
import { useDataVersion } from '../../state/status';

let version = -1;
let drafts = new Map<number, Scenario>();
const listeners = new Set<() => void>();

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

function emit() {
  for (const l of listeners) l();
}

function current(v: number): Map<number, Scenario> {
  if (v !== version) {
    version = v;
    drafts = new Map();
  }
  return drafts;
}

export function useDrafts(): {
  get: (id: number) => Scenario | undefined;
  set: (id: number, s: Scenario) => void;
  clear: (id: number) => void;
} {
  const v = useDataVersion();
  const map = useSyncExternalStore(subscribe, () => (version === v ? drafts : current(v)));
  return {
    get: (id) => map.get(id),
    set: (id, s) => {
      drafts = new Map(current(v)).set(id, s);
      emit();
    },
    clear: (id) => {
      if (!current(v).has(id)) return;
      drafts = new Map(drafts);
      drafts.delete(id);
      emit();
    },
  };
}
