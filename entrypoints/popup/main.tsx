import { createRoot } from 'react-dom/client';
import { App } from './app';
import { firstLoad } from './first-load';
import '../_shared/style.css';
import './style.css';

// The verdict and the language are asked for before React renders anything; the first render is the verdict itself
// (an empty "loading" render first would only delay it: React runs effects after a paint).
void firstLoad().then((first) => createRoot(document.getElementById('root')!).render(<App first={first} />));
