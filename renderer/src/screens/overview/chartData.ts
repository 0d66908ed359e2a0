// Shapes the overview's figures for the charts (labels and ordering only; no new figures).
import type { Overview } from '../../../../main/contract/api';
import { STATUS_LABEL, TENURE_LABEL } from '../../../../main/domain/labels';
import { TENURES, UNIT_STATUSES } from '../../../../main/domain/types';

export interface Bar {
  key: string;
  name: string;
  value: number;
}

export const tenureBars = (o: Overview): Bar[] =>
  TENURES.map((k) => ({ key: k, name: TENURE_LABEL[k], value: o.units.byTenure[k] }));

export const statusBars = (o: Overview): Bar[] =>
  UNIT_STATUSES.map((k) => ({ key: k, name: STATUS_LABEL[k], value: o.units.byStatus[k] }));

export interface BedroomRow {
  bedrooms: string;
  stock: number;
  need: number;
}

/** The stock's bedroom mix next to the waiting list's need, bucket by bucket. */
export function bedroomRows(o: Overview): BedroomRow[] {
  const buckets = ['0', '1', '2', '3', '4+'];
  for (const b of [...o.units.byBedrooms, ...o.waitingList.byBedrooms]) {
    if (!buckets.includes(b.bedrooms)) buckets.push(b.bedrooms);
  }
  const count = (list: { bedrooms: string; count: number }[], b: string) =>
    list.find((x) => x.bedrooms === b)?.count ?? 0;
  return buckets.map((b) => ({
    bedrooms: b,
    stock: count(o.units.byBedrooms, b),
    need: count(o.waitingList.byBedrooms, b),
  }));
}
