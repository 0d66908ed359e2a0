// HiGHS (MIT, WebAssembly) behind the optimiser's LpSolver: LP text in, values by column out.
// Loaded once per thread. In the packaged app the .wasm is unpacked from the asar
// (electron-builder.json asarUnpack), so it is read from app.asar.unpacked.
import type { LpSolution, LpSolver } from '../../domain/optimise/types';

interface HighsColumn {
  Primal?: number;
}
interface HighsResult {
  Status: string;
  ObjectiveValue?: number;
  Columns: Record<string, HighsColumn>;
}
interface Highs {
  solve(lp: string, options: Record<string, unknown>): HighsResult;
}

let loading: Promise<Highs> | null = null;

function wasmPath(): string {
  const path = require.resolve('highs/runtime');
  return path.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
}

export const WARM_UP = `Minimize
 obj: 3 a + 2 b + 4 c
Subject To
 r1: a + b + c >= 7.5
 r2: a - b <= 2
 r3: 2 a + c <= 12
Bounds
 0 <= a <= 10
 0 <= b <= 3
 0 <= c <= 10
Generals
 a b c
End
`;

export function warmUp(h: Highs): void {
  h.solve(WARM_UP, { output_flag: false, time_limit: 5 });
}

export function loadHighs(): Promise<Highs> {
  if (!loading) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const load = require('highs') as (o: { locateFile: (f: string) => string }) => Promise<Highs>;
    const wasm = wasmPath();
    loading = load({ locateFile: (f) => (f.endsWith('.wasm') ? wasm : f) }).then((h) => {
      // One small MIP first: the WebAssembly code is compiled for speed on first use, which
      // otherwise lands on the planner's first solve.
      warmUp(h);
      return h;
    });
  }
  return loading;
}

export function interpret(r: HighsResult): LpSolution {
  const values: Record<string, number> = {};
  for (const [k, c] of Object.entries(r.Columns ?? {})) values[k] = c.Primal ?? 0;
  switch (r.Status) {
    case 'Optimal':
      return { status: 'optimal', objective: r.ObjectiveValue ?? 0, values };
    case 'Infeasible':
    case 'Primal infeasible or unbounded':
      return { status: 'infeasible', objective: 0, values: {} };
    case 'Time limit reached':
      return { status: 'time_limit', objective: r.ObjectiveValue ?? 0, values };
    default:
      return { status: 'error', objective: 0, values: {} };
  }
}

/** Solves in the calling thread (CLI, tests, the worker itself). */
export const highsSolver: LpSolver = async (lp, { timeLimitSeconds }) => {
  const highs = await loadHighs();
  try {
    return interpret(
      highs.solve(lp, {
        output_flag: false,
        time_limit: timeLimitSeconds,
        mip_rel_gap: 1e-6,
      }),
    );
  } catch {
    return { status: 'error', objective: 0, values: {} };
  }
};
