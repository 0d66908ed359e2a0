// «Importer låneliste»: download the template, pick the finance department's list, see every
// change (before → after) and every problem by row and column, confirm warnings, import all or
// nothing — and undo a whole loan import from the history.
import { useEffect, useState } from 'react';
import type { LoanImportPreview, LoanImportRun } from '../../../../main/contract/loanImport';
import type { SavedFile } from '../../../../main/contract/import';
import { formatInteger } from '../../../../main/domain/format';
import { ApiError, call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Panel } from '../../components/Panel';
import { dateTime } from '../../display';
import { useApiQuery } from '../../hooks/useApiQuery';
import { invalidateAll, runWrite, useBusy } from '../../state/status';
import { notify } from '../../state/toast';

const message = (e: unknown) => (e instanceof ApiError ? e.message : String(e));

const ACTION_LABEL = { create: 'Nytt lån', update: 'Oppdateres', unchanged: 'Uendret' } as const;

interface Picked {
  token: string;
  fileName: string;
}

/** The preview of the picked file (fetched when a file is picked). */
function usePreview(file: Picked | null) {
  const [state, setState] = useState<{
    token: string;
    preview: LoanImportPreview | null;
    error: string | null;
  } | null>(null);
  useEffect(() => {
    if (!file) return;
    let current = true;
    call('loanImport.preview', { token: file.token }).then(
      (preview) => current && setState({ token: file.token, preview, error: null }),
      (e: unknown) => current && setState({ token: file.token, preview: null, error: message(e) }),
    );
    return () => {
      current = false;
    };
  }, [file]);
  const loading = file !== null && state?.token !== file.token;
  useBusy(loading);
  return loading || !file ? { preview: null, error: null } : state!;
}

function Preview({ preview }: { preview: LoanImportPreview }) {
  const { counts } = preview;
  return (
    <div className="loan-preview">
      <p>
        {formatInteger(counts.rows)} {counts.rows === 1 ? 'rad' : 'rader'} lest
        {preview.headerRow ? ` (overskrifter i rad ${preview.headerRow})` : ''}:{' '}
        <strong>
          {formatInteger(counts.created)} {counts.created === 1 ? 'nytt' : 'nye'}
        </strong>
        , <strong>{formatInteger(counts.updated)} oppdateres</strong>,{' '}
        {formatInteger(counts.unchanged)} uendret. {formatInteger(counts.errors)} feil,{' '}
        {formatInteger(counts.warnings)} advarsler.
      </p>
      {preview.problems.length > 0 && (
        <div className="table-wrap">
          <table className="data-table">
            <caption>Problemer i lånelisten</caption>
            <thead>
              <tr>
                <th scope="col">Type</th>
                <th scope="col" className="align-right">
                  Rad
                </th>
                <th scope="col">Kolonne</th>
                <th scope="col">Melding</th>
              </tr>
            </thead>
            <tbody>
              {preview.problems.map((p, i) => (
                <tr
                  key={i}
                  className={p.severity === 'error' ? 'problem-error' : 'problem-warning'}
                >
                  <td>{p.severity === 'error' ? 'Feil' : 'Advarsel'}</td>
                  <td className="align-right">{p.row ?? '–'}</td>
                  <td>{p.column ?? '–'}</td>
                  <td>{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {preview.changes.length > 0 && (
        <div className="table-wrap">
          <table className="data-table">
            <caption>Endringer i registeret</caption>
            <thead>
              <tr>
                <th scope="col" className="align-right">
                  Rad
                </th>
                <th scope="col">Lånenr</th>
                <th scope="col">Endring</th>
                <th scope="col">Hva</th>
              </tr>
            </thead>
            <tbody>
              {preview.changes.map((c) => (
                <tr key={c.row}>
                  <td className="align-right">{c.row}</td>
                  <td>{c.loanNo}</td>
                  <td>{ACTION_LABEL[c.action]}</td>
                  <td>
                    <ul className="change-list">
                      {c.fields.map((f) => (
                        <li key={f.field}>
                          {f.label}: {c.action === 'create' ? f.new : `${f.old} → ${f.new}`}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function History({ runs, onUndone }: { runs: LoanImportRun[]; onUndone: () => void }) {
  const [undoing, setUndoing] = useState<LoanImportRun | null>(null);
  if (runs.length === 0) return null;
  return (
    <>
      <div className="table-wrap">
        <table className="data-table">
          <caption>Tidligere låneimporter</caption>
          <thead>
            <tr>
              <th scope="col">Tidspunkt</th>
              <th scope="col">Fil</th>
              <th scope="col" className="align-right">
                Nye
              </th>
              <th scope="col" className="align-right">
                Oppdatert
              </th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((r) => (
              <tr key={r.id}>
                <td>{dateTime(r.at)}</td>
                <td>{r.fileName}</td>
                <td className="align-right">{formatInteger(r.created)}</td>
                <td className="align-right">{formatInteger(r.updated)}</td>
                <td>
                  {r.undoneAt ? (
                    <span className="badge">Angret {dateTime(r.undoneAt)}</span>
                  ) : (
                    <button
                      type="button"
                      className="btn btn-small btn-danger-quiet"
                      onClick={() => setUndoing(r)}
                    >
                      Angre låneimport
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
          title="Angre låneimporten?"
          confirmLabel="Angre låneimport"
          danger
          onCancel={() => setUndoing(null)}
          onConfirm={async () => {
            await runWrite(() => call('loanImport.undo', { importId: undoing.id }));
            setUndoing(null);
            notify(`Låneimporten fra ${undoing.fileName} er angret`);
            onUndone();
          }}
        >
          <p>
            Nye lån fra {undoing.fileName} slettes, og oppdaterte lån får tilbake verdiene de hadde
            før importen. Har noen av lånene blitt endret etterpå, kan importen ikke angres.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}

export function LoanImport() {
  const [file, setFile] = useState<Picked | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<LoanImportRun | null>(null);
  const [saved, setSaved] = useState<SavedFile | null>(null);
  const history = useApiQuery('loanImport.history', {});
  const { preview, error: previewError } = usePreview(file);

  const choose = async () => {
    setError(null);
    try {
      const picked = await call('loanImport.chooseFile', {});
      if (picked) {
        setDone(null);
        setConfirmed(false);
        setFile(picked);
      }
    } catch (e) {
      setError(message(e));
    }
  };

  const template = async () => {
    setError(null);
    try {
      const f = await runWrite(() => call('loanImport.saveTemplate', {}));
      if (f) setSaved(f);
    } catch (e) {
      setError(message(e));
    }
  };

  const apply = async () => {
    if (!file || !preview) return;
    setError(null);
    try {
      const run = await runWrite(() =>
        call('loanImport.apply', {
          token: file.token,
          confirmWarnings: confirmed,
          checksum: preview.checksum,
          revision: preview.revision,
        }),
      );
      setDone(run);
      setFile(null);
      notify('Lånelisten er importert');
      invalidateAll();
    } catch (e) {
      setError(message(e));
    }
  };

  const writes = preview ? preview.counts.created + preview.counts.updated : 0;
  const blocked =
    !preview ||
    preview.counts.errors > 0 ||
    writes === 0 ||
    (preview.counts.warnings > 0 && !confirmed);

  return (
    <Panel title="Importer låneliste">
      <p className="muted">
        Økonomiavdelingens låneliste (.xlsx eller .csv), én rad per lån. Et lånenummer som finnes i
        registeret, oppdateres; et nytt opprettes. Ingenting endres før du velger «Importer», og da
        skrives alt eller ingenting. En hel import kan angres.
      </p>
      <div className="import-actions">
        <button type="button" className="btn" onClick={() => void template()}>
          Last ned mal for låneliste
        </button>
        <button type="button" className="btn btn-primary" onClick={() => void choose()}>
          Velg låneliste…
        </button>
      </div>
      {saved && (
        <p role="status">
          Malen er lagret som <strong>{saved.fileName}</strong>.
        </p>
      )}
      {done && (
        <p role="status" className="import-done">
          Importert fra {done.fileName}: {formatInteger(done.created)}{' '}
          {done.created === 1 ? 'nytt lån' : 'nye lån'}, {formatInteger(done.updated)} oppdatert.
        </p>
      )}
      {previewError && (
        <p className="field-error" role="alert">
          {previewError}
        </p>
      )}
      {file && preview && (
        <section aria-label={`Forhåndsvisning: ${file.fileName}`}>
          <h3>Forhåndsvisning: {file.fileName}</h3>
          <Preview preview={preview} />
          {preview.counts.warnings > 0 && preview.counts.errors === 0 && (
            <div className="checkbox-row">
              <input
                id="loan-import-confirm"
                type="checkbox"
                checked={confirmed}
                onChange={(e) => setConfirmed(e.target.checked)}
              />
              <label htmlFor="loan-import-confirm">
                Jeg har lest advarslene og vil importere likevel
              </label>
            </div>
          )}
          {preview.counts.errors > 0 && (
            <p className="field-error">
              Lånelisten har feil. Rett dem i filen og velg den på nytt. Ingenting er endret.
            </p>
          )}
          <div className="import-actions">
            <button
              type="button"
              className="btn btn-primary"
              disabled={blocked}
              onClick={() => void apply()}
            >
              Importer {formatInteger(writes)} lån
            </button>
            <button type="button" className="btn" onClick={() => setFile(null)}>
              Avbryt
            </button>
          </div>
        </section>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <History runs={history.data ?? []} onUndone={invalidateAll} />
    </Panel>
  );
}
