import { useState } from 'react';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { normalizeLinkHref } from './link-href';

interface LinkDialogProps {
  /** The link where the cursor is, to edit or remove. */
  currentHref: string | undefined;
  /** Whether text is selected; without it the dialog asks for the text to show. */
  hasSelection: boolean;
  onApply(href: string, text: string | undefined): void;
  onRemove(): void;
  onClose(): void;
}

/** Adds, changes or removes a link. Only http, https and mailto links are accepted. */
export function LinkDialog({ currentHref, hasSelection, onApply, onRemove, onClose }: LinkDialogProps) {
  const [address, setAddress] = useState(currentHref ?? '');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const asksForText = !hasSelection && !currentHref;
  return (
    <Dialog title={currentHref ? 'Edit link' : 'Add link'} onClose={onClose}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          const result = normalizeLinkHref(address);
          if (!result.ok) {
            setError(result.message);
            return;
          }
          onApply(result.href, asksForText ? text.trim() || result.href : undefined);
        }}
      >
        <Field label="Address" hint="A web page (https://…) or an e-mail address.">
          <input
            autoFocus
            value={address}
            placeholder="https://"
            aria-invalid={error ? true : undefined}
            onChange={(event) => {
              setAddress(event.target.value);
              setError(null);
            }}
          />
        </Field>
        {asksForText && (
          <Field label="Text to show">
            <input
              value={text}
              placeholder="The address itself"
              onChange={(event) => setText(event.target.value)}
            />
          </Field>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="form-actions">
          {currentHref && (
            <button type="button" className="button button-danger push-left" onClick={onRemove}>
              Remove link
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary">
            {currentHref ? 'Update link' : 'Add link'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
