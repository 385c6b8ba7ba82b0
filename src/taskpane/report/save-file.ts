/** Saves bytes or text the pane made as a download: nothing is sent anywhere. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function saveFile(data: Uint8Array | string, name: string, type: string): void {
  // A copy: a Blob takes only bytes that no other thread can share.
  const part = typeof data === 'string' ? data : data.slice(0);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `预算公开表.xlsx` → `预算公开表-审核报告.xlsx`. */
export function siblingName(name: string, suffix: string, extension = '.xlsx'): string {
  return `${name.replace(/\.xlsx$/i, '')}-${suffix}${extension}`;
}
