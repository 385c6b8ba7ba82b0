/**
 * The two colours a relationship's cells are marked in, shared by the Excel marks and the browser grid:
 * lavender for the left side (totals, chain sources, lesser sides) and teal for the right (parts, other
 * members, limits). Neither is a severity colour, so a relationship's cells never read as findings.
 */
import type { SeverityColour } from './severity-colours';

export type RelationSide = 'left' | 'right';

export const RELATION_COLOURS: Readonly<Record<RelationSide, SeverityColour>> = {
  left: { fill: '#E4D7F5', text: '#4B2A7A' },
  right: { fill: '#CDEFE9', text: '#0B5A50' },
};

export const RELATION_SIDES: readonly RelationSide[] = ['left', 'right'];
