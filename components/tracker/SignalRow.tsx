import { excerpt, relativeTime } from '../../lib/format';
import type { Signal } from '../../lib/schema/records';
import { SITE_NAMES } from '../../lib/sites/names';
import { useTracker } from './context';
import { signalCategoryLabel, signalPlaceLabel, TRIAGE_MESSAGES } from './labels';

interface SignalRowProps {
  signal: Signal | undefined;
  index: number;
  selected: boolean;
  active: boolean;
  open: boolean;
  initiativeTitle?: string;
  onToggle(index: number, range: boolean): void;
  onOpen(index: number): void;
}

/** One signal in the inbox: compact, fixed height, text only (post text is never HTML). */
export function SignalRow({
  signal,
  index,
  selected,
  active,
  open,
  initiativeTitle,
  onToggle,
  onOpen,
}: SignalRowProps) {
  const { t, language, municipalities, now } = useTracker();
  if (!signal) return <div class="row row--loading" aria-hidden="true" />;
  const author = signal.source.authorName ?? signal.source.authorHandle ?? t('unknownAuthor');
  const place = signalPlaceLabel(signal, municipalities);
  const triage = signal.triage ?? 'new';
  return (
    <div
      class={`row${selected ? ' row--selected' : ''}${active ? ' row--active' : ''}${open ? ' row--open' : ''}`}
      data-row-index={index}
      data-signal-id={signal.id}
    >
      <input
        type="checkbox"
        class="row__select"
        checked={selected}
        aria-label={t('selectSignal', [author])}
        tabIndex={-1}
        onClick={(event) => onToggle(index, event.shiftKey)}
      />
      <button
        type="button"
        class="row__open"
        tabIndex={active ? 0 : -1}
        aria-current={open ? 'true' : undefined}
        onClick={() => onOpen(index)}
      >
        <span class="row__meta">
          <span class={`site site--${signal.source.site}`}>{SITE_NAMES[signal.source.site]}</span>
          <span class="row__author">{author}</span>
          <span class="row__category">{signalCategoryLabel(t, signal)}</span>
          {place ? <span class="row__place">{place}</span> : null}
          <span class={`triage triage--${triage}`}>{t(TRIAGE_MESSAGES[triage])}</span>
          {initiativeTitle ? <span class="row__initiative">{initiativeTitle}</span> : null}
          <time class="row__time" dateTime={signal.clippedAt}>
            {relativeTime(signal.clippedAt, now(), language)}
          </time>
        </span>
        <span class="row__text">{excerpt(signal.text, 220)}</span>
      </button>
    </div>
  );
}
