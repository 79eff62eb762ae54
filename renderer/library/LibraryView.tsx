import { EmptyLibrary } from './EmptyLibrary';

/** All dossiers. Until the dossier store lands the library is always empty. */
export function LibraryView() {
  return (
    <section className="library" aria-labelledby="library-title">
      <header className="library-header">
        <h1 id="library-title">Library</h1>
      </header>
      <EmptyLibrary />
    </section>
  );
}
