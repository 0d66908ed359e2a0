// «Skriv ut / lagre som PDF» on the scenario screens: opens the printable plan for the
// scenarios shown (the report reads stored scenarios, so unsaved changes must be saved first).
import { href, navigate } from '../../../state/router';
import { BASELINE_ID } from '../list/ScenarioList';

interface Props {
  /** Stored scenario ids in the order shown; null = «Ingen tiltak». */
  ids: (number | null)[];
  unsaved: boolean;
  /** The path to return to from the report. */
  from: string;
}

export function ReportButton({ ids, unsaved, from }: Props) {
  const keys = ids.map((id) => (id === null ? BASELINE_ID : String(id)));
  return (
    <button
      type="button"
      className="btn"
      disabled={unsaved || keys.length === 0}
      title={unsaved ? 'Lagre endringene før du skriver ut' : undefined}
      onClick={() => navigate(href('/scenarier/rapport', { ids: keys.join(','), fra: from }))}
    >
      Skriv ut / lagre som PDF
    </button>
  );
}
