// The popup's boot: asks the service worker for the verdict and the language first (./early.ts: only the browser API
// and message names), then loads the view (./render.tsx: React, components, zod/mini) while the answers travel.
import { askEarly } from './early';
import '../_shared/style.css';
import './style.css';

const early = askEarly();
void import('./render').then((view) => view.render(early));
