/**
 * What a reader can actually see in a piece of text. Zero-width spaces, joiners, soft hyphens
 * and other default-ignorable characters draw nothing, so text made only of them (and spaces)
 * is empty to a person even though `trim()` leaves it non-empty.
 */
const INVISIBLE = /[\p{White_Space}\p{Default_Ignorable_Code_Point}]/gu

export const hasVisibleText = (text: string | null | undefined): boolean => typeof text === 'string' && text.replace(INVISIBLE, '') !== ''

/** Control characters (NUL, escape, line breaks...) have no place in a one-line name. */
export const hasControlCharacters = (text: string): boolean => /\p{Cc}/u.test(text)

/**
 * Bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069) make text display in an
 * order other than the one it is stored in, so a name could read as something it is not.
 * The plain direction marks (U+200E, U+200F, U+061C) that right-to-left writing needs stay allowed.
 */
export const hasDirectionOverrides = (text: string): boolean => /[\u202A-\u202E\u2066-\u2069]/.test(text)
