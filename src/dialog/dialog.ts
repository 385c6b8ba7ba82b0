/**
 * The verdict dialog the one-click command opens: the verdict, the counts in the marking colours, how
 * the marking went, and a close button that tells the command (and so Office) it is done.
 */
import { stringsFor } from '../ui-shared/strings';
import { SEVERITY_COLOURS, SEVERITY_ORDER } from '../ui-shared/severity-colours';
import { verdictOf } from '../ui-shared/verdict';
import { readVerdict, type VerdictPayload } from './verdict-payload';

const COUNT_OF = { error: 'errors', warning: 'warnings', info: 'residuals' } as const;

function render(payload: VerdictPayload): void {
  const strings = stringsFor(payload.language);
  const byId = (id: string) => document.getElementById(id)!;
  document.documentElement.lang = payload.language === 'en' ? 'en' : 'zh-CN';
  document.title = strings.dialogTitle;
  byId('title').textContent = strings.appTitle;
  byId('close').textContent = strings.close;
  if (payload.error !== undefined || !payload.counts) {
    byId('verdict').textContent = strings.failed(payload.error ?? '');
    return;
  }
  const counts = payload.counts;
  byId('verdict').textContent = strings.verdict[verdictOf(counts)];
  const item = (text: string) => Object.assign(document.createElement('li'), { textContent: text });
  byId('counts').replaceChildren(
    ...SEVERITY_ORDER.map((severity) => {
      const count = item(`${strings.severity[severity]} ${counts[COUNT_OF[severity]]}`);
      count.style.background = SEVERITY_COLOURS[severity].fill;
      count.style.color = SEVERITY_COLOURS[severity].text;
      return count;
    }),
    item(strings.tablesFound(payload.tables ?? 0)),
  );
  const marks = payload.marks;
  if (marks?.kind === 'protected') byId('hint').textContent = strings.protectedSheets(marks.sheets);
  else if (marks && marks.cells > 0) byId('hint').textContent = strings.dialogHint;
}

function close(): void {
  if (typeof Office !== 'undefined' && Office.context?.ui?.messageParent)
    Office.context.ui.messageParent('close');
  else window.close();
}

render(readVerdict(window.location.search));
document.getElementById('close')!.addEventListener('click', close);
// An add-in page must let office.js initialise before messageParent works.
if (typeof Office !== 'undefined') void Office.onReady();
