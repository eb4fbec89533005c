import { createRoot } from 'react-dom/client';
import { App } from './App.js';

// With React 18 this would be the same call; the wrappers work in both.
createRoot(document.getElementById('root') as HTMLElement).render(<App endpoint="/api/mfa" />);
