// The overview's short lists: vacant homes, leases ending soon, crowded households.
import type { Overview } from '../../../../main/contract/api';
import { Panel } from '../../components/Panel';
import { Flag } from '../../components/StatusBadge';
import { date, int } from '../../display';
import { href } from '../../state/router';

export function VacantList({ overview }: { overview: Overview }) {
  const rows = overview.vacant;
  return (
    <Panel title="Ledige boliger" className="list-panel">
      {rows.length === 0 ? (
        <p className="muted">Ingen ledige boliger.</p>
      ) : (
        <div className="scroll-list" tabIndex={0} role="region" aria-label="Ledige boliger, liste">
          <table className="data-table compact">
            <thead>
              <tr>
                <th scope="col">Bolig</th>
                <th scope="col">Adresse</th>
                <th scope="col" className="align-right">
                  Soverom
                </th>
                <th scope="col" className="align-right">
                  Ledig siden
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((u) => (
                <tr key={u.id}>
                  <td>
                    <a href={href(`/boliger/${u.id}`)}>{u.unitNo}</a>
                  </td>
                  <td>{u.address}</td>
                  <td className="align-right">{int(u.bedrooms)}</td>
                  <td className="align-right">{date(u.since)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}

export function LeasesEndingList({ overview }: { overview: Overview }) {
  const rows = overview.leasesEnding;
  return (
    <Panel title="Kontrakter som går ut innen 12 måneder" className="list-panel">
      {rows.length === 0 ? (
        <p className="muted">Ingen kontrakter går ut de neste 12 månedene.</p>
      ) : (
        <div
          className="scroll-list"
          tabIndex={0}
          role="region"
          aria-label="Kontrakter som går ut, liste"
        >
          <table className="data-table compact">
            <thead>
              <tr>
                <th scope="col" className="align-right">
                  Slutter
                </th>
                <th scope="col">Bolig</th>
                <th scope="col">Gjelder</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((l) => (
                <tr key={`${l.kind}-${l.unitId}`}>
                  <td className="align-right">{date(l.end)}</td>
                  <td>
                    <a href={href(`/boliger/${l.unitId}`)}>{l.unitNo}</a>
                  </td>
                  <td>
                    {l.kind === 'framleie' ? (
                      <Flag tone="info">Framleieavtale med eier</Flag>
                    ) : (
                      <>Leiekontrakt {l.householdRef}</>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}

export function CrowdedList({ overview }: { overview: Overview }) {
  const rows = overview.crowded;
  return (
    <Panel title="Trangbodde husstander" className="list-panel">
      <p className="chart-caption">Færre rom enn personer, eller under 25 m² per person (SSB).</p>
      {rows.length === 0 ? (
        <p className="muted">Ingen trangbodde husstander.</p>
      ) : (
        <div
          className="scroll-list"
          tabIndex={0}
          role="region"
          aria-label="Trangbodde husstander, liste"
        >
          <table className="data-table compact">
            <thead>
              <tr>
                <th scope="col">Husstand</th>
                <th scope="col">Bolig</th>
                <th scope="col" className="align-right">
                  Personer
                </th>
                <th scope="col" className="align-right">
                  Rom
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.householdId}>
                  <td>
                    <a href={href(`/husstander/${c.householdId}`)}>{c.ref}</a>
                  </td>
                  <td>{c.unitNo}</td>
                  <td className="align-right">{int(c.persons)}</td>
                  <td className="align-right">{int(c.rooms)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
