/** Where the static index lives inside the built site, and the folder its vocabulary shards use. */
export const STATIC_INDEX_DIR = 'pagefind'
export const VOCABULARY_DIR = 'vocabulary'
