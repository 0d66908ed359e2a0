// Issue 13's sections: following the plan through the year.
import type { Section } from '../../sections';
import { NotFound } from '../NotFound';
import { ContractFollowUp } from './ContractFollowUp';
import { KostraScreen } from '../kostra/KostraScreen';
import { PlanResult } from './planResult/PlanResult';

export const FOLLOW_UP_SECTIONS: Section[] = [
  {
    id: 'kontrakter',
    label: 'Kontraktoppfølging',
    path: 'kontrakter',
    group: 'Oppfølging',
    render: (rest, route) =>
      rest.length === 0 ? <ContractFollowUp route={route} /> : <NotFound />,
  },
  {
    id: 'kostra',
    label: 'KOSTRA skjema 13',
    path: 'kostra',
    group: 'Oppfølging',
    render: (rest, route) => (rest.length === 0 ? <KostraScreen route={route} /> : <NotFound />),
  },
  {
    // Issue 13.3: the adopted plan against what happened.
    id: 'plan-og-resultat',
    label: 'Plan og resultat',
    path: 'plan-og-resultat',
    group: 'Oppfølging',
    render: (rest, route) => (rest.length === 0 ? <PlanResult route={route} /> : <NotFound />),
  },
];
