// «Endring mot Ingen tiltak» (or another reference): the difference a scenario makes, per year
// and for the period, in words. The rows come from differenceView (domain); this only renders.
import type { DifferenceView } from '../../../../../main/domain/scenario';
import { keepFigures } from '../fmt';
import { LABEL_COL } from './YearTable';

interface Props {
  view: DifferenceView;
  /** Visible heading above the table (omit when the panel's title says it). */
  heading?: string;
}

export function DifferenceTable({ view, heading }: Props) {
  const caption = `${view.title}: ${view.scenarioName}`;
  return (
    <div className="difference-table" data-difference={view.scenarioName}>
      {heading && <h3 className="table-title">{heading}</h3>}
      <div className="table-wrap">
        <table
          className="data-table compact year-table wrap-words"
          style={{ minWidth: LABEL_COL + (view.years.length + 1) * 150 }}
        >
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Endring</th>
              {view.years.map((y) => (
                <th key={y} scope="col" className="align-right">
                  {y}
                </th>
              ))}
              <th scope="col" className="align-right sum-col">
                {view.totalHead}
              </th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((r) => (
              <tr key={r.key} className={r.key === 'netCost' ? 'subtotal' : undefined}>
                <th scope="row">{r.label}</th>
                {r.texts.map((t, i) => (
                  <td
                    key={view.years[i]}
                    className="align-right"
                    data-diff={`${r.key}:${view.years[i]}`}
                    data-money={r.money ? '' : undefined}
                  >
                    {keepFigures(t)}
                  </td>
                ))}
                <td
                  className="align-right sum-col"
                  data-diff={`${r.key}:total`}
                  data-money={r.money ? '' : undefined}
                >
                  {keepFigures(r.totalText)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
