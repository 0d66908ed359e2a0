// What must be fixed before the scenario can be saved: the engine's errors (live) and what the
// server answered on the last save. Each item leads to the action or field it names.
import type { Ref } from 'react';
import type { FieldIssue } from '../../../../../main/contract/api';
import type { Issue } from '../../../../../main/domain/scenario';

interface Props {
  errors: Issue[];
  server: FieldIssue[];
  onGo: (actionIndex: number | null) => void;
  ref?: Ref<HTMLDivElement>;
}

export function IssueSummary({ errors, server, onGo, ref }: Props) {
  const n = errors.length + server.length;
  if (n === 0) return null;
  return (
    <div
      className="error-summary scenario-issues"
      ref={ref}
      tabIndex={-1}
      role="region"
      aria-label="Feil i scenarioet"
    >
      <h2>
        {n === 1
          ? 'Dette må rettes før scenarioet kan lagres:'
          : `${n} ting må rettes før scenarioet kan lagres:`}
      </h2>
      <ul>
        {server.map((s, i) => {
          // The server names an action as «actions.<index>», the scenario's fields by name.
          const action = /^actions\.(\d+)/.exec(s.field);
          return (
            <li key={`s${i}`}>
              <button
                type="button"
                className="link"
                onClick={() => onGo(action ? Number(action[1]) : null)}
              >
                {s.message}
              </button>
            </li>
          );
        })}
        {errors.map((e, i) => (
          <li key={`e${i}`}>
            <button type="button" className="link" onClick={() => onGo(e.actionIndex)}>
              {e.message}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
