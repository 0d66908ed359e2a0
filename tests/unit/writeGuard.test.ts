// Every API method that writes to the register is refused on a read-only register (another
// planner holds the lock). The list is explicit in handlers.ts; this test keeps it complete.
import { describe, expect, it } from 'vitest';
import { contract, type ApiMethod } from '../../main/contract/api';
import { WRITE_METHODS } from '../../main/services/handlers';

const WRITES =
  /\.(create|update|delete|save|duplicate|apply|undo|link|import\w*|set\w*|restore\w*)$/;

describe('write guard', () => {
  it('lists every method that writes', () => {
    // A backup copies the register to another file: allowed on a read-only register.
    const writing = (Object.keys(contract) as ApiMethod[]).filter(
      (m) => WRITES.test(m) && m !== 'backups.create',
    );
    expect(writing.length).toBeGreaterThan(20);
    expect(writing.filter((m) => !WRITE_METHODS.includes(m))).toEqual([]);
  });
});
