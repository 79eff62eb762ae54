import { useState } from 'react';
import {
  type Credibility,
  DEFAULT_MARKING,
  type Marking,
  type Reliability,
  type Source,
  UNGRADED,
} from '../../shared/model';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { GradingFields } from '../components/GradingFields';
import { MarkingPicker } from '../components/MarkingPicker';
import { store } from '../db';
import { useT } from '../i18n';
import { offerUndo, reportError } from '../state/ui-store';
import { SourceOriginals } from './SourceOriginals';
import { plainFromRichText, richTextFromPlain } from './text-blocks';

interface SourceDialogProps {
  dossierId: string;
  /** The source to edit; absent to add a new one. */
  source?: Source;
  onClose(): void;
}

/** Adds or edits a source: where it came from, how far it can be trusted (A–F, 1–6), its marking and text. */
export function SourceDialog({ dossierId, source, onClose }: SourceDialogProps) {
  const t = useT('dossier');
  const [title, setTitle] = useState(source?.title ?? '');
  const [outlet, setOutlet] = useState(source?.outlet ?? '');
  const [author, setAuthor] = useState(source?.author ?? '');
  const [url, setUrl] = useState(source?.url ?? '');
  const [publishedAt, setPublishedAt] = useState(source?.publishedAt ?? '');
  const [language, setLanguage] = useState(source?.language ?? 'en');
  const [reliability, setReliability] = useState<Reliability>(
    source?.grading.reliability ?? UNGRADED.reliability,
  );
  const [credibility, setCredibility] = useState<Credibility>(
    source?.grading.credibility ?? UNGRADED.credibility,
  );
  const [marking, setMarking] = useState<Marking>(source?.marking ?? DEFAULT_MARKING);
  const originalText = source ? plainFromRichText(source.body) : '';
  const [text, setText] = useState(originalText);
  const [notes, setNotes] = useState(source?.notes ?? '');
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    try {
      const fields = {
        title: title.trim(),
        outlet: outlet.trim(),
        author: author.trim(),
        ...(url.trim() ? { url: url.trim() } : { url: undefined }),
        ...(publishedAt ? { publishedAt } : { publishedAt: undefined }),
        language,
        grading: { reliability, credibility },
        marking,
        notes,
        ...(text !== originalText ? { body: richTextFromPlain(text) } : {}),
      };
      if (source) await store.updateSource(source.id, fields);
      else await store.addSource(dossierId, fields);
      onClose();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={source ? t('editSource') : t('addSource')} onClose={onClose} wide>
      <form
        className="form form-grid"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Field label={t('title')}>
          <input required autoFocus value={title} onChange={(event) => setTitle(event.target.value)} />
        </Field>
        <Field label={t('outlet')}>
          <input
            value={outlet}
            onChange={(event) => setOutlet(event.target.value)}
            placeholder={t('outletPlaceholder')}
          />
        </Field>
        <Field label={t('author')}>
          <input value={author} onChange={(event) => setAuthor(event.target.value)} />
        </Field>
        <Field label={t('url')}>
          <input
            type="url"
            value={url}
            onChange={(event) => setUrl(event.target.value)}
            placeholder="https://"
            dir="ltr"
          />
        </Field>
        <Field label={t('published')}>
          <input type="date" value={publishedAt} onChange={(event) => setPublishedAt(event.target.value)} />
        </Field>
        <Field label={t('language')} hint={t('languageHint')}>
          <input
            value={language}
            maxLength={2}
            onChange={(event) => setLanguage(event.target.value.toLowerCase())}
          />
        </Field>
        <GradingFields
          value={{ reliability, credibility }}
          onChange={(grading) => {
            setReliability(grading.reliability);
            setCredibility(grading.credibility);
          }}
        />
        <Field label={t('marking')}>
          <MarkingPicker value={marking} onChange={setMarking} label={t('sourceMarking')} />
        </Field>
        <div className="form-wide">
          <Field label={t('text')}>
            <textarea rows={8} dir="auto" value={text} onChange={(event) => setText(event.target.value)} />
          </Field>
        </div>
        <div className="form-wide">
          <Field label={t('notes')} hint={t('notesHint')}>
            <textarea rows={3} value={notes} onChange={(event) => setNotes(event.target.value)} />
          </Field>
        </div>
        {source?.originals?.length ? (
          <div className="form-wide">
            <SourceOriginals source={source} />
          </div>
        ) : null}
        <div className="form-actions form-wide">
          {source && (
            <button
              type="button"
              className="button button-danger push-left"
              onClick={async () => {
                try {
                  offerUndo(await store.deleteSource(source.id));
                  onClose();
                } catch (error) {
                  reportError(error);
                }
              }}
            >
              {t('deleteSource')}
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy || !title.trim()}>
            {t('saveSource')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
