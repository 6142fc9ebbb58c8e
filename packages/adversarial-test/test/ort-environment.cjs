// Jest runs tests in a vm context whose typed-array constructors differ from the main realm's.
/* eslint-disable @typescript-eslint/no-require-imports -- a Jest environment module is loaded by Jest as CommonJS */
// onnxruntime-node's native addon returns main-realm typed arrays, which onnxruntime-common then
// rejects ("data must be type of Float32Array"). Tests that load the native backend use this
// environment, which shares the main realm's typed-array constructors with the test context.
const { TestEnvironment } = require('jest-environment-node');

class OrtEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of ['Float32Array', 'Float64Array', 'Int32Array', 'BigInt64Array', 'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array', 'BigUint64Array', 'ArrayBuffer']) {
      this.global[name] = globalThis[name];
    }
  }
}
module.exports = OrtEnvironment;
