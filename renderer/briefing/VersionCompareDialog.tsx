import { useMemo } from 'react';
import {
  type BriefingVersion,
  isSameMarking,
  type Marking,
  markingLabel,
  type RichTextDoc,
} from '../../shared/model';
import { Dialog } from '../components/Dialog';
import { useT } from '../i18n';
import { comparableText } from './comparable-text';
import { diffTexts, foldUnchanged, type ShownParagraph } from './text-diff';

interface VersionCompareDialogProps {
  version: BriefingVersion;
  current: { title: string; marking: Marking; content: RichTextDoc };
  onClose(): void;
}

function Paragraph({ paragraph }: { paragraph: ShownParagraph }) {
  const t = useT('briefing');
  if (paragraph.kind === 'gap') {
    return <p className="diff-gap">{t('unchangedParagraphs', { count: paragraph.count })}</p>;
  }
  if (paragraph.kind === 'changed') {
    return (
      <p className="diff-paragraph diff-changed" dir="auto">
        {paragraph.parts.map((part, index) =>
          part.kind === 'added' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: parts never move; the list is rebuilt whole
            <ins key={index}>{part.text}</ins>
          ) : part.kind === 'removed' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: as above
            <del key={index}>{part.text}</del>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: as above
            <span key={index}>{part.text}</span>
          ),
        )}
      </p>
    );
  }
  const text = paragraph.text === '' ? '\u00a0' : paragraph.text;
  if (paragraph.kind === 'added') {
    return (
      <p className="diff-paragraph diff-added" dir="auto">
        <ins>{text}</ins>
      </p>
    );
  }
  if (paragraph.kind === 'removed') {
    return (
      <p className="diff-paragraph diff-removed" dir="auto">
        <del>{text}</del>
      </p>
    );
  }
  return (
    <p className="diff-paragraph" dir="auto">
      {text}
    </p>
  );
}

/** What changed from a saved version to the current text: insertions underlined, deletions struck out. */
export function VersionCompareDialog({ version, current, onClose }: VersionCompareDialogProps) {
  const t = useT('briefing');
  const diff = useMemo(
    () => diffTexts(comparableText(version.content), comparableText(current.content)),
    [version.content, current.content],
  );
  const unchanged =
    diff.wordsAdded === 0 && diff.wordsRemoved === 0 && diff.paragraphs.every((p) => p.kind === 'same');
  return (
    <Dialog title={t('compareTitle', { name: version.name })} onClose={onClose} wide>
      <div className="compare">
        <p className="compare-summary">
          {unchanged
            ? t('compareSame')
            : t('compareSummary', { added: diff.wordsAdded, removed: diff.wordsRemoved })}{' '}
          <span className="compare-legend">
            <ins>{t('legendAdded')}</ins> <del>{t('legendRemoved')}</del>
          </span>
        </p>
        {version.title !== current.title && (
          <p className="compare-field">
            {t('compareTitleField')} <del dir="auto">{version.title}</del>{' '}
            <span className="flip-in-rtl" aria-hidden="true">
              →
            </span>{' '}
            <ins dir="auto">{current.title}</ins>
          </p>
        )}
        {!isSameMarking(version.marking, current.marking) && (
          <p className="compare-field">
            {t('compareMarkingField')} <del>{markingLabel(version.marking)}</del>{' '}
            <span className="flip-in-rtl" aria-hidden="true">
              →
            </span>{' '}
            <ins>{markingLabel(current.marking)}</ins>
          </p>
        )}
        <div className="compare-text">
          {foldUnchanged(diff.paragraphs, 2).map((paragraph, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are shown in order and never reordered
            <Paragraph key={index} paragraph={paragraph} />
          ))}
        </div>
      </div>
    </Dialog>
  );
}
