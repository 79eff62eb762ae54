import { MAX_NAME_LENGTH, MAX_TITLE_LENGTH } from '../../shared/model';
import { Field } from '../components/Field';
import { GradingFields } from '../components/GradingFields';
import { MarkingPicker } from '../components/MarkingPicker';
import { useT } from '../i18n';
import type { SourceDescription } from './ingest-review';

interface SourceDescriptionFieldsProps {
  value: SourceDescription;
  onChange(value: SourceDescription): void;
}

/**
 * The source's title and where it came from, as proposed by the clean-up (empty where nothing was found),
 * and the grading and marking the user gives it. The same fields as the Add source dialog.
 */
export function SourceDescriptionFields({ value, onChange }: SourceDescriptionFieldsProps) {
  const set = <K extends keyof SourceDescription>(key: K, next: SourceDescription[K]) =>
    onChange({ ...value, [key]: next });
  const t = useT('ingest');
  const td = useT('dossier');
  const hint = (text: string) => (text ? t('found') : t('notFound'));
  return (
    <>
      <fieldset className="ingest-fields form-grid">
        <legend>{t('sourceLegend')}</legend>
        <div className="form-wide">
          <Field label={td('title')}>
            <input
              required
              maxLength={MAX_TITLE_LENGTH}
              value={value.title}
              onChange={(event) => set('title', event.target.value)}
            />
          </Field>
        </div>
        <Field label={td('outlet')} hint={hint(value.outlet)}>
          <input
            maxLength={MAX_NAME_LENGTH}
            value={value.outlet}
            placeholder={td('outletPlaceholder')}
            onChange={(event) => set('outlet', event.target.value)}
          />
        </Field>
        <Field label={td('author')} hint={hint(value.author)}>
          <input
            maxLength={MAX_NAME_LENGTH}
            value={value.author}
            onChange={(event) => set('author', event.target.value)}
          />
        </Field>
        <div className="form-wide">
          <Field label={td('url')} hint={hint(value.url)}>
            <input
              type="url"
              value={value.url}
              placeholder="https://"
              dir="ltr"
              onChange={(event) => set('url', event.target.value)}
            />
          </Field>
        </div>
        <Field label={td('published')} hint={hint(value.publishedAt)}>
          <input
            type="date"
            value={value.publishedAt}
            onChange={(event) => set('publishedAt', event.target.value)}
          />
        </Field>
        <Field label={td('language')} hint={value.language ? t('languageDetected') : td('languageHint')}>
          <input
            required
            value={value.language}
            maxLength={2}
            pattern="[a-z]{2}"
            onChange={(event) => set('language', event.target.value.toLowerCase())}
          />
        </Field>
      </fieldset>
      <fieldset className="ingest-fields form-grid">
        <legend>{t('gradingLegend')}</legend>
        <GradingFields
          wide
          value={{ reliability: value.reliability, credibility: value.credibility }}
          onChange={(grading) => onChange({ ...value, ...grading })}
        />
        <div className="form-wide">
          <Field label={td('marking')}>
            <MarkingPicker
              value={value.marking}
              onChange={(marking) => set('marking', marking)}
              label={td('sourceMarking')}
            />
          </Field>
        </div>
        <div className="form-wide">
          <Field label={td('notes')} hint={td('notesHint')}>
            <textarea rows={2} value={value.notes} onChange={(event) => set('notes', event.target.value)} />
          </Field>
        </div>
      </fieldset>
    </>
  );
}
