import { cloneElement, type ReactElement, useId } from 'react';

interface FieldProps {
  label: string;
  /** One form control; it gets the id the label points at, and the hint as its description. */
  children: ReactElement<{ id?: string; 'aria-describedby'?: string }>;
  hint?: string;
}

/** A labelled form field: the label names the control, the hint describes it, for assistive technology. */
export function Field({ label, children, hint }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {cloneElement(children, { id, ...(hint ? { 'aria-describedby': hintId } : {}) })}
      {hint && (
        <span className="field-hint" id={hintId}>
          {hint}
        </span>
      )}
    </div>
  );
}
