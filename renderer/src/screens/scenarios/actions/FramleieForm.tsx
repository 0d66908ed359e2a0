// Framleie: lease new homes from private owners, or end or renew leases in the register.
import { namedUnitIds, type FramleieAction } from '../../../../../main/domain/scenario';
import { NumericField } from '../../../components/NumericField';
import { SegmentSelect, YearField } from './fields';
import { ModeChoice } from './ModeChoice';
import { req, type FormProps } from './types';
import { UnitPicker, usedByOthers } from './UnitPicker';

const MODES = [
  { value: 'lease', label: 'Lei nye boliger' },
  { value: 'end', label: 'Avslutt eksisterende leieavtaler' },
  { value: 'renew', label: 'Forleng eksisterende leieavtaler' },
] as const;

export function FramleieForm(props: FormProps<FramleieAction>) {
  const { action: a, onChange, msg, scenario, index } = props;
  const base = { id: a.id, kind: a.kind, ...(a.note ? { note: a.note } : {}) } as const;
  const setMode = (mode: string) => {
    const ids = a.mode === 'lease' ? [] : a.unitIds;
    if (mode === 'lease')
      onChange({
        ...base,
        mode,
        year: scenario.startYear,
        segment: '2|-|-',
        count: 2,
        termYears: 3,
        ownerRentMonthly: 12_000,
        rentMonthly: 10_000,
      });
    else if (mode === 'end') onChange({ ...base, mode, unitIds: ids, year: scenario.startYear });
    else
      onChange({
        ...base,
        mode: 'renew',
        unitIds: ids,
        untilYear: scenario.startYear + scenario.years - 1,
      });
  };
  const picker = (ids: number[], set: (ids: number[]) => void, label: string) => (
    <UnitPicker
      label={label}
      index={index}
      eligible={(u) => u.tenure === 'framleie'}
      selected={ids}
      onChange={set}
      errors={msg.fieldAll('Bolig')}
      showLeaseEnd
      usedBy={usedByOthers(
        scenario.actions.map((x) => ({ id: x.id, ids: namedUnitIds(x) })),
        a.id,
      )}
    />
  );
  return (
    <>
      <ModeChoice label="Hva gjøres" value={a.mode} options={MODES} onChange={setMode} />
      {a.mode === 'lease' && (
        <div className="form-grid">
          <YearField
            label="Fra år"
            value={a.year}
            onChange={(year) => onChange({ ...a, year })}
            scenario={scenario}
            msg={msg}
          />
          <SegmentSelect
            name="segment"
            value={a.segment}
            onChange={(segment) => onChange({ ...a, segment })}
            error={msg.field('Segment')}
          />
          <NumericField
            name="count"
            label="Antall boliger"
            kind="int"
            value={a.count}
            onChange={(v) => onChange({ ...a, count: req(v) })}
            error={msg.field('Antall')}
            required
          />
          <NumericField
            name="termYears"
            label="Leieperiode"
            kind="int"
            suffix="år"
            value={a.termYears}
            onChange={(v) => onChange({ ...a, termYears: req(v) })}
            error={msg.field('Leieperiode')}
            required
          />
          <NumericField
            name="ownerRentMonthly"
            label="Leie til eier per bolig per måned"
            kind="kr"
            value={a.ownerRentMonthly}
            onChange={(v) => onChange({ ...a, ownerRentMonthly: req(v) })}
            error={msg.field('Leie til eier')}
            required
          />
          <NumericField
            name="rentMonthly"
            label="Husleie fra leietaker per måned"
            kind="kr"
            value={a.rentMonthly}
            onChange={(v) => onChange({ ...a, rentMonthly: req(v) })}
            error={msg.field('Husleie')}
            required
          />
        </div>
      )}
      {a.mode === 'end' && (
        <>
          <div className="form-grid">
            <YearField
              label="Avsluttes fra 1. januar"
              value={a.year}
              onChange={(year) => onChange({ ...a, year })}
              scenario={scenario}
              msg={msg}
            />
          </div>
          {picker(
            a.unitIds,
            (unitIds) => onChange({ ...a, unitIds }),
            'Framleide boliger som avsluttes',
          )}
        </>
      )}
      {a.mode === 'renew' && (
        <>
          <div className="form-grid">
            <NumericField
              name="untilYear"
              label="Forlenges til og med"
              kind="year"
              value={a.untilYear}
              onChange={(v) => onChange({ ...a, untilYear: req(v) })}
              error={msg.field('Leieperiode')}
              required
            />
            <NumericField
              name="ownerRentMonthly"
              label="Ny leie til eier per måned"
              kind="kr"
              value={a.ownerRentMonthly}
              placeholder="Uendret"
              onChange={(v) => onChange({ ...a, ownerRentMonthly: v })}
              error={msg.field('Leie til eier')}
            />
          </div>
          {picker(
            a.unitIds,
            (unitIds) => onChange({ ...a, unitIds }),
            'Framleide boliger som forlenges',
          )}
        </>
      )}
    </>
  );
}
