// Untrusted-input parsers never crash or hang: they return issues or a typed format error.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { BundleFormatError, parseBundle, parseStatement } from '../src/oms.js';
import { scanPickle } from '../src/pickle/vm.js';
import { onnxIssues, safetensorsIssues, scanBytes, sniff } from '../src/formats.js';

const policy = { allow: new Map<string, string>() };
const limits = { policy, maxInflate: 1 << 20 };

describe('fuzz', () => {
  test('pickle scanner: any bytes after a protocol header', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.integer({ min: 0, max: 5 }), (body, proto) => {
        const r = scanPickle(Buffer.concat([Buffer.from([0x80, proto]), body]), 0, { policy, continueAfterStop: true });
        expect(Array.isArray(r.issues)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('bundle parser: JSON-ish and structured garbage gives BundleFormatError only', () => {
    const check = (text: string) => {
      try {
        parseStatement(parseBundle(text).payload);
      } catch (e) {
        expect(e).toBeInstanceOf(BundleFormatError);
      }
    };
    fc.assert(fc.property(fc.string(), check), { numRuns: 500 });
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (vm, env) =>
        check(JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', verificationMaterial: vm, dsseEnvelope: env })),
      ),
      { numRuns: 500 },
    );
  });

  test('container sniffing and format checks on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('m.pt', 'm.npy', 'm.onnx', 'm.safetensors', 'm.joblib', 'm.keras', 'm.h5'), (data, name) => {
        scanBytes(name, data, sniff(name, data), limits);
        onnxIssues(data);
        safetensorsIssues(data, data.length);
      }),
      { numRuns: 1000 },
    );
  });
});
