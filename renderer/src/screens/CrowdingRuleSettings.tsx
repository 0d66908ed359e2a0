// Innstillinger → Trangboddhet: SSB's definition (the default) or an alternative rule, clearly
// labelled as not SSB's. Saved in the register (settings.update); Oversikt, Husstander and
// the needs analysis count crowded households by it.
import { type FormEvent, useState } from 'react';
import type { CrowdingRule } from '../../../main/domain/rules';
import { isSsbCrowdingRule, SSB_CROWDING_RULE } from '../../../main/domain/rules';
import { crowdingRuleSummary } from '../../../main/domain/labels';
import { ApiError, call } from '../api';
import { NumericField } from '../components/NumericField';
import { Panel } from '../components/Panel';
import { useApiQuery } from '../hooks/useApiQuery';
import { invalidateAll, runWrite } from '../state/status';
import { notify } from '../state/toast';
import './finance/finance.css';

export function CrowdingRuleSection() {
  const settings = useApiQuery('settings.get', {});
  if (!settings.data) return null;
  const { municipality, crowdingRule } = settings.data;
  return (
    <CrowdingRuleForm
      key={JSON.stringify(crowdingRule)}
      municipality={municipality}
      saved={crowdingRule}
    />
  );
}

type Draft = {
  roomsPerPerson: number | undefined;
  minM2PerPerson: number | undefined;
  requireBoth: boolean;
};

function CrowdingRuleForm({ municipality, saved }: { municipality: string; saved: CrowdingRule }) {
  const [ssb, setSsb] = useState(isSsbCrowdingRule(saved));
  const [alt, setAlt] = useState<Draft>(
    isSsbCrowdingRule(saved) ? { ...SSB_CROWDING_RULE, requireBoth: false } : saved,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);

  const rule: CrowdingRule | null = ssb
    ? SSB_CROWDING_RULE
    : alt.roomsPerPerson !== undefined &&
        alt.minM2PerPerson !== undefined &&
        Number.isFinite(alt.roomsPerPerson) &&
        Number.isFinite(alt.minM2PerPerson)
      ? {
          roomsPerPerson: alt.roomsPerPerson,
          minM2PerPerson: alt.minM2PerPerson,
          requireBoth: alt.requireBoth,
        }
      : null;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    setGeneral(null);
    if (!rule) {
      const missing: Record<string, string> = {};
      if (alt.roomsPerPerson === undefined) missing.roomsPerPerson = 'Rom per person: må fylles ut';
      if (alt.minM2PerPerson === undefined)
        missing.minM2PerPerson = 'Minste areal per person: må fylles ut';
      setErrors(missing);
      return;
    }
    try {
      await runWrite(() => call('settings.update', { municipality, crowdingRule: rule }));
      notify('Regelen for trangboddhet er lagret');
      invalidateAll();
    } catch (err) {
      if (err instanceof ApiError && err.issues.length) setErrors(err.byField());
      else setGeneral(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <Panel title="Trangboddhet">
      <form className="settings-form crowding-form" onSubmit={(e) => void save(e)}>
        <fieldset>
          <legend>Regel for trangboddhet</legend>
          <div className="radio-row">
            <input
              type="radio"
              id="crowding-ssb"
              name="crowding"
              checked={ssb}
              onChange={() => setSsb(true)}
            />
            <label htmlFor="crowding-ssb">SSBs definisjon (standard)</label>
          </div>
          <div className="radio-row">
            <input
              type="radio"
              id="crowding-alt"
              name="crowding"
              checked={!ssb}
              onChange={() => setSsb(false)}
            />
            <label htmlFor="crowding-alt">Alternativ regel – ikke SSBs definisjon</label>
          </div>
        </fieldset>
        {!ssb && (
          <div className="form-grid crowding-alt">
            <NumericField
              name="roomsPerPerson"
              label="Rom per person"
              value={alt.roomsPerPerson}
              onChange={(v) => setAlt((a) => ({ ...a, roomsPerPerson: v }))}
              error={errors.roomsPerPerson}
              hint="Trangbodd med færre rom enn personer × dette tallet (SSB: 1)."
            />
            <NumericField
              name="minM2PerPerson"
              label="Minste areal per person"
              suffix="m²"
              value={alt.minM2PerPerson}
              onChange={(v) => setAlt((a) => ({ ...a, minM2PerPerson: v }))}
              error={errors.minM2PerPerson}
              hint="Trangbodd under så mange m² P-ROM per person (SSB: 25)."
            />
            <fieldset className="field-wide">
              <legend>Vilkårene</legend>
              <div className="radio-row">
                <input
                  type="radio"
                  id="crowding-both"
                  name="requireBoth"
                  checked={alt.requireBoth}
                  onChange={() => setAlt((a) => ({ ...a, requireBoth: true }))}
                />
                <label htmlFor="crowding-both">Begge vilkårene må være oppfylt</label>
              </div>
              <div className="radio-row">
                <input
                  type="radio"
                  id="crowding-either"
                  name="requireBoth"
                  checked={!alt.requireBoth}
                  onChange={() => setAlt((a) => ({ ...a, requireBoth: false }))}
                />
                <label htmlFor="crowding-either">Ett av vilkårene er nok</label>
              </div>
            </fieldset>
          </div>
        )}
        {rule && (
          <p className="crowding-summary" data-testid="crowding-summary">
            {crowdingRuleSummary(rule)}
          </p>
        )}
        {general && <p className="field-error">{general}</p>}
        <p className="muted">
          Lagret nå:{' '}
          {isSsbCrowdingRule(saved) ? 'SSBs definisjon' : 'alternativ regel – ikke SSBs definisjon'}
          .
        </p>
        <div className="settings-actions">
          <button type="submit" className="btn btn-primary">
            Lagre regelen
          </button>
        </div>
      </form>
    </Panel>
  );
}
