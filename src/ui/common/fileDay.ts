/** The local day as "2026-11-29": sortable and safe in a file name (export file, print title). */
export function fileDay(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}
