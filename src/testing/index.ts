/**
 * `okr-content/testing` (Node only): an offline OKR server to point the real
 * SDK at in tests, in the spirit of stripe-mock. It answers the token call,
 * period list and create, progress record create, get, update and delete,
 * image upload, and the contact calls that resolve people, validating each
 * request by the documented rules and answering with the documented error
 * codes (`documentedErrors`, each with the seed line it comes from).
 */
export {startOkrServer, defaultPeriodRule} from './server.js'
export type {OkrServer, OkrServerOptions, RecordedRequest} from './server.js'
export {documentedErrors} from './errors.js'
export type {DocumentedError} from './errors.js'
export type {ServerUser, ServerPeriod, PeriodRule, StoredRecord} from './state.js'
