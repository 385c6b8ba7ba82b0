/** The catalog: every relationship of budget-tables.md section 3, each declared once. */
import { BETWEEN } from './between';
import { SOFT } from './soft';
import type { Relation } from './types';
import { WITHIN } from './within';

export * from './types';

export const CATALOG: readonly Relation[] = [...WITHIN, ...BETWEEN, ...SOFT];
