// The one capped stream reader: stops (and cancels the download) as soon as the body grows past the cap, and gives
// up when `stop` settles first — not every fetch implementation errors a body stream that is aborted mid-way.

export type CappedBody = { bytes: Uint8Array } | { fail: 'too-large' | 'stopped' };

export async function readCapped(res: Response, maxBytes: number, stop: Promise<unknown>): Promise<CappedBody> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    void res.body?.cancel().catch(() => undefined);
    return { fail: 'too-large' };
  }
  if (!res.body) return { bytes: new Uint8Array(0) };
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const stopped = stop.then(() => 'stopped' as const);
  for (;;) {
    const next = reader.read();
    next.catch(() => undefined);
    const r = await Promise.race([next, stopped]);
    if (r === 'stopped' || (!r.done && (total += r.value.byteLength) > maxBytes)) {
      void reader.cancel().catch(() => undefined);
      return { fail: r === 'stopped' ? 'stopped' : 'too-large' };
    }
    if (r.done) break;
    chunks.push(r.value);
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return { bytes: all };
}
