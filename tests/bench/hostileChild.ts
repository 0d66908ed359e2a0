// One hostile file in a fresh process, so its peak memory is its own:
//   node --import tsx tests/bench/hostileChild.ts FILE
// Prints {refused, message, ms, peakRssMb} as JSON.
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
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ refused, message, ms, peakRssMb }));
}

void main();
