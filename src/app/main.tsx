import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n'; // initialises i18next synchronously and sets <html lang dir> before first render
import { App } from './App';
import { openAppDatabase } from './data/db';
import { requestPersistenceOnFirstStart } from './data/persistence';
import { createSyncEngine } from './data/sync';
import './ui/styles/base.css';
import './shell/shell.css';
import './ui/styles/kit.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

// The device database and the sync engine exist before any screen reads them.
createSyncEngine(openAppDatabase());

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

void requestPersistenceOnFirstStart();
