/**
 * A read-only grid of one sheet at a time, as Excel would show it, with the finding cells in their
 * severity colours and the selected finding's cells outlined. Sheet tabs switch sheets. The trainers' views
 * add a relationship's cells in its two side colours (above the findings' colours, as in Excel) and a
 * selected cell: clicked, or moved with the arrow keys.
 */
import { makeStyles, mergeClasses, Tab, TabList, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import type { FindingCell } from '../../engine/report';
import {
  address,
  cellText,
  columnName,
  parseAddress,
  type CellSnapshot,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from '../../engine/snapshot';
import type {
  CellMarks,
  RelationMarks,
  SheetCellMarks,
  SheetRelationMarks,
} from '../../ui-shared/cell-marks';
import { RELATION_COLOURS } from '../../ui-shared/relation-colours';
import { SEVERITY_COLOURS } from '../../ui-shared/severity-colours';
import { useStrings } from '../strings-context';

/** Enough for any budget table; beyond it a browser table gets slow and the grid is only a preview. */
const MAX_ROWS = 2000;
const MAX_COLUMNS = 100;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  tabs: { flexWrap: 'wrap' },
  scroller: {
    overflow: 'auto',
    // Room for the pane's header and the sheet tabs, so the whole grid box fits the window.
    maxHeight: 'calc(100vh - 180px)',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '0 4px',
  },
  rowHeader: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '0 4px',
    textAlign: 'end',
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: '1px 4px',
    whiteSpace: 'nowrap',
    maxWidth: '16em',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  corner: { left: 0, zIndex: 3 },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  selectable: { cursor: 'cell' },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
});

export interface SheetGridProps {
  readonly workbook: WorkbookSnapshot;
  readonly sheet: string;
  readonly onSheetChange: (sheet: string) => void;
  readonly marks?: CellMarks;
  readonly selected: readonly FindingCell[];
  /** The marked relationship's cells, in its two side colours. */
  readonly relationMarks?: RelationMarks;
  /** Makes cells selectable, by click and by arrow keys from the selected one. */
  readonly onSelectCell?: (cell: FindingCell) => void;
}

const ARROWS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

export function SheetGrid({
  workbook,
  sheet,
  onSheetChange,
  marks,
  selected,
  relationMarks,
  onSelectCell,
}: SheetGridProps) {
  const strings = useStrings();
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const current = workbook.sheets.find((s) => s.name === sheet) ?? workbook.sheets[0];
  const here = useMemo(
    () => new Set(selected.filter((c) => c.sheet === current.name).map((c) => c.address)),
    [selected, current],
  );

  useEffect(() => {
    const first = selected.find((c) => c.sheet === current.name);
    const target = first && scroller.current?.querySelector(`[data-address="${first.address}"]`);
    target?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [selected, current]);

  const onClick = (event: MouseEvent) => {
    const td = (event.target as Element).closest('td[data-address]');
    const a1 = td?.getAttribute('data-address');
    if (a1) onSelectCell?.({ sheet: current.name, address: a1 });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const step = ARROWS[event.key];
    if (!onSelectCell || !step) return;
    event.preventDefault();
    const from = selected.find((c) => c.sheet === current.name);
    const { row, col } = from ? parseAddress(from.address) : { row: -step[0], col: -step[1] };
    const size = gridSize(current);
    const clamp = (v: number, n: number) => Math.max(0, Math.min(n - 1, v));
    onSelectCell({
      sheet: current.name,
      address: address(clamp(row + step[0], size.rows), clamp(col + step[1], size.columns)),
    });
  };

  return (
    <section className={styles.root} aria-label={strings.sheets}>
      <TabList
        className={styles.tabs}
        size="small"
        aria-label={strings.sheets}
        selectedValue={current.name}
        onTabSelect={(_, data) => onSheetChange(String(data.value))}
      >
        {workbook.sheets.map((s) => (
          <Tab key={s.name} value={s.name} data-sheet-tab={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      <div
        className={mergeClasses(styles.scroller, onSelectCell && styles.selectable)}
        ref={scroller}
        tabIndex={0}
        aria-label={current.name}
        onClick={onSelectCell && onClick}
        onKeyDown={onSelectCell && onKeyDown}
      >
        <Grid
          sheet={current}
          marks={marks?.get(current.name)}
          relationMarks={relationMarks?.get(current.name)}
          selected={here}
        />
      </div>
    </section>
  );
}

interface GridProps {
  readonly sheet: SheetSnapshot;
  readonly marks?: SheetCellMarks;
  readonly relationMarks?: SheetRelationMarks;
  readonly selected: ReadonlySet<string>;
}

function gridSize(sheet: SheetSnapshot): { rows: number; columns: number } {
  return {
    rows: Math.min(sheet.rows.length, MAX_ROWS),
    columns: Math.min(
      sheet.rows.reduce((n, row) => Math.max(n, row?.length ?? 0), 0),
      MAX_COLUMNS,
    ),
  };
}

function Grid({ sheet, marks, relationMarks, selected }: GridProps) {
  const strings = useStrings();
  const styles = useStyles();
  const { rows, columns } = gridSize(sheet);
  return (
    <table className={styles.table} data-grid={sheet.name}>
      <thead>
        <tr>
          <th className={mergeClasses(styles.header, styles.corner)} />
          {Array.from({ length: columns }, (_, c) => (
            <th key={c} scope="col" className={styles.header}>
              {columnName(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: rows }, (_, r) => (
          <tr key={r}>
            <th scope="row" className={styles.rowHeader}>
              {r + 1}
            </th>
            {Array.from({ length: columns }, (_, c) => {
              const a1 = address(r, c);
              const cell = sheet.rows[r]?.[c];
              const mark = marks?.get(a1);
              const side = relationMarks?.get(a1);
              const colour = side ? RELATION_COLOURS[side] : mark && SEVERITY_COLOURS[mark.severity];
              return (
                <td
                  key={c}
                  data-address={a1}
                  data-severity={mark?.severity}
                  data-relation-side={side}
                  data-selected={selected.has(a1) || undefined}
                  title={mark?.findings.map(strings.message).join('\n')}
                  className={mergeClasses(
                    styles.cell,
                    typeof cell?.value === 'number' && styles.number,
                    selected.has(a1) && styles.selected,
                  )}
                  style={colour && { background: colour.fill, color: colour.text }}
                >
                  {shownText(cell)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A file read gives numbers without their shown text; `0.00` and `#,##0.00` style formats say how Excel
 * shows them, which is all budget tables use. Anything else shows as the engine reads it.
 */
function shownText(cell: CellSnapshot | undefined): string {
  if (cell?.text !== undefined || typeof cell?.value !== 'number' || !cell.format) return cellText(cell);
  const decimals = /0\.(0+)/.exec(cell.format)?.[1].length ?? 0;
  return cell.value.toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: cell.format.includes('#,##'),
  });
}
