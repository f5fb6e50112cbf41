/**
 * Adds the wording a late module brings (its French; other languages'
 * files already hold theirs) to the widget's i18next instance, before the
 * module's screens render, so no key is ever shown missing. Adding again
 * changes nothing (i18next merges without overwriting).
 */
import type { WidgetContextValue } from '../context';

type Wording = Readonly<Record<string, Readonly<Record<string, Record<string, unknown>>>>>;

export function addModuleWording<T extends { readonly wording: Wording }>(widget: Pick<WidgetContextValue, 'addWording'>, module: T): T {
  for (const [lng, namespaces] of Object.entries(module.wording)) {
    for (const [ns, resources] of Object.entries(namespaces)) widget.addWording(lng as WidgetContextValue['lng'], ns, resources);
  }
  return module;
}
