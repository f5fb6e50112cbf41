import type { ComponentChildren } from 'preact';

/**
 * Lets a table scroll sideways on a narrow screen instead of widening the
 * page; focusable so keyboard users can scroll it too (WCAG 2.1.1).
 */
export function TableScroll({ label, children }: { readonly label: string; readonly children: ComponentChildren }) {
  return (
    <div class="sd-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
