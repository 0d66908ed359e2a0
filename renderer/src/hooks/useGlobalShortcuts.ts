// App-wide keys: "/" or Ctrl+K focuses the list's search box.
import { useEffect } from 'react';
import { SEARCH_ATTR } from '../components/SearchBox';

const isEditable = (el: EventTarget | null) =>
  el instanceof HTMLElement &&
  (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const ctrlK = (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k';
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isEditable(e.target);
      if (!ctrlK && !slash) return;
      if (document.querySelector('dialog[open]')) return;
      const box = document.querySelector<HTMLInputElement>(`[${SEARCH_ATTR}]`);
      if (!box) return;
      e.preventDefault();
      box.focus();
      box.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
