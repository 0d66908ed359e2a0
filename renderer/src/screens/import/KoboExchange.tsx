// Homes to and from Kobo's field names (issue 13.5): export, and an all-or-nothing import that
// creates or updates homes matched on bruksenhetsnummer (bolignr).
import { useState } from 'react';
import { formatInteger } from '../../../../main/domain/format';
import { ApiError, call } from '../../api';
import { Panel } from '../../components/Panel';
import { SaveFileButton } from '../../components/SaveFileButton';
import { runWrite } from '../../state/status';

export function KoboExchange() {
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const importHomes = async () => {
    setError(null);
    setResult(null);
    try {
      const r = await runWrite(() => call('kobo.importHomes', {}));
      if (r) {
        setResult(
          `Importert ${r.fileName}: ${formatInteger(r.created)} nye boliger, ${formatInteger(r.updated)} oppdatert.`,
        );
      }
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };

  return (
    <Panel title="Utveksling med Kobo">
      <p className="hint">
        Boligene med Kobos feltnavn (JSON). Husstander og leieforhold tas aldri med. Importen
        oppretter eller oppdaterer boliger etter bruksenhetsnummer (bolignr), alt eller ingenting.
      </p>
      <div className="button-row">
        <SaveFileButton
          label="Eksporter boliger til Kobo"
          save={() => call('kobo.exportHomes', {})}
        />
        <button type="button" className="btn" onClick={() => void importHomes()}>
          Importer boliger fra Kobo…
        </button>
      </div>
      {result && (
        <p className="note" role="status">
          {result}
        </p>
      )}
      {error && (
        <p className="field-error pre-line" role="alert">
          {error}
        </p>
      )}
    </Panel>
  );
}
