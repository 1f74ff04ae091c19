import { APIError } from 'payload'

/**
 * A request the app turns down itself, with a sentence meant for the person who asked.
 *
 * Payload's error formatter shows the message of an APIError without data only when the error
 * has a name, and APIError names itself after `this.constructor.name`. The production build
 * turns APIError into an anonymous class, so that name is '' there and the user would read "An
 * unknown error occurred." instead. The name is a string literal here, which minifying keeps.
 */
export class Refusal extends APIError {
  constructor(message: string, status: 400 | 403 | 409 | 413 | 422 | 429) {
    super(message, status, null, true)
    this.name = 'Refusal'
  }
}
