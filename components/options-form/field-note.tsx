export type Notice = { tone: 'ok' | 'error'; text: string };

/** A message under a field or a button; an input names it with aria-describedby. */
export function FieldNote({ id, notice, live = false }: { id: string; notice: Notice; live?: boolean }) {
  return (
    <p id={id} className={`note note-${notice.tone}`} role={live ? 'status' : notice.tone === 'error' ? 'alert' : undefined}>
      {notice.text}
    </p>
  );
}
