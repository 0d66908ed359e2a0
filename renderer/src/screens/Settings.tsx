// Innstillinger: the municipality's name, the areas homes belong to, the crowding rule and the
// register file.
import { type FormEvent, useState } from 'react';
import { ApiError, call } from '../api';
import { DetailList } from '../components/DetailList';
import { Panel } from '../components/Panel';
import { TextField } from '../components/Field';
import { useApiQuery } from '../hooks/useApiQuery';
import { CrowdingRuleSection } from './CrowdingRuleSettings';
import { useRegisterInfo } from '../state/registerInfo';
import { invalidateAll, runWrite } from '../state/status';
import { notify } from '../state/toast';
import { BackupsPanel } from './settings/Backups';

function useFieldError(): [string | undefined, (e: unknown) => void, () => void] {
  const [error, setError] = useState<string | undefined>();
  const fail = (e: unknown) =>
    setError(e instanceof ApiError ? (e.issues[0]?.message ?? e.message) : String(e));
  return [error, fail, () => setError(undefined)];
}

/** Keyed by the stored name, so the input starts from what is saved. */
function MunicipalitySection() {
  const settings = useApiQuery('settings.get', {});
  if (!settings.data) return null;
  const saved = settings.data.municipality;
  return <MunicipalityForm key={saved} saved={saved} />;
}

function MunicipalityForm({ saved }: { saved: string }) {
  const [name, setName] = useState(saved);
  const [error, fail, clear] = useFieldError();

  const save = async (e: FormEvent) => {
    e.preventDefault();
    clear();
    try {
      await runWrite(() => call('settings.update', { municipality: name }));
      notify('Lagret');
      invalidateAll();
    } catch (err) {
      fail(err);
    }
  };

  return (
    <Panel title="Kommune">
      <form className="settings-form" onSubmit={(e) => void save(e)}>
        <TextField
          name="municipality"
          label="Kommunens navn"
          value={name}
          onChange={setName}
          error={error}
          hint="Vises øverst i programmet og i eksporterte arbeidsbøker."
          maxLength={80}
        />
        <div className="settings-actions">
          <button type="submit" className="btn btn-primary">
            Lagre
          </button>
        </div>
      </form>
    </Panel>
  );
}

function AreaList() {
  const areas = useApiQuery('areas.list', {});
  const [name, setName] = useState('');
  const [error, fail, clear] = useFieldError();

  const add = async (e: FormEvent) => {
    e.preventDefault();
    clear();
    try {
      const area = await runWrite(() => call('areas.create', { name }));
      notify(`Området ${area.name} er lagt til`);
      setName('');
      areas.reload();
    } catch (err) {
      fail(err);
    }
  };

  return (
    <Panel title="Områder">
      <p className="muted">Områder (f.eks. skolekretser) som boligene kan knyttes til.</p>
      {areas.data && areas.data.length > 0 ? (
        <ul className="area-list">
          {areas.data.map((a) => (
            <li key={a.id}>{a.name}</li>
          ))}
        </ul>
      ) : (
        <p>Ingen områder ennå.</p>
      )}
      <form className="settings-form" onSubmit={(e) => void add(e)}>
        <TextField
          name="name"
          label="Nytt område"
          value={name}
          onChange={setName}
          error={error}
          maxLength={80}
        />
        <div className="settings-actions">
          <button type="submit" className="btn">
            Legg til område
          </button>
        </div>
      </form>
    </Panel>
  );
}

function RegisterFile() {
  const info = useRegisterInfo();
  if (!info) return null;
  return (
    <Panel title="Registerfil">
      <DetailList
        items={[
          { label: 'Fil', value: info.path },
          { label: 'Skjemaversjon', value: info.schemaVersion, numeric: true },
        ]}
      />
      <p className="muted">
        Bruk Fil-menyen for å opprette et nytt register, åpne et annet eller lagre en kopi.
        {info.isSample &&
          ' Dette er den fiktive eksempelkommunen; endringer her er bare til øving.'}
      </p>
    </Panel>
  );
}

export function SettingsScreen() {
  return (
    <div className="settings">
      <header className="screen-header">
        <div>
          <h1>Innstillinger</h1>
          <p className="lead">
            Kommunens navn, områdene, regelen for trangboddhet, registerfilen og sikkerhetskopiene.
          </p>
        </div>
      </header>
      <MunicipalitySection />
      <AreaList />
      <CrowdingRuleSection />
      <RegisterFile />
      <BackupsPanel />
    </div>
  );
}
