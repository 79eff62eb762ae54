import { useMemo } from 'react';
import {
  type BriefingVersion,
  isSameMarking,
  type Marking,
  markingLabel,
  type RichTextDoc,
} from '../../shared/model';
import { Dialog } from '../components/Dialog';
import { comparableText } from './comparable-text';
import { diffTexts, foldUnchanged, type ShownParagraph } from './text-diff';

interface VersionCompareDialogProps {
  version: BriefingVersion;
  current: { title: string; marking: Marking; content: RichTextDoc };
  onClose(): void;
}

function Paragraph({ paragraph }: { paragraph: ShownParagraph }) {
  if (paragraph.kind === 'gap') {
    return (
      <p className="diff-gap">
        {paragraph.count} unchanged {paragraph.count === 1 ? 'paragraph' : 'paragraphs'}
      </p>
    );
  }
  if (paragraph.kind === 'changed') {
    return (
      <p className="diff-paragraph diff-changed">
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
      <p className="diff-paragraph diff-added">
        <ins>{text}</ins>
      </p>
    );
  }
  if (paragraph.kind === 'removed') {
    return (
      <p className="diff-paragraph diff-removed">
        <del>{text}</del>
      </p>
    );
  }
  return <p className="diff-paragraph">{text}</p>;
}

/** What changed from a saved version to the current text: insertions underlined, deletions struck out. */
export function VersionCompareDialog({ version, current, onClose }: VersionCompareDialogProps) {
  const diff = useMemo(
    () => diffTexts(comparableText(version.content), comparableText(current.content)),
    [version.content, current.content],
  );
  const unchanged =
    diff.wordsAdded === 0 && diff.wordsRemoved === 0 && diff.paragraphs.every((p) => p.kind === 'same');
  return (
    <Dialog title={`Compare “${version.name}” with the current text`} onClose={onClose} wide>
      <div className="compare">
        <p className="compare-summary">
          {unchanged
            ? 'The text is the same as in this version.'
            : `Since this version: ${diff.wordsAdded} ${diff.wordsAdded === 1 ? 'word' : 'words'} added, ${diff.wordsRemoved} removed.`}{' '}
          <span className="compare-legend">
            <ins>added</ins> <del>removed</del>
          </span>
        </p>
        {version.title !== current.title && (
          <p className="compare-field">
            Title: <del>{version.title}</del> → <ins>{current.title}</ins>
          </p>
        )}
        {!isSameMarking(version.marking, current.marking) && (
          <p className="compare-field">
            Marking: <del>{markingLabel(version.marking)}</del> → <ins>{markingLabel(current.marking)}</ins>
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
