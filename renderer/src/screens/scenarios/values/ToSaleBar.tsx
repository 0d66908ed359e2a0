// Turns the ticked homes into a salg action (named homes) in a chosen scenario, then opens the
// editor on it. The action is added to the scenario's draft: the planner reviews and saves.
import { useState } from 'react';
import type { ScenarioSummary } from '../../../../../main/contract/api';
import type { SaleAction } from '../../../../../main/domain/scenario';
import { ApiError, call } from '../../../api';
import { NumericField } from '../../../components/NumericField';
import { navigate, href } from '../../../state/router';
import { runWrite } from '../../../state/status';
import { notify } from '../../../state/toast';
import { nextActionId } from '../actions/defaults';
import { useDrafts } from '../drafts';
import type { SnapshotIndex } from '../useSnapshot';
import { counted } from '../../../../../main/domain/count';

interface Props {
  unitIds: number[];
  scenarios: ScenarioSummary[];
  index: SnapshotIndex;
  onClear: () => void;
}

export function ToSaleBar({ unitIds, scenarios, index, onClear }: Props) {
  const drafts = useDrafts();
  const [target, setTarget] = useState<number | ''>(scenarios[0]?.id ?? '');
  const summary = scenarios.find((s) => s.id === target);
  const [year, setYear] = useState<number | undefined>(undefined);
  const [price, setPrice] = useState<number | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const effectiveYear = year ?? summary?.startYear ?? index.nextYear;

  const create = async () => {
    if (!summary) return;
    if (price === undefined || !Number.isFinite(price) || price < 0) {
      setError('Salgspris per bolig: fyll inn en pris (kan endres i scenarioet)');
      return;
    }
    try {
      const stored = await runWrite(() => call('scenarios.get', { id: summary.id }));
      const base = drafts.get(summary.id) ?? stored.scenario;
      const action: SaleAction = {
        id: nextActionId(base),
        kind: 'salg',
        year: effectiveYear,
        target: { mode: 'units', unitIds },
        pricePerHome: price,
      };
      drafts.set(summary.id, { ...base, actions: [...base.actions, action] });
      notify(
        `Salgstiltak med ${counted(unitIds.length, 'bolig', 'boliger')} lagt til i «${summary.name}» (ikke lagret)`,
      );
      navigate(href(`/scenarier/${summary.id}`, { tiltak: action.id }));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };

  return (
    <div className="sale-bar" role="region" aria-label="Lag salgstiltak">
      <strong>{counted(unitIds.length, 'bolig', 'boliger')} valgt</strong>
      {scenarios.length === 0 ? (
        <span>
          Lag et scenario først under <a href={href('/scenarier')}>Scenarier</a>.
        </span>
      ) : (
        <>
          <div className="field">
            <label htmlFor="sale-scenario">Scenario</label>
            <select
              id="sale-scenario"
              value={target}
              onChange={(e) => setTarget(Number(e.target.value))}
            >
              {scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          <NumericField
            name="saleYear"
            label="År"
            kind="year"
            value={effectiveYear}
            onChange={setYear}
          />
          <NumericField
            name="salePrice"
            label="Salgspris per bolig"
            kind="kr"
            value={price}
            onChange={(v) => {
              setPrice(v);
              setError(null);
            }}
            error={error ?? undefined}
            required
          />
          <button type="button" className="btn btn-primary" onClick={() => void create()}>
            Lag salgstiltak
          </button>
        </>
      )}
      <button type="button" className="btn btn-quiet" onClick={onClear}>
        Fjern valget
      </button>
    </div>
  );
}
