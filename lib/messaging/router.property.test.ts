import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VliegwielDatabase } from '../db/database';
import { fixedClock, xCapture } from '../testing/factories';
import { tableContents } from '../tracker/tracker-fixture';
import { createMessageRouter } from './router';

// Whatever a content script (a compromised page can send anything its content script could)
// sends, the background answers: a clear refusal or a result, never a crash, and a refusal
// changes nothing in the database.

const ERROR_CODES = ['invalid-request', 'unknown-place', 'internal'];
const MESSAGE_TYPES = [
  'classify-posts',
  'explain-post',
  'clip-post',
  'ui-messages',
  'suggestions',
  'post-suggestions',
  'list-initiatives',
  'clip-status',
  'open-tracker',
];

let db: VliegwielDatabase;
let route: ReturnType<typeof createMessageRouter>;
beforeAll(() => {
  db = new VliegwielDatabase(`router-property-${crypto.randomUUID()}`);
  route = createMessageRouter({
    db,
    clock: fixedClock(),
    classify: () => ({ verdict: 'other', confidence: 0.8, tone: 'calm', evidence: [] }),
    judge: () => ({ local: false, category: null, confidence: 0.8, tone: 'calm' }),
    explain: () => [],
    openTracker: async () => {},
    actor: async () => ({ id: 'member-1', name: 'Anna' }),
    findMunicipality: (name) => (name.toLowerCase() === 'utrecht' ? 'GM0344' : null),
    uiMessages: async () => ({ language: 'nl', messages: {} }),
    suggestionsFor: async () => null,
    postSuggestions: async () => ({ municipality: null, where: null, contacts: [], groups: [] }),
    log: () => {},
  });
});
afterAll(() => db.delete());

/** A value of any shape, with the strings an attacker tries among them. */
const anyValue = fc.oneof(
  fc.anything(),
  fc.constantFrom('', '<script>x</script>', 'x'.repeat(5_000), '\u202E', 'javascript:x', '../..'),
);

/** A message of a known type whose other fields are anything: the validation is what is tested. */
const typedMessage = fc.record(
  {
    type: fc.constantFrom(...MESSAGE_TYPES),
    post: fc.oneof(
      anyValue,
      fc.record({ key: anyValue, text: anyValue, source: anyValue }),
      fc.constant({ ...xCapture(), source: { site: 'x', url: 'javascript:alert(1)' } }),
    ),
    correction: anyValue,
    details: fc.oneof(
      anyValue,
      fc.record({ place: anyValue, initiative: anyValue, note: anyValue }),
    ),
    signalId: anyValue,
    initiativeId: anyValue,
    text: anyValue,
    authorName: anyValue,
    keys: anyValue,
    texts: fc.oneof(anyValue, fc.array(anyValue)),
  },
  { requiredKeys: ['type'] },
);

async function expectClearAnswer(message: unknown) {
  const before = await tableContents(db);
  const answer = await route(message);
  expect(typeof answer.ok).toBe('boolean');
  if (!answer.ok) {
    expect(ERROR_CODES).toContain(answer.error.code);
    expect(answer.error.message.length).toBeGreaterThan(0);
    expect(await tableContents(db)).toEqual(before);
  }
}

describe('message router with arbitrary input', () => {
  it('answers anything at all with a clear refusal, changing nothing', async () => {
    await fc.assert(fc.asyncProperty(anyValue, expectClearAnswer), { numRuns: 300 });
  });

  it('answers every message type with malformed fields clearly, and a refusal writes nothing', async () => {
    await fc.assert(fc.asyncProperty(typedMessage, expectClearAnswer), { numRuns: 400 });
  });
});
