// Command line for IT staff and automated checks. Uses the same services as the app.
// Exit codes: 0 success, 1 bad input (message on stderr), 2 wrong usage.
import { resolve } from 'node:path';
import { AppError } from '../register/errors';
import { clockFromEnv, createRegister, RegisterSession } from '../register/session';
import { summary } from '../register/overview';
import { DEFAULT_SAMPLE_SIZE } from '../register/sample';

export const USAGE = `Bruk: npm run cli -- <kommando> [valg]

Kommandoer:
  init --db FIL [--sample] [--units N --households N --needs N]
                              Oppretter et nytt register (med fiktiv eksempelkommune)
  summary --db FIL            Skriver nøkkeltall for registeret som JSON
`;

export class UsageError extends Error {}

export interface ParsedArgs {
  command: string;
  positional: string[];
  options: Map<string, string[]>;
  flags: Set<string>;
}

const FLAGS = new Set(['sample', 'dry-run', 'help']);

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
        const s = summary(db);
        db.close();
        out.stdout(JSON.stringify({ ok: true, path, ...s }, null, 2));
        return 0;
      }
      case 'summary': {
        checkKnown(args, ['db']);
        const session = new RegisterSession(resolve(one(args, 'db')), clock);
        try {
          out.stdout(JSON.stringify(summary(session.db), null, 2));
        } finally {
          session.close();
        }
        return 0;
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
    if (e instanceof AppError) {
      out.stderr(`Feil: ${e.message}`);
      return 1;
    }
    out.stderr(`Uventet feil: ${(e as Error).stack ?? String(e)}`);
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
