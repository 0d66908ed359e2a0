// Command line for IT staff and automated checks. Uses the same services as the app.
// Exit codes: 0 success, 1 bad input (message on stderr), 2 wrong usage.
import { resolve } from 'node:path';
import { AppError, toAppError } from '../register/errors';
import { openForReading } from '../register/db';
import { clockFromEnv, createRegister } from '../register/session';
import { summary } from '../register/overview';
import { DEFAULT_SAMPLE_SIZE } from '../register/sample';
import { importSurvey, parseRowList } from './importSurvey';
import { planFor, planReport } from './plan';
import { exportPlan, ExportPlanUsageError } from './exportPlan';
import { ScenarioValidationError } from '../domain/scenario/validate';
import { scenarioExport, scenarioImport, ScenarioFileUsageError } from './scenarioFile';
import { kostraJson } from './kostra';
import { ReportUsageError, writeReport } from './report';
import { suggestCli, SuggestUsageError } from './suggest';

export const USAGE = `Bruk: npm run cli -- <kommando> [valg]

Kommandoer:
  init --db FIL [--sample] [--units N --households N --needs N]
                              Oppretter et nytt register (med fiktiv eksempelkommune)
  summary --db FIL            Skriver nøkkeltall for registeret som JSON
  import-survey FIL --db FIL [--dry-run] [--confirm-warnings] [--exclude RADER] [--who NAVN]
                              Importerer årlig boligkartlegging (.xlsx eller .csv) og skriver
                              en JSON-rapport. --dry-run endrer ingenting; --exclude 14,15
                              utelater rader. Avslutter med 0 når importert (eller prøvekjøring
                              uten feil), 1 når importen er stoppet (registeret er uendret)
  plan --db FIL --scenario NAVN
                              Skriver resultatene av et scenario som JSON
                              («Ingen tiltak» er referansebanen)
  export-plan --db FIL --scenario NAVN [--scenario NAVN …] --out FIL.xlsx [--thousands]
                              Eksporterer boligplanen til Excel (ett scenario, eller
                              sammenligning av inntil fire) for økonomiplanarbeidet;
                              --thousands viser beløpene i 1 000 kr
  report --db FIL --scenario NAVN [--scenario NAVN …] --out FIL.html
                              Skriver boligplanen som utskriftsvennlig HTML (A4, ett scenario
                              eller sammenligning av inntil fire) som en nettleser skriver ut
                              til PDF. Ingen personopplysninger
  scenario-export --db FIL --scenario NAVN --out FIL.json
                              Skriver et scenario til en scenariofil («Ingen tiltak» gir en
                              fil uten tiltak), for å dele det eller legge det ved saken
  scenario-import FIL.json --db FIL [--name NYTT_NAVN]
                              Legger scenarioet i filen inn i registeret. Et navn som finnes
                              fra før (eller «Ingen tiltak») krever --name. Avslutter med 1
                              når filen avvises (registeret er uendret)
  suggest --db FIL --target-coverage 0.95 --by ÅR [--max-investment-per-year KR]
          [--max-purchases-per-year N] [--max-framleie-share 0.2] [--scope segment|samlet]
          [--objective naverdi|investering] [--loan-share 0.5] [--scenario NAVN] --out FIL.json
                              «Foreslå plan»: den billigste planen (kjøp, framleie, salg) som
                              gir måldekningen (tilbud/behov summert til og med målåret), som
                              scenariofil. Avslutter med 1 når målet ikke kan nås (grensen
                              som gjør det umulig, nevnes)
  kostra --db FIL --year ÅR   Skriver KOSTRA skjema 13 for rapporteringsåret (per 31.12) med
                              kontrollresultatene som JSON
`;

export class UsageError extends Error {}

export interface ParsedArgs {
  command: string;
  positional: string[];
  options: Map<string, string[]>;
  flags: Set<string>;
}

const FLAGS = new Set(['sample', 'dry-run', 'help', 'confirm-warnings', 'thousands']);

export function parseArgs(argv: string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (!command) throw new UsageError('Mangler kommando.');
  const options = new Map<string, string[]>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const name = arg.slice(2);
    if (FLAGS.has(name)) {
      flags.add(name);
      continue;
    }
    const value = rest[i + 1];
    if (value === undefined || value.startsWith('--')) {
      throw new UsageError(`Valget --${name} mangler verdi.`);
    }
    options.set(name, [...(options.get(name) ?? []), value]);
    i++;
  }
  return { command, positional, options, flags };
}

export function one(args: ParsedArgs, name: string): string {
  const v = args.options.get(name);
  if (!v || v.length === 0) throw new UsageError(`Mangler --${name}.`);
  if (v.length > 1) throw new UsageError(`--${name} kan bare oppgis én gang.`);
  return v[0]!;
}

function count(args: ParsedArgs, name: string, fallback: number): number {
  const v = args.options.get(name)?.[0];
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v)) throw new UsageError(`--${name} må være et helt tall.`);
  return Number(v);
}

function checkKnown(args: ParsedArgs, known: string[]): void {
  for (const k of [...args.options.keys(), ...args.flags]) {
    if (!known.includes(k)) throw new UsageError(`Ukjent valg --${k} for ${args.command}.`);
  }
}

/** Runs `f`, turning a command's own usage error into the CLI's. */
function usage<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw e instanceof ScenarioFileUsageError ? new UsageError(e.message) : e;
  }
}

export type Output = { stdout: (s: string) => void; stderr: (s: string) => void };

/** Runs one CLI command and returns the exit code. */
export async function run(argv: string[], out: Output): Promise<number> {
  const clock = clockFromEnv();
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case 'init': {
        checkKnown(args, ['db', 'sample', 'units', 'households', 'needs']);
        const path = resolve(one(args, 'db'));
        const size = {
          units: count(args, 'units', DEFAULT_SAMPLE_SIZE.units),
          households: count(args, 'households', DEFAULT_SAMPLE_SIZE.households),
          needs: count(args, 'needs', DEFAULT_SAMPLE_SIZE.needs),
        };
        const db = createRegister(path, clock, {
          sample: args.flags.has('sample'),
          sampleSize: size,
        });
        const s = summary(db, clock.today());
        db.close();
        out.stdout(JSON.stringify({ ok: true, path, ...s }, null, 2));
        return 0;
      }
      case 'summary': {
        checkKnown(args, ['db']);
        const reader = openForReading(resolve(one(args, 'db')));
        try {
          out.stdout(JSON.stringify(summary(reader.db, clock.today()), null, 2));
        } finally {
          reader.close();
        }
        return 0;
      }
      case 'plan': {
        checkKnown(args, ['db', 'scenario']);
        const reader = openForReading(resolve(one(args, 'db')));
        try {
          const result = planFor(reader.db, one(args, 'scenario'), clock.today());
          out.stdout(JSON.stringify(planReport(result), null, 2));
        } finally {
          reader.close();
        }
        return 0;
      }
      case 'import-survey': {
        checkKnown(args, ['db', 'dry-run', 'confirm-warnings', 'exclude', 'who']);
        const [file, ...extra] = args.positional;
        if (!file || extra.length > 0) throw new UsageError('Oppgi én kartleggingsfil.');
        const exclude = args.options.get('exclude')?.join(',');
        const excludeRows = exclude === undefined ? [] : parseRowList(exclude);
        if (excludeRows === null) throw new UsageError('--exclude må være radnumre, f.eks. 14,15.');
        return await importSurvey(
          {
            file,
            db: one(args, 'db'),
            dryRun: args.flags.has('dry-run'),
            confirmWarnings: args.flags.has('confirm-warnings'),
            excludeRows,
            who: args.options.get('who')?.[0] ?? null,
          },
          clock,
          (report) => out.stdout(JSON.stringify(report, null, 2)),
          (line) => out.stderr(line),
        );
      }
      case 'export-plan': {
        checkKnown(args, ['db', 'scenario', 'out', 'thousands']);
        const report = await exportPlan(
          {
            db: one(args, 'db'),
            scenarios: args.options.get('scenario') ?? [],
            out: one(args, 'out'),
            thousands: args.flags.has('thousands'),
          },
          clock,
        ).catch((e: unknown) => {
          throw e instanceof ExportPlanUsageError ? new UsageError(e.message) : e;
        });
        out.stdout(JSON.stringify(report, null, 2));
        return 0;
      }
      case 'report': {
        checkKnown(args, ['db', 'scenario', 'out']);
        if (args.positional.length > 0)
          throw new UsageError('report tar ingen filnavn uten --out.');
        const report = (() => {
          try {
            return writeReport(
              {
                db: one(args, 'db'),
                scenarios: args.options.get('scenario') ?? [],
                out: one(args, 'out'),
              },
              clock,
            );
          } catch (e) {
            throw e instanceof ReportUsageError ? new UsageError(e.message) : e;
          }
        })();
        out.stdout(JSON.stringify(report, null, 2));
        return 0;
      }
      case 'scenario-export': {
        checkKnown(args, ['db', 'scenario', 'out']);
        if (args.positional.length > 0)
          throw new UsageError('scenario-export tar ingen filnavn uten --out.');
        const report = usage(() =>
          scenarioExport(
            { db: one(args, 'db'), scenario: one(args, 'scenario'), out: one(args, 'out') },
            clock,
          ),
        );
        out.stdout(JSON.stringify(report, null, 2));
        return 0;
      }
      case 'scenario-import': {
        checkKnown(args, ['db', 'name']);
        const [file, ...extra] = args.positional;
        if (!file || extra.length > 0) throw new UsageError('Oppgi én scenariofil.');
        const name = args.options.has('name') ? one(args, 'name') : null;
        const report = scenarioImport({ file, db: one(args, 'db'), name }, clock);
        out.stdout(JSON.stringify(report, null, 2));
        return 0;
      }
      case 'kostra': {
        checkKnown(args, ['db', 'year']);
        const year = one(args, 'year');
        if (!/^\d{4}$/.test(year) || Number(year) < 2000 || Number(year) > 2100) {
          throw new UsageError('--year må være et årstall, f.eks. 2025.');
        }
        const reader = openForReading(resolve(one(args, 'db')));
        try {
          out.stdout(JSON.stringify(kostraJson(reader.db, Number(year)), null, 2));
        } finally {
          reader.close();
        }
        return 0;
      }
      case 'suggest': {
        checkKnown(args, [
          'db',
          'target-coverage',
          'by',
          'max-investment-per-year',
          'max-purchases-per-year',
          'max-framleie-share',
          'scope',
          'objective',
          'loan-share',
          'scenario',
          'out',
        ]);
        if (args.positional.length > 0)
          throw new UsageError('suggest tar ingen filnavn uten --out.');
        const opt = (k: string) => (args.options.has(k) ? one(args, k) : undefined);
        const r = await suggestCli(
          {
            db: one(args, 'db'),
            out: one(args, 'out'),
            targetCoverage: one(args, 'target-coverage'),
            by: one(args, 'by'),
            maxInvestmentPerYear: opt('max-investment-per-year'),
            maxPurchasesPerYear: opt('max-purchases-per-year'),
            maxFramleieShare: opt('max-framleie-share'),
            scope: opt('scope'),
            objective: opt('objective'),
            loanShare: opt('loan-share'),
            scenario: opt('scenario'),
          },
          clock,
        ).catch((e: unknown) => {
          throw e instanceof SuggestUsageError ? new UsageError(e.message) : e;
        });
        if (r.error) out.stderr(`Feil: ${r.error}`);
        out.stdout(JSON.stringify(r.report, null, 2));
        return r.code;
      }
      case 'help':
        out.stdout(USAGE);
        return 0;
      default:
        throw new UsageError(`Ukjent kommando: ${args.command}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      out.stderr(`${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof AppError || e instanceof ScenarioValidationError) {
      out.stderr(`Feil: ${e.message}`);
      return 1;
    }
    // SQLite's busy/locked/read-only errors get their Norwegian message; anything else a
    // short one. The stack only with BOLIGPLAN_DEBUG=1, for IT staff.
    out.stderr(`Feil: ${toAppError(e).message}`);
    if (process.env.BOLIGPLAN_DEBUG === '1') out.stderr(String((e as Error)?.stack ?? e));
    return 1;
  }
}

// Only when run as a program (not when imported by tests).
if (require.main === module) {
  void run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(`${s}\n`),
    stderr: (s) => process.stderr.write(`${s}\n`),
  }).then((code) => {
    process.exitCode = code;
  });
}
