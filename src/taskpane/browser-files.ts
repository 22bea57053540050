/**
 * Saves text as a file through the browser's own download (a Blob and an <a download>): nothing leaves the
 * machine. Excel on the web and the preview download it; some Excel desktop hosts ignore downloads from a pane.
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the URL can go once the event loop has moved on.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Reads a chosen file as UTF-8 text. */
export function readFileText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('lecture du fichier impossible'));
    reader.readAsText(file, 'utf-8');
  });
}

/**
 * Copies text to the clipboard: the asynchronous Clipboard API where the pane's frame allows it, else the
 * selection of `area` and the older `copy` command (Office frames often refuse the first). False if both fail:
 * the text stays selected for Ctrl+C.
 */
export async function copyText(text: string, area: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (permissions policy of the frame): try the selection.
  }
  if (!area) return false;
  area.focus();
  area.select();
  try {
    return typeof document.execCommand === 'function' && document.execCommand('copy');
  } catch {
    return false;
  }
}
