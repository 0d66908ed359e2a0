// The household rules the assessment uses (main/domain/rules.ts): stated in words from their
// values, and adjustable here for the analysis.
import { bedroomRuleSummary, crowdingRuleSummary } from '../../../../../main/domain/labels';
import {
  DEFAULT_BEDROOM_RULE,
  DEFAULT_CROWDING_RULE,
  type BedroomRule,
  type CrowdingRule,
} from '../../../../../main/domain/rules';
import { Panel } from '../../../components/Panel';
import { CheckboxField, SelectField } from '../../../components/Field';
import { NumericField } from '../../../components/NumericField';

export const bedroomRuleText = bedroomRuleSummary;

export function crowdingRuleText(r: CrowdingRule = DEFAULT_CROWDING_RULE): string {
  return crowdingRuleSummary(r);
}

/** Problems with the planner's rule values, by field. */
export function checkRules(b: BedroomRule, c: CrowdingRule): Record<string, string> {
  const e: Record<string, string> = {};
  if (!Number.isInteger(b.adultAge) || b.adultAge < 10 || b.adultAge > 18)
    e.adultAge = 'Eget soverom fra alder: må være et helt antall år (10–18)';
  if (!Number.isInteger(b.youngChildAge) || b.youngChildAge < 1 || b.youngChildAge >= b.adultAge)
    e.youngChildAge =
      'Små barn er under: må være et helt antall år, lavere enn alderen for eget rom';
  if (!(c.minM2PerPerson >= 0 && c.minM2PerPerson <= 100))
    e.minM2PerPerson = 'Minste areal per person: må være mellom 0 og 100 m²';
  if (!(c.roomsPerPerson > 0 && c.roomsPerPerson <= 3))
    e.roomsPerPerson = 'Rom per person: må være større enn 0 og høyst 3';
  return e;
}

const SHARE_OPTIONS = [
  { value: '1', label: 'Eget soverom' },
  { value: '0.5', label: 'Deler med ett søsken' },
];

interface Props {
  bedroom: BedroomRule;
  crowding: CrowdingRule;
  errors: Record<string, string>;
  onBedroom: (r: BedroomRule) => void;
  onCrowding: (r: CrowdingRule) => void;
  onReset: () => void;
}

export function RulesPanel({ bedroom, crowding, errors, onBedroom, onCrowding, onReset }: Props) {
  const b = (p: Partial<BedroomRule>) => onBedroom({ ...bedroom, ...p });
  const c = (p: Partial<CrowdingRule>) => onCrowding({ ...crowding, ...p });
  const num = (v: number | undefined) => (v === undefined ? Number.NaN : v);
  return (
    <Panel
      title="Regler for behov"
      className="rules-panel"
      actions={
        <button type="button" className="btn btn-quiet" onClick={onReset}>
          Standardregler
        </button>
      }
    >
      <dl className="rules">
        <div>
          <dt>Soverombehov</dt>
          <dd>{bedroomRuleText(bedroom)}</dd>
        </div>
        <div>
          <dt>Trangboddhet</dt>
          <dd>{crowdingRuleText(crowding)}</dd>
        </div>
        <div>
          <dt>Bør flytte</dt>
          <dd>
            Leietakere som er trangbodde eller har færre soverom enn regelen gir, regnes som behov
            (i segmentet de trenger) fordelt over årene med satsen for flytting av dem som bør
            flytte (standard 25 % av dem per år, de mest trangbodde først), og boligen de bor i som
            tilbud samme år.
          </dd>
        </div>
        <div>
          <dt>Må flytte</dt>
          <dd>
            Når en utleid bolig går ut av boligmassen (framleie avsluttes, salg, avvikling,
            rehabilitering), regnes husstandene som bor der som behov det året, i segmentet de
            trenger. Tilbudet blir aldri negativt.
          </dd>
        </div>
      </dl>
      <div className="controls-bar rules-controls">
        <CheckboxField
          name="coupleShares"
          label="Par deler soverom"
          checked={bedroom.coupleShares}
          onChange={(v) => b({ coupleShares: v })}
        />
        <NumericField
          name="adultAge"
          label="Eget soverom fra alder"
          kind="int"
          suffix="år"
          value={bedroom.adultAge}
          onChange={(v) => b({ adultAge: num(v) })}
          hint={`Standard: ${DEFAULT_BEDROOM_RULE.adultAge} år`}
          error={errors.adultAge}
        />
        <NumericField
          name="youngChildAge"
          label="Små barn er under"
          kind="int"
          suffix="år"
          value={bedroom.youngChildAge}
          onChange={(v) => b({ youngChildAge: num(v) })}
          hint={`Standard: ${DEFAULT_BEDROOM_RULE.youngChildAge} år`}
          error={errors.youngChildAge}
        />
        <SelectField
          name="youngChildShare"
          label="Små barn"
          value={String(bedroom.youngChildShare)}
          options={SHARE_OPTIONS}
          onChange={(v) => b({ youngChildShare: Number(v) })}
        />
        <SelectField
          name="olderChildShare"
          label="Større barn"
          value={String(bedroom.olderChildShare)}
          options={SHARE_OPTIONS}
          onChange={(v) => b({ olderChildShare: Number(v) })}
        />
        <NumericField
          name="minM2PerPerson"
          label="Minste areal per person"
          kind="decimal"
          suffix="m²"
          value={crowding.minM2PerPerson}
          onChange={(v) => c({ minM2PerPerson: num(v) })}
          hint={`Standard: ${DEFAULT_CROWDING_RULE.minM2PerPerson} m² (SSB)`}
          error={errors.minM2PerPerson}
        />
        <NumericField
          name="roomsPerPerson"
          label="Rom per person"
          kind="decimal"
          value={crowding.roomsPerPerson}
          onChange={(v) => c({ roomsPerPerson: num(v) })}
          hint="Standard: 1"
          error={errors.roomsPerPerson}
        />
        <CheckboxField
          name="requireBoth"
          label="Begge vilkår samtidig (SSBs definisjon)"
          checked={crowding.requireBoth}
          onChange={(v) => c({ requireBoth: v })}
        />
      </div>
      <p className="hint">
        Endringer her gjelder bare denne analysen. Registerets regel for trangboddhet (brukt i
        oversikten, scenarioene, rapporten og eksporten) velges under Innstillinger.
      </p>
    </Panel>
  );
}
