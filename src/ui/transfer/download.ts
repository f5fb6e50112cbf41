/**
 * Saves a text as a file through a temporary blob link: no server, no
 * network, allowed under a strict CSP.
 */
import { fileDay } from '../common/fileDay';

export function downloadText(parent: Node, filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  parent.appendChild(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "diagnostic-numerique-atelier-du-nord-2026-11-29.json" */
export function exportFilename(structureName: string, date: Date): string {
  const slug = structureName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return ['diagnostic-numerique', slug, fileDay(date)].filter(Boolean).join('-') + '.json';
}
