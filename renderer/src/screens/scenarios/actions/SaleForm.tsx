// Salg: named homes from the register, N homes of a segment, or N homes from an earlier
// purchase or building project; at a price per home. Named homes are chosen with their
// condition, backlog, value, loan and grant to pay back and whether they are let; the
// households living in them are named (they become demand in the sale year).
import { useMemo } from 'react';
import {
  actionTitle,
  namedUnitIds,
  unitValues,
  type SaleAction,
  type SaleTarget,
} from '../../../../../main/domain/scenario';
import { SelectField } from '../../../components/Field';
import { NumericField } from '../../../components/NumericField';
import { ExistingFinanceFields, SEGMENT_OPTIONS, SegmentSelect, YearField } from './fields';
import { ModeChoice } from './ModeChoice';
import { MovedHouseholds } from './MovedHouseholds';
import { req, type FormProps } from './types';
import { UnitPicker, usedByOthers } from './UnitPicker';

const MODES = [
  { value: 'units', label: 'Navngitte boliger fra registeret' },
  { value: 'segment', label: 'Et antall boliger i et segment' },
  { value: 'action', label: 'Boliger fra et kjøp eller en bygging i scenarioet' },
] as const;

export function SaleForm(props: FormProps<SaleAction>) {
  const { action: a, onChange, msg, scenario, index } = props;
  const set = (patch: Partial<SaleAction>) => onChange({ ...a, ...patch });
  // Each home's value, loan and grant to pay back if sold on 1 January of the sale year.
  const baseYear = Number.isInteger(a.year) ? a.year : scenario.startYear;
  const values = useMemo(
    () =>
      new Map(
        unitValues(index.snapshot, scenario.assumptions, 30, baseYear).map((v) => [v.unitId, v]),
      ),
    [index.snapshot, scenario.assumptions, baseYear],
  );
  const t = a.target;
  const sources = scenario.actions
    .map((x, i) => ({ x, i }))
    .filter(({ x }) => x.kind === 'kjop' || x.kind === 'bygging');
  const setMode = (mode: string) => {
    const target: SaleTarget =
      mode === 'segment'
        ? { mode, segment: '2|-|-', count: 1 }
        : mode === 'action'
          ? { mode, actionId: sources[0]?.x.id ?? '', count: 1 }
          : { mode: 'units', unitIds: [] };
    set({
      target,
      ...(mode === 'action' ? { keepLoan: undefined } : {}),
    });
  };
  return (
    <>
      <div className="form-grid">
        <YearField
          value={a.year}
          onChange={(year) => set({ year })}
          scenario={scenario}
          msg={msg}
        />
        <NumericField
          name="pricePerHome"
          label="Salgspris per bolig"
          kind="kr"
          value={a.pricePerHome}
          onChange={(v) => set({ pricePerHome: req(v) })}
          error={msg.field('Pris')}
          required
        />
      </div>
      <ModeChoice label="Hva selges" value={t.mode} options={MODES} onChange={setMode} />
      {t.mode === 'units' && (
        <UnitPicker
          label="Boliger som selges (eide boliger)"
          index={index}
          eligible={(u) => u.tenure === 'eid'}
          selected={t.unitIds}
          onChange={(unitIds) => set({ target: { mode: 'units', unitIds } })}
          errors={msg.fieldAll('Bolig')}
          usedBy={usedByOthers(
            scenario.actions.map((x) => ({ id: x.id, ids: namedUnitIds(x) })),
            a.id,
          )}
          values={values}
        />
      )}
      {t.mode === 'units' && <MovedHouseholds index={index} unitIds={t.unitIds} year={a.year} />}
      {t.mode === 'segment' && (
        <div className="form-grid">
          <SegmentSelect
            name="saleSegment"
            value={t.segment}
            onChange={(segment) => set({ target: { ...t, segment } })}
            error={msg.field('Segment')}
          />
          <NumericField
            name="saleCount"
            label="Antall boliger"
            kind="int"
            value={t.count}
            onChange={(v) => set({ target: { ...t, count: req(v) } })}
            hint="Boliger merket «til salgs» først, deretter lavest verdi. Husstander som bor i dem, regnes som behov i salgsåret."
            error={msg.field('Antall')}
            required
          />
        </div>
      )}
      {t.mode === 'action' && (
        <div className="form-grid">
          <SelectField
            name="saleAction"
            label="Fra tiltak"
            value={t.actionId}
            empty="Velg tiltak"
            options={sources.map(({ x, i }) => ({ value: x.id, label: actionTitle(x, i) }))}
            onChange={(actionId) => set({ target: { ...t, actionId } })}
            error={msg.field('Tiltak')}
          />
          <NumericField
            name="saleCount"
            label="Antall boliger"
            kind="int"
            value={t.count}
            onChange={(v) => set({ target: { ...t, count: req(v) } })}
            error={msg.field('Antall')}
            required
          />
          <SelectField
            name="saleSegment"
            label="Segment"
            value={t.segment ?? ''}
            empty="Alle (prosjektet har ett segment)"
            options={SEGMENT_OPTIONS}
            onChange={(v) =>
              set({ target: { ...t, segment: v === '' ? undefined : (v as typeof t.segment) } })
            }
            error={msg.field('Segment')}
          />
        </div>
      )}
      {t.mode !== 'action' && (
        <ExistingFinanceFields
          keepLoan={a.keepLoan}
          onChange={(keepLoan) => set({ keepLoan })}
          error={msg.field('Behold lånet')}
        />
      )}
    </>
  );
}
