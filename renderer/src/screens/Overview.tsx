// Oversikt: the register at a glance – key figures, charts and the lists that need action.
import type { Overview as OverviewData } from '../../../main/contract/api';
import { formatInteger, formatPercent } from '../../../main/domain/format';
import { KeyFigure } from '../components/KeyFigure';
import { LoadError } from '../components/LoadError';
import { date } from '../display';
import { useApiQuery } from '../hooks/useApiQuery';
import { href } from '../state/router';
import { BedroomChart, ForecastChart, StatusChart, TenureChart } from './overview/Charts';
import { CrowdedList, LeasesEndingList, VacantList } from './overview/OverviewLists';
import { YearComparison } from './import/YearComparison';
import { Panel } from '../components/Panel';

const n = formatInteger;

function KeyFigures({ o }: { o: OverviewData }) {
  return (
    <>
      <section aria-labelledby="figures-stock" className="figure-section">
        <h2 id="figures-stock" className="section-title">
          Boligmassen
        </h2>
        <div className="figures">
          <KeyFigure
            label="Boliger i alt"
            value={n(o.units.total)}
            note={`${n(o.units.byTenure.eid)} eid · ${n(o.units.byTenure.framleie)} framleie · ${n(o.units.byTenure.tildelingsrett)} tildelingsrett`}
            href={href('/boliger')}
          />
          <KeyFigure
            label="Ledige boliger"
            value={n(o.units.byStatus.ledig)}
            href={href('/boliger', { status: 'ledig' })}
          />
          <KeyFigure
            label="Rullestoltilgjengelige boliger"
            value={formatPercent(o.units.wheelchairShare)}
            note={`${n(o.units.wheelchairAccessible)} av ${n(o.units.total)} boliger`}
            href={href('/boliger', { wheelchairAccessible: true })}
          />
          <KeyFigure
            label="Kontrakter som går ut innen 12 mnd."
            value={n(o.leasesEndingCount.total)}
            note={`${n(o.leasesEndingCount.kontrakt)} leiekontrakter · ${n(o.leasesEndingCount.framleie)} framleieavtaler`}
            href={href('/kontrakter')}
          />
          <KeyFigure
            label="Utløpte kontrakter, bor fortsatt"
            value={n(o.expiredContracts)}
            tone={o.expiredContracts > 0 ? 'warn' : 'default'}
            href={href('/husstander', { expired: true })}
          />
        </div>
      </section>
      <section aria-labelledby="figures-people" className="figure-section">
        <h2 id="figures-people" className="section-title">
          Husstander og behov
        </h2>
        <div className="figures">
          <KeyFigure
            label="Husstander i kommunale boliger"
            value={n(o.households)}
            note={`${n(o.householdsWithChildren)} med barn`}
            href={href('/husstander', { housed: true })}
          />
          <KeyFigure
            label="Barn i kommunale boliger"
            value={n(o.children)}
            href={href('/husstander', { housed: true, withChildren: true })}
          />
          <KeyFigure
            label="Trangbodde husstander"
            value={n(o.crowded.length)}
            tone={o.crowded.length > 0 ? 'warn' : 'default'}
            href={href('/husstander', { crowded: true })}
          />
          <KeyFigure
            label="Søkere på venteliste"
            value={n(o.waitingList.applicants)}
            note={`${n(o.waitingList.byUrgency.akutt)} akutt · ${n(o.waitingList.byUrgency.hoy)} høy hastegrad`}
            href={href('/behov', { kind: 'soker' })}
          />
        </div>
      </section>
    </>
  );
}

export function Overview() {
  const q = useApiQuery('overview.get', {});
  if (q.error) return <LoadError error={q.error} />;
  const o = q.data;
  return (
    <div className="overview">
      <header className="screen-header">
        <div>
          <h1>Oversikt</h1>
          {o && (
            <p className="lead">
              {o.municipality} · tall per {date(o.today)}
            </p>
          )}
        </div>
      </header>
      {o && (
        <>
          <KeyFigures o={o} />
          <div className="chart-grid">
            <BedroomChart overview={o} />
            <ForecastChart overview={o} />
            <TenureChart overview={o} />
            <StatusChart overview={o} />
          </div>
          <div className="list-grid">
            <VacantList overview={o} />
            <LeasesEndingList overview={o} />
            <CrowdedList overview={o} />
          </div>
          <SurveyChange />
        </>
      )}
    </div>
  );
}

/** The annual survey: this year against last year (condition, backlog, occupancy, rent). */
function SurveyChange() {
  const comparison = useApiQuery('snapshots.compare', {});
  // Nothing to compare before the first survey is imported.
  if (!comparison.data?.current) return null;
  return (
    <Panel title="Endring fra i fjor (årlig kartlegging)">
      <YearComparison data={comparison.data} />
    </Panel>
  );
}
