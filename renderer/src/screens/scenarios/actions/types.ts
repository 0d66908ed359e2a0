import type { Action, Scenario } from '../../../../../main/domain/scenario';
import type { FieldMessages } from '../issues';
import type { SnapshotIndex } from '../useSnapshot';

/** What every action form gets: the action, how to change it, and the engine's messages. */
export interface FormProps<A extends Action> {
  action: A;
  onChange: (a: Action) => void;
  msg: FieldMessages;
  scenario: Scenario;
  index: SnapshotIndex;
  /** Position in the scenario (0-based). */
  position: number;
}

/** The engine's field labels each form shows next to an input (the rest go above the form). */
export const SHOWN_FIELDS: Record<Action['kind'], readonly string[]> = {
  kjop: ['År', 'Segment', 'Antall', 'Pris', 'Areal', 'Husleie', 'Tilskudd', 'Lån'],
  bygging: [
    'Prosjekt',
    'Byggestart',
    'Ferdigstillelse',
    'Byggeperiode',
    'Kostnad',
    'Boliger',
    'Segment',
    'Antall',
    'Areal',
    'Husleie',
    'Tilskudd',
    'Lån',
  ],
  salg: ['År', 'Pris', 'Bolig', 'Segment', 'Antall', 'Tiltak', 'Tilskudd', 'Lån'],
  framleie: ['År', 'Segment', 'Antall', 'Leieperiode', 'Leie til eier', 'Husleie', 'Bolig'],
  leie_til_eie: ['År', 'Pris', 'Bolig', 'Tilskudd', 'Lån'],
  rehabilitering: ['Fra år', 'Til år', 'Periode', 'Kostnad', 'Tilstandsgrad', 'Lån', 'Bolig'],
  avvikling: ['År', 'Bolig'],
};

/** A required number: empty becomes NaN, which the engine reports («må være et tall»). */
export const req = (v: number | undefined) => v ?? NaN;
