/**
 * Entry of the late results screens. It may run in its own script
 * (`results.js`, beside `embed.js`) with its own copy of the view modules,
 * so it provides the widget's context value again for its own copy of the
 * context, now with the whole content (`fullContent`), and adds its
 * styles; Preact itself is the embed's (see `../late/runtime.ts`).
 */
import { useMemo } from 'preact/hooks';
import { fullContent } from '../common/fullContent';
import { WidgetContext, type WidgetContextValue } from '../context';
import { useOwnStyles } from '../late/useOwnStyles';
import css from './results.css?inline';
import { Results } from '../Results';
import { SharedView } from '../SharedView';

const PARTS = { results: Results, shared: SharedView };

/** Which screen: one's own results, or the results of a share link. */
export type ResultsPart = keyof typeof PARTS;

export function ResultsScreen({ widget, part }: { readonly widget: WidgetContextValue; readonly part: ResultsPart }) {
  const Part = PARTS[part];
  const late = useMemo(() => ({ ...widget, content: fullContent(widget.content, widget.partnerContent) }), [widget]);
  const ref = useOwnStyles<HTMLDivElement>(css, widget.nonce);
  return (
    <WidgetContext.Provider value={late}>
      <div ref={ref}>
        <Part />
      </div>
    </WidgetContext.Provider>
  );
}
