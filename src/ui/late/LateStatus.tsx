/**
 * What a screen whose code comes later shows until it is in: a status line
 * while it loads; if it cannot be loaded, why (nothing answered is lost) and
 * a button to try again, the main action there.
 */
export function LateStatus(props: { readonly failed: boolean; readonly loading: string; readonly failure: string; readonly retry: string; readonly onRetry: () => void }) {
  if (!props.failed) return <p role="status">{props.loading}</p>;
  return (
    <div role="alert">
      <p>{props.failure}</p>
      <button type="button" class="sd-button" onClick={props.onRetry}>
        {props.retry}
      </button>
    </div>
  );
}
