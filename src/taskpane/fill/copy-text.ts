/**
 * Copies text with the Clipboard API. Where that is refused (some Office webviews, no permission, a page
 * that is not a secure context) it selects the text in its field instead, so Ctrl+C copies it.
 */
export async function copyText(
  text: string,
  field: HTMLTextAreaElement | null,
): Promise<'copied' | 'selected'> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    field?.focus();
    field?.select();
    return 'selected';
  }
}
