// The stock at 31 December per year: by tenure, and per segment (all tenures or one).
import { useState } from 'react';
import { segmentLabel, SEGMENT_KEYS, type PlanYear } from '../../../../../main/domain/scenario';
import { TENURE_LABEL } from '../../../../../main/domain/labels';
import { TENURES, type Tenure } from '../../../../../main/domain/types';
import { FilterSelect } from '../../../components/FilterSelect';
import { homes } from '../fmt';
import { YearTable, type YearRow } from './YearTable';

export function StockTables({ perYear }: { perYear: PlanYear[] }) {
  const [tenure, setTenure] = useState<Tenure | ''>('');
  const years = perYear.map((y) => y.year);
  const byTenure: YearRow[] = [
    ...TENURES.map((t) => ({
      key: t,
      label: TENURE_LABEL[t],
      values: perYear.map((y) => y.stock.byTenure[t]),
      format: homes,
    })),
    {
      key: 'total',
      label: 'Boliger i alt',
      values: perYear.map((y) => y.stock.total),
      format: homes,
      cls: 'subtotal',
    },
    {
      key: 'out',
      label: 'Av disse ute av bruk',
      values: perYear.map((y) => y.stock.outOfUse),
      format: homes,
      cls: 'indent',
    },
  ];
  const count = (y: PlanYear, k: (typeof SEGMENT_KEYS)[number]) =>
    tenure
      ? y.stock.bySegment[k][tenure]
      : TENURES.reduce((s, t) => s + y.stock.bySegment[k][t], 0);
  const bySegment: YearRow[] = SEGMENT_KEYS.filter((k) =>
    perYear.some((y) => count(y, k) !== 0),
  ).map((k) => ({
    key: k,
    label: segmentLabel(k),
    values: perYear.map((y) => count(y, k)),
    format: homes,
  }));
  return (
    <div className="stock-tables">
      <h3 className="table-title">Boliger per eierform 31.12</h3>
      <YearTable
        caption="Boliger per eierform 31.12"
        head="Eierform"
        years={years}
        rows={byTenure}
      />
      <div className="table-title-row">
        <h3 className="table-title">Boliger per segment 31.12</h3>
        <FilterSelect
          label="Eierform"
          value={tenure}
          options={TENURES.map((t) => ({ value: t, label: TENURE_LABEL[t] }))}
          onChange={(v) => setTenure(v as Tenure | '')}
        />
      </div>
      <YearTable
        caption="Boliger per segment 31.12"
        head="Segment"
        years={years}
        rows={bySegment}
      />
    </div>
  );
}
