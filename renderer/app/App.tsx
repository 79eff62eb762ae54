import { useEffect } from 'react';
import { BriefingView } from '../briefing/BriefingView';
import { AboutDialog } from '../components/AboutDialog';
import { NoticeBar } from '../components/NoticeBar';
import { ShortcutsDialog } from '../components/ShortcutsDialog';
import { DossierView } from '../dossier/DossierView';
import { LibraryView } from '../library/LibraryView';
import { NewDossierDialog } from '../library/NewDossierDialog';
import { useUiState } from '../state/ui-store';
import { AppHeader } from './AppHeader';
import { useRoute } from './routes';
import { StatusBar } from './StatusBar';

export function App() {
  const theme = useUiState((state) => state.theme);
  const panel = useUiState((state) => state.panel);
  const route = useRoute();

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <div className="app-shell">
      <AppHeader />
      <main className="app-main" id="main">
        {route.view === 'library' && <LibraryView shelf={route.shelf} />}
        {route.view === 'dossier' && <DossierView dossierId={route.dossierId} tab={route.tab} />}
        {route.view === 'briefing' && <BriefingView key={route.briefingId} briefingId={route.briefingId} />}
      </main>
      <NoticeBar />
      <StatusBar />
      {panel === 'about' && <AboutDialog />}
      {panel === 'shortcuts' && <ShortcutsDialog />}
      {panel === 'new-dossier' && <NewDossierDialog />}
    </div>
  );
}
