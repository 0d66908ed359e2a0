// Issue 13.3 handlers: the adopted plan, the stock events and «Plan og resultat».
import type { Handlers, HandlerContext } from './handlers';
import {
  adoptPlan,
  createEvent,
  createUnitWithArrival,
  deleteEvent,
  deleteUnitWithReason,
  listAdopted,
  planFollowUpReport,
  unadoptPlan,
} from '../register/planFollowUp';

type PlanFollowUpMethods =
  | 'planFollowUp.get'
  | 'planFollowUp.adopted'
  | 'planFollowUp.adopt'
  | 'planFollowUp.unadopt'
  | 'stockEvents.create'
  | 'stockEvents.delete'
  | 'units.createWithArrival'
  | 'units.deleteWithReason';

export function planFollowUpHandlers(ctx: HandlerContext): Pick<Handlers, PlanFollowUpMethods> {
  const { session } = ctx;
  const db = () => session.db;
  const now = () => session.clock.now();
  const today = () => session.clock.today();
  return {
    'planFollowUp.get': (q) => planFollowUpReport(db(), today(), q?.planId),
    'planFollowUp.adopted': () => listAdopted(db()),
    'planFollowUp.adopt': (a) => adoptPlan(db(), a, now()),
    'planFollowUp.unadopt': ({ id }) => unadoptPlan(db(), id, now()),
    'stockEvents.create': (e) => createEvent(db(), e, now()),
    'stockEvents.delete': ({ id }) => deleteEvent(db(), id, now()),
    'units.createWithArrival': ({ unit, arrival }) =>
      createUnitWithArrival(db(), unit, arrival, now()),
    'units.deleteWithReason': ({ id, reason }) => deleteUnitWithReason(db(), id, reason, now()),
  };
}
