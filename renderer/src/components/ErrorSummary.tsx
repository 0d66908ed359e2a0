// The list of problems at the top of a form. Each field problem is a button that moves focus
// to the input it is about.
import type { Ref } from 'react';

export interface SummaryItem {
  field: string | null;
  message: string;
}

interface Props {
  items: SummaryItem[];
  /** Moves focus to a field's input. */
  onFocusField: (field: string) => void;
  ref?: Ref<HTMLDivElement>;
}

export function ErrorSummary({ items, onFocusField, ref }: Props) {
  if (items.length === 0) return null;
  return (
    <div className="error-summary" role="alert" ref={ref} tabIndex={-1}>
      <h2>{items.length === 1 ? 'Dette må rettes:' : `${items.length} ting må rettes:`}</h2>
      <ul>
        {items.map((item, i) =>
          item.field !== null ? (
            <li key={`${item.field}-${i}`}>
              <button type="button" className="link" onClick={() => onFocusField(item.field!)}>
                {item.message}
              </button>
            </li>
          ) : (
            <li key={`general-${i}`}>{item.message}</li>
          ),
        )}
      </ul>
    </div>
  );
}
