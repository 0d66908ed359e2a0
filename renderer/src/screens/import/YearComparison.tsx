// This year's survey against last year's: condition, backlog, occupancy and rent.
import type { SnapshotComparison } from '../../../../main/contract/import';
import { formatInteger, formatNumber, formatPercent } from '../../../../main/domain/format';
import { KeyFigure } from '../../components/KeyFigure';
import { kr } from '../../display';

const signed = (n: number, text: string) => (n > 0 ? `+${text}` : text);

export function YearComparison({ data }: { data: SnapshotComparison }) {
  const { current, previous, change } = data;
  if (!current) {
    return (
      <p className="table-empty">
        Ingen kartlegging er importert ennå. Etter første import vises tallene her, og året etter
        endringen fra i fjor.
      </p>
    );
  }
  const last = (text: string) =>
    previous ? `${previous.year}: ${text}` : 'Ingen kartlegging året før';
  return (
    <div className="figures">
      <KeyFigure
        label={`Kartlagte boliger ${current.year}`}
        value={formatInteger(current.homes)}
        note={
          previous && change
            ? last(
                `${formatInteger(previous.homes)} (${signed(change.homes, formatInteger(change.homes))})`,
              )
            : last('')
        }
      />
      <KeyFigure
        label="Snitt tilstandsgrad (TG)"
        value={current.averageCondition === null ? '–' : formatNumber(current.averageCondition, 2)}
        note={
          previous?.averageCondition != null && change?.averageCondition != null
            ? last(
                `${formatNumber(previous.averageCondition, 2)} (${signed(change.averageCondition, formatNumber(change.averageCondition, 2))})`,
              )
            : last('–')
        }
        tone={change?.averageCondition != null && change.averageCondition > 0 ? 'warn' : 'default'}
      />
      <KeyFigure
        label="Vedlikeholdsbehov"
        value={kr(current.backlogTotal)}
        note={
          previous && change
            ? last(
                `${kr(previous.backlogTotal)} (${signed(change.backlogTotal, kr(change.backlogTotal))})`,
              )
            : last('')
        }
        tone={change && change.backlogTotal > 0 ? 'warn' : 'default'}
      />
      <KeyFigure
        label="Utleid"
        value={formatPercent(current.occupancy)}
        note={previous ? last(formatPercent(previous.occupancy)) : last('')}
      />
      <KeyFigure
        label="Snittleie per måned"
        value={kr(current.rentAverageMonthly)}
        note={
          previous && change
            ? last(
                `${kr(previous.rentAverageMonthly)} (${signed(change.rentAverageMonthly, kr(change.rentAverageMonthly))})`,
              )
            : last('')
        }
      />
    </div>
  );
}
