// The scenario's needs picture: the gap table with the actions' homes included, and what is
// behind each cell (register rows and actions).
import {
  actionTitle,
  segmentLabel,
  type PlanResult,
  type Scenario,
} from '../../../../../main/domain/scenario';
import { Panel } from '../../../components/Panel';
import { replaceQuery, type Route } from '../../../state/router';
import { CellDetail } from '../needs/CellDetail';
import { GapTable, MEASURES, MeasurePicker, type Measure } from '../needs/GapTable';
import { PartsTable } from '../needs/PartsTable';
import { parseCell } from '../needs/params';
import type { SnapshotIndex } from '../useSnapshot';

export function PlanNeeds(props: {
  result: PlanResult;
  scenario: Scenario;
  index: SnapshotIndex;
  route: Route;
}) {
  const q = props.route.query;
  const measure: Measure = (MEASURES as readonly string[]).includes(q.get('vis') ?? '')
    ? (q.get('vis') as Measure)
    : 'gap';
  const showAll = q.get('alle') === '1';
  const cell = parseCell(q.get('celle'));
  const perYear = props.result.perYear.map((y) => y.needs);
  const selected = cell
    ? perYear.find((y) => y.year === cell.year)?.segments[cell.segment]
    : undefined;
  const titles = new Map(props.scenario.actions.map((a, i) => [a.id, actionTitle(a, i)]));
  return (
    <>
      <Panel
        title="Balanse per segment med tiltakene"
        className="gap-panel"
        actions={
          <MeasurePicker
            value={measure}
            onChange={(m) => replaceQuery({ vis: m === 'gap' ? null : m })}
            showAll={showAll}
            onShowAll={(v) => replaceQuery({ alle: v ? '1' : null })}
          />
        }
      >
        <GapTable
          caption="Balanse per segment og år med tiltakene"
          perYear={perYear}
          measure={measure}
          showAll={showAll}
          selected={selected ? cell : null}
          onSelect={(c) => replaceQuery({ celle: c ? `${c.year}:${c.segment}` : null })}
          detail={
            selected && (
              <CellDetail
                cell={selected}
                index={props.index}
                actionTitles={titles}
                onClose={() => replaceQuery({ celle: null })}
              />
            )
          }
        />
      </Panel>
      <Panel
        title={`Behov og tilbud per år, ${selected ? segmentLabel(selected.segment) : 'alle segmenter'}`}
      >
        <PartsTable
          caption="Behov og tilbud per år"
          perYear={perYear}
          segment={selected?.segment ?? null}
        />
      </Panel>
    </>
  );
}
