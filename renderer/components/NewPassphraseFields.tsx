import { Field } from './Field';

interface NewPassphraseFieldsProps {
  labels: { passphrase: string; hint?: string; again: string; differ: string };
  passphrase: string;
  repeat: string;
  onPassphrase(value: string): void;
  onRepeat(value: string): void;
}

/** A new passphrase typed twice, saying so once the second differs (sharing, a key's backup). */
export function NewPassphraseFields({
  labels,
  passphrase,
  repeat,
  onPassphrase,
  onRepeat,
}: NewPassphraseFieldsProps) {
  return (
    <>
      <Field label={labels.passphrase} {...(labels.hint ? { hint: labels.hint } : {})}>
        <input
          type="password"
          autoComplete="new-password"
          value={passphrase}
          onChange={(event) => onPassphrase(event.target.value)}
        />
      </Field>
      <Field label={labels.again}>
        <input
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(event) => onRepeat(event.target.value)}
        />
      </Field>
      {repeat && passphrase !== repeat && (
        <p role="alert" className="form-error">
          {labels.differ}
        </p>
      )}
    </>
  );
}
