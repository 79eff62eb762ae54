import { translate, useT } from '../i18n';
import { formatTime } from '../i18n/format';
import type { SaveState } from './autosave';

/** The words the save status shows; the exact phrases are part of the product. */
export function describeSaveState(state: SaveState): {
  text: string;
  tone: 'ok' | 'busy' | 'error';
  detail?: string;
} {
  switch (state.kind) {
    case 'opening':
      return { text: translate('briefing:saveOpening'), tone: 'busy' };
    case 'saved':
      return {
        text: translate('briefing:saved'),
        tone: 'ok',
        detail: translate('briefing:savedAt', { time: formatTime(state.at) }),
      };
    case 'pending':
    case 'saving':
      return { text: translate('briefing:saving'), tone: 'busy' };
    case 'retrying':
      return state.reason === 'disk-full'
        ? { text: translate('briefing:notSavedDiskFull'), tone: 'error', detail: state.message }
        : { text: translate('briefing:notSavedRetrying'), tone: 'error', detail: state.message };
    case 'failed':
      return { text: translate('briefing:notSaved'), tone: 'error', detail: state.message };
    case 'missing':
      return { text: translate('briefing:notSavedMissing'), tone: 'error' };
  }
}

/** Whether the text is safely stored, said in words beside the title. */
export function SaveStatus({ state }: { state: SaveState }) {
  useT('briefing'); // re-renders the words when the language changes
  const { text, tone, detail } = describeSaveState(state);
  return (
    <span className={`save-status save-status-${tone}`} role="status" title={detail}>
      <span className="save-status-dot" aria-hidden="true" />
      {text}
    </span>
  );
}
