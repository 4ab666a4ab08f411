import { describe, expect, it } from 'vitest';
import { decideDelta, type DeltaDecision } from '../src/live/sequence';

describe('a screen applies only the delta that continues what it shows', () => {
  it.each<[string, number, number, number, DeltaDecision]>([
    ['the next delta', 7, 7, 8, 'apply'],
    ['a delta covering several changes', 7, 7, 12, 'apply'],
    ['a delta already applied', 7, 6, 7, 'ignore'],
    ['an old delta', 7, 3, 4, 'ignore'],
    ['a delta from before the snapshot that ends inside it', 7, 5, 7, 'ignore'],
    ['a gap: one delta was missed', 7, 8, 9, 'resync'],
    ['a delta that starts behind but ends ahead', 7, 5, 9, 'resync'],
    ['a server that restarted its numbering past us', 0, 3, 4, 'resync'],
  ])('%s (screen at %d, delta %d→%d): %s', (_, current, fromSeq, seq, expected) => {
    expect(decideDelta(current, { fromSeq, seq })).toBe(expected);
  });
});
