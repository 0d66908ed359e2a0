// Import av årlig boligkartlegging: download the template, pick the filled-in file, see what it
// would do (nothing changes until «Importer»), map columns the import cannot place, leave out
// rows with errors, confirm warnings, import — and undo a whole import from the history.
import { useEffect, useState } from 'react';
import type {
  ImportPreview,
  ImportRun,
  MappingTarget,
  SavedFile,
} from '../../../main/contract/import';
import { formatInteger } from '../../../main/domain/format';
import { ApiError, call } from '../api';
import { KeyFigure } from '../components/KeyFigure';
import { LoadError } from '../components/LoadError';
import { Panel } from '../components/Panel';
import { useApiQuery } from '../hooks/useApiQuery';
import { runWrite, useBusy } from '../state/status';
import { notify } from '../state/toast';
import { ColumnMapping } from './import/ColumnMapping';
import { ImportHistory } from './import/ImportHistory';
import { PreviewTabs } from './import/PreviewTabs';
import { YearComparison } from './import/YearComparison';
import './import/import.css';
import { KoboExchange } from './import/KoboExchange';
import { counted } from '../../../main/domain/count';

const message = (e: unknown) => (e instanceof ApiError ? e.message : String(e));

interface PickedFile {
  token: string;
  fileName: string;
}

interface Loaded {
  key: string;
  preview: ImportPreview | null;
  error: string | null;
}

const FORMAT_LABEL = { xlsx: 'Excel-arbeidsbok', csv: 'CSV-fil' } as const;

/** The preview for the picked file, the mapping and the rows left out; fetched as they change. */
function usePreview(
  file: PickedFile | null,
  mapping: Record<string, MappingTarget>,
  excluded: number[],
) {
  const key = file ? JSON.stringify({ token: file.token, mapping, excludeRows: excluded }) : null;
  const [loaded, setLoaded] = useState<Loaded>({ key: '', preview: null, error: null });
  useEffect(() => {
    if (key === null) return;
    let current = true;
    call('import.preview', JSON.parse(key) as { token: string }).then(
      (preview) => current && setLoaded({ key, preview, error: null }),
      (e: unknown) => current && setLoaded({ key, preview: null, error: message(e) }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  const loading = key !== null && loaded.key !== key;
  useBusy(loading);
  return key === null ? { preview: null, error: null, loading: false } : { ...loaded, loading };
}

function SavedNote({ saved, what }: { saved: SavedFile; what: string }) {
  return (
    <p className="import-saved" role="status">
      {what} er lagret som <strong>{saved.fileName}</strong>
      {saved.rows > 0 ? ` (${counted(saved.rows, 'bolig', 'boliger')})` : ''}.{' '}
      <button
        type="button"
        className="btn btn-small btn-quiet"
        onClick={() => void call('shell.showInFolder', { token: saved.token })}
      >
        Vis i mappe
      </button>
    </p>
  );
}

export function ImportScreen() {
  const [file, setFile] = useState<PickedFile | null>(null);
  const [mapping, setMapping] = useState<Record<string, MappingTarget>>({});
  const [excluded, setExcluded] = useState<number[]>([]);
  const [confirmed, setConfirmed] = useState(false);
  const [applyError, setApplyError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportRun | null>(null);
  const [saved, setSaved] = useState<{ file: SavedFile; what: string } | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const history = useApiQuery('import.history', {});
  const comparison = useApiQuery('snapshots.compare', {});
  const { preview, error: previewError, loading } = usePreview(file, mapping, excluded);

  const reset = (next: PickedFile | null) => {
    setFile(next);
    setMapping({});
    setExcluded([]);
    setConfirmed(false);
    setApplyError(null);
  };

  const chooseFile = async () => {
    setActionError(null);
    try {
      const picked = await call('import.chooseFile', {});
      if (picked) {
        setResult(null);
        reset(picked);
      }
    } catch (e) {
      setActionError(message(e));
    }
  };

  const save = async (
    method: 'import.saveTemplate' | 'register.exportSurvey' | 'register.exportHomes',
    what: string,
  ) => {
    setActionError(null);
    try {
      const file = await runWrite(() => call(method, {}));
      if (file) {
        setSaved({ file, what });
        notify(`${what} er lagret`);
      }
    } catch (e) {
      setActionError(message(e));
    }
  };

  const apply = async () => {
    if (!file || !preview) return;
    setApplyError(null);
    try {
      const { run } = await runWrite(() =>
        call('import.apply', {
          token: file.token,
          mapping,
          excludeRows: excluded,
          confirmWarnings: confirmed,
          checksum: preview.checksum,
          revision: preview.revision,
        }),
      );
      setResult(run);
      reset(null);
      notify(
        `Importert: ${counted(run.counts.created, 'ny bolig', 'nye boliger')}, ${formatInteger(run.counts.updated)} endret`,
      );
      history.reload();
      comparison.reload();
    } catch (e) {
      setApplyError(message(e));
    }
  };

  const setColumn = (header: string, target: MappingTarget | null) => {
    setConfirmed(false);
    setMapping((m) => {
      const next = { ...m };
      if (target === null) delete next[header];
      else next[header] = target;
      return next;
    });
  };
  const exclude = (rows: number[], on: boolean) => {
    setConfirmed(false);
    setExcluded((ex) =>
      on
        ? [...new Set([...ex, ...rows])].sort((a, b) => a - b)
        : ex.filter((r) => !rows.includes(r)),
    );
  };

  // The mapping step is open when a column could not be placed (or was placed by choice).
  const mappingOpen =
    preview !== null &&
    (preview.columns.some((c) => ['unknown', 'chosen', 'ignored'].includes(c.source)) ||
      preview.errors.some((e) => e.row === null));
  const needsConfirm = preview !== null && preview.warnings.length > 0;
  const canApply = preview !== null && !loading && preview.canApply && (!needsConfirm || confirmed);

  return (
    <div className="import-screen">
      <header className="screen-header">
        <div>
          <h1>Import av årlig boligkartlegging</h1>
          <p className="lead">
            Last ned malen, fyll inn én rad per bolig, og velg filen. Du ser hva som vil endres før
            noe lagres, og en import kan angres i sin helhet.
          </p>
        </div>
        <div className="header-actions">
          <button
            type="button"
            className="btn"
            onClick={() => void save('import.saveTemplate', 'Malen')}
          >
            Last ned mal
          </button>
          <button
            type="button"
            className="btn"
            title="Registeret i kartleggingens kolonner, med husstandsreferanser, til neste kartlegging"
            onClick={() => void save('register.exportSurvey', 'Registeret')}
          >
            Eksporter til kartlegging
          </button>
          <button
            type="button"
            className="btn"
            title="Bare boligene, uten husstander, kontrakter eller merknader – for eiendomsavdelingen"
            onClick={() => void save('register.exportHomes', 'Boliglisten')}
          >
            Eksporter boliger (uten personopplysninger)
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void chooseFile()}>
            Velg fil…
          </button>
        </div>
      </header>

      {actionError && (
        <p className="dialog-error" role="alert">
          {actionError}
        </p>
      )}
      {saved && <SavedNote saved={saved.file} what={saved.what} />}
      {result && (
        <div className="import-result" role="status">
          <strong>Importert {result.fileName}.</strong>{' '}
          {counted(result.counts.created, 'ny bolig', 'nye boliger')},{' '}
          {formatInteger(result.counts.updated)} endret, {formatInteger(result.counts.unchanged)}{' '}
          uendret, {formatInteger(result.counts.missing)} mangler i kartleggingen.{' '}
          {formatInteger(result.counts.tenanciesStarted)} leieforhold startet og{' '}
          {formatInteger(result.counts.tenanciesEnded)} avsluttet.
          {result.backupPath && (
            <span className="hint"> Sikkerhetskopi fra før importen: {result.backupPath}</span>
          )}
        </div>
      )}

      {file && (
        <Panel
          title={`Forhåndsvisning: ${file.fileName}`}
          className="import-preview"
          actions={
            <button type="button" className="btn btn-small btn-quiet" onClick={() => reset(null)}>
              Avbryt
            </button>
          }
        >
          {previewError ? (
            <p className="dialog-error" role="alert">
              {previewError}
            </p>
          ) : !preview ? (
            <p className="muted">Leser filen …</p>
          ) : (
            <div aria-busy={loading}>
              <p className="import-file-info">
                {FORMAT_LABEL[preview.format]}
                {preview.sheetName ? `, arket «${preview.sheetName}»` : ''}
                {preview.encoding ? `, ${preview.encoding}` : ''}
                {preview.delimiter
                  ? `, skilletegn «${preview.delimiter === '\t' ? 'tab' : preview.delimiter}»`
                  : ''}
                {' · '}overskrifter i rad {preview.headerRow} · kartleggingsår {preview.surveyYear}.
                Ingenting er endret ennå.
              </p>
              {preview.notes.length > 0 && (
                <ul className="import-notes">
                  {preview.notes.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              )}
              <div className="figures">
                <KeyFigure label="Rader lest" value={formatInteger(preview.counts.rows)} />
                <KeyFigure label="Nye boliger" value={formatInteger(preview.counts.created)} />
                <KeyFigure
                  label="Boliger som endres"
                  value={formatInteger(preview.counts.updated)}
                />
                <KeyFigure label="Uendret" value={formatInteger(preview.counts.unchanged)} />
                <KeyFigure
                  label="Mangler i kartleggingen"
                  value={formatInteger(preview.counts.missing)}
                  tone={preview.counts.missing > 0 ? 'warn' : 'default'}
                />
                <KeyFigure
                  label="Feil"
                  value={formatInteger(preview.errors.length)}
                  tone={preview.errors.length > 0 ? 'warn' : 'default'}
                />
                <KeyFigure
                  label="Advarsler"
                  value={formatInteger(preview.warnings.length)}
                  tone={preview.warnings.length > 0 ? 'warn' : 'default'}
                />
              </div>

              {mappingOpen ? (
                <section className="import-section" aria-labelledby="import-columns">
                  <h3 id="import-columns">Kolonner</h3>
                  <ColumnMapping columns={preview.columns} mapping={mapping} onChange={setColumn} />
                </section>
              ) : (
                <details className="import-section">
                  <summary>
                    Kolonner: alle {formatInteger(preview.columns.filter((c) => c.field).length)}{' '}
                    kolonnene som brukes, er gjenkjent
                  </summary>
                  <ColumnMapping columns={preview.columns} mapping={mapping} onChange={setColumn} />
                </details>
              )}

              {excluded.length > 0 && (
                <p className="import-excluded">
                  Utelatte rader: {excluded.join(', ')}.{' '}
                  <button
                    type="button"
                    className="btn btn-small btn-quiet"
                    onClick={() => exclude(excluded, false)}
                  >
                    Ta med igjen
                  </button>
                </p>
              )}

              <PreviewTabs preview={preview} excluded={excluded} onExclude={exclude} />

              <div className="import-apply">
                {needsConfirm && (
                  <label className="checkbox-row">
                    <input
                      type="checkbox"
                      checked={confirmed}
                      onChange={(e) => setConfirmed(e.target.checked)}
                    />
                    Jeg har sett gjennom {formatInteger(preview.warnings.length)}{' '}
                    {preview.warnings.length === 1 ? 'advarsel' : 'advarsler'} og vil importere
                    likevel
                  </label>
                )}
                {!preview.canApply && (
                  <p className="hint">
                    Importen kan ikke gjennomføres før feilene er rettet eller radene utelatt.
                  </p>
                )}
                {applyError && (
                  <p className="dialog-error" role="alert">
                    {applyError}
                  </p>
                )}
                <button
                  type="button"
                  className="btn btn-primary"
                  disabled={!canApply}
                  onClick={() => void apply()}
                >
                  Importer
                </button>
              </div>
            </div>
          )}
        </Panel>
      )}

      <Panel title="Endring fra i fjor">
        {comparison.error ? (
          <LoadError error={comparison.error} title="Kunne ikke hente tallene" />
        ) : comparison.data ? (
          <YearComparison data={comparison.data} />
        ) : null}
      </Panel>

      <Panel title="Tidligere importer">
        {history.error ? (
          <LoadError error={history.error} title="Kunne ikke hente importene" />
        ) : history.data ? (
          <ImportHistory
            runs={history.data}
            onUndone={() => {
              // The «Importert …» banner describes an import that may now be undone.
              setResult(null);
              history.reload();
              comparison.reload();
            }}
          />
        ) : null}
      </Panel>
      <KoboExchange />
    </div>
  );
}
