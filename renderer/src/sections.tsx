// The app's sections: the navigation and the routes come from this one list. Adding a
// section (Scenarier, Import …) means adding an entry here.
import type { ReactNode } from 'react';
import type { Route } from './state/router';
import { Overview } from './screens/Overview';
import { UnitList } from './screens/UnitList';
import { UnitDetail } from './screens/UnitDetail';
import { HouseholdList } from './screens/HouseholdList';
import { HouseholdDetail } from './screens/HouseholdDetail';
import { NeedList } from './screens/NeedList';
import { NeedDetail } from './screens/NeedDetail';
import { UnitFormScreen } from './forms/UnitForm';
import { HouseholdFormScreen } from './forms/HouseholdForm';
import { NeedFormScreen } from './forms/NeedForm';
import { NotFound } from './screens/NotFound';
import { SettingsScreen } from './screens/Settings';
import { SCENARIO_SECTIONS } from './screens/scenarios/sections';
import { ImportScreen } from './screens/Import';
import { FinanceScreen } from './screens/finance/FinanceScreen';
import { LoanFormScreen } from './forms/LoanForm';
import { GrantFormScreen } from './forms/GrantForm';
import { FOLLOW_UP_SECTIONS } from './screens/followUp/sections';

export interface Section {
  id: string;
  label: string;
  /** First path segment: #/boliger … */
  path: string;
  /** Heading the section is listed under in the navigation. */
  group?: string;
  /** The screen for a route in this section (`rest` is the path after the section). */
  render: (rest: string[], route: Route) => ReactNode;
}

/** list, ny (new), :id (detail), :id/rediger (edit) */
function entityRoutes(parts: {
  list: (route: Route) => ReactNode;
  detail: (id: number) => ReactNode;
  form: (id?: number) => ReactNode;
}): Section['render'] {
  return (rest, route) => {
    if (rest.length === 0) return parts.list(route);
    if (rest.length === 1 && rest[0] === 'ny') return parts.form();
    const id = Number(rest[0]);
    if (!Number.isInteger(id) || id <= 0) return <NotFound />;
    if (rest.length === 1) return parts.detail(id);
    if (rest.length === 2 && rest[1] === 'rediger') return parts.form(id);
    return <NotFound />;
  };
}

/** '' (list), lan/ny, lan/:id, tilskudd/ny, tilskudd/:id */
function financeRoutes(rest: string[]): ReactNode {
  if (rest.length === 0) return <FinanceScreen />;
  if (rest.length !== 2 || (rest[0] !== 'lan' && rest[0] !== 'tilskudd')) return <NotFound />;
  const Form = rest[0] === 'lan' ? LoanFormScreen : GrantFormScreen;
  if (rest[1] === 'ny') return <Form />;
  const id = Number(rest[1]);
  return Number.isInteger(id) && id > 0 ? <Form id={id} /> : <NotFound />;
}

export const SECTIONS: Section[] = [
  {
    id: 'oversikt',
    label: 'Oversikt',
    path: 'oversikt',
    render: (rest) => (rest.length === 0 ? <Overview /> : <NotFound />),
  },
  {
    id: 'boliger',
    label: 'Boliger',
    path: 'boliger',
    group: 'Register',
    render: entityRoutes({
      list: (route) => <UnitList route={route} />,
      detail: (id) => <UnitDetail id={id} />,
      form: (id) => <UnitFormScreen id={id} />,
    }),
  },
  {
    id: 'husstander',
    label: 'Husstander',
    path: 'husstander',
    group: 'Register',
    render: entityRoutes({
      list: (route) => <HouseholdList route={route} />,
      detail: (id) => <HouseholdDetail id={id} />,
      form: (id) => <HouseholdFormScreen id={id} />,
    }),
  },
  {
    id: 'behov',
    label: 'Behov',
    path: 'behov',
    group: 'Register',
    render: entityRoutes({
      list: (route) => <NeedList route={route} />,
      detail: (id) => <NeedDetail id={id} />,
      form: (id) => <NeedFormScreen id={id} />,
    }),
  },
  {
    id: 'import',
    label: 'Import',
    path: 'import',
    group: 'Register',
    render: (rest) => (rest.length === 0 ? <ImportScreen /> : <NotFound />),
  },
  {
    id: 'lan-og-tilskudd',
    label: 'Lån og tilskudd',
    path: 'lan-og-tilskudd',
    group: 'Register',
    render: financeRoutes,
  },
  ...SCENARIO_SECTIONS,
  ...FOLLOW_UP_SECTIONS,
  {
    id: 'innstillinger',
    label: 'Innstillinger',
    path: 'innstillinger',
    render: (rest) => (rest.length === 0 ? <SettingsScreen /> : <NotFound />),
  },
];

export const DEFAULT_PATH = '/oversikt';

export function sectionFor(route: Route): Section | undefined {
  return SECTIONS.find((s) => s.path === route.parts[0]);
}
