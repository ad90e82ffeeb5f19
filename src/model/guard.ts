import {validateContent} from './validate.js'

/**
 * Run a writer on a tree the caller promised is valid, at no cost when it is:
 * if the writer fails, the tree is validated, so that bad input gets a
 * `ContentValidationError` naming the path and the rule instead of a crash
 * from deep inside; an error on a valid tree is rethrown as it is (a bug).
 */
export function writeValid<T>(content: unknown, write: () => T): T {
  try {
    return write()
  } catch (error) {
    validateContent(content)
    throw error
  }
}
