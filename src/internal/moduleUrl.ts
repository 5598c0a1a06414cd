/**
 * The URL of this module, for resolving files and packages relative to the
 * installed SDK. `import.meta` exists only in ES modules: the CommonJS build
 * replaces this file with one that derives the URL from `__filename`
 * (scripts/build.ts), so no other module needs to know which build it is in.
 *
 * @internal
 */
export const moduleUrl: string = import.meta.url
