/*
 * `@mlguard/github/channels`: the API feedback channels without any @actions/* import, for
 * callers outside a runner (the CLI's `mlguard publish` builds an @octokit/rest client with
 * the plugins and options of octokit-options.ts). The package root pulls in @actions/core eagerly.
 */
export type { ChannelClient, ChannelContext } from '../channel-client.js';
export { ApiTimeoutError, clientOptionsFromEnv, octokitPluginOptions, addCallTimeout, OCTOKIT_PLUGINS, type ClientOptions } from '../octokit-options.js';
export { CHANNEL_PERMISSIONS, describeFailure } from '../failure.js';
export { changedFiles } from '../changed-files.js';
export { publishCheckRun, checkConclusion, checkTitle, ANNOTATIONS_PER_REQUEST, MAX_CHECK_ANNOTATIONS } from './check-run.js';
export { publishPrComment, commentMarker, type CommentMode } from './pr-comment.js';
export { publishCommitStatus } from './commit-status.js';
export { uploadSarif, sarifRef } from './sarif-upload.js';
