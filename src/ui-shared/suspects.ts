/**
 * The likely wrong cells as a plain ranking: 最可能, 其次, 再次… Cells that score the same share a rank (four
 * planted errors each explained by one cell are all 最可能). A score is how much of the trouble around a cell
 * one change to it would mend, not a probability, so scores are never shown as percentages that would add
 * up to more than 100.
 */
import type { Suspect } from '../engine/report';
import { SUSPECT_MARK_THRESHOLD } from './cell-marks';

export interface SuspectTier {
  /** 0 for the most likely, then 1, 2… */
  readonly rank: number;
  readonly suspects: readonly Suspect[];
}

/** The suspects that are marked (score ≥ the marking threshold), at most `limit`, by tier. */
export function rankSuspects(suspects: readonly Suspect[], limit = 8): SuspectTier[] {
  const tiers: { rank: number; suspects: Suspect[]; score: number }[] = [];
  for (const s of suspects.filter((x) => x.score >= SUSPECT_MARK_THRESHOLD).slice(0, limit)) {
    const last = tiers[tiers.length - 1];
    if (last && Math.abs(last.score - s.score) < 0.005) last.suspects.push(s);
    else tiers.push({ rank: tiers.length, suspects: [s], score: s.score });
  }
  return tiers.map(({ rank, suspects: list }) => ({ rank, suspects: list }));
}

const RANKS = {
  zh: ['最可能', '其次', '再次', '也可能'],
  en: ['Most likely', 'Next', 'Then', 'Also possible'],
} as const;

export function rankWords(rank: number, language: 'zh' | 'en'): string {
  const words = RANKS[language];
  return words[Math.min(rank, words.length - 1)];
}
