import type { SaveState } from './autosave';

/** The words the save status shows; the exact phrases are part of the product. */
export function describeSaveState(state: SaveState): {
  text: string;
  tone: 'ok' | 'busy' | 'error';
  detail?: string;
} {
  switch (state.kind) {
    case 'opening':
      return { text: 'Opening…', tone: 'busy' };
    case 'saved':
      return { text: 'Saved', tone: 'ok', detail: `Saved at ${new Date(state.at).toLocaleTimeString()}` };
    case 'pending':
    case 'saving':
      return { text: 'Saving…', tone: 'busy' };
    case 'retrying':
      return state.reason === 'disk-full'
        ? { text: 'Not saved — disk full, retrying', tone: 'error', detail: state.message }
        : { text: 'Not saved — retrying', tone: 'error', detail: state.message };
    case 'failed':
      return { text: 'Not saved', tone: 'error', detail: state.message };
    case 'missing':
      return { text: 'Not saved — the briefing no longer exists', tone: 'error' };
  }
}

/** Whether the text is safely stored, said in words beside the title. */
export function SaveStatus({ state }: { state: SaveState }) {
  const { text, tone, detail } = describeSaveState(state);
  return (
    <span className={`save-status save-status-${tone}`} role="status" title={detail}>
      <span className="save-status-dot" aria-hidden="true" />
      {text}
    </span>
  );
}
