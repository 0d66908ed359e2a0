// The preview's sections as tabs: new homes, changes (old → new), homes the survey missed,
// tenancies that start or end, errors (with «Utelat rad») and warnings.
import { useState } from 'react';
import type { ImportPreview, ImportProblem } from '../../../../main/contract/import';
import { formatInteger, formatNumber } from '../../../../main/domain/format';
import { Tabs } from '../../components/Tabs';
import { kr } from '../../display';
import { href } from '../../state/router';
import { counted } from '../../../../main/domain/count';

type TabId = 'nye' | 'endringer' | 'mangler' | 'leieforhold' | 'feil' | 'advarsler';

interface Props {
  preview: ImportPreview;
  excluded: number[];
  onExclude: (rows: number[], exclude: boolean) => void;
}

const count = (n: number) => ` (${formatInteger(n)})`;

/** Long lists are cut for the screen (a survey can have 12,000 rows); the counts stay whole. */
const LIMIT = 500;

function More({ shown, total }: { shown: number; total: number }) {
  return total > shown ? (
    <p className="hint">
      Viser de første {formatInteger(shown)} av {formatInteger(total)}.
    </p>
  ) : null;
}

function Empty({ text }: { text: string }) {
  return <p className="table-empty">{text}</p>;
}

function ProblemTable(props: {
  caption: string;
  problems: ImportProblem[];
  excludable?: { onExclude: Props['onExclude'] };
}) {
  const { excludable } = props;
  const problems = props.problems.slice(0, LIMIT);
  const firstOfRow = new Set<number>();
  const seen = new Set<number | null>();
  problems.forEach((p, i) => {
    if (!seen.has(p.row)) firstOfRow.add(i);
    seen.add(p.row);
  });
  return (
    <div className="table-wrap">
      <table className="data-table import-table">
        <caption className="sr-only">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="align-right">
              Rad
            </th>
            <th scope="col">Kolonne</th>
            <th scope="col">Verdi</th>
            <th scope="col">Melding</th>
            {excludable && <th scope="col">Utelat raden</th>}
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={`${p.row ?? 0}-${i}`}>
              <td className="align-right">{p.row ?? '–'}</td>
              <td>{p.column ?? '–'}</td>
              <td>{p.value ? `«${p.value}»` : '–'}</td>
              <td>{p.message}</td>
              {excludable && (
                <td>
                  {p.row !== null && firstOfRow.has(i) && (
                    <button
                      type="button"
                      className="btn btn-small btn-quiet"
                      onClick={() => excludable.onExclude([p.row!], true)}
                    >
                      Utelat rad {p.row}
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <More shown={problems.length} total={props.problems.length} />
    </div>
  );
}

export function PreviewTabs({ preview, excluded, onExclude }: Props) {
  const [selected, setSelected] = useState<TabId | null>(null);
  const tab: TabId =
    selected ??
    (preview.errors.length > 0 ? 'feil' : preview.created.length > 0 ? 'nye' : 'endringer');
  const starts = preview.tenancies.filter((t) => t.kind === 'start').length;
  const ends = preview.tenancies.filter((t) => t.kind === 'end').length;
  const errorRows = preview.errorRows.filter((r) => !excluded.includes(r));
  return (
    <Tabs
      label="Forhåndsvisning"
      selected={tab}
      onSelect={(id) => setSelected(id as TabId)}
      tabs={[
        { id: 'nye', label: `Nye boliger${count(preview.created.length)}` },
        { id: 'endringer', label: `Endringer${count(preview.updated.length)}` },
        { id: 'mangler', label: `Mangler i kartleggingen${count(preview.missing.length)}` },
        { id: 'leieforhold', label: `Leieforhold${count(preview.tenancies.length)}` },
        { id: 'feil', label: `Feil${count(preview.errors.length)}` },
        { id: 'advarsler', label: `Advarsler${count(preview.warnings.length)}` },
      ]}
    >
      {tab === 'nye' &&
        (preview.created.length === 0 ? (
          <Empty text="Ingen nye boliger." />
        ) : (
          <div className="table-wrap">
            <table className="data-table import-table">
              <caption className="sr-only">Nye boliger</caption>
              <thead>
                <tr>
                  <th scope="col" className="align-right">
                    Rad
                  </th>
                  <th scope="col">Bolignr</th>
                  <th scope="col">Adresse</th>
                  <th scope="col">Område</th>
                  <th scope="col" className="align-right">
                    Soverom
                  </th>
                  <th scope="col" className="align-right">
                    BRA
                  </th>
                  <th scope="col" className="align-right">
                    Månedsleie
                  </th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {preview.created.slice(0, LIMIT).map((u) => (
                  <tr key={u.row}>
                    <td className="align-right">{u.row}</td>
                    <td>{u.unitNo}</td>
                    <td>{u.address}</td>
                    <td>{u.areaName ?? '–'}</td>
                    <td className="align-right">{u.bedrooms}</td>
                    <td className="align-right">{formatNumber(u.areaM2)} m²</td>
                    <td className="align-right">{kr(u.rentMonthly)}</td>
                    <td>{u.status}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <More shown={Math.min(LIMIT, preview.created.length)} total={preview.created.length} />
            {preview.newAreas.length > 0 && (
              <p className="hint">Nye områder: {preview.newAreas.join(', ')}</p>
            )}
          </div>
        ))}
      {tab === 'endringer' &&
        (preview.updated.length === 0 ? (
          <Empty text="Ingen endringer på boliger som finnes i registeret." />
        ) : (
          <div className="table-wrap">
            <table className="data-table import-table">
              <caption className="sr-only">Endringer (gammel → ny)</caption>
              <thead>
                <tr>
                  <th scope="col" className="align-right">
                    Rad
                  </th>
                  <th scope="col">Bolig</th>
                  <th scope="col">Felt</th>
                  <th scope="col">Gammel</th>
                  <th scope="col">Ny</th>
                </tr>
              </thead>
              <tbody>
                {preview.updated.slice(0, LIMIT).flatMap((u) =>
                  u.changes.map((c, i) => (
                    <tr
                      key={`${u.unitId}-${c.field}`}
                      className={i === 0 ? 'import-group' : undefined}
                    >
                      <td className="align-right">{i === 0 ? u.row : ''}</td>
                      <td>
                        {i === 0 ? <a href={href(`/boliger/${u.unitId}`)}>{u.unitNo}</a> : ''}
                      </td>
                      <td>{c.label}</td>
                      <td className="import-old">{c.old}</td>
                      <td className="import-new">
                        <span aria-hidden="true">→ </span>
                        {c.new}
                      </td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
            <More shown={Math.min(LIMIT, preview.updated.length)} total={preview.updated.length} />
          </div>
        ))}
      {tab === 'mangler' &&
        (preview.missing.length === 0 ? (
          <Empty text="Alle boligene i registeret er med i kartleggingen." />
        ) : (
          <>
            <p className="hint">
              Disse boligene finnes i registeret, men ikke i filen. De blir ikke slettet.
            </p>
            <div className="table-wrap">
              <table className="data-table import-table">
                <caption className="sr-only">Boliger som mangler i kartleggingen</caption>
                <thead>
                  <tr>
                    <th scope="col">Bolignr</th>
                    <th scope="col">Adresse</th>
                    <th scope="col">Status i registeret</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.missing.slice(0, LIMIT).map((u) => (
                    <tr key={u.unitId}>
                      <td>
                        <a href={href(`/boliger/${u.unitId}`)}>{u.unitNo}</a>
                      </td>
                      <td>{u.address}</td>
                      <td>{u.status}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <More
                shown={Math.min(LIMIT, preview.missing.length)}
                total={preview.missing.length}
              />
            </div>
          </>
        ))}
      {tab === 'leieforhold' &&
        (preview.tenancies.length === 0 ? (
          <Empty text="Ingen leieforhold starter eller slutter." />
        ) : (
          <>
            <p className="hint">
              {formatInteger(starts)} starter · {formatInteger(ends)} avsluttes ·{' '}
              {counted(preview.counts.householdsCreated, 'ny husstand', 'nye husstander')}{' '}
              (pseudonym kode)
            </p>
            <ul className="import-tenancies">
              {preview.tenancies.slice(0, LIMIT).map((t, i) => (
                <li key={`${t.row}-${i}`} className={`import-tenancy-${t.kind}`}>
                  <span className="muted">Rad {t.row}:</span> {t.text}
                </li>
              ))}
            </ul>
            <More
              shown={Math.min(LIMIT, preview.tenancies.length)}
              total={preview.tenancies.length}
            />
          </>
        ))}
      {tab === 'feil' &&
        (preview.errors.length === 0 ? (
          <Empty text="Ingen feil." />
        ) : (
          <>
            <div className="import-exclude-bar">
              <p className="hint">
                Feil stopper importen. Rett filen og velg den på nytt, eller utelat radene med feil.
              </p>
              {errorRows.length > 0 && (
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => onExclude(errorRows, true)}
                >
                  Utelat alle rader med feil ({formatInteger(errorRows.length)})
                </button>
              )}
            </div>
            <ProblemTable caption="Feil" problems={preview.errors} excludable={{ onExclude }} />
          </>
        ))}
      {tab === 'advarsler' &&
        (preview.warnings.length === 0 ? (
          <Empty text="Ingen advarsler." />
        ) : (
          <>
            <p className="hint">
              Advarsler stopper ikke importen, men må bekreftes før du importerer.
            </p>
            <ProblemTable caption="Advarsler" problems={preview.warnings} />
          </>
        ))}
    </Tabs>
  );
}
