// Bygging: a project with homes per segment, a total cost over the construction years,
// grant and loan.
import type { BuildAction, BuildUnits, SegmentKey } from '../../../../../main/domain/scenario';
import { TextField } from '../../../components/Field';
import { NumericField } from '../../../components/NumericField';
import { period } from '../fmt';
import { FinancingFields, SEGMENT_OPTIONS } from './fields';
import { req, type FormProps } from './types';

const UNIT_FIELDS = ['Boliger', 'Segment', 'Antall', 'Areal', 'Husleie'];

export function BuildForm({ action: a, onChange, msg, scenario }: FormProps<BuildAction>) {
  const set = (patch: Partial<BuildAction>) => onChange({ ...a, ...patch });
  const setUnit = (i: number, patch: Partial<BuildUnits>) =>
    set({ units: a.units.map((u, j) => (j === i ? { ...u, ...patch } : u)) });
  const unitErrors = UNIT_FIELDS.flatMap((f) => msg.fieldAll(f));
  return (
    <>
      <div className="form-grid">
        <TextField
          name="project"
          label="Prosjekt"
          value={a.project}
          maxLength={200}
          onChange={(project) => set({ project })}
          error={msg.field('Prosjekt')}
        />
        <NumericField
          name="startYear"
          label="Byggestart"
          kind="year"
          value={a.startYear}
          onChange={(v) => set({ startYear: req(v) })}
          hint={`Planperiode ${period(scenario.startYear, scenario.years)}`}
          error={msg.field('Byggestart')}
          required
        />
        <NumericField
          name="completionYear"
          label="Ferdigstillelse"
          kind="year"
          value={a.completionYear}
          onChange={(v) => set({ completionYear: req(v) })}
          hint="Boligene tas i bruk og tilskuddet utbetales dette året."
          error={msg.field('Ferdigstillelse') ?? msg.field('Byggeperiode')}
          required
        />
        <NumericField
          name="totalCost"
          label="Total kostnad"
          kind="kr"
          value={a.totalCost}
          onChange={(v) => set({ totalCost: req(v) })}
          hint="Fordeles likt på byggeårene."
          error={msg.field('Kostnad')}
          required
        />
      </div>
      <fieldset className="sub">
        <legend>Boliger i prosjektet</legend>
        <table className="data-table compact unit-rows">
          <thead>
            <tr>
              <th scope="col">Segment</th>
              <th scope="col" className="align-right">
                Antall
              </th>
              <th scope="col" className="align-right">
                Areal per bolig (P-ROM)
              </th>
              <th scope="col" className="align-right">
                Husleie per måned
              </th>
              <th scope="col">
                <span className="sr-only">Fjern</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {a.units.map((u, i) => (
              <tr key={i}>
                <td>
                  <select
                    aria-label={`Segment, rad ${i + 1}`}
                    value={u.segment}
                    onChange={(e) => setUnit(i, { segment: e.target.value as SegmentKey })}
                  >
                    {SEGMENT_OPTIONS.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <NumericField
                    name={`units.${i}.count`}
                    label={`Antall, rad ${i + 1}`}
                    hideLabel
                    kind="int"
                    value={u.count}
                    onChange={(v) => setUnit(i, { count: req(v) })}
                  />
                </td>
                <td>
                  <NumericField
                    name={`units.${i}.area`}
                    label={`Areal, rad ${i + 1}`}
                    hideLabel
                    kind="decimal"
                    suffix="m²"
                    value={u.areaM2PerHome}
                    onChange={(v) => setUnit(i, { areaM2PerHome: req(v) })}
                  />
                </td>
                <td>
                  <NumericField
                    name={`units.${i}.rent`}
                    label={`Husleie, rad ${i + 1}`}
                    hideLabel
                    kind="kr"
                    value={u.rentMonthlyPerHome}
                    onChange={(v) => setUnit(i, { rentMonthlyPerHome: req(v) })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="btn btn-small btn-quiet"
                    aria-label={`Fjern rad ${i + 1}`}
                    onClick={() => set({ units: a.units.filter((_, j) => j !== i) })}
                  >
                    Fjern
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {unitErrors.map((e, i) => (
          <p key={i} className="field-error">
            {e}
          </p>
        ))}
        <button
          type="button"
          className="btn btn-small"
          onClick={() =>
            set({
              units: [
                ...a.units,
                { segment: '3|-|-', count: 2, areaM2PerHome: 75, rentMonthlyPerHome: 12_000 },
              ],
            })
          }
        >
          Legg til boligtype
        </button>
      </fieldset>
      <FinancingFields
        grant={a.grant}
        loan={a.loan}
        onChange={set}
        assumptions={scenario.assumptions}
        msg={msg}
      />
    </>
  );
}
