// Counted nouns in bokmål: "1 ny bolig", "2 nye boliger", with Norwegian digit grouping.
import { formatInteger } from './format';

/** A count with its noun phrase in singular (exactly 1) or plural. */
export function counted(n: number, one: string, many: string): string {
  return `${formatInteger(n)} ${n === 1 ? one : many}`;
}

/** A local date and time as dd.mm.yyyy kl. hh:mm (the machine's time zone). */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}.${p(d.getMonth() + 1)}.${d.getFullYear()} kl. ${p(d.getHours())}:${p(d.getMinutes())}`;
}
