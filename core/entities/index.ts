/** Entities found in an item's own text: platforms, regions and quantified targets, with offsets into that text. */
export { extractPlatforms } from './platforms';
export { extractRegions } from './regions';
export { extractTargets } from './targets';
export { canonicalCountry, canonicalDivision, canonicalRegion, divisionNamed, type CanonicalRegion } from './canonical';
export { gazetteer, type Division } from './gazetteer';
