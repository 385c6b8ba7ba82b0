/**
 * What this Excel and the loaded office.js offer beyond ExcelApi 1.6, the manifest's floor. A capability is
 * used only when both say yes: Excel through `isSetSupported` (which asks Excel, not the script), and the
 * loaded office.js by having the member on its proxy class (`'notes' in Excel.Worksheet.prototype`) or, for
 * an `Excel.run` option, by reading it. The npm copy of office.js (1.1.110, the `officeJs=local` build) has
 * no notes, no `RangeAreas.select` and no `mergeUndoGroup`, though current Excel reports ExcelApi 1.18 and
 * 1.20: each adapter then takes the fallback written beside its capability below.
 *
 * `CAPABILITIES` is also what tests/office/runtime-surface.test.ts holds the code to: a member above the
 * floor may be touched only under `features.<id>` of the capability that lists it.
 */
import { runOptionRead } from './run';

export type CapabilityId = 'rangeAreas' | 'comments' | 'mergedAreas' | 'notes' | 'selectAreas' | 'undoGroup';

export interface Capability {
  /** The ExcelApi requirement set that brings it. */
  readonly set: `1.${number}`;
  /** Where its code starts: `Class.member` on Excel's proxy classes; only reached under `features.<id>`. */
  readonly members: readonly string[];
  /** Classes reached only through those members, so their own members need no guard of their own. */
  readonly classes: readonly string[];
  /** An `Excel.run` option the loaded office.js must read. */
  readonly runOption?: string;
}

export const CAPABILITIES: Readonly<Record<CapabilityId, Capability>> = {
  /** One conditional format marks many cells (`getRanges`); else one call per cell. */
  rangeAreas: { set: '1.9', members: ['Worksheet.getRanges'], classes: ['RangeAreas'] },
  /** The findings in a comment on each marked cell, where there are no notes; else colour only. */
  comments: {
    set: '1.10',
    members: ['Worksheet.comments'],
    classes: ['CommentCollection', 'Comment'],
  },
  /** Merged areas go into the snapshot; else the snapshot has none. */
  mergedAreas: { set: '1.13', members: ['Range.getMergedAreasOrNullObject'], classes: ['RangeAreas'] },
  /** The findings in a note on each marked cell; else comments, else colour only. */
  notes: { set: '1.18', members: ['Worksheet.notes'], classes: ['NoteCollection', 'Note'] },
  /** Selecting all of a finding's cells at once; else its first cell. */
  selectAreas: { set: '1.18', members: ['RangeAreas.select'], classes: [] },
  /** One Ctrl+Z takes a whole fill back; else Excel undoes it sync by sync, and 撤销填充 is the way back. */
  undoGroup: { set: '1.20', members: [], classes: [], runOption: 'mergeUndoGroup' },
};

export const CAPABILITY_IDS = Object.keys(CAPABILITIES) as CapabilityId[];

export type ExcelFeatures = Readonly<Record<CapabilityId, boolean>>;

export type IsSetSupported = (name: string, minVersion: string) => boolean;

/** The loaded office.js as far as capabilities go: its `Excel` namespace and the run options it reads. */
export interface LoadedRuntime {
  readonly excel: object;
  /** Whether it reads this `Excel.run` option; undefined before any `Excel.run` has shown it. */
  readonly readsRunOption: (name: string) => boolean | undefined;
}

export interface CapabilityStatus {
  readonly id: CapabilityId;
  readonly set: string;
  /** Excel reports the requirement set. */
  readonly excel: boolean;
  /** The loaded office.js has the members (or reads the option); undefined while not yet known. */
  readonly runtime: boolean | undefined;
  /** Both: the add-in uses it. */
  readonly used: boolean;
}

/** `Worksheet.notes` is on the proxy class (or its prototype chain) of the loaded office.js. */
export function runtimeHas(excel: object, member: string): boolean {
  const [className, name] = member.split('.');
  const proxy = (excel as Record<string, { prototype?: object } | undefined>)[className];
  return typeof proxy?.prototype === 'object' && name in proxy.prototype;
}

export function capabilityStatus(isSetSupported: IsSetSupported, runtime: LoadedRuntime): CapabilityStatus[] {
  return CAPABILITY_IDS.map((id) => {
    const { set, members, classes, runOption } = CAPABILITIES[id];
    const excel = isSetSupported('ExcelApi', set);
    const option = runOption === undefined ? true : runtime.readsRunOption(runOption);
    const proxies =
      members.every((m) => runtimeHas(runtime.excel, m)) &&
      classes.every((c) => runtimeHas(runtime.excel, `${c}.load`));
    const inRuntime = option === undefined ? undefined : option && proxies;
    return { id, set, excel, runtime: inRuntime, used: excel && inRuntime === true };
  });
}

export function detectFeatures(isSetSupported: IsSetSupported, runtime: LoadedRuntime): ExcelFeatures {
  return Object.fromEntries(
    capabilityStatus(isSetSupported, runtime).map((status) => [status.id, status.used]),
  ) as Record<CapabilityId, boolean>;
}

/** The running Excel and its office.js. Only call inside Office. */
export function officeCapabilities(): CapabilityStatus[] {
  return capabilityStatus((name, version) => Office.context.requirements.isSetSupported(name, version), {
    excel: Excel,
    readsRunOption: runOptionRead,
  });
}

/** The features of the Excel this add-in runs in. Only call inside Office. */
export function officeFeatures(): ExcelFeatures {
  return Object.fromEntries(officeCapabilities().map((s) => [s.id, s.used])) as Record<CapabilityId, boolean>;
}
