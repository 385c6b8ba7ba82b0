/**
 * How a relationship stands, in colour: a broken one in its severity's colour (errors red, soft rules amber)
 * and a 尾差 in the rounding blue, as the findings show them; one that holds green; one not checked grey.
 */
import type { Status } from '../../engine/explain';
import type { Relation } from '../../engine';
import { SEVERITY_COLOURS, type SeverityColour } from '../../ui-shared/severity-colours';

const HOLDS: SeverityColour = { fill: '#DFF6DD', text: '#0E700E' };
const NOT_CHECKED: SeverityColour = { fill: '#F3F2F1', text: '#605E5C' };

export function statusColour(status: Status | undefined, severity: Relation['severity']): SeverityColour {
  switch (status) {
    case 'exact':
      return HOLDS;
    case 'rounding':
      return SEVERITY_COLOURS.info;
    case 'broken':
      return SEVERITY_COLOURS[severity];
    case undefined:
      return NOT_CHECKED;
  }
}
