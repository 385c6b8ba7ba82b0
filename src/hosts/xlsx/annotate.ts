/**
 * A marked-up copy of a checked workbook: the cells the add-in would mark (each finding's checked cell and
 * the likely wrong cells) are filled in their most serious finding's colour and carry a note listing the
 * findings. Bytes in, bytes out, no fs: the command line writes the result to disk and the browser can
 * offer it as a download. The input bytes are never changed.
 */
import ExcelJS from './exceljs';
import type { CheckReport } from '../../engine/report';
import { planMarks } from '../office/mark-plan';
import { signNotes } from './note-author';
import { SEVERITY_COLOURS } from '../../ui-shared/severity-colours';

export interface AnnotatedWorkbook {
  readonly bytes: Uint8Array;
  /** How many cells were marked. */
  readonly cells: number;
}

export async function annotateWorkbook(input: Uint8Array, report: CheckReport): Promise<AnnotatedWorkbook> {
  const book = new ExcelJS.Workbook();
  // ExcelJS's typings say Buffer; at run time JSZip reads any Uint8Array, and only reads it.
  await book.xlsx.load(input as unknown as ExcelJS.Buffer);

  let cells = 0;
  for (const { sheet, cells: marks } of planMarks(report.findings, report.suspects)) {
    const worksheet = book.getWorksheet(sheet);
    if (!worksheet) continue;
    for (const mark of marks) {
      const cell = worksheet.getCell(mark.address);
      const colour = SEVERITY_COLOURS[mark.severity];
      // Cells loaded with the same format share one style object: replace it, never mutate it.
      cell.style = {
        ...cell.style,
        fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(colour.fill) } },
        font: { ...cell.style.font, color: { argb: argb(colour.text) } },
      };
      const existing = noteText(cell.note);
      cell.note = existing ? `${existing}\n\n${mark.note}` : mark.note;
      cells++;
    }
  }
  const output = await book.xlsx.writeBuffer();
  return { bytes: await signNotes(new Uint8Array(output as ArrayBuffer)), cells };
}

/** `#FFC7CE` → `FFFFC7CE` (opaque), the form ExcelJS writes. */
function argb(hex: string): string {
  return `FF${hex.slice(1).toUpperCase()}`;
}

/** The text of a note the workbook already had, so ours is added to it rather than replacing it. */
function noteText(note: ExcelJS.Cell['note']): string {
  if (note === undefined || note === null) return '';
  if (typeof note === 'string') return note;
  return note.texts?.map((run) => run.text).join('') ?? '';
}
