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

/**
 * A number as Norwegian users type it: «850 000», «850.000», «1.234.567», «850 000,50»,
 * «12,5» or «12.5». Spaces (also U+00A0 and U+202F) and dots group thousands; a dot is a
 * thousands separator only when it is followed by groups of exactly three digits (so «8.500»
 * is 8500 and «12.5» is 12.5); a comma is the decimal separator. A leading «-» or «−» makes it
 * negative. Empty text, or text that is not a number, gives null.
 */
export function parseNorwegianNumber(text: string): number | null {
  let t = text.trim().replace(/\u2212/g, '-');
  let sign = 1;
  if (t.startsWith('-') || t.startsWith('+')) {
    if (t.startsWith('-')) sign = -1;
    t = t.slice(1).trimStart();
  }
  if (t === '') return null;
  const parts = t.split(',');
  if (parts.length > 2) return null;
  const [whole = '', fraction] = parts;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return null;
  let digits: string;
  let decimals = fraction ?? '';
  if (/^\d+$/.test(whole)) digits = whole;
  else if (/^\d{1,3}(?:[ \u00a0\u202f]+\d{3})+$/.test(whole)) digits = whole.replace(/\D/g, '');
  else if (/^[1-9]\d{0,2}(?:\.\d{3})+$/.test(whole)) digits = whole.replace(/\./g, '');
  else if (fraction === undefined && /^\d*\.\d+$/.test(whole)) {
    [digits = '', decimals] = whole.split('.') as [string, string];
  } else if (whole === '' && fraction !== undefined) digits = '0';
  else return null;
  const n = sign * Number(`${digits || '0'}.${decimals || '0'}`);
  if (!Number.isFinite(n)) return null;
  return n === 0 ? 0 : n;
}

/**
 * Norwegian ordering of text (æ, ø, å last), the same as localeCompare(…, 'nb') but with one
 * collator: localeCompare with a locale builds one per call, which sorting 10 000 homes feels.
 */
export const compareNb: (a: string, b: string) => number = new Intl.Collator('nb').compare;
