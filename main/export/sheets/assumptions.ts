// Forutsetninger: the assumptions of every scenario as named cells (Rente_1, Prisvekst_1 …;
// blue = input the formulas read), Husbanken's grant rates, the rounding constant, the rules
// and conventions behind the figures, and the warnings each plan carries.
import { isWarningCode, WARNING_LABEL } from '../../domain/scenario/warnings';
import { crowdingRuleSummary } from '../../domain/labels';
import { formatDate } from '../../domain/format';
import { PROM_SHARE_OF_BRA, type CrowdingRule } from '../../domain/rules';
import {
  ASSUMPTION_FIELDS,
  DEFAULT_LOAN_FIELDS,
  GRANT_GROUPS,
  GRANT_RATES,
  GRANT_RATES_VALID_FROM,
} from '../../domain/scenario';
import { COST_SIGN_CONVENTION } from '../../domain/wording';
import { ROUNDING, ROUNDING_NAME } from '../expr';
import { ANNUITY, NAMES, SERIAL, type Fmt, type NameKey, type PlanModel } from '../model';
import {
  BOLD,
  HEAD_FILL,
  INPUT_FILL,
  KR,
  numFmt,
  SHEETS,
  TABLE_HEADER,
  type Sheet,
} from './common';

const ASSUMPTION_ROWS: {
  key: NameKey;
  label: string;
  unit: string;
  fmt: Fmt;
  description: string;
  input: boolean;
}[] = [
  {
    key: 'startYear',
    label: 'Startår',
    unit: 'år',
    fmt: 'year',
    description: 'Planens første år (basisår for priser og nåverdi).',
    input: false,
  },
  {
    key: 'years',
    label: 'Planperiode',
    unit: 'år',
    fmt: 'int',
    description: 'Antall år i planen.',
    input: false,
  },
  ...(
    [
      'interestRate',
      'priceGrowth',
      'rentGrowth',
      'costGrowth',
      'maintenancePerM2PerYear',
      'managementPerUnitPerYear',
      'vacancyLoss',
      'discountRate',
    ] as const
  ).map((k) => ({
    key: k,
    label: ASSUMPTION_FIELDS[k].label,
    unit:
      ASSUMPTION_FIELDS[k].unit === 'andel'
        ? 'prosent'
        : ASSUMPTION_FIELDS[k].unit === 'kr'
          ? 'kr'
          : ASSUMPTION_FIELDS[k].unit,
    fmt: (ASSUMPTION_FIELDS[k].unit === 'andel' ? 'pct' : 'kr') as Fmt,
    description: ASSUMPTION_FIELDS[k].description,
    input: true,
  })),
  {
    key: 'loanShare',
    label: DEFAULT_LOAN_FIELDS.share.label,
    unit: 'prosent',
    fmt: 'pct',
    description: `${DEFAULT_LOAN_FIELDS.share.description} Brukes når tiltaket ikke har egne lånevilkår.`,
    input: true,
  },
  {
    key: 'loanYears',
    label: DEFAULT_LOAN_FIELDS.years.label,
    unit: 'år',
    fmt: 'int',
    description: `${DEFAULT_LOAN_FIELDS.years.description} Husbanken: normalt 30, inntil 50 år for utleieboliger.`,
    input: true,
  },
  {
    key: 'loanType',
    label: DEFAULT_LOAN_FIELDS.type.label,
    unit: '',
    fmt: 'text',
    description: DEFAULT_LOAN_FIELDS.type.description,
    input: true,
  },
  {
    key: 'municipalityGroup',
    label: ASSUMPTION_FIELDS.municipalityGroup.label,
    unit: '',
    fmt: 'text',
    description: ASSUMPTION_FIELDS.municipalityGroup.description,
    input: true,
  },
  {
    key: 'grantRate',
    label: 'Tilskuddssats',
    unit: 'kr per m²',
    fmt: 'kr',
    description: 'Husbankens sats for kommunegruppen (fra tabellen under).',
    input: false,
  },
  {
    key: 'grantMaxM2',
    label: 'Maks areal for tilskudd',
    unit: 'm² per bolig',
    fmt: 'int',
    description: 'Tilskuddet gis for inntil dette arealet per bolig.',
    input: true,
  },
  {
    key: 'grantWriteDown',
    label: 'Avskrivningstid for tilskudd',
    unit: 'år',
    fmt: 'int',
    description:
      'Tilskuddet nedskrives over så mange år (3,3 % per hele år ved 30 år); resten betales tilbake ved salg.',
    input: true,
  },
  ...(
    [
      'moveOutRateAtContractEnd',
      'careerExitRate',
      'mustMoveRate',
      'contractRenewalYears',
      'coverageTarget',
    ] as const
  ).map((k) => ({
    key: k,
    label: ASSUMPTION_FIELDS[k].label,
    unit: ASSUMPTION_FIELDS[k].unit === 'andel' ? 'prosent' : ASSUMPTION_FIELDS[k].unit,
    fmt: (ASSUMPTION_FIELDS[k].unit === 'andel' ? 'pct' : 'int') as Fmt,
    description:
      k === 'coverageTarget'
        ? `${ASSUMPTION_FIELDS[k].description} Brukes til varselet «Dekning under målet».`
        : `${ASSUMPTION_FIELDS[k].description} Påvirker behovstallene, som er beregnet i Boligplan.`,
    input: false,
  })),
];

export function writeAssumptions(
  sh: Sheet,
  model: PlanModel,
  names: string[],
  crowdingRule: CrowdingRule,
  clean: (text: string) => string,
): void {
  const n = model.scenarios.length;
  const nameCol = 3 + n;
  sh.header([
    'Forutsetning',
    'Enhet',
    ...names.map((nm, k) => `${k + 1}: ${nm}`),
    'Navn i formler',
    'Beskrivelse',
  ]);
  for (const row of ASSUMPTION_ROWS) {
    const r = sh.row++;
    sh.text(r, 1, row.label);
    sh.text(r, 2, row.unit);
    for (const sm of model.scenarios) {
      const a = sm.scenario.assumptions;
      const c = 2 + sm.no;
      const cell = sh.ws.getCell(r, c);
      const value: number | string =
        row.key === 'startYear'
          ? sm.scenario.startYear
          : row.key === 'years'
            ? sm.scenario.years
            : row.key === 'loanShare'
              ? a.defaultLoan.share
              : row.key === 'loanYears'
                ? a.defaultLoan.years
                : row.key === 'loanType'
                  ? a.defaultLoan.type === 'serial'
                    ? SERIAL
                    : ANNUITY
                  : row.key === 'municipalityGroup'
                    ? GRANT_RATES[a.municipalityGroup].label
                    : row.key === 'grantRate'
                      ? GRANT_RATES[a.municipalityGroup].krPerM2
                      : row.key === 'grantMaxM2'
                        ? 80
                        : row.key === 'grantWriteDown'
                          ? 30
                          : (a[row.key as keyof typeof a] as number);
      if (row.key === 'grantRate') {
        sh.node(r, c, sm.grantRate, 'kr');
      } else {
        sh.text(r, c, value, {
          ...(numFmt(row.fmt, value) ? { numFmt: numFmt(row.fmt, value)! } : {}),
          alignment: { horizontal: 'right' },
          ...(row.input ? { fill: INPUT_FILL } : {}),
        });
      }
      cell.name = `${NAMES[row.key]}_${sm.no}`;
      if (row.key === 'loanType') {
        cell.dataValidation = {
          type: 'list',
          allowBlank: false,
          formulae: [`"${ANNUITY},${SERIAL}"`],
        };
      } else if (row.key === 'municipalityGroup') {
        cell.dataValidation = { type: 'list', allowBlank: false, formulae: ['Husbanken_grupper'] };
      }
    }
    sh.text(r, nameCol, `${NAMES[row.key]}_1${n > 1 ? ` … _${n}` : ''}`, {
      alignment: { indent: 1 },
    });
    sh.text(r, nameCol + 1, row.description);
  }
  sh.row += 1;
  sh.text(
    sh.row++,
    1,
    `Husbankens tilskudd til utleieboliger, satser fra ${formatDate(GRANT_RATES_VALID_FROM)}`,
    { font: BOLD },
  );
  const head = sh.row++;
  ['Kommunegruppe', 'Kr per m²', 'Maks m²', 'Maks beløp'].forEach((h, k) =>
    sh.text(head, k + 1, h, { font: BOLD, fill: HEAD_FILL }),
  );
  sh.text(head, nameCol + 1, 'Kommuner', { font: BOLD, fill: HEAD_FILL });
  const top = sh.row;
  for (const g of GRANT_GROUPS) {
    const rate = GRANT_RATES[g];
    const r = sh.row++;
    sh.text(r, 1, rate.label);
    sh.text(r, 2, rate.krPerM2, { numFmt: KR, fill: INPUT_FILL });
    sh.text(r, 3, rate.maxM2, { numFmt: KR });
    sh.text(r, 4, rate.maxAmount, { numFmt: KR });
    sh.text(r, nameCol + 1, rate.municipalities);
  }
  const bottom = sh.row - 1;
  sh.row += 1;
  const rr = sh.row++;
  sh.text(rr, 1, 'Avrundingsfaktor (teknisk)');
  sh.text(rr, 2, 'faktor');
  sh.text(rr, 3, ROUNDING, { numFmt: '0.000000000000', alignment: { horizontal: 'right' } });
  sh.ws.getCell(rr, 3).name = ROUNDING_NAME;
  sh.text(rr, nameCol, ROUNDING_NAME, { alignment: { indent: 1 } });
  sh.text(
    rr,
    nameCol + 1,
    'Formlene runder som Boligplan: ROUND(beløp × Avrunding; 0) runder halve kroner bort fra null også når ' +
      'datamaskinens binære tall ligger en hårsbredd under ,5 (17 000 × 12 × 1,025² = 214 327,5). Skal ikke endres.',
  );
  sh.ws.getCell(rr, nameCol + 1).alignment = { wrapText: true, vertical: 'top' };
  // The rules and conventions behind the figures, so a finance officer can check them.
  sh.row += 1;
  sh.text(sh.row++, 1, 'Regler og konvensjoner', { font: BOLD });
  const rules: [string, string][] = [
    [
      'Nåverdi',
      'Første planår er udiskontert, senere år diskonteres med kalkulasjonsrenten per år; ' +
        'samme konvensjon for scenarioer og for verdi per bolig.',
    ],
    [
      'Areal',
      `Tiltakenes areal er P-ROM (grunnlaget for tilskuddet). Drift og vedlikehold regnes per m² BRA = P-ROM / ${String(PROM_SHARE_OF_BRA).replace('.', ',')}. ` +
        'Tilskuddet er aldri høyere enn godkjent kostnad.',
    ],
    [
      'Eksisterende lån',
      'Renter og avdrag på lånene i registeret, og boligenes andel som innfris ved salg, er verdier fra Boligplan ' +
        '(Grunnlag). Flytende lån og lån der fastrenten er ute, er regnet med renten ved eksport: endres Rente her, ' +
        'eksporter på nytt for å oppdatere dem.',
    ],
    [
      'Tilskudd ved salg',
      'Den delen av Husbankens tilskudd som ikke er avskrevet (hele år fra utbetalingsdato, tilskuddets egen sats), ' +
        'betales tilbake ved salg.',
    ],
    ['Trangboddhet', crowdingRuleSummary(crowdingRule)],
    [
      'Fortegn',
      `${COST_SIGN_CONVENTION}: netto beløp er positive når kommunen betaler og negative ved ` +
        'overskudd; kolonnen «I ord» sier det med ord (Netto utgift / Netto overskudd).',
    ],
  ];
  for (const [label, text] of rules) {
    const r = sh.row++;
    sh.text(r, 1, label);
    sh.text(r, nameCol + 1, text);
  }
  writeWarnings(sh, model, names, nameCol, clean);
  const wb = sh.ws.workbook;
  wb.definedNames.add(`'${SHEETS.assumptions}'!$A$${top}:$B$${bottom}`, 'Husbanken_satser');
  wb.definedNames.add(`'${SHEETS.assumptions}'!$A$${top}:$A$${bottom}`, 'Husbanken_grupper');
  sh.finish({ xSplit: 2, minWidth: 12 });
  sh.ws.getColumn(nameCol + 1).width = 70;
  sh.wrap(nameCol + 1, TABLE_HEADER + 1, sh.row);
}

/**
 * «Varsler»: every warning of every plan (plan.warnings), with its year and code when the
 * engine gives them. Read generically, so new coded warnings appear without a change here.
 */
function writeWarnings(
  sh: Sheet,
  model: PlanModel,
  names: string[],
  nameCol: number,
  clean: (text: string) => string,
): void {
  sh.row += 1;
  sh.text(sh.row++, 1, 'Varsler', { font: BOLD });
  const head = sh.row++;
  sh.text(head, 1, 'Scenario', { font: BOLD, fill: HEAD_FILL });
  sh.text(head, 2, 'År', { font: BOLD, fill: HEAD_FILL });
  for (let c = 3; c < nameCol; c++) sh.text(head, c, null, { fill: HEAD_FILL });
  sh.text(head, nameCol, 'Type', { font: BOLD, fill: HEAD_FILL });
  sh.text(head, nameCol + 1, 'Varsel', { font: BOLD, fill: HEAD_FILL });
  for (const sm of model.scenarios) {
    const nm = names[sm.no - 1]!;
    const warnings = sm.plan.warnings;
    if (warnings.length === 0) {
      const r = sh.row++;
      sh.text(r, 1, nm);
      sh.text(r, nameCol + 1, 'Ingen varsler.');
      continue;
    }
    for (const w of warnings) {
      const r = sh.row++;
      sh.text(r, 1, nm);
      if (w.year !== undefined)
        sh.text(r, 2, w.year, { numFmt: '0', alignment: { horizontal: 'left' } });
      // The Norwegian name of the warning; the stable code is for tools (`cli plan`).
      if (isWarningCode(w.code))
        sh.text(r, nameCol, WARNING_LABEL[w.code], { alignment: { indent: 1 } });
      sh.text(r, nameCol + 1, clean(w.message));
    }
  }
}
