// Earlier imports: when, which file, by whom, what they did — and «Angre import», which puts
// the register back as it was before that import (refused if it has changed since).
import { useState } from 'react';
import type { ImportRun } from '../../../../main/contract/import';
import { formatInteger } from '../../../../main/domain/format';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { dateTime } from '../../display';
import { runWrite } from '../../state/status';
import { notify } from '../../state/toast';
import { counted } from '../../../../main/domain/count';

interface Props {
  runs: ImportRun[];
  onUndone: () => void;
}

export function ImportHistory({ runs, onUndone }: Props) {
  const [undoing, setUndoing] = useState<ImportRun | null>(null);
  if (runs.length === 0) return <p className="table-empty">Ingen importer ennå.</p>;
  return (
    <>
      <div className="table-wrap">
        <table className="data-table import-table">
          <caption className="sr-only">Tidligere importer</caption>
          <thead>
            <tr>
              <th scope="col">Tidspunkt</th>
              <th scope="col">Fil</th>
              <th scope="col" className="align-right">
                År
              </th>
              <th scope="col" className="align-right">
                Rader
              </th>
              <th scope="col" className="align-right">
                Nye
              </th>
              <th scope="col" className="align-right">
                Endret
              </th>
              <th scope="col">Av</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((r) => (
              <tr key={r.id}>
                <td>{dateTime(r.at)}</td>
                <td title={`SHA-256 ${r.checksum}`}>{r.fileName}</td>
                <td className="align-right">{r.surveyYear}</td>
                <td className="align-right">{formatInteger(r.counts.rows)}</td>
                <td className="align-right">{formatInteger(r.counts.created)}</td>
                <td className="align-right">{formatInteger(r.counts.updated)}</td>
                <td>{r.who ?? '–'}</td>
                <td>
                  {r.undoneAt ? (
                    <span className="badge">Angret {dateTime(r.undoneAt)}</span>
                  ) : (
                    <button
                      type="button"
                      className="btn btn-small btn-danger-quiet"
                      onClick={() => setUndoing(r)}
                    >
                      Angre import
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {undoing && (
        <ConfirmDialog
          title="Angre importen?"
          confirmLabel="Angre import"
          danger
          onCancel={() => setUndoing(null)}
          onConfirm={async () => {
            await runWrite(() => call('import.undo', { importId: undoing.id }));
            setUndoing(null);
            notify(`Importen av ${undoing.fileName} er angret`);
            onUndone();
          }}
        >
          <p>
            Registeret settes tilbake slik det var før importen av{' '}
            <strong>{undoing.fileName}</strong> ({dateTime(undoing.at)}):{' '}
            {counted(undoing.counts.created, 'ny bolig', 'nye boliger')} slettes og{' '}
            {counted(undoing.counts.updated, 'endret bolig', 'endrede boliger')} får tilbake de
            gamle verdiene.
          </p>
          <p className="hint">
            Er noe av det endret etter importen, blir ingenting angret, og du får beskjed om hva.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
