/** What the 关于 view shows, apart from React: the office.js in use and each capability with its reason. */
import type { CapabilityStatus } from '../../hosts/office/features';
import type { AboutStrings } from './strings';

export interface CapabilityRow {
  readonly id: string;
  readonly name: string;
  readonly used: boolean;
  /** Why not, and what the add-in does instead; empty when in use. */
  readonly reason: string;
}

export function capabilityRows(
  statuses: readonly CapabilityStatus[],
  strings: AboutStrings,
): CapabilityRow[] {
  return statuses.map((s) => {
    const { name, fallback } = strings.capability[s.id];
    const why = !s.excel
      ? strings.excelLacks(s.set)
      : s.runtime === undefined
        ? strings.notYetKnown
        : s.runtime
          ? ''
          : strings.runtimeLacks(s.set);
    return {
      id: s.id,
      name,
      used: s.used,
      reason: s.used ? '' : strings.instead(why, fallback),
    };
  });
}

/** Which office.js the page loaded, from its `<script>`: the copy in dist/, the CDN, or another URL. */
export function officeJsSource(src: string | undefined, strings: AboutStrings): string {
  if (!src) return strings.officeJsKinds.none;
  if (/^(\.\/)?office-js\/office\.js$/.test(src)) return strings.officeJsKinds.local;
  // The host, not a URL: the built scripts name no URL of another origin (tests/deploy).
  if (/^https:\/\/appsforoffice\.microsoft\.com\//.test(src)) return `${strings.officeJsKinds.cdn} (${src})`;
  return `${strings.officeJsKinds.url} (${src})`;
}
