// Deltas carry the seq they continue from and the seq they lead to. A screen applies only
// the delta that continues exactly from what it shows; anything else is old news or a gap.

export type DeltaDecision = 'apply' | 'ignore' | 'resync';

export interface Sequenced {
  fromSeq: number;
  seq: number;
}

export function decideDelta(currentSeq: number, delta: Sequenced): DeltaDecision {
  if (delta.seq <= currentSeq) return 'ignore';
  if (delta.fromSeq === currentSeq) return 'apply';
  // A delta was missed (or the screen is behind a restart): only a fresh snapshot is safe.
  return 'resync';
}
