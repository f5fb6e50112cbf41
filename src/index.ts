/** The package's module entry, for bundlers: no side effects on import. */
export { mount, type MountHandle, type MountOptions } from './embed/mount';
export { defineElement, ELEMENT_NAME } from './embed/customElement';
/** Bundlers that import English themselves can hand it over instead of having it fetched. */
export { registerBundle, type Bundle } from './i18n/bundles';
