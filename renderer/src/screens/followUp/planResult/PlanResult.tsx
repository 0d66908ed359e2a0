// Plan og resultat (issue 13.3): the adopted housing plan followed year by year — homes
// provided and gone against the plan, coverage planned against measured, and the indicators
// of every surveyed year. The figures come from main/domain/planFollowUp.ts via the API.
import { useState } from 'react';
import type { LeaseEndedRow, PlanFollowUpReport } from '../../../../../main/contract/planFollowUp';
import {
  homesWord,
  providedWords,
  STOCK_EVENT_LABEL,
  type StockEvent,
} from '../../../../../main/domain/planFollowUp';
import { call } from '../../../api';
import { DeleteButton } from '../../../components/DeleteButton';
import { KeyFigure } from '../../../components/KeyFigure';
import { LoadError } from '../../../components/LoadError';
import { Panel } from '../../../components/Panel';
import { date, int } from '../../../display';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { href, replaceQuery, type Route } from '../../../state/router';
import { runWrite } from '../../../state/status';
import { notify } from '../../../state/toast';
import { ProvidedChart, StockChart } from './PlanCharts';
import { StockEventDialog } from './PlanDialogs';
import { CoverageTable, HomesTable, IndicatorTable } from './PlanTables';
import './planResult.css';

type Preset = Parameters<typeof StockEventDialog>[0]['preset'];

export function PlanResult({ route }: { route: Route }) {
  const planParam = Number(route.query.get('plan'));
  const planId = Number.isInteger(planParam) && planParam > 0 ? planParam : undefined;
  const q = useApiQuery('planFollowUp.get', planId === undefined ? {} : { planId });
  const [dialog, setDialog] = useState<{ preset?: Preset } | null>(null);

  if (q.error) return <LoadError error={q.error} />;
  const r = q.data;
  if (!r) return <h1>Plan og resultat</h1>;

  return (
    <div className="plan-result">
      <header className="screen-header">
        <div>
          <p className="eyebrow">Oppfølging</p>
          <h1>Plan og resultat</h1>
          <p className="lead">
            Vedtatt boligplan mot det som faktisk er skjedd: boliger inn og ut, dekningen og
            nøkkeltallene fra den årlige kartleggingen.
          </p>
        </div>
        <div className="header-actions">
          <button type="button" className="btn btn-primary" onClick={() => setDialog({})}>
            Registrer hendelse
          </button>
        </div>
      </header>

      <PlanHeading report={r} />

      {r.plan && r.homes && (
        <>
          <div className="figures plan-figures" role="group" aria-label="Hovedtall for planen">
            <KeyFigure
              label={`Hele planperioden ${r.plan.fromYear}–${r.plan.toYear}`}
              value={providedWords(r.homes.totals.actualAdded, r.homes.totals.plannedAdded)}
            />
            <KeyFigure
              label={`Til og med ${r.currentYear}`}
              value={providedWords(r.homes.totals.actualAdded, r.homes.totals.plannedAddedToDate)}
            />
            <KeyFigure
              label="Avgang (salg, leie-til-eie, avvikling, framleie ut)"
              value={`${homesWord(r.homes.totals.actualRemoved)} mot ${int(r.homes.totals.plannedRemoved)} planlagt`}
            />
          </div>
          <Panel title="Boliger inn og ut per år">
            <p className="hint">
              «Planlagt» er tiltakene i den vedtatte planen (bygging teller i året boligene står
              ferdige). «Faktisk» er hendelsene som er registrert på boligene.
            </p>
            <HomesTable homes={r.homes} />
          </Panel>
          <ProvidedChart homes={r.homes} />
          <Panel title="Dekning: planlagt mot målt">
            <p className="hint">
              Planlagt dekning er den vedtatte planen beregnet på registeret slik det er nå. Målt
              dekning er behovsanalysen for registeret i dag, og finnes bare for inneværende år:
              registeret tar ikke vare på ventelisten slik den var tidligere år. For tidligere år
              viser tabellen det søknadene sier: boliger tildelt i året mot søkere med åpen søknad i
              løpet av året.
            </p>
            {r.coverageProblem && (
              <p className="plan-problem" role="status">
                {r.coverageProblem}
              </p>
            )}
            <CoverageTable rows={r.coverage} />
          </Panel>
        </>
      )}

      <Panel title="Nøkkeltall per kartlagt år">
        <p className="hint">
          Fra den årlige kartleggingen (importert under Import). Eierform og størrelse er slik
          registeret har dem i dag; husstander og barn er de som bodde i en kommunal bolig 31.12 det
          året, med barna slik de er registrert i dag.
        </p>
        <IndicatorTable years={r.indicators} />
      </Panel>
      <StockChart indicators={r.indicators} />

      <LeasesEnded rows={r.leasesEnded} onRegister={(preset) => setDialog({ preset })} />
      <EventList events={r.events} />

      {dialog && (
        <StockEventDialog
          {...(dialog.preset ? { preset: dialog.preset } : {})}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            q.reload();
          }}
        />
      )}
    </div>
  );
}

function PlanHeading({ report: r }: { report: PlanFollowUpReport }) {
  if (!r.plan) {
    return (
      <Panel title="Ingen vedtatt plan">
        <p>
          Ingen scenarioer er merket som vedtatt plan. Velg «Merk som vedtatt plan» på et scenario
          under <a href={href('/scenarier')}>Scenarier</a>.
        </p>
      </Panel>
    );
  }
  const p = r.plan;
  return (
    <div className="plan-heading">
      <p>
        Vedtatt plan:{' '}
        <a href={href(`/scenarier/${p.scenarioId}`)}>
          <strong>{p.scenarioName}</strong>
        </a>{' '}
        for {p.fromYear}–{p.toYear}, vedtatt {date(p.adoptedOn)}
        {p.reference ? ` (${p.reference})` : ''}.
      </p>
      <DeleteButton
        label="Opphev vedtaket"
        title={`Oppheve «${p.scenarioName}» som vedtatt plan?`}
        onDelete={async () => {
          await runWrite(() => call('planFollowUp.unadopt', { id: p.id }));
          replaceQuery({ plan: null });
          notify(`«${p.scenarioName}» er ikke lenger vedtatt plan`);
        }}
      >
        <p>
          Scenarioet beholdes, og hendelsene på boligene endres ikke. Bare merket «vedtatt plan» for{' '}
          {p.fromYear}–{p.toYear} fjernes.
        </p>
      </DeleteButton>
      {r.adopted.length > 1 && (
        <label className="plan-picker">
          Vis vedtatt plan{' '}
          <select value={String(p.id)} onChange={(e) => replaceQuery({ plan: e.target.value })}>
            {r.adopted.map((a) => (
              <option key={a.id} value={String(a.id)}>
                {a.scenarioName} ({a.fromYear}–{a.toYear})
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}

function LeasesEnded(props: { rows: LeaseEndedRow[]; onRegister: (p: Preset) => void }) {
  if (props.rows.length === 0) return null;
  return (
    <Panel title="Framleieavtaler som er utløpt uten registrert avgang">
      <p className="hint">
        Avtalen med eieren er utløpt. Registrer «framleie ut» når boligen er levert tilbake, eller
        forleng avtalen på boligen.
      </p>
      <div className="table-wrap">
        <table className="data-table">
          <caption className="sr-only">Utløpte framleieavtaler</caption>
          <thead>
            <tr>
              <th scope="col">Bolig</th>
              <th scope="col">Adresse</th>
              <th scope="col">Avtalen sluttet</th>
              <th scope="col">
                <span className="sr-only">Handlinger</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((u) => (
              <tr key={u.unitId}>
                <td>
                  <a href={href(`/boliger/${u.unitId}`)}>{u.unitNo}</a>
                </td>
                <td>{u.address}</td>
                <td>{date(u.leaseEnd)}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="btn btn-small"
                    aria-label={`Registrer framleie ut for ${u.unitNo}`}
                    onClick={() =>
                      props.onRegister({
                        unitId: u.unitId,
                        unitNo: u.unitNo,
                        kind: 'framleie_ut',
                        date: u.leaseEnd,
                      })
                    }
                  >
                    Registrer framleie ut
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Panel>
  );
}

function EventList({ events }: { events: StockEvent[] }) {
  const remove = async (e: StockEvent) => {
    await runWrite(() => call('stockEvents.delete', { id: e.id }));
    notify(`Hendelsen for bolig ${e.unitNo} er slettet`);
  };
  return (
    <Panel title={`Registrerte hendelser (${int(events.length)})`}>
      {events.length === 0 ? (
        <p className="table-empty">
          Ingen hendelser er registrert ennå. En ny bolig får sin hendelse når den legges inn.
        </p>
      ) : (
        <div className="table-wrap plan-events">
          <table className="data-table">
            <caption className="sr-only">Registrerte hendelser</caption>
            <thead>
              <tr>
                <th scope="col">Dato</th>
                <th scope="col">Bolig</th>
                <th scope="col">Hvordan</th>
                <th scope="col">Merknad</th>
                <th scope="col">
                  <span className="sr-only">Handlinger</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id}>
                  <td>{date(e.date)}</td>
                  <td>
                    {e.unitId !== null ? (
                      <a href={href(`/boliger/${e.unitId}`)}>{e.unitNo}</a>
                    ) : (
                      <>
                        {e.unitNo} <span className="muted">(ikke i registeret)</span>
                      </>
                    )}
                  </td>
                  <td>{STOCK_EVENT_LABEL[e.kind]}</td>
                  <td>{e.note}</td>
                  <td className="row-actions">
                    <DeleteButton
                      title={`Slette hendelsen for bolig ${e.unitNo}?`}
                      onDelete={() => remove(e)}
                    >
                      <p>
                        {STOCK_EVENT_LABEL[e.kind]} {date(e.date)} for bolig {e.unitNo} slettes.
                        Boligen endres ikke.
                      </p>
                    </DeleteButton>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
