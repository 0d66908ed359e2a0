import type { ReactNode } from 'react';

export interface DetailItem {
  label: string;
  value: ReactNode;
  /** Numbers are right-aligned with tabular figures. */
  numeric?: boolean;
}

/** Label/value pairs for a record's detail view. */
export function DetailList({ items }: { items: (DetailItem | false | null)[] }) {
  return (
    <dl className="detail-list">
      {items
        .filter((i): i is DetailItem => Boolean(i))
        .map((i) => (
          <div key={i.label} className="detail-item">
            <dt>{i.label}</dt>
            <dd className={i.numeric ? 'num' : undefined}>{i.value}</dd>
          </div>
        ))}
    </dl>
  );
}
