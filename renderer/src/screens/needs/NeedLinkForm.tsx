// Linking an application to its household (by the household's pseudonymous reference), and
// choosing SSB's group for it.
import type { NeedCase } from '../../../../main/contract/followUp';
import {
  defaultSsbGroup,
  SSB_GROUPS,
  SSB_GROUP_LABEL,
  type SsbGroup,
} from '../../../../main/domain/casework';
import { ApiError, call } from '../../api';
import { SelectField, TextField } from '../../components/Field';
import { optionsOf } from '../../display';
import { Converter } from '../../forms/draft';
import { DialogForm } from '../../forms/DialogForm';
import { useForm } from '../../forms/useForm';

const FIELDS = ['ref', 'ssbGroup', 'householdId'] as const;

/** The household with exactly this reference, or null for an empty reference. */
async function householdIdFor(ref: string): Promise<number | null> {
  if (ref === '') return null;
  const page = await call('households.list', { search: ref, limit: 50 });
  const match = page.rows.find((h) => h.ref.toLowerCase() === ref.toLowerCase());
  if (!match) {
    const message = `Referanse: fant ingen husstand med referansen ${ref}`;
    throw new ApiError({ code: 'validation', message, issues: [{ field: 'ref', message }] });
  }
  return match.id;
}

export function NeedLinkForm(props: { need: NeedCase; onClose: () => void; onSaved: () => void }) {
  const { need } = props;
  const form = useForm({ ref: need.householdRef ?? '', ssbGroup: need.ssbGroup ?? '' }, FIELDS);
  const { draft, field } = form;

  const submit = () => {
    const c = new Converter();
    const input = { ref: c.text(draft.ref), ssbGroup: c.optionalChoice<SsbGroup>(draft.ssbGroup) };
    return form.save(
      { input, issues: c.issues },
      async (i) =>
        call('needs.link', {
          id: need.id,
          householdId: await householdIdFor(i.ref),
          ssbGroup: i.ssbGroup,
        }),
      () => props.onSaved(),
    );
  };

  return (
    <DialogForm
      title="Husstand og SSB-gruppe"
      submitLabel="Lagre"
      summary={form.summary}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <TextField
        {...field('ref')}
        label="Husstandens referanse"
        maxLength={40}
        hint="Den pseudonyme referansen, f.eks. H-1001. Tomt felt fjerner koblingen."
      />
      <SelectField
        {...field('ssbGroup')}
        options={optionsOf(SSB_GROUPS, SSB_GROUP_LABEL)}
        empty={`Fra målgruppen: ${SSB_GROUP_LABEL[defaultSsbGroup(need.targetGroup)]}`}
      />
    </DialogForm>
  );
}
