import type { ReactNode } from 'react';

/** A detail screen's heading: a link back to the list, the title and the actions. */
export function ScreenHeader(props: {
  back: { href: string; label: string };
  title: ReactNode;
  badges?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <header className="screen-header">
      <div>
        <p className="eyebrow">
          <a href={props.back.href}>‹ {props.back.label}</a>
        </p>
        <div className="title-row">
          <h1>{props.title}</h1>
          {props.badges}
        </div>
      </div>
      {props.actions && <div className="header-actions">{props.actions}</div>}
    </header>
  );
}
