import { describe, expect, it } from 'vitest';
import { reduceUi, type UiState } from '../../../renderer/state/ui-store';

const initial: UiState = { theme: 'light', panel: 'none', notice: null, search: '', incoming: null };

describe('the UI store', () => {
  it('toggles between light and dark themes', () => {
    const dark = reduceUi(initial, { type: 'theme/toggle' });
    expect(dark.theme).toBe('dark');
    expect(reduceUi(dark, { type: 'theme/toggle' }).theme).toBe('light');
  });

  it('opens and closes one panel at a time', () => {
    const about = reduceUi(initial, { type: 'panel/open', panel: 'about' });
    expect(reduceUi(about, { type: 'panel/open', panel: 'shortcuts' }).panel).toBe('shortcuts');
    expect(reduceUi(about, { type: 'panel/close' }).panel).toBe('none');
  });

  it('lets work that ends late close only its own panel, never one the user opened meanwhile', () => {
    const share = reduceUi(initial, { type: 'panel/open', panel: 'share' });
    const about = reduceUi(share, { type: 'panel/open', panel: 'about' });
    expect(reduceUi(about, { type: 'panel/close', panel: 'share' }).panel).toBe('about');
    expect(reduceUi(share, { type: 'panel/close', panel: 'share' }).panel).toBe('none');
  });

  it('shows a new notice each time, even with the same text, and dismisses it', () => {
    const first = reduceUi(initial, { type: 'notice/show', tone: 'error', text: 'Disk full' });
    const second = reduceUi(first, { type: 'notice/show', tone: 'error', text: 'Disk full' });
    expect(second.notice?.id).not.toBe(first.notice?.id);
    expect(reduceUi(second, { type: 'notice/dismiss' }).notice).toBeNull();
  });
});
