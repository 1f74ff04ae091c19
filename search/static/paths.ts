/** Where the static index lives inside the built site, and its parts. */
export const STATIC_INDEX_DIR = 'search-index'
export const WORDS_DIR = 'words'
export const RECORDS_DIR = 'records'
export const FACETS_FILE = 'facets.json'
export const VOCABULARY_DIR = 'vocabulary'
