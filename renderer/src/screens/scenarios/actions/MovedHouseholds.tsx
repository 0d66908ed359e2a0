// The households living in the homes a sale (or winding-up) takes: they must move, and the
// plan counts them as demand in that year. Their pseudonymous references are shown here in
// the app only — never in an export or a report.
import { residentsOf } from '../../../../../main/domain/scenario';
import { counted } from '../../../../../main/domain/count';
import { href } from '../../../state/router';
import type { SnapshotIndex } from '../useSnapshot';
import './picker.css';

export function MovedHouseholds(props: {
  index: SnapshotIndex;
  unitIds: number[];
  year: number;
  /** «salget» (default) or «avviklingen». */
  what?: string;
}) {
  const { index } = props;
  const residents = residentsOf(index.snapshot, props.unitIds);
  const year = Number.isInteger(props.year) ? String(props.year) : 'det året';
  const what = props.what ?? 'salget';
  if (props.unitIds.length === 0) return null;
  if (residents.length === 0) {
    return (
      <p className="moved-households muted" data-testid="moved-households">
        Ingen av de valgte boligene er utleid: ingen husstander må flytte.
      </p>
    );
  }
  const homes = new Set(residents.map((r) => r.unitId)).size;
  return (
    <div className="moved-households" data-testid="moved-households" role="note">
      <p>
        <strong>
          {counted(homes, 'utleid bolig', 'utleide boliger')} i {what}:{' '}
          {counted(residents.length, 'husstand', 'husstander')} må flytte i {year}
        </strong>{' '}
        og regnes som behov det året, i segmentet de trenger.
      </p>
      <ul>
        {residents.map((r) => {
          const ref = index.households.get(r.householdId)?.ref ?? `#${r.householdId}`;
          const unitNo = index.units.get(r.unitId)?.unitNo ?? `#${r.unitId}`;
          return (
            <li key={`${r.unitId}-${r.householdId}`}>
              <a href={href(`/husstander/${r.householdId}`)}>{ref}</a> i bolig {unitNo}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
