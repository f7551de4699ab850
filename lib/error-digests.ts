/**
 * Digests that Next.js keeps on errors thrown in server components, so that an
 * error page (a client component) can tell known cases apart.
 */
export const DATABASE_UNAVAILABLE_DIGEST = "DIGICHECK_DATABASE_UNAVAILABLE";
