import { describe, expect, it } from 'vitest';
import { counted } from '../../main/domain/count';
import { describeBackup } from '../../main/contract/backup';

describe('counted nouns in bokmål', () => {
  it('uses the singular for exactly one and the plural otherwise, with digit grouping', () => {
    expect(counted(1, 'ny bolig', 'nye boliger')).toBe('1 ny bolig');
    expect(counted(0, 'ny bolig', 'nye boliger')).toBe('0 nye boliger');
    expect(counted(2, 'ny bolig', 'nye boliger')).toBe('2 nye boliger');
    expect(counted(12_000, 'bolig', 'boliger')).toBe('12 000 boliger');
    expect(counted(1, 'advarsel', 'advarsler')).toBe('1 advarsel');
  });

  it('describes a backup’s contents with the right forms', () => {
    const text = describeBackup({
      file: 'b.sqlite',
      takenAt: '2026-11-25T12:00:00Z',
      kind: 'auto',
      bytes: 1,
      preview: {
        municipality: 'X',
        units: 1,
        households: 2,
        needs: 1,
        scenarios: 1,
        schemaVersion: 3,
      },
      problem: null,
    });
    expect(text).toMatch(
      /^\d\d\.\d\d\.2026 kl\. \d\d:\d\d: 1 bolig, 2 husstander, 1 behov og 1 scenario$/,
    );
  });
});
