/**
 * Notes signed by the add-in: ExcelJS names every note's author `Author`, which Excel shows beside the note.
 * This rewrites the author list of each comments part in the written file, leaving every other part's
 * compressed bytes as they were.
 */
import JSZip from 'jszip';

export const NOTE_AUTHOR = '预算审核助手';

export async function signNotes(bytes: Uint8Array, author = NOTE_AUTHOR): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = zip.file(/^xl\/comments\d*\.xml$/);
  if (parts.length === 0) return bytes;
  for (const part of parts) {
    const xml = await part.async('string');
    zip.file(part.name, xml.replace(/<author>Author<\/author>/g, `<author>${author}</author>`));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
