// The popup's boot. Its first screen is painted by a classic script that runs before this module
// (../popup-first: the stored verdict in plain DOM); this module reads the verdict and asks for the language
// (./early.ts: the browser API and message names only), then, once that first screen is on screen, loads the view
// (./render.tsx: React, components, zod/mini), whose first render replaces it in one commit.
import { firstScreenDone } from '../_shared/first-screen-signal';
import { askEarly } from './early';
import '../_shared/style.css';
import './style.css';

const early = askEarly();
// React's chunk is fetched, parsed and run on this thread: not before the first screen's frame is out.
void firstScreenDone(300).then(() => import('./render')).then((view) => {
  performance.mark('kadun:view-loaded');
  return view.render(early);
});
