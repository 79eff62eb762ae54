import { useState } from 'react';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { useT } from '../i18n';
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
  const t = useT('editor');
  const [address, setAddress] = useState(currentHref ?? '');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const asksForText = !hasSelection && !currentHref;
  return (
    <Dialog title={currentHref ? t('editLink') : t('addLink')} onClose={onClose}>
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
        <Field label={t('address')} hint={t('addressHint')}>
          <input
            autoFocus
            value={address}
            placeholder="https://"
            dir="ltr"
            aria-invalid={error ? true : undefined}
            onChange={(event) => {
              setAddress(event.target.value);
              setError(null);
            }}
          />
        </Field>
        {asksForText && (
          <Field label={t('textToShow')}>
            <input
              value={text}
              placeholder={t('textToShowPlaceholder')}
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
              {t('removeLink')}
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {currentHref ? t('updateLink') : t('addLink')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
