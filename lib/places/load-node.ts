import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGazetteer, type Gazetteer } from './gazetteer';

/**
 * Builds the gazetteer from the CSV files in lib/data, for the command line and tests. The
 * extension does the same with the files bundled as text (for example Vite's `?raw` imports).
 */
export function loadGazetteerFromDirectory(directory: string): Gazetteer {
  return buildGazetteer({
    municipalitiesCsv: readFileSync(join(directory, 'municipalities.csv'), 'utf8'),
    postcodesCsv: readFileSync(join(directory, 'pc4.csv'), 'utf8'),
  });
}
