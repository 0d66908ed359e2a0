// Behovsanalyse: the needs assessment for the register as it is (no actions), per segment and
// year, in whole households. The settings, the measure shown, the selected cell (whose sources
// open right below it) and the chart's segment live in the URL, so following a link to a home
// and coming back lands on the same view.
import { useMemo, useState } from 'react';
import {
  assessNeeds,
  isSegmentKey,
  segmentLabel,
  DEFAULT_ASSUMPTIONS,
  type NeedsAssessment,
} from '../../../../../main/domain/scenario';
import { LoadError } from '../../../components/LoadError';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { Panel } from '../../../components/Panel';
import { replaceQuery, type Route } from '../../../state/router';
import { period } from '../fmt';
import { useSnapshot } from '../useSnapshot';
import { CellDetail } from './CellDetail';
import { GapTable, MEASURES, MeasurePicker, type Measure } from './GapTable';
import { activeSegments } from './GapTable';
import { MustMoveNote } from './MustMoveNote';
import { NeedsChart } from './NeedsChart';
import { checkParams, NeedsControls, type NeedsParams } from './NeedsControls';
import { parseCell } from './params';
import { PartsTable } from './PartsTable';
import { checkRules, RulesPanel } from './RulesPanel';
import {
  DEFAULT_BEDROOM_RULE,
  DEFAULT_CROWDING_RULE,
  type BedroomRule,
  type CrowdingRule,
} from '../../../../../main/domain/rules';
import '../scenarios.css';

const numParam = (q: URLSearchParams, key: string, fallback: number) => {
  const raw = q.get(key);
  const n = raw === null ? NaN : Number(raw);
  return Number.isFinite(n) ? n : fallback;
};

function fromQuery(q: URLSearchParams, nextYear: number): NeedsParams {
  const years = numParam(q, 'ar', 4);
  return {
    startYear: numParam(q, 'fra', nextYear),
    years: Number.isInteger(years) && years >= 1 && years <= 20 ? years : 4,
    moveOut: numParam(q, 'utflytting', DEFAULT_ASSUMPTIONS.moveOutRateAtContractEnd),
    career: numParam(q, 'karriere', DEFAULT_ASSUMPTIONS.careerExitRate),
    renewal: numParam(q, 'fornyelse', DEFAULT_ASSUMPTIONS.contractRenewalYears),
    mustMove: numParam(q, 'flytting', DEFAULT_ASSUMPTIONS.mustMoveRate),
  };
}

export function NeedsScreen({ route }: { route: Route }) {
  const { index, error } = useSnapshot();
  if (error) return <LoadError error={error} />;
  return (
    <div className="needs-screen">
      <header className="screen-header">
        <div>
          <h1>Behovsanalyse</h1>
          <p className="lead">
            Behov mot tilbud per segment og år for boligmassen slik den er i dag, uten nye tiltak.
          </p>
        </div>
      </header>
      {index && <NeedsBody route={route} nextYear={index.nextYear} index={index} />}
    </div>
  );
}

function NeedsBody({
  route,
  nextYear,
  index,
}: {
  route: Route;
  nextYear: number;
  index: NonNullable<ReturnType<typeof useSnapshot>['index']>;
}) {
  const q = route.query;
  const [params, setParams] = useState<NeedsParams>(() => fromQuery(q, nextYear));
  const [bedroomRule, setBedroomRule] = useState<BedroomRule>(DEFAULT_BEDROOM_RULE);
  // The register's crowding rule (SSB's unless an alternative was chosen in Innstillinger).
  const registerRule = useApiQuery('settings.get', {}).data?.crowdingRule ?? DEFAULT_CROWDING_RULE;
  const [chosenRule, setCrowdingRule] = useState<CrowdingRule | null>(null);
  const crowdingRule = chosenRule ?? registerRule;
  const errors = checkParams(params);
  const ruleErrors = checkRules(bedroomRule, crowdingRule);
  const valid = Object.keys(errors).length === 0 && Object.keys(ruleErrors).length === 0;
  const measure: Measure = (MEASURES as readonly string[]).includes(q.get('vis') ?? '')
    ? (q.get('vis') as Measure)
    : 'gap';
  const showAll = q.get('alle') === '1';
  const cell = parseCell(q.get('celle'));

  const change = (p: Partial<NeedsParams>) => {
    const next = { ...params, ...p };
    setParams(next);
    if (Object.keys(checkParams(next)).length) return;
    replaceQuery({
      fra: String(next.startYear),
      ar: String(next.years),
      utflytting: String(next.moveOut),
      karriere: String(next.career),
      fornyelse: String(next.renewal),
      flytting: String(next.mustMove),
    });
  };
  const reset = () => {
    setParams(fromQuery(new URLSearchParams(), nextYear));
    replaceQuery({
      fra: null,
      ar: null,
      utflytting: null,
      karriere: null,
      fornyelse: null,
      flytting: null,
    });
  };

  const { startYear, years, moveOut, career, renewal, mustMove } = params;
  const needs = useMemo<NeedsAssessment | null>(
    () =>
      valid
        ? assessNeeds(index.snapshot, {
            startYear: startYear!,
            years,
            bedroomRule,
            crowdingRule,
            turnover: {
              moveOutRateAtContractEnd: moveOut!,
              careerExitRate: career!,
              contractRenewalYears: renewal!,
              mustMoveRate: mustMove!,
            },
          })
        : null,
    [
      valid,
      index.snapshot,
      startYear,
      years,
      moveOut,
      career,
      renewal,
      mustMove,
      bedroomRule,
      crowdingRule,
    ],
  );
  const selected = needs?.perYear.find((y) => y.year === cell?.year)?.segments[cell!.segment];
  const chartParam = q.get('diagram');
  const chartSegment = isSegmentKey(chartParam)
    ? chartParam
    : chartParam === 'alle'
      ? null
      : (selected?.segment ?? null);

  return (
    <>
      <NeedsControls params={params} errors={errors} onChange={change} onReset={reset} />
      {needs && (
        <>
          <Panel
            title={`Balanse per segment, ${period(needs.startYear, needs.years)}`}
            actions={
              <MeasurePicker
                value={measure}
                onChange={(m) => replaceQuery({ vis: m === 'gap' ? null : m })}
                showAll={showAll}
                onShowAll={(v) => replaceQuery({ alle: v ? '1' : null })}
              />
            }
            className="gap-panel"
          >
            <p className="chart-caption">
              Hele husstander. Negative tall er underdekning (flere husstander trenger bolig enn det
              blir ledige boliger). Velg en celle for å se boligene, husstandene og behovene bak
              tallet rett under den.
            </p>
            <MustMoveNote schedule={needs.mustMoveSchedule} startYear={needs.startYear} />
            <GapTable
              caption="Balanse per segment og år"
              perYear={needs.perYear}
              measure={measure}
              showAll={showAll}
              selected={selected ? cell : null}
              onSelect={(c) => replaceQuery({ celle: c ? `${c.year}:${c.segment}` : null })}
              detail={
                selected && (
                  <CellDetail
                    cell={selected}
                    index={index}
                    onClose={() => replaceQuery({ celle: null })}
                  />
                )
              }
            />
          </Panel>
          <NeedsChart
            perYear={needs.perYear}
            segment={chartSegment}
            segments={activeSegments(needs.perYear)}
            onSegment={(k) => replaceQuery({ diagram: k ?? 'alle' })}
          />
          <Panel
            title={`Behov og tilbud per år, ${selected ? segmentLabel(selected.segment) : 'alle segmenter'}`}
          >
            <PartsTable
              caption="Behov og tilbud per år, fordelt på kilde"
              perYear={needs.perYear}
              segment={selected ? selected.segment : null}
            />
          </Panel>
        </>
      )}
      <RulesPanel
        bedroom={bedroomRule}
        crowding={crowdingRule}
        errors={ruleErrors}
        onBedroom={setBedroomRule}
        onCrowding={setCrowdingRule}
        onReset={() => {
          setBedroomRule(DEFAULT_BEDROOM_RULE);
          setCrowdingRule(null);
        }}
      />
    </>
  );
}
