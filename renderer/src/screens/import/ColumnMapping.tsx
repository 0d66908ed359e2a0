// The mapping step: every column of the file with what it was placed as, and a choice for
// each. Columns the import could not place are highlighted; personal data is never imported.
import { useId } from 'react';
import {
  SURVEY_FIELDS,
  SURVEY_HEADER,
  type ImportColumn,
  type MappingTarget,
} from '../../../../main/contract/import';

const SOURCE_LABEL: Record<ImportColumn['source'], string> = {
  exact: 'Gjenkjent',
  synonym: 'Gjenkjent (annet navn)',
  remembered: 'Valgt ved forrige import',
  chosen: 'Valgt nå',
  ignored: 'Brukes ikke',
  duplicate: 'Brukes ikke (dobbel)',
  personal: 'Personopplysninger – importeres ikke',
  unknown: 'Ukjent kolonne – velg',
};

interface Props {
  columns: ImportColumn[];
  mapping: Record<string, MappingTarget>;
  onChange: (header: string, target: MappingTarget | null) => void;
}

export function ColumnMapping({ columns, mapping, onChange }: Props) {
  const id = useId();
  const unknown = columns.filter((c) => c.source === 'unknown').length;
  return (
    <div className="import-mapping">
      <p className="hint" id={`${id}-help`}>
        {unknown > 0
          ? `${unknown} ${unknown === 1 ? 'kolonne' : 'kolonner'} kunne ikke plasseres. Velg hva de inneholder, eller «Ikke bruk». Valget huskes til neste import.`
          : 'Alle kolonnene er plassert. Du kan endre et valg; det huskes til neste import.'}
      </p>
      <table className="data-table import-table">
        <caption className="sr-only">Kolonner i filen</caption>
        <thead>
          <tr>
            <th scope="col">Kolonne</th>
            <th scope="col">Overskrift i filen</th>
            <th scope="col">Brukes som</th>
            <th scope="col">Plassering</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((c) => {
            const chosen = mapping[c.header];
            const value = chosen ?? c.field ?? (c.source === 'unknown' ? '' : 'ignore');
            return (
              <tr key={c.index} className={c.source === 'unknown' ? 'import-unknown' : undefined}>
                <td>{c.letter}</td>
                <th scope="row">{c.header}</th>
                <td>
                  {c.source === 'personal' ? (
                    <span className="muted">Importeres ikke</span>
                  ) : (
                    <select
                      aria-label={`Brukes som: ${c.header}`}
                      aria-describedby={`${id}-help`}
                      value={value}
                      onChange={(e) =>
                        onChange(
                          c.header,
                          e.target.value === '' ? null : (e.target.value as MappingTarget),
                        )
                      }
                    >
                      {value === '' && <option value="">Velg …</option>}
                      <option value="ignore">Ikke bruk</option>
                      {SURVEY_FIELDS.map((f) => (
                        <option key={f} value={f}>
                          {SURVEY_HEADER[f]}
                        </option>
                      ))}
                    </select>
                  )}
                </td>
                <td>
                  <span className={`import-source import-source-${c.source}`}>
                    {SOURCE_LABEL[c.source]}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
