// «Foreslå plan» (issue 15): target, limits, allowed actions and objective; the main process
// finds the cheapest plan (HiGHS in a worker) and the screen shows the engine's figures for it,
// the explanation, and «Lagre som scenario». The screen calculates nothing itself.
import { useEffect, useState } from 'react';
import type { SuggestOutcome } from '../../../../../main/contract/suggest';
import { DEFAULT_FRAMLEIE, DEFAULT_PURCHASE } from '../../../../../main/domain/optimise/defaults';
import { parseSegment } from '../../../../../main/domain/scenario/segments';
import {
  formatInteger,
  formatPercent,
  parseNorwegianNumber,
} from '../../../../../main/domain/format';
import {
  actionTitle,
  SEGMENT_KEYS,
  segmentLabel,
  type SegmentKey,
} from '../../../../../main/domain/scenario';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { ApiError, call } from '../../../api';
import { LoadError } from '../../../components/LoadError';
import { ScreenHeader } from '../../../components/ScreenHeader';
import { href, navigate } from '../../../state/router';
import { useSnapshot } from '../useSnapshot';
import '../scenarios.css';
import './suggest.css';

interface Form {
  coverage: string;
  year: string;
  scope: 'segment' | 'total';
  maxInvestment: string;
  maxPurchases: string;
  maxFramleie: string;
  kjop: boolean;
  framleie: boolean;
  salg: boolean;
  objective: 'npv' | 'investment';
  timeLimit: string;
  baseId: string;
  loanShare: string;
  protectedHomes: string;
  bygging: boolean;
  projectName: string;
  projectSegment: SegmentKey;
  projectHomes: string;
  projectCost: string;
  projectYears: string;
  projectDecided: boolean;
}

const num = (s: string) => (s.trim() === '' ? null : parseNorwegianNumber(s));

function defaultForm(nextYear: number): Form {
  return {
    coverage: '95',
    year: String(nextYear + 3),
    scope: 'segment',
    maxInvestment: '',
    maxPurchases: '',
    maxFramleie: '',
    kjop: true,
    framleie: true,
    salg: true,
    objective: 'npv',
    timeLimit: '20',
    baseId: '0',
    loanShare: '',
    protectedHomes: '',
    bygging: false,
    projectName: 'Nytt prosjekt',
    projectSegment: '2|-|-',
    projectHomes: '12',
    projectCost: '48 000 000',
    projectYears: '2',
    projectDecided: false,
  };
}

export function SuggestScreen() {
  const { index, error } = useSnapshot();
  const [edited, setForm] = useState<Form | null>(null);
  const [running, setRunning] = useState(false);
  const [step, setStep] = useState({ step: '', fraction: 0 });
  const scenarios = useApiQuery('scenarios.list', {});
  const [outcome, setOutcome] = useState<SuggestOutcome | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      void call('plan.suggestProgress', {}).then((p) => {
        if (p.running) setStep({ step: p.step, fraction: p.fraction });
      });
    }, 300);
    return () => clearInterval(timer);
  }, [running]);

  if (error) return <LoadError error={error} />;
  const form = edited ?? (index ? defaultForm(index.nextYear) : null);
  const set = <K extends keyof Form>(k: K, v: Form[K]) => form && setForm({ ...form, [k]: v });

  type TextKey = { [K in keyof Form]: Form[K] extends string ? K : never }[keyof Form];
  type FlagKey = { [K in keyof Form]: Form[K] extends boolean ? K : never }[keyof Form];
  /** A labelled text input bound to a form field. */
  const text = (k: TextKey, label: string, inputMode?: 'decimal' | 'numeric') => (
    <label>
      {label}
      <input
        inputMode={inputMode}
        value={form?.[k] ?? ''}
        onChange={(e) => set(k, e.target.value)}
      />
    </label>
  );
  /** A labelled checkbox bound to a form field. */
  const check = (k: FlagKey, label: string) => (
    <label className="check">
      <input
        type="checkbox"
        checked={form?.[k] ?? false}
        onChange={(e) => set(k, e.target.checked)}
      />{' '}
      {label}
    </label>
  );

  /** «Forslag 1», or the first «Forslag N» the register does not have. */
  const freeName = () => {
    const taken = new Set((scenarios.data ?? []).map((sc) => sc.name));
    let n = 1;
    while (taken.has(`Forslag ${n}`)) n++;
    return `Forslag ${n}`;
  };

  const run = async () => {
    if (!form || !index) return;
    setProblem(null);
    setOutcome(null);
    setSaved(false);
    const coverage = num(form.coverage);
    const year = num(form.year);
    const maxInvestment = num(form.maxInvestment);
    const maxPurchases = num(form.maxPurchases);
    const maxFramleie = num(form.maxFramleie);
    const timeLimit = num(form.timeLimit);
    if (coverage === null || !(coverage > 0))
      return setProblem('Måldekning: må være et tall over 0.');
    if (year === null || !Number.isInteger(year)) return setProblem('Målår: må være et årstall.');
    if (timeLimit === null || timeLimit < 1 || timeLimit > 120) {
      return setProblem('Tidsgrense: må være 1–120 sekunder.');
    }
    const loanShare = num(form.loanShare);
    if (loanShare !== null && !(loanShare >= 0 && loanShare <= 100)) {
      return setProblem('Lånefinansiert andel: må være 0–100 %.');
    }
    const unitIdByNo = new Map([...index.units.values()].map((u) => [u.unitNo, u.id]));
    const protectedNos = form.protectedHomes
      .split(/[\s,;]+/)
      .map((x) => x.trim())
      .filter((x) => x !== '');
    const unknown = protectedNos.filter((no) => !unitIdByNo.has(no));
    if (unknown.length > 0) {
      return setProblem(`Boliger som ikke skal selges: finner ikke bolignr ${unknown.join(', ')}.`);
    }
    const projectHomes = num(form.projectHomes);
    const projectCost = num(form.projectCost);
    const projectYears = num(form.projectYears);
    const withProject = form.bygging || form.projectDecided;
    if (
      withProject &&
      (projectHomes === null ||
        !Number.isInteger(projectHomes) ||
        projectHomes < 1 ||
        projectCost === null ||
        projectCost <= 0 ||
        projectYears === null ||
        !Number.isInteger(projectYears) ||
        projectYears < 1 ||
        projectYears > 5)
    ) {
      return setProblem('Prosjekt: oppgi antall boliger, kostnad og byggetid (1–5 år).');
    }
    const price = DEFAULT_PURCHASE[parseSegment(form.projectSegment).bedrooms];
    setRunning(true);
    setStep({ step: 'Starter', fraction: 0 });
    try {
      const years = Math.max(4, Math.min(20, year - index.nextYear + 1));
      const result = await call('plan.suggest', {
        baseId: Number(form.baseId),
        years,
        target: { coverage: coverage / 100, year, scope: form.scope },
        limits: {
          maxNetInvestmentPerYear: maxInvestment,
          maxPurchasesPerYear: maxPurchases,
          maxFramleieShare: maxFramleie === null ? null : maxFramleie / 100,
          protectedUnitIds: protectedNos.map((no) => unitIdByNo.get(no)!),
        },
        allowed: {
          kjop: form.kjop,
          bygging: form.bygging,
          framleie: form.framleie,
          salg: form.salg,
        },
        ...(loanShare !== null ? { loanShare: loanShare / 100 } : {}),
        objective: form.objective,
        purchase: DEFAULT_PURCHASE,
        framleie: { ...DEFAULT_FRAMLEIE, termYears: 5 },
        projects: withProject
          ? [
              {
                project: form.projectName.trim() || 'Nytt prosjekt',
                units: [
                  {
                    segment: form.projectSegment,
                    count: projectHomes!,
                    areaM2PerHome: price.areaM2PerHome,
                    rentMonthlyPerHome: price.rentMonthlyPerHome,
                  },
                ],
                totalCost: projectCost!,
                buildYears: projectYears!,
                decided: form.projectDecided,
              },
            ]
          : [],
        salePriceShare: 0.9,
        saleCandidates: 5,
        timeLimitSeconds: timeLimit,
        name: freeName(),
      });
      setOutcome(result);
    } catch (e) {
      setProblem(e instanceof ApiError || e instanceof Error ? e.message : String(e));
    } finally {
      setRunning(false);
    }
  };

  const save = async () => {
    if (outcome?.status !== 'ok') return;
    const stored = await call('scenarios.create', {
      scenario: outcome.scenario,
      description: outcome.messages.join('\n').slice(0, 500),
    }).catch((e: unknown) => {
      setProblem(e instanceof Error ? e.message : String(e));
      return null;
    });
    if (stored) {
      setSaved(true);
      navigate(href(`/scenarier/${stored.id}`));
    }
  };

  return (
    <div className="scenario-editor suggest-screen" data-testid="suggest-screen">
      <ScreenHeader back={{ href: href('/scenarier'), label: 'Scenarier' }} title="Foreslå plan" />
      <p className="lead">
        Finner den billigste kombinasjonen av kjøp, bygging, framleie og salg som gir måldekningen
        innen målåret. Målet gjelder både dekningsgraden i målåret og dekningen summert fra første
        planår til og med målåret (tilbud delt på behov). Tallene i resultatet er fra
        beregningsmodellen, som for andre scenarier.
      </p>
      {form && (
        <form
          className="suggest-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run();
          }}
        >
          <fieldset>
            <legend>Mål</legend>
            <label>
              Utgangspunkt
              <select value={form.baseId} onChange={(e) => set('baseId', e.target.value)}>
                <option value="0">Registeret slik det er (Ingen tiltak)</option>
                {(scenarios.data ?? []).map((sc) => (
                  <option key={sc.id} value={String(sc.id)}>
                    {sc.name} (tiltakene beholdes)
                  </option>
                ))}
              </select>
            </label>
            {text('coverage', 'Måldekning (%)', 'decimal')}
            {text('year', 'Målår', 'numeric')}
            <label>
              Dekning for
              <select
                value={form.scope}
                onChange={(e) => set('scope', e.target.value as Form['scope'])}
              >
                <option value="segment">Hvert segment</option>
                <option value="total">Alle segmenter samlet</option>
              </select>
            </label>
          </fieldset>
          <fieldset>
            <legend>Grenser (tomt = ingen grense)</legend>
            {text('maxInvestment', 'Maks netto investering per år (kr)', 'numeric')}
            {text('maxPurchases', 'Maks antall kjøp per år', 'numeric')}
            {text('maxFramleie', 'Maks andel framleie (%)', 'decimal')}
          </fieldset>
          <fieldset>
            <legend>Finansiering og salg</legend>
            {text(
              'loanShare',
              'Lånefinansiert andel for kjøp og bygging (%, tomt = forutsetningene)',
              'decimal',
            )}
            {text('protectedHomes', 'Boliger som ikke skal selges (bolignr)')}
          </fieldset>
          <fieldset>
            <legend>Byggeprosjekt</legend>
            {check('bygging', 'Bygging er tillatt')}
            {check('projectDecided', 'Prosjektet er vedtatt')}
            {text('projectName', 'Prosjektnavn')}
            <label>
              Segment
              <select
                value={form.projectSegment}
                onChange={(e) => set('projectSegment', e.target.value as SegmentKey)}
              >
                {SEGMENT_KEYS.map((k) => (
                  <option key={k} value={k}>
                    {segmentLabel(k)}
                  </option>
                ))}
              </select>
            </label>
            {text('projectHomes', 'Antall boliger', 'numeric')}
            {text('projectCost', 'Kostnad (kr)', 'numeric')}
            {text('projectYears', 'Byggetid (år)', 'numeric')}
          </fieldset>
          <fieldset>
            <legend>Tillatte tiltak</legend>
            {check('kjop', 'Kjøp')}
            {check('framleie', 'Framleie')}
            {check('salg', 'Salg av boliger med lavest verdi')}
          </fieldset>
          <fieldset>
            <legend>Beregning</legend>
            <label>
              Minimer
              <select
                value={form.objective}
                onChange={(e) => set('objective', e.target.value as Form['objective'])}
              >
                <option value="npv">Nåverdi av netto utgift</option>
                <option value="investment">Netto investering</option>
              </select>
            </label>
            {text('timeLimit', 'Tidsgrense (sekunder)', 'numeric')}
          </fieldset>
          <button type="submit" className="btn btn-primary" disabled={running}>
            Foreslå plan
          </button>
        </form>
      )}
      {running && (
        <div className="suggest-progress" role="status">
          <progress max={1} value={step.fraction} aria-label="Fremdrift" /> {step.step}
        </div>
      )}
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {outcome && (
        <section className="panel suggest-result" data-testid="suggest-result" aria-label="Forslag">
          <h2>{outcome.status === 'ok' ? outcome.scenario.name : 'Målet kan ikke nås'}</h2>
          <ul>
            {outcome.messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          {outcome.status === 'ok' && (
            <>
              <table className="data-table">
                <caption>Dekning i og til og med målåret (beregningsmodellen)</caption>
                <thead>
                  <tr>
                    <th scope="col">Segment</th>
                    <th scope="col">Tilbud til og med målåret</th>
                    <th scope="col">Behov til og med målåret</th>
                    <th scope="col">Dekning til og med målåret</th>
                    <th scope="col">Dekningsgrad i målåret</th>
                  </tr>
                </thead>
                <tbody>
                  {outcome.coverage.map((c) => (
                    <tr key={c.segment ?? 'total'}>
                      <td>{c.segment ? segmentLabel(c.segment) : 'Alle segmenter'}</td>
                      <td className="num">{formatInteger(Math.round(c.supply))}</td>
                      <td className="num">{formatInteger(c.demand)}</td>
                      <td className="num">
                        {c.coverageThrough === null ? '–' : formatPercent(c.coverageThrough)}
                      </td>
                      <td className="num">
                        {c.coverageInYear === null ? '–' : formatPercent(c.coverageInYear)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <h3>Tiltak</h3>
              <ul>
                {outcome.scenario.actions.map((a, i) => (
                  <li key={a.id}>
                    {actionTitle(a, i)}
                    {a.kind === 'kjop' || (a.kind === 'framleie' && a.mode === 'lease')
                      ? `: ${formatInteger(a.count)} ${a.count === 1 ? 'bolig' : 'boliger'}, ${segmentLabel(a.segment)}, ${a.year}`
                      : a.kind === 'salg'
                        ? `: 1 bolig, ${a.year}`
                        : ''}
                  </li>
                ))}
              </ul>
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => void save()}
                disabled={saved}
              >
                Lagre som scenario
              </button>
            </>
          )}
        </section>
      )}
    </div>
  );
}
