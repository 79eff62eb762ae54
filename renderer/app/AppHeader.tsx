import { CommandButton } from '../components/CommandButton';
import { useT } from '../i18n';
import { dispatch, useUiState } from '../state/ui-store';

export function AppHeader() {
  const t = useT('app');
  const query = useUiState((state) => state.search);
  return (
    <header className="app-header">
      <div className="app-brand">
        <span className="app-brand-mark" aria-hidden="true">
          DD
        </span>
        <span className="app-brand-name">{t('appName')}</span>
      </div>
      <div className="app-search">
        <input
          type="search"
          aria-label={t('search')}
          placeholder={t('searchPlaceholder')}
          data-command-target="search"
          value={query}
          onChange={(event) => dispatch({ type: 'search/set', query: event.target.value })}
          onKeyDown={(event) => event.key === 'Escape' && dispatch({ type: 'search/set', query: '' })}
        />
      </div>
      <nav className="app-actions" aria-label={t('libraryActions')}>
        <CommandButton commandId="dossier.import" />
        <CommandButton commandId="dossier.new" primary />
        <CommandButton commandId="app.shortcuts" iconOnly icon="?" />
        <CommandButton commandId="app.toggle-theme" iconOnly icon="◐" />
        <CommandButton commandId="app.settings" iconOnly icon="⚙" />
      </nav>
    </header>
  );
}
