/**
 * Pure authorization rules, one file per entity, each predicate with the list
 * filter it implies beside it. Domain functions call these before touching data.
 * Tenant isolation comes first: nothing of another organization is ever allowed.
 */
export * from "./article";
export * from "./deputyship";
export * from "./gap-report";
export * from "./handover";
export * from "./onboarding";
export * from "./organization";
export * from "./task";
export * from "./verbund";
export * from "./knowledge-check";
export { inOrganization } from "./scope";
