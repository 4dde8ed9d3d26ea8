declare const KOUKA_BUILD_ID: string | undefined;

/**
 * A hash of the bundled code, which scripts/bundle.mjs writes in place of KOUKA_BUILD_ID;
 * undefined when running tsc's output or the sources, which then cache nothing built by code.
 */
export const BUILD_ID: string | undefined = typeof KOUKA_BUILD_ID === "string" ? KOUKA_BUILD_ID : undefined;
