import { absoluteTime, excerpt, relativeTime } from '../lib/format';
import type { GetMessage } from '../lib/i18n';
import type { Signal } from '../lib/schema/records';
import { SITE_NAMES } from '../lib/sites/names';

interface SignalItemProps {
  signal: Signal;
  t: GetMessage;
  language: string;
  now: Date;
  /** Cut the text to this many characters; the whole text when absent. */
  excerptLength?: number;
  highlighted?: boolean;
}

/** One clipped signal. Post text is untrusted: it is only ever rendered as text. */
export function SignalItem({
  signal,
  t,
  language,
  now,
  excerptLength,
  highlighted,
}: SignalItemProps) {
  const { source } = signal;
  const author = source.authorName ?? source.authorHandle;
  const shownTime = source.postedAt ?? signal.clippedAt;
  return (
    <article
      class={highlighted ? 'signal signal--highlighted' : 'signal'}
      data-signal-id={signal.id}
      aria-current={highlighted ? 'true' : undefined}
    >
      <header class="signal__meta">
        <span class={`site site--${source.site}`}>{SITE_NAMES[source.site]}</span>
        <span class="signal__author">
          {author ?? t('unknownAuthor')}
          {source.authorHandle && source.authorName ? (
            <span class="signal__handle"> @{source.authorHandle}</span>
          ) : null}
        </span>
        <time
          class="signal__time"
          dateTime={shownTime}
          title={`${source.postedAt ? t('postedLabel') : t('clippedLabel')}: ${absoluteTime(shownTime, language)}`}
        >
          {relativeTime(shownTime, now, language)}
        </time>
      </header>
      <p class="signal__text">
        {excerptLength === undefined ? signal.text : excerpt(signal.text, excerptLength)}
      </p>
      {signal.places && signal.places.length > 0 ? (
        <p class="signal__places">
          <span class="signal__label">{t('placesLabel')}:</span>{' '}
          {signal.places.map((place) => place.name).join(' · ')}
        </p>
      ) : null}
      <a class="signal__link" href={source.url} target="_blank" rel="noopener noreferrer">
        {t('viewOriginal')}
      </a>
    </article>
  );
}
