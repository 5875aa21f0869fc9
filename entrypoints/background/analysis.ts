import { signalFieldsOfAnalysis } from '../../lib/classify/signal-fields';
import municipalitiesCsv from '../../lib/data/municipalities.csv?raw';
import postcodesCsv from '../../lib/data/pc4.csv?raw';
import { analysePost, buildGazetteer, type Gazetteer } from '../../lib/places';

let gazetteer: Gazetteer | null = null;

/**
 * Classifies a clipped text with the places it names. The gazetteer is built on the first clip,
 * not at start-up: the service worker starts often and mostly for other work.
 */
export function analyseForSignal(text: string) {
  gazetteer ??= buildGazetteer({ municipalitiesCsv, postcodesCsv });
  return signalFieldsOfAnalysis(analysePost(text, gazetteer));
}
