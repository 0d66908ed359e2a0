// Bad input gives Norwegian messages naming the action and the field.
import { describe, expect, it } from 'vitest';
import {
  runPlan,
  ScenarioValidationError,
  validateScenario,
  type Action,
  type PurchaseAction,
} from '../../../main/domain/scenario';
import { FLAT, scenario, snapshot, unit } from './fixtures';

const snap = snapshot({
  units: [
    unit(17),
    unit(18),
    unit(19, { tenure: 'framleie', leaseEnd: '2028-06-30', ownerRentMonthly: 9_000 }),
    unit(20, { bedrooms: 3 }),
  ],
});

const purchase = (o: Partial<PurchaseAction> = {}): PurchaseAction => ({
  kind: 'kjop',
  id: 'k1',
  year: 2028,
  segment: '2|-|-',
  count: 2,
  pricePerHome: 3_000_000,
  areaM2PerHome: 60,
  rentMonthlyPerHome: 11_000,
  grant: { mode: 'rate' },
  ...o,
});

const messages = (actions: Action[]) =>
  validateScenario(scenario(actions), snap).map((i) => i.message);

describe('validateScenario', () => {
  it('accepts a valid scenario', () => {
    expect(
      validateScenario(
        scenario([
          purchase(),
          {
            kind: 'salg',
            id: 's1',
            year: 2029,
            target: { mode: 'units', unitIds: [17] },
            pricePerHome: 1,
          },
          {
            kind: 'salg',
            id: 's2',
            year: 2030,
            target: { mode: 'action', actionId: 'k1', count: 1 },
            pricePerHome: 1,
          },
        ]),
        snap,
      ),
    ).toEqual([]);
  });

  it('a home already sold', () => {
    const msgs = messages([
      purchase(),
      {
        kind: 'salg',
        id: 's1',
        year: 2028,
        target: { mode: 'units', unitIds: [17] },
        pricePerHome: 1,
      },
      {
        kind: 'salg',
        id: 's2',
        year: 2029,
        target: { mode: 'units', unitIds: [17] },
        pricePerHome: 1,
      },
    ]);
    expect(msgs).toEqual(['Tiltak 3 (Salg), Bolig: bolig B-017 er allerede solgt i tiltak 2']);
  });

  it('a purchase with a negative price', () => {
    expect(messages([purchase({ pricePerHome: -5 })])).toEqual([
      'Tiltak 1 (Kjøp), Pris: kan ikke være negativ',
    ]);
  });

  it('a lease ending before it starts', () => {
    expect(
      messages([
        {
          kind: 'framleie',
          mode: 'lease',
          id: 'f1',
          year: 2028,
          segment: '2|-|-',
          count: 1,
          termYears: -1,
          ownerRentMonthly: 10_000,
          rentMonthly: 9_000,
        },
      ]),
    ).toEqual(['Tiltak 1 (Framleie), Leieperiode: leieperioden slutter før den starter']);
    // A renewal that ends before today's lease does.
    expect(
      messages([{ kind: 'framleie', mode: 'renew', id: 'r1', unitIds: [19], untilYear: 2027 }]),
    ).toEqual([
      'Tiltak 1 (Framleie, forlengelse), Leieperiode: leieperioden slutter før den starter ' +
        '(2027, mens avtalen for bolig B-019 løper til 30.06.2028)',
    ]);
  });

  it('a year outside the horizon', () => {
    expect(messages([purchase({ id: 'k0' }), purchase({ year: 2035 })])).toEqual([
      'Tiltak 2 (Kjøp), År: 2035 er utenfor planperioden 2027–2030',
    ]);
  });

  it('a framleie renewal ending outside the horizon', () => {
    const renew = (untilYear: number, unitIds = [19]): Action => ({
      kind: 'framleie',
      mode: 'renew',
      id: 'r1',
      unitIds,
      untilYear,
    });
    // Ending after the plan: a real renewal may run longer than the økonomiplan, so it is a
    // warning (the plan counts the lease through its last year), not an error.
    const after = validateScenario(scenario([renew(2040)]), snap);
    expect(after.map((i) => [i.severity, i.field, i.message])).toEqual([
      [
        'warning',
        'Leieperiode',
        'Tiltak 1 (Framleie, forlengelse), Leieperiode: 2040 er utenfor planperioden ' +
          '2027–2030; planen regner med leieavtalen ut 2030',
      ],
    ]);
    expect(runPlan(snap, scenario([renew(2040)])).warnings).toEqual(after);
    // Ending before the plan (a lease that already ended in the register): the renewal changes
    // nothing, also a warning.
    const stale = snapshot({
      units: [unit(21, { tenure: 'framleie', leaseEnd: '2025-06-30', ownerRentMonthly: 9_000 })],
    });
    expect(
      validateScenario(scenario([renew(2026, [21])]), stale).map((i) => [i.severity, i.message]),
    ).toEqual([
      [
        'warning',
        'Tiltak 1 (Framleie, forlengelse), Leieperiode: 2026 er utenfor planperioden ' +
          '2027–2030; forlengelsen har ingen virkning i planen',
      ],
    ]);
    const figures = (r: ReturnType<typeof runPlan>) =>
      r.perYear.map((y) => [y.netCost, y.stock.total, y.needs.total.supply, y.needs.total.gap]);
    expect(figures(runPlan(stale, scenario([renew(2026, [21])])))).toEqual(
      figures(runPlan(stale, scenario([]))),
    );
    // Through the last year: fine.
    expect(messages([renew(2030)])).toEqual([]);
  });

  it('reports the fields of each kind of action', () => {
    const msgs = messages([
      purchase({ count: 0, segment: '9|-|-' as never, areaM2PerHome: 0 }),
      {
        kind: 'bygging',
        id: 'b1',
        project: '',
        units: [],
        totalCost: 1,
        startYear: 2029,
        completionYear: 2028,
        grant: { mode: 'percent', percent: 120 },
        loan: { years: 80, share: 2 },
      },
      {
        kind: 'rehabilitering',
        id: 'r1',
        unitIds: [18],
        fromYear: 2029,
        toYear: 2028,
        cost: 1,
        newCondition: 0,
      },
      { kind: 'avvikling', id: 'a1', unitIds: [999, 19], year: 2028 },
      { kind: 'leie_til_eie', id: 'l1', unitId: 19, year: 2028, price: 1 },
      {
        kind: 'salg',
        id: 's1',
        year: 2028,
        target: { mode: 'action', actionId: 'b1', count: 1 },
        pricePerHome: 1,
      },
      {
        kind: 'salg',
        id: 's2',
        year: 2027,
        target: { mode: 'action', actionId: 'k1', count: 9 },
        pricePerHome: 1,
      },
      {
        kind: 'salg',
        id: 's3',
        year: 2027,
        target: { mode: 'segment', segment: '3|-|-', count: 2 },
        pricePerHome: 1,
      },
      { kind: 'framleie', mode: 'end', id: 'k1', unitIds: [17], year: 2028 },
    ]);
    expect(msgs).toEqual([
      'Tiltak 1 (Kjøp), Segment: ukjent segment «9|-|-»',
      'Tiltak 1 (Kjøp), Antall: må være et helt tall, minst 1',
      'Tiltak 1 (Kjøp), Areal: må være større enn 0',
      'Tiltak 2 (Bygging), Prosjekt: mangler navn',
      'Tiltak 2 (Bygging), Byggeperiode: ferdigstillelse (2028) er før byggestart (2029)',
      'Tiltak 2 (Bygging), Boliger: prosjektet må ha minst én bolig',
      'Tiltak 2 (Bygging), Tilskudd: prosent må være mellom 0 og 100',
      'Tiltak 2 (Bygging), Lån: lånefinansiert andel må være mellom 0 og 100 %',
      'Tiltak 2 (Bygging), Lån: løpetiden må være 1–50 år',
      'Tiltak 3 (Rehabilitering), Periode: perioden slutter før den starter',
      'Tiltak 4 (Avvikling), Bolig: finnes ikke i registeret (id 999)',
      'Tiltak 4 (Avvikling), Bolig: bolig B-019 er framleid; bruk Framleie, avslutning',
      'Tiltak 5 (Leie-til-eie), Bolig: bolig B-019 er ikke eid av kommunen og kan ikke selges',
      'Tiltak 6 (Salg), År: boliger fra tiltak 2 kan tidligst selges i 2029',
      'Tiltak 6 (Salg), Antall: tiltak 2 har bare 0 boliger igjen å selge',
      'Tiltak 7 (Salg), År: boliger fra tiltak 1 kan tidligst selges i 2029',
      'Tiltak 7 (Salg), Antall: tiltak 1 har bare 0 boliger igjen å selge',
      'Tiltak 8 (Salg), Antall: bare 1 eid bolig i segmentet «3 soverom» kan selges',
      'Tiltak 9 (Framleie, avslutning), Id: «k1» er brukt av tiltak 1',
      'Tiltak 9 (Framleie, avslutning), Bolig: bolig B-017 er ikke framleid',
    ]);
  });

  it('a home rehabilitated after it is sold', () => {
    expect(
      messages([
        {
          kind: 'rehabilitering',
          id: 'r1',
          unitIds: [18],
          fromYear: 2029,
          toYear: 2030,
          cost: 1,
          newCondition: 0,
        },
        { kind: 'avvikling', id: 'a1', unitIds: [18], year: 2030 },
      ]),
    ).toEqual([
      'Tiltak 1 (Rehabilitering), Bolig: bolig B-018 er avviklet i tiltak 2 (2030) og kan ikke ' +
        'rehabiliteres til 2030',
    ]);
  });

  it('checks the scenario and its assumptions', () => {
    const issues = validateScenario(
      scenario([purchase({ id: 'register' })], {
        years: 25,
        assumptions: { ...FLAT, interestRate: 1.5, vacancyLoss: -0.1 },
      }),
      snap,
    ).map((i) => i.message);
    expect(issues).toContain('Scenario, Planperiode: må være 1–20 år');
    expect(issues).toContain('Forutsetninger, Rente: må være mellom 0 % og 100 %');
    expect(issues).toContain('Forutsetninger, Tap ved tomgang: må være mellom 0 % og 100 %');
    expect(issues).toContain('Tiltak 1 (Kjøp), Id: «register» er reservert');
  });

  it('refuses discount rates outside 0–15 % and growth beyond ±30 %', () => {
    const issues = (a: Partial<typeof FLAT>) =>
      validateScenario(scenario([], { assumptions: { ...FLAT, ...a } }), snap).map(
        (i) => i.message,
      );
    expect(issues({ discountRate: 0.16 })).toEqual([
      'Forutsetninger, Kalkulasjonsrente: må være mellom 0 % og 15 %',
    ]);
    expect(issues({ discountRate: -0.01 })).toHaveLength(1);
    expect(issues({ discountRate: 0.15, priceGrowth: 0.3, rentGrowth: -0.3 })).toEqual([]);
    expect(issues({ priceGrowth: 0.31 })).toEqual([
      'Forutsetninger, Prisvekst: må være mellom −30 % og 30 %',
    ]);
    expect(issues({ costGrowth: -0.35 })).toHaveLength(1);
  });

  it('warns about a grant rate above the municipality group’s', () => {
    const issues = validateScenario(
      scenario([purchase({ grant: { mode: 'rate', krPerM2: 12_700 } })]),
      snap,
    );
    expect(issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        actionId: 'k1',
        actionIndex: 0,
        field: 'Tilskudd',
        message:
          'Tiltak 1 (Kjøp), Tilskudd: 12 700 kr/m² er høyere enn satsen for kommunegruppen (8 500 kr/m²)',
      }),
    ]);
  });

  it('runPlan refuses an invalid scenario', () => {
    const bad = scenario([purchase({ pricePerHome: -1 })]);
    expect(() => runPlan(snap, bad)).toThrow(ScenarioValidationError);
    expect(() => runPlan(snap, bad)).toThrow('Tiltak 1 (Kjøp), Pris: kan ikke være negativ');
  });
});
