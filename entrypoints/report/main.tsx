import { createRoot } from 'react-dom/client';
import { App } from './app';
// Both languages at once: the page may switch language once the person's setting arrives (only the popup loads
// just its own language, lib/i18n loadLocale).
import '../../lib/i18n/all';
import '../_shared/style.css';
import './style.css';

createRoot(document.getElementById('root')!).render(<App />);
