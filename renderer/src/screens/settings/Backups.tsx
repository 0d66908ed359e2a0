// Sikkerhetskopier: the backups of the register (one at every start, kept by a rolling policy,
// and any made by hand), what each holds, «Lag sikkerhetskopi nå» and «Gjenopprett».
import { useState } from 'react';
import { type BackupInfo, type BackupKind, describeBackup } from '../../../../main/contract/backup';
import { counted } from '../../../../main/domain/count';
import { formatInteger } from '../../../../main/domain/format';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Panel } from '../../components/Panel';
import { dateTime } from '../../display';
import { useApiQuery } from '../../hooks/useApiQuery';
import { invalidateAll, runWrite } from '../../state/status';
import { notify } from '../../state/toast';

const KIND_LABEL: Record<BackupKind, string> = {
  auto: 'Ved oppstart',
  manuell: 'Laget manuelt',
  gjenoppretting: 'Før gjenoppretting',
};

const kilobytes = (bytes: number) => `${formatInteger(Math.max(1, Math.round(bytes / 1024)))} kB`;

export function BackupsPanel() {
  const list = useApiQuery('backups.list', {});
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);

  const makeNow = async () => {
    const b = await runWrite(() => call('backups.create', {}));
    notify(`Sikkerhetskopi laget: ${describeBackup(b)}`);
    list.reload();
  };

  return (
    <Panel title="Sikkerhetskopier">
      <p className="muted">
        Boligplan tar en sikkerhetskopi hver gang programmet starter, og beholder den nyeste fra
        hver av de siste 7 dagene, 4 ukene og 12 månedene. Kopier du lager selv, blir aldri slettet
        automatisk.
        {list.data && (
          <>
            {' '}
            Mappe: <code>{list.data.folder}</code>
          </>
        )}
      </p>
      <div className="backup-actions">
        <button type="button" className="btn btn-primary" onClick={() => void makeNow()}>
          Lag sikkerhetskopi nå
        </button>
        <button type="button" className="btn" onClick={() => void call('backups.showFolder', {})}>
          Vis mappen
        </button>
      </div>
      {list.data && list.data.backups.length === 0 && <p>Ingen sikkerhetskopier ennå.</p>}
      {list.data && list.data.backups.length > 0 && (
        <div className="table-wrap">
          <table className="data-table backup-table">
            <caption className="sr-only">Sikkerhetskopier, nyeste først</caption>
            <thead>
              <tr>
                <th scope="col">Tidspunkt</th>
                <th scope="col">Laget</th>
                <th scope="col">Innhold</th>
                <th scope="col" className="align-right">
                  Størrelse
                </th>
                <th scope="col">
                  <span className="sr-only">Handling</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.backups.map((b) => (
                <tr key={b.file}>
                  <td>{dateTime(b.takenAt)}</td>
                  <td>{KIND_LABEL[b.kind]}</td>
                  <td>
                    {b.preview
                      ? `${counted(b.preview.units, 'bolig', 'boliger')}, ${counted(b.preview.households, 'husstand', 'husstander')}, ${counted(b.preview.scenarios, 'scenario', 'scenarioer')}`
                      : b.problem}
                  </td>
                  <td className="align-right">{kilobytes(b.bytes)}</td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-small"
                      disabled={!b.preview}
                      aria-label={`Gjenopprett fra sikkerhetskopien ${dateTime(b.takenAt)}`}
                      onClick={() => setRestoring(b)}
                    >
                      Gjenopprett…
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {restoring && (
        <ConfirmDialog
          title="Gjenopprett fra sikkerhetskopi?"
          confirmLabel="Gjenopprett fra sikkerhetskopi"
          danger
          onCancel={() => setRestoring(null)}
          onConfirm={async () => {
            await runWrite(() => call('backups.restore', { file: restoring.file }));
            setRestoring(null);
            notify(`Registeret er gjenopprettet fra ${dateTime(restoring.takenAt)}`);
            invalidateAll();
          }}
        >
          <p>
            Sikkerhetskopien fra <strong>{dateTime(restoring.takenAt)}</strong> (
            {restoring.preview?.municipality}) inneholder:
          </p>
          {restoring.preview && (
            <ul>
              <li>{counted(restoring.preview.units, 'bolig', 'boliger')}</li>
              <li>{counted(restoring.preview.households, 'husstand', 'husstander')}</li>
              <li>{counted(restoring.preview.needs, 'behov', 'behov')}</li>
              <li>{counted(restoring.preview.scenarios, 'scenario', 'scenarioer')}</li>
            </ul>
          )}
          <p className="hint">
            Registeret slik det er nå, lagres først som en egen sikkerhetskopi («Før
            gjenoppretting»), så du kan gå tilbake.
          </p>
        </ConfirmDialog>
      )}
    </Panel>
  );
}
