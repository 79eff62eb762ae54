import { useEffect } from 'react';
import { AboutDialog } from '../components/AboutDialog';
import { NoticeBar } from '../components/NoticeBar';
import { ShortcutsDialog } from '../components/ShortcutsDialog';
import { LibraryView } from '../library/LibraryView';
import { useUiState } from '../state/ui-store';
import { AppHeader } from './AppHeader';
import { StatusBar } from './StatusBar';

export function App() {
  const theme = useUiState((state) => state.theme);
  const panel = useUiState((state) => state.panel);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <div className="app-shell">
      <AppHeader />
      <main className="app-main" id="main">
        <LibraryView />
      </main>
      <NoticeBar />
      <StatusBar />
      {panel === 'about' && <AboutDialog />}
      {panel === 'shortcuts' && <ShortcutsDialog />}
    </div>
  );
}
