import { MAX_NAME_LENGTH, MAX_TITLE_LENGTH } from '../../shared/model';
import { Field } from '../components/Field';
import { GradingFields } from '../components/GradingFields';
import { MarkingPicker } from '../components/MarkingPicker';
import type { SourceDescription } from './ingest-review';

interface SourceDescriptionFieldsProps {
  value: SourceDescription;
  onChange(value: SourceDescription): void;
}

const FOUND = 'Found in the material';
const NOT_FOUND = 'Not found in the material';

/**
 * The source's title and where it came from, as proposed by the clean-up (empty where nothing was found),
 * and the grading and marking the user gives it. The same fields as the Add source dialog.
 */
export function SourceDescriptionFields({ value, onChange }: SourceDescriptionFieldsProps) {
  const set = <K extends keyof SourceDescription>(key: K, next: SourceDescription[K]) =>
    onChange({ ...value, [key]: next });
  const hint = (text: string) => (text ? FOUND : NOT_FOUND);
  return (
    <>
      <fieldset className="ingest-fields form-grid">
        <legend>Source</legend>
        <div className="form-wide">
          <Field label="Title">
            <input
              required
              maxLength={MAX_TITLE_LENGTH}
              value={value.title}
              onChange={(event) => set('title', event.target.value)}
            />
          </Field>
        </div>
        <Field label="Outlet" hint={hint(value.outlet)}>
          <input
            maxLength={MAX_NAME_LENGTH}
            value={value.outlet}
            placeholder="Newspaper, agency, ministry"
            onChange={(event) => set('outlet', event.target.value)}
          />
        </Field>
        <Field label="Author" hint={hint(value.author)}>
          <input
            maxLength={MAX_NAME_LENGTH}
            value={value.author}
            onChange={(event) => set('author', event.target.value)}
          />
        </Field>
        <div className="form-wide">
          <Field label="URL" hint={hint(value.url)}>
            <input
              type="url"
              value={value.url}
              placeholder="https://"
              onChange={(event) => set('url', event.target.value)}
            />
          </Field>
        </div>
        <Field label="Published" hint={hint(value.publishedAt)}>
          <input
            type="date"
            value={value.publishedAt}
            onChange={(event) => set('publishedAt', event.target.value)}
          />
        </Field>
        <Field
          label="Language"
          hint={value.language ? 'Two-letter code, as detected' : 'Two-letter code, e.g. en, de, fr'}
        >
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
        <legend>Grading and marking</legend>
        <GradingFields
          wide
          value={{ reliability: value.reliability, credibility: value.credibility }}
          onChange={(grading) => onChange({ ...value, ...grading })}
        />
        <div className="form-wide">
          <Field label="Marking">
            <MarkingPicker
              value={value.marking}
              onChange={(marking) => set('marking', marking)}
              label="Source marking"
            />
          </Field>
        </div>
        <div className="form-wide">
          <Field label="Notes" hint="Your own remarks, kept apart from the source's words">
            <textarea rows={2} value={value.notes} onChange={(event) => set('notes', event.target.value)} />
          </Field>
        </div>
      </fieldset>
    </>
  );
}
