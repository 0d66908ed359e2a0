// «Hvorfor går boligen ut?» in the delete confirmation of a home (issue 13.3): the reason is
// recorded as a stock event, so «Plan og resultat» counts it; «ingen» records nothing (e.g. a
// home registered by mistake).
import { REMOVING_KINDS, STOCK_EVENT_LABEL } from '../../../../../main/domain/planFollowUp';
import { DateField, SelectField } from '../../../components/Field';

export interface Reason {
  kind: string;
  date: string;
}

export const initialReason = (today: string): Reason => ({ kind: 'salg', date: today });

const OPTIONS = [
  ...REMOVING_KINDS.map((k) => ({ value: k, label: STOCK_EVENT_LABEL[k] })),
  { value: 'ingen', label: 'Ingen (feilregistrert bolig)' },
];

export function DeleteReason(props: { value: Reason; onChange: (r: Reason) => void }) {
  const { value, onChange } = props;
  return (
    <div className="form-grid">
      <SelectField
        name="reasonKind"
        label="Hvorfor går boligen ut?"
        value={value.kind}
        options={OPTIONS}
        onChange={(kind) => onChange({ ...value, kind })}
      />
      {value.kind !== 'ingen' && (
        <DateField
          name="reasonDate"
          label="Dato"
          value={value.date}
          onChange={(date) => onChange({ ...value, date })}
        />
      )}
    </div>
  );
}
