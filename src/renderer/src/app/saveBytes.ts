/** The MIME type of each file Lectern hands the browser to save. */
const TYPES: Record<string, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  qdpx: 'application/zip',
  qdc: 'application/xml',
};

/**
 * Saves bytes the engine produced as a file, the browser's way (a download of a blob: URL): works
 * the same in Electron, where it opens the save dialog, and in a browser tab. No network.
 */
export function saveBytes(fileName: string, base64: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const extension = fileName.split('.').pop() ?? '';
  saveBlob(fileName, new Blob([bytes], { type: TYPES[extension] ?? 'application/octet-stream' }));
}

/** Offers text as a file download (browser mode, where the engine cannot show a save dialog). */
export function downloadText(fileName: string, text: string, type = 'text/markdown'): void {
  saveBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}

function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, so the download has its bytes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
