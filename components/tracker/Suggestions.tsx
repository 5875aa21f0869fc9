import { useEffect, useState } from 'preact/hooks';
import type { ContactChannel } from '../../lib/schema/contacts';
import type { SuggestionsResult } from '../../lib/schema/messages';
import type { TimelineEvent } from '../../lib/schema/records';
import { locationText, reasonsText } from '../../lib/suggest/reason-words';
import { recordContact, rejectSuggestion } from '../../lib/tracker/activity';
import { relocate } from '../../lib/tracker/triage';
import { Problem } from '../Problem';
import { useTracker } from './context';
import { municipalityName } from './labels';
import { useAction } from './useAction';

interface SuggestionsProps {
  /** What the suggestions are for; contacts and rejections are logged on its timeline. */
  subject: { signalId: string; initiativeId?: string } | { initiativeId: string };
  /** Changes when what decides the suggestions changes (a corrected place or category). */
  basis: string;
  /** Its timeline: what was marked a wrong suggestion is not offered again. */
  events: readonly TimelineEvent[];
}

/** Who can act on a signal, and groups nearby, each with why; contacting or rejecting is logged. */
export function SuggestionsPanel({ subject, basis, events }: SuggestionsProps) {
  const { db, clock, actor, t, language, municipalities, requestSuggestions } = useTracker();
  const [suggestions, setSuggestions] = useState<SuggestionsResult | undefined>(undefined);
  const { run, problem } = useAction();
  const request =
    'signalId' in subject ? { signalId: subject.signalId } : { initiativeId: subject.initiativeId };
  const requestKey = JSON.stringify(request);
  useEffect(() => {
    let current = true;
    void requestSuggestions(request).then((answer) => {
      if (current) setSuggestions(answer);
    });
    return () => {
      current = false;
    };
  }, [requestKey, basis]);
  if (!suggestions) return null;

  const rejected = new Set(
    events.flatMap((event) => (event.kind === 'suggestion-rejected' ? [event.suggestion] : [])),
  );
  const { location } = suggestions;
  const where = locationText(t, location, municipalities);
  const contacts = suggestions.contacts.filter(({ item }) => !rejected.has(item.id));
  const groups = suggestions.groups.filter(({ item }) => !rejected.has(item.id));

  return (
    <section class="suggestions" aria-labelledby="suggestions-heading" data-testid="suggestions">
      <h3 id="suggestions-heading">{t('suggestionsHeading')}</h3>
      <p class="muted" data-testid="suggestions-where">
        {where ? t('suggestionsWhere', [where]) : t('suggestionsWhereUnknown')}
      </p>
      {location.ambiguous && location.alternatives.length > 0 && 'signalId' in subject ? (
        <p class="inline-actions" data-testid="place-choice">
          {t('suggestionsChoose')}
          {[location.municipality, ...location.alternatives.map((choice) => choice.municipality)]
            .filter((code): code is string => Boolean(code))
            .map((code) => (
              <button
                key={code}
                type="button"
                class="secondary small"
                onClick={() =>
                  void run(() =>
                    relocate(db, clock, actor, [subject.signalId], { municipality: code }),
                  )
                }
              >
                {municipalityName(municipalities, code)}
              </button>
            ))}
        </p>
      ) : null}
      <ul class="contact-list" data-testid="suggested-contacts">
        {contacts.map(({ item: contact, reasons }) => (
          <li key={contact.id} class="contact" data-contact-kind={contact.kind}>
            <strong>{contact.name[language]}</strong>
            <span class="muted"> · {reasonsText(t, reasons, municipalities)}</span>
            {contact.guidance ? <p class="muted">{contact.guidance[language]}</p> : null}
            <span class="contact__channels">
              {contact.channels.map((channel) => (
                <ChannelLink key={channelKey(channel)} channel={channel} />
              ))}
            </span>
            <span class="inline-actions">
              <button
                type="button"
                class="secondary small"
                onClick={() =>
                  void run(() =>
                    recordContact(db, clock, actor, {
                      ...subject,
                      contact: contact.name[language],
                    }),
                  )
                }
              >
                {t('contactedThem')}
              </button>
              <button
                type="button"
                class="link-button small muted"
                onClick={() =>
                  void run(() =>
                    rejectSuggestion(db, clock, actor, {
                      ...request,
                      suggestion: contact.id,
                      name: contact.name[language],
                    }),
                  )
                }
              >
                {t('wrongSuggestion')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      {groups.length > 0 ? (
        <>
          <h3>{t('groupsSuggestedHeading')}</h3>
          <ul class="contact-list" data-testid="suggested-groups">
            {groups.map(({ item: group, reasons }) => (
              <li key={group.id} class="contact">
                <strong>{group.name}</strong>
                <span class="muted"> · {reasonsText(t, reasons, municipalities)}</span>
                {group.website ? (
                  <a href={group.website} target="_blank" rel="noopener noreferrer">
                    {new URL(group.website).host}
                  </a>
                ) : null}
                {group.contact ? <span>{group.contact}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Problem text={problem} />
    </section>
  );
}

function channelKey(channel: ContactChannel): string {
  switch (channel.kind) {
    case 'phone':
      return `phone:${channel.number}`;
    case 'email':
      return `email:${channel.address}`;
    case 'postal':
      return `postal:${channel.address}`;
    default:
      return `${channel.kind}:${channel.url}`;
  }
}

/** A way to reach a contact, as a link where it is one. */
function ChannelLink({ channel }: { channel: ContactChannel }) {
  const { t } = useTracker();
  switch (channel.kind) {
    case 'phone':
      return <a href={`tel:${channel.number.replace(/\s/g, '')}`}>{channel.number}</a>;
    case 'email':
      return <a href={`mailto:${channel.address}`}>{channel.address}</a>;
    case 'postal':
      return <span class="muted">{channel.address}</span>;
    default:
      return (
        <a href={channel.url} target="_blank" rel="noopener noreferrer">
          {t(CHANNEL_MESSAGES[channel.kind])}
        </a>
      );
  }
}

const CHANNEL_MESSAGES = {
  website: 'channelWebsite',
  'reporting-page': 'channelReportingPage',
  lookup: 'channelLookup',
} as const;
