// The homes a loan or grant covers, each with its share in per cent: search a home by its
// number or address and add it, type the shares (or spread them equally). The API refuses
// shares that do not add up to 100 %; its message is shown here, at the field.
import { useId, useState } from 'react';
import { equalShares } from '../../../main/domain/finance/homeShare';
import { formatNumber } from '../../../main/domain/format';
import { useApiQuery } from '../hooks/useApiQuery';
import { useDebounced } from '../hooks/useDebounced';
import { percentText, shareSumPercent, type ShareDraft } from './financeDraft';
import '../screens/finance/finance.css';

interface Props {
  units: ShareDraft[];
  onChange: (units: ShareDraft[]) => void;
  error?: string | undefined;
}

export function UnitSharesField({ units, onChange, error }: Props) {
  const id = useId().replace(/:/g, '');
  const [search, setSearch] = useState('');
  const term = useDebounced(search.trim(), 200);
  const found = useApiQuery('units.list', term ? { search: term, limit: 8, sort: 'unitNo' } : null);
  const taken = new Set(units.map((u) => u.unitId));
  const matches = term ? (found.data?.rows ?? []).filter((u) => !taken.has(u.id)) : [];

  const add = (unitId: number, unitNo: string) => {
    // The first home gets 100 %; later ones start empty for the planner to fill in.
    onChange([...units, { unitId, unitNo, share: units.length === 0 ? '100' : '' }]);
    setSearch('');
  };
  const spread = () => {
    const shares = equalShares(units.length);
    onChange(units.map((u, i) => ({ ...u, share: percentText(shares[i]!) })));
  };
  const sum = shareSumPercent(units);

  return (
    <fieldset
      className={`unit-shares field-wide${error ? ' shares-error' : ''}`}
      data-field="units"
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>Boliger og andeler</legend>
      {units.length > 0 ? (
        <table className="shares-table">
          <thead>
            <tr>
              <th scope="col">Bolig</th>
              <th scope="col" className="align-right">
                Andel
              </th>
              <th scope="col">
                <span className="sr-only">Fjern</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {units.map((u, i) => (
              <tr key={u.unitId}>
                <td>{u.unitNo}</td>
                <td className="align-right">
                  <div className="input-suffix">
                    <input
                      type="text"
                      inputMode="decimal"
                      className="num share-input"
                      aria-label={`Andel for bolig ${u.unitNo}`}
                      data-field-input={i === 0 ? 'units' : undefined}
                      value={u.share}
                      aria-invalid={error ? true : undefined}
                      onChange={(e) =>
                        onChange(
                          units.map((x) =>
                            x.unitId === u.unitId ? { ...x, share: e.target.value } : x,
                          ),
                        )
                      }
                    />
                    <span aria-hidden="true">%</span>
                  </div>
                </td>
                <td>
                  <button
                    type="button"
                    className="btn btn-small btn-quiet"
                    onClick={() => onChange(units.filter((x) => x.unitId !== u.unitId))}
                  >
                    Fjern <span className="sr-only">bolig {u.unitNo}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Sum</th>
              <td className="align-right num" aria-live="polite">
                {formatNumber(sum, 2)} %
              </td>
              <td>
                {units.length > 1 && (
                  <button type="button" className="btn btn-small" onClick={spread}>
                    Fordel likt
                  </button>
                )}
              </td>
            </tr>
          </tfoot>
        </table>
      ) : (
        <p className="muted">
          Ingen boliger ennå. Søk opp boligene lånet eller tilskuddet gjelder.
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-search`}>Legg til bolig</label>
        <input
          id={`${id}-search`}
          type="search"
          value={search}
          placeholder="Bolignr eller adresse"
          autoComplete="off"
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      {matches.length > 0 && (
        <ul className="share-matches" aria-label="Boliger som passer">
          {matches.map((u) => (
            <li key={u.id}>
              <button type="button" className="btn btn-small" onClick={() => add(u.id, u.unitNo)}>
                Legg til {u.unitNo}
              </button>{' '}
              <span className="muted">{u.address}</span>
            </li>
          ))}
        </ul>
      )}
      {term && found.data && matches.length === 0 && (
        <p className="muted">Ingen andre boliger passer til «{term}».</p>
      )}
    </fieldset>
  );
}
