// The scenario part's sections (navigation and routes), added to SECTIONS in ../../sections.tsx.
import type { Section } from '../../sections';
import { NotFound } from '../NotFound';
import { CompareScreen } from './compare/CompareScreen';
import { ScenarioEditor } from './editor/ScenarioEditor';
import { BaselineView } from './list/BaselineView';
import { BASELINE_ID, ScenarioList } from './list/ScenarioList';
import { NeedsScreen } from './needs/NeedsScreen';
import { ReportScreen } from './report/ReportScreen';
import { UnitValueScreen } from './values/UnitValueScreen';
import { SuggestScreen } from './suggest/SuggestScreen';

const GROUP = 'Planlegging';

export const SCENARIO_SECTIONS: Section[] = [
  {
    id: 'behovsanalyse',
    label: 'Behovsanalyse',
    path: 'behovsanalyse',
    group: GROUP,
    render: (rest, route) => (rest.length === 0 ? <NeedsScreen route={route} /> : <NotFound />),
  },
  {
    id: 'scenarier',
    label: 'Scenarier',
    path: 'scenarier',
    group: GROUP,
    render: (rest, route) => {
      if (rest.length === 0) return <ScenarioList />;
      if (rest.length !== 1) return <NotFound />;
      if (rest[0] === BASELINE_ID) return <BaselineView />;
      if (rest[0] === 'rapport') return <ReportScreen route={route} />;
      if (rest[0] === 'foreslaa') return <SuggestScreen />;
      const id = Number(rest[0]);
      return Number.isInteger(id) && id > 0 ? (
        <ScenarioEditor id={id} route={route} />
      ) : (
        <NotFound />
      );
    },
  },
  {
    id: 'sammenlign',
    label: 'Sammenlign',
    path: 'sammenlign',
    group: GROUP,
    render: (rest, route) => (rest.length === 0 ? <CompareScreen route={route} /> : <NotFound />),
  },
  {
    id: 'boligverdi',
    label: 'Verdi per bolig',
    path: 'boligverdi',
    group: GROUP,
    render: (rest, route) => (rest.length === 0 ? <UnitValueScreen route={route} /> : <NotFound />),
  },
];
