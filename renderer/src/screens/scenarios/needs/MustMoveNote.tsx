// How the households that should move (crowded, too few bedrooms) are spread over the years.
import type { MustMoveSchedule } from '../../../../../main/domain/scenario';
import { formatInteger } from '../../../../../main/domain/format';
import { counted } from '../../../../../main/domain/count';
import { rate } from '../fmt';

function list(parts: string[]): string {
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} og ${parts[parts.length - 1]}`;
}

export function MustMoveNote({
  schedule: s,
  startYear,
}: {
  schedule: MustMoveSchedule;
  startYear: number;
}) {
  if (s.households === 0) return null;
  const years = s.perYear
    .map((v, i) => (v > 0 ? `${formatInteger(v)} i ${startYear + i}` : null))
    .filter((x): x is string => x !== null);
  return (
    <p className="must-move-note" data-testid="must-move-note">
      {counted(s.households, 'husstand', 'husstander')} bør flytte (trangbodde eller for få
      soverom). Med {rate(s.rate)} av dem per år: {list(years) || 'ingen i perioden'}.
      {s.displaced > 0 &&
        ` ${counted(s.displaced, 'husstand', 'husstander')} må flytte før det fordi boligen går ut.`}
      {s.afterHorizon > 0 &&
        ` ${counted(s.afterHorizon, 'husstand', 'husstander')} flytter etter planperioden.`}
    </p>
  );
}
