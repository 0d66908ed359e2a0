// «Behov – <scenario>»: demand, supply, the difference and the unmet need per segment and
// year, as Boligplan computed them (values: turnover and forecasts are the engine's work).
import { SEGMENT_KEYS, segmentLabel } from '../../domain/scenario';
import type { ScenarioModel } from '../model';
import { BOLD, DASH, DEC, KR, PCT, type Sheet } from './common';

interface Figures {
  demand: number;
  supply: number;
  gap: number;
  cumulativeGap: number;
  coverage: number | null;
}

export function writeNeeds(sh: Sheet, sm: ScenarioModel): void {
  const first = 3;
  const n = sm.scenario.years;
  const s0 = sm.scenario.startYear;
  sh.header(
    ['Segment', 'Post', ...Array.from({ length: n }, (_, i) => String(s0 + i))],
    (c) => c >= first,
  );
  const per = sm.plan.perYear;
  const col = (i: number) => first + i;
  const block = (label: string, pick: (i: number) => Figures) => {
    const posts: [string, (f: Figures) => number | null, 'dec' | 'pct'][] = [
      ['Behov (husstander)', (f) => f.demand, 'dec'],
      ['Tilbud (boliger)', (f) => f.supply, 'dec'],
      ['Differanse (tilbud − behov)', (f) => f.gap, 'dec'],
      ['Udekket behov (husstander)', (f) => Math.max(0, -f.gap), 'dec'],
      ['Akkumulert differanse', (f) => f.cumulativeGap, 'dec'],
      ['Dekningsgrad', (f) => f.coverage, 'pct'],
    ];
    for (const [post, get, fmt] of posts) {
      const r = sh.row++;
      sh.text(r, 1, label, label === 'Alle segmenter' ? { font: BOLD } : undefined);
      sh.text(r, 2, post);
      const whole = per.every((_, i) => Number.isInteger(get(pick(i))));
      per.forEach((_, i) => {
        const v = get(pick(i));
        if (v === null) sh.text(r, col(i), DASH, { alignment: { horizontal: 'right' } });
        // 0 rather than −0 (Math.max(0, −0)).
        else
          sh.text(r, col(i), v === 0 ? 0 : v, { numFmt: fmt === 'pct' ? PCT : whole ? KR : DEC });
      });
    }
  };
  block('Alle segmenter', (i) => per[i]!.needs.total);
  for (const key of SEGMENT_KEYS) {
    if (
      !per.some(
        (y) => y.needs.segments[key].demandTotal !== 0 || y.needs.segments[key].supplyTotal !== 0,
      )
    )
      continue;
    block(segmentLabel(key), (i) => {
      const c = per[i]!.needs.segments[key];
      return {
        demand: c.demandTotal,
        supply: c.supplyTotal,
        gap: c.gap,
        cumulativeGap: c.cumulativeGap,
        coverage: c.coverage,
      };
    });
  }
  sh.finish({ xSplit: 2 });
}
