// The printable plan in the app (issue 12.4): #/scenarier/rapport?ids=ingen,3 shows the report
// for one scenario or a comparison of up to four, with «Skriv ut / lagre som PDF». In Electron
// main prints this page to PDF (A4, municipality and date on every page, page numbers); where
// the shell cannot (the test host), the page prints itself with window.print().
import { useState } from 'react';
import { BASELINE_SCENARIO_ID } from '../../../../../main/contract/export';
import type { ReportPrinted } from '../../../../../main/contract/report';
import { ApiError, call } from '../../../api';
import { LoadError } from '../../../components/LoadError';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { ReportDocument } from '../../../report/ReportDocument';
import { href, type Route } from '../../../state/router';
import { useBusy } from '../../../state/status';
import { BASELINE_ID } from '../list/ScenarioList';
import '../../../report/report.css';

const MAX = 4;

/** «ingen,3,5» → [0, 3, 5] (the export's ids; BASELINE_SCENARIO_ID for «Ingen tiltak»). */
export function reportIds(raw: string | null): number[] {
  const out: number[] = [];
  for (const p of (raw ?? '').split(',')) {
    const k = p.trim();
    const id = k === BASELINE_ID ? BASELINE_SCENARIO_ID : /^\d+$/.test(k) ? Number(k) : null;
    if (id !== null && !out.includes(id)) out.push(id);
  }
  return out.slice(0, MAX);
}

export function ReportScreen({ route }: { route: Route }) {
  const ids = reportIds(route.query.get('ids'));
  const q = useApiQuery('report.model', ids.length ? { scenarioIds: ids } : null);
  const [printing, setPrinting] = useState(false);
  const [done, setDone] = useState<Extract<ReportPrinted, { status: 'saved' }> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useBusy(printing);
  const back = route.query.get('fra');

  const print = async () => {
    setPrinting(true);
    setError(null);
    setDone(null);
    try {
      const r = await call('report.printToPdf', { scenarioIds: ids });
      if (r.status === 'unavailable') window.print();
      else if (r.status === 'saved') setDone(r);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : `Utskriften feilet: ${String(e)}`);
    } finally {
      setPrinting(false);
    }
  };

  return (
    <div className="report-screen">
      <div className="report-toolbar">
        <a className="btn" href={back && back.startsWith('/') ? `#${back}` : href('/scenarier')}>
          ‹ Tilbake
        </a>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => void print()}
          disabled={printing || !q.data}
          aria-busy={printing}
        >
          {printing ? 'Skriver ut …' : 'Skriv ut / lagre som PDF'}
        </button>
        <div role="status" aria-live="polite">
          {done && (
            <p className="note">
              Lagret som <strong>{done.fileName}</strong>
            </p>
          )}
        </div>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      {ids.length === 0 ? (
        <p role="alert">Velg ett til fire scenarioer for rapporten.</p>
      ) : q.error ? (
        <LoadError error={q.error} title="Kunne ikke lage rapporten" />
      ) : q.data ? (
        <div className="report-page" data-report-ready>
          <ReportDocument model={q.data} />
        </div>
      ) : (
        <p>Lager rapporten …</p>
      )}
    </div>
  );
}
