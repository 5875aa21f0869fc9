import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { municipalityByName, municipalityList } from './municipality-list';

const list = municipalityList(
  readFileSync(new URL('../data/municipalities.csv', import.meta.url), 'utf8'),
);

describe('municipality list', () => {
  it('lists all 342 municipalities in Dutch order', () => {
    expect(list).toHaveLength(342);
    expect(list[0]?.name).toBe('Aa en Hunze');
    expect(list.find((m) => m.code === 'GM0344')?.name).toBe('Utrecht');
  });

  it('finds a municipality by its name in any case, or by a start only one name has', () => {
    expect(municipalityByName(list, 'utrecht')?.code).toBe('GM0344');
    expect(municipalityByName(list, 'Aalsm')?.code).toBe('GM0358');
    expect(municipalityByName(list, 'Aa')).toBeNull();
    expect(municipalityByName(list, 'Atlantis')).toBeNull();
  });

  it('knows the everyday names of municipalities', () => {
    expect(municipalityByName(list, 'den haag')?.code).toBe('GM0518');
    expect(municipalityByName(list, 'Den Bosch')?.code).toBe('GM0796');
  });
});
