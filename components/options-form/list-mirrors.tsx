// Which mirror answered the last time the list was checked, and how each mirror fared, in plain words: a readable
// name (GitHub, jsDelivr, Gitee) with the URL and the updater's own text under a disclosure for whoever helps.
import { mirrorFailureText, t, type Locale } from '../../lib/i18n';
import { mirrorName } from '../../lib/core/list-mirrors';
import type { ResponseOf } from '../../lib/messaging/contracts';

type Status = ResponseOf<'list/status'>;

function Details({ locale, label, text }: { locale: Locale; label: 'list-mirror.url' | 'list-error.details'; text: string }) {
  return <details className="tech-details"><summary>{t(locale, label)}</summary><code>{text}</code></details>;
}

export function MirrorRows({ locale, status, when }: { locale: Locale; status: Status; when: (ms: number | null) => string }) {
  const attempts = status.attempts ?? [];
  const answered = status.mirror ? attempts.find((a) => a.ok && a.url === status.mirror) : undefined;
  return (
    <>
      <dt>{t(locale, 'list-mirror.source')}</dt>
      <dd data-field="mirror" data-mirror={status.mirror ? mirrorName(status.mirror) : undefined}>
        {status.mirror && status.lastSuccessAt ? (
          <>
            {t(locale, 'list-mirror.answered', { name: mirrorName(status.mirror), when: when(status.lastSuccessAt) })}
            {answered?.via && <>{'（'}{t(locale, `list-mirror.via.${answered.via}`)}{'）'}</>}
            <Details locale={locale} label="list-mirror.url" text={status.mirror} />
          </>
        ) : t(locale, 'options.list.none')}
      </dd>
      {attempts.length > 0 && (
        <>
          <dt>{t(locale, 'list-mirror.attempts')}</dt>
          <dd data-field="attempts">
            <ul className="mirror-attempts">
              {attempts.map((a) => (
                <li key={a.url} data-mirror={mirrorName(a.url)} data-ok={String(a.ok)}>
                  {mirrorName(a.url)}{'：'}{a.ok ? t(locale, 'list-mirror.ok') : mirrorFailureText(locale, a.reason ?? '').text}
                  <Details locale={locale} label="list-error.details" text={`${a.url}${a.reason ? ` — ${a.reason}` : ''}`} />
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </>
  );
}
