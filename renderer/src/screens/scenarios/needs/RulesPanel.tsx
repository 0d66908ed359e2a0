// The household rules the assessment uses, stated in words from their values (main/domain/rules.ts).
import {
  DEFAULT_BEDROOM_RULE,
  DEFAULT_CROWDING_RULE,
  type BedroomRule,
  type CrowdingRule,
} from '../../../../../main/domain/rules';
import { formatNumber } from '../../../../../main/domain/format';
import { Panel } from '../../../components/Panel';

const share = (s: number) =>
  s === 1
    ? 'et eget soverom'
    : s === 0.5
      ? 'et halvt soverom (to deler)'
      : `${formatNumber(s, 2)} soverom`;

export function bedroomRuleText(r: BedroomRule = DEFAULT_BEDROOM_RULE): string {
  return [
    r.coupleShares ? 'Ett soverom per par' : 'Ett soverom per voksen',
    `og per annen person fra ${r.adultAge} år.`,
    `Barn under ${r.youngChildAge} år teller ${share(r.youngChildShare)},`,
    `barn ${r.youngChildAge}–${r.adultAge - 1} år ${share(r.olderChildShare)}`,
    '(registeret har ikke kjønn, så søsken i denne alderen deler ikke).',
    'Delte rom rundes opp, minst ett soverom.',
  ].join(' ');
}

export function crowdingRuleText(r: CrowdingRule = DEFAULT_CROWDING_RULE): string {
  const rooms =
    r.roomsPerPerson === 1
      ? 'færre rom enn personer'
      : `færre enn ${formatNumber(r.roomsPerPerson, 2)} rom per person`;
  return `Trangbodd (SSB): ${rooms}, eller under ${formatNumber(r.minM2PerPerson, 1)} m² per person. Gjelder husstander med to eller flere personer.`;
}

export function RulesPanel() {
  return (
    <Panel title="Regler for behov" className="rules-panel">
      <dl className="rules">
        <div>
          <dt>Soverombehov</dt>
          <dd>{bedroomRuleText()}</dd>
        </div>
        <div>
          <dt>Trangboddhet</dt>
          <dd>{crowdingRuleText()}</dd>
        </div>
        <div>
          <dt>Bør flytte</dt>
          <dd>
            Leietakere som er trangbodde eller har færre soverom enn regelen gir, regnes som behov i
            første år (i segmentet de trenger), og boligen de bor i som tilbud samme år.
          </dd>
        </div>
      </dl>
      <p className="hint">
        Reglene er fastsatt i programmet (main/domain/rules.ts) og kan justeres der.
      </p>
    </Panel>
  );
}
