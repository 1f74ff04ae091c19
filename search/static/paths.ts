/** Where the static index lives inside the built site, and its parts. */
export const STATIC_INDEX_DIR = 'search-index'
export const WORDS_DIR = 'words'
export const RECORDS_DIR = 'records'
export const FACETS_FILE = 'facets.json'
export const VOCABULARY_DIR = 'vocabulary'
/** Each index file's fingerprint, for the next build to keep what has not changed (search/static/buildIndex.ts); the browser never reads it. */
export const MANIFEST_FILE = 'manifest.json'
