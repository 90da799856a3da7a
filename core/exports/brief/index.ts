export { briefModel, excerpt, shortHeading, ROLE_NAMES, matrixKey } from './model';
export type { BriefModel, BriefScope, BriefDocument, BriefAgency, BriefAgencyEntry, BriefAgencyRef, BriefItemRef, BriefPlatform, BriefQuote, BriefWarnings } from './model';
export { briefHtml, type BriefHtmlOptions } from './html';
export { briefDocx, pngSize, type BriefDocxOptions } from './docx';
