import { describe, expect, it } from 'vitest';
import { fixedClock } from '../testing/factories';
import { readSignalsCsv } from './csv-import';
import { ImportError } from './errors';
import { municipalities } from './testing';

function read(text: string) {
  return readSignalsCsv(text, { municipalities, newId: fixedClock().newId });
}

const ID = '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b';

describe('readSignalsCsv', () => {
  it('reads a hand-made Dutch file with semicolons, without a byte order mark, with LF', () => {
    const batch = read(
      'Link;Geknipt op;Tekst;Categorie;Gemeente;Plaats;Auteur;Opmerking\n' +
        'https://x.com/jan/status/123;2026-11-20T08:15:00+01:00;"Gat in de weg; gevaarlijk";Wegen en straatmeubilair;Den Haag;Laak;jan;x\n',
    );
    expect(batch.rejected).toEqual([]);
    expect(batch.ignoredColumns).toEqual(['Opmerking']);
    expect(batch.signals).toEqual([
      {
        where: 2,
        record: {
          id: '00000000-0000-4000-8000-000000000001',
          text: 'Gat in de weg; gevaarlijk',
          source: { site: 'x', url: 'https://x.com/jan/status/123', authorHandle: 'jan' },
          clippedAt: '2026-11-20T08:15:00+01:00',
          category: 'roads',
          correctedArea: { municipality: 'GM0518', place: 'Laak' },
        },
      },
    ]);
  });

  it('reads an English file with commas and a byte order mark, machine columns included', () => {
    const batch = read(
      '\uFEFFid,link,clipped at,site,category,municipality,municipality code,post key,initiative id,clipped by id,note\r\n' +
        `${ID},https://www.reddit.com/r/utrecht/comments/1abc/,2026-11-20T08:15:00Z,Reddit,green,Amsterdam,GM0344,reddit:t3_1abc,${ID},member-alice,"'=1+1"\r\n`,
    );
    expect(batch.rejected).toEqual([]);
    expect(batch.signals[0]?.record).toEqual({
      id: ID,
      text: '',
      source: { site: 'reddit', url: 'https://www.reddit.com/r/utrecht/comments/1abc/' },
      postKey: 'reddit:t3_1abc',
      clippedAt: '2026-11-20T08:15:00Z',
      clippedBy: 'member-alice',
      category: 'green',
      correctedArea: { municipality: 'GM0344' },
      initiativeId: ID,
      note: '=1+1',
    });
  });

  it('rejects a row with every reason, and reads the rows around it', () => {
    const batch = read(
      'link,clipped at,posted at,category,municipality,site,id\n' +
        'https://x.com/a/status/1,2026-11-20T08:15:00Z,,,,,\n' +
        'javascript:alert(1),20-11-2026,gisteren,Pizza,Atlantis,Myspace,12\n' +
        ',,,,,,\n' +
        'https://x.com/a/status/2,2026-11-21T08:15:00Z,,,,,\n',
    );
    expect(batch.signals.map((candidate) => candidate.where)).toEqual([2, 5]);
    expect(batch.rejected).toHaveLength(1);
    const [rejected] = batch.rejected;
    expect(rejected?.where).toBe(3);
    for (const part of [
      'link "javascript:alert(1)" is not a web address',
      'id "12" is not a UUID',
      'unknown site "Myspace"',
      'clipped at "20-11-2026" is not a date and time in ISO 8601',
      'posted at "gisteren"',
      'unknown category "Pizza"',
      'unknown municipality "Atlantis"',
    ]) {
      expect(rejected?.reason).toContain(part);
    }
  });

  it('rejects a row whose quote never closes, or that has more values than columns', () => {
    const batch = read(
      'link,clipped at\nhttps://x.com/a/status/1,2026-11-20T08:15:00Z,extra\nhttps://x.com/a/status/2,"2026\n',
    );
    expect(batch.signals).toEqual([]);
    expect(batch.rejected.map((rejected) => rejected.where)).toEqual([2, 3]);
    expect(batch.rejected[0]?.reason).toContain('has 3 values but the header names 2 columns');
    expect(batch.rejected[1]?.reason).toContain('never closes');
  });

  it('knows the site from the link when the site column is blank or missing', () => {
    const batch = read(
      'link,clipped at\nhttps://bsky.app/profile/a.bsky.social/post/3n2,2026-11-20T08:15:00Z\n',
    );
    expect(batch.signals[0]?.record.source.site).toBe('bluesky');
  });

  it('refuses a file without a link or clip time column, or with a column twice', () => {
    expect(() => read('')).toThrow(ImportError);
    expect(() => read('naam,gemeente\nBuurtvereniging,Utrecht\n')).toThrow(
      /no "link" and "clipped at" column/,
    );
    expect(() => read('link,link,clipped at\n')).toThrow(/"link" appears more than once/);
  });
});
