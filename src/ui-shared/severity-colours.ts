/**
 * The marking colours, shared by the Excel marks and the browser grid so both read the same way. They are
 * Excel's own "Bad" / "Neutral" cell-style pairs plus a light blue, so the text stays readable on the fill.
 */
import type { Severity } from '../engine/report';

export interface SeverityColour {
  /** Cell fill, `#RRGGBB`. */
  readonly fill: string;
  /** Text colour on that fill. */
  readonly text: string;
}

export const SEVERITY_COLOURS: Readonly<Record<Severity, SeverityColour>> = {
  error: { fill: '#FFC7CE', text: '#9C0006' },
  warning: { fill: '#FFEB9C', text: '#9C5700' },
  info: { fill: '#DDEBF7', text: '#1F4E78' },
};

/** Most serious first: a cell named by several findings shows the most serious one's colour. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
