import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../i18n';
import type { Location } from './locate';
import { locationText, reasonsText } from './reason-words';

const t = (key: MessageKey, substitutions?: string[]) =>
  substitutions ? `${key}(${substitutions.join('|')})` : key;
const municipalities = [{ code: 'GM0344', name: 'Utrecht', province: 'Utrecht' }];

describe('suggestion words', () => {
  it('says where a signal is and how that was found, or nothing when it is not known', () => {
    const found: Location = {
      municipality: 'GM0344',
      from: 'author',
      alternatives: [],
      ambiguous: false,
    };
    expect(locationText(t, { ...found, street: 'Biltstraat' }, municipalities)).toBe(
      'Biltstraat, Utrecht (suggestionsWhereFromAuthor)',
    );
    expect(
      locationText(t, { ...found, municipality: null, from: null }, municipalities),
    ).toBeNull();
  });

  it('words every reason, naming municipalities', () => {
    expect(
      reasonsText(
        t,
        [
          { kind: 'handles', category: 'animals', municipality: 'GM0344' },
          { kind: 'nearby', km: 1.2 },
        ],
        municipalities,
      ),
    ).toBe('reasonHandlesIn(category_animals|Utrecht); reasonNearby(1.2)');
  });
});
