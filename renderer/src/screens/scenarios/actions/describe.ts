// One line describing an action for the action list (from its own fields; no figures computed).
import {
  actionYear,
  segmentLabel,
  type Action,
  type Scenario,
} from '../../../../../main/domain/scenario';
import { int, kr } from '../fmt';
import type { SnapshotIndex } from '../useSnapshot';
import { counted } from '../../../../../main/domain/count';

const n = (v: number) => (Number.isFinite(v) ? int(v) : '?');
const money = (v: number) => (Number.isFinite(v) ? kr(v) : '?');

function unitNos(ids: number[], index: SnapshotIndex): string {
  if (ids.length === 0) return 'ingen boliger valgt';
  const nos = ids.slice(0, 4).map((id) => index.units.get(id)?.unitNo ?? `#${id}`);
  return ids.length > 4 ? `${nos.join(', ')} og ${ids.length - 4} til` : nos.join(', ');
}

export function describeAction(a: Action, s: Scenario, index: SnapshotIndex): string {
  switch (a.kind) {
    case 'kjop':
      return `${n(a.count)} × ${segmentLabel(a.segment)} à ${money(a.pricePerHome)}`;
    case 'bygging': {
      const homes = a.units.reduce((sum, u) => sum + (Number.isFinite(u.count) ? u.count : 0), 0);
      return `${counted(homes, 'bolig', 'boliger')}, ${money(a.totalCost)}, bygges ${a.startYear}–${a.completionYear}`;
    }
    case 'salg': {
      const t = a.target;
      const what =
        t.mode === 'units'
          ? unitNos(t.unitIds, index)
          : t.mode === 'segment'
            ? `${n(t.count)} × ${segmentLabel(t.segment)}`
            : `${n(t.count)} fra ${titleOf(t.actionId, s)}`;
      return `${what} à ${money(a.pricePerHome)}`;
    }
    case 'framleie':
      if (a.mode === 'lease')
        return `${n(a.count)} × ${segmentLabel(a.segment)} i ${n(a.termYears)} år, leie til eier ${money(a.ownerRentMonthly)}/mnd`;
      if (a.mode === 'end') return `Avslutter ${unitNos(a.unitIds, index)}`;
      return `Forlenger ${unitNos(a.unitIds, index)} til og med ${a.untilYear}`;
    case 'leie_til_eie': {
      const u = index.units.get(a.unitId);
      return `${u ? `Bolig ${u.unitNo}` : 'Ingen bolig valgt'} à ${money(a.price)}`;
    }
    case 'rehabilitering':
      return `${unitNos(a.unitIds, index)}, ${money(a.cost)}, til TG${a.newCondition}`;
    case 'avvikling':
      return unitNos(a.unitIds, index);
  }
}

function titleOf(actionId: string, s: Scenario): string {
  const i = s.actions.findIndex((x) => x.id === actionId);
  return i >= 0 ? `tiltak ${i + 1}` : 'ukjent tiltak';
}

/** «2028» or «2027–2029» for actions over several years. */
export function actionYears(a: Action): string {
  if (a.kind === 'bygging') return `${a.startYear}–${a.completionYear}`;
  if (a.kind === 'rehabilitering')
    return a.fromYear === a.toYear ? String(a.fromYear) : `${a.fromYear}–${a.toYear}`;
  if (a.kind === 'framleie' && a.mode === 'renew') return `til ${a.untilYear}`;
  return String(actionYear(a));
}
