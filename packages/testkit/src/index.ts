export * from './fake-github.js';
export * from './fake-results.js';
export * from './events.js';
export * from './run-bundle.js';
export { openApiValidator } from './openapi.js';
export * from './options.js';
