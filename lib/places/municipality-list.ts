import { parseCsv } from './gazetteer';
import { MUNICIPALITY_ALIASES } from './names';

export interface MunicipalityName {
  code: string;
  name: string;
  province: string;
}

/** The municipalities of lib/data/municipalities.csv, in Dutch alphabetical order ('s-Gravenhage under S). */
export function municipalityList(csv: string): MunicipalityName[] {
  const collator = new Intl.Collator('nl', { ignorePunctuation: true });
  return parseCsv(csv)
    .filter((row) => /^GM\d{4}$/.test(row.gm_code ?? '') && row.name)
    .map((row) => ({
      code: row.gm_code as string,
      name: row.name as string,
      province: row.province ?? '',
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/**
 * The municipality a typed name means: the exact name (any case), its everyday name ("Den
 * Haag"), or the one name that starts with what was typed. Several that fit, or none, is no answer.
 */
export function municipalityByName(
  list: readonly MunicipalityName[],
  typed: string,
): MunicipalityName | null {
  const wanted = typed.trim().toLocaleLowerCase('nl');
  if (wanted === '') return null;
  const exact = list.filter((m) => m.name.toLocaleLowerCase('nl') === wanted);
  if (exact.length === 1) return exact[0] ?? null;
  // The everyday names of municipalities whose official one nobody types ("Den Haag").
  const aliased = Object.entries(MUNICIPALITY_ALIASES).find(([, aliases]) =>
    aliases.some((alias) => alias.toLocaleLowerCase('nl') === wanted),
  )?.[0];
  const byAlias = aliased ? list.find((m) => m.name === aliased) : undefined;
  if (byAlias) return byAlias;
  const starting = list.filter((m) => m.name.toLocaleLowerCase('nl').startsWith(wanted));
  return starting.length === 1 ? (starting[0] ?? null) : null;
}
