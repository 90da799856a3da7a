export { briefModel, excerpt, shortHeading, ROLE_NAMES, roleName, COLUMNS, groupAgencies, whyNoAssignments, matrixKey } from './model';
export type { BriefModel, BriefScope, BriefDocument, BriefAgency, BriefAgencyEntry, BriefAgencySection, BriefOverview, BriefUnassignedDocument, RoleName, BriefAgencyRef, BriefItemRef, BriefPlatform, BriefQuote, BriefWarnings } from './model';
export { briefOverview, FIGURE_MAX_AGENCIES, FIGURE_MAX_DOCUMENTS } from './overview-layout';
export { briefFigureSvg } from './overview-figure';
export { briefHtml, type BriefHtmlOptions } from './html';
export { briefDocx, pngSize, type BriefDocxOptions } from './docx';
