export {
  analysePost,
  explainWithPlaces,
  judgeWithPlaces,
  type PostAnalysis,
  placeNames,
} from './analyse';
export { findPlaces, type PlaceMatch, type PlaceMatchKind } from './find';
export {
  buildGazetteer,
  type Candidate,
  compactKey,
  type Gazetteer,
  type GazetteerSources,
  type Municipality,
  type NameEntry,
  nameKey,
  type PostcodeArea,
  parseCsv,
} from './gazetteer';
export { type ResolvedMunicipality, resolveMunicipality, soleMunicipality } from './resolve';
