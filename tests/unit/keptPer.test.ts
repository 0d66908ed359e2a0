// Work kept per object and key: a planner trying rate after rate must not grow memory.
import { describe, expect, it } from 'vitest';
import { KEPT_KEYS, keptPer } from '../../main/domain/keptPer';

describe('keptPer', () => {
  it('computes once per object and key while kept', () => {
    const kept = keptPer<object, number[]>();
    const owner = {};
    let runs = 0;
    const a = kept(owner, 'x', () => [++runs]);
    expect(kept(owner, 'x', () => [++runs])).toBe(a);
    expect(runs).toBe(1);
    // Another object has its own results.
    expect(kept({}, 'x', () => [++runs])).toEqual([2]);
  });

  it(`keeps only the last ${KEPT_KEYS} keys used per object`, () => {
    const kept = keptPer<object, string>();
    const owner = {};
    const computed: string[] = [];
    const get = (key: string) =>
      kept(owner, key, () => {
        computed.push(key);
        return key;
      });
    // Forty rates tried one after another: each computed once.
    for (let k = 0; k < 40; k++) get(`rate ${k}`);
    expect(computed).toHaveLength(40);
    // The last four (36–39) are kept: reading them computes nothing.
    for (let k = 36; k < 40; k++) get(`rate ${k}`);
    expect(computed).toHaveLength(40);
    // Using a key keeps it: «rate 36» was the oldest; read again, «rate 37» is now the oldest
    // and is the one dropped when a new key comes.
    get('rate 36');
    get('rate 99');
    expect(computed).toHaveLength(41);
    get('rate 36');
    expect(computed).toHaveLength(41);
    get('rate 37');
    expect(computed).toEqual([...computed.slice(0, 40), 'rate 99', 'rate 37']);
  });
});
