// The printable plan (issue 12.4): rendered from main/report/model.ts by the app (route
// #/scenarier/rapport) and by the CLI (react-dom/server into a self-contained HTML file).
// Render only: every figure comes from the model; this file formats it. No imports of the
// app's API or styles (the CLI renders it under Node).
import { isWarningCode, WARNING_LABEL } from '../../../main/domain/scenario/warnings';
import type { ReactNode } from 'react';
import { formatInteger, formatKr } from '../../../main/domain/format';
import {
  costChangeWords,
  homesChangeWords,
  moneyWords,
  type MoneyWords,
  NET_COST,
  NET_INVESTMENT,
  pointsChangeWords,
} from '../../../main/domain/wording';
import type { ReportModel, ReportScenario } from '../../../main/report/model';
import { BudgetTable } from './BudgetTable';
import { CoverageChart } from './CoverageChart';
import { coverageText, gapText, whole } from './format';

interface Props {
  model: ReportModel;
}

const nameOf = (s: ReportScenario) => `${s.name} (${s.period})`;

export function ReportDocument({ model }: Props) {
  const many = model.scenarios.length > 1;
  const names = model.scenarios.map((s) => s.name);
  return (
    <article className="report" lang="nb" aria-label={`${model.title}, ${model.municipality}`}>
      <header className="report-head">
        <p className="report-municipality">{model.municipality}</p>
        <h1>{model.title}</h1>
        <p>
          {many
            ? `Sammenligning av ${names.length} scenarioer: ${names.join(', ')}`
            : `Scenario: ${names[0] ?? ''}`}
        </p>
        <p>Dato: {model.dateText}</p>
        {model.isSample && (
          <p className="report-sample">Fiktive eksempeldata – ikke en virkelig kommune.</p>
        )}
      </header>

      <section className="report-section" aria-labelledby="r-sammendrag">
        <h2 id="r-sammendrag">Sammendrag</h2>
        {model.scenarios.map((s, k) => (
          <div key={k} className="report-block">
            <h3>{nameOf(s)}</h3>
            <ul className="report-summary">
              {s.summary.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </div>
        ))}
        {many && <KeyFigures scenarios={model.scenarios} />}
      </section>

      <section className="report-section" aria-labelledby="r-tiltak">
        <h2 id="r-tiltak">Tiltak</h2>
        {model.scenarios.map((s, k) => (
          <div key={k} className="report-block">
            <h3>{nameOf(s)}</h3>
            {s.actions.length === 0 ? (
              <p>Ingen tiltak (referansebanen: boligmassen som den er).</p>
            ) : (
              <table className="report-table report-actions">
                <caption className="report-sr-only">Tiltak i {s.name}</caption>
                <colgroup>
                  <col className="col-no" />
                  <col className="col-title" />
                  <col className="col-years" />
                  <col />
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col">Nr.</th>
                    <th scope="col">Tiltak</th>
                    <th scope="col">År</th>
                    <th scope="col">Hva</th>
                  </tr>
                </thead>
                <tbody>
                  {s.actions.map((a) => (
                    <tr key={a.no}>
                      <td>{a.no}</td>
                      <th scope="row">{a.title}</th>
                      <td>{a.years}</td>
                      <td>
                        {a.description}
                        {a.note && <span className="report-note"> – {a.note}</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        ))}
      </section>

      <section className="report-section" aria-labelledby="r-dekning">
        <div className="report-section-head">
          <h2 id="r-dekning">Dekning av behov</h2>
          <p className="report-lead">
            Behov: husstander på venteliste, i prognosen og som bør flytte. Tilbud: boliger som blir
            ledige eller kommer til. Forventede verdier, avrundet til hele husstander og boliger.
          </p>
        </div>
        {model.scenarios.map((s, k) => (
          <div key={k} className="report-block">
            <div className="report-keep">
              <h3>{nameOf(s)}</h3>
              <CoverageChart rows={s.coverage} id={`r-chart-${k}`} scenarioName={s.name} />
            </div>
            <table className="report-table report-coverage" data-scenario={k}>
              <caption className="report-sr-only">Behov og dekning per år i {s.name}</caption>
              <thead>
                <tr>
                  <th scope="col">År</th>
                  <th scope="col" className="num">
                    Behov (husstander)
                  </th>
                  <th scope="col" className="num">
                    Tilbud (boliger)
                  </th>
                  <th scope="col" className="num">
                    Mangler / overskudd
                  </th>
                  <th scope="col" className="num">
                    Dekning
                  </th>
                </tr>
              </thead>
              <tbody>
                {s.coverage.map((r) => (
                  <tr key={r.year}>
                    <th scope="row">{r.year}</th>
                    <td className="num">{whole(r.demand)}</td>
                    <td className="num">{whole(Math.max(0, r.supply))}</td>
                    <td className="num">{gapText(r.demand, r.supply)}</td>
                    <td className="num report-coverage-value">{coverageText(r.coverage)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </section>

      <BudgetSection
        id="r-investeringer"
        title="Investeringer"
        kind="Investering"
        scenarios={model.scenarios}
        table={(s) => s.investment}
      >
        Investeringsbudsjettet per år i 1 000 kr (løpende priser), KOSTRA-funksjon{' '}
        {model.scenarios[0]?.investment.kostraFunction}, kontotype Investering. Netto investering er
        kommunens egenfinansiering; «innbetaling» betyr at salg, tilskudd og lån er større enn
        utgiftene.
      </BudgetSection>

      <BudgetSection
        id="r-drift"
        title="Drift"
        kind="Drift"
        scenarios={model.scenarios}
        table={(s) => s.operating}
      >
        Driftsbudsjettet per år i 1 000 kr (løpende priser), KOSTRA-funksjon{' '}
        {model.scenarios[0]?.operating.kostraFunction}, kontotype Drift. Renter og avdrag er
        driftsutgifter; «overskudd» betyr at husleien er større enn utgiftene.
      </BudgetSection>

      <section className="report-section" aria-labelledby="r-endring">
        <div className="report-section-head">
          <h2 id="r-endring">Endring mot Ingen tiltak</h2>
          <p className="report-lead">
            Hva planen endrer mot «Ingen tiltak» med samme planperiode og forutsetninger.
          </p>
        </div>
        {model.scenarios.map((s, k) => (
          <div key={k} className="report-block">
            <h3>{nameOf(s)}</h3>
            <DifferenceTable scenario={s} />
          </div>
        ))}
      </section>

      <section className="report-section" aria-labelledby="r-forutsetninger">
        <h2 id="r-forutsetninger">Forutsetninger</h2>
        <table className="report-table report-assumptions">
          <caption className="report-sr-only">Forutsetninger per scenario</caption>
          <thead>
            <tr>
              <th scope="col">Forutsetning</th>
              <th scope="col">Enhet</th>
              {model.scenarios.map((s, k) => (
                <th key={k} scope="col" className="num">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.assumptions.map((a) => (
              <tr key={a.label}>
                <th scope="row">
                  {a.label}
                  <span className="report-description">{a.description}</span>
                </th>
                <td>{a.unit}</td>
                {a.values.map((v, k) => (
                  <td key={k} className="num">
                    {v}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <h3>Regler og konvensjoner</h3>
        <dl className="report-rules">
          {model.rules.map((r) => (
            <div key={r.label}>
              <dt>{r.label}</dt>
              <dd>{r.text}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section className="report-section" aria-labelledby="r-varsler">
        <h2 id="r-varsler">Varsler</h2>
        {model.scenarios.map((s, k) => (
          <div key={k} className="report-block">
            <h3>{nameOf(s)}</h3>
            {s.warnings.length === 0 ? (
              <p>Ingen varsler.</p>
            ) : (
              <ul className="report-warnings">
                {s.warnings.map((w, i) => (
                  <li key={i}>
                    {w.message}
                    {(w.code || w.year !== null) && (
                      <span className="report-warning-meta">
                        {' '}
                        (
                        {[
                          w.year !== null ? `år ${w.year}` : null,
                          isWarningCode(w.code) ? WARNING_LABEL[w.code].toLowerCase() : null,
                        ]
                          .filter(Boolean)
                          .join(', ')}
                        )
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </section>
    </article>
  );
}

function KeyFigures({ scenarios }: { scenarios: ReportScenario[] }) {
  // Money as its words over the amount, so an amount never breaks across lines.
  const money = (m: MoneyWords) => (
    <>
      {m.label} <span className="report-amount">{formatKr(m.amount)}</span>
    </>
  );
  const rows: [string, (s: ReportScenario) => ReactNode][] = [
    ['Kjøpte boliger', (s) => formatInteger(s.counts.bought)],
    ['Bygde boliger', (s) => formatInteger(s.counts.built)],
    ['Solgte boliger', (s) => formatInteger(s.counts.sold)],
    ['Nye framleieboliger', (s) => formatInteger(s.counts.leased)],
    ['Dekning ved slutten', (s) => coverageText(s.coverageEnd)],
    ['Investering i perioden', (s) => money(moneyWords(s.totalNetInvestment, NET_INVESTMENT))],
    ['Netto kostnad per år i snitt', (s) => money(moneyWords(s.averageNetCost, NET_COST))],
    ['Nåverdi av netto kostnad', (s) => money(moneyWords(s.npv, NET_COST))],
  ];
  return (
    <table className="report-table report-keyfigures">
      <caption>Nøkkeltall</caption>
      <thead>
        <tr>
          <th scope="col">Nøkkeltall</th>
          {scenarios.map((s, k) => (
            <th key={k} scope="col" className="num">
              {s.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, f]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            {scenarios.map((s, k) => (
              <td key={k} className="num">
                {f(s)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DifferenceTable({ scenario: s }: { scenario: ReportScenario }) {
  const d = s.difference;
  if (!d) return <p>Dette er referansebanen «Ingen tiltak».</p>;
  return (
    <>
      <table className="report-table report-difference">
        <caption className="report-sr-only">Endring mot Ingen tiltak, {s.name}</caption>
        <colgroup>
          <col className="col-year" />
          <col />
          <col />
          <col />
          <col />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">År</th>
            <th scope="col">Dekning</th>
            <th scope="col">Boliger</th>
            <th scope="col">Netto investering</th>
            <th scope="col">Netto driftsutgift</th>
            <th scope="col">Netto utgift</th>
          </tr>
        </thead>
        <tbody>
          {d.perYear.map((y) => (
            <tr key={y.year}>
              <th scope="row">{y.year}</th>
              <td>{pointsChangeWords(y.coveragePoints)}</td>
              <td>{homesChangeWords(y.homes)}</td>
              <td>{costChangeWords(y.netInvestment, 'investering')}</td>
              <td>{costChangeWords(y.netOperatingCost, 'driftsutgift')}</td>
              <td>{costChangeWords(y.netCost, 'utgift')}</td>
            </tr>
          ))}
          <tr className="report-net">
            <th scope="row">Sum</th>
            <td>{pointsChangeWords(d.total.coveragePointsEnd)} (siste år)</td>
            <td>{homesChangeWords(d.total.homesEnd)} (siste år)</td>
            <td>{costChangeWords(d.total.netInvestment, 'investering')}</td>
            <td>{costChangeWords(d.total.netOperatingCost, 'driftsutgift')}</td>
            <td>{costChangeWords(d.total.netCost, 'utgift')}</td>
          </tr>
        </tbody>
      </table>
      <p>
        Nåverdi: {d.total.npv === null ? '–' : costChangeWords(d.total.npv, 'utgift')} (
        {s.npvConvention}).
      </p>
    </>
  );
}

/** Investeringer or Drift: the lead, then each scenario's budget table in 1 000 kr. */
function BudgetSection(props: {
  id: string;
  title: string;
  /** «Investering» or «Drift», in the table captions. */
  kind: string;
  scenarios: ReportScenario[];
  table: (s: ReportScenario) => ReportScenario['investment'];
  children: ReactNode;
}) {
  return (
    <section className="report-section" aria-labelledby={props.id}>
      <div className="report-section-head">
        <h2 id={props.id}>{props.title}</h2>
        <p className="report-lead">{props.children}</p>
      </div>
      {props.scenarios.map((s, k) => (
        <div key={k} className="report-block">
          <h3>{nameOf(s)}</h3>
          <BudgetTable
            table={props.table(s)}
            caption={`${props.kind}, ${s.name}, 1 000 kr, KOSTRA-funksjon ${props.table(s).kostraFunction}`}
          />
        </div>
      ))}
    </section>
  );
}
