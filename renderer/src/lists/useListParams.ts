// A list's state lives in the URL query (#/boliger?status=ledig&sort=rentMonthly&dir=desc),
// so a reload or a link from the overview lands on the same rows. This turns it into the
// API's list input and gives setters that update the URL.
import type { Option } from '../display';
import { replaceQuery, type Route } from '../state/router';
import type { SortDir } from '../components/DataTable';

export const PAGE_SIZE = 100;

export interface FilterDef {
  /** The API's filter name, also the URL parameter. */
  key: string;
  label: string;
  kind: 'enum' | 'bool' | 'int';
  options: Option[];
}

export interface ListParams {
  search: string;
  sort: string;
  dir: SortDir;
  offset: number;
  filters: Record<string, string>;
  /** The input for the list method. */
  input: Record<string, string | number | boolean>;
  setSearch: (text: string) => void;
  setFilter: (key: string, value: string) => void;
  toggleSort: (sortKey: string) => void;
  setPage: (page: number) => void;
  clear: () => void;
}

function parse(def: FilterDef, raw: string): string | number | boolean | undefined {
  if (!def.options.some((o) => o.value === raw)) return undefined;
  if (def.kind === 'bool') return raw === 'true';
  if (def.kind === 'int') return Number(raw);
  return raw;
}

export function useListParams(
  route: Route,
  filterDefs: FilterDef[],
  defaultSort: string,
  defaultDir: SortDir = 'asc',
): ListParams {
  const q = route.query;
  const search = q.get('search') ?? '';
  const sort = q.get('sort') ?? defaultSort;
  const dir: SortDir =
    q.get('dir') === 'desc' ? 'desc' : q.get('dir') === 'asc' ? 'asc' : defaultDir;
  const page = Math.max(1, Number(q.get('side')) || 1);
  const offset = (page - 1) * PAGE_SIZE;

  const filters: Record<string, string> = {};
  const input: Record<string, string | number | boolean> = { sort, dir, offset, limit: PAGE_SIZE };
  if (search) input.search = search;
  for (const def of filterDefs) {
    const raw = q.get(def.key) ?? '';
    const value = parse(def, raw);
    if (value === undefined) continue;
    filters[def.key] = raw;
    input[def.key] = value;
  }

  return {
    search,
    sort,
    dir,
    offset,
    filters,
    input,
    setSearch: (text) => replaceQuery({ search: text, side: null }),
    setFilter: (key, value) => replaceQuery({ [key]: value, side: null }),
    toggleSort: (key) =>
      replaceQuery({
        sort: key,
        dir: key === sort ? (dir === 'asc' ? 'desc' : 'asc') : 'asc',
        side: null,
      }),
    setPage: (p) => replaceQuery({ side: p > 1 ? String(p) : null }),
    clear: () =>
      replaceQuery({
        search: null,
        side: null,
        ...Object.fromEntries(filterDefs.map((d) => [d.key, null])),
      }),
  };
}
