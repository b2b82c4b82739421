/** Printed by `athena --version`. Kept in step with packages/cli/package.json by the release. */
export const CLI_VERSION = '0.2.0';
