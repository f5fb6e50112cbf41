/**
 * One question: a <fieldset> whose <legend> is the question, with radio
 * buttons (single choice, scale) or checkboxes (multiple choice). Inputs sit
 * inside their <label>, so each is named by its text without ids.
 */
import { useId, useRef } from 'preact/hooks';
import type { AnswerValue, QuestionKind } from '../core/questionnaire';
import { toggleOption } from '../core/answers';
import { DONT_KNOW, pickedOptions } from '../core/questionnaire';

export interface FieldOption {
  readonly id: string;
  readonly label: string;
  readonly exclusive?: boolean;
}

interface Props {
  readonly name: string;
  readonly kind: QuestionKind;
  readonly legend: string;
  readonly help?: string | undefined;
  readonly hint?: string | undefined;
  readonly options: readonly FieldOption[];
  /** Label of the "je ne sais pas" option, when the question offers it. */
  readonly dontKnowLabel?: string | undefined;
  /** Text of the button that removes a single-choice answer. */
  readonly clearLabel: string;
  readonly value: AnswerValue | undefined;
  readonly onChange: (value: AnswerValue | null) => void;
}

export function QuestionField({ name, kind, legend, help, hint, options, dontKnowLabel, clearLabel, value, onChange }: Props) {
  const helpId = useId();
  const picked = pickedOptions(value);
  const all = dontKnowLabel ? [...options, { id: DONT_KNOW, label: dontKnowLabel }] : options;
  const multiple = kind === 'multiple';
  const field = useRef<HTMLFieldSetElement>(null);
  return (
    // Focusable from script only: "Retirer ma réponse" removes itself and leaves focus on the question.
    <fieldset class="sd-question" aria-describedby={help ? helpId : undefined} tabIndex={-1} ref={field}>
      <legend class="sd-question__legend">{legend}</legend>
      {hint && <p class="sd-question__hint">{hint}</p>}
      {help && (
        <p class="sd-question__help" id={helpId}>
          {help}
        </p>
      )}
      <div class={`sd-options${kind === 'scale' ? ' sd-options--scale' : ''}`}>
        {all.map((o) => (
          // A class rather than `:has(input:checked)`, which is costly to restyle.
          <label key={o.id} class={`sd-option${o.id === DONT_KNOW ? ' sd-option--dk' : ''}${picked.includes(o.id) ? ' sd-option--checked' : ''}`}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={name}
              value={o.id}
              checked={picked.includes(o.id)}
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                if (!multiple) onChange(o.id);
                else onChange(toggleOption(options, picked, o.id, on));
              }}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {!multiple && picked.length > 0 && (
        // Radios cannot be unticked; this makes "no answer" reachable again.
        <button type="button" class="sd-link sd-question__clear" onClick={() => {
            field.current?.focus();
            onChange(null);
          }}>
          {clearLabel}
          {/* Many such buttons on a step: screen readers hear which question each clears. */}
          <span class="sd-visually-hidden"> : {legend}</span>
        </button>
      )}
    </fieldset>
  );
}
