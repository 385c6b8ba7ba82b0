/**
 * Shared fast-check settings. A fixed seed keeps the suite reproducible for everyone; set FC_SEED to an
 * integer to explore other inputs (a failure prints the seed and path that replay it).
 */
import type { Parameters } from 'fast-check';

const seed = process.env.FC_SEED === undefined ? 20_260_101 : Number(process.env.FC_SEED);

export function propertyOptions<T>(numRuns: number): Parameters<T> {
  return { numRuns, seed };
}
