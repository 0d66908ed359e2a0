// Scenarier: the baseline «Ingen tiltak» (computed, not stored) and the stored scenarios:
// open, copy, delete, create; tick two to four to compare them.
import { useState } from 'react';
import type { ScenarioSummary } from '../../../../../main/contract/api';
import { BASELINE_NAME } from '../../../../../main/domain/scenario';
import { call } from '../../../api';
import { DeleteButton } from '../../../components/DeleteButton';
import { LoadError } from '../../../components/LoadError';
import { dateTime } from '../../../display';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useToday } from '../../../state/registerInfo';
import { href, navigate } from '../../../state/router';
import { runWrite } from '../../../state/status';
import { notify } from '../../../state/toast';
import { useDrafts } from '../drafts';
import { int, period } from '../fmt';
import { DuplicateDialog, NewScenarioDialog } from './ScenarioDialogs';
import {
  ExportScenarioButton,
  FileProblemAlert,
  ImportScenarioButton,
  type FileProblem,
} from './ScenarioFiles';
import { AdoptDialog, type AdoptTarget } from '../../followUp/planResult/PlanDialogs';
import '../scenarios.css';

export const BASELINE_ID = 'ingen';
const MAX_COMPARE = 4;

export function ScenarioList() {
  const q = useApiQuery('scenarios.list', {});
  const today = useToday();
  const nextYear = Number(today.slice(0, 4)) + 1;
  const drafts = useDrafts();
  const [creating, setCreating] = useState(false);
  const [copying, setCopying] = useState<ScenarioSummary | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [fileProblem, setFileProblem] = useState<FileProblem | null>(null);
  // Issue 13.3: the adopted plans («vedtatt plan») and «Merk som vedtatt plan».
  const adopted = useApiQuery('planFollowUp.adopted', {});
  const [adopting, setAdopting] = useState<AdoptTarget | null>(null);
  const toggle = (id: string, on: boolean) =>
    setPicked((p) => (on ? [...p, id] : p.filter((x) => x !== id)));
  const canCompare = picked.length >= 2 && picked.length <= MAX_COMPARE;

  const remove = async (s: ScenarioSummary) => {
    await runWrite(() => call('scenarios.delete', { id: s.id }));
    drafts.clear(s.id);
    setPicked((p) => p.filter((x) => x !== String(s.id)));
    notify(`Scenarioet «${s.name}» er slettet`);
    q.reload();
  };

  const pick = (id: string, name: string) => (
    <input
      type="checkbox"
      aria-label={`Sammenlign ${name}`}
      checked={picked.includes(id)}
      disabled={!picked.includes(id) && picked.length >= MAX_COMPARE}
      onChange={(e) => toggle(id, e.target.checked)}
    />
  );

  return (
    <div className="scenario-list">
      <header className="screen-header">
        <div>
          <h1>Scenarier</h1>
          <p className="lead">
            Tiltak år for år – kjøp, bygging, salg, framleie, leie-til-eie – med virkning på
            boligmassen, dekningen og budsjettet.
          </p>
        </div>
        <div className="header-actions">
          <a className="btn" href={href('/boligverdi')}>
            Verdi per bolig
          </a>
          <a className="btn" href={href('/scenarier/foreslaa')}>
            Foreslå plan
          </a>
          <ImportScenarioButton onProblem={setFileProblem} />
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            Nytt scenario
          </button>
        </div>
      </header>
      {fileProblem && (
        <FileProblemAlert problem={fileProblem} onDismiss={() => setFileProblem(null)} />
      )}
      <div className="compare-bar" role="group" aria-label="Sammenligning">
        <span>
          {picked.length === 0
            ? 'Kryss av for to til fire scenarioer for å sammenligne dem.'
            : `${picked.length} valgt${picked.length > MAX_COMPARE ? ` (høyst ${MAX_COMPARE})` : ''}`}
        </span>
        <button
          type="button"
          className="btn btn-primary btn-small"
          disabled={!canCompare}
          onClick={() => navigate(href('/sammenlign', { ids: picked.join(',') }))}
        >
          Sammenlign valgte
        </button>
      </div>
      {q.error ? (
        <LoadError error={q.error} />
      ) : (
        <div className="table-wrap">
          <table className="data-table scenarios-table">
            <caption className="sr-only">Scenarier</caption>
            <thead>
              <tr>
                <th scope="col">
                  <span className="sr-only">Sammenlign</span>
                </th>
                <th scope="col">Navn</th>
                <th scope="col" className="align-right">
                  Periode
                </th>
                <th scope="col" className="align-right">
                  Tiltak
                </th>
                <th scope="col">Sist lagret</th>
                <th scope="col">
                  <span className="sr-only">Handlinger</span>
                </th>
              </tr>
            </thead>
            <tbody>
              <tr className="baseline-row">
                <td>{pick(BASELINE_ID, BASELINE_NAME)}</td>
                <td>
                  <a className="row-link" href={href(`/scenarier/${BASELINE_ID}`)}>
                    {BASELINE_NAME}
                  </a>{' '}
                  <span className="badge">Referansebane</span>
                </td>
                <td className="align-right">{period(nextYear, 4)}</td>
                <td className="align-right">{int(0)}</td>
                <td className="muted">Beregnes fra registeret</td>
                <td className="row-actions">
                  <ExportScenarioButton id={0} name={BASELINE_NAME} onProblem={setFileProblem} />
                </td>
              </tr>
              {q.data?.map((s) => (
                <tr key={s.id}>
                  <td>{pick(String(s.id), s.name)}</td>
                  <td>
                    <a className="row-link" href={href(`/scenarier/${s.id}`)}>
                      {s.name}
                    </a>{' '}
                    {drafts.get(s.id) && <span className="badge badge-warn">Ikke lagret</span>}
                    {adopted.data
                      ?.filter((a) => a.scenarioId === s.id)
                      .map((a) => (
                        <a
                          key={a.id}
                          className="badge"
                          href={href('/plan-og-resultat', { plan: a.id })}
                        >
                          Vedtatt plan {a.fromYear}–{a.toYear}
                        </a>
                      ))}
                  </td>
                  <td className="align-right">{period(s.startYear, s.years)}</td>
                  <td className="align-right">{int(s.actionCount)}</td>
                  <td>{dateTime(s.updatedAt)}</td>
                  <td className="row-actions">
                    <ExportScenarioButton id={s.id} name={s.name} onProblem={setFileProblem} />
                    <button
                      type="button"
                      className="btn btn-small"
                      aria-label={`Merk ${s.name} som vedtatt plan`}
                      onClick={() => setAdopting(s)}
                    >
                      Merk som vedtatt plan
                    </button>
                    <button
                      type="button"
                      className="btn btn-small"
                      aria-label={`Kopier ${s.name}`}
                      onClick={() => setCopying(s)}
                    >
                      Kopier
                    </button>
                    <DeleteButton title={`Slette «${s.name}»?`} onDelete={() => remove(s)}>
                      <p>
                        Scenarioet «{s.name}» med {int(s.actionCount)} tiltak slettes. Registeret
                        endres ikke.
                      </p>
                    </DeleteButton>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {q.data?.length === 0 && (
            <div className="table-empty">
              Ingen lagrede scenarioer ennå. Lag et med «Nytt scenario».
            </div>
          )}
        </div>
      )}
      {adopting && (
        <AdoptDialog
          scenario={adopting}
          onClose={() => setAdopting(null)}
          onSaved={() => {
            setAdopting(null);
            adopted.reload();
          }}
        />
      )}
      {creating && <NewScenarioDialog nextYear={nextYear} onClose={() => setCreating(false)} />}
      {copying && (
        <DuplicateDialog id={copying.id} name={copying.name} onClose={() => setCopying(null)} />
      )}
    </div>
  );
}
