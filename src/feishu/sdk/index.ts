/**
 * `okr-content/sdk`: the official Node SDK (`@larksuiteoapi/node-sdk`, an
 * optional peer) wired into the library. Node only, as the SDK is.
 *
 * - `postProgressRecord`, `updateProgressRecord`, `fetchProgressRecord`,
 *   `deleteProgressRecord`: one call from Markdown to a posted record, and back;
 * - `sdkImageUploader(client, target)`: an `uploadImage` for `resolveImages`
 *   and the async Markdown path, which sends the file with its name and type;
 * - `lookupPeople(client, openIds)`: names for `people`, from the contact
 *   API in batches; `sdkEmailResolver(client)`: open ids for `@address`
 *   mentions (`resolveEmails` of the post functions).
 *
 * Nothing here imports the SDK: you pass your client.
 */
export {acceptedImageTypes, lookupPeople, sdkEmailResolver, sdkImageUploader} from './helpers.js'
export type {ContactClient, ContactIdClient, EmailResolver, OkrImageClient} from './helpers.js'
export {deleteProgressRecord, fetchProgressRecord, postProgressRecord, updateProgressRecord} from './post.js'
export type {OkrProgressClient, PostedProgressRecord, PostProgressOptions} from './post.js'
