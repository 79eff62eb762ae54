import { describe, expect, it } from 'vitest';
import { exportMarkingQuestion } from '../../../../renderer/export/export-marking';
import { fixtureDossier } from '../../shared/export/support/fixture-dossier';

function firstBriefing(document: ReturnType<typeof fixtureDossier>) {
  const [briefing] = document.briefings;
  if (!briefing) throw new Error('the fixture has a briefing');
  return briefing;
}

describe('the question Export to Word asks about the marking', () => {
  it('names the other scheme’s marking when the sources cannot be compared with the briefing', () => {
    // The dialog once built its own sentence from the sources marked higher only, and a briefing in another
    // scheme than its sources read "cites sources marked ." with nothing named.
    const document = fixtureDossier({ marking: { scheme: 'uk', level: 'official' } });
    const question = exportMarkingQuestion(document, firstBriefing(document));
    expect(question?.message).toBe(
      'The briefing is marked OFFICIAL but cites sources marked TLP:AMBER, which cannot be compared with it; check its marking before sharing it.',
    );
    expect(question?.confirmLabel).toBe('Export anyway');
  });

  it('names the higher marking when the briefing is marked below a source', () => {
    const document = fixtureDossier({ marking: { scheme: 'tlp', level: 'green' } });
    expect(exportMarkingQuestion(document, firstBriefing(document))?.message).toMatch(
      /marked TLP:GREEN but cites sources marked TLP:AMBER/,
    );
  });

  it('asks nothing when the briefing is marked as high as what it cites', () => {
    const document = fixtureDossier();
    expect(exportMarkingQuestion(document, firstBriefing(document))).toBeNull();
  });
});
