// One home: its facts, its tenant now, its loans and grants, its tenancy history and its
// change log.
import {
  BUILDING_TYPE_LABEL,
  conditionLabel,
  TARGET_GROUP_LABEL,
  TENURE_LABEL,
} from '../../../main/domain/labels';
import { call } from '../api';
import { ChangeLog } from '../components/ChangeLog';
import { DeleteButton } from '../components/DeleteButton';
import { DetailList } from '../components/DetailList';
import { LoadError } from '../components/LoadError';
import { Panel } from '../components/Panel';
import { ScreenHeader } from '../components/ScreenHeader';
import { StatusBadge } from '../components/StatusBadge';
import { TenancyTable } from '../components/TenancyTable';
import { HomeFinance } from './finance/HomeFinance';
import { date, DASH, int, kr, m2, yesNo } from '../display';
import { useApiQuery } from '../hooks/useApiQuery';
import { href, leaveTo } from '../state/router';
import { runWrite } from '../state/status';
import { notify } from '../state/toast';
import { useState } from 'react';
import type { StockEventKind } from '../../../main/domain/planFollowUp';
import { useToday } from '../state/registerInfo';
import { DeleteReason, initialReason } from './followUp/planResult/DeleteReason';

export function UnitDetail({ id }: { id: number }) {
  const q = useApiQuery('units.get', { id });
  const [reason, setReason] = useState(initialReason(useToday()));
  const areas = useApiQuery('areas.list', {});
  const back = { href: href('/boliger'), label: 'Boliger' };
  if (q.error) {
    return (
      <>
        <ScreenHeader back={back} title="Bolig" />
        <LoadError error={q.error} />
      </>
    );
  }
  if (!q.data) return <ScreenHeader back={back} title="Bolig" />;

  const { unit: u, tenancies, changes, finance } = q.data;
  const current = tenancies.find((t) => t.movedOut === null);
  const areaName = areas.data?.find((a) => a.id === u.areaId)?.name;

  const remove = async () => {
    // Issue 13.3: why the home went out, recorded as a stock event (or none).
    await runWrite(() =>
      call('units.deleteWithReason', {
        id,
        reason:
          reason.kind === 'ingen'
            ? null
            : { eventKind: reason.kind as StockEventKind, date: reason.date, note: '' },
      }),
    );
    notify(`Bolig ${u.unitNo} er slettet`);
    leaveTo('/boliger');
  };

  return (
    <div className="detail-screen">
      <ScreenHeader
        back={back}
        title={`Bolig ${u.unitNo}`}
        badges={<StatusBadge status={u.status} />}
        actions={
          <>
            <a className="btn btn-primary" href={href(`/boliger/${id}/rediger`)}>
              Rediger
            </a>
            <DeleteButton title={`Slette bolig ${u.unitNo}?`} onDelete={remove}>
              <p>
                Boligen {u.unitNo}, {u.address}, fjernes fra registeret sammen med
                leieforholdshistorikken. Endringsloggen beholder at den er slettet.
              </p>
              <DeleteReason value={reason} onChange={setReason} />
            </DeleteButton>
          </>
        }
      />
      <p className="lead">{u.address}</p>
      <div className="detail-grid">
        <Panel title="Boligen">
          <DetailList
            items={[
              { label: 'Adresse', value: u.address },
              { label: 'Område', value: areaName ?? DASH },
              { label: 'Boligtype', value: BUILDING_TYPE_LABEL[u.buildingType] },
              { label: 'Antall soverom', value: int(u.bedrooms), numeric: true },
              { label: 'Antall rom', value: int(u.rooms), numeric: true },
              { label: 'BRA', value: m2(u.areaM2), numeric: true },
              {
                label: 'P-ROM',
                value: u.promM2 === null ? 'Ikke registrert' : m2(u.promM2),
                numeric: true,
              },
              { label: 'Etasje', value: int(u.floor), numeric: true },
              { label: 'Rullestoltilgjengelig', value: yesNo(u.wheelchairAccessible) },
              { label: 'Universelt utformet', value: yesNo(u.universalDesign) },
              { label: 'Bemannet/samlokalisert', value: yesNo(u.staffed) },
              {
                label: 'Målgruppe',
                value: u.targetGroup ? TARGET_GROUP_LABEL[u.targetGroup] : 'Ikke øremerket',
              },
              { label: 'Tilstandsgrad', value: conditionLabel(u.condition) },
            ]}
          />
        </Panel>
        <Panel title="Eierform og økonomi">
          <DetailList
            items={[
              { label: 'Eierform', value: TENURE_LABEL[u.tenure] },
              u.tenure === 'framleie' && {
                label: 'Leieavtale med eier slutter',
                value: date(u.leaseEnd),
                numeric: true,
              },
              u.tenure === 'framleie' && {
                label: 'Leie til eier per måned',
                value: kr(u.ownerRentMonthly),
                numeric: true,
              },
              { label: 'Månedsleie', value: kr(u.rentMonthly), numeric: true },
              { label: 'Gjengs leie per måned', value: kr(u.marketRentMonthly), numeric: true },
              { label: 'Bokført verdi', value: kr(u.bookValue), numeric: true },
              { label: 'Vedlikeholdsetterslep', value: kr(u.maintenanceBacklog), numeric: true },
            ]}
          />
        </Panel>
        <Panel title="Beboer nå">
          {current ? (
            <DetailList
              items={[
                {
                  label: 'Husstand',
                  value: (
                    <a href={href(`/husstander/${current.householdId}`)}>{current.householdRef}</a>
                  ),
                },
                { label: 'Kontrakt start', value: date(current.start), numeric: true },
                {
                  label: 'Kontrakt slutt',
                  value: current.end ? date(current.end) : 'Tidsubestemt',
                  numeric: true,
                },
              ]}
            />
          ) : (
            <p className="muted">Ingen beboer nå.</p>
          )}
          {u.note && (
            <>
              <h3>Merknad</h3>
              <p className="note">{u.note}</p>
            </>
          )}
        </Panel>
      </div>
      <HomeFinance unitId={id} finance={finance} />
      <Panel title="Leieforhold">
        <TenancyTable tenancies={tenancies} show="household" />
      </Panel>
      <Panel title="Endringslogg">
        <ChangeLog changes={changes} />
      </Panel>
    </div>
  );
}
