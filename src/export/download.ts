/** Hands the reader a file, without a server: an object URL on a temporary link. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "<package id>-<metric>-2023-06" */
export function exportName(packageId: string, metric: string, month: string): string {
  return [packageId, metric, month].join("-").replace(/[^A-Za-z0-9_-]+/g, "-");
}
