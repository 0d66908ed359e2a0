import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';

// The page only works inside the app, where the preload provides window.boligplan.
const hasBridge = typeof window.boligplan === 'object' && window.boligplan !== null;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {hasBridge ? (
      <App />
    ) : (
      <main id="app" data-app-state="error" className="no-bridge">
        <h1>Boligplan</h1>
        <p role="alert">
          Boligplan må startes som skrivebordsprogram (npm start). Siden kan ikke åpnes i en vanlig
          nettleser.
        </p>
      </main>
    )}
  </StrictMode>,
);
