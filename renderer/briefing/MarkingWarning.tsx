import {
  checkBriefingMarking,
  isSameMarking,
  type Marking,
  markingLabel,
  type Source,
} from '../../shared/model';
import { currentLanguage, translate, useT } from '../i18n';

interface MarkingWarningProps {
  marking: Marking;
  /** The sources the briefing cites. */
  citedSources: readonly Source[];
  onRaise(marking: Marking): void;
}

function describeSources(sources: readonly Source[], marking: Marking): string {
  const titles = sources
    .filter((source) => isSameMarking(source.marking, marking))
    .map((source) => translate('briefing:quotedTitle', { title: source.title }));
  const shown = new Intl.ListFormat(currentLanguage(), { type: 'unit', style: 'short' }).format(
    titles.slice(0, 2),
  );
  return titles.length > 2 ? translate('briefing:andMore', { shown, count: titles.length - 2 }) : shown;
}

/** Each group of sources with its marking, joined as the language joins a list ("a and b", "a et b"). */
function describeGroups(sources: readonly Source[], markings: readonly Marking[]): string {
  const groups = markings.map((other) =>
    translate('briefing:sourcesMarked', {
      sources: describeSources(sources, other),
      marking: markingLabel(other),
    }),
  );
  return new Intl.ListFormat(currentLanguage(), { type: 'conjunction' }).format(groups);
}

/** Says so, visibly, when the briefing is marked below what it cites or in a scheme that cannot be compared. */
export function MarkingWarning({ marking, citedSources, onRaise }: MarkingWarningProps) {
  const t = useT('briefing');
  const check = checkBriefingMarking(marking, citedSources);
  if (check.status === 'ok') return null;
  const [raiseTo] = check.higher;
  return (
    <div className="marking-warning" role="alert">
      <span className="marking-warning-icon" aria-hidden="true">
        !
      </span>
      <div className="marking-warning-text">
        {check.status === 'under-marked' ? (
          <>
            <strong>{t('underMarkedTitle')}</strong>{' '}
            {t('underMarkedText', {
              marking: markingLabel(marking),
              cited: describeGroups(citedSources, check.higher),
            })}
          </>
        ) : (
          <>
            <strong>{t('incomparableTitle')}</strong>{' '}
            {t('incomparableText', {
              marking: markingLabel(marking),
              cited: describeGroups(citedSources, check.incomparable),
            })}
          </>
        )}
      </div>
      {check.status === 'under-marked' && raiseTo && check.higher.length === 1 && (
        <button type="button" className="button" onClick={() => onRaise(raiseTo)}>
          {t('raiseTo', { marking: markingLabel(raiseTo) })}
        </button>
      )}
    </div>
  );
}
