// Segments of the stock and of the demand: bedrooms bucket × wheelchair × staffed.
// Supply and demand are matched within a segment (a wheelchair home is not counted as
// supply for an ordinary need, so the gap table shows each shortage where it is).
import type { Need, Unit } from '../types';

export const BEDROOM_BUCKETS = ['1', '2', '3', '4+'] as const;
/** '1' = 0–1 bedrooms, '2', '3', '4+' = four or more. */
export type BedroomBucket = (typeof BEDROOM_BUCKETS)[number];

/** `${bucket}|${R = rullestoltilpasset | -}|${B = bemannet | -}`, e.g. '3|R|-'. */
export type SegmentKey = `${BedroomBucket}|${'R' | '-'}|${'B' | '-'}`;

export interface Segment {
  bedrooms: BedroomBucket;
  wheelchair: boolean;
  staffed: boolean;
}

export function bedroomBucket(bedrooms: number): BedroomBucket {
  if (bedrooms <= 1) return '1';
  if (bedrooms === 2) return '2';
  if (bedrooms === 3) return '3';
  return '4+';
}

export function segmentKey(s: Segment): SegmentKey {
  return `${s.bedrooms}|${s.wheelchair ? 'R' : '-'}|${s.staffed ? 'B' : '-'}`;
}

/** The segment of a home or a need with this many bedrooms and these properties. */
export function segmentOf(bedrooms: number, wheelchair: boolean, staffed: boolean): SegmentKey {
  return segmentKey({ bedrooms: bedroomBucket(bedrooms), wheelchair, staffed });
}

export function unitSegment(
  u: Pick<Unit, 'bedrooms' | 'wheelchairAccessible' | 'staffed'>,
): SegmentKey {
  return segmentOf(u.bedrooms, u.wheelchairAccessible, u.staffed);
}

export function needSegment(n: Pick<Need, 'bedrooms' | 'wheelchair' | 'staffed'>): SegmentKey {
  return segmentOf(n.bedrooms, n.wheelchair, n.staffed);
}

/** All 16 segments in display order (bedrooms, then ordinary before wheelchair, unstaffed first). */
export const SEGMENT_KEYS: readonly SegmentKey[] = BEDROOM_BUCKETS.flatMap((b) =>
  [false, true].flatMap((w) =>
    [false, true].map((s) => segmentKey({ bedrooms: b, wheelchair: w, staffed: s })),
  ),
);

const SEGMENT_INDEX = new Map<string, number>(SEGMENT_KEYS.map((k, i) => [k, i]));

export function isSegmentKey(x: unknown): x is SegmentKey {
  return typeof x === 'string' && SEGMENT_INDEX.has(x);
}

/** Position of a segment in SEGMENT_KEYS. */
export function segmentIndex(key: SegmentKey): number {
  const i = SEGMENT_INDEX.get(key);
  if (i === undefined) throw new RangeError(`Ukjent segment: ${key}`);
  return i;
}

/** Position in SEGMENT_KEYS without building the key: bucket × 4 + wheelchair × 2 + staffed. */
export function segmentIndexOf(bedrooms: number, wheelchair: boolean, staffed: boolean): number {
  const b = bedrooms <= 1 ? 0 : bedrooms >= 4 ? 3 : bedrooms - 1;
  return b * 4 + (wheelchair ? 2 : 0) + (staffed ? 1 : 0);
}

export function parseSegment(key: SegmentKey): Segment {
  const [b, w, s] = key.split('|') as [BedroomBucket, string, string];
  return { bedrooms: b, wheelchair: w === 'R', staffed: s === 'B' };
}

const BUCKET_LABEL: Record<BedroomBucket, string> = {
  '1': '0–1 soverom',
  '2': '2 soverom',
  '3': '3 soverom',
  '4+': '4+ soverom',
};

/** Norwegian label, e.g. «3 soverom, rullestoltilpasset, bemannet» or «2 soverom». */
export function segmentLabel(key: SegmentKey): string {
  const s = parseSegment(key);
  const parts = [BUCKET_LABEL[s.bedrooms]];
  if (s.wheelchair) parts.push('rullestoltilpasset');
  if (s.staffed) parts.push('bemannet');
  return parts.join(', ');
}
