// HiGHS in a Node worker thread, so a long solve never blocks the main process (and the app's
// window with it). The worker is a small script run with `eval`: it needs no bundled entry file,
// loads highs from node_modules (the .wasm from app.asar.unpacked in the packaged app) and
// answers one LP at a time. A solve that overruns its time limit by 10 s is ended by
// terminating the worker (a new one starts for the next solve).
import { Worker } from 'node:worker_threads';
import type { LpSolution, LpSolver } from '../../domain/optimise/types';
import { interpret, WARM_UP } from './highs';

const SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
const load = require(workerData.highsPath);
const ready = load({ locateFile: (f) => (f.endsWith('.wasm') ? workerData.wasmPath : f) }).then((h) => {
  h.solve(workerData.warmUp, { output_flag: false, time_limit: 5 });
  return h;
});
parentPort.on('message', async ({ id, lp, timeLimitSeconds }) => {
  try {
    const highs = await ready;
    const r = highs.solve(lp, { output_flag: false, time_limit: timeLimitSeconds, mip_rel_gap: 1e-6 });
    const columns = {};
    for (const [k, c] of Object.entries(r.Columns || {})) columns[k] = { Primal: c.Primal };
    parentPort.postMessage({ id, result: { Status: r.Status, ObjectiveValue: r.ObjectiveValue, Columns: columns } });
  } catch (e) {
    parentPort.postMessage({ id, error: String(e) });
  }
});
`;

function paths() {
  const unpacked = (p: string) => p.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
  return {
    highsPath: unpacked(require.resolve('highs')),
    wasmPath: unpacked(require.resolve('highs/runtime')),
    warmUp: WARM_UP,
  };
}

let worker: Worker | null = null;
let nextId = 0;

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(SCRIPT, { eval: true, workerData: paths() });
    worker.unref();
    worker.on('exit', () => (worker = null));
  }
  return worker;
}

/** Solves in the worker thread. */
export const workerSolver: LpSolver = (lp, { timeLimitSeconds }) =>
  new Promise<LpSolution>((resolve) => {
    const w = getWorker();
    const id = ++nextId;
    const timer = setTimeout(
      () => {
        w.off('message', onMessage);
        void w.terminate();
        resolve({ status: 'time_limit', objective: 0, values: {} });
      },
      (timeLimitSeconds + 10) * 1000,
    );
    const onMessage = (m: {
      id: number;
      result?: Parameters<typeof interpret>[0];
      error?: string;
    }) => {
      if (m.id !== id) return;
      clearTimeout(timer);
      w.off('message', onMessage);
      resolve(m.result ? interpret(m.result) : { status: 'error', objective: 0, values: {} });
    };
    w.on('message', onMessage);
    w.postMessage({ id, lp, timeLimitSeconds });
  });

/** Ends the worker (app shutdown, tests). */
export async function stopWorker(): Promise<void> {
  if (worker) await worker.terminate();
  worker = null;
}
