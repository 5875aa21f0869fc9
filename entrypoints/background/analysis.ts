import { signalFieldsOfAnalysis } from '../../lib/classify/signal-fields';
import municipalitiesCsv from '../../lib/data/municipalities.csv?raw';
import postcodesCsv from '../../lib/data/pc4.csv?raw';
import {
  analysePost,
  buildGazetteer,
  explainWithPlaces,
  type Gazetteer,
  judgeWithPlaces,
} from '../../lib/places';
import {
  type MunicipalityName,
  municipalityByName,
  municipalityList,
} from '../../lib/places/municipality-list';

let gazetteer: Gazetteer | null = null;

/**
 * Classifies a clipped text with the places it names. The gazetteer is built when a page first
 * asks for verdicts or a first clip, not at start-up: the service worker starts often and mostly
 * for other work.
 */
export function analyseForSignal(text: string) {
  return signalFieldsOfAnalysis(analysePost(text, sharedGazetteer()));
}

/** The verdict a page marks a post with, the one its clip gets. */
export function judgeOnPage(text: string) {
  return judgeWithPlaces(text, sharedGazetteer());
}

/** The cues behind a page's verdict, for its explanation. */
export function explainOnPage(text: string) {
  return explainWithPlaces(text, sharedGazetteer());
}

/** The gazetteer, built once per service-worker life when first needed. */
export function sharedGazetteer(): Gazetteer {
  gazetteer ??= buildGazetteer({ municipalitiesCsv, postcodesCsv });
  return gazetteer;
}

let municipalities: MunicipalityName[] | null = null;

/** The municipality a person typed in the clip dialog, by name. */
export function findMunicipality(name: string): string | null {
  municipalities ??= municipalityList(municipalitiesCsv);
  return municipalityByName(municipalities, name)?.code ?? null;
}
