// One household: composition, bedroom need, tenancies (add / end), change log.
import { useState } from 'react';
import type { TenancyRow } from '../../../main/contract/api';
import {
  CAREER_PATH_LABEL,
  CHILD_GENDER_LABEL,
  FOLLOW_UP_LABEL,
  INCOME_SOURCE_LABEL,
  TARGET_GROUP_LABEL,
} from '../../../main/domain/labels';
import { NEED_STATUS_LABEL } from '../../../main/domain/casework';
import { call } from '../api';
import { ChangeLog } from '../components/ChangeLog';
import { DeleteButton } from '../components/DeleteButton';
import { DetailList } from '../components/DetailList';
import { LoadError } from '../components/LoadError';
import { Panel } from '../components/Panel';
import { ScreenHeader } from '../components/ScreenHeader';
import { Flag } from '../components/StatusBadge';
import { TenancyTable } from '../components/TenancyTable';
import { date, int, yesNo } from '../display';
import { EndTenancyForm } from '../forms/EndTenancyForm';
import { TenancyForm } from '../forms/TenancyForm';
import { useApiQuery } from '../hooks/useApiQuery';
import { href, leaveTo } from '../state/router';
import { runWrite } from '../state/status';
import { notify } from '../state/toast';

export function HouseholdDetail({ id }: { id: number }) {
  const q = useApiQuery('households.get', { id });
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<TenancyRow | null>(null);
  const back = { href: href('/husstander'), label: 'Husstander' };
  if (q.error) {
    return (
      <>
        <ScreenHeader back={back} title="Husstand" />
        <LoadError error={q.error} />
      </>
    );
  }
  if (!q.data) return <ScreenHeader back={back} title="Husstand" />;

  const { household: h, tenancies, bedroomsNeeded, contractExpired, openNeeds, changes } = q.data;
  const current = tenancies.find((t) => t.movedOut === null);

  const remove = async () => {
    await runWrite(() => call('households.delete', { id }));
    notify(`Husstand ${h.ref} er slettet`);
    leaveTo('/husstander');
  };

  return (
    <div className="detail-screen">
      <ScreenHeader
        back={back}
        title={`Husstand ${h.ref}`}
        badges={h.arrears ? <Flag>Husleierestanse</Flag> : null}
        actions={
          <>
            <a className="btn btn-primary" href={href(`/husstander/${id}/rediger`)}>
              Rediger
            </a>
            <DeleteButton title={`Slette husstand ${h.ref}?`} onDelete={remove}>
              <p>Husstanden {h.ref} og leieforholdene dens fjernes fra registeret.</p>
              {current && (
                <p>
                  <strong>Husstanden bor i {current.unitNo}.</strong> Boligen blir registrert som
                  ledig.
                </p>
              )}
            </DeleteButton>
          </>
        }
      />
      <div className="detail-grid">
        <Panel title="Husstanden">
          <DetailList
            items={[
              { label: 'Referanse', value: h.ref },
              { label: 'Antall voksne', value: int(h.adults), numeric: true },
              { label: 'Par', value: yesNo(h.couple) },
              { label: 'Antall barn', value: int(h.childAges.length), numeric: true },
              h.childAges.length > 0 && {
                label: 'Alder på barn',
                value: h.childAges
                  .map((age, i) => {
                    const g = h.childGenders?.[i];
                    return g ? `${age} år (${CHILD_GENDER_LABEL[g].toLowerCase()})` : `${age} år`;
                  })
                  .join(', '),
              },
              { label: 'Soverom behov', value: int(bedroomsNeeded), numeric: true },
            ]}
          />
          <p className="hint">Soverom behov er beregnet med registerets soveromsregel.</p>
        </Panel>
        <Panel title="Oppfølging og boligkarriere">
          <DetailList
            items={[
              {
                label: 'Målgruppe',
                value: h.targetGroup ? TARGET_GROUP_LABEL[h.targetGroup] : 'Ikke angitt',
              },
              { label: 'Inntektskilde', value: INCOME_SOURCE_LABEL[h.incomeSource] },
              { label: 'Oppfølgingsbehov', value: FOLLOW_UP_LABEL[h.followUp] },
              { label: 'Boligkarriere', value: CAREER_PATH_LABEL[h.careerPath] },
              { label: 'Husleierestanse', value: yesNo(h.arrears) },
            ]}
          />
          {h.note && (
            <>
              <h3>Merknad</h3>
              <p className="note">{h.note}</p>
            </>
          )}
        </Panel>
        <Panel title="Bor nå">
          {current ? (
            <DetailList
              items={[
                {
                  label: 'Bolig',
                  value: <a href={href(`/boliger/${current.unitId}`)}>{current.unitNo}</a>,
                },
                { label: 'Kontrakt start', value: date(current.start), numeric: true },
                {
                  label: 'Kontrakt slutt',
                  value: (
                    <>
                      {current.end ? date(current.end) : 'Tidsubestemt'}
                      {contractExpired && (
                        <>
                          {' '}
                          <Flag>Utløpt</Flag>
                        </>
                      )}
                    </>
                  ),
                  numeric: true,
                },
              ]}
            />
          ) : (
            <>
              <p className="muted">Husstanden bor ikke i en kommunal bolig nå.</p>
              <button type="button" className="btn" onClick={() => setAdding(true)}>
                Nytt leieforhold
              </button>
            </>
          )}
        </Panel>
      </div>
      <Panel title="Åpne søknader">
        {openNeeds.length === 0 ? (
          <p className="muted">Ingen åpne søknader koblet til husstanden.</p>
        ) : (
          <ul className="plain-list">
            {openNeeds.map((n) => (
              <li key={n.id}>
                <a href={href(`/behov/${n.id}`)}>Søker {n.ref ?? `nr. ${n.id}`}</a>:{' '}
                {NEED_STATUS_LABEL[n.status]}, registrert {date(n.registered)}, {n.bedrooms} soverom
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <Panel title="Leieforhold">
        <TenancyTable
          tenancies={tenancies}
          show="unit"
          actions={(t) =>
            t.movedOut === null && (
              <button type="button" className="btn btn-small" onClick={() => setEnding(t)}>
                Avslutt leieforhold
              </button>
            )
          }
        />
      </Panel>
      <Panel title="Endringslogg">
        <ChangeLog changes={changes} />
      </Panel>
      {adding && (
        <TenancyForm
          householdId={id}
          householdRef={h.ref}
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            q.reload();
          }}
        />
      )}
      {ending && (
        <EndTenancyForm
          tenancy={ending}
          onClose={() => setEnding(null)}
          onSaved={() => {
            setEnding(null);
            q.reload();
          }}
        />
      )}
    </div>
  );
}
