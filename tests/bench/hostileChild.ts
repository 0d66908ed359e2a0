// One hostile file in a fresh process, so its peak memory is its own:
//   node --import tsx tests/bench/hostileChild.ts FILE
// Prints {refused, message, ms, peakRssMb} as JSON.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { readFileBounded, SURVEY_LIMITS } from '../../main/import/bounded';
import { readSurveyBytes } from '../../main/import/read';
import { parseSurvey } from '../../main/import/validate';

async function main(): Promise<void> {
  const file = process.argv[2]!;
  const t0 = performance.now();
  let refused = false;
  let message = '';
  try {
    const bytes = readFileBounded(file, SURVEY_LIMITS);
    const read = await readSurveyBytes(bytes, file.split('/').pop()!);
    const parsed = parseSurvey(read, { chosen: {}, remembered: {} });
    const errors = [...parsed.fileProblems, ...parsed.rows.flatMap((r) => r.problems)].filter(
      (p) => p.severity === 'error',
    );
    refused = errors.length > 0;
    message = errors[0]?.message ?? '';
  } catch (e) {
    refused = true;
    message = (e as Error).message;
  }
  const ms = performance.now() - t0;
  const peakRssMb = peakRss();
  process.stdout.write(JSON.stringify({ refused, message, ms, peakRssMb }));
}

/**
 * This process's own peak RSS in MB. getrusage's maxRSS survives exec on Linux, so a child of
 * a big bench process would report its parent's peak; /proc/self/status VmHWM is this
 * process's own high-water mark.
 */
function peakRss(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux: fall through
  }
  return process.resourceUsage().maxRSS / 1024;
}

void main();
