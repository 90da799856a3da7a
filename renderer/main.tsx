// First, so that the parsing worker starts before React, Cytoscape and the export libraries are evaluated: the seed
// documents are read on the other core meanwhile (see worker/client.ts).
import './worker/client';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
