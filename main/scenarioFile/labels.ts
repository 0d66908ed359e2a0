// Norwegian names for the places in a scenario file, so a refusal names the field the planner
// knows from the scenario form: «Tiltak 2 (Salg), Pris: må være et tall». Pure.
import { FIELD_LABEL } from '../contract/fields';
import { ACTION_KIND_LABEL, FRAMLEIE_MODE_LABEL } from '../domain/scenario/labels';
import { ASSUMPTION_FIELDS, DEFAULT_LOAN_FIELDS } from '../domain/scenario/assumptions';

/** Action fields by their key in the scenario (the same words validateScenario uses). */
const ACTION_FIELD_LABEL: Record<string, string> = {
  id: 'Id',
  note: 'Merknad',
  kind: 'Type tiltak',
  mode: 'Type',
  year: 'År',
  segment: 'Segment',
  count: 'Antall',
  pricePerHome: 'Pris',
  price: 'Pris',
  areaM2PerHome: 'Areal',
  rentMonthlyPerHome: 'Husleie',
  rentMonthly: 'Husleie',
  grant: 'Tilskudd',
  loan: 'Lån',
  project: 'Prosjekt',
  units: 'Boliger',
  totalCost: 'Kostnad',
  startYear: 'Byggestart',
  completionYear: 'Ferdigstillelse',
  target: 'Hva som selges',
  unitIds: 'Bolig',
  unitId: 'Bolig',
  actionId: 'Tiltak',
  grantOnRecord: 'Tilskudd',
  loanBalancePerHome: 'Lån',
  termYears: 'Varighet',
  ownerRentMonthly: 'Leie til eier',
  untilYear: 'Forlenget til',
  fromYear: 'Fra år',
  toYear: 'Til år',
  cost: 'Kostnad',
  newCondition: 'Ny tilstandsgrad',
  krPerM2: 'Sats per m²',
  maxM2: 'Maks m²',
  writeDownYears: 'Avskrivningstid',
  percent: 'Prosent',
  amountPerHome: 'Beløp per bolig',
  paidYear: 'Utbetalingsår',
  ...Object.fromEntries(Object.entries(DEFAULT_LOAN_FIELDS).map(([k, f]) => [k, f.label])),
};

const SCENARIO_FIELD_LABEL: Record<string, string> = {
  name: 'Navn',
  startYear: 'Første år',
  years: 'Planperiode',
  assumptions: 'Forutsetninger',
  actions: 'Tiltak',
};

const FILE_FIELD_LABEL: Record<string, string> = {
  format: 'Filtype',
  version: 'Filversjon',
  exportedAt: 'Eksportert',
  description: 'Beskrivelse',
  homes: 'Boliger i filen',
  scenario: 'Scenario',
};

type Key = string | number;

/** A record's own entry (never something inherited, like «constructor»). */
export function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** «Tiltak 3 (Salg)» for an action as it stands in the file (possibly malformed). */
export function rawActionTitle(action: unknown, index: number): string {
  const a = isRecord(action) ? action : {};
  const kind = typeof a.kind === 'string' ? a.kind : '';
  const mode = typeof a.mode === 'string' ? a.mode : '';
  const name =
    (kind === 'framleie' ? own<string>(FRAMLEIE_MODE_LABEL, mode) : undefined) ??
    own<string>(ACTION_KIND_LABEL, kind) ??
    null;
  return name ? `Tiltak ${index + 1} (${name})` : `Tiltak ${index + 1}`;
}

/** Labels along a path below an action or the assumptions: «Boliger 2, Antall». */
function chain(path: Key[], label: (key: string) => string): string[] {
  const out: string[] = [];
  for (const key of path) {
    if (typeof key === 'number') {
      if (out.length > 0) out[out.length - 1] += ` ${key + 1}`;
      else out.push(String(key + 1));
    } else if (key === 'mode' && out.length > 0) {
      // grant.mode → «Tilskudd, Type»
      out.push('Type');
    } else out.push(label(key));
  }
  return out;
}

/**
 * The Norwegian name of a place in the scenario (path inside `scenario`), e.g.
 * ['actions', 1, 'pricePerHome'] → «Tiltak 2 (Salg), Pris»; `scenario` is the raw value from the
 * file, to name an action by its kind.
 */
export function scenarioPathLabel(path: Key[], scenario: unknown): string {
  const [head, ...rest] = path;
  if (head === 'actions' && typeof rest[0] === 'number') {
    const actions = isRecord(scenario) && Array.isArray(scenario.actions) ? scenario.actions : [];
    const [index, ...inner] = rest as [number, ...Key[]];
    const title = rawActionTitle(actions[index], index);
    const fields = chain(inner, (k) => own(ACTION_FIELD_LABEL, k) ?? own(FIELD_LABEL, k) ?? k);
    return [title, ...fields].join(', ');
  }
  if (head === 'assumptions') {
    const fields = chain(rest, (k) =>
      k === 'defaultLoan'
        ? 'Lån'
        : (own<{ label: string }>(ASSUMPTION_FIELDS, k)?.label ??
          own<{ label: string }>(DEFAULT_LOAN_FIELDS, k)?.label ??
          k),
    );
    return ['Forutsetninger', ...fields].join(', ');
  }
  if (head === undefined) return 'Scenario';
  return chain(path, (k) => own(SCENARIO_FIELD_LABEL, k) ?? own(FIELD_LABEL, k) ?? k).join(', ');
}

/** The Norwegian name of a place in the file (path from the top). */
export function filePathLabel(path: Key[], file: unknown): string {
  const [head, ...rest] = path;
  if (head === 'scenario') {
    return scenarioPathLabel(rest, isRecord(file) ? file.scenario : undefined);
  }
  if (head === 'homes') {
    return chain(path, (k) => own(FILE_FIELD_LABEL, k) ?? own(FIELD_LABEL, k) ?? k).join(', ');
  }
  if (head === undefined) return 'Filen';
  return own(FILE_FIELD_LABEL, String(head)) ?? String(head);
}
