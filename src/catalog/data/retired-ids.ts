/**
 * Catalog ids that were removed or renamed, mapped to the id that replaces
 * them. Share links and saved scenarios that name an old id are migrated
 * through this map. Removing an id from any data file requires an entry here
 * (the id snapshot test enforces it).
 */
export const RETIRED_IDS: Readonly<Record<string, string>> = {};
