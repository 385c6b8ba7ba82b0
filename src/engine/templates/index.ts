/** Every table template the engine knows, by the table it stands for. */
import type { TableId } from '../model';
import { DISTRICT } from './district';
import { STANDARD } from './standard';
import type { LineSpec, TableTemplate } from './types';

export * from './types';

const ALL: readonly TableTemplate[] = [...STANDARD, ...DISTRICT];

/** The templates of one table, the standard one first. */
export function templatesOf(id: TableId): readonly TableTemplate[] {
  return ALL.filter((t) => t.id === id);
}

/** The template a recognised table follows. */
export function templateOf(id: TableId, variant: string): TableTemplate | undefined {
  return ALL.find((t) => t.id === id && t.variant === variant);
}

/** A named line as any template of the table declares it. */
export function lineSpec(id: TableId, key: string): LineSpec | undefined {
  for (const t of templatesOf(id)) {
    const spec = t.lines.find((l) => l.key === key);
    if (spec) return spec;
  }
  return undefined;
}
