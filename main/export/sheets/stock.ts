// «Boligmasse – <scenario>»: homes at 31.12 by segment and tenure, as Boligplan computed them.
import { TENURE_LABEL } from '../../domain/labels';
import { SEGMENT_KEYS, segmentLabel } from '../../domain/scenario';
import { TENURES } from '../../domain/types';
import type { Style } from '../book';
import type { ScenarioModel } from '../model';
import { BOLD, KR, type Sheet } from './common';

export function writeStock(sh: Sheet, sm: ScenarioModel): void {
  const first = 3;
  const n = sm.scenario.years;
  const s0 = sm.scenario.startYear;
  sh.header(
    ['Segment', 'Disposisjonsform', ...Array.from({ length: n }, (_, i) => String(s0 + i))],
    (c) => c >= first,
  );
  const per = sm.plan.perYear;
  const col = (i: number) => first + i;
  const row = (seg: string, tenure: string, pick: (i: number) => number, bold = false) => {
    const r = sh.row++;
    const style: Style | undefined = bold ? { font: BOLD } : undefined;
    sh.text(r, 1, seg, style);
    sh.text(r, 2, tenure, style);
    per.forEach((_, i) => sh.text(r, col(i), pick(i), { numFmt: KR, ...(style ?? {}) }));
  };
  row('Alle segmenter', 'I alt', (i) => per[i]!.stock.total, true);
  for (const t of TENURES) row('Alle segmenter', TENURE_LABEL[t], (i) => per[i]!.stock.byTenure[t]);
  row('Alle segmenter', 'Herav ute av bruk', (i) => per[i]!.stock.outOfUse);
  for (const key of SEGMENT_KEYS) {
    for (const t of TENURES) {
      if (!per.some((y) => y.stock.bySegment[key][t] !== 0)) continue;
      row(segmentLabel(key), TENURE_LABEL[t], (i) => per[i]!.stock.bySegment[key][t]);
    }
  }
  sh.finish({ xSplit: 2 });
}
