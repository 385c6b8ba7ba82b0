/**
 * Where the pane runs: inside Excel, or in a plain browser (office.js absent, failed, or reporting no host).
 * The language follows Office's display language in Excel. Outside Office it is Chinese, whatever the
 * browser's language (a Chinese reviewer's browser is often English), unless the person chose English with
 * the pane's switch, which is remembered; `?lang=en|zh` overrides both, for testing.
 */
import { languageFor, type Language } from '../ui-shared/strings';

export interface PaneEnvironment {
  readonly inExcel: boolean;
  readonly language: Language;
}

/** office.js that never settles (blocked script, odd host) must not keep the pane blank. */
const OFFICE_READY_TIMEOUT_MS = 10_000;

const LANGUAGE_KEY = 'budget-check.language';

export async function detectEnvironment(): Promise<PaneEnvironment> {
  const info = await officeHost();
  const inExcel = info !== undefined && info.host === Office.HostType.Excel;
  const override = new URLSearchParams(window.location.search).get('lang') ?? undefined;
  const tag = override ?? (inExcel ? Office.context.displayLanguage : chosenLanguage());
  return { inExcel, language: languageFor(tag) };
}

function chosenLanguage(): string | undefined {
  try {
    return window.localStorage.getItem(LANGUAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the language chosen with the switch outside Office (where storage is allowed). */
export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Storage refused (private mode, policy): the choice lasts until the page is closed.
  }
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
