// The popup's view, loaded by its boot (main.tsx) after the first requests are on their way: React, the verdict's
// components and zod/mini. The first render is the verdict itself (an empty "loading" render first would only delay
// it: React runs effects after a paint).
import { createRoot } from 'react-dom/client';
import { App } from './app';
import type { Early } from './early';
import { firstLoad } from './first-load';

export async function render(early: Early): Promise<void> {
  const first = await firstLoad(early);
  createRoot(document.getElementById('root')!).render(<App first={first} />);
}
