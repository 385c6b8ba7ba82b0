/**
 * The relationship map as SVG, drawn from the engine's ready layouts: the narrow one (320 px) in the task
 * pane, scaled up a little where there is room, and the wide one once the view is wide enough for it.
 * Boxes are tables (a dot for how their own footing stands), lines are relationships between tables (colour
 * for how they stand, arrow towards the total or the greater side). Clicking a line opens its relationship;
 * clicking a box (or Enter on it) keeps only that table's relationships in the list below.
 */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { TableId } from '../../engine';
import type {
  LinkPath,
  MapEdge,
  MapLayout,
  MapNode,
  MapRelation,
  NodeBox,
  RelationshipMap,
} from '../../engine/explain';
import { useStrings } from '../strings-context';
import { statusColour } from './status-colours';
import { useWidth } from './use-width';

/** Below this the wide layout's text would shrink under 11 px; the narrow one is used instead. */
const WIDE_MIN_SCALE = 0.85;
/** The narrow layout grows to at most this much in a wider view, so a box's text stays in proportion. */
const NARROW_MAX_SCALE = 1.5;
const WORST_FIRST = ['broken', 'rounding', 'exact'] as const;

interface Typography {
  readonly label: number;
  readonly name: number;
  readonly line: number;
  readonly stroke: number;
  readonly arrow: number;
}

const TYPE: Readonly<Record<MapLayout['size'], Typography>> = {
  narrow: { label: 12, name: 10.5, line: 12, stroke: 1.2, arrow: 6 },
  wide: { label: 14, name: 12.5, line: 15, stroke: 1.6, arrow: 8 },
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'center', gap: tokens.spacingVerticalXS },
  svg: { display: 'block', maxWidth: '100%', fontFamily: tokens.fontFamilyBase },
  link: { cursor: 'pointer' },
  node: { cursor: 'pointer', outlineStyle: 'none' },
  legend: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, alignItems: 'center' },
  key: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS },
});

export interface RelationMapProps {
  readonly map: RelationshipMap;
  readonly openId?: string;
  readonly table?: TableId;
  readonly onOpen: (edge: MapEdge) => void;
  readonly onTable: (table: TableId | undefined) => void;
}

export function RelationMap({ map, openId, table, onOpen, onTable }: RelationMapProps) {
  const strings = useStrings();
  const styles = useStyles();
  const box = useRef<HTMLDivElement>(null);
  const available = useWidth(box);
  const ids = useId().replace(/[^\w-]/g, '');
  const { wide, narrow } = map.layouts;
  const layout = available >= wide.width * WIDE_MIN_SCALE ? wide : narrow;
  const maxWidth = layout.width * (layout === narrow ? NARROW_MAX_SCALE : 1);
  const width = Math.min(available || layout.width, maxWidth);
  const type = TYPE[layout.size];
  const edges = new Map(map.edges.map((e) => [e.id, e]));
  const nodes = new Map(map.nodes.map((n) => [n.id, n]));
  const open = openId ? edges.get(openId) : undefined;
  const colours = [...new Set(map.edges.map((e) => linkColour(e)))];
  const arrow = (colour: string) => `url(#${ids}-arrow-${colours.indexOf(colour)})`;
  const dimmed = (link: LinkPath) =>
    open ? link.relationId !== open.id : table !== undefined && link.from !== table && link.to !== table;

  const drawLink = (link: LinkPath, isOpen: boolean) => {
    const edge = edges.get(link.relationId)!;
    const colour = linkColour(edge);
    const { text, labelled, aside, status: statusLabels } = strings.relations;
    const line = edge.links.find((l) => l.from === link.from && l.to === link.to);
    const status = edge.state?.status;
    const says = labelled(text(edge, 'name'), text(line ?? edge, 'assertion'));
    return (
      <g
        key={`${link.relationId}:${link.from}-${link.to}`}
        className={styles.link}
        data-relation={link.relationId}
        data-link={`${link.from}-${link.to}`}
        data-status={status ?? 'none'}
        opacity={dimmed(link) ? 0.2 : 1}
        onClick={() => onOpen(edge)}
      >
        <title>{status ? aside(says, statusLabels[status]) : says}</title>
        <path
          d={link.d}
          fill="none"
          stroke={colour}
          strokeWidth={type.stroke * (isOpen ? 2.2 : status === 'broken' ? 1.6 : 1)}
          strokeDasharray={status ? undefined : '4 3'}
          markerEnd={arrow(colour)}
        />
        <path d={link.d} fill="none" stroke="transparent" strokeWidth={type.stroke * 8} />
      </g>
    );
  };

  return (
    <div ref={box} className={styles.root}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={width}
        height={(width * layout.height) / layout.width}
        role="group"
        aria-label={strings.relations.mapLabel}
        data-map={layout.size}
      >
        <defs>
          {colours.map((colour, i) => (
            <marker
              key={colour}
              id={`${ids}-arrow-${i}`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth={type.arrow}
              markerHeight={type.arrow}
              markerUnits="userSpaceOnUse"
              orient="auto"
            >
              <path d="M0,0 L10,5 L0,10 z" fill={colour} />
            </marker>
          ))}
        </defs>
        {layout.links.filter((l) => l.relationId !== openId).map((l) => drawLink(l, false))}
        {layout.nodes.map((b) => (
          <TableBox
            key={b.id}
            box={b}
            node={nodes.get(b.id)!}
            type={type}
            selected={table === b.id}
            involved={open?.tables.includes(b.id) ?? false}
            onToggle={() => onTable(table === b.id ? undefined : b.id)}
          />
        ))}
        {layout.links.filter((l) => l.relationId === openId).map((l) => drawLink(l, true))}
      </svg>
      {map.edges.some((e) => e.state) && <Legend />}
    </div>
  );
}

function linkColour(edge: MapEdge): string {
  return statusColour(edge.state?.status, edge.severity).text;
}

/** The relation whose status is the worst among them (its severity colours a broken one). */
function worstOf(relations: readonly MapRelation[]): MapRelation | undefined {
  for (const status of WORST_FIRST) {
    const found = relations.find((r) => r.state?.status === status);
    if (found) return found;
  }
  return undefined;
}

interface TableBoxProps {
  readonly box: NodeBox;
  readonly node: MapNode;
  readonly type: Typography;
  readonly selected: boolean;
  readonly involved: boolean;
  readonly onToggle: () => void;
}

function TableBox({ box, node, type, selected, involved, onToggle }: TableBoxProps) {
  const strings = useStrings();
  const styles = useStyles();
  const { text, aside } = strings.relations;
  const label = text(node, 'label');
  const name = text(node, 'name');
  const lines = wrap(name, (box.width - 8) / type.name, 2);
  const block = type.label + lines.length * type.line;
  const top = (box.height - block) / 2;
  const absent = node.present === false;
  const worst = worstOf(node.own);
  // SVG has no focus outline of its own: a ring shows where the keyboard is.
  const [focused, setFocused] = useState(false);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onToggle();
  };
  return (
    <g
      className={styles.node}
      transform={`translate(${box.x} ${box.y})`}
      role="button"
      tabIndex={0}
      aria-pressed={selected}
      aria-label={strings.relations.tableButton(label, name)}
      data-node={node.id}
      onClick={onToggle}
      onKeyDown={onKeyDown}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
    >
      <title>
        {absent ? aside(`${label} ${node.title}`, strings.relations.tableMissing) : `${label} ${node.title}`}
      </title>
      {focused && (
        <rect
          x={-3}
          y={-3}
          width={box.width + 6}
          height={box.height + 6}
          rx={6}
          fill="none"
          style={{ stroke: tokens.colorStrokeFocus2 }}
          strokeWidth={2}
        />
      )}
      {/* Theme colours are CSS variables, which only style properties (not SVG attributes) resolve. */}
      <rect
        width={box.width}
        height={box.height}
        rx={4}
        style={{
          fill: selected ? tokens.colorBrandBackground2 : tokens.colorNeutralBackground1,
          stroke: selected || involved ? tokens.colorBrandStroke1 : tokens.colorNeutralStroke1,
        }}
        strokeWidth={selected || involved ? 2 : 1}
        strokeDasharray={absent ? '4 3' : undefined}
      />
      <g
        textAnchor="middle"
        style={{ fill: absent ? tokens.colorNeutralForeground4 : tokens.colorNeutralForeground1 }}
        pointerEvents="none"
      >
        <text x={box.width / 2} y={top + type.label * 0.85} fontSize={type.label} fontWeight={600}>
          {label}
        </text>
        {lines.map((line, i) => (
          <text key={i} x={box.width / 2} y={top + type.label + (i + 0.85) * type.line} fontSize={type.name}>
            {line}
          </text>
        ))}
      </g>
      {worst?.state?.status && (
        <circle
          cx={box.width - 6}
          cy={6}
          r={3.5}
          fill={statusColour(worst.state.status, worst.severity).text}
          data-own-status={worst.state.status}
        />
      )}
    </g>
  );
}

function Legend() {
  const strings = useStrings().relations;
  const styles = useStyles();
  const keys = [
    { status: 'exact', colour: statusColour('exact', 'error').text },
    { status: 'rounding', colour: statusColour('rounding', 'error').text },
    { status: 'broken', colour: statusColour('broken', 'error').text },
  ] as const;
  const line = (colour: string, dashed = false) => (
    <svg width="20" height="8" aria-hidden="true">
      <line
        x1="0"
        y1="4"
        x2="20"
        y2="4"
        stroke={colour}
        strokeWidth="2"
        strokeDasharray={dashed ? '4 3' : undefined}
      />
    </svg>
  );
  return (
    <Caption1 className={styles.legend}>
      {keys.map((k) => (
        <span key={k.status} className={styles.key}>
          {line(k.colour)}
          {strings.status[k.status]}
        </span>
      ))}
      <span className={styles.key}>
        {line(statusColour(undefined, 'error').text, true)}
        {strings.noInstancesShort}
      </span>
    </Caption1>
  );
}

/**
 * Breaks a box's name into at most `lines` lines of about `units` em: between words in English, anywhere in
 * Chinese (before a bracket when possible); the last line ends in … when it does not fit.
 */
export function wrap(text: string, units: number, lines: number): string[] {
  const width = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 1 : 0.55), 0);
  if (width(text) <= units) return [text];
  const tokens = /\s/.test(text) ? text.split(/(?<=\s)/) : (text.match(/（[^）]*）|./g) ?? [text]);
  const out: string[] = [''];
  // Chinese splits evenly over the lines rather than filling the first one.
  const target = /\s/.test(text) ? units : Math.min(units, Math.ceil(width(text) / lines));
  for (const token of tokens) {
    const last = out.length - 1;
    if (out[last] && width(out[last] + token) > target && out.length < lines) out.push(token.trimStart());
    else out[last] += token;
  }
  const result = out.map((l) => l.trim());
  const end = result.length - 1;
  if (width(result[end]) > units) {
    let cut = result[end];
    while (cut && width(`${cut}…`) > units) cut = [...cut].slice(0, -1).join('');
    result[end] = `${cut}…`;
  }
  return result;
}
