import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import { packClaims, unpackClaims } from '../../src/cache/pack.js';
import type { Claim } from '../../src/types.js';
import { claim, interval } from '../helpers.js';

/** Through the cache's own path: packed, written as JSON, read back and unpacked. */
function roundTrip(claims: Claim[], path: string): Claim[] {
  return unpackClaims(JSON.parse(JSON.stringify(packClaims(claims))), path);
}

describe('packed claims in the cache', () => {
  it('gives back every claim of the example corpus exactly', () => {
    const claims = audit({ paths: ['fixtures/example-corpus'], config: false }).claims;
    expect(claims.length).toBeGreaterThan(20);
    for (const path of new Set(claims.map((item) => item.path))) {
      const own = claims.filter((item) => item.path === path);
      expect(roundTrip(own, path)).toStrictEqual(own);
    }
  });

  it('keeps every flag, open bound and optional field', () => {
    const claims = [
      claim({ value: interval(null, 30, '%', { minInclusive: false, approximate: true }), hedged: true, polarity: 'negated' }),
      claim({ value: interval(80, null, '%', { maxInclusive: false }), cited: true, contradictionAccepted: true, sentenceMatch: { start: 0, end: 4 } }),
      claim({ value: interval(256, 256, '', { unitWord: 'GB' }) }),
      claim({ topic: 'approval', key: 'approval', value: { type: 'category', category: 'approved', text: 'FDA approved', scope: ['depress'] } }),
      claim({ subject: 'other subject', key: 'efficacy/remission', value: { type: 'none' }, sentence: 'a sentence with "quotes" and ünïcödé 😀' }),
    ];
    expect(roundTrip(claims, 'a.md')).toStrictEqual(claims);
  });

  it('writes each repeated string once', () => {
    const claims = Array.from({ length: 50 }, () => claim({ sentence: 'One long sentence that several claims stand in, repeated in the entry.' }));
    const packed = JSON.stringify(packClaims(claims));
    expect(packed.split('One long sentence').length - 1).toBe(1);
  });

  it('throws on anything that is not packed claims, so the entry is treated as corrupt', () => {
    const good = JSON.parse(JSON.stringify(packClaims([claim({ value: interval(1, 2) })]))) as { strings: string[]; claims: unknown[][] };
    const damaged = (change: (copy: typeof good) => void): unknown => {
      const copy = structuredClone(good);
      change(copy);
      return copy;
    };
    expect(() => unpackClaims(null, 'a.md')).toThrow();
    expect(() => unpackClaims({ claims: [] }, 'a.md')).toThrow();
    expect(() => unpackClaims(damaged((copy) => (copy.claims[0] as unknown[]).pop()), 'a.md')).toThrow();
    expect(() => unpackClaims(damaged((copy) => ((copy.claims[0] as unknown[])[0] = 99)), 'a.md')).toThrow();
    expect(() => unpackClaims(damaged((copy) => ((copy.claims[0] as unknown[])[6] = ['1', 2, '%', 3, 'x'])), 'a.md')).toThrow();
    expect(() => unpackClaims(damaged((copy) => ((copy.claims[0] as unknown[])[9] = '12')), 'a.md')).toThrow();
  });
});
