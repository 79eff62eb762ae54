import { useEffect } from 'react';
import { BriefingView } from '../briefing/BriefingView';
import { AboutDialog } from '../components/AboutDialog';
import { NoticeBar } from '../components/NoticeBar';
import { ShortcutsDialog } from '../components/ShortcutsDialog';
import { DossierView } from '../dossier/DossierView';
import { ExportDialog } from '../export/ExportDialog';
import { IdentityView } from '../identity/IdentityView';
import { LibraryView } from '../library/LibraryView';
import { NewDossierDialog } from '../library/NewDossierDialog';
import { TemplatesView } from '../office-templates/TemplatesView';
import { PrintView } from '../print/PrintView';
import { SearchResults } from '../search/SearchResults';
import { SettingsView } from '../settings/SettingsView';
import { ImportDialog } from '../sharing/ImportDialog';
import { ShareDialog } from '../sharing/ShareDialog';
import { useUiState } from '../state/ui-store';
import { AppHeader } from './AppHeader';
import { useRoute } from './routes';
import { StatusBar } from './StatusBar';

export function App() {
  const theme = useUiState((state) => state.theme);
  const panel = useUiState((state) => state.panel);
  const route = useRoute();
  const search = useUiState((state) => state.search);
  const incoming = useUiState((state) => state.incoming);
  const searching = search.trim().length > 0;

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <div className="app-shell">
      <AppHeader />
      <main className="app-main" id="main">
        {searching && <SearchResults query={search.trim()} />}
        {/* Hidden, not unmounted, while searching: an open briefing keeps its editor and pending saves. */}
        <div hidden={searching}>
          {route.view === 'library' && <LibraryView shelf={route.shelf} />}
          {route.view === 'dossier' && <DossierView dossierId={route.dossierId} tab={route.tab} />}
          {route.view === 'briefing' && <BriefingView key={route.briefingId} briefingId={route.briefingId} />}
          {route.view === 'settings' && <SettingsView />}
          {route.view === 'identity' && <IdentityView />}
          {route.view === 'templates' && <TemplatesView />}
        </div>
      </main>
      <NoticeBar />
      <StatusBar />
      {panel === 'about' && <AboutDialog />}
      {panel === 'shortcuts' && <ShortcutsDialog />}
      {panel === 'new-dossier' && <NewDossierDialog />}
      {panel === 'share' && route.view === 'dossier' && <ShareDialog dossierId={route.dossierId} />}
      {panel === 'import' && incoming && <ImportDialog file={incoming} />}
      {panel === 'export' && route.view === 'briefing' && <ExportDialog briefingId={route.briefingId} />}
      <PrintView />
    </div>
  );
}
