/**
 * "Sur cette page": the results run long on a phone (about 9,000 px), so
 * each section, and the print and share actions at the end, are one press
 * away. Buttons, not `#fragment` links: inside a shadow root a fragment would
 * change the host page's address and find nothing.
 */
import { useWidget } from '../context';

export interface NavItem {
  /** id of the element to move to (a heading with tabIndex -1, or a button). */
  readonly target: string;
  readonly label: string;
}

function moveTo(from: EventTarget | null, id: string): void {
  const root = (from as Node | null)?.getRootNode() as ShadowRoot | Document | undefined;
  const target = root?.getElementById(id);
  if (!target) return;
  // A folded section opens first, or focus would land on nothing visible.
  for (let d = target.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
  target.focus();
  target.scrollIntoView?.({ block: 'start' });
}

export function ResultsNav({ items }: { readonly items: readonly NavItem[] }) {
  const { t } = useWidget();
  return (
    <nav class="sd-toc" aria-labelledby="results-nav-label">
      <p class="sd-toc__label" id="results-nav-label">
        {t('results.navLabel')}
      </p>
      <ul class="sd-toc__list">
        {items.map((item) => (
          <li key={item.target}>
            <button type="button" class="sd-link" onClick={(e) => moveTo(e.currentTarget, item.target)}>
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
