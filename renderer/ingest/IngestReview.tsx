import { useEffect, useState } from 'react';
import { datesOfBlocks } from '../../shared/ingest';
import type { IngestResult } from '../../shared/ingest/material';
import type { PagePictures } from '../../shared/ingest/readers';
import type { Entity } from '../../shared/model';
import { useStillShown } from '../components/use-still-shown';
import { store } from '../db';
import type { IngestedOriginal } from '../db/dossier-store';
import { translate, useT } from '../i18n';
import { describeError } from '../i18n/describe-error';
import { dispatch } from '../state/ui-store';
import { BlockPreview } from './BlockPreview';
import { DateSuggestions } from './DateSuggestions';
import { EntitySuggestions } from './EntitySuggestions';
import {
  dateChoices,
  describeSource,
  entityChoices,
  ingestedSourceFields,
  initiallyKept,
  refreshedDateChoices,
  toggled,
} from './ingest-review';
import { KeptOriginal } from './KeptOriginal';
import { SourceDescriptionFields } from './SourceDescriptionFields';

interface IngestReviewProps {
  dossierId: string;
  /** What the material was called (file name, "the pasted text"), for the summary line. */
  label: string;
  result: IngestResult;
  /** The file (and a saved page's pictures) kept with the source as it was read; none for a paste. */
  originals?: readonly IngestedOriginal[];
  pictures?: PagePictures;
  /** The dossier's entities when the material was read, to link suggestions to. */
  entities: readonly Entity[];
  onStartOver(): void;
  onCancel(): void;
  onSaved(): void;
}

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** The review step: the cleaned-up preview beside the source's description, suggestions and grading. */
export function IngestReview({
  dossierId,
  label,
  result,
  originals = [],
  pictures,
  entities,
  onStartOver,
  onCancel,
  onSaved,
}: IngestReviewProps) {
  const t = useT('ingest');
  const [description, setDescription] = useState(() => describeSource(result));
  const [kept, setKept] = useState(() => initiallyKept(result.blocks));
  const [entityList, setEntityList] = useState(() => entityChoices(result.entities, entities));
  const [dateList, setDateList] = useState(() => dateChoices(result.dates));
  const [error, setError] = useState('');

  // Relative dates ("in October", "two months ago") hang on the published date and on the blocks kept:
  // when the user corrects one or the other, they are resolved again.
  const { publishedAt } = description;
  useEffect(() => {
    const suggestions = datesOfBlocks(result.blocks, (block) => kept.has(block.index), publishedAt);
    setDateList((current) => refreshedDateChoices(current, suggestions));
  }, [result.blocks, kept, publishedAt]);
  const [busy, setBusy] = useState(false);
  const shown = useStillShown();

  const save = async () => {
    if (busy) return;
    if (kept.size === 0) {
      setError(t('everyBlockDropped'));
      return;
    }
    setBusy(true);
    setError('');
    try {
      const fields = ingestedSourceFields(result, description, kept, entityList, dateList);
      const saved = await store.addIngestedSource(dossierId, { ...fields, originals });
      dispatch({
        type: 'notice/show',
        tone: 'info',
        text: translate('ingest:sourceAdded', {
          title: saved.source.title,
          entities: saved.entities.length,
          events: saved.events.length,
        }),
      });
      // Closed while saving: the source is stored and said so; closing again could close another dialog.
      if (shown.current) onSaved();
    } catch (failure) {
      setError(describeError(failure));
      setBusy(false);
    }
  };

  return (
    <form
      className="ingest-review"
      aria-label={t('reviewLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          // Ctrl+Enter saves like the button, with the form's own checks (title, language) first.
          event.currentTarget.requestSubmit();
        }
      }}
    >
      <p className="ingest-summary muted">
        {t('summary', {
          label,
          blocks: result.blocks.length,
          names: result.entities.length,
          dates: result.dates.length,
        })}
      </p>
      <KeptOriginal originals={originals} pictures={pictures} />
      <div className="ingest-columns">
        <BlockPreview
          blocks={result.blocks}
          kept={kept}
          onToggle={(index) => setKept((current) => toggled(current, index))}
        />
        <div className="ingest-side">
          <SourceDescriptionFields value={description} onChange={setDescription} />
          <EntitySuggestions
            choices={entityList}
            onChange={(index, choice) =>
              setEntityList((current) => current.map((item, at) => (at === index ? choice : item)))
            }
            onAcceptAll={(accepted) =>
              setEntityList((current) => current.map((item) => ({ ...item, accepted })))
            }
          />
          <DateSuggestions
            choices={dateList}
            onChange={(index, choice) =>
              setDateList((current) => current.map((item, at) => (at === index ? choice : item)))
            }
          />
        </div>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions ingest-actions">
        <button type="button" className="button push-left" onClick={onStartOver}>
          {t('startOver')}
        </button>
        <span className="muted ingest-keys">
          <kbd dir="ltr">{isMac ? '⌘+Enter' : 'Ctrl+Enter'}</kbd> {t('keySaves')} · <kbd dir="ltr">Esc</kbd>{' '}
          {t('keyCancels')}
        </span>
        <button type="button" className="button" onClick={onCancel}>
          {t('cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy || !description.title.trim()}>
          {t('saveSource')}
        </button>
      </div>
    </form>
  );
}
