// Bytes the page made handed to the browser to save: an <a download> on a blob: URL, so no request
// leaves the page. Used by the pane (its Word report) and the web page (every file it makes).

/** Saves `bytes` as `name`; `type` is what the browser is told the file is. */
export function downloadBytes(name: string, bytes: Uint8Array, type = 'application/octet-stream'): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has taken the bytes once the click is handled; the URL is let go so they are not held for the page's life.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
