import { type ReactNode, useId } from 'react';

/** A titled section of a screen (a card). */
export function Panel(props: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
  className?: string;
}) {
  const id = useId();
  return (
    <section className={`panel ${props.className ?? ''}`} aria-labelledby={id}>
      <div className="panel-header">
        <h2 id={id}>{props.title}</h2>
        {props.actions && <div className="panel-actions">{props.actions}</div>}
      </div>
      {props.children}
    </section>
  );
}
