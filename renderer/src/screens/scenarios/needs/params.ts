import { isSegmentKey } from '../../../../../main/domain/scenario';
import type { CellRef } from './GapTable';

/** «2027:3|-|-» (the URL's celle parameter) → a cell reference. */
export function parseCell(raw: string | null): CellRef | null {
  if (!raw) return null;
  const [y, ...rest] = raw.split(':');
  const segment = rest.join(':');
  return Number.isInteger(Number(y)) && isSegmentKey(segment) ? { year: Number(y), segment } : null;
}
