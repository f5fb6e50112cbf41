/** The package's module entry, for bundlers: no side effects on import. */
export { mount, type MountHandle, type MountOptions } from './embed/mount';
export { defineElement, ELEMENT_NAME } from './embed/customElement';
