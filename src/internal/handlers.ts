/**
 * The handlers' module, as internal code imports it: the same names as the
 * public `Handlers` module, which re-exports this one.
 *
 * @internal
 */
export * from "./handlers/context.js"
export * from "./handlers/permissions.js"
export * from "./handlers/requests.js"
