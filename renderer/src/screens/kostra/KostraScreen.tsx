// KOSTRA skjema 13 «Boliger kommunen disponerer» (issue 13.4): the figures for a reporting year
// as of 31.12, counted from the register, line by line with the homes and applications behind
// each; the control checks (FATAL/ERROR block «ferdig», WARNING/INFO need a comment); saved per
// year; exported as .xlsx and CSV.
import { useState } from 'react';
import type { KostraReport, KostraReportLine } from '../../../../main/contract/kostra';
import { isBlocking, formatLineValue, type KostraCheck } from '../../../../main/domain/kostra';
import { formatPercent } from '../../../../main/domain/format';
import { ApiError, call } from '../../api';
import { LoadError } from '../../components/LoadError';
import { NumericField } from '../../components/NumericField';
import { Panel } from '../../components/Panel';
import { SaveFileButton } from '../../components/SaveFileButton';
import { dateTime, DASH, date } from '../../display';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useToday } from '../../state/registerInfo';
import { replaceQuery, type Route } from '../../state/router';
import { runWrite } from '../../state/status';
import { notify } from '../../state/toast';
import './kostra.css';

const STATUS_TEXT = { ny: 'Ikke lagret', utkast: 'Utkast', ferdig: 'Ferdig' } as const;

function yearOptions(today: string): number[] {
  const current = Number(today.slice(0, 4));
  return Array.from({ length: 6 }, (_, i) => current - i);
}

export function KostraScreen({ route }: { route: Route }) {
  const today = useToday();
  const years = yearOptions(today);
  const asked = Number(route.query.get('aar'));
  // In January–February one reports the year just ended.
  const year = years.includes(asked) ? asked : years[1]!;
  const q = useApiQuery('kostra.get', { year });
  return (
    <div className="kostra-screen">
      <header className="screen-header">
        <div>
          <h1>KOSTRA skjema 13</h1>
          <p className="lead">
            Boliger kommunen disponerer, per 31.12.{year}. Tallene telles fra registeret etter SSBs
            definisjoner; sjekk hver linje mot boligene og sakene bak.
          </p>
        </div>
        <div className="header-actions">
          <SaveFileButton
            label="Eksporter til Excel"
            save={() => call('kostra.export', { year, format: 'xlsx' })}
          />
          <SaveFileButton
            label="Eksporter CSV"
            save={() => call('kostra.export', { year, format: 'csv' })}
          />
        </div>
      </header>
      <div className="toolbar">
        <div className="filter">
          <label htmlFor="kostra-year">Rapporteringsår</label>
          <select
            id="kostra-year"
            value={String(year)}
            onChange={(e) => replaceQuery({ aar: e.target.value })}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      </div>
      {q.error && <LoadError error={q.error} />}
      {q.data && q.data.year === year && (
        <KostraForm
          key={`${q.data.year}|${q.data.savedAt ?? ''}`}
          report={q.data}
          onSaved={q.reload}
        />
      )}
    </div>
  );
}

function KostraForm({ report, onSaved }: { report: KostraReport; onSaved: () => void }) {
  const [population, setPopulation] = useState<number | undefined>(report.population ?? undefined);
  const [comments, setComments] = useState<Record<string, string>>(report.comments);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const populationOk = population !== undefined && Number.isInteger(population) && population > 0;

  // What stops «ferdig» with what is typed now (the server checks again when saving).
  const problems = report.checks.filter((c) =>
    isBlocking(c) ? !(c.code === 'population' && populationOk) : !comments[c.code]?.trim(),
  );

  const save = async (finish: boolean) => {
    if (population !== undefined && !populationOk) {
      setError('Innbyggere per 31.12: må være et helt tall større enn 0');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await runWrite(() =>
        call('kostra.save', {
          year: report.year,
          population: population ?? null,
          comments,
          finish,
        }),
      );
      notify(finish ? 'Skjemaet er markert som ferdig' : 'Lagret');
      onSaved();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <p className="kostra-status">
        {report.municipality} · Status: <strong>{STATUS_TEXT[report.status]}</strong>
        {report.savedAt && ` (lagret ${dateTime(report.savedAt)})`}
        {report.status === 'ferdig' &&
          ' · Tallene er låst slik de ble lagret. Lagre som utkast for å telle på nytt.'}
      </p>
      <div className="detail-grid">
        <Panel title="Innbyggere">
          <NumericField
            name="population"
            label="Innbyggere per 31.12"
            kind="int"
            value={population}
            onChange={setPopulation}
            hint="Fra SSB (folkemengde 31.12). Brukes til tall per 1 000 innbyggere."
          />
        </Panel>
        <Panel title="Kontroller">
          <ChecksList checks={report.checks} comments={comments} setComments={setComments} />
        </Panel>
      </div>
      <div className="form-actions kostra-actions">
        <button type="button" className="btn" disabled={saving} onClick={() => void save(false)}>
          Lagre utkast
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={saving || problems.length > 0}
          onClick={() => void save(true)}
        >
          Marker som ferdig
        </button>
        {problems.length > 0 && (
          <p className="hint" id="kostra-finish-hint">
            Kan ikke markeres som ferdig: {problems.filter(isBlocking).length} feil som må rettes og{' '}
            {problems.filter((c) => !isBlocking(c)).length} merknader som mangler kommentar.
          </p>
        )}
      </div>
      {error && (
        <p className="field-error kostra-error" role="alert">
          {error}
        </p>
      )}
      <Panel title={`Skjema 13 for ${report.year}`}>
        <FormLines report={report} />
      </Panel>
    </>
  );
}

const SEVERITY_TEXT = { FATAL: 'Fatal feil', ERROR: 'Feil', WARNING: 'Advarsel', INFO: 'Merknad' };

function ChecksList(props: {
  checks: KostraCheck[];
  comments: Record<string, string>;
  setComments: (f: (c: Record<string, string>) => Record<string, string>) => void;
}) {
  if (props.checks.length === 0) return <p className="muted">Ingen kontroller slår ut.</p>;
  return (
    <ul className="kostra-checks">
      {props.checks.map((c) => (
        <li key={c.code} className={`kostra-check severity-${c.severity.toLowerCase()}`}>
          <p>
            <span className={`badge ${isBlocking(c) ? 'badge-warn' : 'badge-info'}`}>
              {SEVERITY_TEXT[c.severity]}
            </span>{' '}
            {c.message}
          </p>
          {!isBlocking(c) && (
            <label className="kostra-comment">
              <span>Kommentar</span>
              <textarea
                rows={2}
                maxLength={500}
                aria-label={`Kommentar: ${c.message}`}
                value={props.comments[c.code] ?? ''}
                onChange={(e) => {
                  const text = e.target.value;
                  props.setComments((all) => ({ ...all, [c.code]: text }));
                }}
              />
            </label>
          )}
        </li>
      ))}
    </ul>
  );
}

function change(l: KostraReportLine): string {
  if (l.value === null || l.lastYear === null || l.lastYear === 0 || l.kind !== 'count') {
    return DASH;
  }
  const c = (l.value - l.lastYear) / l.lastYear;
  return `${c > 0 ? '+' : ''}${formatPercent(c, 0)}`;
}

function FormLines({ report }: { report: KostraReport }) {
  const flagged = new Set(report.checks.flatMap((c) => c.keys));
  const sections = [...new Set(report.lines.map((l) => l.section))];
  return (
    <div className="table-wrap">
      <table className="data-table kostra-lines">
        <caption className="sr-only">Skjema 13 linje for linje</caption>
        <thead>
          <tr>
            <th scope="col">Linje</th>
            <th scope="col" className="align-right">
              {report.year}
            </th>
            <th scope="col" className="align-right">
              {report.year - 1}
            </th>
            <th scope="col" className="align-right">
              Endring
            </th>
            <th scope="col">Grunnlag</th>
          </tr>
        </thead>
        {sections.map((s) => (
          <tbody key={s}>
            <tr className="kostra-section">
              <th scope="rowgroup" colSpan={5}>
                {s}
              </th>
            </tr>
            {report.lines
              .filter((l) => l.section === s)
              .map((l) => (
                <tr
                  key={l.key}
                  data-line={l.key}
                  className={flagged.has(l.key) ? 'kostra-flagged' : undefined}
                >
                  <th scope="row" className={l.part ? 'kostra-part' : undefined}>
                    {l.label}
                  </th>
                  <td className="align-right num">{formatLineValue(l.kind, l.value)}</td>
                  <td className="align-right num">{formatLineValue(l.kind, l.lastYear)}</td>
                  <td className="align-right num">{change(l)}</td>
                  <td>
                    {l.sources.length > 0 && (
                      <details>
                        <summary>
                          {l.key.startsWith('homes') ? 'Boligene' : 'Sakene'} ({l.sources.length})
                        </summary>
                        <p className="kostra-sources">{l.sources.join(', ')}</p>
                      </details>
                    )}
                  </td>
                </tr>
              ))}
          </tbody>
        ))}
      </table>
      <p className="hint">
        Per {date(report.asOf)}. Boligene er registeret slik det er når skjemaet lages; utleide
        boliger, søknader, vedtak og tildelinger telles etter datoene sine.
      </p>
    </div>
  );
}
