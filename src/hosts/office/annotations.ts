/**
 * The text beside a mark: a note (ExcelApi 1.18) where the loaded office.js has them, else a comment
 * (ExcelApi 1.10; the npm copy 1.1.110 has those), else none — the findings are then in the pane only. Both
 * are one text on one cell, found again by its tag line and its cell (`getLocation`).
 */
import type { ExcelFeatures } from './features';
import { NOTE_TAG } from './mark-plan';

export type AnnotationKind = 'notes' | 'comments';

export type Annotation = Excel.Note | Excel.Comment;

type Collection =
  | { readonly kind: 'notes'; readonly items: Excel.NoteCollection }
  | { readonly kind: 'comments'; readonly items: Excel.CommentCollection };

/** Which text the marks carry here, if any. */
export function annotationKind(features: ExcelFeatures): AnnotationKind | undefined {
  if (features.notes) return 'notes';
  if (features.comments) return 'comments';
  return undefined;
}

function collectionOf(sheet: Excel.Worksheet, features: ExcelFeatures): Collection | undefined {
  if (features.notes) return { kind: 'notes', items: sheet.notes };
  if (features.comments) return { kind: 'comments', items: sheet.comments };
  return undefined;
}

/** A sheet's notes or comments, loaded: read `items` after the caller's sync. */
export interface SheetAnnotations {
  readonly sheet: string;
  readonly items: () => readonly Annotation[];
}

/** Queues the load of every annotation's text on `sheet`; undefined where marks carry none. */
export function queueAnnotations(
  sheet: Excel.Worksheet,
  features: ExcelFeatures,
): SheetAnnotations | undefined {
  const collection = collectionOf(sheet, features);
  if (!collection) return undefined;
  const name = sheet.name;
  if (collection.kind === 'notes') {
    const loaded = collection.items.load('items/content');
    return { sheet: name, items: () => loaded.items };
  }
  const loaded = collection.items.load('items/content');
  return { sheet: name, items: () => loaded.items };
}

export function isOurs(annotation: Annotation): boolean {
  return annotation.content.includes(NOTE_TAG);
}

/** Queues an annotation on one cell. */
export function addAnnotation(
  sheet: Excel.Worksheet,
  address: string,
  content: string,
  features: ExcelFeatures,
): void {
  const collection = collectionOf(sheet, features);
  if (collection?.kind === 'notes') collection.items.add(sheet.getRange(address), content);
  else if (collection?.kind === 'comments') collection.items.add(sheet.getRange(address), content);
}

/** `'表2'!$C$4` → `C4`. */
export function cellOf(address: string): string {
  return address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
}
