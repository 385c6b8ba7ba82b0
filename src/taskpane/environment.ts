/**
 * Where the pane runs: inside Excel, or in a plain browser (office.js absent, failed, or reporting no host).
 * The language follows Office's display language in Excel and the browser's otherwise; `?lang=en|zh`
 * overrides both, for testing.
 */
import { languageFor, type Language } from '../ui-shared/strings';

export interface PaneEnvironment {
  readonly inExcel: boolean;
  readonly language: Language;
}

/** office.js that never settles (blocked script, odd host) must not keep the pane blank. */
const OFFICE_READY_TIMEOUT_MS = 10_000;

export async function detectEnvironment(): Promise<PaneEnvironment> {
  const info = await officeHost();
  const inExcel = info !== undefined && info.host === Office.HostType.Excel;
  const override = new URLSearchParams(window.location.search).get('lang') ?? undefined;
  const tag = override ?? (inExcel ? Office.context.displayLanguage : navigator.language);
  return { inExcel, language: languageFor(tag) };
}

async function officeHost(): Promise<{ host: Office.HostType | null } | undefined> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return undefined;
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, OFFICE_READY_TIMEOUT_MS));
  try {
    return await Promise.race([Office.onReady(), timeout]);
  } catch {
    return undefined;
  }
}
