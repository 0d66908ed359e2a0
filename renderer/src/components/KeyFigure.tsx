// A key figure card: the number large, what it is, an optional note. When it links to the
// rows behind it, the whole card is clickable (the label is the link).
import { useId } from 'react';

interface Props {
  label: string;
  value: string;
  note?: string | undefined;
  href?: string | undefined;
  tone?: 'default' | 'warn';
  /** The value is an amount of money (marked for the no-bare-minus check). */
  money?: boolean;
}

export function KeyFigure({ label, value, note, href, tone = 'default', money }: Props) {
  const id = useId();
  const valueId = `${id}-value`;
  return (
    <div
      role="group"
      aria-labelledby={id}
      aria-describedby={valueId}
      className={`figure figure-${tone}${href ? ' figure-link' : ''}`}
    >
      <div className="figure-value" id={valueId} data-money={money ? '' : undefined}>
        {value}
      </div>
      <div className="figure-label" id={id}>
        {href ? <a href={href}>{label}</a> : label}
      </div>
      {note && <div className="figure-note">{note}</div>}
    </div>
  );
}
