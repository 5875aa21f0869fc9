import { useState } from 'preact/hooks';
import { absoluteTime, relativeTime } from '../../lib/format';
import type { TimelineEvent } from '../../lib/schema/records';
import { addComment, recordContact } from '../../lib/tracker/activity';
import { eventSentence } from '../../lib/tracker/event-words';
import { Problem } from '../Problem';
import { useTracker } from './context';
import { actorLabel } from './labels';
import { useAction } from './useAction';

interface TimelineProps {
  events: readonly TimelineEvent[];
  /** Short words for the signals events name (an initiative's timeline links and unlinks them). */
  signalLabels?: ReadonlyMap<string, string>;
  /** What new comments and contacts are about. */
  subject: { initiativeId?: string; signalId?: string };
}

/** The append-only history, oldest first, and forms to add a comment or a contact to it. */
export function Timeline({ events, signalLabels, subject }: TimelineProps) {
  const { db, clock, actor, t, language, now } = useTracker();
  const [comment, setComment] = useState('');
  const [contact, setContact] = useState('');
  const [contactText, setContactText] = useState('');
  const [mode, setMode] = useState<'comment' | 'contact'>('comment');
  const { run, problem } = useAction();
  const current = now();
  return (
    <section class="timeline" aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">{t('timelineHeading')}</h3>
      <ol class="timeline__events" data-testid="timeline">
        {events.map((event) => (
          <li key={event.id} class={`event event--${event.kind}`} data-kind={event.kind}>
            <span class="event__sentence">
              {eventSentence(t, event, actorLabel(t, event, actor.id))}
            </span>
            {event.signalId && signalLabels?.has(event.signalId) ? (
              <span class="event__signal">: “{signalLabels.get(event.signalId)}”</span>
            ) : null}{' '}
            <time dateTime={event.at} title={absoluteTime(event.at, language)} class="muted">
              {relativeTime(event.at, current, language)}
            </time>
            {event.kind === 'comment' || (event.kind === 'contacted' && event.text) ? (
              <p class="event__text">{event.text}</p>
            ) : null}
          </li>
        ))}
      </ol>
      <fieldset class="timeline__add">
        <legend class="sr-only">{t('timelineAdd')}</legend>
        <div class="segmented">
          <button
            type="button"
            aria-pressed={mode === 'comment'}
            onClick={() => setMode('comment')}
          >
            {t('addComment')}
          </button>
          <button
            type="button"
            aria-pressed={mode === 'contact'}
            onClick={() => setMode('contact')}
            data-testid="mode-contact"
          >
            {t('logContact')}
          </button>
        </div>
        {mode === 'comment' ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (!comment.trim()) return;
              void run(
                () => addComment(db, clock, actor, { ...subject, text: comment.trim() }),
                () => setComment(''),
              );
            }}
          >
            <label class="field field--stacked">
              <span class="sr-only">{t('addComment')}</span>
              <textarea
                value={comment}
                rows={2}
                maxLength={5000}
                placeholder={t('commentPlaceholder')}
                onInput={(event) => setComment(event.currentTarget.value)}
                data-testid="comment-text"
              />
            </label>
            <button type="submit" class="secondary" disabled={!comment.trim()}>
              {t('addComment')}
            </button>
          </form>
        ) : (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (!contact.trim()) return;
              void run(
                () =>
                  recordContact(db, clock, actor, {
                    ...subject,
                    contact: contact.trim(),
                    text: contactText.trim() || undefined,
                  }),
                () => {
                  setContact('');
                  setContactText('');
                },
              );
            }}
          >
            <label class="field">
              {t('contactWho')}
              <input
                value={contact}
                maxLength={200}
                onInput={(event) => setContact(event.currentTarget.value)}
                data-testid="contact-who"
              />
            </label>
            <label class="field field--stacked">
              {t('contactWhat')}
              <textarea
                value={contactText}
                rows={2}
                maxLength={5000}
                onInput={(event) => setContactText(event.currentTarget.value)}
              />
            </label>
            <button type="submit" class="secondary" disabled={!contact.trim()}>
              {t('logContact')}
            </button>
          </form>
        )}
        <Problem text={problem} />
      </fieldset>
    </section>
  );
}
