// ============================================================================================
// EXCEL EXPORT – the place where the scenario screens hand over to the export (issue 5):
// the export engineer's ExportButton (components/ExportButton.tsx, API 'export.plan').
// The export reads stored scenarios, so unsaved changes must be saved first. «Vis i 1 000 kr»
// asks for amounts shown in thousands (the cells keep kroner, so the formulas stay exact).
// ============================================================================================
import { useId, useState } from 'react';
import { BASELINE_SCENARIO_ID } from '../../../../main/contract/export';
import { ExportButton } from '../../components/ExportButton';

interface Props {
  /** Stored scenario ids in the order shown; null = «Ingen tiltak». */
  ids: (number | null)[];
  /** Some scenario has unsaved changes: the export would not include them. */
  unsaved: boolean;
}

export function PlanExport({ ids, unsaved }: Props) {
  const [thousands, setThousands] = useState(false);
  const checkboxId = useId();
  return (
    <span
      className="plan-export"
      title={unsaved ? 'Lagre endringene før du eksporterer' : undefined}
    >
      <ExportButton
        scenarioIds={ids.map((id) => id ?? BASELINE_SCENARIO_ID)}
        disabled={unsaved || ids.length === 0}
        thousands={thousands}
      />
      <label className="plan-export-option" htmlFor={checkboxId}>
        <input
          id={checkboxId}
          type="checkbox"
          checked={thousands}
          onChange={(e) => setThousands(e.target.checked)}
        />{' '}
        Vis i 1 000 kr
      </label>
    </span>
  );
}
