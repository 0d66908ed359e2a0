import type { ChangeEntry } from '../../../main/contract/api';
import { dateTime } from '../display';

const ACTION_LABEL: Record<ChangeEntry['action'], string> = {
  create: 'Opprettet',
  update: 'Endret',
  delete: 'Slettet',
  import: 'Importert',
};

/** The record's change log, newest first. */
export function ChangeLog({ changes }: { changes: ChangeEntry[] }) {
  if (changes.length === 0) return <p className="muted">Ingen endringer registrert.</p>;
  return (
    <ol className="change-log">
      {changes.map((c) => (
        <li key={c.id}>
          <span className="change-when">{dateTime(c.at)}</span>
          <span className="change-action">{ACTION_LABEL[c.action]}</span>
          <span className="change-summary">{c.summary}</span>
        </li>
      ))}
    </ol>
  );
}
