// Short confirmations ("Lagret", "Slettet") shown in a polite live region.
import { useSyncExternalStore } from 'react';

export interface Toast {
  id: number;
  text: string;
}

let current: Toast | null = null;
let nextId = 1;
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

const emit = () => listeners.forEach((l) => l());

export function notify(text: string, ms = 3500): void {
  current = { id: nextId++, text };
  clearTimeout(timer);
  timer = setTimeout(() => {
    current = null;
    emit();
  }, ms);
  emit();
}

export function useToast(): Toast | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
