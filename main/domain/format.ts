// Norwegian display formats: 1 234 567 kr, 12,5 %, 31.12.2026.
// Uses a plain space as the thousands separator (no-NO uses U+00A0) so text is searchable.

const NBSP = /\u00a0|\u202f/g;

// Intl.NumberFormat is slow to construct (tens of µs): keep one per option set.
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(minDecimals: number, maxDecimals: number): Intl.NumberFormat {
  const key = `${minDecimals}:${maxDecimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('nb-NO', {
      minimumFractionDigits: minDecimals,
      maximumFractionDigits: maxDecimals,
    });
    formatters.set(key, f);
  }
  return f;
}

export function formatInteger(n: number): string {
  return numberFormat(0, 0).format(n).replace(NBSP, ' ').replace('\u2212', '-');
}

export function formatKr(n: number): string {
  return `${formatInteger(Math.round(n))} kr`;
}

export function formatNumber(n: number, decimals = 1): string {
  return numberFormat(0, decimals).format(n).replace(NBSP, ' ').replace('\u2212', '-');
}

export function formatPercent(fraction: number, decimals = 1): string {
  return `${numberFormat(decimals, decimals)
    .format(fraction * 100)
    .replace(NBSP, ' ')
    .replace('\u2212', '-')} %`;
}

/** ISO yyyy-mm-dd → dd.mm.yyyy */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** dd.mm.yyyy (or d.m.yyyy) → ISO yyyy-mm-dd, or null when not a real date. */
export function parseNorwegianDate(text: string): string | null {
  const m = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

export function isValidIsoDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y + years, m - 1, d));
  return date.toISOString().slice(0, 10);
}

export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1 + months, d)).toISOString().slice(0, 10);
}
