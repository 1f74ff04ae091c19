import { APIError } from 'payload'

/** A 429 whose message reaches the caller as written (Payload hides the text of non-public errors). */
export class TooManyRequests extends APIError {
  constructor(message: string) {
    super(message, 429, undefined, true)
    this.name = 'TooManyRequests'
  }
}
