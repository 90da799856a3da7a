export { PROVINCES, MAINLAND_PROVINCES, findProvince, provinceNameForms, type Province } from './provinces';
export { AGENCIES } from './agencies';
export { resolveAgency, agencyById, unregisteredAgency, isRelevantDepartments } from './resolve';
export { findAgencyMentions } from './mentions';
export { searchKeys } from './search-keys';
export { normaliseName } from './normalise';
export { bodyClass, resolveBody } from './body-classes';
export { presentSuccessor, allSuccessors } from './succession';
export { bodyInYear, documentYear, yearOf } from './in-year';
