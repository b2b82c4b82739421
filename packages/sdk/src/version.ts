/** Sent in the User-Agent header. Kept in step with package.json by the release. */
export const SDK_VERSION = '0.2.0';
