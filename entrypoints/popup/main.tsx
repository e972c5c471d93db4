import { createRoot } from 'react-dom/client';
import { App } from './app';
import '../_shared/style.css';
import './style.css';

createRoot(document.getElementById('root')!).render(<App />);
