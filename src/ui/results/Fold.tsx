import type { ComponentChildren } from 'preact';

/**
 * A secondary section, closed until opened, so that on a phone the score,
 * the themes, the plan and the actions come first. Its heading sits in the
 * summary (HTML allows heading content there), so it stays in the outline.
 */
export function Fold({ id, title, children }: { readonly id: string; readonly title: string; readonly children: ComponentChildren }) {
  return (
    <section class="sd-section" aria-labelledby={id}>
      <details class="sd-fold">
        <summary>
          <h3 id={id} tabIndex={-1}>
            {title}
          </h3>
        </summary>
        {children}
      </details>
    </section>
  );
}
