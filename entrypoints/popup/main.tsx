// The popup's boot: reads the tab's verdict from storage.session and asks for the language (./early.ts: the browser
// API, message names and the first screen's few texts), paints the first screen in plain DOM (./first-paint.ts), and
// only once that is on screen loads the view (./render.tsx: React, components, zod/mini), which replaces it in one
// commit.
import { askEarly } from './early';
import { paintCarriedRest, paintFirst } from './first-paint';
import { FIRST_PAINTED } from './paint-clock';
import '../_shared/style.css';
import './style.css';

const early = askEarly();
// popup-first.js (entrypoints/popup-first/) has painted the first frame the popup's URL carries: wait for its pixels
// only, and meanwhile draw the rest of its cards from storage (not awaited: React's view is not held back for them).
const carried = (globalThis as unknown as Record<string, Promise<void> | undefined>)[FIRST_PAINTED];
if (carried) void paintCarriedRest(early).catch(() => undefined);
const first = carried ?? paintFirst(early);
void first.catch(() => undefined).then(() => import('./render')).then((view) => {
  performance.mark('kadun:view-loaded');
  return view.render(early);
});
