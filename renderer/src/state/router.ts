// Hash routing: #/boliger/12?status=ledig. The hash is the single source of truth for where
// the planner is, so a reload keeps the screen, the filters and the page.
import { useMemo, useSyncExternalStore } from 'react';

export interface Route {
  /** Path segments, e.g. ['boliger', '12']. */
  parts: string[];
  /** The path without the query, e.g. '/boliger/12'. */
  path: string;
  query: URLSearchParams;
}

const LOCAL_EVENT = 'boligplan:route';

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  window.addEventListener(LOCAL_EVENT, listener);
  return () => {
    window.removeEventListener('hashchange', listener);
    window.removeEventListener(LOCAL_EVENT, listener);
  };
}

const getHash = () => window.location.hash;

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?', 2);
  const parts = pathPart
    .split('/')
    .filter(Boolean)
    .map((p) => decodeURIComponent(p));
  return { parts, path: `/${parts.join('/')}`, query: new URLSearchParams(queryPart) };
}

/** The current route; re-renders when the hash changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash);
  return useMemo(() => parseHash(hash), [hash]);
}

/** Builds a hash link: href('/boliger', { status: 'ledig' }) → '#/boliger?status=ledig'. */
export function href(path: string, query?: Record<string, string | number | boolean | null>) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== null && v !== '') q.set(k, String(v));
  const qs = q.toString();
  return `#${path}${qs ? `?${qs}` : ''}`;
}

/** Goes to a new place (a history entry, so Back works). */
export function navigate(target: string): void {
  const hash = target.startsWith('#') ? target : `#${target}`;
  if (window.location.hash !== hash) window.location.hash = hash;
}

/** Changes the query of the current place without a history entry (filters, search, paging). */
export function replaceQuery(changes: Record<string, string | null>): void {
  const route = parseHash(window.location.hash);
  const q = new URLSearchParams(route.query);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === '') q.delete(k);
    else q.set(k, v);
  }
  const qs = q.toString();
  const hash = `#${route.path}${qs ? `?${qs}` : ''}`;
  if (hash === window.location.hash) return;
  window.history.replaceState(window.history.state, '', hash);
  window.dispatchEvent(new Event(LOCAL_EVENT));
}

/** Goes to a place without a history entry (redirects). */
export function replaceRoute(path: string): void {
  window.history.replaceState(window.history.state, '', `#${path}`);
  window.dispatchEvent(new Event(LOCAL_EVENT));
}

// The entry before the current one, to return to it instead of stacking a duplicate (leaving
// an edit form goes back to the record, deleting goes back to the filtered list).
let currentHash = window.location.hash;
let previousHash: string | null = null;
window.addEventListener('hashchange', () => {
  if (parseHash(window.location.hash).path !== parseHash(currentHash).path) {
    previousHash = currentHash;
  }
  currentHash = window.location.hash;
});
window.addEventListener(LOCAL_EVENT, () => {
  // Replaced in place: the entry before stays the same.
  currentHash = window.location.hash;
});

/** Leaves the current screen for `path`: Back if that is where we came from, else replace. */
export function leaveTo(path: string): void {
  if (previousHash !== null && parseHash(previousHash).path === path) window.history.back();
  else replaceRoute(path);
}
