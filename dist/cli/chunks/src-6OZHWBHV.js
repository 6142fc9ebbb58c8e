import { createRequire as __mlguardCreateRequire } from 'node:module';
import { fileURLToPath as __mlguardFileURLToPath } from 'node:url';
import { dirname as __mlguardDirname } from 'node:path';
var require = __mlguardCreateRequire(import.meta.url);
var __filename = __mlguardFileURLToPath(import.meta.url);
var __dirname = __mlguardDirname(__filename);
import {
  readTable
} from "./chunk-NMKTM6TC.js";
import {
  configError,
  inputError,
  makeFinding,
  require_dist,
  toolError,
  usageError
} from "./chunk-5W5D4E4O.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-BVJNMDPU.js";

// node_modules/@protobufjs/aspromise/index.js
var require_aspromise = __commonJS({
  "node_modules/@protobufjs/aspromise/index.js"(exports, module) {
    "use strict";
    module.exports = asPromise;
    function asPromise(fn, ctx) {
      var params = new Array(arguments.length - 1), offset = 0, index = 2, pending = true;
      while (index < arguments.length)
        params[offset++] = arguments[index++];
      return new Promise(function executor(resolve, reject) {
        params[offset] = function callback(err) {
          if (pending) {
            pending = false;
            if (err)
              reject(err);
            else {
              var params2 = new Array(arguments.length - 1), offset2 = 0;
              while (offset2 < params2.length)
                params2[offset2++] = arguments[offset2];
              resolve.apply(null, params2);
            }
          }
        };
        try {
          fn.apply(ctx || null, params);
        } catch (err) {
          if (pending) {
            pending = false;
            reject(err);
          }
        }
      });
    }
  }
});

// node_modules/@protobufjs/base64/index.js
var require_base64 = __commonJS({
  "node_modules/@protobufjs/base64/index.js"(exports) {
    "use strict";
    var base64 = exports;
    base64.length = function length(string) {
      var p = string.length;
      if (!p)
        return 0;
      var n = 0;
      while (--p % 4 > 1 && string.charAt(p) === "=")
        ++n;
      return Math.ceil(string.length * 3) / 4 - n;
    };
    var b64 = new Array(64);
    var s64 = new Array(123);
    for (i = 0; i < 64; )
      s64[b64[i] = i < 26 ? i + 65 : i < 52 ? i + 71 : i < 62 ? i - 4 : i - 59 | 43] = i++;
    var i;
    base64.encode = function encode(buffer, start, end) {
      var parts = null, chunk = [];
      var i2 = 0, j = 0, t;
      while (start < end) {
        var b = buffer[start++];
        switch (j) {
          case 0:
            chunk[i2++] = b64[b >> 2];
            t = (b & 3) << 4;
            j = 1;
            break;
          case 1:
            chunk[i2++] = b64[t | b >> 4];
            t = (b & 15) << 2;
            j = 2;
            break;
          case 2:
            chunk[i2++] = b64[t | b >> 6];
            chunk[i2++] = b64[b & 63];
            j = 0;
            break;
        }
        if (i2 > 8191) {
          (parts || (parts = [])).push(String.fromCharCode.apply(String, chunk));
          i2 = 0;
        }
      }
      if (j) {
        chunk[i2++] = b64[t];
        chunk[i2++] = 61;
        if (j === 1)
          chunk[i2++] = 61;
      }
      if (parts) {
        if (i2)
          parts.push(String.fromCharCode.apply(String, chunk.slice(0, i2)));
        return parts.join("");
      }
      return String.fromCharCode.apply(String, chunk.slice(0, i2));
    };
    var invalidEncoding = "invalid encoding";
    base64.decode = function decode(string, buffer, offset) {
      var start = offset;
      var j = 0, t;
      for (var i2 = 0; i2 < string.length; ) {
        var c = string.charCodeAt(i2++);
        if (c === 61 && j > 1)
          break;
        if ((c = s64[c]) === void 0)
          throw Error(invalidEncoding);
        switch (j) {
          case 0:
            t = c;
            j = 1;
            break;
          case 1:
            buffer[offset++] = t << 2 | (c & 48) >> 4;
            t = c;
            j = 2;
            break;
          case 2:
            buffer[offset++] = (t & 15) << 4 | (c & 60) >> 2;
            t = c;
            j = 3;
            break;
          case 3:
            buffer[offset++] = (t & 3) << 6 | c;
            j = 0;
            break;
        }
      }
      if (j === 1)
        throw Error(invalidEncoding);
      return offset - start;
    };
    base64.test = function test(string) {
      return /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(string);
    };
  }
});

// node_modules/@protobufjs/eventemitter/index.js
var require_eventemitter = __commonJS({
  "node_modules/@protobufjs/eventemitter/index.js"(exports, module) {
    "use strict";
    module.exports = EventEmitter;
    function EventEmitter() {
      this._listeners = /* @__PURE__ */ Object.create(null);
    }
    EventEmitter.prototype.on = function on(evt, fn, ctx) {
      (this._listeners[evt] || (this._listeners[evt] = [])).push({
        fn,
        ctx: ctx || this
      });
      return this;
    };
    EventEmitter.prototype.off = function off(evt, fn) {
      if (evt === void 0)
        this._listeners = /* @__PURE__ */ Object.create(null);
      else {
        if (fn === void 0)
          this._listeners[evt] = [];
        else {
          var listeners = this._listeners[evt];
          if (!listeners)
            return this;
          for (var i = 0; i < listeners.length; )
            if (listeners[i].fn === fn)
              listeners.splice(i, 1);
            else
              ++i;
        }
      }
      return this;
    };
    EventEmitter.prototype.emit = function emit(evt) {
      var listeners = this._listeners[evt];
      if (listeners) {
        var args = [], i = 1;
        for (; i < arguments.length; )
          args.push(arguments[i++]);
        for (i = 0; i < listeners.length; )
          listeners[i].fn.apply(listeners[i++].ctx, args);
      }
      return this;
    };
  }
});

// node_modules/@protobufjs/float/index.js
var require_float = __commonJS({
  "node_modules/@protobufjs/float/index.js"(exports, module) {
    "use strict";
    module.exports = factory(factory);
    function factory(exports2) {
      if (typeof Float32Array !== "undefined") (function() {
        var f32 = new Float32Array([-0]), f8b = new Uint8Array(f32.buffer), le = f8b[3] === 128;
        function writeFloat_f32_cpy(val, buf, pos) {
          f32[0] = val;
          buf[pos] = f8b[0];
          buf[pos + 1] = f8b[1];
          buf[pos + 2] = f8b[2];
          buf[pos + 3] = f8b[3];
        }
        function writeFloat_f32_rev(val, buf, pos) {
          f32[0] = val;
          buf[pos] = f8b[3];
          buf[pos + 1] = f8b[2];
          buf[pos + 2] = f8b[1];
          buf[pos + 3] = f8b[0];
        }
        exports2.writeFloatLE = le ? writeFloat_f32_cpy : writeFloat_f32_rev;
        exports2.writeFloatBE = le ? writeFloat_f32_rev : writeFloat_f32_cpy;
        function readFloat_f32_cpy(buf, pos) {
          f8b[0] = buf[pos];
          f8b[1] = buf[pos + 1];
          f8b[2] = buf[pos + 2];
          f8b[3] = buf[pos + 3];
          return f32[0];
        }
        function readFloat_f32_rev(buf, pos) {
          f8b[3] = buf[pos];
          f8b[2] = buf[pos + 1];
          f8b[1] = buf[pos + 2];
          f8b[0] = buf[pos + 3];
          return f32[0];
        }
        exports2.readFloatLE = le ? readFloat_f32_cpy : readFloat_f32_rev;
        exports2.readFloatBE = le ? readFloat_f32_rev : readFloat_f32_cpy;
      })();
      else (function() {
        function writeFloat_ieee754(writeUint, val, buf, pos) {
          var sign = val < 0 ? 1 : 0;
          if (sign)
            val = -val;
          if (val === 0)
            writeUint(1 / val > 0 ? (
              /* positive */
              0
            ) : (
              /* negative 0 */
              2147483648
            ), buf, pos);
          else if (isNaN(val))
            writeUint(2143289344, buf, pos);
          else if (val > 34028234663852886e22)
            writeUint((sign << 31 | 2139095040) >>> 0, buf, pos);
          else if (val < 11754943508222875e-54)
            writeUint((sign << 31 | Math.round(val / 1401298464324817e-60)) >>> 0, buf, pos);
          else {
            var exponent = Math.floor(Math.log(val) / Math.LN2), mantissa = Math.round(val * Math.pow(2, -exponent) * 8388608) & 8388607;
            writeUint((sign << 31 | exponent + 127 << 23 | mantissa) >>> 0, buf, pos);
          }
        }
        exports2.writeFloatLE = writeFloat_ieee754.bind(null, writeUintLE);
        exports2.writeFloatBE = writeFloat_ieee754.bind(null, writeUintBE);
        function readFloat_ieee754(readUint, buf, pos) {
          var uint = readUint(buf, pos), sign = (uint >> 31) * 2 + 1, exponent = uint >>> 23 & 255, mantissa = uint & 8388607;
          return exponent === 255 ? mantissa ? NaN : sign * Infinity : exponent === 0 ? sign * 1401298464324817e-60 * mantissa : sign * Math.pow(2, exponent - 150) * (mantissa + 8388608);
        }
        exports2.readFloatLE = readFloat_ieee754.bind(null, readUintLE);
        exports2.readFloatBE = readFloat_ieee754.bind(null, readUintBE);
      })();
      if (typeof Float64Array !== "undefined") (function() {
        var f64 = new Float64Array([-0]), f8b = new Uint8Array(f64.buffer), le = f8b[7] === 128;
        function writeDouble_f64_cpy(val, buf, pos) {
          f64[0] = val;
          buf[pos] = f8b[0];
          buf[pos + 1] = f8b[1];
          buf[pos + 2] = f8b[2];
          buf[pos + 3] = f8b[3];
          buf[pos + 4] = f8b[4];
          buf[pos + 5] = f8b[5];
          buf[pos + 6] = f8b[6];
          buf[pos + 7] = f8b[7];
        }
        function writeDouble_f64_rev(val, buf, pos) {
          f64[0] = val;
          buf[pos] = f8b[7];
          buf[pos + 1] = f8b[6];
          buf[pos + 2] = f8b[5];
          buf[pos + 3] = f8b[4];
          buf[pos + 4] = f8b[3];
          buf[pos + 5] = f8b[2];
          buf[pos + 6] = f8b[1];
          buf[pos + 7] = f8b[0];
        }
        exports2.writeDoubleLE = le ? writeDouble_f64_cpy : writeDouble_f64_rev;
        exports2.writeDoubleBE = le ? writeDouble_f64_rev : writeDouble_f64_cpy;
        function readDouble_f64_cpy(buf, pos) {
          f8b[0] = buf[pos];
          f8b[1] = buf[pos + 1];
          f8b[2] = buf[pos + 2];
          f8b[3] = buf[pos + 3];
          f8b[4] = buf[pos + 4];
          f8b[5] = buf[pos + 5];
          f8b[6] = buf[pos + 6];
          f8b[7] = buf[pos + 7];
          return f64[0];
        }
        function readDouble_f64_rev(buf, pos) {
          f8b[7] = buf[pos];
          f8b[6] = buf[pos + 1];
          f8b[5] = buf[pos + 2];
          f8b[4] = buf[pos + 3];
          f8b[3] = buf[pos + 4];
          f8b[2] = buf[pos + 5];
          f8b[1] = buf[pos + 6];
          f8b[0] = buf[pos + 7];
          return f64[0];
        }
        exports2.readDoubleLE = le ? readDouble_f64_cpy : readDouble_f64_rev;
        exports2.readDoubleBE = le ? readDouble_f64_rev : readDouble_f64_cpy;
      })();
      else (function() {
        function writeDouble_ieee754(writeUint, off0, off1, val, buf, pos) {
          var sign = val < 0 ? 1 : 0;
          if (sign)
            val = -val;
          if (val === 0) {
            writeUint(0, buf, pos + off0);
            writeUint(1 / val > 0 ? (
              /* positive */
              0
            ) : (
              /* negative 0 */
              2147483648
            ), buf, pos + off1);
          } else if (isNaN(val)) {
            writeUint(0, buf, pos + off0);
            writeUint(2146959360, buf, pos + off1);
          } else if (val > 17976931348623157e292) {
            writeUint(0, buf, pos + off0);
            writeUint((sign << 31 | 2146435072) >>> 0, buf, pos + off1);
          } else {
            var mantissa;
            if (val < 22250738585072014e-324) {
              mantissa = val / 5e-324;
              writeUint(mantissa >>> 0, buf, pos + off0);
              writeUint((sign << 31 | mantissa / 4294967296) >>> 0, buf, pos + off1);
            } else {
              var exponent = Math.floor(Math.log(val) / Math.LN2);
              if (exponent === 1024)
                exponent = 1023;
              mantissa = val * Math.pow(2, -exponent);
              writeUint(mantissa * 4503599627370496 >>> 0, buf, pos + off0);
              writeUint((sign << 31 | exponent + 1023 << 20 | mantissa * 1048576 & 1048575) >>> 0, buf, pos + off1);
            }
          }
        }
        exports2.writeDoubleLE = writeDouble_ieee754.bind(null, writeUintLE, 0, 4);
        exports2.writeDoubleBE = writeDouble_ieee754.bind(null, writeUintBE, 4, 0);
        function readDouble_ieee754(readUint, off0, off1, buf, pos) {
          var lo = readUint(buf, pos + off0), hi = readUint(buf, pos + off1);
          var sign = (hi >> 31) * 2 + 1, exponent = hi >>> 20 & 2047, mantissa = 4294967296 * (hi & 1048575) + lo;
          return exponent === 2047 ? mantissa ? NaN : sign * Infinity : exponent === 0 ? sign * 5e-324 * mantissa : sign * Math.pow(2, exponent - 1075) * (mantissa + 4503599627370496);
        }
        exports2.readDoubleLE = readDouble_ieee754.bind(null, readUintLE, 0, 4);
        exports2.readDoubleBE = readDouble_ieee754.bind(null, readUintBE, 4, 0);
      })();
      return exports2;
    }
    function writeUintLE(val, buf, pos) {
      buf[pos] = val & 255;
      buf[pos + 1] = val >>> 8 & 255;
      buf[pos + 2] = val >>> 16 & 255;
      buf[pos + 3] = val >>> 24;
    }
    function writeUintBE(val, buf, pos) {
      buf[pos] = val >>> 24;
      buf[pos + 1] = val >>> 16 & 255;
      buf[pos + 2] = val >>> 8 & 255;
      buf[pos + 3] = val & 255;
    }
    function readUintLE(buf, pos) {
      return (buf[pos] | buf[pos + 1] << 8 | buf[pos + 2] << 16 | buf[pos + 3] << 24) >>> 0;
    }
    function readUintBE(buf, pos) {
      return (buf[pos] << 24 | buf[pos + 1] << 16 | buf[pos + 2] << 8 | buf[pos + 3]) >>> 0;
    }
  }
});

// node_modules/@protobufjs/utf8/index.js
var require_utf8 = __commonJS({
  "node_modules/@protobufjs/utf8/index.js"(exports) {
    "use strict";
    var utf8 = exports;
    var replacementCharCode = 65533;
    utf8.length = function utf8_length(string) {
      var len = 0, c = 0;
      for (var i = 0; i < string.length; ++i) {
        c = string.charCodeAt(i);
        if (c < 128)
          len += 1;
        else if (c < 2048)
          len += 2;
        else if ((c & 64512) === 55296 && (string.charCodeAt(i + 1) & 64512) === 56320) {
          ++i;
          len += 4;
        } else
          len += 3;
      }
      return len;
    };
    utf8.read = function utf8_read(buffer, start, end) {
      if (end - start < 1)
        return "";
      var parts = null, chunk = [], i = 0, t, t2, c2, c3;
      while (start < end) {
        t = buffer[start++];
        if (t <= 127) {
          chunk[i++] = t;
        } else if (t >= 192 && t < 224) {
          c2 = (t & 31) << 6 | buffer[start++] & 63;
          chunk[i++] = c2 >= 128 ? c2 : replacementCharCode;
        } else if (t >= 224 && t < 240) {
          c3 = (t & 15) << 12 | (buffer[start++] & 63) << 6 | buffer[start++] & 63;
          chunk[i++] = c3 >= 2048 ? c3 : replacementCharCode;
        } else if (t >= 240) {
          t2 = (t & 7) << 18 | (buffer[start++] & 63) << 12 | (buffer[start++] & 63) << 6 | buffer[start++] & 63;
          if (t2 < 65536 || t2 > 1114111)
            chunk[i++] = replacementCharCode;
          else {
            t2 -= 65536;
            chunk[i++] = 55296 + (t2 >> 10);
            chunk[i++] = 56320 + (t2 & 1023);
          }
        }
        if (i > 8191) {
          (parts || (parts = [])).push(String.fromCharCode.apply(String, chunk.slice(0, i)));
          i = 0;
        }
      }
      if (parts) {
        if (i)
          parts.push(String.fromCharCode.apply(String, chunk.slice(0, i)));
        return parts.join("");
      }
      return String.fromCharCode.apply(String, chunk.slice(0, i));
    };
    utf8.write = function utf8_write(string, buffer, offset) {
      var start = offset, c1, c2;
      for (var i = 0; i < string.length; ++i) {
        c1 = string.charCodeAt(i);
        if (c1 < 128) {
          buffer[offset++] = c1;
        } else if (c1 < 2048) {
          buffer[offset++] = c1 >> 6 | 192;
          buffer[offset++] = c1 & 63 | 128;
        } else if ((c1 & 64512) === 55296 && ((c2 = string.charCodeAt(i + 1)) & 64512) === 56320) {
          c1 = 65536 + ((c1 & 1023) << 10) + (c2 & 1023);
          ++i;
          buffer[offset++] = c1 >> 18 | 240;
          buffer[offset++] = c1 >> 12 & 63 | 128;
          buffer[offset++] = c1 >> 6 & 63 | 128;
          buffer[offset++] = c1 & 63 | 128;
        } else {
          buffer[offset++] = c1 >> 12 | 224;
          buffer[offset++] = c1 >> 6 & 63 | 128;
          buffer[offset++] = c1 & 63 | 128;
        }
      }
      return offset - start;
    };
  }
});

// node_modules/@protobufjs/pool/index.js
var require_pool = __commonJS({
  "node_modules/@protobufjs/pool/index.js"(exports, module) {
    "use strict";
    module.exports = pool;
    function pool(alloc, slice, size) {
      var SIZE = size || 8192;
      var MAX = SIZE >>> 1;
      var slab = null;
      var offset = SIZE;
      return function pool_alloc(size2) {
        if (size2 < 1 || size2 > MAX)
          return alloc(size2);
        if (offset + size2 > SIZE) {
          slab = alloc(SIZE);
          offset = 0;
        }
        var buf = slice.call(slab, offset, offset += size2);
        if (offset & 7)
          offset = (offset | 7) + 1;
        return buf;
      };
    }
  }
});

// node_modules/protobufjs/src/util/longbits.js
var require_longbits = __commonJS({
  "node_modules/protobufjs/src/util/longbits.js"(exports, module) {
    "use strict";
    module.exports = LongBits;
    var util = require_minimal();
    function LongBits(lo, hi) {
      this.lo = lo >>> 0;
      this.hi = hi >>> 0;
    }
    var zero = LongBits.zero = new LongBits(0, 0);
    zero.toNumber = function() {
      return 0;
    };
    zero.zzEncode = zero.zzDecode = function() {
      return this;
    };
    zero.length = function() {
      return 1;
    };
    var zeroHash = LongBits.zeroHash = "\0\0\0\0\0\0\0\0";
    LongBits.fromNumber = function fromNumber(value) {
      if (value === 0)
        return zero;
      var sign = value < 0;
      if (sign)
        value = -value;
      var lo = value >>> 0, hi = (value - lo) / 4294967296 >>> 0;
      if (sign) {
        hi = ~hi >>> 0;
        lo = ~lo >>> 0;
        if (++lo > 4294967295) {
          lo = 0;
          if (++hi > 4294967295)
            hi = 0;
        }
      }
      return new LongBits(lo, hi);
    };
    LongBits.from = function from(value) {
      if (typeof value === "number")
        return LongBits.fromNumber(value);
      if (util.isString(value)) {
        if (util.Long)
          value = util.Long.fromString(value);
        else
          return LongBits.fromNumber(parseInt(value, 10));
      }
      return value.low || value.high ? new LongBits(value.low >>> 0, value.high >>> 0) : zero;
    };
    LongBits.prototype.toNumber = function toNumber(unsigned) {
      if (!unsigned && this.hi >>> 31) {
        var lo = ~this.lo + 1 >>> 0, hi = ~this.hi >>> 0;
        if (!lo)
          hi = hi + 1 >>> 0;
        return -(lo + hi * 4294967296);
      }
      return this.lo + this.hi * 4294967296;
    };
    LongBits.prototype.toLong = function toLong(unsigned) {
      return util.Long ? new util.Long(this.lo | 0, this.hi | 0, Boolean(unsigned)) : { low: this.lo | 0, high: this.hi | 0, unsigned: Boolean(unsigned) };
    };
    var charCodeAt = String.prototype.charCodeAt;
    LongBits.fromHash = function fromHash(hash) {
      if (hash === zeroHash)
        return zero;
      return new LongBits(
        (charCodeAt.call(hash, 0) | charCodeAt.call(hash, 1) << 8 | charCodeAt.call(hash, 2) << 16 | charCodeAt.call(hash, 3) << 24) >>> 0,
        (charCodeAt.call(hash, 4) | charCodeAt.call(hash, 5) << 8 | charCodeAt.call(hash, 6) << 16 | charCodeAt.call(hash, 7) << 24) >>> 0
      );
    };
    LongBits.prototype.toHash = function toHash() {
      return String.fromCharCode(
        this.lo & 255,
        this.lo >>> 8 & 255,
        this.lo >>> 16 & 255,
        this.lo >>> 24,
        this.hi & 255,
        this.hi >>> 8 & 255,
        this.hi >>> 16 & 255,
        this.hi >>> 24
      );
    };
    LongBits.prototype.zzEncode = function zzEncode() {
      var mask = this.hi >> 31;
      this.hi = ((this.hi << 1 | this.lo >>> 31) ^ mask) >>> 0;
      this.lo = (this.lo << 1 ^ mask) >>> 0;
      return this;
    };
    LongBits.prototype.zzDecode = function zzDecode() {
      var mask = -(this.lo & 1);
      this.lo = ((this.lo >>> 1 | this.hi << 31) ^ mask) >>> 0;
      this.hi = (this.hi >>> 1 ^ mask) >>> 0;
      return this;
    };
    LongBits.prototype.length = function length() {
      var part0 = this.lo, part1 = (this.lo >>> 28 | this.hi << 4) >>> 0, part2 = this.hi >>> 24;
      return part2 === 0 ? part1 === 0 ? part0 < 16384 ? part0 < 128 ? 1 : 2 : part0 < 2097152 ? 3 : 4 : part1 < 16384 ? part1 < 128 ? 5 : 6 : part1 < 2097152 ? 7 : 8 : part2 < 128 ? 9 : 10;
    };
  }
});

// node_modules/long/umd/index.js
var require_umd = __commonJS({
  "node_modules/long/umd/index.js"(exports, module) {
    (function(global2, factory) {
      function preferDefault(exports2) {
        return exports2.default || exports2;
      }
      if (typeof define === "function" && define.amd) {
        define([], function() {
          var exports2 = {};
          factory(exports2);
          return preferDefault(exports2);
        });
      } else if (typeof exports === "object") {
        factory(exports);
        if (typeof module === "object") module.exports = preferDefault(exports);
      } else {
        (function() {
          var exports2 = {};
          factory(exports2);
          global2.Long = preferDefault(exports2);
        })();
      }
    })(
      typeof globalThis !== "undefined" ? globalThis : typeof self !== "undefined" ? self : exports,
      function(_exports) {
        "use strict";
        Object.defineProperty(_exports, "__esModule", {
          value: true
        });
        _exports.default = void 0;
        var wasm = null;
        try {
          wasm = new WebAssembly.Instance(
            new WebAssembly.Module(
              new Uint8Array([
                // \0asm
                0,
                97,
                115,
                109,
                // version 1
                1,
                0,
                0,
                0,
                // section "type"
                1,
                13,
                2,
                // 0, () => i32
                96,
                0,
                1,
                127,
                // 1, (i32, i32, i32, i32) => i32
                96,
                4,
                127,
                127,
                127,
                127,
                1,
                127,
                // section "function"
                3,
                7,
                6,
                // 0, type 0
                0,
                // 1, type 1
                1,
                // 2, type 1
                1,
                // 3, type 1
                1,
                // 4, type 1
                1,
                // 5, type 1
                1,
                // section "global"
                6,
                6,
                1,
                // 0, "high", mutable i32
                127,
                1,
                65,
                0,
                11,
                // section "export"
                7,
                50,
                6,
                // 0, "mul"
                3,
                109,
                117,
                108,
                0,
                1,
                // 1, "div_s"
                5,
                100,
                105,
                118,
                95,
                115,
                0,
                2,
                // 2, "div_u"
                5,
                100,
                105,
                118,
                95,
                117,
                0,
                3,
                // 3, "rem_s"
                5,
                114,
                101,
                109,
                95,
                115,
                0,
                4,
                // 4, "rem_u"
                5,
                114,
                101,
                109,
                95,
                117,
                0,
                5,
                // 5, "get_high"
                8,
                103,
                101,
                116,
                95,
                104,
                105,
                103,
                104,
                0,
                0,
                // section "code"
                10,
                191,
                1,
                6,
                // 0, "get_high"
                4,
                0,
                35,
                0,
                11,
                // 1, "mul"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                126,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11,
                // 2, "div_s"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                127,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11,
                // 3, "div_u"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                128,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11,
                // 4, "rem_s"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                129,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11,
                // 5, "rem_u"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                130,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11
              ])
            ),
            {}
          ).exports;
        } catch {
        }
        function Long(low, high, unsigned) {
          this.low = low | 0;
          this.high = high | 0;
          this.unsigned = !!unsigned;
        }
        Long.prototype.__isLong__;
        Object.defineProperty(Long.prototype, "__isLong__", {
          value: true
        });
        function isLong(obj) {
          return (obj && obj["__isLong__"]) === true;
        }
        function ctz32(value) {
          var c = Math.clz32(value & -value);
          return value ? 31 - c : c;
        }
        Long.isLong = isLong;
        var INT_CACHE = {};
        var UINT_CACHE = {};
        function fromInt(value, unsigned) {
          var obj, cachedObj, cache;
          if (unsigned) {
            value >>>= 0;
            if (cache = 0 <= value && value < 256) {
              cachedObj = UINT_CACHE[value];
              if (cachedObj) return cachedObj;
            }
            obj = fromBits(value, 0, true);
            if (cache) UINT_CACHE[value] = obj;
            return obj;
          } else {
            value |= 0;
            if (cache = -128 <= value && value < 128) {
              cachedObj = INT_CACHE[value];
              if (cachedObj) return cachedObj;
            }
            obj = fromBits(value, value < 0 ? -1 : 0, false);
            if (cache) INT_CACHE[value] = obj;
            return obj;
          }
        }
        Long.fromInt = fromInt;
        function fromNumber(value, unsigned) {
          if (isNaN(value)) return unsigned ? UZERO : ZERO;
          if (unsigned) {
            if (value < 0) return UZERO;
            if (value >= TWO_PWR_64_DBL) return MAX_UNSIGNED_VALUE;
          } else {
            if (value <= -TWO_PWR_63_DBL) return MIN_VALUE;
            if (value + 1 >= TWO_PWR_63_DBL) return MAX_VALUE;
          }
          if (value < 0) return fromNumber(-value, unsigned).neg();
          return fromBits(
            value % TWO_PWR_32_DBL | 0,
            value / TWO_PWR_32_DBL | 0,
            unsigned
          );
        }
        Long.fromNumber = fromNumber;
        function fromBits(lowBits, highBits, unsigned) {
          return new Long(lowBits, highBits, unsigned);
        }
        Long.fromBits = fromBits;
        var pow_dbl = Math.pow;
        function fromString(str, unsigned, radix) {
          if (str.length === 0) throw Error("empty string");
          if (typeof unsigned === "number") {
            radix = unsigned;
            unsigned = false;
          } else {
            unsigned = !!unsigned;
          }
          if (str === "NaN" || str === "Infinity" || str === "+Infinity" || str === "-Infinity")
            return unsigned ? UZERO : ZERO;
          radix = radix || 10;
          if (radix < 2 || 36 < radix) throw RangeError("radix");
          var p;
          if ((p = str.indexOf("-")) > 0) throw Error("interior hyphen");
          else if (p === 0) {
            return fromString(str.substring(1), unsigned, radix).neg();
          }
          var radixToPower = fromNumber(pow_dbl(radix, 8));
          var result = ZERO;
          for (var i = 0; i < str.length; i += 8) {
            var size = Math.min(8, str.length - i), value = parseInt(str.substring(i, i + size), radix);
            if (size < 8) {
              var power = fromNumber(pow_dbl(radix, size));
              result = result.mul(power).add(fromNumber(value));
            } else {
              result = result.mul(radixToPower);
              result = result.add(fromNumber(value));
            }
          }
          result.unsigned = unsigned;
          return result;
        }
        Long.fromString = fromString;
        function fromValue(val, unsigned) {
          if (typeof val === "number") return fromNumber(val, unsigned);
          if (typeof val === "string") return fromString(val, unsigned);
          return fromBits(
            val.low,
            val.high,
            typeof unsigned === "boolean" ? unsigned : val.unsigned
          );
        }
        Long.fromValue = fromValue;
        var TWO_PWR_16_DBL = 1 << 16;
        var TWO_PWR_24_DBL = 1 << 24;
        var TWO_PWR_32_DBL = TWO_PWR_16_DBL * TWO_PWR_16_DBL;
        var TWO_PWR_64_DBL = TWO_PWR_32_DBL * TWO_PWR_32_DBL;
        var TWO_PWR_63_DBL = TWO_PWR_64_DBL / 2;
        var TWO_PWR_24 = fromInt(TWO_PWR_24_DBL);
        var ZERO = fromInt(0);
        Long.ZERO = ZERO;
        var UZERO = fromInt(0, true);
        Long.UZERO = UZERO;
        var ONE = fromInt(1);
        Long.ONE = ONE;
        var UONE = fromInt(1, true);
        Long.UONE = UONE;
        var NEG_ONE = fromInt(-1);
        Long.NEG_ONE = NEG_ONE;
        var MAX_VALUE = fromBits(4294967295 | 0, 2147483647 | 0, false);
        Long.MAX_VALUE = MAX_VALUE;
        var MAX_UNSIGNED_VALUE = fromBits(4294967295 | 0, 4294967295 | 0, true);
        Long.MAX_UNSIGNED_VALUE = MAX_UNSIGNED_VALUE;
        var MIN_VALUE = fromBits(0, 2147483648 | 0, false);
        Long.MIN_VALUE = MIN_VALUE;
        var LongPrototype = Long.prototype;
        LongPrototype.toInt = function toInt() {
          return this.unsigned ? this.low >>> 0 : this.low;
        };
        LongPrototype.toNumber = function toNumber() {
          if (this.unsigned)
            return (this.high >>> 0) * TWO_PWR_32_DBL + (this.low >>> 0);
          return this.high * TWO_PWR_32_DBL + (this.low >>> 0);
        };
        LongPrototype.toString = function toString(radix) {
          radix = radix || 10;
          if (radix < 2 || 36 < radix) throw RangeError("radix");
          if (this.isZero()) return "0";
          if (this.isNegative()) {
            if (this.eq(MIN_VALUE)) {
              var radixLong = fromNumber(radix), div = this.div(radixLong), rem1 = div.mul(radixLong).sub(this);
              return div.toString(radix) + rem1.toInt().toString(radix);
            } else return "-" + this.neg().toString(radix);
          }
          var radixToPower = fromNumber(pow_dbl(radix, 6), this.unsigned), rem = this;
          var result = "";
          while (true) {
            var remDiv = rem.div(radixToPower), intval = rem.sub(remDiv.mul(radixToPower)).toInt() >>> 0, digits = intval.toString(radix);
            rem = remDiv;
            if (rem.isZero()) return digits + result;
            else {
              while (digits.length < 6) digits = "0" + digits;
              result = "" + digits + result;
            }
          }
        };
        LongPrototype.getHighBits = function getHighBits() {
          return this.high;
        };
        LongPrototype.getHighBitsUnsigned = function getHighBitsUnsigned() {
          return this.high >>> 0;
        };
        LongPrototype.getLowBits = function getLowBits() {
          return this.low;
        };
        LongPrototype.getLowBitsUnsigned = function getLowBitsUnsigned() {
          return this.low >>> 0;
        };
        LongPrototype.getNumBitsAbs = function getNumBitsAbs() {
          if (this.isNegative())
            return this.eq(MIN_VALUE) ? 64 : this.neg().getNumBitsAbs();
          var val = this.high != 0 ? this.high : this.low;
          for (var bit = 31; bit > 0; bit--) if ((val & 1 << bit) != 0) break;
          return this.high != 0 ? bit + 33 : bit + 1;
        };
        LongPrototype.isSafeInteger = function isSafeInteger() {
          var top11Bits = this.high >> 21;
          if (!top11Bits) return true;
          if (this.unsigned) return false;
          return top11Bits === -1 && !(this.low === 0 && this.high === -2097152);
        };
        LongPrototype.isZero = function isZero() {
          return this.high === 0 && this.low === 0;
        };
        LongPrototype.eqz = LongPrototype.isZero;
        LongPrototype.isNegative = function isNegative() {
          return !this.unsigned && this.high < 0;
        };
        LongPrototype.isPositive = function isPositive() {
          return this.unsigned || this.high >= 0;
        };
        LongPrototype.isOdd = function isOdd() {
          return (this.low & 1) === 1;
        };
        LongPrototype.isEven = function isEven() {
          return (this.low & 1) === 0;
        };
        LongPrototype.equals = function equals(other) {
          if (!isLong(other)) other = fromValue(other);
          if (this.unsigned !== other.unsigned && this.high >>> 31 === 1 && other.high >>> 31 === 1)
            return false;
          return this.high === other.high && this.low === other.low;
        };
        LongPrototype.eq = LongPrototype.equals;
        LongPrototype.notEquals = function notEquals(other) {
          return !this.eq(
            /* validates */
            other
          );
        };
        LongPrototype.neq = LongPrototype.notEquals;
        LongPrototype.ne = LongPrototype.notEquals;
        LongPrototype.lessThan = function lessThan(other) {
          return this.comp(
            /* validates */
            other
          ) < 0;
        };
        LongPrototype.lt = LongPrototype.lessThan;
        LongPrototype.lessThanOrEqual = function lessThanOrEqual(other) {
          return this.comp(
            /* validates */
            other
          ) <= 0;
        };
        LongPrototype.lte = LongPrototype.lessThanOrEqual;
        LongPrototype.le = LongPrototype.lessThanOrEqual;
        LongPrototype.greaterThan = function greaterThan(other) {
          return this.comp(
            /* validates */
            other
          ) > 0;
        };
        LongPrototype.gt = LongPrototype.greaterThan;
        LongPrototype.greaterThanOrEqual = function greaterThanOrEqual(other) {
          return this.comp(
            /* validates */
            other
          ) >= 0;
        };
        LongPrototype.gte = LongPrototype.greaterThanOrEqual;
        LongPrototype.ge = LongPrototype.greaterThanOrEqual;
        LongPrototype.compare = function compare(other) {
          if (!isLong(other)) other = fromValue(other);
          if (this.eq(other)) return 0;
          var thisNeg = this.isNegative(), otherNeg = other.isNegative();
          if (thisNeg && !otherNeg) return -1;
          if (!thisNeg && otherNeg) return 1;
          if (!this.unsigned) return this.sub(other).isNegative() ? -1 : 1;
          return other.high >>> 0 > this.high >>> 0 || other.high === this.high && other.low >>> 0 > this.low >>> 0 ? -1 : 1;
        };
        LongPrototype.comp = LongPrototype.compare;
        LongPrototype.negate = function negate() {
          if (!this.unsigned && this.eq(MIN_VALUE)) return MIN_VALUE;
          return this.not().add(ONE);
        };
        LongPrototype.neg = LongPrototype.negate;
        LongPrototype.add = function add(addend) {
          if (!isLong(addend)) addend = fromValue(addend);
          var a48 = this.high >>> 16;
          var a32 = this.high & 65535;
          var a16 = this.low >>> 16;
          var a00 = this.low & 65535;
          var b48 = addend.high >>> 16;
          var b32 = addend.high & 65535;
          var b16 = addend.low >>> 16;
          var b00 = addend.low & 65535;
          var c48 = 0, c32 = 0, c16 = 0, c00 = 0;
          c00 += a00 + b00;
          c16 += c00 >>> 16;
          c00 &= 65535;
          c16 += a16 + b16;
          c32 += c16 >>> 16;
          c16 &= 65535;
          c32 += a32 + b32;
          c48 += c32 >>> 16;
          c32 &= 65535;
          c48 += a48 + b48;
          c48 &= 65535;
          return fromBits(c16 << 16 | c00, c48 << 16 | c32, this.unsigned);
        };
        LongPrototype.subtract = function subtract(subtrahend) {
          if (!isLong(subtrahend)) subtrahend = fromValue(subtrahend);
          return this.add(subtrahend.neg());
        };
        LongPrototype.sub = LongPrototype.subtract;
        LongPrototype.multiply = function multiply(multiplier) {
          if (this.isZero()) return this;
          if (!isLong(multiplier)) multiplier = fromValue(multiplier);
          if (wasm) {
            var low = wasm["mul"](
              this.low,
              this.high,
              multiplier.low,
              multiplier.high
            );
            return fromBits(low, wasm["get_high"](), this.unsigned);
          }
          if (multiplier.isZero()) return this.unsigned ? UZERO : ZERO;
          if (this.eq(MIN_VALUE)) return multiplier.isOdd() ? MIN_VALUE : ZERO;
          if (multiplier.eq(MIN_VALUE)) return this.isOdd() ? MIN_VALUE : ZERO;
          if (this.isNegative()) {
            if (multiplier.isNegative()) return this.neg().mul(multiplier.neg());
            else return this.neg().mul(multiplier).neg();
          } else if (multiplier.isNegative())
            return this.mul(multiplier.neg()).neg();
          if (this.lt(TWO_PWR_24) && multiplier.lt(TWO_PWR_24))
            return fromNumber(
              this.toNumber() * multiplier.toNumber(),
              this.unsigned
            );
          var a48 = this.high >>> 16;
          var a32 = this.high & 65535;
          var a16 = this.low >>> 16;
          var a00 = this.low & 65535;
          var b48 = multiplier.high >>> 16;
          var b32 = multiplier.high & 65535;
          var b16 = multiplier.low >>> 16;
          var b00 = multiplier.low & 65535;
          var c48 = 0, c32 = 0, c16 = 0, c00 = 0;
          c00 += a00 * b00;
          c16 += c00 >>> 16;
          c00 &= 65535;
          c16 += a16 * b00;
          c32 += c16 >>> 16;
          c16 &= 65535;
          c16 += a00 * b16;
          c32 += c16 >>> 16;
          c16 &= 65535;
          c32 += a32 * b00;
          c48 += c32 >>> 16;
          c32 &= 65535;
          c32 += a16 * b16;
          c48 += c32 >>> 16;
          c32 &= 65535;
          c32 += a00 * b32;
          c48 += c32 >>> 16;
          c32 &= 65535;
          c48 += a48 * b00 + a32 * b16 + a16 * b32 + a00 * b48;
          c48 &= 65535;
          return fromBits(c16 << 16 | c00, c48 << 16 | c32, this.unsigned);
        };
        LongPrototype.mul = LongPrototype.multiply;
        LongPrototype.divide = function divide(divisor) {
          if (!isLong(divisor)) divisor = fromValue(divisor);
          if (divisor.isZero()) throw Error("division by zero");
          if (wasm) {
            if (!this.unsigned && this.high === -2147483648 && divisor.low === -1 && divisor.high === -1) {
              return this;
            }
            var low = (this.unsigned ? wasm["div_u"] : wasm["div_s"])(
              this.low,
              this.high,
              divisor.low,
              divisor.high
            );
            return fromBits(low, wasm["get_high"](), this.unsigned);
          }
          if (this.isZero()) return this.unsigned ? UZERO : ZERO;
          var approx, rem, res;
          if (!this.unsigned) {
            if (this.eq(MIN_VALUE)) {
              if (divisor.eq(ONE) || divisor.eq(NEG_ONE))
                return MIN_VALUE;
              else if (divisor.eq(MIN_VALUE)) return ONE;
              else {
                var halfThis = this.shr(1);
                approx = halfThis.div(divisor).shl(1);
                if (approx.eq(ZERO)) {
                  return divisor.isNegative() ? ONE : NEG_ONE;
                } else {
                  rem = this.sub(divisor.mul(approx));
                  res = approx.add(rem.div(divisor));
                  return res;
                }
              }
            } else if (divisor.eq(MIN_VALUE)) return this.unsigned ? UZERO : ZERO;
            if (this.isNegative()) {
              if (divisor.isNegative()) return this.neg().div(divisor.neg());
              return this.neg().div(divisor).neg();
            } else if (divisor.isNegative()) return this.div(divisor.neg()).neg();
            res = ZERO;
          } else {
            if (!divisor.unsigned) divisor = divisor.toUnsigned();
            if (divisor.gt(this)) return UZERO;
            if (divisor.gt(this.shru(1)))
              return UONE;
            res = UZERO;
          }
          rem = this;
          while (rem.gte(divisor)) {
            approx = Math.max(1, Math.floor(rem.toNumber() / divisor.toNumber()));
            var log2 = Math.ceil(Math.log(approx) / Math.LN2), delta = log2 <= 48 ? 1 : pow_dbl(2, log2 - 48), approxRes = fromNumber(approx), approxRem = approxRes.mul(divisor);
            while (approxRem.isNegative() || approxRem.gt(rem)) {
              approx -= delta;
              approxRes = fromNumber(approx, this.unsigned);
              approxRem = approxRes.mul(divisor);
            }
            if (approxRes.isZero()) approxRes = ONE;
            res = res.add(approxRes);
            rem = rem.sub(approxRem);
          }
          return res;
        };
        LongPrototype.div = LongPrototype.divide;
        LongPrototype.modulo = function modulo(divisor) {
          if (!isLong(divisor)) divisor = fromValue(divisor);
          if (wasm) {
            var low = (this.unsigned ? wasm["rem_u"] : wasm["rem_s"])(
              this.low,
              this.high,
              divisor.low,
              divisor.high
            );
            return fromBits(low, wasm["get_high"](), this.unsigned);
          }
          return this.sub(this.div(divisor).mul(divisor));
        };
        LongPrototype.mod = LongPrototype.modulo;
        LongPrototype.rem = LongPrototype.modulo;
        LongPrototype.not = function not() {
          return fromBits(~this.low, ~this.high, this.unsigned);
        };
        LongPrototype.countLeadingZeros = function countLeadingZeros() {
          return this.high ? Math.clz32(this.high) : Math.clz32(this.low) + 32;
        };
        LongPrototype.clz = LongPrototype.countLeadingZeros;
        LongPrototype.countTrailingZeros = function countTrailingZeros() {
          return this.low ? ctz32(this.low) : ctz32(this.high) + 32;
        };
        LongPrototype.ctz = LongPrototype.countTrailingZeros;
        LongPrototype.and = function and(other) {
          if (!isLong(other)) other = fromValue(other);
          return fromBits(
            this.low & other.low,
            this.high & other.high,
            this.unsigned
          );
        };
        LongPrototype.or = function or(other) {
          if (!isLong(other)) other = fromValue(other);
          return fromBits(
            this.low | other.low,
            this.high | other.high,
            this.unsigned
          );
        };
        LongPrototype.xor = function xor(other) {
          if (!isLong(other)) other = fromValue(other);
          return fromBits(
            this.low ^ other.low,
            this.high ^ other.high,
            this.unsigned
          );
        };
        LongPrototype.shiftLeft = function shiftLeft(numBits) {
          if (isLong(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          else if (numBits < 32)
            return fromBits(
              this.low << numBits,
              this.high << numBits | this.low >>> 32 - numBits,
              this.unsigned
            );
          else return fromBits(0, this.low << numBits - 32, this.unsigned);
        };
        LongPrototype.shl = LongPrototype.shiftLeft;
        LongPrototype.shiftRight = function shiftRight(numBits) {
          if (isLong(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          else if (numBits < 32)
            return fromBits(
              this.low >>> numBits | this.high << 32 - numBits,
              this.high >> numBits,
              this.unsigned
            );
          else
            return fromBits(
              this.high >> numBits - 32,
              this.high >= 0 ? 0 : -1,
              this.unsigned
            );
        };
        LongPrototype.shr = LongPrototype.shiftRight;
        LongPrototype.shiftRightUnsigned = function shiftRightUnsigned(numBits) {
          if (isLong(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          if (numBits < 32)
            return fromBits(
              this.low >>> numBits | this.high << 32 - numBits,
              this.high >>> numBits,
              this.unsigned
            );
          if (numBits === 32) return fromBits(this.high, 0, this.unsigned);
          return fromBits(this.high >>> numBits - 32, 0, this.unsigned);
        };
        LongPrototype.shru = LongPrototype.shiftRightUnsigned;
        LongPrototype.shr_u = LongPrototype.shiftRightUnsigned;
        LongPrototype.rotateLeft = function rotateLeft(numBits) {
          var b;
          if (isLong(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          if (numBits === 32) return fromBits(this.high, this.low, this.unsigned);
          if (numBits < 32) {
            b = 32 - numBits;
            return fromBits(
              this.low << numBits | this.high >>> b,
              this.high << numBits | this.low >>> b,
              this.unsigned
            );
          }
          numBits -= 32;
          b = 32 - numBits;
          return fromBits(
            this.high << numBits | this.low >>> b,
            this.low << numBits | this.high >>> b,
            this.unsigned
          );
        };
        LongPrototype.rotl = LongPrototype.rotateLeft;
        LongPrototype.rotateRight = function rotateRight(numBits) {
          var b;
          if (isLong(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          if (numBits === 32) return fromBits(this.high, this.low, this.unsigned);
          if (numBits < 32) {
            b = 32 - numBits;
            return fromBits(
              this.high << b | this.low >>> numBits,
              this.low << b | this.high >>> numBits,
              this.unsigned
            );
          }
          numBits -= 32;
          b = 32 - numBits;
          return fromBits(
            this.low << b | this.high >>> numBits,
            this.high << b | this.low >>> numBits,
            this.unsigned
          );
        };
        LongPrototype.rotr = LongPrototype.rotateRight;
        LongPrototype.toSigned = function toSigned() {
          if (!this.unsigned) return this;
          return fromBits(this.low, this.high, false);
        };
        LongPrototype.toUnsigned = function toUnsigned() {
          if (this.unsigned) return this;
          return fromBits(this.low, this.high, true);
        };
        LongPrototype.toBytes = function toBytes(le) {
          return le ? this.toBytesLE() : this.toBytesBE();
        };
        LongPrototype.toBytesLE = function toBytesLE() {
          var hi = this.high, lo = this.low;
          return [
            lo & 255,
            lo >>> 8 & 255,
            lo >>> 16 & 255,
            lo >>> 24,
            hi & 255,
            hi >>> 8 & 255,
            hi >>> 16 & 255,
            hi >>> 24
          ];
        };
        LongPrototype.toBytesBE = function toBytesBE() {
          var hi = this.high, lo = this.low;
          return [
            hi >>> 24,
            hi >>> 16 & 255,
            hi >>> 8 & 255,
            hi & 255,
            lo >>> 24,
            lo >>> 16 & 255,
            lo >>> 8 & 255,
            lo & 255
          ];
        };
        Long.fromBytes = function fromBytes(bytes, unsigned, le) {
          return le ? Long.fromBytesLE(bytes, unsigned) : Long.fromBytesBE(bytes, unsigned);
        };
        Long.fromBytesLE = function fromBytesLE(bytes, unsigned) {
          return new Long(
            bytes[0] | bytes[1] << 8 | bytes[2] << 16 | bytes[3] << 24,
            bytes[4] | bytes[5] << 8 | bytes[6] << 16 | bytes[7] << 24,
            unsigned
          );
        };
        Long.fromBytesBE = function fromBytesBE(bytes, unsigned) {
          return new Long(
            bytes[4] << 24 | bytes[5] << 16 | bytes[6] << 8 | bytes[7],
            bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3],
            unsigned
          );
        };
        if (typeof BigInt === "function") {
          Long.fromBigInt = function fromBigInt(value, unsigned) {
            var lowBits = Number(BigInt.asIntN(32, value));
            var highBits = Number(BigInt.asIntN(32, value >> BigInt(32)));
            return fromBits(lowBits, highBits, unsigned);
          };
          Long.fromValue = function fromValueWithBigInt(value, unsigned) {
            if (typeof value === "bigint") return Long.fromBigInt(value, unsigned);
            return fromValue(value, unsigned);
          };
          LongPrototype.toBigInt = function toBigInt() {
            var lowBigInt = BigInt(this.low >>> 0);
            var highBigInt = BigInt(this.unsigned ? this.high >>> 0 : this.high);
            return highBigInt << BigInt(32) | lowBigInt;
          };
        }
        var _default = _exports.default = Long;
      }
    );
  }
});

// node_modules/protobufjs/src/util/minimal.js
var require_minimal = __commonJS({
  "node_modules/protobufjs/src/util/minimal.js"(exports) {
    "use strict";
    var util = exports;
    util.asPromise = require_aspromise();
    util.base64 = require_base64();
    util.EventEmitter = require_eventemitter();
    util.float = require_float();
    util.utf8 = require_utf8();
    util.pool = require_pool();
    util.LongBits = require_longbits();
    function isUnsafeProperty(key) {
      return key === "__proto__" || key === "prototype" || key === "constructor";
    }
    util.isUnsafeProperty = isUnsafeProperty;
    util.isNode = Boolean(typeof global !== "undefined" && global && global.process && global.process.versions && global.process.versions.node);
    util.global = util.isNode && global || typeof window !== "undefined" && window || typeof self !== "undefined" && self || exports;
    util.emptyArray = Object.freeze ? Object.freeze([]) : (
      /* istanbul ignore next */
      []
    );
    util.emptyObject = Object.freeze ? Object.freeze({}) : (
      /* istanbul ignore next */
      {}
    );
    util.isInteger = Number.isInteger || /* istanbul ignore next */
    function isInteger(value) {
      return typeof value === "number" && isFinite(value) && Math.floor(value) === value;
    };
    util.isString = function isString(value) {
      return typeof value === "string" || value instanceof String;
    };
    util.isObject = function isObject(value) {
      return value && typeof value === "object";
    };
    util.isset = /**
     * Checks if a property on a message is considered to be present.
     * @param {Object} obj Plain object or message instance
     * @param {string} prop Property name
     * @returns {boolean} `true` if considered to be present, otherwise `false`
     */
    util.isSet = function isSet(obj, prop) {
      var value = obj[prop];
      if (value != null && Object.hasOwnProperty.call(obj, prop))
        return typeof value !== "object" || (Array.isArray(value) ? value.length : Object.keys(value).length) > 0;
      return false;
    };
    util.Buffer = (function() {
      try {
        var Buffer = util.global.Buffer;
        return Buffer.prototype.utf8Write ? Buffer : (
          /* istanbul ignore next */
          null
        );
      } catch (e) {
        return null;
      }
    })();
    util._Buffer_from = null;
    util._Buffer_allocUnsafe = null;
    util.newBuffer = function newBuffer(sizeOrArray) {
      return typeof sizeOrArray === "number" ? util.Buffer ? util._Buffer_allocUnsafe(sizeOrArray) : new util.Array(sizeOrArray) : util.Buffer ? util._Buffer_from(sizeOrArray) : typeof Uint8Array === "undefined" ? sizeOrArray : new Uint8Array(sizeOrArray);
    };
    util.Array = typeof Uint8Array !== "undefined" ? Uint8Array : Array;
    util.Long = /* istanbul ignore next */
    util.global.dcodeIO && /* istanbul ignore next */
    util.global.dcodeIO.Long || /* istanbul ignore next */
    util.global.Long || (function() {
      try {
        var Long = require_umd();
        return Long && Long.isLong ? Long : null;
      } catch (e) {
        return null;
      }
    })();
    util.key2Re = /^true|false|0|1$/;
    util.key32Re = /^-?(?:0|[1-9][0-9]*)$/;
    util.key64Re = /^(?:[\\x00-\\xff]{8}|-?(?:0|[1-9][0-9]*))$/;
    util.longToHash = function longToHash(value) {
      return value ? util.LongBits.from(value).toHash() : util.LongBits.zeroHash;
    };
    util.longFromHash = function longFromHash(hash, unsigned) {
      var bits = util.LongBits.fromHash(hash);
      if (util.Long)
        return util.Long.fromBits(bits.lo, bits.hi, unsigned);
      return bits.toNumber(Boolean(unsigned));
    };
    function merge(dst) {
      var ifNotSet = typeof arguments[arguments.length - 1] === "boolean", limit = ifNotSet ? arguments.length - 1 : arguments.length;
      ifNotSet = ifNotSet && arguments[arguments.length - 1];
      for (var a = 1; a < limit; ++a) {
        var src = arguments[a];
        if (!src)
          continue;
        for (var keys = Object.keys(src), i = 0; i < keys.length; ++i)
          if (!isUnsafeProperty(keys[i]) && (dst[keys[i]] === void 0 || !ifNotSet))
            dst[keys[i]] = src[keys[i]];
      }
      return dst;
    }
    util.merge = merge;
    util.nestingLimit = 32;
    util.recursionLimit = 100;
    util.makeProp = function makeProp(obj, key) {
      Object.defineProperty(obj, key, {
        enumerable: true,
        configurable: true,
        writable: true
      });
    };
    util.lcFirst = function lcFirst(str) {
      return str.charAt(0).toLowerCase() + str.substring(1);
    };
    function newError(name) {
      function CustomError(message, properties) {
        if (!(this instanceof CustomError))
          return new CustomError(message, properties);
        Object.defineProperty(this, "message", { get: function() {
          return message;
        } });
        if (Error.captureStackTrace)
          Error.captureStackTrace(this, CustomError);
        else
          Object.defineProperty(this, "stack", { value: new Error().stack || "" });
        if (properties)
          merge(this, properties);
      }
      CustomError.prototype = Object.create(Error.prototype, {
        constructor: {
          value: CustomError,
          writable: true,
          enumerable: false,
          configurable: true
        },
        name: {
          get: function get() {
            return name;
          },
          set: void 0,
          enumerable: false,
          // configurable: false would accurately preserve the behavior of
          // the original, but I'm guessing that was not intentional.
          // For an actual error subclass, this property would
          // be configurable.
          configurable: true
        },
        toString: {
          value: function value() {
            return this.name + ": " + this.message;
          },
          writable: true,
          enumerable: false,
          configurable: true
        }
      });
      return CustomError;
    }
    util.newError = newError;
    util.ProtocolError = newError("ProtocolError");
    util.oneOfGetter = function getOneOf(fieldNames) {
      var fieldMap = {};
      for (var i = 0; i < fieldNames.length; ++i)
        fieldMap[fieldNames[i]] = 1;
      return function() {
        for (var keys = Object.keys(this), i2 = keys.length - 1; i2 > -1; --i2)
          if (fieldMap[keys[i2]] === 1 && this[keys[i2]] !== void 0 && this[keys[i2]] !== null)
            return keys[i2];
      };
    };
    util.oneOfSetter = function setOneOf(fieldNames) {
      return function(name) {
        for (var i = 0; i < fieldNames.length; ++i)
          if (fieldNames[i] !== name)
            delete this[fieldNames[i]];
      };
    };
    util.toJSONOptions = {
      longs: String,
      enums: String,
      bytes: String,
      json: true
    };
    util._configure = function() {
      var Buffer = util.Buffer;
      if (!Buffer) {
        util._Buffer_from = util._Buffer_allocUnsafe = null;
        return;
      }
      util._Buffer_from = Buffer.from !== Uint8Array.from && Buffer.from || /* istanbul ignore next */
      function Buffer_from(value, encoding) {
        return new Buffer(value, encoding);
      };
      util._Buffer_allocUnsafe = Buffer.allocUnsafe || /* istanbul ignore next */
      function Buffer_allocUnsafe(size) {
        return new Buffer(size);
      };
    };
  }
});

// node_modules/protobufjs/src/writer.js
var require_writer = __commonJS({
  "node_modules/protobufjs/src/writer.js"(exports, module) {
    "use strict";
    module.exports = Writer;
    var util = require_minimal();
    var BufferWriter;
    var LongBits = util.LongBits;
    var base64 = util.base64;
    var utf8 = util.utf8;
    function Op(fn, len, val) {
      this.fn = fn;
      this.len = len;
      this.next = void 0;
      this.val = val;
    }
    function noop() {
    }
    function State(writer) {
      this.head = writer.head;
      this.tail = writer.tail;
      this.len = writer.len;
      this.next = writer.states;
    }
    function Writer() {
      this.len = 0;
      this.head = new Op(noop, 0, 0);
      this.tail = this.head;
      this.states = null;
    }
    var create = function create2() {
      return util.Buffer ? function create_buffer_setup() {
        return (Writer.create = function create_buffer() {
          return new BufferWriter();
        })();
      } : function create_array() {
        return new Writer();
      };
    };
    Writer.create = create();
    Writer.alloc = function alloc(size) {
      return new util.Array(size);
    };
    if (util.Array !== Array)
      Writer.alloc = util.pool(Writer.alloc, util.Array.prototype.subarray);
    Writer.prototype._push = function push(fn, len, val) {
      this.tail = this.tail.next = new Op(fn, len, val);
      this.len += len;
      return this;
    };
    function writeByte(val, buf, pos) {
      buf[pos] = val & 255;
    }
    function writeVarint32(val, buf, pos) {
      while (val > 127) {
        buf[pos++] = val & 127 | 128;
        val >>>= 7;
      }
      buf[pos] = val;
    }
    function VarintOp(len, val) {
      this.len = len;
      this.next = void 0;
      this.val = val;
    }
    VarintOp.prototype = Object.create(Op.prototype);
    VarintOp.prototype.fn = writeVarint32;
    Writer.prototype.uint32 = function write_uint32(value) {
      this.len += (this.tail = this.tail.next = new VarintOp(
        (value = value >>> 0) < 128 ? 1 : value < 16384 ? 2 : value < 2097152 ? 3 : value < 268435456 ? 4 : 5,
        value
      )).len;
      return this;
    };
    Writer.prototype.int32 = function write_int32(value) {
      return (value |= 0) < 0 ? this._push(writeVarint64, 10, LongBits.fromNumber(value)) : this.uint32(value);
    };
    Writer.prototype.sint32 = function write_sint32(value) {
      return this.uint32((value << 1 ^ value >> 31) >>> 0);
    };
    function writeVarint64(val, buf, pos) {
      var lo = val.lo, hi = val.hi;
      while (hi) {
        buf[pos++] = lo & 127 | 128;
        lo = (lo >>> 7 | hi << 25) >>> 0;
        hi >>>= 7;
      }
      while (lo > 127) {
        buf[pos++] = lo & 127 | 128;
        lo = lo >>> 7;
      }
      buf[pos++] = lo;
    }
    Writer.prototype.uint64 = function write_uint64(value) {
      var bits = LongBits.from(value);
      return this._push(writeVarint64, bits.length(), bits);
    };
    Writer.prototype.int64 = Writer.prototype.uint64;
    Writer.prototype.sint64 = function write_sint64(value) {
      var bits = LongBits.from(value).zzEncode();
      return this._push(writeVarint64, bits.length(), bits);
    };
    Writer.prototype.bool = function write_bool(value) {
      return this._push(writeByte, 1, value ? 1 : 0);
    };
    function writeFixed32(val, buf, pos) {
      buf[pos] = val & 255;
      buf[pos + 1] = val >>> 8 & 255;
      buf[pos + 2] = val >>> 16 & 255;
      buf[pos + 3] = val >>> 24;
    }
    Writer.prototype.fixed32 = function write_fixed32(value) {
      return this._push(writeFixed32, 4, value >>> 0);
    };
    Writer.prototype.sfixed32 = Writer.prototype.fixed32;
    Writer.prototype.fixed64 = function write_fixed64(value) {
      var bits = LongBits.from(value);
      return this._push(writeFixed32, 4, bits.lo)._push(writeFixed32, 4, bits.hi);
    };
    Writer.prototype.sfixed64 = Writer.prototype.fixed64;
    Writer.prototype.float = function write_float(value) {
      return this._push(util.float.writeFloatLE, 4, value);
    };
    Writer.prototype.double = function write_double(value) {
      return this._push(util.float.writeDoubleLE, 8, value);
    };
    var writeBytes = util.Array.prototype.set ? function writeBytes_set(val, buf, pos) {
      buf.set(val, pos);
    } : function writeBytes_for(val, buf, pos) {
      for (var i = 0; i < val.length; ++i)
        buf[pos + i] = val[i];
    };
    Writer.prototype.bytes = function write_bytes(value) {
      var len = value.length >>> 0;
      if (!len)
        return this._push(writeByte, 1, 0);
      if (util.isString(value)) {
        var buf = Writer.alloc(len = base64.length(value));
        base64.decode(value, buf, 0);
        value = buf;
      }
      return this.uint32(len)._push(writeBytes, len, value);
    };
    Writer.prototype.string = function write_string(value) {
      var len = utf8.length(value);
      return len ? this.uint32(len)._push(utf8.write, len, value) : this._push(writeByte, 1, 0);
    };
    Writer.prototype.fork = function fork() {
      this.states = new State(this);
      this.head = this.tail = new Op(noop, 0, 0);
      this.len = 0;
      return this;
    };
    Writer.prototype.reset = function reset() {
      if (this.states) {
        this.head = this.states.head;
        this.tail = this.states.tail;
        this.len = this.states.len;
        this.states = this.states.next;
      } else {
        this.head = this.tail = new Op(noop, 0, 0);
        this.len = 0;
      }
      return this;
    };
    Writer.prototype.ldelim = function ldelim() {
      var head = this.head, tail = this.tail, len = this.len;
      this.reset().uint32(len);
      if (len) {
        this.tail.next = head.next;
        this.tail = tail;
        this.len += len;
      }
      return this;
    };
    Writer.prototype.finish = function finish() {
      var head = this.head.next, buf = this.constructor.alloc(this.len), pos = 0;
      while (head) {
        head.fn(head.val, buf, pos);
        pos += head.len;
        head = head.next;
      }
      return buf;
    };
    Writer._configure = function(BufferWriter_) {
      BufferWriter = BufferWriter_;
      Writer.create = create();
      BufferWriter._configure();
    };
  }
});

// node_modules/protobufjs/src/writer_buffer.js
var require_writer_buffer = __commonJS({
  "node_modules/protobufjs/src/writer_buffer.js"(exports, module) {
    "use strict";
    module.exports = BufferWriter;
    var Writer = require_writer();
    (BufferWriter.prototype = Object.create(Writer.prototype)).constructor = BufferWriter;
    var util = require_minimal();
    function BufferWriter() {
      Writer.call(this);
    }
    BufferWriter._configure = function() {
      BufferWriter.alloc = util._Buffer_allocUnsafe;
      BufferWriter.writeBytesBuffer = util.Buffer && util.Buffer.prototype instanceof Uint8Array && util.Buffer.prototype.set.name === "set" ? function writeBytesBuffer_set(val, buf, pos) {
        buf.set(val, pos);
      } : function writeBytesBuffer_copy(val, buf, pos) {
        if (val.copy)
          val.copy(buf, pos, 0, val.length);
        else for (var i = 0; i < val.length; )
          buf[pos++] = val[i++];
      };
    };
    BufferWriter.prototype.bytes = function write_bytes_buffer(value) {
      if (util.isString(value))
        value = util._Buffer_from(value, "base64");
      var len = value.length >>> 0;
      this.uint32(len);
      if (len)
        this._push(BufferWriter.writeBytesBuffer, len, value);
      return this;
    };
    function writeStringBuffer(val, buf, pos) {
      if (val.length < 40)
        util.utf8.write(val, buf, pos);
      else if (buf.utf8Write)
        buf.utf8Write(val, pos);
      else
        buf.write(val, pos);
    }
    BufferWriter.prototype.string = function write_string_buffer(value) {
      var len = util.Buffer.byteLength(value);
      this.uint32(len);
      if (len)
        this._push(writeStringBuffer, len, value);
      return this;
    };
    BufferWriter._configure();
  }
});

// node_modules/protobufjs/src/reader.js
var require_reader = __commonJS({
  "node_modules/protobufjs/src/reader.js"(exports, module) {
    "use strict";
    module.exports = Reader;
    var util = require_minimal();
    var BufferReader;
    var LongBits = util.LongBits;
    var utf8 = util.utf8;
    function indexOutOfRange(reader, writeLength) {
      return RangeError("index out of range: " + reader.pos + " + " + (writeLength || 1) + " > " + reader.len);
    }
    function Reader(buffer) {
      this.buf = buffer;
      this.pos = 0;
      this.len = buffer.length;
    }
    var create_array = typeof Uint8Array !== "undefined" ? function create_typed_array(buffer) {
      if (buffer instanceof Uint8Array || Array.isArray(buffer))
        return new Reader(buffer);
      throw Error("illegal buffer");
    } : function create_array2(buffer) {
      if (Array.isArray(buffer))
        return new Reader(buffer);
      throw Error("illegal buffer");
    };
    var create = function create2() {
      return util.Buffer ? function create_buffer_setup(buffer) {
        return (Reader.create = function create_buffer(buffer2) {
          return util.Buffer.isBuffer(buffer2) ? new BufferReader(buffer2) : create_array(buffer2);
        })(buffer);
      } : create_array;
    };
    Reader.create = create();
    Reader.prototype._slice = util.Array.prototype.subarray || /* istanbul ignore next */
    util.Array.prototype.slice;
    function readVarint32NearEnd(reader) {
      var value = 0;
      for (var i = 0; i < 4; ++i) {
        if (reader.pos >= reader.len)
          throw indexOutOfRange(reader);
        var b = reader.buf[reader.pos++];
        value = (value | (b & 127) << i * 7) >>> 0;
        if (b < 128)
          return value;
      }
      throw indexOutOfRange(reader);
    }
    Reader.prototype.uint32 = /* @__PURE__ */ (function read_uint32_setup() {
      var value = 4294967295;
      return function read_uint32() {
        if (this.len - this.pos < 5) {
          if (this.pos >= this.len)
            throw indexOutOfRange(this);
          if (this.buf[this.pos] >= 128)
            return readVarint32NearEnd(this);
        }
        value = (this.buf[this.pos] & 127) >>> 0;
        if (this.buf[this.pos++] < 128) return value;
        value = (value | (this.buf[this.pos] & 127) << 7) >>> 0;
        if (this.buf[this.pos++] < 128) return value;
        value = (value | (this.buf[this.pos] & 127) << 14) >>> 0;
        if (this.buf[this.pos++] < 128) return value;
        value = (value | (this.buf[this.pos] & 127) << 21) >>> 0;
        if (this.buf[this.pos++] < 128) return value;
        value = (value | (this.buf[this.pos] & 15) << 28) >>> 0;
        if (this.buf[this.pos++] < 128) return value;
        if ((this.pos += 5) > this.len) {
          this.pos = this.len;
          throw indexOutOfRange(this, 10);
        }
        return value;
      };
    })();
    Reader.prototype.int32 = function read_int32() {
      return this.uint32() | 0;
    };
    Reader.prototype.sint32 = function read_sint32() {
      var value = this.uint32();
      return value >>> 1 ^ -(value & 1) | 0;
    };
    function readLongVarint() {
      var bits = new LongBits(0, 0);
      var i = 0;
      if (this.len - this.pos > 4) {
        for (; i < 4; ++i) {
          bits.lo = (bits.lo | (this.buf[this.pos] & 127) << i * 7) >>> 0;
          if (this.buf[this.pos++] < 128)
            return bits;
        }
        bits.lo = (bits.lo | (this.buf[this.pos] & 127) << 28) >>> 0;
        bits.hi = (bits.hi | (this.buf[this.pos] & 127) >> 4) >>> 0;
        if (this.buf[this.pos++] < 128)
          return bits;
        i = 0;
      } else {
        for (; i < 3; ++i) {
          if (this.pos >= this.len)
            throw indexOutOfRange(this);
          bits.lo = (bits.lo | (this.buf[this.pos] & 127) << i * 7) >>> 0;
          if (this.buf[this.pos++] < 128)
            return bits;
        }
        bits.lo = (bits.lo | (this.buf[this.pos++] & 127) << i * 7) >>> 0;
        return bits;
      }
      if (this.len - this.pos > 4) {
        for (; i < 5; ++i) {
          bits.hi = (bits.hi | (this.buf[this.pos] & 127) << i * 7 + 3) >>> 0;
          if (this.buf[this.pos++] < 128)
            return bits;
        }
      } else {
        for (; i < 5; ++i) {
          if (this.pos >= this.len)
            throw indexOutOfRange(this);
          bits.hi = (bits.hi | (this.buf[this.pos] & 127) << i * 7 + 3) >>> 0;
          if (this.buf[this.pos++] < 128)
            return bits;
        }
      }
      throw Error("invalid varint encoding");
    }
    Reader.prototype.bool = function read_bool() {
      return this.uint32() !== 0;
    };
    function readFixed32_end(buf, end) {
      return (buf[end - 4] | buf[end - 3] << 8 | buf[end - 2] << 16 | buf[end - 1] << 24) >>> 0;
    }
    Reader.prototype.fixed32 = function read_fixed32() {
      if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);
      return readFixed32_end(this.buf, this.pos += 4);
    };
    Reader.prototype.sfixed32 = function read_sfixed32() {
      if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);
      return readFixed32_end(this.buf, this.pos += 4) | 0;
    };
    function readFixed64() {
      if (this.pos + 8 > this.len)
        throw indexOutOfRange(this, 8);
      return new LongBits(readFixed32_end(this.buf, this.pos += 4), readFixed32_end(this.buf, this.pos += 4));
    }
    Reader.prototype.float = function read_float() {
      if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);
      var value = util.float.readFloatLE(this.buf, this.pos);
      this.pos += 4;
      return value;
    };
    Reader.prototype.double = function read_double() {
      if (this.pos + 8 > this.len)
        throw indexOutOfRange(this, 4);
      var value = util.float.readDoubleLE(this.buf, this.pos);
      this.pos += 8;
      return value;
    };
    Reader.prototype.bytes = function read_bytes() {
      var length = this.uint32(), start = this.pos, end = this.pos + length;
      if (end > this.len)
        throw indexOutOfRange(this, length);
      this.pos += length;
      if (Array.isArray(this.buf))
        return this.buf.slice(start, end);
      if (start === end) {
        var nativeBuffer = util.Buffer;
        return nativeBuffer ? nativeBuffer.alloc(0) : new this.buf.constructor(0);
      }
      return this._slice.call(this.buf, start, end);
    };
    Reader.prototype.string = function read_string() {
      var bytes = this.bytes();
      return utf8.read(bytes, 0, bytes.length);
    };
    Reader.prototype.skip = function skip(length) {
      if (typeof length === "number") {
        if (this.pos + length > this.len)
          throw indexOutOfRange(this, length);
        this.pos += length;
      } else {
        do {
          if (this.pos >= this.len)
            throw indexOutOfRange(this);
        } while (this.buf[this.pos++] & 128);
      }
      return this;
    };
    Reader.recursionLimit = util.recursionLimit;
    Reader.prototype.skipType = function(wireType, depth) {
      if (depth === void 0) depth = 0;
      if (depth > Reader.recursionLimit)
        throw Error("maximum nesting depth exceeded");
      switch (wireType) {
        case 0:
          this.skip();
          break;
        case 1:
          this.skip(8);
          break;
        case 2:
          this.skip(this.uint32());
          break;
        case 3:
          while ((wireType = this.uint32() & 7) !== 4) {
            this.skipType(wireType, depth + 1);
          }
          break;
        case 5:
          this.skip(4);
          break;
        /* istanbul ignore next */
        default:
          throw Error("invalid wire type " + wireType + " at offset " + this.pos);
      }
      return this;
    };
    Reader._configure = function(BufferReader_) {
      BufferReader = BufferReader_;
      Reader.create = create();
      BufferReader._configure();
      var fn = util.Long ? "toLong" : (
        /* istanbul ignore next */
        "toNumber"
      );
      util.merge(Reader.prototype, {
        int64: function read_int64() {
          return readLongVarint.call(this)[fn](false);
        },
        uint64: function read_uint64() {
          return readLongVarint.call(this)[fn](true);
        },
        sint64: function read_sint64() {
          return readLongVarint.call(this).zzDecode()[fn](false);
        },
        fixed64: function read_fixed64() {
          return readFixed64.call(this)[fn](true);
        },
        sfixed64: function read_sfixed64() {
          return readFixed64.call(this)[fn](false);
        }
      });
    };
  }
});

// node_modules/protobufjs/src/reader_buffer.js
var require_reader_buffer = __commonJS({
  "node_modules/protobufjs/src/reader_buffer.js"(exports, module) {
    "use strict";
    module.exports = BufferReader;
    var Reader = require_reader();
    (BufferReader.prototype = Object.create(Reader.prototype)).constructor = BufferReader;
    var util = require_minimal();
    function BufferReader(buffer) {
      Reader.call(this, buffer);
    }
    BufferReader._configure = function() {
      if (util.Buffer)
        BufferReader.prototype._slice = util.Buffer.prototype.slice;
    };
    BufferReader.prototype.string = function read_string_buffer() {
      var len = this.uint32();
      return this.buf.utf8Slice ? this.buf.utf8Slice(this.pos, this.pos = Math.min(this.pos + len, this.len)) : this.buf.toString("utf-8", this.pos, this.pos = Math.min(this.pos + len, this.len));
    };
    BufferReader._configure();
  }
});

// node_modules/protobufjs/src/rpc/service.js
var require_service = __commonJS({
  "node_modules/protobufjs/src/rpc/service.js"(exports, module) {
    "use strict";
    module.exports = Service;
    var util = require_minimal();
    (Service.prototype = Object.create(util.EventEmitter.prototype)).constructor = Service;
    function Service(rpcImpl, requestDelimited, responseDelimited) {
      if (typeof rpcImpl !== "function")
        throw TypeError("rpcImpl must be a function");
      util.EventEmitter.call(this);
      this.rpcImpl = rpcImpl;
      this.requestDelimited = Boolean(requestDelimited);
      this.responseDelimited = Boolean(responseDelimited);
    }
    Service.prototype.rpcCall = function rpcCall(method, requestCtor, responseCtor, request, callback) {
      if (!request)
        throw TypeError("request must be specified");
      var self2 = this;
      if (!callback)
        return util.asPromise(rpcCall, self2, method, requestCtor, responseCtor, request);
      if (!self2.rpcImpl) {
        setTimeout(function() {
          callback(Error("already ended"));
        }, 0);
        return void 0;
      }
      try {
        return self2.rpcImpl(
          method,
          requestCtor[self2.requestDelimited ? "encodeDelimited" : "encode"](request).finish(),
          function rpcCallback(err, response) {
            if (err) {
              self2.emit("error", err, method);
              return callback(err);
            }
            if (response === null) {
              self2.end(
                /* endedByRPC */
                true
              );
              return void 0;
            }
            if (!(response instanceof responseCtor)) {
              try {
                response = responseCtor[self2.responseDelimited ? "decodeDelimited" : "decode"](response);
              } catch (err2) {
                self2.emit("error", err2, method);
                return callback(err2);
              }
            }
            self2.emit("data", response, method);
            return callback(null, response);
          }
        );
      } catch (err) {
        self2.emit("error", err, method);
        setTimeout(function() {
          callback(err);
        }, 0);
        return void 0;
      }
    };
    Service.prototype.end = function end(endedByRPC) {
      if (this.rpcImpl) {
        if (!endedByRPC)
          this.rpcImpl(null, null, null);
        this.rpcImpl = null;
        this.emit("end").off();
      }
      return this;
    };
  }
});

// node_modules/protobufjs/src/rpc.js
var require_rpc = __commonJS({
  "node_modules/protobufjs/src/rpc.js"(exports) {
    "use strict";
    var rpc = exports;
    rpc.Service = require_service();
  }
});

// node_modules/protobufjs/src/roots.js
var require_roots = __commonJS({
  "node_modules/protobufjs/src/roots.js"(exports, module) {
    "use strict";
    module.exports = /* @__PURE__ */ Object.create(null);
  }
});

// node_modules/protobufjs/src/index-minimal.js
var require_index_minimal = __commonJS({
  "node_modules/protobufjs/src/index-minimal.js"(exports) {
    "use strict";
    var protobuf2 = exports;
    protobuf2.build = "minimal";
    protobuf2.Writer = require_writer();
    protobuf2.BufferWriter = require_writer_buffer();
    protobuf2.Reader = require_reader();
    protobuf2.BufferReader = require_reader_buffer();
    protobuf2.util = require_minimal();
    protobuf2.rpc = require_rpc();
    protobuf2.roots = require_roots();
    protobuf2.configure = configure;
    function configure() {
      protobuf2.util._configure();
      protobuf2.Writer._configure(protobuf2.BufferWriter);
      protobuf2.Reader._configure(protobuf2.BufferReader);
    }
    configure();
  }
});

// node_modules/@protobufjs/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/@protobufjs/codegen/index.js"(exports, module) {
    "use strict";
    module.exports = codegen;
    var reservedRe = /^(?:do|if|in|for|let|new|try|var|case|else|enum|eval|false|null|this|true|void|with|break|catch|class|const|super|throw|while|yield|delete|export|import|public|return|static|switch|typeof|default|extends|finally|package|private|continue|debugger|function|arguments|interface|protected|implements|instanceof)$/;
    function codegen(functionParams, functionName) {
      if (typeof functionParams === "string") {
        functionName = functionParams;
        functionParams = void 0;
      }
      var body = [];
      function Codegen(formatStringOrScope) {
        if (typeof formatStringOrScope !== "string") {
          var source = toString();
          if (codegen.verbose)
            console.log("codegen: " + source);
          source = "return " + source;
          if (formatStringOrScope) {
            var scopeKeys = Object.keys(formatStringOrScope), scopeParams = new Array(scopeKeys.length + 1), scopeValues = new Array(scopeKeys.length), scopeOffset = 0;
            while (scopeOffset < scopeKeys.length) {
              scopeParams[scopeOffset] = scopeKeys[scopeOffset];
              scopeValues[scopeOffset] = formatStringOrScope[scopeKeys[scopeOffset++]];
            }
            scopeParams[scopeOffset] = source;
            return Function.apply(null, scopeParams).apply(null, scopeValues);
          }
          return Function(source)();
        }
        var formatParams = new Array(arguments.length - 1), formatOffset = 0;
        while (formatOffset < formatParams.length)
          formatParams[formatOffset] = arguments[++formatOffset];
        formatOffset = 0;
        formatStringOrScope = formatStringOrScope.replace(/%([%dfijs])/g, function replace($0, $1) {
          var value = formatParams[formatOffset++];
          switch ($1) {
            case "d":
            case "f":
              return String(Number(value));
            case "i":
              return String(Math.floor(value));
            case "j":
              return JSON.stringify(value);
            case "s":
              return String(value);
          }
          return "%";
        });
        if (formatOffset !== formatParams.length)
          throw Error("parameter count mismatch");
        body.push(formatStringOrScope);
        return Codegen;
      }
      function toString(functionNameOverride) {
        return "function " + safeFunctionName(functionNameOverride || functionName) + "(" + (functionParams && functionParams.join(",") || "") + "){\n  " + body.join("\n  ") + "\n}";
      }
      Codegen.toString = toString;
      return Codegen;
    }
    codegen.verbose = false;
    function safeFunctionName(name) {
      if (!name)
        return "";
      name = String(name).replace(/[^\w$]/g, "");
      if (!name)
        return "";
      if (/^\d/.test(name))
        name = "_" + name;
      return reservedRe.test(name) ? name + "_" : name;
    }
  }
});

// node_modules/@protobufjs/fetch/util/fs.js
var require_fs = __commonJS({
  "node_modules/@protobufjs/fetch/util/fs.js"(exports, module) {
    "use strict";
    var fs = null;
    try {
      fs = __require(
        /* webpackIgnore: true */
        "fs"
      );
      if (!fs || !fs.readFile || !fs.readFileSync)
        fs = null;
    } catch (e) {
    }
    module.exports = fs;
  }
});

// node_modules/@protobufjs/fetch/index.js
var require_fetch = __commonJS({
  "node_modules/@protobufjs/fetch/index.js"(exports, module) {
    "use strict";
    module.exports = fetch;
    var asPromise = require_aspromise();
    var fs = require_fs();
    function fetch(filename, options, callback) {
      if (typeof options === "function") {
        callback = options;
        options = {};
      } else if (!options)
        options = {};
      if (!callback)
        return asPromise(fetch, this, filename, options);
      if (!options.xhr && fs && fs.readFile)
        return fs.readFile(filename, function fetchReadFileCallback(err, contents) {
          return err && typeof XMLHttpRequest !== "undefined" ? fetch.xhr(filename, options, callback) : err ? callback(err) : callback(null, options.binary ? contents : contents.toString("utf8"));
        });
      return fetch.xhr(filename, options, callback);
    }
    fetch.xhr = function fetch_xhr(filename, options, callback) {
      var xhr = new XMLHttpRequest();
      xhr.onreadystatechange = function fetchOnReadyStateChange() {
        if (xhr.readyState !== 4)
          return void 0;
        if (xhr.status !== 0 && xhr.status !== 200)
          return callback(Error("status " + xhr.status));
        if (options.binary) {
          var buffer = xhr.response;
          if (!buffer) {
            buffer = [];
            for (var i = 0; i < xhr.responseText.length; ++i)
              buffer.push(xhr.responseText.charCodeAt(i) & 255);
          }
          return callback(null, typeof Uint8Array !== "undefined" ? new Uint8Array(buffer) : buffer);
        }
        return callback(null, xhr.responseText);
      };
      if (options.binary) {
        if ("overrideMimeType" in xhr)
          xhr.overrideMimeType("text/plain; charset=x-user-defined");
        xhr.responseType = "arraybuffer";
      }
      xhr.open("GET", filename);
      xhr.send();
    };
  }
});

// node_modules/@protobufjs/path/index.js
var require_path = __commonJS({
  "node_modules/@protobufjs/path/index.js"(exports) {
    "use strict";
    var path = exports;
    var isAbsolute = (
      /**
       * Tests if the specified path is absolute.
       * @param {string} path Path to test
       * @returns {boolean} `true` if path is absolute
       */
      path.isAbsolute = function isAbsolute2(path2) {
        return /^(?:\/|\w+:)/.test(path2);
      }
    );
    var normalize = (
      /**
       * Normalizes the specified path.
       * @param {string} path Path to normalize
       * @returns {string} Normalized path
       */
      path.normalize = function normalize2(path2) {
        path2 = path2.replace(/\\/g, "/").replace(/\/{2,}/g, "/");
        var parts = path2.split("/"), absolute = isAbsolute(path2), prefix = "";
        if (absolute)
          prefix = parts.shift() + "/";
        for (var i = 0; i < parts.length; ) {
          if (parts[i] === "..") {
            if (i > 0 && parts[i - 1] !== "..")
              parts.splice(--i, 2);
            else if (absolute)
              parts.splice(i, 1);
            else
              ++i;
          } else if (parts[i] === ".")
            parts.splice(i, 1);
          else
            ++i;
        }
        return prefix + parts.join("/");
      }
    );
    path.resolve = function resolve(originPath, includePath, alreadyNormalized) {
      if (!alreadyNormalized)
        includePath = normalize(includePath);
      if (isAbsolute(includePath))
        return includePath;
      if (!alreadyNormalized)
        originPath = normalize(originPath);
      return (originPath = originPath.replace(/(?:\/|^)[^/]+$/, "")).length ? normalize(originPath + "/" + includePath) : includePath;
    };
  }
});

// node_modules/protobufjs/src/util/patterns.js
var require_patterns = __commonJS({
  "node_modules/protobufjs/src/util/patterns.js"(exports) {
    "use strict";
    var patterns = exports;
    patterns.numberRe = /^(?![eE])[0-9]*(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?$/;
    patterns.typeRefRe = /^(?:\.?[a-zA-Z_][a-zA-Z_0-9]*)(?:\.[a-zA-Z_][a-zA-Z_0-9]*)*$/;
    patterns.reservedRe = /^(?:do|if|in|for|let|new|try|var|case|else|enum|eval|false|null|this|true|void|with|break|catch|class|const|super|throw|while|yield|delete|export|import|public|return|static|switch|typeof|default|extends|finally|package|private|continue|debugger|function|arguments|interface|protected|implements|instanceof)$/;
  }
});

// node_modules/protobufjs/src/util/fs.js
var require_fs2 = __commonJS({
  "node_modules/protobufjs/src/util/fs.js"(exports, module) {
    "use strict";
    var fs = null;
    try {
      fs = __require(
        /* webpackIgnore: true */
        "fs"
      );
      if (!fs || !fs.readFile || !fs.readFileSync)
        fs = null;
    } catch (e) {
    }
    module.exports = fs;
  }
});

// node_modules/protobufjs/src/namespace.js
var require_namespace = __commonJS({
  "node_modules/protobufjs/src/namespace.js"(exports, module) {
    "use strict";
    module.exports = Namespace;
    var ReflectionObject = require_object();
    ((Namespace.prototype = Object.create(ReflectionObject.prototype)).constructor = Namespace).className = "Namespace";
    var Field = require_field();
    var util = require_util();
    var OneOf = require_oneof();
    var Type;
    var Service;
    var Enum;
    Namespace.fromJSON = function fromJSON(name, json, depth) {
      depth = util.checkDepth(depth);
      return new Namespace(name, json.options).addJSON(json.nested, depth);
    };
    function arrayToJSON(array, toJSONOptions) {
      if (!(array && array.length))
        return void 0;
      var obj = {};
      for (var i = 0; i < array.length; ++i)
        obj[array[i].name] = array[i].toJSON(toJSONOptions);
      return obj;
    }
    Namespace.arrayToJSON = arrayToJSON;
    Namespace.isReservedId = function isReservedId(reserved, id) {
      if (reserved) {
        for (var i = 0; i < reserved.length; ++i)
          if (typeof reserved[i] !== "string" && reserved[i][0] <= id && reserved[i][1] > id)
            return true;
      }
      return false;
    };
    Namespace.isReservedName = function isReservedName(reserved, name) {
      if (reserved) {
        for (var i = 0; i < reserved.length; ++i)
          if (reserved[i] === name)
            return true;
      }
      return false;
    };
    function Namespace(name, options) {
      ReflectionObject.call(this, name, options);
      this.nested = void 0;
      this._nestedArray = null;
      this._lookupCache = /* @__PURE__ */ Object.create(null);
      this._needsRecursiveFeatureResolution = true;
      this._needsRecursiveResolve = true;
    }
    function clearCache(namespace) {
      namespace._nestedArray = null;
      namespace._lookupCache = /* @__PURE__ */ Object.create(null);
      var parent = namespace;
      while (parent = parent.parent) {
        parent._lookupCache = /* @__PURE__ */ Object.create(null);
      }
      return namespace;
    }
    Object.defineProperty(Namespace.prototype, "nestedArray", {
      get: function() {
        return this._nestedArray || (this._nestedArray = util.toArray(this.nested));
      }
    });
    Namespace.prototype.toJSON = function toJSON(toJSONOptions) {
      return util.toObject([
        "options",
        this.options,
        "nested",
        arrayToJSON(this.nestedArray, toJSONOptions)
      ]);
    };
    Namespace.prototype.addJSON = function addJSON(nestedJson, depth) {
      depth = util.checkDepth(depth);
      var ns = this;
      if (nestedJson) {
        for (var names = Object.keys(nestedJson), i = 0, nested; i < names.length; ++i) {
          nested = nestedJson[names[i]];
          ns.add(
            // most to least likely
            (nested.fields !== void 0 ? Type.fromJSON : nested.values !== void 0 ? Enum.fromJSON : nested.methods !== void 0 ? Service.fromJSON : nested.id !== void 0 ? Field.fromJSON : Namespace.fromJSON)(names[i], nested, depth + 1)
          );
        }
      }
      return this;
    };
    Namespace.prototype.get = function get(name) {
      return this.nested && Object.prototype.hasOwnProperty.call(this.nested, name) ? this.nested[name] : null;
    };
    Namespace.prototype.getEnum = function getEnum(name) {
      if (this.nested && Object.prototype.hasOwnProperty.call(this.nested, name) && this.nested[name] instanceof Enum)
        return this.nested[name].values;
      throw Error("no such enum: " + name);
    };
    Namespace.prototype.add = function add(object) {
      if (!(object instanceof Field && object.extend !== void 0 || object instanceof Type || object instanceof OneOf || object instanceof Enum || object instanceof Service || object instanceof Namespace))
        throw TypeError("object must be a valid nested object");
      if (object.name === "__proto__")
        return this;
      if (!this.nested)
        this.nested = {};
      else {
        var prev = this.get(object.name);
        if (prev) {
          if (prev instanceof Namespace && object instanceof Namespace && !(prev instanceof Type || prev instanceof Service)) {
            var nested = prev.nestedArray;
            for (var i = 0; i < nested.length; ++i)
              object.add(nested[i]);
            this.remove(prev);
            if (!this.nested)
              this.nested = {};
            object.setOptions(prev.options, true);
          } else
            throw Error("duplicate name '" + object.name + "' in " + this);
        }
      }
      this.nested[object.name] = object;
      if (!(this instanceof Type || this instanceof Service || this instanceof Enum || this instanceof Field)) {
        if (!object._edition) {
          object._edition = object._defaultEdition;
        }
      }
      this._needsRecursiveFeatureResolution = true;
      this._needsRecursiveResolve = true;
      var parent = this;
      while (parent = parent.parent) {
        parent._needsRecursiveFeatureResolution = true;
        parent._needsRecursiveResolve = true;
      }
      object.onAdd(this);
      return clearCache(this);
    };
    Namespace.prototype.remove = function remove(object) {
      if (!(object instanceof ReflectionObject))
        throw TypeError("object must be a ReflectionObject");
      if (object.parent !== this)
        throw Error(object + " is not a member of " + this);
      delete this.nested[object.name];
      if (!Object.keys(this.nested).length)
        this.nested = void 0;
      object.onRemove(this);
      return clearCache(this);
    };
    Namespace.prototype.define = function define2(path, json) {
      if (util.isString(path))
        path = path.split(".");
      else if (!Array.isArray(path))
        throw TypeError("illegal path");
      if (path && path.length && path[0] === "")
        throw Error("path must be relative");
      if (path.length > util.recursionLimit)
        throw Error("max depth exceeded");
      var ptr = this;
      while (path.length > 0) {
        var part = path.shift();
        if (ptr.nested && ptr.nested[part]) {
          ptr = ptr.nested[part];
          if (!(ptr instanceof Namespace))
            throw Error("path conflicts with non-namespace objects");
        } else
          ptr.add(ptr = new Namespace(part));
      }
      if (json)
        ptr.addJSON(json);
      return ptr;
    };
    Namespace.prototype.resolveAll = function resolveAll() {
      if (!this._needsRecursiveResolve) return this;
      this._resolveFeaturesRecursive(this._edition);
      var nested = this.nestedArray, i = 0;
      this.resolve();
      while (i < nested.length)
        if (nested[i] instanceof Namespace)
          nested[i++].resolveAll();
        else
          nested[i++].resolve();
      this._needsRecursiveResolve = false;
      return this;
    };
    Namespace.prototype._resolveFeaturesRecursive = function _resolveFeaturesRecursive(edition) {
      if (!this._needsRecursiveFeatureResolution) return this;
      this._needsRecursiveFeatureResolution = false;
      edition = this._edition || edition;
      ReflectionObject.prototype._resolveFeaturesRecursive.call(this, edition);
      this.nestedArray.forEach((nested) => {
        nested._resolveFeaturesRecursive(edition);
      });
      return this;
    };
    Namespace.prototype.lookup = function lookup(path, filterTypes, parentAlreadyChecked) {
      if (typeof filterTypes === "boolean") {
        parentAlreadyChecked = filterTypes;
        filterTypes = void 0;
      } else if (filterTypes && !Array.isArray(filterTypes))
        filterTypes = [filterTypes];
      if (util.isString(path) && path.length) {
        if (path === ".")
          return this.root;
        path = path.split(".");
      } else if (!path.length)
        return this;
      var flatPath = path.join(".");
      if (path[0] === "")
        return this.root.lookup(path.slice(1), filterTypes);
      var found = this.root._fullyQualifiedObjects && this.root._fullyQualifiedObjects["." + flatPath];
      if (found && (!filterTypes || filterTypes.indexOf(found.constructor) > -1)) {
        return found;
      }
      found = this._lookupImpl(path, flatPath);
      if (found && (!filterTypes || filterTypes.indexOf(found.constructor) > -1)) {
        return found;
      }
      if (parentAlreadyChecked)
        return null;
      var current = this;
      while (current.parent) {
        found = current.parent._lookupImpl(path, flatPath);
        if (found && (!filterTypes || filterTypes.indexOf(found.constructor) > -1)) {
          return found;
        }
        current = current.parent;
      }
      return null;
    };
    Namespace.prototype._lookupImpl = function lookup(path, flatPath) {
      if (Object.prototype.hasOwnProperty.call(this._lookupCache, flatPath)) {
        return this._lookupCache[flatPath];
      }
      var found = this.get(path[0]);
      var exact = null;
      if (found) {
        if (path.length === 1) {
          exact = found;
        } else if (found instanceof Namespace) {
          path = path.slice(1);
          exact = found._lookupImpl(path, path.join("."));
        }
      } else {
        for (var i = 0; i < this.nestedArray.length; ++i)
          if (this._nestedArray[i] instanceof Namespace && (found = this._nestedArray[i]._lookupImpl(path, flatPath))) {
            exact = found;
            break;
          }
      }
      this._lookupCache[flatPath] = exact;
      return exact;
    };
    Namespace.prototype.lookupType = function lookupType(path) {
      var found = this.lookup(path, [Type]);
      if (!found)
        throw Error("no such type: " + path);
      return found;
    };
    Namespace.prototype.lookupEnum = function lookupEnum(path) {
      var found = this.lookup(path, [Enum]);
      if (!found)
        throw Error("no such Enum '" + path + "' in " + this);
      return found;
    };
    Namespace.prototype.lookupTypeOrEnum = function lookupTypeOrEnum(path) {
      var found = this.lookup(path, [Type, Enum]);
      if (!found)
        throw Error("no such Type or Enum '" + path + "' in " + this);
      return found;
    };
    Namespace.prototype.lookupService = function lookupService(path) {
      var found = this.lookup(path, [Service]);
      if (!found)
        throw Error("no such Service '" + path + "' in " + this);
      return found;
    };
    Namespace._configure = function(Type_, Service_, Enum_) {
      Type = Type_;
      Service = Service_;
      Enum = Enum_;
    };
  }
});

// node_modules/protobufjs/src/mapfield.js
var require_mapfield = __commonJS({
  "node_modules/protobufjs/src/mapfield.js"(exports, module) {
    "use strict";
    module.exports = MapField;
    var Field = require_field();
    ((MapField.prototype = Object.create(Field.prototype)).constructor = MapField).className = "MapField";
    var types = require_types();
    var util = require_util();
    function MapField(name, id, keyType, type, options, comment) {
      Field.call(this, name, id, type, void 0, void 0, options, comment);
      if (!util.isString(keyType))
        throw TypeError("keyType must be a string");
      this.keyType = keyType;
      this.resolvedKeyType = null;
      this.map = true;
    }
    MapField.fromJSON = function fromJSON(name, json) {
      return new MapField(name, json.id, json.keyType, json.type, json.options, json.comment);
    };
    MapField.prototype.toJSON = function toJSON(toJSONOptions) {
      var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
      return util.toObject([
        "keyType",
        this.keyType,
        "type",
        this.type,
        "id",
        this.id,
        "extend",
        this.extend,
        "options",
        this.options,
        "comment",
        keepComments ? this.comment : void 0
      ]);
    };
    MapField.prototype.resolve = function resolve() {
      if (this.resolved)
        return this;
      if (types.mapKey[this.keyType] === void 0)
        throw Error("invalid key type: " + this.keyType);
      return Field.prototype.resolve.call(this);
    };
    MapField.d = function decorateMapField(fieldId, fieldKeyType, fieldValueType) {
      if (typeof fieldValueType === "function")
        fieldValueType = util.decorateType(fieldValueType).name;
      else if (fieldValueType && typeof fieldValueType === "object")
        fieldValueType = util.decorateEnum(fieldValueType).name;
      return function mapFieldDecorator(prototype, fieldName) {
        util.decorateType(prototype.constructor).add(new MapField(fieldName, fieldId, fieldKeyType, fieldValueType));
      };
    };
  }
});

// node_modules/protobufjs/src/method.js
var require_method = __commonJS({
  "node_modules/protobufjs/src/method.js"(exports, module) {
    "use strict";
    module.exports = Method;
    var ReflectionObject = require_object();
    ((Method.prototype = Object.create(ReflectionObject.prototype)).constructor = Method).className = "Method";
    var util = require_util();
    function Method(name, type, requestType, responseType, requestStream, responseStream, options, comment, parsedOptions) {
      if (util.isObject(requestStream)) {
        options = requestStream;
        requestStream = responseStream = void 0;
      } else if (util.isObject(responseStream)) {
        options = responseStream;
        responseStream = void 0;
      }
      if (!(type === void 0 || util.isString(type)))
        throw TypeError("type must be a string");
      if (!util.isString(requestType))
        throw TypeError("requestType must be a string");
      if (!util.isString(responseType))
        throw TypeError("responseType must be a string");
      ReflectionObject.call(this, name, options);
      this.type = type || "rpc";
      this.requestType = requestType;
      this.requestStream = requestStream ? true : void 0;
      this.responseType = responseType;
      this.responseStream = responseStream ? true : void 0;
      this.resolvedRequestType = null;
      this.resolvedResponseType = null;
      this.comment = comment;
      this.parsedOptions = parsedOptions;
    }
    Method.fromJSON = function fromJSON(name, json) {
      return new Method(name, json.type, json.requestType, json.responseType, json.requestStream, json.responseStream, json.options, json.comment, json.parsedOptions);
    };
    Method.prototype.toJSON = function toJSON(toJSONOptions) {
      var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
      return util.toObject([
        "type",
        this.type !== "rpc" && /* istanbul ignore next */
        this.type || void 0,
        "requestType",
        this.requestType,
        "requestStream",
        this.requestStream,
        "responseType",
        this.responseType,
        "responseStream",
        this.responseStream,
        "options",
        this.options,
        "comment",
        keepComments ? this.comment : void 0,
        "parsedOptions",
        this.parsedOptions
      ]);
    };
    Method.prototype.resolve = function resolve() {
      if (this.resolved)
        return this;
      this.resolvedRequestType = this.parent.lookupType(this.requestType);
      this.resolvedResponseType = this.parent.lookupType(this.responseType);
      return ReflectionObject.prototype.resolve.call(this);
    };
  }
});

// node_modules/protobufjs/src/service.js
var require_service2 = __commonJS({
  "node_modules/protobufjs/src/service.js"(exports, module) {
    "use strict";
    module.exports = Service;
    var Namespace = require_namespace();
    ((Service.prototype = Object.create(Namespace.prototype)).constructor = Service).className = "Service";
    var Method = require_method();
    var util = require_util();
    var rpc = require_rpc();
    function Service(name, options) {
      Namespace.call(this, name, options);
      this.methods = {};
      this._methodsArray = null;
    }
    Service.fromJSON = function fromJSON(name, json, depth) {
      depth = util.checkDepth(depth);
      var service = new Service(name, json.options);
      if (json.methods)
        for (var names = Object.keys(json.methods), i = 0; i < names.length; ++i)
          service.add(Method.fromJSON(names[i], json.methods[names[i]]));
      if (json.nested)
        service.addJSON(json.nested, depth);
      if (json.edition)
        service._edition = json.edition;
      service.comment = json.comment;
      service._defaultEdition = "proto3";
      return service;
    };
    Service.prototype.toJSON = function toJSON(toJSONOptions) {
      var inherited = Namespace.prototype.toJSON.call(this, toJSONOptions);
      var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
      return util.toObject([
        "edition",
        this._editionToJSON(),
        "options",
        inherited && inherited.options || void 0,
        "methods",
        Namespace.arrayToJSON(this.methodsArray, toJSONOptions) || /* istanbul ignore next */
        {},
        "nested",
        inherited && inherited.nested || void 0,
        "comment",
        keepComments ? this.comment : void 0
      ]);
    };
    Object.defineProperty(Service.prototype, "methodsArray", {
      get: function() {
        return this._methodsArray || (this._methodsArray = util.toArray(this.methods));
      }
    });
    function clearCache(service) {
      service._methodsArray = null;
      return service;
    }
    Service.prototype.get = function get(name) {
      return Object.prototype.hasOwnProperty.call(this.methods, name) ? this.methods[name] : Namespace.prototype.get.call(this, name);
    };
    Service.prototype.resolveAll = function resolveAll() {
      if (!this._needsRecursiveResolve) return this;
      Namespace.prototype.resolve.call(this);
      var methods = this.methodsArray;
      for (var i = 0; i < methods.length; ++i)
        methods[i].resolve();
      return this;
    };
    Service.prototype._resolveFeaturesRecursive = function _resolveFeaturesRecursive(edition) {
      if (!this._needsRecursiveFeatureResolution) return this;
      edition = this._edition || edition;
      Namespace.prototype._resolveFeaturesRecursive.call(this, edition);
      this.methodsArray.forEach((method) => {
        method._resolveFeaturesRecursive(edition);
      });
      return this;
    };
    Service.prototype.add = function add(object) {
      if (this.get(object.name))
        throw Error("duplicate name '" + object.name + "' in " + this);
      if (object instanceof Method) {
        if (object.name === "__proto__")
          return this;
        this.methods[object.name] = object;
        object.parent = this;
        return clearCache(this);
      }
      return Namespace.prototype.add.call(this, object);
    };
    Service.prototype.remove = function remove(object) {
      if (object instanceof Method) {
        if (this.methods[object.name] !== object)
          throw Error(object + " is not a member of " + this);
        delete this.methods[object.name];
        object.parent = null;
        return clearCache(this);
      }
      return Namespace.prototype.remove.call(this, object);
    };
    Service.prototype.create = function create(rpcImpl, requestDelimited, responseDelimited) {
      var rpcService = new rpc.Service(rpcImpl, requestDelimited, responseDelimited);
      for (var i = 0, method; i < /* initializes */
      this.methodsArray.length; ++i) {
        var methodName = util.lcFirst((method = this._methodsArray[i]).resolve().name).replace(/[^$\w_]/g, "");
        rpcService[methodName] = /* @__PURE__ */ (function(method2, requestType, responseType) {
          return function rpcMethod(request, callback) {
            return rpc.Service.prototype.rpcCall.call(this, method2, requestType, responseType, request, callback);
          };
        })(method, method.resolvedRequestType.ctor, method.resolvedResponseType.ctor);
      }
      return rpcService;
    };
  }
});

// node_modules/protobufjs/src/message.js
var require_message = __commonJS({
  "node_modules/protobufjs/src/message.js"(exports, module) {
    "use strict";
    module.exports = Message;
    var util = require_minimal();
    function Message(properties) {
      if (properties)
        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i) {
          var key = keys[i];
          if (key === "__proto__")
            continue;
          this[key] = properties[key];
        }
    }
    Message.create = function create(properties) {
      return this.$type.create(properties);
    };
    Message.encode = function encode(message, writer) {
      return this.$type.encode(message, writer);
    };
    Message.encodeDelimited = function encodeDelimited(message, writer) {
      return this.$type.encodeDelimited(message, writer);
    };
    Message.decode = function decode(reader) {
      return this.$type.decode(reader);
    };
    Message.decodeDelimited = function decodeDelimited(reader) {
      return this.$type.decodeDelimited(reader);
    };
    Message.verify = function verify(message) {
      return this.$type.verify(message);
    };
    Message.fromObject = function fromObject(object) {
      return this.$type.fromObject(object);
    };
    Message.toObject = function toObject(message, options) {
      return this.$type.toObject(message, options);
    };
    Message.prototype.toJSON = function toJSON() {
      return this.$type.toObject(this, util.toJSONOptions);
    };
  }
});

// node_modules/protobufjs/src/decoder.js
var require_decoder = __commonJS({
  "node_modules/protobufjs/src/decoder.js"(exports, module) {
    "use strict";
    module.exports = decoder;
    var Enum = require_enum();
    var types = require_types();
    var util = require_util();
    function missing(field) {
      return "missing required '" + field.name + "'";
    }
    function decoder(mtype) {
      var gen = util.codegen(["r", "l", "e", "n"], mtype.name + "$decode")("if(!(r instanceof Reader))")("r=Reader.create(r)")("if(n===undefined)n=0")("if(n>Reader.recursionLimit)")('throw Error("maximum nesting depth exceeded")')("var c,m" + (mtype.fieldsArray.filter(function(field2) {
        return field2.map;
      }).length ? ",k,value" : ""))("if(l===undefined)")("c=r.len")("else{")("c=r.pos+l")("if(c>r.len)")('throw RangeError("index out of range")')("l=r.len")("r.len=c")("}")("m=new this.ctor")("while(r.pos<c){")("var t=r.uint32()")("if(t===e)")("break")("switch(t>>>3){");
      var i = 0;
      for (; i < /* initializes */
      mtype.fieldsArray.length; ++i) {
        var field = mtype._fieldsArray[i].resolve(), type = field.resolvedType instanceof Enum ? "int32" : field.type, ref = "m" + util.safeProp(field.name);
        gen("case %i: {", field.id);
        if (field.map) {
          gen("if(%s===util.emptyObject)", ref)("%s={}", ref)("var c2=r.uint32()+r.pos")("if(c2>r.len)")('throw RangeError("index out of range")')("r.len=c2");
          if (types.defaults[field.keyType] !== void 0) gen("k=%j", types.defaults[field.keyType]);
          else gen("k=null");
          if (types.defaults[type] !== void 0) gen("value=%j", types.defaults[type]);
          else gen("value=null");
          gen("while(r.pos<c2){")("var tag2=r.uint32()")("switch(tag2>>>3){")("case 1: k=r.%s(); break", field.keyType)("case 2:");
          if (types.basic[type] === void 0) gen("value=types[%i].decode(r,r.uint32(),undefined,n+1)", i);
          else gen("value=r.%s()", type);
          gen("break")("default:")("r.skipType(tag2&7,n)")("break")("}")("}")("if(r.pos!==c2)")('throw RangeError("index out of range")')("r.len=c");
          if (types.long[field.keyType] !== void 0) gen('%s[typeof k==="object"?util.longToHash(k):k]=value', ref);
          else {
            if (field.keyType === "string") gen('if(k==="__proto__")')("util.makeProp(%s,k)", ref);
            gen("%s[k]=value", ref);
          }
        } else if (field.repeated) {
          gen("if(!(%s&&%s.length))", ref, ref)("%s=[]", ref);
          if (types.packed[type] !== void 0) gen("if((t&7)===2){")("var c2=r.uint32()+r.pos")("if(c2>r.len)")('throw RangeError("index out of range")')("r.len=c2")("while(r.pos<c2)")("%s.push(r.%s())", ref, type)("if(r.pos!==c2)")('throw RangeError("index out of range")')("r.len=c")("}else");
          if (types.basic[type] === void 0) gen(field.delimited ? "%s.push(types[%i].decode(r,undefined,((t&~7)|4),n+1))" : "%s.push(types[%i].decode(r,r.uint32(),undefined,n+1))", ref, i);
          else gen("%s.push(r.%s())", ref, type);
        } else if (types.basic[type] === void 0) gen(field.delimited ? "%s=types[%i].decode(r,undefined,((t&~7)|4),n+1)" : "%s=types[%i].decode(r,r.uint32(),undefined,n+1)", ref, i);
        else gen("%s=r.%s()", ref, type);
        gen("break")("}");
      }
      gen("default:")("r.skipType(t&7,n)")("break")("}")("}");
      gen("if(l!==undefined){")("if(r.pos!==c)")('throw RangeError("index out of range")')("r.len=l")("}");
      for (i = 0; i < mtype._fieldsArray.length; ++i) {
        var rfield = mtype._fieldsArray[i];
        if (rfield.required) gen("if(!Object.hasOwnProperty.call(m,%j))", rfield.name)("throw util.ProtocolError(%j,{instance:m})", missing(rfield));
      }
      return gen("return m");
    }
  }
});

// node_modules/protobufjs/src/verifier.js
var require_verifier = __commonJS({
  "node_modules/protobufjs/src/verifier.js"(exports, module) {
    "use strict";
    module.exports = verifier;
    var Enum = require_enum();
    var util = require_util();
    function invalid(field, expected) {
      return field.name + ": " + expected + (field.repeated && expected !== "array" ? "[]" : field.map && expected !== "object" ? "{k:" + field.keyType + "}" : "") + " expected";
    }
    function genVerifyValue(gen, field, fieldIndex, ref) {
      if (field.resolvedType) {
        if (field.resolvedType instanceof Enum) {
          gen("switch(%s){", ref)("default:")("return%j", invalid(field, "enum value"));
          for (var keys = Object.keys(field.resolvedType.values), j = 0; j < keys.length; ++j) gen("case %i:", field.resolvedType.values[keys[j]]);
          gen("break")("}");
        } else {
          gen("{")("var e=types[%i].verify(%s,n+1);", fieldIndex, ref)("if(e)")("return%j+e", field.name + ".")("}");
        }
      } else {
        switch (field.type) {
          case "int32":
          case "uint32":
          case "sint32":
          case "fixed32":
          case "sfixed32":
            gen("if(!util.isInteger(%s))", ref)("return%j", invalid(field, "integer"));
            break;
          case "int64":
          case "uint64":
          case "sint64":
          case "fixed64":
          case "sfixed64":
            gen("if(!util.isInteger(%s)&&!(%s&&util.isInteger(%s.low)&&util.isInteger(%s.high)))", ref, ref, ref, ref)("return%j", invalid(field, "integer|Long"));
            break;
          case "float":
          case "double":
            gen('if(typeof %s!=="number")', ref)("return%j", invalid(field, "number"));
            break;
          case "bool":
            gen('if(typeof %s!=="boolean")', ref)("return%j", invalid(field, "boolean"));
            break;
          case "string":
            gen("if(!util.isString(%s))", ref)("return%j", invalid(field, "string"));
            break;
          case "bytes":
            gen('if(!(%s&&typeof %s.length==="number"||util.isString(%s)))', ref, ref, ref)("return%j", invalid(field, "buffer"));
            break;
        }
      }
      return gen;
    }
    function genVerifyKey(gen, field, ref) {
      switch (field.keyType) {
        case "int32":
        case "uint32":
        case "sint32":
        case "fixed32":
        case "sfixed32":
          gen("if(!util.key32Re.test(%s))", ref)("return%j", invalid(field, "integer key"));
          break;
        case "int64":
        case "uint64":
        case "sint64":
        case "fixed64":
        case "sfixed64":
          gen("if(!util.key64Re.test(%s))", ref)("return%j", invalid(field, "integer|Long key"));
          break;
        case "bool":
          gen("if(!util.key2Re.test(%s))", ref)("return%j", invalid(field, "boolean key"));
          break;
      }
      return gen;
    }
    function verifier(mtype) {
      var gen = util.codegen(["m", "n"], mtype.name + "$verify")('if(typeof m!=="object"||m===null)')("return%j", "object expected")("if(n===undefined)n=0")("if(n>util.recursionLimit)")("return%j", "maximum nesting depth exceeded");
      var oneofs = mtype.oneofsArray, seenFirstField = {};
      if (oneofs.length) gen("var p={}");
      for (var i = 0; i < /* initializes */
      mtype.fieldsArray.length; ++i) {
        var field = mtype._fieldsArray[i].resolve(), ref = "m" + util.safeProp(field.name);
        if (field.optional) gen("if(%s!=null&&Object.hasOwnProperty.call(m,%j)){", ref, field.name);
        if (field.map) {
          gen("if(!util.isObject(%s))", ref)("return%j", invalid(field, "object"))("var k=Object.keys(%s)", ref)("for(var i=0;i<k.length;++i){");
          genVerifyKey(gen, field, "k[i]");
          genVerifyValue(gen, field, i, ref + "[k[i]]")("}");
        } else if (field.repeated) {
          gen("if(!Array.isArray(%s))", ref)("return%j", invalid(field, "array"))("for(var i=0;i<%s.length;++i){", ref);
          genVerifyValue(gen, field, i, ref + "[i]")("}");
        } else {
          if (field.partOf) {
            var oneofProp = util.safeProp(field.partOf.name);
            if (seenFirstField[field.partOf.name] === 1) gen("if(p%s===1)", oneofProp)("return%j", field.partOf.name + ": multiple values");
            seenFirstField[field.partOf.name] = 1;
            gen("p%s=1", oneofProp);
          }
          genVerifyValue(gen, field, i, ref);
        }
        if (field.optional) gen("}");
      }
      return gen("return null");
    }
  }
});

// node_modules/protobufjs/src/converter.js
var require_converter = __commonJS({
  "node_modules/protobufjs/src/converter.js"(exports) {
    "use strict";
    var converter = exports;
    var Enum = require_enum();
    var util = require_util();
    function genValuePartial_fromObject(gen, field, fieldIndex, prop) {
      var defaultAlreadyEmitted = false;
      if (field.resolvedType) {
        if (field.resolvedType instanceof Enum) {
          gen("switch(d%s){", prop);
          for (var values = field.resolvedType.values, keys = Object.keys(values), i = 0; i < keys.length; ++i) {
            if (values[keys[i]] === field.typeDefault && !defaultAlreadyEmitted) {
              gen("default:")('if(typeof(d%s)==="number"){m%s=d%s;break}', prop, prop, prop);
              if (!field.repeated) gen("break");
              defaultAlreadyEmitted = true;
            }
            gen("case%j:", keys[i])("case %i:", values[keys[i]])("m%s=%j", prop, values[keys[i]])("break");
          }
          gen("}");
        } else gen("if(!util.isObject(d%s))", prop)("throw TypeError(%j)", field.fullName + ": object expected")("m%s=types[%i].fromObject(d%s,n+1)", prop, fieldIndex, prop);
      } else {
        var isUnsigned = false;
        switch (field.type) {
          case "double":
          case "float":
            gen("m%s=Number(d%s)", prop, prop);
            break;
          case "uint32":
          case "fixed32":
            gen("m%s=d%s>>>0", prop, prop);
            break;
          case "int32":
          case "sint32":
          case "sfixed32":
            gen("m%s=d%s|0", prop, prop);
            break;
          case "uint64":
          case "fixed64":
            isUnsigned = true;
          // eslint-disable-next-line no-fallthrough
          case "int64":
          case "sint64":
          case "sfixed64":
            gen("if(util.Long)")("m%s=util.Long.fromValue(d%s,%j)", prop, prop, isUnsigned)('else if(typeof d%s==="string")', prop)("m%s=parseInt(d%s,10)", prop, prop)('else if(typeof d%s==="number")', prop)("m%s=d%s", prop, prop)('else if(typeof d%s==="object")', prop)("m%s=new util.LongBits(d%s.low>>>0,d%s.high>>>0).toNumber(%s)", prop, prop, prop, isUnsigned ? "true" : "");
            break;
          case "bytes":
            gen('if(typeof d%s==="string")', prop)("util.base64.decode(d%s,m%s=util.newBuffer(util.base64.length(d%s)),0)", prop, prop, prop)("else if(d%s.length >= 0)", prop)("m%s=d%s", prop, prop);
            break;
          case "string":
            gen("m%s=String(d%s)", prop, prop);
            break;
          case "bool":
            gen("m%s=Boolean(d%s)", prop, prop);
            break;
        }
      }
      return gen;
    }
    converter.fromObject = function fromObject(mtype) {
      var fields = mtype.fieldsArray;
      var gen = util.codegen(["d", "n"], mtype.name + "$fromObject")("if(d instanceof this.ctor)")("return d");
      if (!fields.length) return gen("return new this.ctor");
      gen("if(!util.isObject(d))")("throw TypeError(%j)", mtype.fullName + ": object expected")("if(n===undefined)n=0")("if(n>util.recursionLimit)")('throw Error("maximum nesting depth exceeded")');
      gen("var m=new this.ctor");
      for (var i = 0; i < fields.length; ++i) {
        var field = fields[i].resolve(), prop = util.safeProp(field.name);
        if (field.map) {
          gen("if(d%s){", prop)("if(!util.isObject(d%s))", prop)("throw TypeError(%j)", field.fullName + ": object expected")("m%s={}", prop)("for(var ks=Object.keys(d%s),i=0;i<ks.length;++i){", prop);
          gen('if(ks[i]==="__proto__")')("util.makeProp(m%s,ks[i])", prop);
          genValuePartial_fromObject(
            gen,
            field,
            /* not sorted */
            i,
            prop + "[ks[i]]"
          )("}")("}");
        } else if (field.repeated) {
          gen("if(d%s){", prop)("if(!Array.isArray(d%s))", prop)("throw TypeError(%j)", field.fullName + ": array expected")("m%s=[]", prop)("for(var i=0;i<d%s.length;++i){", prop);
          genValuePartial_fromObject(
            gen,
            field,
            /* not sorted */
            i,
            prop + "[i]"
          )("}")("}");
        } else {
          if (!(field.resolvedType instanceof Enum)) gen("if(d%s!=null){", prop);
          genValuePartial_fromObject(
            gen,
            field,
            /* not sorted */
            i,
            prop
          );
          if (!(field.resolvedType instanceof Enum)) gen("}");
        }
      }
      return gen("return m");
    };
    function genValuePartial_toObject(gen, field, fieldIndex, prop) {
      if (field.resolvedType) {
        if (field.resolvedType instanceof Enum) gen("d%s=o.enums===String?(types[%i].values[m%s]===undefined?m%s:types[%i].values[m%s]):m%s", prop, fieldIndex, prop, prop, fieldIndex, prop, prop);
        else gen("d%s=types[%i].toObject(m%s,o,q+1)", prop, fieldIndex, prop);
      } else {
        var isUnsigned = false;
        switch (field.type) {
          case "double":
          case "float":
            gen("d%s=o.json&&!isFinite(m%s)?String(m%s):m%s", prop, prop, prop, prop);
            break;
          case "uint64":
          case "fixed64":
            isUnsigned = true;
          // eslint-disable-next-line no-fallthrough
          case "int64":
          case "sint64":
          case "sfixed64":
            gen('if(typeof BigInt!=="undefined"&&o.longs===BigInt)')('d%s=typeof m%s==="number"?BigInt(m%s):util.Long.fromBits(m%s.low>>>0,m%s.high>>>0,%j).toBigInt()', prop, prop, prop, prop, prop, isUnsigned)('else if(typeof m%s==="number")', prop)("d%s=o.longs===String?String(m%s):m%s", prop, prop, prop)("else")("d%s=o.longs===String?util.Long.prototype.toString.call(m%s):o.longs===Number?new util.LongBits(m%s.low>>>0,m%s.high>>>0).toNumber(%s):m%s", prop, prop, prop, prop, isUnsigned ? "true" : "", prop);
            break;
          case "bytes":
            gen("d%s=o.bytes===String?util.base64.encode(m%s,0,m%s.length):o.bytes===Array?Array.prototype.slice.call(m%s):m%s", prop, prop, prop, prop, prop);
            break;
          default:
            gen("d%s=m%s", prop, prop);
            break;
        }
      }
      return gen;
    }
    converter.toObject = function toObject(mtype) {
      var fields = mtype.fieldsArray.slice().sort(util.compareFieldsById);
      if (!fields.length)
        return util.codegen()("return {}");
      var gen = util.codegen(["m", "o", "q"], mtype.name + "$toObject")("if(!o)")("o={}")("if(q===undefined)q=0")("if(q>util.recursionLimit)")('throw Error("max depth exceeded")')("var d={}");
      var repeatedFields = [], mapFields = [], normalFields = [], i = 0;
      for (; i < fields.length; ++i)
        if (!fields[i].partOf)
          (fields[i].resolve().repeated ? repeatedFields : fields[i].map ? mapFields : normalFields).push(fields[i]);
      if (repeatedFields.length) {
        gen("if(o.arrays||o.defaults){");
        for (i = 0; i < repeatedFields.length; ++i) gen("d%s=[]", util.safeProp(repeatedFields[i].name));
        gen("}");
      }
      if (mapFields.length) {
        gen("if(o.objects||o.defaults){");
        for (i = 0; i < mapFields.length; ++i) gen("d%s={}", util.safeProp(mapFields[i].name));
        gen("}");
      }
      if (normalFields.length) {
        gen("if(o.defaults){");
        for (i = 0; i < normalFields.length; ++i) {
          var field = normalFields[i], prop = util.safeProp(field.name);
          if (field.resolvedType instanceof Enum) gen("d%s=o.enums===String?%j:%j", prop, field.resolvedType.valuesById[field.typeDefault], field.typeDefault);
          else if (field.long) gen("if(util.Long){")("var n=new util.Long(%i,%i,%j)", field.typeDefault.low, field.typeDefault.high, field.typeDefault.unsigned)('d%s=o.longs===String?n.toString():o.longs===Number?n.toNumber():typeof BigInt!=="undefined"&&o.longs===BigInt?n.toBigInt():n', prop)("}else")('d%s=o.longs===String?%j:typeof BigInt!=="undefined"&&o.longs===BigInt?BigInt(%j):%i', prop, field.typeDefault.toString(), field.typeDefault.toString(), field.typeDefault.toNumber());
          else if (field.bytes) {
            var arrayDefault = Array.prototype.slice.call(field.typeDefault);
            gen("if(o.bytes===String)d%s=%j", prop, String.fromCharCode.apply(String, field.typeDefault))("else{")("d%s=%j", prop, arrayDefault)("if(o.bytes!==Array)d%s=util.newBuffer(d%s)", prop, prop)("}");
          } else gen("d%s=%j", prop, field.typeDefault);
        }
        gen("}");
      }
      var hasKs2 = false;
      for (i = 0; i < fields.length; ++i) {
        var field = fields[i], index = mtype._fieldsArray.indexOf(field), prop = util.safeProp(field.name);
        if (field.map) {
          if (!hasKs2) {
            hasKs2 = true;
            gen("var ks2");
          }
          gen("if(m%s&&(ks2=Object.keys(m%s)).length){", prop, prop)("d%s={}", prop)("for(var j=0;j<ks2.length;++j){");
          gen('if(ks2[j]==="__proto__")')("util.makeProp(d%s,ks2[j])", prop);
          genValuePartial_toObject(
            gen,
            field,
            /* sorted */
            index,
            prop + "[ks2[j]]"
          )("}");
        } else if (field.repeated) {
          gen("if(m%s&&m%s.length){", prop, prop)("d%s=[]", prop)("for(var j=0;j<m%s.length;++j){", prop);
          genValuePartial_toObject(
            gen,
            field,
            /* sorted */
            index,
            prop + "[j]"
          )("}");
        } else {
          gen("if(m%s!=null&&Object.hasOwnProperty.call(m,%j)){", prop, field.name);
          genValuePartial_toObject(
            gen,
            field,
            /* sorted */
            index,
            prop
          );
          if (field.partOf) gen("if(o.oneofs)")("d%s=%j", util.safeProp(field.partOf.name), field.name);
        }
        gen("}");
      }
      return gen("return d");
    };
  }
});

// node_modules/protobufjs/src/wrappers.js
var require_wrappers = __commonJS({
  "node_modules/protobufjs/src/wrappers.js"(exports) {
    "use strict";
    var wrappers = exports;
    var Message = require_message();
    var util = require_minimal();
    wrappers[".google.protobuf.Any"] = {
      fromObject: function(object, depth) {
        if (depth === void 0)
          depth = 0;
        if (depth > util.recursionLimit)
          throw Error("max depth exceeded");
        if (object && object["@type"]) {
          var name = object["@type"].substring(object["@type"].lastIndexOf("/") + 1);
          var type = this.lookup(name);
          if (type) {
            var type_url = object["@type"].charAt(0) === "." ? object["@type"].slice(1) : object["@type"];
            if (type_url.indexOf("/") === -1) {
              type_url = "/" + type_url;
            }
            return this.create({
              type_url,
              value: type.encode(type.fromObject(object, depth + 1)).finish()
            });
          }
        }
        return this.fromObject(object, depth);
      },
      toObject: function(message, options, depth) {
        if (depth === void 0)
          depth = 0;
        if (depth > util.recursionLimit)
          throw Error("max depth exceeded");
        var googleApi = "type.googleapis.com/";
        var prefix = "";
        var name = "";
        if (options && options.json && message.type_url && message.value) {
          name = message.type_url.substring(message.type_url.lastIndexOf("/") + 1);
          prefix = message.type_url.substring(0, message.type_url.lastIndexOf("/") + 1);
          var type = this.lookup(name);
          if (type)
            message = type.decode(message.value, void 0, void 0, depth + 1);
        }
        if (!(message instanceof this.ctor) && message instanceof Message) {
          var object = message.$type.toObject(message, options, depth + 1);
          var messageName = message.$type.fullName[0] === "." ? message.$type.fullName.slice(1) : message.$type.fullName;
          if (prefix === "") {
            prefix = googleApi;
          }
          name = prefix + messageName;
          object["@type"] = name;
          return object;
        }
        return this.toObject(message, options, depth);
      }
    };
  }
});

// node_modules/protobufjs/src/type.js
var require_type = __commonJS({
  "node_modules/protobufjs/src/type.js"(exports, module) {
    "use strict";
    module.exports = Type;
    var Namespace = require_namespace();
    ((Type.prototype = Object.create(Namespace.prototype)).constructor = Type).className = "Type";
    var Enum = require_enum();
    var OneOf = require_oneof();
    var Field = require_field();
    var MapField = require_mapfield();
    var Service = require_service2();
    var Message = require_message();
    var Reader = require_reader();
    var Writer = require_writer();
    var util = require_util();
    var encoder = require_encoder();
    var decoder = require_decoder();
    var verifier = require_verifier();
    var converter = require_converter();
    var wrappers = require_wrappers();
    function Type(name, options) {
      name = name.replace(/\W/g, "");
      Namespace.call(this, name, options);
      this.fields = {};
      this.oneofs = void 0;
      this.extensions = void 0;
      this.reserved = void 0;
      this.group = void 0;
      this._fieldsById = null;
      this._fieldsArray = null;
      this._oneofsArray = null;
      this._ctor = null;
    }
    Object.defineProperties(Type.prototype, {
      /**
       * Message fields by id.
       * @name Type#fieldsById
       * @type {Object.<number,Field>}
       * @readonly
       */
      fieldsById: {
        get: function() {
          if (this._fieldsById)
            return this._fieldsById;
          this._fieldsById = {};
          for (var names = Object.keys(this.fields), i = 0; i < names.length; ++i) {
            var field = this.fields[names[i]], id = field.id;
            if (this._fieldsById[id])
              throw Error("duplicate id " + id + " in " + this);
            this._fieldsById[id] = field;
          }
          return this._fieldsById;
        }
      },
      /**
       * Fields of this message as an array for iteration.
       * @name Type#fieldsArray
       * @type {Field[]}
       * @readonly
       */
      fieldsArray: {
        get: function() {
          return this._fieldsArray || (this._fieldsArray = util.toArray(this.fields));
        }
      },
      /**
       * Oneofs of this message as an array for iteration.
       * @name Type#oneofsArray
       * @type {OneOf[]}
       * @readonly
       */
      oneofsArray: {
        get: function() {
          return this._oneofsArray || (this._oneofsArray = util.toArray(this.oneofs));
        }
      },
      /**
       * The registered constructor, if any registered, otherwise a generic constructor.
       * Assigning a function replaces the internal constructor. If the function does not extend {@link Message} yet, its prototype will be setup accordingly and static methods will be populated. If it already extends {@link Message}, it will just replace the internal constructor.
       * @name Type#ctor
       * @type {Constructor<{}>}
       */
      ctor: {
        get: function() {
          return this._ctor || (this.ctor = Type.generateConstructor(this)());
        },
        set: function(ctor) {
          var prototype = ctor.prototype;
          if (!(prototype instanceof Message)) {
            (ctor.prototype = new Message()).constructor = ctor;
            util.merge(ctor.prototype, prototype);
          }
          ctor.$type = ctor.prototype.$type = this;
          util.merge(ctor, Message, true);
          this._ctor = ctor;
          var i = 0;
          for (; i < /* initializes */
          this.fieldsArray.length; ++i)
            this._fieldsArray[i].resolve();
          var ctorProperties = {};
          for (i = 0; i < /* initializes */
          this.oneofsArray.length; ++i)
            ctorProperties[this._oneofsArray[i].resolve().name] = {
              get: util.oneOfGetter(this._oneofsArray[i].oneof),
              set: util.oneOfSetter(this._oneofsArray[i].oneof)
            };
          if (i)
            Object.defineProperties(ctor.prototype, ctorProperties);
        }
      }
    });
    Type.generateConstructor = function generateConstructor(mtype) {
      var gen = util.codegen(["p"], mtype.name);
      for (var i = 0, field; i < mtype.fieldsArray.length; ++i)
        if ((field = mtype._fieldsArray[i]).map) gen("this%s={}", util.safeProp(field.name));
        else if (field.repeated) gen("this%s=[]", util.safeProp(field.name));
      return gen('if(p)for(var ks=Object.keys(p),i=0;i<ks.length;++i)if(p[ks[i]]!=null&&ks[i]!=="__proto__")')("this[ks[i]]=p[ks[i]]");
    };
    function clearCache(type) {
      type._fieldsById = type._fieldsArray = type._oneofsArray = null;
      delete type.encode;
      delete type.decode;
      delete type.verify;
      return type;
    }
    Type.fromJSON = function fromJSON(name, json, depth) {
      if (depth === void 0)
        depth = 0;
      if (depth > util.nestingLimit)
        throw Error("max depth exceeded");
      var type = new Type(name, json.options);
      type.extensions = json.extensions;
      type.reserved = json.reserved;
      var names = Object.keys(json.fields), i = 0;
      for (; i < names.length; ++i)
        type.add(
          (typeof json.fields[names[i]].keyType !== "undefined" ? MapField.fromJSON : Field.fromJSON)(names[i], json.fields[names[i]])
        );
      if (json.oneofs)
        for (names = Object.keys(json.oneofs), i = 0; i < names.length; ++i)
          type.add(OneOf.fromJSON(names[i], json.oneofs[names[i]]));
      if (json.nested)
        for (names = Object.keys(json.nested), i = 0; i < names.length; ++i) {
          var nested = json.nested[names[i]];
          type.add(
            // most to least likely
            (nested.id !== void 0 ? Field.fromJSON : nested.fields !== void 0 ? Type.fromJSON : nested.values !== void 0 ? Enum.fromJSON : nested.methods !== void 0 ? Service.fromJSON : Namespace.fromJSON)(names[i], nested, depth + 1)
          );
        }
      if (json.extensions && json.extensions.length)
        type.extensions = json.extensions;
      if (json.reserved && json.reserved.length)
        type.reserved = json.reserved;
      if (json.group)
        type.group = true;
      if (json.comment)
        type.comment = json.comment;
      if (json.edition)
        type._edition = json.edition;
      type._defaultEdition = "proto3";
      return type;
    };
    Type.prototype.toJSON = function toJSON(toJSONOptions) {
      var inherited = Namespace.prototype.toJSON.call(this, toJSONOptions);
      var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
      return util.toObject([
        "edition",
        this._editionToJSON(),
        "options",
        inherited && inherited.options || void 0,
        "oneofs",
        Namespace.arrayToJSON(this.oneofsArray, toJSONOptions),
        "fields",
        Namespace.arrayToJSON(this.fieldsArray.filter(function(obj) {
          return !obj.declaringField;
        }), toJSONOptions) || {},
        "extensions",
        this.extensions && this.extensions.length ? this.extensions : void 0,
        "reserved",
        this.reserved && this.reserved.length ? this.reserved : void 0,
        "group",
        this.group || void 0,
        "nested",
        inherited && inherited.nested || void 0,
        "comment",
        keepComments ? this.comment : void 0
      ]);
    };
    Type.prototype.resolveAll = function resolveAll() {
      if (!this._needsRecursiveResolve) return this;
      Namespace.prototype.resolveAll.call(this);
      var oneofs = this.oneofsArray;
      i = 0;
      while (i < oneofs.length)
        oneofs[i++].resolve();
      var fields = this.fieldsArray, i = 0;
      while (i < fields.length)
        fields[i++].resolve();
      return this;
    };
    Type.prototype._resolveFeaturesRecursive = function _resolveFeaturesRecursive(edition) {
      if (!this._needsRecursiveFeatureResolution) return this;
      edition = this._edition || edition;
      Namespace.prototype._resolveFeaturesRecursive.call(this, edition);
      this.oneofsArray.forEach((oneof) => {
        oneof._resolveFeatures(edition);
      });
      this.fieldsArray.forEach((field) => {
        field._resolveFeatures(edition);
      });
      return this;
    };
    Type.prototype.get = function get(name) {
      if (Object.prototype.hasOwnProperty.call(this.fields, name))
        return this.fields[name];
      if (this.oneofs && Object.prototype.hasOwnProperty.call(this.oneofs, name))
        return this.oneofs[name];
      if (this.nested && Object.prototype.hasOwnProperty.call(this.nested, name))
        return this.nested[name];
      return null;
    };
    Type.prototype.add = function add(object) {
      if (this.get(object.name))
        throw Error("duplicate name '" + object.name + "' in " + this);
      if (object instanceof Field && object.extend === void 0) {
        if (this._fieldsById ? (
          /* istanbul ignore next */
          this._fieldsById[object.id]
        ) : this.fieldsById[object.id])
          throw Error("duplicate id " + object.id + " in " + this);
        if (this.isReservedId(object.id))
          throw Error("id " + object.id + " is reserved in " + this);
        if (this.isReservedName(object.name) || object.name.charAt(0) === "$")
          throw Error("name '" + object.name + "' is reserved in " + this);
        if (object.name === "__proto__")
          return this;
        if (object.parent)
          object.parent.remove(object);
        this.fields[object.name] = object;
        object.message = this;
        object.onAdd(this);
        return clearCache(this);
      }
      if (object instanceof OneOf) {
        if (object.name.charAt(0) === "$")
          throw Error("name '" + object.name + "' is reserved in " + this);
        if (object.name === "__proto__")
          return this;
        if (!this.oneofs)
          this.oneofs = {};
        this.oneofs[object.name] = object;
        object.onAdd(this);
        return clearCache(this);
      }
      return Namespace.prototype.add.call(this, object);
    };
    Type.prototype.remove = function remove(object) {
      if (object instanceof Field && object.extend === void 0) {
        if (!this.fields || this.fields[object.name] !== object)
          throw Error(object + " is not a member of " + this);
        delete this.fields[object.name];
        object.parent = null;
        object.onRemove(this);
        return clearCache(this);
      }
      if (object instanceof OneOf) {
        if (!this.oneofs || this.oneofs[object.name] !== object)
          throw Error(object + " is not a member of " + this);
        delete this.oneofs[object.name];
        object.parent = null;
        object.onRemove(this);
        return clearCache(this);
      }
      return Namespace.prototype.remove.call(this, object);
    };
    Type.prototype.isReservedId = function isReservedId(id) {
      return Namespace.isReservedId(this.reserved, id);
    };
    Type.prototype.isReservedName = function isReservedName(name) {
      return Namespace.isReservedName(this.reserved, name);
    };
    Type.prototype.create = function create(properties) {
      return new this.ctor(properties);
    };
    Type.prototype.setup = function setup() {
      var fullName = this.fullName, types = [];
      for (var i = 0; i < /* initializes */
      this.fieldsArray.length; ++i)
        types.push(this._fieldsArray[i].resolve().resolvedType);
      this.encode = encoder(this)({
        Writer,
        types,
        util
      });
      this.decode = decoder(this)({
        Reader,
        types,
        util
      });
      this.verify = verifier(this)({
        types,
        util
      });
      this.fromObject = converter.fromObject(this)({
        types,
        util
      });
      this.toObject = converter.toObject(this)({
        types,
        util
      });
      var wrapper = wrappers[fullName];
      if (wrapper) {
        var originalThis = Object.create(this);
        originalThis.fromObject = this.fromObject;
        this.fromObject = wrapper.fromObject.bind(originalThis);
        originalThis.toObject = this.toObject;
        this.toObject = wrapper.toObject.bind(originalThis);
      }
      return this;
    };
    Type.prototype.encode = function encode_setup(message, writer) {
      return this.setup().encode.apply(this, arguments);
    };
    Type.prototype.encodeDelimited = function encodeDelimited(message, writer) {
      return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
    };
    Type.prototype.decode = function decode_setup(reader, length, end, depth) {
      return this.setup().decode(reader, length, end, depth);
    };
    Type.prototype.decodeDelimited = function decodeDelimited(reader) {
      if (!(reader instanceof Reader))
        reader = Reader.create(reader);
      return this.decode(reader, reader.uint32());
    };
    Type.prototype.verify = function verify_setup(message, depth) {
      return this.setup().verify(message, depth);
    };
    Type.prototype.fromObject = function fromObject(object, depth) {
      return this.setup().fromObject(object, depth);
    };
    Type.prototype.toObject = function toObject(message, options) {
      return this.setup().toObject.apply(this, arguments);
    };
    Type.d = function decorateType(typeName) {
      return function typeDecorator(target) {
        util.decorateType(target, typeName);
      };
    };
  }
});

// node_modules/protobufjs/src/root.js
var require_root = __commonJS({
  "node_modules/protobufjs/src/root.js"(exports, module) {
    "use strict";
    module.exports = Root;
    var Namespace = require_namespace();
    ((Root.prototype = Object.create(Namespace.prototype)).constructor = Root).className = "Root";
    var Field = require_field();
    var Enum = require_enum();
    var OneOf = require_oneof();
    var util = require_util();
    var Type;
    var parse;
    var common;
    function Root(options) {
      Namespace.call(this, "", options);
      this.deferred = [];
      this.files = [];
      this._edition = "proto2";
      this._fullyQualifiedObjects = {};
    }
    Root.fromJSON = function fromJSON(json, root2, depth) {
      depth = util.checkDepth(depth);
      if (!root2)
        root2 = new Root();
      if (json.options)
        root2.setOptions(json.options);
      return root2.addJSON(json.nested, depth).resolveAll();
    };
    Root.prototype.resolvePath = util.path.resolve;
    Root.prototype.fetch = util.fetch;
    function SYNC() {
    }
    Root.prototype.load = function load(filename, options, callback) {
      if (typeof options === "function") {
        callback = options;
        options = void 0;
      }
      var self2 = this;
      if (!callback) {
        return util.asPromise(load, self2, filename, options);
      }
      var sync = callback === SYNC;
      function finish(err, root2) {
        if (!callback) {
          return;
        }
        if (sync) {
          throw err;
        }
        if (root2) {
          root2.resolveAll();
        }
        var cb = callback;
        callback = null;
        cb(err, root2);
      }
      function getBundledFileName(filename2) {
        var idx = filename2.lastIndexOf("google/protobuf/");
        if (idx > -1) {
          var altname = filename2.substring(idx);
          if (altname in common) return altname;
        }
        return null;
      }
      function process(filename2, source, depth) {
        if (depth === void 0)
          depth = 0;
        try {
          if (depth > util.recursionLimit)
            throw Error("max depth exceeded");
          if (util.isString(source) && source.charAt(0) === "{")
            source = JSON.parse(source);
          if (!util.isString(source))
            self2.setOptions(source.options).addJSON(source.nested);
          else {
            parse.filename = filename2;
            var parsed = parse(source, self2, options), resolved2, i2 = 0;
            if (parsed.imports) {
              for (; i2 < parsed.imports.length; ++i2)
                if (resolved2 = getBundledFileName(parsed.imports[i2]) || self2.resolvePath(filename2, parsed.imports[i2]))
                  fetch(resolved2, false, depth + 1);
            }
            if (parsed.weakImports) {
              for (i2 = 0; i2 < parsed.weakImports.length; ++i2)
                if (resolved2 = getBundledFileName(parsed.weakImports[i2]) || self2.resolvePath(filename2, parsed.weakImports[i2]))
                  fetch(resolved2, true, depth + 1);
            }
          }
        } catch (err) {
          finish(err);
        }
        if (!sync && !queued) {
          finish(null, self2);
        }
      }
      function fetch(filename2, weak, depth) {
        if (depth === void 0)
          depth = 0;
        filename2 = getBundledFileName(filename2) || filename2;
        if (self2.files.indexOf(filename2) > -1) {
          return;
        }
        self2.files.push(filename2);
        if (filename2 in common) {
          if (sync) {
            process(filename2, common[filename2], depth);
          } else {
            ++queued;
            setTimeout(function() {
              --queued;
              process(filename2, common[filename2], depth);
            });
          }
          return;
        }
        if (sync) {
          var source;
          try {
            source = util.fs.readFileSync(filename2).toString("utf8");
          } catch (err) {
            if (!weak)
              finish(err);
            return;
          }
          process(filename2, source, depth);
        } else {
          ++queued;
          self2.fetch(filename2, function(err, source2) {
            --queued;
            if (!callback) {
              return;
            }
            if (err) {
              if (!weak)
                finish(err);
              else if (!queued)
                finish(null, self2);
              return;
            }
            process(filename2, source2, depth);
          });
        }
      }
      var queued = 0;
      if (util.isString(filename)) {
        filename = [filename];
      }
      for (var i = 0, resolved; i < filename.length; ++i)
        if (resolved = self2.resolvePath("", filename[i]))
          fetch(resolved);
      if (sync) {
        self2.resolveAll();
        return self2;
      }
      if (!queued) {
        finish(null, self2);
      }
      return self2;
    };
    Root.prototype.loadSync = function loadSync(filename, options) {
      if (!util.isNode)
        throw Error("not supported");
      return this.load(filename, options, SYNC);
    };
    Root.prototype.resolveAll = function resolveAll() {
      if (!this._needsRecursiveResolve) return this;
      if (this.deferred.length)
        throw Error("unresolvable extensions: " + this.deferred.map(function(field) {
          return "'extend " + field.extend + "' in " + field.parent.fullName;
        }).join(", "));
      return Namespace.prototype.resolveAll.call(this);
    };
    var exposeRe = /^[A-Z]/;
    function tryHandleExtension(root2, field) {
      var extendedType = field.parent.lookup(field.extend);
      if (extendedType) {
        var sisterField = new Field(field.fullName, field.id, field.type, field.rule, void 0, field.options);
        if (extendedType.get(sisterField.name)) {
          return true;
        }
        sisterField.declaringField = field;
        field.extensionField = sisterField;
        extendedType.add(sisterField);
        return true;
      }
      return false;
    }
    Root.prototype._handleAdd = function _handleAdd(object) {
      if (object instanceof Field) {
        if (
          /* an extension field (implies not part of a oneof) */
          object.extend !== void 0 && /* not already handled */
          !object.extensionField
        ) {
          if (!tryHandleExtension(this, object))
            this.deferred.push(object);
        }
      } else if (object instanceof Enum) {
        if (exposeRe.test(object.name))
          object.parent[object.name] = object.values;
      } else if (!(object instanceof OneOf)) {
        if (object instanceof Type)
          for (var i = 0; i < this.deferred.length; )
            if (tryHandleExtension(this, this.deferred[i]))
              this.deferred.splice(i, 1);
            else
              ++i;
        for (var j = 0; j < /* initializes */
        object.nestedArray.length; ++j)
          this._handleAdd(object._nestedArray[j]);
        if (exposeRe.test(object.name))
          object.parent[object.name] = object;
      }
      if (object instanceof Type || object instanceof Enum || object instanceof Field) {
        this._fullyQualifiedObjects[object.fullName] = object;
      }
    };
    Root.prototype._handleRemove = function _handleRemove(object) {
      if (object instanceof Field) {
        if (
          /* an extension field */
          object.extend !== void 0
        ) {
          if (
            /* already handled */
            object.extensionField
          ) {
            object.extensionField.parent.remove(object.extensionField);
            object.extensionField = null;
          } else {
            var index = this.deferred.indexOf(object);
            if (index > -1)
              this.deferred.splice(index, 1);
          }
        }
      } else if (object instanceof Enum) {
        if (exposeRe.test(object.name))
          delete object.parent[object.name];
      } else if (object instanceof Namespace) {
        for (var i = 0; i < /* initializes */
        object.nestedArray.length; ++i)
          this._handleRemove(object._nestedArray[i]);
        if (exposeRe.test(object.name))
          delete object.parent[object.name];
      }
      delete this._fullyQualifiedObjects[object.fullName];
    };
    Root._configure = function(Type_, parse_, common_) {
      Type = Type_;
      parse = parse_;
      common = common_;
    };
  }
});

// node_modules/protobufjs/src/util.js
var require_util = __commonJS({
  "node_modules/protobufjs/src/util.js"(exports, module) {
    "use strict";
    var util = module.exports = require_minimal();
    var roots = require_roots();
    var Type;
    var Enum;
    util.codegen = require_codegen();
    util.fetch = require_fetch();
    util.path = require_path();
    util.patterns = require_patterns();
    var reservedRe = util.patterns.reservedRe;
    util.fs = require_fs2();
    util.checkDepth = function checkDepth(depth) {
      if (depth === void 0)
        depth = 0;
      if (depth > util.recursionLimit)
        throw Error("max depth exceeded");
      return depth;
    };
    util.toArray = function toArray(object) {
      if (object) {
        var keys = Object.keys(object), array = new Array(keys.length), index = 0;
        while (index < keys.length)
          array[index] = object[keys[index++]];
        return array;
      }
      return [];
    };
    util.toObject = function toObject(array) {
      var object = {}, index = 0;
      while (index < array.length) {
        var key = array[index++], val = array[index++];
        if (val !== void 0)
          object[key] = val;
      }
      return object;
    };
    util.isReserved = function isReserved(name) {
      return reservedRe.test(name);
    };
    util.safeProp = function safeProp(prop) {
      if (!/^[$\w_]+$/.test(prop) || reservedRe.test(prop))
        return "[" + JSON.stringify(prop) + "]";
      return "." + prop;
    };
    util.ucFirst = function ucFirst(str) {
      return str.charAt(0).toUpperCase() + str.substring(1);
    };
    var camelCaseRe = /_([a-z])/g;
    util.camelCase = function camelCase(str) {
      return str.substring(0, 1) + str.substring(1).replace(camelCaseRe, function($0, $1) {
        return $1.toUpperCase();
      });
    };
    util.compareFieldsById = function compareFieldsById(a, b) {
      return a.id - b.id;
    };
    util.decorateType = function decorateType(ctor, typeName) {
      if (ctor.$type) {
        if (typeName && ctor.$type.name !== typeName) {
          util.decorateRoot.remove(ctor.$type);
          ctor.$type.name = typeName;
          util.decorateRoot.add(ctor.$type);
        }
        return ctor.$type;
      }
      if (!Type)
        Type = require_type();
      var type = new Type(typeName || ctor.name);
      util.decorateRoot.add(type);
      type.ctor = ctor;
      Object.defineProperty(ctor, "$type", { value: type, enumerable: false });
      Object.defineProperty(ctor.prototype, "$type", { value: type, enumerable: false });
      return type;
    };
    var decorateEnumIndex = 0;
    util.decorateEnum = function decorateEnum(object) {
      if (object.$type)
        return object.$type;
      if (!Enum)
        Enum = require_enum();
      var enm = new Enum("Enum" + decorateEnumIndex++, object);
      util.decorateRoot.add(enm);
      Object.defineProperty(object, "$type", { value: enm, enumerable: false });
      return enm;
    };
    util.setProperty = function setProperty(dst, path, value, ifNotSet) {
      function setProp(dst2, path2, value2) {
        var part = path2.shift();
        if (util.isUnsafeProperty(part))
          return dst2;
        if (path2.length > 0) {
          dst2[part] = setProp(dst2[part] || {}, path2, value2);
        } else {
          var prevValue = dst2[part];
          if (prevValue && ifNotSet)
            return dst2;
          if (prevValue)
            value2 = [].concat(prevValue).concat(value2);
          dst2[part] = value2;
        }
        return dst2;
      }
      if (typeof dst !== "object")
        throw TypeError("dst must be an object");
      if (!path)
        throw TypeError("path must be specified");
      path = path.split(".");
      if (path.length > util.recursionLimit)
        throw Error("max depth exceeded");
      return setProp(dst, path, value);
    };
    Object.defineProperty(util, "decorateRoot", {
      get: function() {
        return roots["decorated"] || (roots["decorated"] = new (require_root())());
      }
    });
  }
});

// node_modules/protobufjs/src/types.js
var require_types = __commonJS({
  "node_modules/protobufjs/src/types.js"(exports) {
    "use strict";
    var types = exports;
    var util = require_util();
    var s = [
      "double",
      // 0
      "float",
      // 1
      "int32",
      // 2
      "uint32",
      // 3
      "sint32",
      // 4
      "fixed32",
      // 5
      "sfixed32",
      // 6
      "int64",
      // 7
      "uint64",
      // 8
      "sint64",
      // 9
      "fixed64",
      // 10
      "sfixed64",
      // 11
      "bool",
      // 12
      "string",
      // 13
      "bytes"
      // 14
    ];
    function bake(values, offset) {
      var i = 0, o = /* @__PURE__ */ Object.create(null);
      offset |= 0;
      while (i < values.length) o[s[i + offset]] = values[i++];
      return o;
    }
    types.basic = bake([
      /* double   */
      1,
      /* float    */
      5,
      /* int32    */
      0,
      /* uint32   */
      0,
      /* sint32   */
      0,
      /* fixed32  */
      5,
      /* sfixed32 */
      5,
      /* int64    */
      0,
      /* uint64   */
      0,
      /* sint64   */
      0,
      /* fixed64  */
      1,
      /* sfixed64 */
      1,
      /* bool     */
      0,
      /* string   */
      2,
      /* bytes    */
      2
    ]);
    types.defaults = bake([
      /* double   */
      0,
      /* float    */
      0,
      /* int32    */
      0,
      /* uint32   */
      0,
      /* sint32   */
      0,
      /* fixed32  */
      0,
      /* sfixed32 */
      0,
      /* int64    */
      0,
      /* uint64   */
      0,
      /* sint64   */
      0,
      /* fixed64  */
      0,
      /* sfixed64 */
      0,
      /* bool     */
      false,
      /* string   */
      "",
      /* bytes    */
      util.emptyArray,
      /* message  */
      null
    ]);
    types.long = bake([
      /* int64    */
      0,
      /* uint64   */
      0,
      /* sint64   */
      0,
      /* fixed64  */
      1,
      /* sfixed64 */
      1
    ], 7);
    types.mapKey = bake([
      /* int32    */
      0,
      /* uint32   */
      0,
      /* sint32   */
      0,
      /* fixed32  */
      5,
      /* sfixed32 */
      5,
      /* int64    */
      0,
      /* uint64   */
      0,
      /* sint64   */
      0,
      /* fixed64  */
      1,
      /* sfixed64 */
      1,
      /* bool     */
      0,
      /* string   */
      2
    ], 2);
    types.packed = bake([
      /* double   */
      1,
      /* float    */
      5,
      /* int32    */
      0,
      /* uint32   */
      0,
      /* sint32   */
      0,
      /* fixed32  */
      5,
      /* sfixed32 */
      5,
      /* int64    */
      0,
      /* uint64   */
      0,
      /* sint64   */
      0,
      /* fixed64  */
      1,
      /* sfixed64 */
      1,
      /* bool     */
      0
    ]);
  }
});

// node_modules/protobufjs/src/field.js
var require_field = __commonJS({
  "node_modules/protobufjs/src/field.js"(exports, module) {
    "use strict";
    module.exports = Field;
    var ReflectionObject = require_object();
    ((Field.prototype = Object.create(ReflectionObject.prototype)).constructor = Field).className = "Field";
    var Enum = require_enum();
    var types = require_types();
    var util = require_util();
    var Type;
    var ruleRe = /^required|optional|repeated$/;
    Field.fromJSON = function fromJSON(name, json) {
      var field = new Field(name, json.id, json.type, json.rule, json.extend, json.options, json.comment);
      if (json.edition)
        field._edition = json.edition;
      field._defaultEdition = "proto3";
      return field;
    };
    function Field(name, id, type, rule, extend, options, comment) {
      if (util.isObject(rule)) {
        comment = extend;
        options = rule;
        rule = extend = void 0;
      } else if (util.isObject(extend)) {
        comment = options;
        options = extend;
        extend = void 0;
      }
      ReflectionObject.call(this, name, options);
      if (!util.isInteger(id) || id < 0)
        throw TypeError("id must be a non-negative integer");
      if (!util.isString(type))
        throw TypeError("type must be a string");
      if (rule !== void 0 && !ruleRe.test(rule = rule.toString().toLowerCase()))
        throw TypeError("rule must be a string rule");
      if (extend !== void 0 && !util.isString(extend))
        throw TypeError("extend must be a string");
      if (rule === "proto3_optional") {
        rule = "optional";
      }
      this.rule = rule && rule !== "optional" ? rule : void 0;
      this.type = type;
      this.id = id;
      this.extend = extend || void 0;
      this.repeated = rule === "repeated";
      this.map = false;
      this.message = null;
      this.partOf = null;
      this.typeDefault = null;
      this.defaultValue = null;
      this.long = util.Long ? types.long[type] !== void 0 : (
        /* istanbul ignore next */
        false
      );
      this.bytes = type === "bytes";
      this.resolvedType = null;
      this.extensionField = null;
      this.declaringField = null;
      this.comment = comment;
    }
    Object.defineProperty(Field.prototype, "required", {
      get: function() {
        return this._features.field_presence === "LEGACY_REQUIRED";
      }
    });
    Object.defineProperty(Field.prototype, "optional", {
      get: function() {
        return !this.required;
      }
    });
    Object.defineProperty(Field.prototype, "delimited", {
      get: function() {
        return this.resolvedType instanceof Type && this._features.message_encoding === "DELIMITED";
      }
    });
    Object.defineProperty(Field.prototype, "packed", {
      get: function() {
        return this._features.repeated_field_encoding === "PACKED";
      }
    });
    Object.defineProperty(Field.prototype, "hasPresence", {
      get: function() {
        if (this.repeated || this.map) {
          return false;
        }
        return this.partOf || // oneofs
        this.declaringField || this.extensionField || // extensions
        this._features.field_presence !== "IMPLICIT";
      }
    });
    Field.prototype.setOption = function setOption(name, value, ifNotSet) {
      return ReflectionObject.prototype.setOption.call(this, name, value, ifNotSet);
    };
    Field.prototype.toJSON = function toJSON(toJSONOptions) {
      var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
      return util.toObject([
        "edition",
        this._editionToJSON(),
        "rule",
        this.rule !== "optional" && this.rule || void 0,
        "type",
        this.type,
        "id",
        this.id,
        "extend",
        this.extend,
        "options",
        this.options,
        "comment",
        keepComments ? this.comment : void 0
      ]);
    };
    Field.prototype.resolve = function resolve() {
      if (this.resolved)
        return this;
      if ((this.typeDefault = types.defaults[this.type]) === void 0) {
        this.resolvedType = (this.declaringField ? this.declaringField.parent : this.parent).lookupTypeOrEnum(this.type);
        if (this.resolvedType instanceof Type)
          this.typeDefault = null;
        else
          this.typeDefault = this.resolvedType.values[Object.keys(this.resolvedType.values)[0]];
      } else if (this.options && this.options.proto3_optional) {
        this.typeDefault = null;
      }
      if (this.options && this.options["default"] != null) {
        this.typeDefault = this.options["default"];
        if (this.resolvedType instanceof Enum && typeof this.typeDefault === "string")
          this.typeDefault = this.resolvedType.values[this.typeDefault];
      }
      if (this.options) {
        if (this.options.packed !== void 0 && this.resolvedType && !(this.resolvedType instanceof Enum))
          delete this.options.packed;
        if (!Object.keys(this.options).length)
          this.options = void 0;
      }
      if (this.long) {
        this.typeDefault = util.Long.fromNumber(this.typeDefault, this.type === "uint64" || this.type === "fixed64");
        if (Object.freeze)
          Object.freeze(this.typeDefault);
      } else if (this.bytes && typeof this.typeDefault === "string") {
        var buf;
        if (util.base64.test(this.typeDefault))
          util.base64.decode(this.typeDefault, buf = util.newBuffer(util.base64.length(this.typeDefault)), 0);
        else
          util.utf8.write(this.typeDefault, buf = util.newBuffer(util.utf8.length(this.typeDefault)), 0);
        this.typeDefault = buf;
      }
      if (this.map)
        this.defaultValue = util.emptyObject;
      else if (this.repeated)
        this.defaultValue = util.emptyArray;
      else
        this.defaultValue = this.typeDefault;
      if (this.parent instanceof Type)
        this.parent.ctor.prototype[this.name] = this.defaultValue;
      return ReflectionObject.prototype.resolve.call(this);
    };
    Field.prototype._inferLegacyProtoFeatures = function _inferLegacyProtoFeatures(edition) {
      if (edition !== "proto2" && edition !== "proto3") {
        return {};
      }
      var features = {};
      if (this.rule === "required") {
        features.field_presence = "LEGACY_REQUIRED";
      }
      if (this.parent && types.defaults[this.type] === void 0) {
        var type = this.parent.get(this.type.split(".").pop());
        if (type && type instanceof Type && type.group) {
          features.message_encoding = "DELIMITED";
        }
      }
      if (this.getOption("packed") === true) {
        features.repeated_field_encoding = "PACKED";
      } else if (this.getOption("packed") === false) {
        features.repeated_field_encoding = "EXPANDED";
      }
      return features;
    };
    Field.prototype._resolveFeatures = function _resolveFeatures(edition) {
      return ReflectionObject.prototype._resolveFeatures.call(this, this._edition || edition);
    };
    Field.d = function decorateField(fieldId, fieldType, fieldRule, defaultValue) {
      if (typeof fieldType === "function")
        fieldType = util.decorateType(fieldType).name;
      else if (fieldType && typeof fieldType === "object")
        fieldType = util.decorateEnum(fieldType).name;
      return function fieldDecorator(prototype, fieldName) {
        util.decorateType(prototype.constructor).add(new Field(fieldName, fieldId, fieldType, fieldRule, { "default": defaultValue }));
      };
    };
    Field._configure = function configure(Type_) {
      Type = Type_;
    };
  }
});

// node_modules/protobufjs/src/oneof.js
var require_oneof = __commonJS({
  "node_modules/protobufjs/src/oneof.js"(exports, module) {
    "use strict";
    module.exports = OneOf;
    var ReflectionObject = require_object();
    ((OneOf.prototype = Object.create(ReflectionObject.prototype)).constructor = OneOf).className = "OneOf";
    var Field = require_field();
    var util = require_util();
    function OneOf(name, fieldNames, options, comment) {
      if (!Array.isArray(fieldNames)) {
        options = fieldNames;
        fieldNames = void 0;
      }
      ReflectionObject.call(this, name, options);
      if (!(fieldNames === void 0 || Array.isArray(fieldNames)))
        throw TypeError("fieldNames must be an Array");
      this.oneof = fieldNames || [];
      this.fieldsArray = [];
      this.comment = comment;
    }
    OneOf.fromJSON = function fromJSON(name, json) {
      return new OneOf(name, json.oneof, json.options, json.comment);
    };
    OneOf.prototype.toJSON = function toJSON(toJSONOptions) {
      var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
      return util.toObject([
        "options",
        this.options,
        "oneof",
        this.oneof,
        "comment",
        keepComments ? this.comment : void 0
      ]);
    };
    function addFieldsToParent(oneof) {
      if (oneof.parent) {
        for (var i = 0; i < oneof.fieldsArray.length; ++i)
          if (!oneof.fieldsArray[i].parent)
            oneof.parent.add(oneof.fieldsArray[i]);
      }
    }
    OneOf.prototype.add = function add(field) {
      if (!(field instanceof Field))
        throw TypeError("field must be a Field");
      if (field.parent && field.parent !== this.parent)
        field.parent.remove(field);
      this.oneof.push(field.name);
      this.fieldsArray.push(field);
      field.partOf = this;
      addFieldsToParent(this);
      return this;
    };
    OneOf.prototype.remove = function remove(field) {
      if (!(field instanceof Field))
        throw TypeError("field must be a Field");
      var index = this.fieldsArray.indexOf(field);
      if (index < 0)
        throw Error(field + " is not a member of " + this);
      this.fieldsArray.splice(index, 1);
      index = this.oneof.indexOf(field.name);
      if (index > -1)
        this.oneof.splice(index, 1);
      field.partOf = null;
      return this;
    };
    OneOf.prototype.onAdd = function onAdd(parent) {
      ReflectionObject.prototype.onAdd.call(this, parent);
      var self2 = this;
      for (var i = 0; i < this.oneof.length; ++i) {
        var field = parent.get(this.oneof[i]);
        if (field && !field.partOf) {
          field.partOf = self2;
          self2.fieldsArray.push(field);
        }
      }
      addFieldsToParent(this);
    };
    OneOf.prototype.onRemove = function onRemove(parent) {
      for (var i = 0, field; i < this.fieldsArray.length; ++i)
        if ((field = this.fieldsArray[i]).parent)
          field.parent.remove(field);
      ReflectionObject.prototype.onRemove.call(this, parent);
    };
    Object.defineProperty(OneOf.prototype, "isProto3Optional", {
      get: function() {
        if (this.fieldsArray == null || this.fieldsArray.length !== 1) {
          return false;
        }
        var field = this.fieldsArray[0];
        return field.options != null && field.options["proto3_optional"] === true;
      }
    });
    OneOf.d = function decorateOneOf() {
      var fieldNames = new Array(arguments.length), index = 0;
      while (index < arguments.length)
        fieldNames[index] = arguments[index++];
      return function oneOfDecorator(prototype, oneofName) {
        util.decorateType(prototype.constructor).add(new OneOf(oneofName, fieldNames));
        Object.defineProperty(prototype, oneofName, {
          get: util.oneOfGetter(fieldNames),
          set: util.oneOfSetter(fieldNames)
        });
      };
    };
  }
});

// node_modules/protobufjs/src/object.js
var require_object = __commonJS({
  "node_modules/protobufjs/src/object.js"(exports, module) {
    "use strict";
    module.exports = ReflectionObject;
    ReflectionObject.className = "ReflectionObject";
    var OneOf = require_oneof();
    var util = require_util();
    var Root;
    var editions2023Defaults = { enum_type: "OPEN", field_presence: "EXPLICIT", json_format: "ALLOW", message_encoding: "LENGTH_PREFIXED", repeated_field_encoding: "PACKED", utf8_validation: "VERIFY" };
    var proto2Defaults = { enum_type: "CLOSED", field_presence: "EXPLICIT", json_format: "LEGACY_BEST_EFFORT", message_encoding: "LENGTH_PREFIXED", repeated_field_encoding: "EXPANDED", utf8_validation: "NONE" };
    var proto3Defaults = { enum_type: "OPEN", field_presence: "IMPLICIT", json_format: "ALLOW", message_encoding: "LENGTH_PREFIXED", repeated_field_encoding: "PACKED", utf8_validation: "VERIFY" };
    function ReflectionObject(name, options) {
      if (!util.isString(name))
        throw TypeError("name must be a string");
      if (options && !util.isObject(options))
        throw TypeError("options must be an object");
      this.options = options;
      this.parsedOptions = null;
      this.name = name;
      this._edition = null;
      this._defaultEdition = "proto2";
      this._features = {};
      this._featuresResolved = false;
      this.parent = null;
      this.resolved = false;
      this.comment = null;
      this.filename = null;
    }
    Object.defineProperties(ReflectionObject.prototype, {
      /**
       * Reference to the root namespace.
       * @name ReflectionObject#root
       * @type {Root}
       * @readonly
       */
      root: {
        get: function() {
          var ptr = this;
          while (ptr.parent !== null)
            ptr = ptr.parent;
          return ptr;
        }
      },
      /**
       * Full name including leading dot.
       * @name ReflectionObject#fullName
       * @type {string}
       * @readonly
       */
      fullName: {
        get: function() {
          var path = [this.name], ptr = this.parent;
          while (ptr) {
            path.unshift(ptr.name);
            ptr = ptr.parent;
          }
          return path.join(".");
        }
      }
    });
    ReflectionObject.prototype.toJSON = /* istanbul ignore next */
    function toJSON() {
      throw Error();
    };
    ReflectionObject.prototype.onAdd = function onAdd(parent) {
      if (this.parent && this.parent !== parent)
        this.parent.remove(this);
      this.parent = parent;
      this.resolved = false;
      var root2 = parent.root;
      if (root2 instanceof Root)
        root2._handleAdd(this);
    };
    ReflectionObject.prototype.onRemove = function onRemove(parent) {
      var root2 = parent.root;
      if (root2 instanceof Root)
        root2._handleRemove(this);
      this.parent = null;
      this.resolved = false;
    };
    ReflectionObject.prototype.resolve = function resolve() {
      if (this.resolved)
        return this;
      if (this.root instanceof Root)
        this.resolved = true;
      return this;
    };
    ReflectionObject.prototype._resolveFeaturesRecursive = function _resolveFeaturesRecursive(edition) {
      return this._resolveFeatures(this._edition || edition);
    };
    ReflectionObject.prototype._resolveFeatures = function _resolveFeatures(edition) {
      if (this._featuresResolved) {
        return;
      }
      var defaults = {};
      if (!edition) {
        throw new Error("Unknown edition for " + this.fullName);
      }
      var protoFeatures = util.merge(
        {},
        this.options && this.options.features,
        this._inferLegacyProtoFeatures(edition)
      );
      if (this._edition) {
        if (edition === "proto2") {
          defaults = Object.assign({}, proto2Defaults);
        } else if (edition === "proto3") {
          defaults = Object.assign({}, proto3Defaults);
        } else if (edition === "2023") {
          defaults = Object.assign({}, editions2023Defaults);
        } else {
          throw new Error("Unknown edition: " + edition);
        }
        this._features = util.merge(defaults, protoFeatures);
        this._featuresResolved = true;
        return;
      }
      if (this.partOf instanceof OneOf) {
        var lexicalParentFeaturesCopy = util.merge({}, this.partOf._features);
        this._features = util.merge(lexicalParentFeaturesCopy, protoFeatures);
      } else if (this.declaringField) {
      } else if (this.parent) {
        var parentFeaturesCopy = util.merge({}, this.parent._features);
        this._features = util.merge(parentFeaturesCopy, protoFeatures);
      } else {
        throw new Error("Unable to find a parent for " + this.fullName);
      }
      if (this.extensionField) {
        this.extensionField._features = this._features;
      }
      this._featuresResolved = true;
    };
    ReflectionObject.prototype._inferLegacyProtoFeatures = function _inferLegacyProtoFeatures() {
      return {};
    };
    ReflectionObject.prototype.getOption = function getOption(name) {
      if (this.options)
        return this.options[name];
      return void 0;
    };
    ReflectionObject.prototype.setOption = function setOption(name, value, ifNotSet) {
      if (name === "__proto__")
        return this;
      if (!this.options)
        this.options = {};
      if (/^features\./.test(name)) {
        util.setProperty(this.options, name, value, ifNotSet);
      } else if (!ifNotSet || this.options[name] === void 0) {
        if (this.getOption(name) !== value) this.resolved = false;
        this.options[name] = value;
      }
      return this;
    };
    ReflectionObject.prototype.setParsedOption = function setParsedOption(name, value, propName) {
      if (name === "__proto__")
        return this;
      if (!this.parsedOptions) {
        this.parsedOptions = [];
      }
      var parsedOptions = this.parsedOptions;
      if (propName) {
        var opt = parsedOptions.find(function(opt2) {
          return Object.prototype.hasOwnProperty.call(opt2, name);
        });
        if (opt) {
          var newValue = opt[name];
          util.setProperty(newValue, propName, value);
        } else {
          opt = {};
          opt[name] = util.setProperty({}, propName, value);
          parsedOptions.push(opt);
        }
      } else {
        var newOpt = {};
        newOpt[name] = value;
        parsedOptions.push(newOpt);
      }
      return this;
    };
    ReflectionObject.prototype.setOptions = function setOptions(options, ifNotSet) {
      if (options)
        for (var keys = Object.keys(options), i = 0; i < keys.length; ++i)
          this.setOption(keys[i], options[keys[i]], ifNotSet);
      return this;
    };
    ReflectionObject.prototype.toString = function toString() {
      var className = this.constructor.className, fullName = this.fullName;
      if (fullName.length)
        return className + " " + fullName;
      return className;
    };
    ReflectionObject.prototype._editionToJSON = function _editionToJSON() {
      if (!this._edition || this._edition === "proto3") {
        return void 0;
      }
      return this._edition;
    };
    ReflectionObject._configure = function(Root_) {
      Root = Root_;
    };
  }
});

// node_modules/protobufjs/src/enum.js
var require_enum = __commonJS({
  "node_modules/protobufjs/src/enum.js"(exports, module) {
    "use strict";
    module.exports = Enum;
    var ReflectionObject = require_object();
    ((Enum.prototype = Object.create(ReflectionObject.prototype)).constructor = Enum).className = "Enum";
    var Namespace = require_namespace();
    var util = require_util();
    function Enum(name, values, options, comment, comments, valuesOptions) {
      ReflectionObject.call(this, name, options);
      if (values && typeof values !== "object")
        throw TypeError("values must be an object");
      this.valuesById = {};
      this.values = Object.create(this.valuesById);
      this.comment = comment;
      this.comments = comments || {};
      this.valuesOptions = valuesOptions;
      this._valuesFeatures = {};
      this.reserved = void 0;
      if (values) {
        for (var keys = Object.keys(values), i = 0; i < keys.length; ++i)
          if (keys[i] !== "__proto__" && typeof values[keys[i]] === "number")
            this.valuesById[this.values[keys[i]] = values[keys[i]]] = keys[i];
      }
    }
    Enum.prototype._resolveFeatures = function _resolveFeatures(edition) {
      edition = this._edition || edition;
      ReflectionObject.prototype._resolveFeatures.call(this, edition);
      Object.keys(this.values).forEach((key) => {
        var parentFeaturesCopy = util.merge({}, this._features);
        this._valuesFeatures[key] = util.merge(parentFeaturesCopy, this.valuesOptions && this.valuesOptions[key] && this.valuesOptions[key].features || {});
      });
      return this;
    };
    Enum.fromJSON = function fromJSON(name, json) {
      var enm = new Enum(name, json.values, json.options, json.comment, json.comments);
      enm.reserved = json.reserved;
      if (json.edition)
        enm._edition = json.edition;
      enm._defaultEdition = "proto3";
      return enm;
    };
    Enum.prototype.toJSON = function toJSON(toJSONOptions) {
      var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
      return util.toObject([
        "edition",
        this._editionToJSON(),
        "options",
        this.options,
        "valuesOptions",
        this.valuesOptions,
        "values",
        this.values,
        "reserved",
        this.reserved && this.reserved.length ? this.reserved : void 0,
        "comment",
        keepComments ? this.comment : void 0,
        "comments",
        keepComments ? this.comments : void 0
      ]);
    };
    Enum.prototype.add = function add(name, id, comment, options) {
      if (!util.isString(name))
        throw TypeError("name must be a string");
      if (!util.isInteger(id))
        throw TypeError("id must be an integer");
      if (name === "__proto__")
        return this;
      if (this.values[name] !== void 0)
        throw Error("duplicate name '" + name + "' in " + this);
      if (this.isReservedId(id))
        throw Error("id " + id + " is reserved in " + this);
      if (this.isReservedName(name))
        throw Error("name '" + name + "' is reserved in " + this);
      if (this.valuesById[id] !== void 0) {
        if (!(this.options && this.options.allow_alias))
          throw Error("duplicate id " + id + " in " + this);
        this.values[name] = id;
      } else
        this.valuesById[this.values[name] = id] = name;
      if (options) {
        if (this.valuesOptions === void 0)
          this.valuesOptions = {};
        this.valuesOptions[name] = options || null;
      }
      this.comments[name] = comment || null;
      return this;
    };
    Enum.prototype.remove = function remove(name) {
      if (!util.isString(name))
        throw TypeError("name must be a string");
      var val = this.values[name];
      if (val == null)
        throw Error("name '" + name + "' does not exist in " + this);
      delete this.valuesById[val];
      delete this.values[name];
      delete this.comments[name];
      if (this.valuesOptions)
        delete this.valuesOptions[name];
      return this;
    };
    Enum.prototype.isReservedId = function isReservedId(id) {
      return Namespace.isReservedId(this.reserved, id);
    };
    Enum.prototype.isReservedName = function isReservedName(name) {
      return Namespace.isReservedName(this.reserved, name);
    };
  }
});

// node_modules/protobufjs/src/encoder.js
var require_encoder = __commonJS({
  "node_modules/protobufjs/src/encoder.js"(exports, module) {
    "use strict";
    module.exports = encoder;
    var Enum = require_enum();
    var types = require_types();
    var util = require_util();
    function genTypePartial(gen, field, fieldIndex, ref) {
      return field.delimited ? gen("types[%i].encode(%s,w.uint32(%i),q+1).uint32(%i)", fieldIndex, ref, (field.id << 3 | 3) >>> 0, (field.id << 3 | 4) >>> 0) : gen("types[%i].encode(%s,w.uint32(%i).fork(),q+1).ldelim()", fieldIndex, ref, (field.id << 3 | 2) >>> 0);
    }
    function encoder(mtype) {
      var gen = util.codegen(["m", "w", "q"], mtype.name + "$encode")("if(!w)")("w=Writer.create()")("if(q===undefined)q=0")("if(q>util.recursionLimit)")('throw Error("max depth exceeded")');
      var i, ref;
      var fields = (
        /* initializes */
        mtype.fieldsArray.slice().sort(util.compareFieldsById)
      );
      for (var i = 0; i < fields.length; ++i) {
        var field = fields[i].resolve(), index = mtype._fieldsArray.indexOf(field), type = field.resolvedType instanceof Enum ? "int32" : field.type, wireType = types.basic[type];
        ref = "m" + util.safeProp(field.name);
        if (field.map) {
          gen("if(%s!=null&&Object.hasOwnProperty.call(m,%j)){", ref, field.name)("for(var ks=Object.keys(%s),i=0;i<ks.length;++i){", ref)("w.uint32(%i).fork().uint32(%i).%s(ks[i])", (field.id << 3 | 2) >>> 0, 8 | types.mapKey[field.keyType], field.keyType);
          if (wireType === void 0) gen("types[%i].encode(%s[ks[i]],w.uint32(18).fork(),q+1).ldelim().ldelim()", index, ref);
          else gen(".uint32(%i).%s(%s[ks[i]]).ldelim()", 16 | wireType, type, ref);
          gen("}")("}");
        } else if (field.repeated) {
          gen("if(%s!=null&&%s.length){", ref, ref);
          if (field.packed && types.packed[type] !== void 0) {
            gen("w.uint32(%i).fork()", (field.id << 3 | 2) >>> 0)("for(var i=0;i<%s.length;++i)", ref)("w.%s(%s[i])", type, ref)("w.ldelim()");
          } else {
            gen("for(var i=0;i<%s.length;++i)", ref);
            if (wireType === void 0)
              genTypePartial(gen, field, index, ref + "[i]");
            else gen("w.uint32(%i).%s(%s[i])", (field.id << 3 | wireType) >>> 0, type, ref);
          }
          gen("}");
        } else {
          if (field.optional) gen("if(%s!=null&&Object.hasOwnProperty.call(m,%j))", ref, field.name);
          if (wireType === void 0)
            genTypePartial(gen, field, index, ref);
          else gen("w.uint32(%i).%s(%s)", (field.id << 3 | wireType) >>> 0, type, ref);
        }
      }
      return gen("return w");
    }
  }
});

// node_modules/protobufjs/src/index-light.js
var require_index_light = __commonJS({
  "node_modules/protobufjs/src/index-light.js"(exports, module) {
    "use strict";
    var protobuf2 = module.exports = require_index_minimal();
    protobuf2.build = "light";
    function load(filename, root2, callback) {
      if (typeof root2 === "function") {
        callback = root2;
        root2 = new protobuf2.Root();
      } else if (!root2)
        root2 = new protobuf2.Root();
      return root2.load(filename, callback);
    }
    protobuf2.load = load;
    function loadSync(filename, root2) {
      if (!root2)
        root2 = new protobuf2.Root();
      return root2.loadSync(filename);
    }
    protobuf2.loadSync = loadSync;
    protobuf2.encoder = require_encoder();
    protobuf2.decoder = require_decoder();
    protobuf2.verifier = require_verifier();
    protobuf2.converter = require_converter();
    protobuf2.ReflectionObject = require_object();
    protobuf2.Namespace = require_namespace();
    protobuf2.Root = require_root();
    protobuf2.Enum = require_enum();
    protobuf2.Type = require_type();
    protobuf2.Field = require_field();
    protobuf2.OneOf = require_oneof();
    protobuf2.MapField = require_mapfield();
    protobuf2.Service = require_service2();
    protobuf2.Method = require_method();
    protobuf2.Message = require_message();
    protobuf2.wrappers = require_wrappers();
    protobuf2.types = require_types();
    protobuf2.util = require_util();
    protobuf2.ReflectionObject._configure(protobuf2.Root);
    protobuf2.Namespace._configure(protobuf2.Type, protobuf2.Service, protobuf2.Enum);
    protobuf2.Root._configure(protobuf2.Type);
    protobuf2.Field._configure(protobuf2.Type);
  }
});

// node_modules/protobufjs/src/tokenize.js
var require_tokenize = __commonJS({
  "node_modules/protobufjs/src/tokenize.js"(exports, module) {
    "use strict";
    module.exports = tokenize;
    var delimRe = /[\s{}=;:[\],'"()<>]/g;
    var stringDoubleRe = /(?:"([^"\\]*(?:\\.[^"\\]*)*)")/g;
    var stringSingleRe = /(?:'([^'\\]*(?:\\.[^'\\]*)*)')/g;
    var setCommentRe = /^ *[*/]+ */;
    var setCommentAltRe = /^\s*\*?\/*/;
    var setCommentSplitRe = /\n/g;
    var whitespaceRe = /\s/;
    var unescapeRe = /\\(.?)/g;
    var unescapeMap = {
      "0": "\0",
      "r": "\r",
      "n": "\n",
      "t": "	"
    };
    function unescape(str) {
      return str.replace(unescapeRe, function($0, $1) {
        switch ($1) {
          case "\\":
          case "":
            return $1;
          default:
            return unescapeMap[$1] || "";
        }
      });
    }
    tokenize.unescape = unescape;
    function tokenize(source, alternateCommentMode) {
      source = source.toString();
      var offset = 0, length = source.length, line = 1, lastCommentLine = 0, comments = {};
      var stack = [];
      var stringDelim = null;
      function illegal(subject) {
        return Error("illegal " + subject + " (line " + line + ")");
      }
      function readString() {
        var re = stringDelim === "'" ? stringSingleRe : stringDoubleRe;
        re.lastIndex = offset - 1;
        var match = re.exec(source);
        if (!match)
          throw illegal("string");
        offset = re.lastIndex;
        push(stringDelim);
        stringDelim = null;
        return unescape(match[1]);
      }
      function charAt(pos) {
        return source.charAt(pos);
      }
      function setComment(start, end, isLeading) {
        var comment = {
          type: source.charAt(start++),
          lineEmpty: false,
          leading: isLeading
        };
        var lookback;
        if (alternateCommentMode) {
          lookback = 2;
        } else {
          lookback = 3;
        }
        var commentOffset = start - lookback, c;
        do {
          if (--commentOffset < 0 || (c = source.charAt(commentOffset)) === "\n") {
            comment.lineEmpty = true;
            break;
          }
        } while (c === " " || c === "	");
        var lines = source.substring(start, end).split(setCommentSplitRe);
        for (var i = 0; i < lines.length; ++i)
          lines[i] = lines[i].replace(alternateCommentMode ? setCommentAltRe : setCommentRe, "").trim();
        comment.text = lines.join("\n").trim();
        comments[line] = comment;
        lastCommentLine = line;
      }
      function isDoubleSlashCommentLine(startOffset) {
        var endOffset = findEndOfLine(startOffset);
        var lineText = source.substring(startOffset, endOffset);
        var isComment = /^\s*\/\//.test(lineText);
        return isComment;
      }
      function findEndOfLine(cursor) {
        var endOffset = cursor;
        while (endOffset < length && charAt(endOffset) !== "\n") {
          endOffset++;
        }
        return endOffset;
      }
      function next() {
        if (stack.length > 0)
          return stack.shift();
        if (stringDelim)
          return readString();
        var repeat, prev, curr, start, isDoc, isLeadingComment = offset === 0;
        do {
          if (offset === length)
            return null;
          repeat = false;
          while (whitespaceRe.test(curr = charAt(offset))) {
            if (curr === "\n") {
              isLeadingComment = true;
              ++line;
            }
            if (++offset === length)
              return null;
          }
          if (charAt(offset) === "/") {
            if (++offset === length) {
              throw illegal("comment");
            }
            if (charAt(offset) === "/") {
              if (!alternateCommentMode) {
                isDoc = charAt(start = offset + 1) === "/";
                while (charAt(++offset) !== "\n") {
                  if (offset === length) {
                    return null;
                  }
                }
                ++offset;
                if (isDoc) {
                  setComment(start, offset - 1, isLeadingComment);
                  isLeadingComment = true;
                }
                ++line;
                repeat = true;
              } else {
                start = offset;
                isDoc = false;
                if (isDoubleSlashCommentLine(offset - 1)) {
                  isDoc = true;
                  do {
                    offset = findEndOfLine(offset);
                    if (offset === length) {
                      break;
                    }
                    offset++;
                    if (!isLeadingComment) {
                      break;
                    }
                  } while (isDoubleSlashCommentLine(offset));
                } else {
                  offset = Math.min(length, findEndOfLine(offset) + 1);
                }
                if (isDoc) {
                  setComment(start, offset, isLeadingComment);
                  isLeadingComment = true;
                }
                line++;
                repeat = true;
              }
            } else if ((curr = charAt(offset)) === "*") {
              start = offset + 1;
              isDoc = alternateCommentMode || charAt(start) === "*";
              do {
                if (curr === "\n") {
                  ++line;
                }
                if (++offset === length) {
                  throw illegal("comment");
                }
                prev = curr;
                curr = charAt(offset);
              } while (prev !== "*" || curr !== "/");
              ++offset;
              if (isDoc) {
                setComment(start, offset - 2, isLeadingComment);
                isLeadingComment = true;
              }
              repeat = true;
            } else {
              return "/";
            }
          }
        } while (repeat);
        var end = offset;
        delimRe.lastIndex = 0;
        var delim = delimRe.test(charAt(end++));
        if (!delim)
          while (end < length && !delimRe.test(charAt(end)))
            ++end;
        var token = source.substring(offset, offset = end);
        if (token === '"' || token === "'")
          stringDelim = token;
        return token;
      }
      function push(token) {
        stack.push(token);
      }
      function peek() {
        if (!stack.length) {
          var token = next();
          if (token === null)
            return null;
          push(token);
        }
        return stack[0];
      }
      function skip(expected, optional) {
        var actual = peek(), equals = actual === expected;
        if (equals) {
          next();
          return true;
        }
        if (!optional)
          throw illegal("token '" + actual + "', '" + expected + "' expected");
        return false;
      }
      function cmnt(trailingLine) {
        var ret = null;
        var comment;
        if (trailingLine === void 0) {
          comment = comments[line - 1];
          delete comments[line - 1];
          if (comment && (alternateCommentMode || comment.type === "*" || comment.lineEmpty)) {
            ret = comment.leading ? comment.text : null;
          }
        } else {
          if (lastCommentLine < trailingLine) {
            peek();
          }
          comment = comments[trailingLine];
          delete comments[trailingLine];
          if (comment && !comment.lineEmpty && (alternateCommentMode || comment.type === "/")) {
            ret = comment.leading ? null : comment.text;
          }
        }
        return ret;
      }
      return Object.defineProperty({
        next,
        peek,
        push,
        skip,
        cmnt
      }, "line", {
        get: function() {
          return line;
        }
      });
    }
  }
});

// node_modules/protobufjs/src/parse.js
var require_parse = __commonJS({
  "node_modules/protobufjs/src/parse.js"(exports, module) {
    "use strict";
    module.exports = parse;
    parse.filename = null;
    parse.defaults = { keepCase: false };
    var tokenize = require_tokenize();
    var Root = require_root();
    var Type = require_type();
    var Field = require_field();
    var MapField = require_mapfield();
    var OneOf = require_oneof();
    var Enum = require_enum();
    var Service = require_service2();
    var Method = require_method();
    var ReflectionObject = require_object();
    var types = require_types();
    var util = require_util();
    var base10Re = /^[1-9][0-9]*$/;
    var base10NegRe = /^-?[1-9][0-9]*$/;
    var base16Re = /^0[x][0-9a-fA-F]+$/;
    var base16NegRe = /^-?0[x][0-9a-fA-F]+$/;
    var base8Re = /^0[0-7]+$/;
    var base8NegRe = /^-?0[0-7]+$/;
    var numberRe = util.patterns.numberRe;
    var nameRe = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
    var typeRefRe = util.patterns.typeRefRe;
    function parse(source, root2, options) {
      if (!(root2 instanceof Root)) {
        options = root2;
        root2 = new Root();
      }
      if (!options)
        options = parse.defaults;
      var preferTrailingComment = options.preferTrailingComment || false;
      var tn = tokenize(source, options.alternateCommentMode || false), next = tn.next, push = tn.push, peek = tn.peek, skip = tn.skip, cmnt = tn.cmnt;
      var head = true, pkg, imports, weakImports, edition = "proto2";
      var ptr = root2;
      var topLevelObjects = [];
      var topLevelOptions = {};
      var applyCase = options.keepCase ? function(name) {
        return name;
      } : util.camelCase;
      function resolveFileFeatures() {
        topLevelObjects.forEach((obj) => {
          obj._edition = edition;
          Object.keys(topLevelOptions).forEach((opt) => {
            if (obj.getOption(opt) !== void 0) return;
            obj.setOption(opt, topLevelOptions[opt], true);
          });
        });
      }
      function illegal(token2, name, insideTryCatch) {
        var filename = parse.filename;
        if (!insideTryCatch)
          parse.filename = null;
        return Error("illegal " + (name || "token") + " '" + token2 + "' (" + (filename ? filename + ", " : "") + "line " + tn.line + ")");
      }
      function readString() {
        var values = [], token2;
        do {
          if ((token2 = next()) !== '"' && token2 !== "'")
            throw illegal(token2);
          values.push(next());
          skip(token2);
          token2 = peek();
        } while (token2 === '"' || token2 === "'");
        return values.join("");
      }
      function readValue(acceptTypeRef) {
        var token2 = next();
        switch (token2) {
          case "'":
          case '"':
            push(token2);
            return readString();
          case "true":
          case "TRUE":
            return true;
          case "false":
          case "FALSE":
            return false;
        }
        try {
          return parseNumber(
            token2,
            /* insideTryCatch */
            true
          );
        } catch (e) {
          if (acceptTypeRef && typeRefRe.test(token2))
            return token2;
          throw illegal(token2, "value");
        }
      }
      function readRanges(target, acceptStrings) {
        var token2, start;
        do {
          if (acceptStrings && ((token2 = peek()) === '"' || token2 === "'")) {
            var str = readString();
            target.push(str);
            if (edition >= 2023) {
              throw illegal(str, "id");
            }
          } else {
            try {
              target.push([start = parseId(next()), skip("to", true) ? parseId(next()) : start]);
            } catch (err) {
              if (acceptStrings && typeRefRe.test(token2) && edition >= 2023) {
                target.push(token2);
              } else {
                throw err;
              }
            }
          }
        } while (skip(",", true));
        var dummy = { options: void 0 };
        dummy.setOption = function(name, value) {
          if (this.options === void 0) this.options = {};
          this.options[name] = value;
        };
        ifBlock(
          dummy,
          function parseRange_block(token3) {
            if (token3 === "option") {
              parseOption(dummy, token3);
              skip(";");
            } else
              throw illegal(token3);
          },
          function parseRange_line() {
            parseInlineOptions(dummy);
          }
        );
      }
      function parseNumber(token2, insideTryCatch) {
        var sign = 1;
        if (token2.charAt(0) === "-") {
          sign = -1;
          token2 = token2.substring(1);
        }
        switch (token2) {
          case "inf":
          case "INF":
          case "Inf":
            return sign * Infinity;
          case "nan":
          case "NAN":
          case "Nan":
          case "NaN":
            return NaN;
          case "0":
            return 0;
        }
        if (base10Re.test(token2))
          return sign * parseInt(token2, 10);
        if (base16Re.test(token2))
          return sign * parseInt(token2, 16);
        if (base8Re.test(token2))
          return sign * parseInt(token2, 8);
        if (numberRe.test(token2))
          return sign * parseFloat(token2);
        throw illegal(token2, "number", insideTryCatch);
      }
      function parseId(token2, acceptNegative) {
        switch (token2) {
          case "max":
          case "MAX":
          case "Max":
            return 536870911;
          case "0":
            return 0;
        }
        if (!acceptNegative && token2.charAt(0) === "-")
          throw illegal(token2, "id");
        if (base10NegRe.test(token2))
          return parseInt(token2, 10);
        if (base16NegRe.test(token2))
          return parseInt(token2, 16);
        if (base8NegRe.test(token2))
          return parseInt(token2, 8);
        throw illegal(token2, "id");
      }
      function parsePackage() {
        if (pkg !== void 0)
          throw illegal("package");
        pkg = next();
        if (!typeRefRe.test(pkg))
          throw illegal(pkg, "name");
        ptr = ptr.define(pkg);
        skip(";");
      }
      function parseImport() {
        var token2 = peek();
        var whichImports;
        switch (token2) {
          case "weak":
            whichImports = weakImports || (weakImports = []);
            next();
            break;
          case "public":
            next();
          // eslint-disable-next-line no-fallthrough
          default:
            whichImports = imports || (imports = []);
            break;
        }
        token2 = readString();
        skip(";");
        whichImports.push(token2);
      }
      function parseSyntax() {
        skip("=");
        edition = readString();
        if (edition < 2023)
          throw illegal(edition, "syntax");
        skip(";");
      }
      function parseEdition() {
        skip("=");
        edition = readString();
        const supportedEditions = ["2023"];
        if (!supportedEditions.includes(edition))
          throw illegal(edition, "edition");
        skip(";");
      }
      function parseCommon(parent, token2, depth) {
        if (depth === void 0)
          depth = 0;
        switch (token2) {
          case "option":
            parseOption(parent, token2);
            skip(";");
            return true;
          case "message":
            parseType(parent, token2, depth + 1);
            return true;
          case "enum":
            parseEnum(parent, token2);
            return true;
          case "service":
            parseService(parent, token2, depth + 1);
            return true;
          case "extend":
            parseExtension(parent, token2, depth);
            return true;
        }
        return false;
      }
      function ifBlock(obj, fnIf, fnElse) {
        var trailingLine = tn.line;
        if (obj) {
          if (typeof obj.comment !== "string") {
            obj.comment = cmnt();
          }
          obj.filename = parse.filename;
        }
        if (skip("{", true)) {
          var token2;
          while ((token2 = next()) !== "}")
            fnIf(token2);
          skip(";", true);
        } else {
          if (fnElse)
            fnElse();
          skip(";");
          if (obj && (typeof obj.comment !== "string" || preferTrailingComment))
            obj.comment = cmnt(trailingLine) || obj.comment;
        }
      }
      function parseType(parent, token2, depth) {
        if (depth === void 0)
          depth = 0;
        if (depth > util.nestingLimit)
          throw Error("max depth exceeded");
        if (!nameRe.test(token2 = next()))
          throw illegal(token2, "type name");
        var type = new Type(token2);
        ifBlock(type, function parseType_block(token3) {
          if (parseCommon(type, token3, depth))
            return;
          switch (token3) {
            case "map":
              parseMapField(type, token3);
              break;
            case "required":
              if (edition !== "proto2")
                throw illegal(token3);
            /* eslint-disable no-fallthrough */
            case "repeated":
              parseField(type, token3, void 0, depth + 1);
              break;
            case "optional":
              if (edition === "proto3") {
                parseField(type, "proto3_optional", void 0, depth + 1);
              } else if (edition !== "proto2") {
                throw illegal(token3);
              } else {
                parseField(type, "optional", void 0, depth + 1);
              }
              break;
            case "oneof":
              parseOneOf(type, token3, depth + 1);
              break;
            case "extensions":
              readRanges(type.extensions || (type.extensions = []));
              break;
            case "reserved":
              readRanges(type.reserved || (type.reserved = []), true);
              break;
            default:
              if (edition === "proto2" || !typeRefRe.test(token3)) {
                throw illegal(token3);
              }
              push(token3);
              parseField(type, "optional", void 0, depth + 1);
              break;
          }
        });
        parent.add(type);
        if (parent === ptr) {
          topLevelObjects.push(type);
        }
      }
      function parseField(parent, rule, extend, depth) {
        var type = next();
        if (type === "group") {
          parseGroup(parent, rule, depth);
          return;
        }
        while (type.endsWith(".") || peek().startsWith(".")) {
          type += next();
        }
        if (!typeRefRe.test(type))
          throw illegal(type, "type");
        var name = next();
        if (!nameRe.test(name))
          throw illegal(name, "name");
        name = applyCase(name);
        skip("=");
        var field = new Field(name, parseId(next()), type, rule, extend);
        ifBlock(field, function parseField_block(token2) {
          if (token2 === "option") {
            parseOption(field, token2);
            skip(";");
          } else
            throw illegal(token2);
        }, function parseField_line() {
          parseInlineOptions(field);
        });
        if (rule === "proto3_optional") {
          var oneof = new OneOf("_" + name);
          field.setOption("proto3_optional", true);
          oneof.add(field);
          parent.add(oneof);
        } else {
          parent.add(field);
        }
        if (parent === ptr) {
          topLevelObjects.push(field);
        }
      }
      function parseGroup(parent, rule, depth) {
        if (depth === void 0)
          depth = 0;
        if (depth > util.nestingLimit)
          throw Error("max depth exceeded");
        if (edition >= 2023) {
          throw illegal("group");
        }
        var name = next();
        if (!nameRe.test(name))
          throw illegal(name, "name");
        var fieldName = util.lcFirst(name);
        if (name === fieldName)
          name = util.ucFirst(name);
        skip("=");
        var id = parseId(next());
        var type = new Type(name);
        type.group = true;
        var field = new Field(fieldName, id, name, rule);
        field.filename = parse.filename;
        ifBlock(type, function parseGroup_block(token2) {
          switch (token2) {
            case "option":
              parseOption(type, token2);
              skip(";");
              break;
            case "required":
            case "repeated":
              parseField(type, token2, void 0, depth + 1);
              break;
            case "optional":
              if (edition === "proto3") {
                parseField(type, "proto3_optional", void 0, depth + 1);
              } else {
                parseField(type, "optional", void 0, depth + 1);
              }
              break;
            case "message":
              parseType(type, token2, depth + 1);
              break;
            case "enum":
              parseEnum(type, token2);
              break;
            case "reserved":
              readRanges(type.reserved || (type.reserved = []), true);
              break;
            /* istanbul ignore next */
            default:
              throw illegal(token2);
          }
        });
        parent.add(type).add(field);
      }
      function parseMapField(parent) {
        skip("<");
        var keyType = next();
        if (types.mapKey[keyType] === void 0)
          throw illegal(keyType, "type");
        skip(",");
        var valueType = next();
        if (!typeRefRe.test(valueType))
          throw illegal(valueType, "type");
        skip(">");
        var name = next();
        if (!nameRe.test(name))
          throw illegal(name, "name");
        skip("=");
        var field = new MapField(applyCase(name), parseId(next()), keyType, valueType);
        ifBlock(field, function parseMapField_block(token2) {
          if (token2 === "option") {
            parseOption(field, token2);
            skip(";");
          } else
            throw illegal(token2);
        }, function parseMapField_line() {
          parseInlineOptions(field);
        });
        parent.add(field);
      }
      function parseOneOf(parent, token2, depth) {
        if (!nameRe.test(token2 = next()))
          throw illegal(token2, "name");
        var oneof = new OneOf(applyCase(token2));
        ifBlock(oneof, function parseOneOf_block(token3) {
          if (token3 === "option") {
            parseOption(oneof, token3);
            skip(";");
          } else {
            push(token3);
            parseField(oneof, "optional", void 0, depth);
          }
        });
        parent.add(oneof);
      }
      function parseEnum(parent, token2) {
        if (!nameRe.test(token2 = next()))
          throw illegal(token2, "name");
        var enm = new Enum(token2);
        ifBlock(enm, function parseEnum_block(token3) {
          switch (token3) {
            case "option":
              parseOption(enm, token3);
              skip(";");
              break;
            case "reserved":
              readRanges(enm.reserved || (enm.reserved = []), true);
              if (enm.reserved === void 0) enm.reserved = [];
              break;
            default:
              parseEnumValue(enm, token3);
          }
        });
        parent.add(enm);
        if (parent === ptr) {
          topLevelObjects.push(enm);
        }
      }
      function parseEnumValue(parent, token2) {
        if (!nameRe.test(token2))
          throw illegal(token2, "name");
        skip("=");
        var value = parseId(next(), true), dummy = {
          options: void 0
        };
        dummy.getOption = function(name) {
          return this.options[name];
        };
        dummy.setOption = function(name, value2) {
          ReflectionObject.prototype.setOption.call(dummy, name, value2);
        };
        dummy.setParsedOption = function() {
          return void 0;
        };
        ifBlock(dummy, function parseEnumValue_block(token3) {
          if (token3 === "option") {
            parseOption(dummy, token3);
            skip(";");
          } else
            throw illegal(token3);
        }, function parseEnumValue_line() {
          parseInlineOptions(dummy);
        });
        parent.add(token2, value, dummy.comment, dummy.parsedOptions || dummy.options);
      }
      function parseOption(parent, token2) {
        var option;
        var propName;
        var isOption = true;
        if (token2 === "option") {
          token2 = next();
        }
        while (token2 !== "=") {
          if (token2 === null) {
            throw illegal(token2, "end of input");
          }
          if (token2 === "(") {
            var parensValue = next();
            skip(")");
            token2 = "(" + parensValue + ")";
          }
          if (isOption) {
            isOption = false;
            if (token2.includes(".") && !token2.includes("(")) {
              var tokens = token2.split(".");
              option = tokens[0] + ".";
              token2 = tokens[1];
              continue;
            }
            option = token2;
          } else {
            propName = propName ? propName += token2 : token2;
          }
          token2 = next();
        }
        var name = propName ? option.concat(propName) : option;
        var optionValue = parseOptionValue(parent, name);
        propName = propName && propName[0] === "." ? propName.slice(1) : propName;
        option = option && option[option.length - 1] === "." ? option.slice(0, -1) : option;
        setParsedOption(parent, option, optionValue, propName);
      }
      function parseOptionValue(parent, name, depth) {
        if (depth === void 0)
          depth = 0;
        if (depth > util.recursionLimit)
          throw Error("max depth exceeded");
        if (skip("{", true)) {
          var objectResult = {};
          while (!skip("}", true)) {
            if (!nameRe.test(token = next())) {
              throw illegal(token, "name");
            }
            if (token === null) {
              throw illegal(token, "end of input");
            }
            var value;
            var propName = token;
            skip(":", true);
            if (peek() === "{") {
              value = parseOptionValue(parent, name + "." + token, depth + 1);
            } else if (peek() === "[") {
              value = [];
              var lastValue;
              if (skip("[", true)) {
                do {
                  lastValue = readValue(true);
                  value.push(lastValue);
                } while (skip(",", true));
                skip("]");
                if (typeof lastValue !== "undefined") {
                  setOption(parent, name + "." + token, lastValue);
                }
              }
            } else {
              value = readValue(true);
              setOption(parent, name + "." + token, value);
            }
            var prevValue = objectResult[propName];
            if (prevValue)
              value = [].concat(prevValue).concat(value);
            if (propName !== "__proto__")
              objectResult[propName] = value;
            skip(",", true);
            skip(";", true);
          }
          return objectResult;
        }
        var simpleValue = readValue(true);
        setOption(parent, name, simpleValue);
        return simpleValue;
      }
      function setOption(parent, name, value) {
        if (ptr === parent && /^features\./.test(name)) {
          topLevelOptions[name] = value;
          return;
        }
        if (parent.setOption)
          parent.setOption(name, value);
      }
      function setParsedOption(parent, name, value, propName) {
        if (parent.setParsedOption)
          parent.setParsedOption(name, value, propName);
      }
      function parseInlineOptions(parent) {
        if (skip("[", true)) {
          do {
            parseOption(parent, "option");
          } while (skip(",", true));
          skip("]");
        }
        return parent;
      }
      function parseService(parent, token2, depth) {
        if (depth === void 0)
          depth = 0;
        if (depth > util.recursionLimit)
          throw Error("max depth exceeded");
        if (!nameRe.test(token2 = next()))
          throw illegal(token2, "service name");
        var service = new Service(token2);
        ifBlock(service, function parseService_block(token3) {
          if (parseCommon(service, token3, depth)) {
            return;
          }
          if (token3 === "rpc")
            parseMethod(service, token3);
          else
            throw illegal(token3);
        });
        parent.add(service);
        if (parent === ptr) {
          topLevelObjects.push(service);
        }
      }
      function parseMethod(parent, token2) {
        var commentText = cmnt();
        var type = token2;
        if (!nameRe.test(token2 = next()))
          throw illegal(token2, "name");
        var name = token2, requestType, requestStream, responseType, responseStream;
        skip("(");
        if (skip("stream", true))
          requestStream = true;
        if (!typeRefRe.test(token2 = next()))
          throw illegal(token2);
        requestType = token2;
        skip(")");
        skip("returns");
        skip("(");
        if (skip("stream", true))
          responseStream = true;
        if (!typeRefRe.test(token2 = next()))
          throw illegal(token2);
        responseType = token2;
        skip(")");
        var method = new Method(name, type, requestType, responseType, requestStream, responseStream);
        method.comment = commentText;
        ifBlock(method, function parseMethod_block(token3) {
          if (token3 === "option") {
            parseOption(method, token3);
            skip(";");
          } else
            throw illegal(token3);
        });
        parent.add(method);
      }
      function parseExtension(parent, token2, depth) {
        if (!typeRefRe.test(token2 = next()))
          throw illegal(token2, "reference");
        var reference = token2;
        ifBlock(null, function parseExtension_block(token3) {
          switch (token3) {
            case "required":
            case "repeated":
              parseField(parent, token3, reference, depth + 1);
              break;
            case "optional":
              if (edition === "proto3") {
                parseField(parent, "proto3_optional", reference, depth + 1);
              } else {
                parseField(parent, "optional", reference, depth + 1);
              }
              break;
            default:
              if (edition === "proto2" || !typeRefRe.test(token3))
                throw illegal(token3);
              push(token3);
              parseField(parent, "optional", reference, depth + 1);
              break;
          }
        });
      }
      var token;
      while ((token = next()) !== null) {
        switch (token) {
          case "package":
            if (!head)
              throw illegal(token);
            parsePackage();
            break;
          case "import":
            if (!head)
              throw illegal(token);
            parseImport();
            break;
          case "syntax":
            if (!head)
              throw illegal(token);
            parseSyntax();
            break;
          case "edition":
            if (!head)
              throw illegal(token);
            parseEdition();
            break;
          case "option":
            parseOption(ptr, token);
            skip(";", true);
            break;
          default:
            if (parseCommon(ptr, token, 0)) {
              head = false;
              continue;
            }
            throw illegal(token);
        }
      }
      resolveFileFeatures();
      parse.filename = null;
      return {
        "package": pkg,
        "imports": imports,
        weakImports,
        root: root2
      };
    }
  }
});

// node_modules/protobufjs/src/common.js
var require_common = __commonJS({
  "node_modules/protobufjs/src/common.js"(exports, module) {
    "use strict";
    module.exports = common;
    var commonRe = /\/|\./;
    function common(name, json) {
      if (!commonRe.test(name)) {
        name = "google/protobuf/" + name + ".proto";
        json = { nested: { google: { nested: { protobuf: { nested: json } } } } };
      }
      common[name] = json;
    }
    common("any", {
      /**
       * Properties of a google.protobuf.Any message.
       * @interface IAny
       * @type {Object}
       * @property {string} [typeUrl]
       * @property {Uint8Array} [bytes]
       * @memberof common
       */
      Any: {
        fields: {
          type_url: {
            type: "string",
            id: 1
          },
          value: {
            type: "bytes",
            id: 2
          }
        }
      }
    });
    var timeType;
    common("duration", {
      /**
       * Properties of a google.protobuf.Duration message.
       * @interface IDuration
       * @type {Object}
       * @property {number|Long} [seconds]
       * @property {number} [nanos]
       * @memberof common
       */
      Duration: timeType = {
        fields: {
          seconds: {
            type: "int64",
            id: 1
          },
          nanos: {
            type: "int32",
            id: 2
          }
        }
      }
    });
    common("timestamp", {
      /**
       * Properties of a google.protobuf.Timestamp message.
       * @interface ITimestamp
       * @type {Object}
       * @property {number|Long} [seconds]
       * @property {number} [nanos]
       * @memberof common
       */
      Timestamp: timeType
    });
    common("empty", {
      /**
       * Properties of a google.protobuf.Empty message.
       * @interface IEmpty
       * @memberof common
       */
      Empty: {
        fields: {}
      }
    });
    common("struct", {
      /**
       * Properties of a google.protobuf.Struct message.
       * @interface IStruct
       * @type {Object}
       * @property {Object.<string,IValue>} [fields]
       * @memberof common
       */
      Struct: {
        fields: {
          fields: {
            keyType: "string",
            type: "Value",
            id: 1
          }
        }
      },
      /**
       * Properties of a google.protobuf.Value message.
       * @interface IValue
       * @type {Object}
       * @property {string} [kind]
       * @property {0} [nullValue]
       * @property {number} [numberValue]
       * @property {string} [stringValue]
       * @property {boolean} [boolValue]
       * @property {IStruct} [structValue]
       * @property {IListValue} [listValue]
       * @memberof common
       */
      Value: {
        oneofs: {
          kind: {
            oneof: [
              "nullValue",
              "numberValue",
              "stringValue",
              "boolValue",
              "structValue",
              "listValue"
            ]
          }
        },
        fields: {
          nullValue: {
            type: "NullValue",
            id: 1
          },
          numberValue: {
            type: "double",
            id: 2
          },
          stringValue: {
            type: "string",
            id: 3
          },
          boolValue: {
            type: "bool",
            id: 4
          },
          structValue: {
            type: "Struct",
            id: 5
          },
          listValue: {
            type: "ListValue",
            id: 6
          }
        }
      },
      NullValue: {
        values: {
          NULL_VALUE: 0
        }
      },
      /**
       * Properties of a google.protobuf.ListValue message.
       * @interface IListValue
       * @type {Object}
       * @property {Array.<IValue>} [values]
       * @memberof common
       */
      ListValue: {
        fields: {
          values: {
            rule: "repeated",
            type: "Value",
            id: 1
          }
        }
      }
    });
    common("wrappers", {
      /**
       * Properties of a google.protobuf.DoubleValue message.
       * @interface IDoubleValue
       * @type {Object}
       * @property {number} [value]
       * @memberof common
       */
      DoubleValue: {
        fields: {
          value: {
            type: "double",
            id: 1
          }
        }
      },
      /**
       * Properties of a google.protobuf.FloatValue message.
       * @interface IFloatValue
       * @type {Object}
       * @property {number} [value]
       * @memberof common
       */
      FloatValue: {
        fields: {
          value: {
            type: "float",
            id: 1
          }
        }
      },
      /**
       * Properties of a google.protobuf.Int64Value message.
       * @interface IInt64Value
       * @type {Object}
       * @property {number|Long} [value]
       * @memberof common
       */
      Int64Value: {
        fields: {
          value: {
            type: "int64",
            id: 1
          }
        }
      },
      /**
       * Properties of a google.protobuf.UInt64Value message.
       * @interface IUInt64Value
       * @type {Object}
       * @property {number|Long} [value]
       * @memberof common
       */
      UInt64Value: {
        fields: {
          value: {
            type: "uint64",
            id: 1
          }
        }
      },
      /**
       * Properties of a google.protobuf.Int32Value message.
       * @interface IInt32Value
       * @type {Object}
       * @property {number} [value]
       * @memberof common
       */
      Int32Value: {
        fields: {
          value: {
            type: "int32",
            id: 1
          }
        }
      },
      /**
       * Properties of a google.protobuf.UInt32Value message.
       * @interface IUInt32Value
       * @type {Object}
       * @property {number} [value]
       * @memberof common
       */
      UInt32Value: {
        fields: {
          value: {
            type: "uint32",
            id: 1
          }
        }
      },
      /**
       * Properties of a google.protobuf.BoolValue message.
       * @interface IBoolValue
       * @type {Object}
       * @property {boolean} [value]
       * @memberof common
       */
      BoolValue: {
        fields: {
          value: {
            type: "bool",
            id: 1
          }
        }
      },
      /**
       * Properties of a google.protobuf.StringValue message.
       * @interface IStringValue
       * @type {Object}
       * @property {string} [value]
       * @memberof common
       */
      StringValue: {
        fields: {
          value: {
            type: "string",
            id: 1
          }
        }
      },
      /**
       * Properties of a google.protobuf.BytesValue message.
       * @interface IBytesValue
       * @type {Object}
       * @property {Uint8Array} [value]
       * @memberof common
       */
      BytesValue: {
        fields: {
          value: {
            type: "bytes",
            id: 1
          }
        }
      }
    });
    common("field_mask", {
      /**
       * Properties of a google.protobuf.FieldMask message.
       * @interface IDoubleValue
       * @type {Object}
       * @property {number} [value]
       * @memberof common
       */
      FieldMask: {
        fields: {
          paths: {
            rule: "repeated",
            type: "string",
            id: 1
          }
        }
      }
    });
    common.get = function get(file) {
      return common[file] || null;
    };
  }
});

// node_modules/protobufjs/src/index.js
var require_src = __commonJS({
  "node_modules/protobufjs/src/index.js"(exports, module) {
    "use strict";
    var protobuf2 = module.exports = require_index_light();
    protobuf2.build = "full";
    protobuf2.tokenize = require_tokenize();
    protobuf2.parse = require_parse();
    protobuf2.common = require_common();
    protobuf2.Root._configure(protobuf2.Type, protobuf2.parse, protobuf2.common);
  }
});

// node_modules/protobufjs/index.js
var require_protobufjs = __commonJS({
  "node_modules/protobufjs/index.js"(exports, module) {
    "use strict";
    module.exports = require_src();
  }
});

// packages/adversarial-test/src/engine.ts
import { createHash } from "node:crypto";

// packages/adversarial-test/src/attacks/attack.ts
var ATTACKS = ["simba", "square", "pgd", "fgsm", "spsa-pgd", "hopskipjump"];
function mutableIndices(p, eps = Infinity, norm = "linf") {
  const frozen = /* @__PURE__ */ new Set();
  for (const g of p.space.oneHot) {
    const cheapest = Math.min(...g.map((j) => 1 / p.space.scale[j]));
    const cost = norm === "linf" ? cheapest : Math.SQRT2 * cheapest;
    if (cost > eps) for (const j of g) frozen.add(j);
  }
  const out = [];
  for (let j = 0; j < p.d; j++) {
    if (!p.space.mutable[j] || frozen.has(j)) continue;
    if (p.space.integer[j] && 1 / p.space.scale[j] > eps) continue;
    out.push(j);
  }
  return out;
}
function pSelection(pInit, it, budget) {
  const i = Math.floor(it / Math.max(budget, 1) * 1e4);
  if (i <= 10) return pInit;
  if (i <= 50) return pInit / 2;
  if (i <= 200) return pInit / 4;
  if (i <= 500) return pInit / 8;
  if (i <= 1e3) return pInit / 16;
  if (i <= 2e3) return pInit / 32;
  if (i <= 4e3) return pInit / 64;
  if (i <= 6e3) return pInit / 128;
  if (i <= 8e3) return pInit / 256;
  return pInit / 512;
}

// packages/adversarial-test/src/rng.ts
function streamSeed(...parts) {
  let h = 2166136261;
  for (const ch of parts.join("\0")) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 16777619) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}
function mulberry32(seed) {
  let a = seed >>> 0;
  let spare;
  const next = () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    sign: () => next() < 0.5 ? -1 : 1,
    gaussian() {
      if (spare !== void 0) {
        const s = spare;
        spare = void 0;
        return s;
      }
      let u = 0;
      while (u === 0) u = next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    }
  };
}
function rngFor(seed, ...parts) {
  return mulberry32(streamSeed(seed, ...parts));
}
function shuffled(items, rng) {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

// packages/adversarial-test/src/data.ts
function evalSetFromTable(table, features, label) {
  const file = table.source;
  const col = (name) => {
    const c = table.columns.find((k) => k.name === name);
    if (!c) throw inputError(`the evaluation set has no column ${name}`, { file, hint: `columns: ${table.columns.map((k) => k.name).slice(0, 20).join(", ")}` });
    return c;
  };
  const labelCol = col(label);
  const featureCols = features.map(col);
  const n = table.rowCount;
  const d = features.length;
  if (!n) throw inputError("the evaluation set has no rows", { file });
  const x = new Float32Array(n * d);
  featureCols.forEach((c, j) => {
    if (c.type === "string") throw inputError(`feature column ${c.name} holds text, not numbers`, { file, hint: "one-hot encode categorical features into numeric columns and list them as a one-hot group in the feature spec" });
    c.values.forEach((v, r) => {
      if (v === null || typeof v === "number" && !Number.isFinite(v)) {
        throw inputError(`feature ${c.name} is missing or NaN in data row ${r + 1}`, { file, line: r + 2, hint: "impute or drop rows with missing values before evaluating robustness" });
      }
      x[r * d + j] = typeof v === "boolean" ? v ? 1 : 0 : v;
    });
  });
  const raw = labelCol.values.map((v, r) => {
    if (v === null) throw inputError(`label ${label} is missing in data row ${r + 1}`, { file, line: r + 2 });
    return typeof v === "boolean" ? v ? 1 : 0 : v;
  });
  const numeric = raw.every((v) => typeof v === "number" && Number.isInteger(v) && v >= 0 && v < 1e3);
  let labels;
  let classNames;
  if (numeric) {
    labels = raw;
    const k = Math.max(...labels) + 1;
    classNames = Array.from({ length: k }, (_, i) => String(i));
  } else {
    classNames = [...new Set(raw.map(String))].sort();
    labels = raw.map((v) => classNames.indexOf(String(v)));
  }
  return { x, labels, n, d, rows: Array.from({ length: n }, (_, r) => r + 1), classNames };
}
function stratifiedSample(set, size, seed) {
  if (size >= set.n) return set.rows.map((r) => r - 1);
  const byClass = /* @__PURE__ */ new Map();
  set.labels.forEach((y, r) => byClass.set(y, [...byClass.get(y) ?? [], r]));
  const picked = [];
  for (const [y, rows] of [...byClass.entries()].sort((a, b) => a[0] - b[0])) {
    const take = Math.max(1, Math.round(rows.length / set.n * size));
    picked.push(...shuffled(rows, rngFor(seed, "sample", y)).slice(0, take));
  }
  return picked.sort((a, b) => a - b).slice(0, Math.max(size, byClass.size));
}

// packages/adversarial-test/src/features.ts
var import_yaml = __toESM(require_dist(), 1);
var KEYS = /* @__PURE__ */ new Set(["name", "min", "max", "scale", "immutable", "integer", "monotone"]);
function parseFeatureSpec(text, file) {
  let doc;
  try {
    doc = (0, import_yaml.parse)(text);
  } catch (e) {
    throw inputError(`feature spec is not valid YAML/JSON: ${e.message.split("\n")[0]}`, { file });
  }
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) throw inputError("feature spec must be a mapping with a `features` list", { file });
  const o = doc;
  const space = o.space ?? "raw";
  if (space !== "raw" && space !== "normalized") throw inputError(`feature spec: space must be raw or normalized, got ${String(space)}`, { file });
  if (!Array.isArray(o.features) || !o.features.length) throw inputError("feature spec: `features` must be a non-empty list", { file });
  const seen = /* @__PURE__ */ new Set();
  const features = o.features.map((f, i) => {
    if (typeof f === "string") return { name: f };
    if (!f || typeof f !== "object") throw inputError(`feature spec: features[${i}] must be a name or a mapping`, { file });
    const r = f;
    if (typeof r.name !== "string" || !r.name) throw inputError(`feature spec: features[${i}] has no name`, { file });
    for (const k of Object.keys(r)) if (!KEYS.has(k)) throw inputError(`feature spec: feature ${r.name} has an unknown key ${k}`, { file, hint: `known keys: ${[...KEYS].join(", ")}` });
    if (seen.has(r.name)) throw inputError(`feature spec: feature ${r.name} is listed twice`, { file });
    seen.add(r.name);
    for (const k of ["min", "max", "scale"]) {
      if (r[k] !== void 0 && (typeof r[k] !== "number" || !Number.isFinite(r[k]))) throw inputError(`feature spec: ${r.name}.${k} must be a finite number`, { file });
    }
    if (typeof r.min === "number" && typeof r.max === "number" && r.min >= r.max) throw inputError(`feature spec: ${r.name} has min >= max`, { file });
    if (r.scale !== void 0 && r.scale <= 0) throw inputError(`feature spec: ${r.name}.scale must be positive`, { file });
    if (r.monotone !== void 0 && r.monotone !== "increase" && r.monotone !== "decrease") throw inputError(`feature spec: ${r.name}.monotone must be increase or decrease`, { file });
    return {
      name: r.name,
      ...typeof r.min === "number" ? { min: r.min } : {},
      ...typeof r.max === "number" ? { max: r.max } : {},
      ...typeof r.scale === "number" ? { scale: r.scale } : {},
      ...r.immutable === true ? { immutable: true } : {},
      ...r.integer === true ? { integer: true } : {},
      ...r.monotone ? { monotone: r.monotone } : {}
    };
  });
  const rawGroups = o["one-hot"] ?? o.oneHot ?? [];
  if (!Array.isArray(rawGroups)) throw inputError("feature spec: one-hot must be a list of lists of feature names", { file });
  const oneHot = rawGroups.map((g, i) => {
    if (!Array.isArray(g) || g.length < 2 || !g.every((n) => typeof n === "string" && seen.has(n))) {
      throw inputError(`feature spec: one-hot group ${i} must list at least two declared features`, { file });
    }
    return g;
  });
  return { space, features, oneHot, file };
}
function implicitSpec(names) {
  return { space: "raw", features: names.map((name) => ({ name })), oneHot: [] };
}
function buildSpace(spec, declared) {
  const d = spec.features.length;
  const s = {
    d,
    names: spec.features.map((f) => f.name),
    offset: new Float64Array(d),
    scale: new Float64Array(d).fill(1),
    lo: new Float64Array(d),
    hi: new Float64Array(d),
    mutable: new Uint8Array(d),
    monotone: new Int8Array(d),
    integer: new Uint8Array(d),
    oneHot: spec.oneHot.map((g) => g.map((n) => spec.features.findIndex((f) => f.name === n))),
    bounded: true,
    declared
  };
  spec.features.forEach((f, j) => {
    const min = f.min ?? (spec.space === "normalized" ? 0 : void 0);
    const max = f.max ?? (spec.space === "normalized" ? 1 : void 0);
    s.mutable[j] = f.immutable ? 0 : 1;
    s.monotone[j] = f.monotone === "increase" ? 1 : f.monotone === "decrease" ? -1 : 0;
    s.integer[j] = f.integer ? 1 : 0;
    if (min !== void 0 && max !== void 0) {
      const scale = f.scale ?? max - min;
      s.offset[j] = min;
      s.scale[j] = scale;
      s.lo[j] = 0;
      s.hi[j] = (max - min) / scale;
    } else {
      s.offset[j] = min ?? 0;
      s.scale[j] = f.scale ?? 1;
      s.lo[j] = min !== void 0 ? 0 : -Infinity;
      s.hi[j] = max !== void 0 ? (max - s.offset[j]) / s.scale[j] : Infinity;
      if (!f.immutable) s.bounded = false;
    }
  });
  if (!declared) s.bounded = false;
  return s;
}
function toU(space, x, out = new Float64Array(space.d)) {
  for (let j = 0; j < space.d; j++) out[j] = (x[j] - space.offset[j]) / space.scale[j];
  return out;
}
function toX(space, u, out, at = 0) {
  for (let j = 0; j < space.d; j++) out[at + j] = space.offset[j] + u[j] * space.scale[j];
}
function distance(u, u0, norm) {
  let acc = 0;
  for (let j = 0; j < u0.length; j++) {
    const v = Math.abs(u[j] - u0[j]);
    if (norm === "linf") acc = Math.max(acc, v);
    else acc += v * v;
  }
  return norm === "linf" ? acc : Math.sqrt(acc);
}
function project(space, u, u0, eps, norm) {
  let sq = 0;
  for (let j = 0; j < space.d; j++) {
    let dj = space.mutable[j] ? u[j] - u0[j] : 0;
    if (space.monotone[j] > 0 && dj < 0) dj = 0;
    if (space.monotone[j] < 0 && dj > 0) dj = 0;
    if (norm === "linf") dj = Math.max(-eps, Math.min(eps, dj));
    u[j] = dj;
    sq += dj * dj;
  }
  const shrink = norm === "l2" && Number.isFinite(eps) && sq > eps * eps ? eps / Math.sqrt(sq) : 1;
  for (let j = 0; j < space.d; j++) u[j] = Math.max(space.lo[j], Math.min(space.hi[j], u0[j] + u[j] * shrink));
  return u;
}
function repair(space, u, u0, eps, norm) {
  for (let j = 0; j < space.d; j++) {
    if (!space.integer[j] || !space.mutable[j]) continue;
    const x = space.offset[j] + u[j] * space.scale[j];
    const x0 = space.offset[j] + u0[j] * space.scale[j];
    let r = Math.round(x);
    if (Math.abs(r - x0) / space.scale[j] > eps + 1e-12) r = x > x0 ? Math.floor(x) : Math.ceil(x);
    if (Math.abs(r - x0) / space.scale[j] > eps + 1e-12) r = x0;
    u[j] = Math.max(space.lo[j], Math.min(space.hi[j], (r - space.offset[j]) / space.scale[j]));
  }
  for (const g of space.oneHot) {
    let best = g[0];
    let orig = g[0];
    for (const j of g) {
      if (u[j] * space.scale[j] + space.offset[j] > u[best] * space.scale[best] + space.offset[best]) best = j;
      if (u0[j] * space.scale[j] + space.offset[j] > u0[orig] * space.scale[orig] + space.offset[orig]) orig = j;
    }
    const switchCost = norm === "linf" ? Math.max(1 / space.scale[best], 1 / space.scale[orig]) : Math.hypot(1 / space.scale[best], 1 / space.scale[orig]);
    const target = best !== orig && switchCost <= eps + 1e-12 && g.every((j) => space.mutable[j]) ? best : orig;
    for (const j of g) u[j] = ((j === target ? 1 : 0) - space.offset[j]) / space.scale[j];
  }
  return u;
}

// packages/adversarial-test/src/attacks/hopskipjump.ts
var hopSkipJumpAttack = async (ctx, i) => {
  const { problem: P, norm, budget } = ctx;
  const rng = rngFor(ctx.seed, "hopskipjump", i);
  const u0 = P.u0[i];
  const mut = mutableIndices(P);
  const dm = Math.max(mut.length, 1);
  let q = 0;
  const feasible = (u) => project(P.space, u, u0, Infinity, norm);
  const phi = async (pts) => {
    q += pts.length;
    return (await P.evaluate(i, pts, Infinity, norm)).map((e) => e.success);
  };
  let adv;
  const others = shuffled(
    P.u0.map((_, k) => k).filter((k) => P.labels[k] !== P.labels[i]),
    rng
  ).slice(0, 20);
  const candidates = others.map((k) => feasible(P.u0[k].slice()));
  for (let t = 0; t < 100; t++) {
    const u = u0.slice();
    for (const j of mut) {
      const lo = Number.isFinite(P.space.lo[j]) ? P.space.lo[j] : u0[j] - 1;
      const hi = Number.isFinite(P.space.hi[j]) ? P.space.hi[j] : u0[j] + 1;
      u[j] = lo + rng.next() * (hi - lo);
    }
    candidates.push(feasible(u));
  }
  for (let at = 0; at < candidates.length && !adv && q < budget; at += 20) {
    const chunk = candidates.slice(at, at + 20);
    const ok = await phi(chunk);
    const hit = ok.findIndex((s) => s);
    if (hit >= 0) adv = chunk[hit];
  }
  if (!adv) return { success: false, queries: q, distance: Infinity };
  const theta = norm === "l2" ? 1 / (dm * Math.sqrt(dm)) : 1 / (dm * dm);
  const blend = (ua, a) => {
    if (norm === "l2") return Float64Array.from(u0, (v, j) => v + a * (ua[j] - v));
    const r = a * distance(ua, u0, "linf");
    return Float64Array.from(u0, (v, j) => Math.max(v - r, Math.min(v + r, ua[j])));
  };
  const boundary = async (ua) => {
    let lo = 0;
    let hi = 1;
    while (hi - lo > theta && q < budget) {
      const mid = (lo + hi) / 2;
      if ((await phi([blend(ua, mid)]))[0]) hi = mid;
      else lo = mid;
    }
    return blend(ua, hi);
  };
  let ub = await boundary(adv);
  let dist = distance(ub, u0, norm);
  let best = { u: ub, dist };
  for (let t = 1; q < budget; t++) {
    const delta = t === 1 ? 0.1 : (norm === "l2" ? Math.sqrt(dm) * theta : dm * theta) * dist;
    const nt = Math.min(Math.floor(100 * Math.sqrt(t)), 1e4, budget - q - 30);
    if (nt < 10) break;
    const probes = [];
    const dirs = [];
    for (let b = 0; b < nt; b++) {
      const r = new Float64Array(P.d);
      let n = 0;
      for (const j of mut) n += (r[j] = norm === "l2" ? rng.gaussian() : 2 * rng.next() - 1) ** 2;
      n = Math.sqrt(n) || 1;
      const p = Float64Array.from(ub, (v2, j) => v2 + delta * r[j] / n);
      feasible(p);
      probes.push(p);
      dirs.push(Float64Array.from(p, (v2, j) => (v2 - ub[j]) / delta));
    }
    const signs = (await phi(probes)).map((s) => s ? 1 : -1);
    const mean2 = signs.reduce((a, b) => a + b, 0) / nt;
    const baseline = Math.abs(mean2) === 1 ? 0 : mean2;
    const g = new Float64Array(P.d);
    dirs.forEach((r, b) => {
      for (const j of mut) g[j] += (signs[b] - baseline) * r[j] / nt;
    });
    let gn = 0;
    for (const j of mut) gn += g[j] * g[j];
    gn = Math.sqrt(gn);
    if (gn === 0) break;
    const v = Float64Array.from(g, (x) => norm === "l2" ? x / gn : Math.sign(x));
    let stepSize = dist / Math.sqrt(t);
    let next;
    for (let h = 0; h < 25 && q < budget; h++) {
      const cand = feasible(Float64Array.from(ub, (x, j) => x + stepSize * v[j]));
      if ((await phi([cand]))[0]) {
        next = cand;
        break;
      }
      stepSize /= 2;
    }
    if (!next) break;
    ub = await boundary(next);
    dist = distance(ub, u0, norm);
    if (dist < best.dist) best = { u: ub, dist };
  }
  return { success: true, queries: q, adv: best.u, distance: best.dist };
};

// packages/adversarial-test/src/attacks/pgd.ts
var SPSA_PAIRS = 10;
var SPSA_SIGMA = 1e-3;
async function gradientAt(ctx, i, u, rng, useSpsa, mut) {
  const P = ctx.problem;
  if (!useSpsa) {
    const r = await P.gradient(i, u, ctx.eps, ctx.norm);
    return { e: r, g: r.grad, q: 2 };
  }
  const dirs = [];
  const pts = [u.slice()];
  for (let k = 0; k < SPSA_PAIRS; k++) {
    const r = new Int8Array(P.d);
    for (const j of mut) r[j] = rng.sign();
    dirs.push(r);
    pts.push(Float64Array.from(u, (v, j) => v + SPSA_SIGMA * r[j]), Float64Array.from(u, (v, j) => v - SPSA_SIGMA * r[j]));
  }
  const ev = await P.evaluate(i, pts, Infinity, ctx.norm);
  const g = new Float64Array(P.d);
  dirs.forEach((r, k) => {
    const diff = (ev[1 + 2 * k].margin - ev[2 + 2 * k].margin) / (2 * SPSA_SIGMA);
    for (const j of mut) g[j] += diff * r[j] / SPSA_PAIRS;
  });
  return { e: ev[0], g, q: pts.length };
}
function step(ctx, u0, u, g, alpha, mut) {
  const next = u.slice();
  if (ctx.norm === "linf") for (const j of mut) next[j] = u[j] - alpha * Math.sign(g[j]);
  else {
    let n = 0;
    for (const j of mut) n += g[j] * g[j];
    n = Math.sqrt(n) || 1;
    for (const j of mut) next[j] = u[j] - alpha * g[j] / n;
  }
  return project(ctx.problem.space, next, u0, ctx.eps, ctx.norm);
}
function makePgd(name, opts) {
  return async (ctx, i) => {
    const P = ctx.problem;
    const rng = rngFor(ctx.seed, name, i);
    const mut = mutableIndices(P, ctx.eps, ctx.norm);
    const useSpsa = opts.spsa || !P.hasGradient;
    const u0 = P.u0[i];
    const steps = opts.fgsm ? 1 : ctx.steps;
    const alpha = opts.fgsm ? ctx.eps : 2.5 * ctx.eps / steps;
    let u = u0.slice();
    if (!opts.fgsm) {
      if (ctx.norm === "linf") for (const j of mut) u[j] = u0[j] + ctx.eps * (2 * rng.next() - 1);
      else {
        const dir = new Float64Array(P.d);
        let n = 0;
        for (const j of mut) n += (dir[j] = rng.gaussian()) ** 2;
        const r = ctx.eps * rng.next() / (Math.sqrt(n) || 1);
        for (const j of mut) u[j] = u0[j] + r * dir[j];
      }
      project(P.space, u, u0, ctx.eps, ctx.norm);
    }
    let q = 0;
    let best;
    for (let k = 0; k < steps && q < ctx.budget; k++) {
      const { e, g, q: used } = await gradientAt(ctx, i, u, rng, useSpsa, mut);
      q += used;
      if (!best || e.margin < best.e.margin || e.success) best = { u, e };
      if (e.success) return { success: true, queries: q, adv: u };
      u = step(ctx, u0, u, g, alpha, mut);
    }
    if (q < ctx.budget || opts.fgsm) {
      const e = await P.evaluateOne(i, u, ctx.eps, ctx.norm);
      q++;
      if (e.success) return { success: true, queries: q, adv: u };
    }
    return { success: best?.e.success ?? false, queries: q, ...best?.e.success ? { adv: best.u } : {} };
  };
}
var pgdAttack = makePgd("pgd", { spsa: false });
var spsaPgdAttack = makePgd("spsa-pgd", { spsa: true });
var fgsmAttack = makePgd("fgsm", { spsa: false, fgsm: true });

// packages/adversarial-test/src/attacks/simba.ts
var simbaAttack = async (ctx, i) => {
  const { problem: P, eps, norm, budget } = ctx;
  const rng = rngFor(ctx.seed, "simba", i);
  const u0 = P.u0[i];
  const mut = mutableIndices(P, eps, norm);
  let best = u0.slice();
  let cur = await P.evaluateOne(i, best, eps, norm);
  let q = 1;
  if (!mut.length) return { success: cur.success, queries: q };
  const step2 = norm === "linf" ? eps : eps / 2;
  let order = shuffled(mut, rng);
  for (let t = 0; !cur.success && q < budget; t++) {
    if (t > 0 && t % order.length === 0) {
      if (t >= 2 * order.length) break;
      order = shuffled(mut, rng);
    }
    const j = order[t % order.length];
    for (const s of [-1, 1]) {
      if (q >= budget) break;
      const cand = best.slice();
      cand[j] = norm === "linf" ? u0[j] + s * step2 : best[j] + s * step2;
      project(P.space, cand, u0, eps, norm);
      if (cand[j] === best[j]) continue;
      const r = await P.evaluateOne(i, cand, eps, norm);
      q++;
      if (r.margin < cur.margin || r.success) {
        best = cand;
        cur = r;
        break;
      }
    }
  }
  return { success: cur.success, queries: q, ...cur.success ? { adv: best } : {} };
};

// packages/adversarial-test/src/attacks/square.ts
function sampleSubset(pool, k, rng) {
  const a = [...pool];
  const n = Math.min(k, a.length);
  for (let t = 0; t < n; t++) {
    const j = t + rng.int(a.length - t);
    [a[t], a[j]] = [a[j], a[t]];
  }
  return a.slice(0, n);
}
function window2(shape, s, rng) {
  const [c, h, w] = shape;
  const r0 = rng.int(h - s + 1);
  const c0 = rng.int(w - s + 1);
  const perChannel = [];
  for (let ch = 0; ch < c; ch++) {
    const idx = [];
    for (let r = r0; r < r0 + s; r++) for (let col = c0; col < c0 + s; col++) idx.push(ch * h * w + r * w + col);
    perChannel.push(idx);
  }
  return perChannel;
}
function windowSide(p, shape) {
  const [, h, w] = shape;
  return Math.max(1, Math.min(Math.min(h, w) - 1, Math.round(Math.sqrt(p * h * w))));
}
var squareAttack = async (ctx, i) => ctx.norm === "linf" ? squareLinf(ctx, i) : squareL2(ctx, i);
async function squareLinf(ctx, i) {
  const { problem: P, eps, norm, budget } = ctx;
  const rng = rngFor(ctx.seed, "square", i);
  const u0 = P.u0[i];
  const mut = mutableIndices(P, eps, norm);
  const image = ctx.mode === "window" && ctx.imageShape ? ctx.imageShape : void 0;
  const pInit = image ? 0.05 : 0.1;
  let best = u0.slice();
  if (image) {
    const [c, h, w] = image;
    for (let ch = 0; ch < c; ch++)
      for (let col = 0; col < w; col++) {
        const s = rng.sign();
        for (let r = 0; r < h; r++) best[ch * h * w + r * w + col] = u0[ch * h * w + r * w + col] + eps * s;
      }
  } else for (const j of mut) best[j] = u0[j] + eps * rng.sign();
  project(P.space, best, u0, eps, norm);
  let cur = await P.evaluateOne(i, best, eps, norm);
  let q = 1;
  for (let it = 1; !cur.success && q < budget; it++) {
    const p = pSelection(pInit, it, budget);
    const cand = best.slice();
    let changed = false;
    for (let attempt = 0; attempt < 10 && !changed; attempt++) {
      if (image) {
        for (const idx of window2(image, windowSide(p, image), rng)) {
          const s = rng.sign();
          for (const j of idx) cand[j] = u0[j] + eps * s;
        }
      } else for (const j of sampleSubset(mut, Math.max(1, Math.round(p * mut.length)), rng)) cand[j] = u0[j] + eps * rng.sign();
      project(P.space, cand, u0, eps, norm);
      for (let j = 0; j < cand.length && !changed; j++) changed = cand[j] !== best[j];
    }
    if (!changed) continue;
    const r = await P.evaluateOne(i, cand, eps, norm);
    q++;
    if (r.margin < cur.margin || r.success) {
      best = cand;
      cur = r;
    }
  }
  return { success: cur.success, queries: q, ...cur.success ? { adv: best } : {} };
}
async function squareL2(ctx, i) {
  const { problem: P, eps, norm, budget } = ctx;
  const rng = rngFor(ctx.seed, "square-l2", i);
  const u0 = P.u0[i];
  const mut = mutableIndices(P, eps, norm);
  const image = ctx.mode === "window" && ctx.imageShape ? ctx.imageShape : void 0;
  const pInit = image ? 0.1 : 0.3;
  const delta = new Float64Array(P.d);
  for (const j of mut) delta[j] = rng.gaussian();
  const scaleTo = (v, target, idx) => {
    let s = 0;
    for (const j of idx) s += v[j] * v[j];
    const f = s > 0 ? target / Math.sqrt(s) : 0;
    for (const j of idx) v[j] *= f;
  };
  scaleTo(delta, eps, mut);
  let best = Float64Array.from(u0, (v, j) => v + delta[j]);
  project(P.space, best, u0, eps, norm);
  let cur = await P.evaluateOne(i, best, eps, norm);
  let q = 1;
  for (let it = 1; !cur.success && q < budget; it++) {
    const p = pSelection(pInit, it, budget);
    if (!image) {
      const k = Math.max(1, Math.round(p * mut.length));
      const cand2 = best.slice();
      const step2 = eps * Math.sqrt(p / pInit);
      for (const j of sampleSubset(mut, k, rng)) cand2[j] += step2 * rng.sign();
      const d2 = new Float64Array(P.d);
      for (const j of mut) d2[j] = cand2[j] - u0[j];
      scaleTo(d2, eps, mut);
      for (const j of mut) cand2[j] = u0[j] + d2[j];
      project(P.space, cand2, u0, eps, norm);
      const r2 = await P.evaluateOne(i, cand2, eps, norm);
      q++;
      if (r2.margin < cur.margin || r2.success) {
        best = cand2;
        cur = r2;
      }
      continue;
    }
    let s1;
    let s2;
    if (image) {
      const side = Math.max(1, windowSide(p, image));
      s1 = window2(image, side, rng).flat();
      const w2 = new Set(s1);
      s2 = window2(image, side, rng).flat().filter((j) => !w2.has(j));
    } else {
      const k = Math.max(1, Math.round(p * mut.length));
      const pick2 = sampleSubset(mut, Math.min(mut.length, 2 * k), rng);
      s1 = pick2.slice(0, Math.min(k, pick2.length));
      s2 = pick2.slice(s1.length);
    }
    const cand = best.slice();
    let total = 0;
    let local = 0;
    for (let j = 0; j < P.d; j++) total += (best[j] - u0[j]) ** 2;
    for (const j of [...s1, ...s2]) local += (best[j] - u0[j]) ** 2;
    const radius = Math.sqrt(Math.max(eps * eps - total, 0) + local);
    const dir = new Float64Array(P.d);
    let oldNorm = 0;
    for (const j of s1) oldNorm += (best[j] - u0[j]) ** 2;
    oldNorm = Math.sqrt(oldNorm);
    const sign = rng.sign();
    for (const j of s1) dir[j] = (best[j] - u0[j]) / (oldNorm || 1) + (image ? sign : rng.sign()) / Math.sqrt(s1.length);
    scaleTo(dir, radius, s1);
    for (const j of s1) cand[j] = u0[j] + dir[j];
    for (const j of s2) cand[j] = u0[j];
    project(P.space, cand, u0, eps, norm);
    const r = await P.evaluateOne(i, cand, eps, norm);
    q++;
    if (r.margin < cur.margin || r.success) {
      best = cand;
      cur = r;
    }
  }
  return { success: cur.success, queries: q, ...cur.success ? { adv: best } : {} };
}

// packages/adversarial-test/src/criterion.ts
var TINY = 1e-30;
function logScore(scores, at, k, output) {
  const v = scores[at + k];
  if (output === "logits") return v;
  return Math.log(Math.max(v, TINY));
}
function logSoftmaxAt(scores, at, k, c) {
  if (c.output !== "logits") return logScore(scores, at, k, c.output);
  let m = -Infinity;
  for (let j = 0; j < c.classes; j++) m = Math.max(m, scores[at + j]);
  let s = 0;
  for (let j = 0; j < c.classes; j++) s += Math.exp(scores[at + j] - m);
  return scores[at + k] - m - Math.log(s);
}
function positiveProbability(scores, at, c) {
  return Math.exp(logSoftmaxAt(scores, at, c.positive, c));
}
function decide(scores, at, c) {
  if (c.threshold !== void 0) {
    if (c.classes === 2) {
      const neg = 1 - c.positive;
      const diff = logScore(scores, at, c.positive, c.output) - logScore(scores, at, neg, c.output);
      return diff >= logit(c.threshold) ? c.positive : neg;
    }
    if (positiveProbability(scores, at, c) >= c.threshold) return c.positive;
  }
  let best = -1;
  for (let k = 0; k < c.classes; k++) {
    if (c.threshold !== void 0 && k === c.positive) continue;
    if (best < 0 || scores[at + k] > scores[at + best]) best = k;
  }
  return best;
}
function logit(p) {
  return Math.log(p / (1 - p));
}
function margin(scores, at, y, c, grad) {
  if (grad) grad.fill(0);
  if (c.threshold !== void 0 && c.classes === 2) {
    const neg = 1 - c.positive;
    const diff = logScore(scores, at, c.positive, c.output) - logScore(scores, at, neg, c.output) - logit(c.threshold);
    const sign = y === c.positive ? 1 : -1;
    if (grad) {
      addLogGrad(grad, scores, at, c, c.positive, sign);
      addLogGrad(grad, scores, at, c, neg, -sign);
    }
    return sign * diff;
  }
  if (c.threshold !== void 0) {
    const lp = logSoftmaxAt(scores, at, c.positive, c) - Math.log(c.threshold);
    const sign = y === c.positive ? 1 : -1;
    if (grad) {
      if (c.output === "logits") {
        for (let k = 0; k < c.classes; k++) grad[k] = sign * ((k === c.positive ? 1 : 0) - Math.exp(logSoftmaxAt(scores, at, k, c)));
      } else addLogGrad(grad, scores, at, c, c.positive, sign);
    }
    return sign * lp;
  }
  let other = -1;
  for (let k = 0; k < c.classes; k++) if (k !== y && (other < 0 || scores[at + k] > scores[at + other])) other = k;
  if (grad) {
    addLogGrad(grad, scores, at, c, y, 1);
    addLogGrad(grad, scores, at, c, other, -1);
  }
  return logScore(scores, at, y, c.output) - logScore(scores, at, other, c.output);
}
function addLogGrad(grad, scores, at, c, k, w) {
  if (c.output === "logits") grad[k] += w;
  else grad[k] += w / Math.max(scores[at + k], 1e-12);
}

// packages/adversarial-test/src/stats.ts
function wilson(successes, n, z = 1.959963984540054) {
  if (n === 0) return [0, 1];
  const p = successes / n;
  const denom = 1 + z * z / n;
  const centre = (p + z * z / (2 * n)) / denom;
  const half = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
function quantile(values, q) {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}
function mean(values) {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
}
function mcnemarExact(b, c) {
  const n = b + c;
  if (n === 0) return 1;
  const k = Math.min(b, c);
  let logC = 0;
  let tail = 0;
  for (let i = 0; i <= k; i++) {
    if (i > 0) logC += Math.log((n - i + 1) / i);
    tail += Math.exp(logC - n * Math.LN2);
  }
  return Math.min(1, 2 * tail);
}
function round(v, digits = 6) {
  if (!Number.isFinite(v)) return null;
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

// packages/adversarial-test/src/attacks/natural.ts
async function naturalPerturbation(target, space, criterion, x, n, decisions, relative) {
  const d = space.d;
  const feats = space.names.map((_, j) => j).filter((j) => space.mutable[j] && !space.integer[j] && !space.oneHot.some((g) => g.includes(j)));
  const rows = new Float32Array(feats.length * 2 * n * d);
  let at = 0;
  for (const j of feats) {
    const lo = space.offset[j] + space.lo[j] * space.scale[j];
    const hi = space.offset[j] + space.hi[j] * space.scale[j];
    for (const s of [1, -1]) {
      for (let i = 0; i < n; i++, at++) {
        rows.set(x.subarray(i * d, (i + 1) * d), at * d);
        const v = x[i * d + j];
        let moved = v * (1 + s * relative);
        if (space.monotone[j] > 0) moved = Math.max(v, moved);
        if (space.monotone[j] < 0) moved = Math.min(v, moved);
        rows[at * d + j] = Math.max(lo, Math.min(hi, moved));
      }
    }
  }
  const scores = rows.length ? await target.predict(rows, feats.length * 2 * n) : new Float32Array(0);
  const k = target.classes;
  const features = feats.map((j, f) => {
    let flipped = 0;
    for (let i = 0; i < n; i++) {
      const up = decide(scores, (f * 2 * n + i) * k, criterion);
      const down = decide(scores, (f * 2 * n + n + i) * k, criterion);
      if (up !== decisions[i] || down !== decisions[i]) flipped++;
    }
    return { feature: space.names[j], failRate: round(n ? flipped / n : 0), flipped };
  });
  return { relative, features, rows: n };
}

// packages/adversarial-test/src/problem.ts
var BudgetStop = class extends Error {
  constructor(reason) {
    super(`budget exhausted (${reason})`);
    this.reason = reason;
  }
  reason;
};
var Problem = class {
  constructor(target, space, criterion, u0, labels, budget, clock) {
    this.target = target;
    this.space = space;
    this.criterion = criterion;
    this.u0 = u0;
    this.labels = labels;
    this.budget = budget;
    this.clock = clock;
    this.d = space.d;
    this.queries = u0.map(() => 0);
  }
  target;
  space;
  criterion;
  u0;
  labels;
  budget;
  clock;
  d;
  queries;
  totalQueries = 0;
  exhausted;
  active = 0;
  pending = [];
  flushing = false;
  get hasGradient() {
    return this.target.gradient !== void 0;
  }
  /** Runs one coroutine per sample with batched queries; returns their results in order. */
  async runAll(indices, fn) {
    return Promise.all(
      indices.map(async (i) => {
        this.active++;
        try {
          return await fn(i);
        } finally {
          this.active--;
          this.maybeFlush();
        }
      })
    );
  }
  /** Reused for every repair: the hot path allocates only the rows it hands to the model. */
  scratch = new Float64Array(0);
  toRows(us, i, eps, norm) {
    const rows = new Float32Array(us.length * this.d);
    if (this.scratch.length !== this.d) this.scratch = new Float64Array(this.d);
    const tmp = this.scratch;
    for (let r = 0; r < us.length; r++) {
      tmp.set(us[r]);
      repair(this.space, tmp, this.u0[i], eps, norm);
      toX(this.space, tmp, rows, r * this.d);
    }
    return rows;
  }
  /** Margins of candidate points for sample i (repaired to valid rows first). */
  evaluate(i, us, eps, norm) {
    if (this.exhausted) return Promise.reject(this.exhausted);
    const rows = this.toRows(us, i, eps, norm);
    this.queries[i] += us.length;
    return new Promise((resolve, reject) => {
      this.pending.push({ kind: "predict", rows, m: us.length, y: this.labels[i], one: false, resolve, reject });
      this.maybeFlush();
    });
  }
  evaluateOne(i, u, eps, norm) {
    if (this.exhausted) return Promise.reject(this.exhausted);
    this.one[0] = u;
    const rows = this.toRows(this.one, i, eps, norm);
    this.queries[i] += 1;
    return new Promise((resolve, reject) => {
      this.pending.push({ kind: "predict", rows, m: 1, y: this.labels[i], one: true, resolve, reject });
      this.maybeFlush();
    });
  }
  one = [new Float64Array(0)];
  /** Margin and its exact gradient (forward + backward pass: counted as two queries). */
  gradient(i, u, eps, norm) {
    if (this.exhausted) return Promise.reject(this.exhausted);
    const rows = this.toRows([u], i, eps, norm);
    this.queries[i] += 2;
    return new Promise((resolve, reject) => {
      this.pending.push({ kind: "grad", rows, y: this.labels[i], resolve, reject });
      this.maybeFlush();
    });
  }
  maybeFlush() {
    if (this.flushing || !this.pending.length || this.pending.length < this.active) return;
    this.flushing = true;
    const batch = this.pending;
    this.pending = [];
    void this.flush(batch).finally(() => {
      this.flushing = false;
      this.maybeFlush();
    });
  }
  stopIfOver(rows) {
    if (this.exhausted) return;
    if (this.totalQueries + rows > this.budget.totalQueries) this.exhausted = new BudgetStop("queries");
    else if (this.clock.now().getTime() > this.budget.deadline) this.exhausted = new BudgetStop("time");
  }
  async flush(batch) {
    const rowsTotal = batch.reduce((a, p) => a + (p.kind === "predict" ? p.m : 2), 0);
    this.stopIfOver(rowsTotal);
    if (this.exhausted) {
      for (const p of batch) p.reject(this.exhausted);
      return;
    }
    this.totalQueries += rowsTotal;
    try {
      const preds = [];
      const grads = [];
      for (const p of batch) (p.kind === "predict" ? preds : grads).push(p);
      let n = grads.length;
      for (const p of preds) n += p.m;
      const x = new Float32Array(n * this.d);
      let at = 0;
      for (const p of preds) {
        x.set(p.rows, at * this.d);
        at += p.m;
      }
      for (const p of grads) x.set(p.rows, at++ * this.d);
      const scores = await this.target.predict(x, n);
      const k = this.target.classes;
      at = 0;
      for (const p of preds) {
        if (p.one) {
          p.resolve({ margin: margin(scores, at * k, p.y, this.criterion), success: decide(scores, at * k, this.criterion) !== p.y });
          at++;
          continue;
        }
        const out = [];
        for (let r = 0; r < p.m; r++, at++) out.push({ margin: margin(scores, at * k, p.y, this.criterion), success: decide(scores, at * k, this.criterion) !== p.y });
        p.resolve(out);
      }
      if (grads.length) {
        const upstream = new Float32Array(grads.length * k);
        const g = new Float64Array(k);
        const evals = [];
        grads.forEach((p, r) => {
          const row = at + r;
          evals.push({ margin: margin(scores, row * k, p.y, this.criterion, g), success: decide(scores, row * k, this.criterion) !== p.y });
          for (let c = 0; c < k; c++) upstream[r * k + c] = g[c];
        });
        const gx = new Float32Array(grads.length * this.d);
        grads.forEach((p, r) => gx.set(p.rows, r * this.d));
        const dx = await this.target.gradient(gx, grads.length, upstream);
        grads.forEach((p, r) => {
          const gu = new Float64Array(this.d);
          for (let j = 0; j < this.d; j++) gu[j] = dx[r * this.d + j] * this.space.scale[j];
          p.resolve({ ...evals[r], grad: gu });
        });
      }
    } catch (e) {
      for (const p of batch) p.reject(e);
    }
  }
};

// packages/adversarial-test/src/evaluate.ts
var ATTACK_FNS = {
  simba: simbaAttack,
  square: squareAttack,
  pgd: pgdAttack,
  fgsm: fgsmAttack,
  "spsa-pgd": spsaPgdAttack,
  hopskipjump: hopSkipJumpAttack
};
var WHITE_BOX = ["pgd", "fgsm"];
async function evaluateRobustness(target, space, criterion, set, sample, cfg, clock, log, classNames = set.classNames) {
  const d = space.d;
  const n = sample.length;
  const x = new Float32Array(n * d);
  sample.forEach((r, i) => x.set(set.x.subarray(r * d, (r + 1) * d), i * d));
  const labels = sample.map((r) => set.labels[r]);
  const k = target.classes;
  const clean = await target.predict(x, n);
  const again = await target.predict(x, n);
  const flags = [];
  if (clean.some((v, j) => v !== again[j])) flags.push({ id: "non-deterministic", message: "two identical prediction runs gave different scores: the model or endpoint is randomised, so attack results vary between runs" });
  const decisions = labels.map((_, i) => decide(clean, i * k, criterion));
  const correct = decisions.map((p, i) => p === labels[i]);
  const attackable = sample.map((_, i) => i).filter((i) => criterion.kind === "directional" ? labels[i] === criterion.positive && decisions[i] === criterion.positive : correct[i]);
  const u0 = sample.map((_, i) => toU(space, x.subarray(i * d, (i + 1) * d)));
  const problem = new Problem(target, space, criterion, u0, labels, { totalQueries: cfg.totalQueries, deadline: cfg.deadline }, clock);
  let natural;
  if (cfg.natural > 0) natural = await naturalPerturbation(target, space, criterion, x, n, decisions, cfg.natural);
  const ctxFor = (eps) => ({ problem, eps, norm: cfg.norm, seed: cfg.seed, budget: cfg.budgetQueries, mode: cfg.mode, ...cfg.imageShape ? { imageShape: cfg.imageShape } : {}, steps: cfg.steps });
  const inconclusive = /* @__PURE__ */ new Set();
  const run = async (name, eps, idx) => {
    const out = /* @__PURE__ */ new Map();
    const results = await problem.runAll(idx, async (i) => {
      try {
        return await ATTACK_FNS[name](ctxFor(eps), i);
      } catch (e) {
        if (e instanceof BudgetStop) {
          inconclusive.add(i);
          return { success: false, queries: 0 };
        }
        throw e;
      }
    });
    idx.forEach((i, t) => out.set(i, results[t]));
    return out;
  };
  let hsja;
  if (cfg.attacks.includes("hopskipjump")) {
    log.info(`hopskipjump: ${attackable.length} samples, up to ${cfg.budgetQueries} queries each`);
    hsja = await run("hopskipjump", Infinity, attackable);
  }
  const brokenBy = /* @__PURE__ */ new Map();
  const perEps = [];
  const robustMatrix = sample.map(() => cfg.eps.map(() => false));
  for (const [e, eps] of cfg.eps.entries()) {
    const qSuccess = /* @__PURE__ */ new Map();
    const stats = {};
    let still = attackable.filter((i) => !brokenBy.has(i));
    for (const name of cfg.attacks) {
      const attempted = still.length;
      let broken = 0;
      if (name === "hopskipjump") {
        for (const i of still) {
          const r = hsja.get(i);
          if (r.success && (r.distance ?? Infinity) <= eps * (1 + 1e-9)) {
            broken++;
            brokenBy.set(i, { attack: name, eps, ...r.adv ? { adv: r.adv } : {} });
            qSuccess.set(name, [...qSuccess.get(name) ?? [], r.queries]);
          }
        }
      } else if (still.length) {
        log.info(`${name} at ${cfg.norm} eps ${eps}: ${still.length} samples`);
        const res2 = await run(name, eps, still);
        for (const [i, r] of res2) {
          if (!r.success) continue;
          broken++;
          brokenBy.set(i, { attack: name, eps, ...r.adv ? { adv: r.adv } : {} });
          qSuccess.set(name, [...qSuccess.get(name) ?? [], r.queries]);
        }
      }
      const qs = qSuccess.get(name) ?? [];
      stats[name] = { broken, attempted, queriesPerSuccess: { mean: round(mean(qs), 2), median: round(quantile(qs, 0.5), 2), p90: round(quantile(qs, 0.9), 2) } };
      still = still.filter((i) => !brokenBy.has(i));
    }
    const robust = sample.map((_, i) => correct[i] && !brokenBy.has(i));
    robust.forEach((r, i) => robustMatrix[i][e] = criterion.kind === "directional" ? labels[i] === criterion.positive && decisions[i] === criterion.positive && !brokenBy.has(i) : r);
    const robustCount = robust.filter(Boolean).length;
    const res = {
      eps,
      cleanAccuracy: round(correct.filter(Boolean).length / n),
      robustAccuracy: round(robustCount / n),
      robustAccuracyCI: wilson(robustCount, n).map((v) => round(v)),
      attackSuccessRate: attackable.length ? round(attackable.filter((i) => brokenBy.has(i)).length / attackable.length) : null,
      perClass: classNames.map((name, c) => {
        const idx = labels.map((y, i) => y === c ? i : -1).filter((i) => i >= 0);
        return { class: name, n: idx.length, robustAccuracy: idx.length ? round(idx.filter((i) => robust[i]).length / idx.length) : 0 };
      }).filter((c) => c.n > 0),
      attacks: stats,
      inconclusive: [...inconclusive].filter((i) => !brokenBy.has(i)).length
    };
    if (criterion.kind === "directional") {
      const positives = labels.filter((y) => y === criterion.positive).length;
      const flagged = attackable.length;
      const held = attackable.filter((i) => !brokenBy.has(i)).length;
      res.cleanRecall = positives ? round(flagged / positives) : 0;
      res.robustRecall = positives ? round(held / positives) : 0;
      res.robustRecallCI = wilson(held, positives).map((v) => round(v));
    }
    perEps.push(res);
  }
  const white = cfg.attacks.filter((a) => WHITE_BOX.includes(a));
  if (white.length && problem.hasGradient) {
    const firstWhite = cfg.attacks.indexOf(white[0]);
    for (const r of perEps) {
      const after = cfg.attacks.slice(firstWhite + 1).filter((a) => !WHITE_BOX.includes(a));
      const extra = after.reduce((acc, a) => acc + (r.attacks[a]?.broken ?? 0), 0);
      if (n && extra / n > 0.01) {
        flags.push({ id: "black-box-beats-white-box", message: `at ${cfg.norm} eps ${r.eps}, black-box attacks broke ${extra} samples that ${white.join("/")} with exact gradients could not: a sign of gradient masking or a weak white-box attack` });
        break;
      }
    }
  }
  if (attackable.length && inconclusive.size / attackable.length > 0.1) {
    flags.push({ id: "budget-exhausted", message: `the global query or time budget ran out before ${inconclusive.size} of ${attackable.length} samples were finished: robust accuracy is an upper bound (inconclusive)` });
  }
  if (criterion.output === "probabilities" && cfg.attacks.some((a) => WHITE_BOX.includes(a) || a === "spsa-pgd")) {
    flags.push({ id: "softmax-output", message: "the attacked output is probabilities, not logits: saturated probabilities give vanishing gradients; attack a logits output if the model has one" });
  }
  let minimalNorm;
  if (hsja) {
    const dists = attackable.map((i) => hsja.get(i).distance ?? Infinity).filter((v) => Number.isFinite(v));
    minimalNorm = { attack: "hopskipjump", median: round(quantile(dists, 0.5)), p10: round(quantile(dists, 0.1)), found: dists.length };
  }
  const fragile = [...brokenBy.entries()].sort((a, b) => a[1].eps - b[1].eps || a[0] - b[0]).slice(0, 5).map(([i, b]) => {
    const adv = new Float32Array(d);
    const fixed = b.adv ? repair(space, b.adv.slice(), u0[i], b.eps, cfg.norm) : void 0;
    if (fixed) toX(space, fixed, adv);
    const changes = fixed ? space.names.map((feature, j) => ({ feature, from: x[i * d + j], to: adv[j], rel: Math.abs(fixed[j] - u0[i][j]) })).filter((c) => c.rel > 1e-9).sort((p, q) => q.rel - p.rel).slice(0, 3).map((c) => ({ feature: c.feature, from: round(c.from, 4), to: round(c.to, 4) })) : [];
    return { row: set.rows[sample[i]], eps: b.eps, attack: b.attack, changes };
  });
  return {
    n,
    attacked: attackable.length,
    skipped: n - attackable.length,
    perEps,
    robustMatrix,
    ...minimalNorm ? { minimalNorm } : {},
    ...natural ? { natural } : {},
    flags,
    fragile,
    totalQueries: problem.totalQueries
  };
}
async function zeroGradientShare(target, criterion, x, labels) {
  if (!target.gradient || !labels.length) return 0;
  const n = labels.length;
  const k = target.classes;
  const scores = await target.predict(x, n);
  const up = new Float32Array(n * k);
  const g = new Float64Array(k);
  labels.forEach((y, i) => {
    margin(scores, i * k, y, criterion, g);
    for (let c = 0; c < k; c++) up[i * k + c] = g[c];
  });
  const dx = await target.gradient(x, n, up);
  let zero = 0;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < target.d; j++) s += Math.abs(dx[i * target.d + j]);
    if (s === 0) zero++;
  }
  return zero / n;
}

// packages/adversarial-test/src/report.ts
var pct = (v) => v === null || v === void 0 ? "n/a" : `${(v * 100).toFixed(1)}%`;
var esc = (s) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
var mdEsc = (s) => s.replace(/[|\\`*_<>]/g, (c) => `\\${c}`);
function curve(r) {
  return r.result.perEps.map((e) => ({ eps: e.eps, value: (r.metricName === "robust recall" ? e.robustRecall : e.robustAccuracy) ?? 0 }));
}
function mermaidCurve(r) {
  const pts = curve(r);
  const clean = r.metricName === "robust recall" ? r.result.perEps[0]?.cleanRecall ?? 0 : r.result.perEps[0]?.cleanAccuracy ?? 0;
  return [
    "```mermaid",
    "xychart-beta",
    `    title "${r.metricName} vs ${r.norm} epsilon"`,
    `    x-axis "epsilon" [${["0", ...pts.map((p) => String(p.eps))].join(", ")}]`,
    `    y-axis "${r.metricName}" 0 --> 1`,
    `    line [${[clean, ...pts.map((p) => p.value)].map((v) => v.toFixed(3)).join(", ")}]`,
    "```"
  ].join("\n");
}
function markdownReport(r) {
  const res = r.result;
  const lines = [];
  lines.push(`**Model** \`${mdEsc(r.target)}\` on ${mdEsc(r.backend)} \xB7 ${res.n} samples (${res.attacked} attacked, ${res.skipped} already misclassified or not flagged) \xB7 ${r.norm}`);
  if (r.gate) lines.push(`**Gate**: ${r.metricName} at eps ${r.gate.eps} is ${pct(r.gate.value)}; required ${pct(r.gate.min)}: ${r.gate.passed ? "passed" : "**failed**"}`);
  if (r.regression) lines.push(`**Regression** vs \`${mdEsc(r.regression.base)}\`: ${pct(r.regression.baseValue)} \u2192 ${pct(r.regression.headValue)} (drop ${pct(r.regression.drop)}, McNemar p = ${r.regression.pValue.toFixed(4)})${r.regression.failed ? ": **failed**" : ""}`);
  lines.push("", mermaidCurve(r), "");
  const recall = r.metricName === "robust recall";
  lines.push(`| eps | clean ${recall ? "recall" : "accuracy"} | ${r.metricName} (95% CI) | attack success | broken by |`);
  lines.push("|---|---|---|---|---|");
  for (const e of res.perEps) {
    const by = Object.entries(e.attacks).filter(([, s]) => s.broken > 0).map(([a, s]) => `${a} ${s.broken}`).join(", ");
    const value = recall ? e.robustRecall : e.robustAccuracy;
    const ci = recall ? e.robustRecallCI : e.robustAccuracyCI;
    lines.push(`| ${e.eps} | ${pct(recall ? e.cleanRecall : e.cleanAccuracy)} | ${pct(value)} (${pct(ci?.[0])}\u2013${pct(ci?.[1])}) | ${pct(e.attackSuccessRate)} | ${by || "\u2013"} |`);
  }
  const q = res.perEps.flatMap((e) => Object.entries(e.attacks).filter(([, s]) => s.broken > 0).map(([a, s]) => `| ${a} | ${e.eps} | ${s.broken}/${s.attempted} | ${s.queriesPerSuccess.mean} | ${s.queriesPerSuccess.median} | ${s.queriesPerSuccess.p90} |`));
  if (q.length) lines.push("", "| attack | eps | broken / attempted | queries per success: mean | median | p90 |", "|---|---|---|---|---|---|", ...q);
  if (res.minimalNorm) lines.push("", `Minimal ${r.norm} perturbation (HopSkipJump): median ${res.minimalNorm.median ?? "n/a"}, p10 ${res.minimalNorm.p10 ?? "n/a"} (${res.minimalNorm.found} samples).`);
  if (res.natural) {
    const bad = res.natural.features.filter((f) => f.failRate > 0).sort((a, b) => b.failRate - a.failRate).slice(0, 5);
    lines.push("", `Natural perturbation (each feature \xB1${(res.natural.relative * 100).toFixed(1)}%): ${bad.length ? bad.map((f) => `${mdEsc(f.feature)} ${pct(f.failRate)}`).join(", ") : "no decision flipped"}.`);
  }
  if (res.fragile.length) {
    lines.push("", "<details><summary>Most fragile rows</summary>", "", "| row | eps | attack | changes |", "|---|---|---|---|");
    for (const f of res.fragile) lines.push(`| ${f.row} | ${f.eps} | ${f.attack} | ${f.changes.map((c) => `${mdEsc(c.feature)} ${c.from} \u2192 ${c.to}`).join("; ")} |`);
    lines.push("", "</details>");
  }
  for (const f of res.flags) lines.push("", `> \u26A0\uFE0F ${mdEsc(f.id)}: ${mdEsc(f.message)}`);
  return lines.join("\n");
}
function svgCurve(r, width = 560, height = 300) {
  const pts = curve(r);
  const clean = r.metricName === "robust recall" ? r.result.perEps[0]?.cleanRecall ?? 0 : r.result.perEps[0]?.cleanAccuracy ?? 0;
  const all = [{ eps: 0, value: clean }, ...pts];
  const maxEps = Math.max(...all.map((p) => p.eps), 1e-9);
  const m = { l: 50, r: 20, t: 20, b: 40 };
  const X = (e) => m.l + e / maxEps * (width - m.l - m.r);
  const Y = (v) => height - m.b - v * (height - m.t - m.b);
  const f = (v) => v.toFixed(1);
  const grid = [0, 0.25, 0.5, 0.75, 1].map((v) => `<line x1="${m.l}" x2="${width - m.r}" y1="${f(Y(v))}" y2="${f(Y(v))}" stroke="#ddd"/><text x="${m.l - 6}" y="${f(Y(v) + 4)}" text-anchor="end" font-size="11">${v}</text>`).join("");
  const ticks = all.map((p) => `<text x="${f(X(p.eps))}" y="${height - m.b + 16}" text-anchor="middle" font-size="11">${p.eps}</text>`).join("");
  const path = all.map((p, i) => `${i ? "L" : "M"}${f(X(p.eps))},${f(Y(p.value))}`).join(" ");
  const dots = all.map((p) => `<circle cx="${f(X(p.eps))}" cy="${f(Y(p.value))}" r="3.5" fill="#1f6feb"><title>eps ${p.eps}: ${(p.value * 100).toFixed(1)}%</title></circle>`).join("");
  const gateLine = r.gate ? `<line x1="${m.l}" x2="${width - m.r}" y1="${f(Y(r.gate.min))}" y2="${f(Y(r.gate.min))}" stroke="#d1242f" stroke-dasharray="5,4"/><text x="${width - m.r}" y="${f(Y(r.gate.min) - 4)}" text-anchor="end" font-size="11" fill="#d1242f">gate ${r.gate.min}</text>` : "";
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(r.metricName)} vs epsilon">${grid}${ticks}${gateLine}<path d="${path}" fill="none" stroke="#1f6feb" stroke-width="2"/>${dots}<text x="${(width + m.l) / 2}" y="${height - 6}" text-anchor="middle" font-size="12">${esc(r.norm)} epsilon</text></svg>`;
}
function htmlReport(r) {
  const res = r.result;
  const recall = r.metricName === "robust recall";
  const rows = res.perEps.map((e) => {
    const v = recall ? e.robustRecall : e.robustAccuracy;
    const ci = recall ? e.robustRecallCI : e.robustAccuracyCI;
    return `<tr><td>${e.eps}</td><td>${pct(recall ? e.cleanRecall : e.cleanAccuracy)}</td><td>${pct(v)} (${pct(ci?.[0])}\u2013${pct(ci?.[1])})</td><td>${pct(e.attackSuccessRate)}</td><td>${esc(Object.entries(e.attacks).map(([a, s]) => `${a}: ${s.broken}/${s.attempted}`).join(", "))}</td></tr>`;
  }).join("");
  const flags = res.flags.map((f) => `<li><b>${esc(f.id)}</b>: ${esc(f.message)}</li>`).join("");
  const last = res.perEps[res.perEps.length - 1];
  const perClass = last ? `<h2>Per class at eps ${last.eps}</h2><table><tr><th>class</th><th>rows</th><th>robust accuracy</th></tr>${last.perClass.map((c) => `<tr><td>${esc(c.class)}</td><td>${c.n}</td><td>${pct(c.robustAccuracy)}</td></tr>`).join("")}</table>` : "";
  const fragile = res.fragile.length ? `<h2>Most fragile rows</h2><table><tr><th>data row</th><th>eps</th><th>attack</th><th>changes</th></tr>${res.fragile.map((f) => `<tr><td>${f.row}</td><td>${f.eps}</td><td>${esc(f.attack)}</td><td>${esc(f.changes.map((c) => `${c.feature} ${c.from} \u2192 ${c.to}`).join("; "))}</td></tr>`).join("")}</table>` : "";
  const minimal = res.minimalNorm ? `<p>Minimal ${esc(r.norm)} perturbation (HopSkipJump): median ${res.minimalNorm.median ?? "n/a"}, p10 ${res.minimalNorm.p10 ?? "n/a"} over ${res.minimalNorm.found} samples.</p>` : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>mlguard adversarial-test: ${esc(r.target)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:900px;margin:2em auto;color:#1f2328}table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:4px 8px}th{background:#f6f8fa}</style></head>
<body><h1>mlguard adversarial-test</h1>
<p>Model <code>${esc(r.target)}</code> on ${esc(r.backend)}; ${res.n} samples, ${res.attacked} attacked; norm ${esc(r.norm)}.</p>
${r.gate ? `<p>Gate: ${esc(r.metricName)} at eps ${r.gate.eps} is ${pct(r.gate.value)}, required ${pct(r.gate.min)}: <b>${r.gate.passed ? "passed" : "failed"}</b>.</p>` : ""}
<h2>${esc(r.metricName)} over epsilon</h2>
${svgCurve(r)}
<table><tr><th>eps</th><th>clean</th><th>${esc(r.metricName)} (95% CI)</th><th>attack success</th><th>broken by attack</th></tr>${rows}</table>
${minimal}${perClass}${fragile}
${flags ? `<h2>Flags</h2><ul>${flags}</ul>` : ""}
</body></html>
`;
}

// packages/adversarial-test/src/exact-linear.ts
function exactLinearDistance(x, v, m, lo, hi, norm) {
  const d = x.length;
  if (m <= 0) return 0;
  if (norm === "linf") {
    const items = [];
    for (let j = 0; j < d; j++) {
      const w = Math.abs(v[j]);
      if (w === 0) continue;
      items.push({ room: v[j] > 0 ? x[j] - lo[j] : hi[j] - x[j], w });
    }
    items.sort((a, b) => a.room - b.room);
    let fixed = 0;
    let slope = items.reduce((a, it) => a + it.w, 0);
    let prev = 0;
    for (const it of items) {
      if (slope > 0 && fixed + it.room * slope >= m) return Math.max(prev, (m - fixed) / slope);
      fixed += it.w * it.room;
      slope -= it.w;
      prev = it.room;
    }
    return Infinity;
  }
  const delta = (lambda, out) => {
    let dot = 0;
    let sq = 0;
    for (let j = 0; j < d; j++) {
      const dj = Math.max(lo[j] - x[j], Math.min(hi[j] - x[j], -lambda * v[j]));
      dot += v[j] * dj;
      sq += dj * dj;
      if (out) out[j] = dj;
    }
    return { dot, norm: Math.sqrt(sq) };
  };
  let hiL = 1;
  while (delta(hiL).dot > -m && hiL < 1e12) hiL *= 2;
  if (delta(hiL).dot > -m) return Infinity;
  let loL = 0;
  for (let it = 0; it < 200; it++) {
    const mid = (loL + hiL) / 2;
    if (delta(mid).dot > -m) loL = mid;
    else hiL = mid;
  }
  return delta(hiL).norm;
}
function exactLinearMinDistance(x, W, b, k, y, lo, hi, norm, offset = 0) {
  const d = x.length;
  let best = Infinity;
  for (let c = 0; c < k; c++) {
    if (c === y) continue;
    const v = new Float64Array(d);
    let m = b[y] - b[c] - offset;
    for (let j = 0; j < d; j++) {
      v[j] = W[j * k + y] - W[j * k + c];
      m += v[j] * x[j];
    }
    best = Math.min(best, exactLinearDistance(x, v, m, lo, hi, norm));
  }
  return best;
}

// packages/adversarial-test/src/onnx/proto.ts
var import_protobufjs = __toESM(require_protobufjs(), 1);
var ONNX_DESCRIPTOR = {
  nested: {
    onnx: {
      nested: {
        StringStringEntryProto: { fields: { key: { type: "string", id: 1 }, value: { type: "string", id: 2 } } },
        OperatorSetIdProto: { fields: { domain: { type: "string", id: 1 }, version: { type: "int64", id: 2 } } },
        TensorShapeProto: {
          fields: { dim: { rule: "repeated", type: "Dimension", id: 1 } },
          nested: {
            Dimension: {
              oneofs: { value: { oneof: ["dimValue", "dimParam"] } },
              fields: { dimValue: { type: "int64", id: 1 }, dimParam: { type: "string", id: 2 }, denotation: { type: "string", id: 3 } }
            }
          }
        },
        TypeProto: {
          oneofs: { value: { oneof: ["tensorType", "sequenceType", "mapType", "optionalType", "sparseTensorType"] } },
          fields: {
            tensorType: { type: "Tensor", id: 1 },
            sequenceType: { type: "Sequence", id: 4 },
            mapType: { type: "Map", id: 5 },
            sparseTensorType: { type: "Tensor", id: 8 },
            optionalType: { type: "Sequence", id: 9 }
          },
          nested: {
            Tensor: { fields: { elemType: { type: "int32", id: 1 }, shape: { type: "TensorShapeProto", id: 2 } } },
            Sequence: { fields: { elemType: { type: "TypeProto", id: 1 } } },
            Map: { fields: { keyType: { type: "int32", id: 1 }, valueType: { type: "TypeProto", id: 2 } } }
          }
        },
        ValueInfoProto: { fields: { name: { type: "string", id: 1 }, type: { type: "TypeProto", id: 2 }, docString: { type: "string", id: 3 } } },
        TensorProto: {
          fields: {
            dims: { rule: "repeated", type: "int64", id: 1 },
            dataType: { type: "int32", id: 2 },
            floatData: { rule: "repeated", type: "float", id: 4, options: { packed: true } },
            int32Data: { rule: "repeated", type: "int32", id: 5, options: { packed: true } },
            stringData: { rule: "repeated", type: "bytes", id: 6 },
            int64Data: { rule: "repeated", type: "int64", id: 7, options: { packed: true } },
            name: { type: "string", id: 8 },
            rawData: { type: "bytes", id: 9 },
            doubleData: { rule: "repeated", type: "double", id: 10, options: { packed: true } },
            docString: { type: "string", id: 12 },
            externalData: { rule: "repeated", type: "StringStringEntryProto", id: 13 },
            dataLocation: { type: "int32", id: 14 }
          }
        },
        AttributeProto: {
          fields: {
            name: { type: "string", id: 1 },
            f: { type: "float", id: 2 },
            i: { type: "int64", id: 3 },
            s: { type: "bytes", id: 4 },
            t: { type: "TensorProto", id: 5 },
            g: { type: "GraphProto", id: 6 },
            floats: { rule: "repeated", type: "float", id: 7 },
            ints: { rule: "repeated", type: "int64", id: 8 },
            strings: { rule: "repeated", type: "bytes", id: 9 },
            type: { type: "int32", id: 20 }
          }
        },
        NodeProto: {
          fields: {
            input: { rule: "repeated", type: "string", id: 1 },
            output: { rule: "repeated", type: "string", id: 2 },
            name: { type: "string", id: 3 },
            opType: { type: "string", id: 4 },
            attribute: { rule: "repeated", type: "AttributeProto", id: 5 },
            docString: { type: "string", id: 6 },
            domain: { type: "string", id: 7 }
          }
        },
        GraphProto: {
          fields: {
            node: { rule: "repeated", type: "NodeProto", id: 1 },
            name: { type: "string", id: 2 },
            initializer: { rule: "repeated", type: "TensorProto", id: 5 },
            docString: { type: "string", id: 10 },
            input: { rule: "repeated", type: "ValueInfoProto", id: 11 },
            output: { rule: "repeated", type: "ValueInfoProto", id: 12 },
            valueInfo: { rule: "repeated", type: "ValueInfoProto", id: 13 }
          }
        },
        ModelProto: {
          fields: {
            irVersion: { type: "int64", id: 1 },
            producerName: { type: "string", id: 2 },
            producerVersion: { type: "string", id: 3 },
            domain: { type: "string", id: 4 },
            modelVersion: { type: "int64", id: 5 },
            docString: { type: "string", id: 6 },
            graph: { type: "GraphProto", id: 7 },
            opsetImport: { rule: "repeated", type: "OperatorSetIdProto", id: 8 },
            metadataProps: { rule: "repeated", type: "StringStringEntryProto", id: 14 }
          }
        }
      }
    }
  }
};
var root = import_protobufjs.default.Root.fromJSON(ONNX_DESCRIPTOR);
var ModelProto = root.lookupType("onnx.ModelProto");
var DataType = { FLOAT: 1, UINT8: 2, INT8: 3, INT32: 6, INT64: 7, STRING: 8, BOOL: 9, DOUBLE: 11 };
var AttrType = { FLOAT: 1, INT: 2, STRING: 3, TENSOR: 4, GRAPH: 5, FLOATS: 6, INTS: 7, STRINGS: 8 };
function encodeModel(model2) {
  const message = ModelProto.fromObject(model2);
  return ModelProto.encode(message).finish();
}
function decodeModel(bytes) {
  const message = ModelProto.decode(bytes);
  return ModelProto.toObject(message, { longs: Number, arrays: true, defaults: false });
}

// packages/adversarial-test/src/onnx/build.ts
function floatTensor(name, dims, values) {
  const f32 = Float32Array.from(values);
  if (f32.length !== dims.reduce((a, b) => a * b, 1)) throw new Error(`tensor ${name}: ${f32.length} values for dims ${dims.join("x")}`);
  return { name, dims, dataType: DataType.FLOAT, rawData: new Uint8Array(f32.buffer, f32.byteOffset, f32.byteLength) };
}
function int64Tensor(name, dims, values) {
  return { name, dims, dataType: DataType.INT64, int64Data: values };
}
function attribute(name, value) {
  if (typeof value === "number") return Number.isInteger(value) ? { name, type: AttrType.INT, i: value } : { name, type: AttrType.FLOAT, f: value };
  if (typeof value === "string") return { name, type: AttrType.STRING, s: new TextEncoder().encode(value) };
  if ("float" in value) return { name, type: AttrType.FLOAT, f: value.float };
  if ("floats" in value) return { name, type: AttrType.FLOATS, floats: value.floats };
  if ("ints" in value) return { name, type: AttrType.INTS, ints: value.ints };
  return { name, type: AttrType.TENSOR, t: value.tensor };
}
function node(opType, input, output, attrs = {}, domain) {
  return {
    opType,
    input,
    output,
    name: `${opType}_${output[0] ?? ""}`,
    attribute: Object.entries(attrs).map(([k, v]) => attribute(k, v)),
    ...domain ? { domain } : {}
  };
}
function tensorInput(name, dims, elemType = DataType.FLOAT) {
  return {
    name,
    type: { tensorType: { elemType, shape: { dim: dims.map((d) => typeof d === "number" ? { dimValue: d } : { dimParam: d }) } } }
  };
}
function model(graph, opts = {}) {
  return {
    irVersion: 8,
    producerName: opts.producer ?? "mlguard",
    producerVersion: "0.1.0",
    opsetImport: [{ domain: "", version: opts.opset ?? 13 }, ...Object.entries(opts.domains ?? {}).map(([domain, version]) => ({ domain, version }))],
    graph: { name: graph.name ?? "g", ...graph },
    ...opts.metadata ? { metadataProps: Object.entries(opts.metadata).map(([key, value]) => ({ key, value })) } : {}
  };
}
function modelBytes(graph, opts) {
  return encodeModel(model(graph, opts));
}
function mlpModel(layers, opts = {}) {
  const nodes = [];
  const inits = [];
  let cur = "input";
  layers.forEach((l, i) => {
    inits.push(floatTensor(`W${i}`, [l.inputs, l.outputs], l.weights), floatTensor(`b${i}`, [l.outputs], l.bias));
    const out = i === layers.length - 1 ? "logits" : `h${i}`;
    nodes.push(node("Gemm", [cur, `W${i}`, `b${i}`], [out]));
    cur = out;
    if (i < layers.length - 1) {
      nodes.push(node(opts.activation ?? "Relu", [out], [`a${i}`]));
      cur = `a${i}`;
    }
  });
  const first = layers[0];
  const last = layers[layers.length - 1];
  const batch = opts.batch ?? "N";
  const which = opts.outputs ?? "logits";
  const outputs = [];
  if (which !== "probabilities") outputs.push(tensorInput("logits", [batch, last.outputs]));
  if (which !== "logits") {
    nodes.push(node("Softmax", ["logits"], ["probabilities"], { axis: 1 }));
    outputs.push(tensorInput("probabilities", [batch, last.outputs]));
  }
  return modelBytes({ node: nodes, initializer: inits, input: [tensorInput("input", [batch, first.inputs])], output: outputs });
}

// packages/adversarial-test/src/synthetic.ts
function fraudData(n, d, seed, fraudRate = 0.2) {
  const rng = rngFor(seed, "fraud-data");
  const weights = Array.from({ length: d }, (_, j) => (j % 3 === 2 ? -1 : 1) * (0.5 + j * 7919 % 10 / 10));
  const x = new Float64Array(n * d);
  const score = [];
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < d; j++) {
      const v = Math.min(1, Math.max(0, j % 2 ? rng.next() : 0.5 + 0.2 * rng.gaussian()));
      x[i * d + j] = v;
      s += weights[j] * v;
    }
    s += 1.5 * x[i * d] * x[i * d + 1] + 0.8 * Math.exp(-((x[i * d + 2 % d] - 0.7) ** 2) / 0.02) + 0.15 * rng.gaussian();
    score.push(s);
  }
  const cut = [...score].sort((a, b) => b - a)[Math.floor(n * fraudRate)];
  return { x, y: score.map((s) => s > cut ? 1 : 0), n, d };
}
function softmaxInPlace(z) {
  let m = -Infinity;
  for (const v of z) m = Math.max(m, v);
  let s = 0;
  for (let c = 0; c < z.length; c++) s += z[c] = Math.exp(z[c] - m);
  for (let c = 0; c < z.length; c++) z[c] /= s;
}
function trainLogistic(data, k, opts = {}) {
  const { x, y, n, d } = data;
  const W = new Float64Array(d * k);
  const b = new Float64Array(k);
  const epochs = opts.epochs ?? 400;
  const lr = opts.lr ?? 2;
  const l2 = opts.l2 ?? 1e-4;
  const z = new Float64Array(k);
  for (let ep = 0; ep < epochs; ep++) {
    const gW = new Float64Array(d * k);
    const gb = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      for (let c = 0; c < k; c++) {
        z[c] = b[c];
        for (let j = 0; j < d; j++) z[c] += x[i * d + j] * W[j * k + c];
      }
      softmaxInPlace(z);
      for (let c = 0; c < k; c++) {
        const e = z[c] - (y[i] === c ? 1 : 0);
        gb[c] += e / n;
        for (let j = 0; j < d; j++) gW[j * k + c] += e * x[i * d + j] / n;
      }
    }
    for (let t = 0; t < W.length; t++) W[t] -= lr * (gW[t] + l2 * W[t]);
    for (let c = 0; c < k; c++) b[c] -= lr * gb[c];
  }
  return { weights: Array.from(W), bias: Array.from(b), inputs: d, outputs: k };
}

// packages/adversarial-test/src/backend/onnx-session.ts
import { readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var nativeModule;
var wasmModule;
async function loadNative(log) {
  nativeModule ??= (async () => {
    try {
      const name = "onnxruntime-node";
      return await import(name);
    } catch (e) {
      log.debug(`onnxruntime-node unavailable: ${e.message.split("\n")[0]}`);
      return void 0;
    }
  })();
  return nativeModule;
}
function findWasmBinary() {
  const file = "ort-wasm-simd-threaded.wasm";
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, file), join(here, "..", "..", "actions", "adversarial-test", file), join(here, "..", "..", "..", "actions", "adversarial-test", file)];
  try {
    const require2 = createRequire(import.meta.url);
    candidates.push(require2.resolve(`onnxruntime-web/${file}`));
  } catch {
  }
  return candidates.find((c) => existsSync(c));
}
async function loadWasm() {
  wasmModule ??= (async () => {
    const wasmFile = findWasmBinary();
    if (!wasmFile) throw toolError("the onnxruntime-web WASM binary (ort-wasm-simd-threaded.wasm) was not found in actions/adversarial-test/ or node_modules", { hint: "check out the whole action (dist/ and actions/adversarial-test/), or run node packages/adversarial-test/scripts/copy-wasm.mjs" });
    const ort = await import("./ort.wasm.bundle.min-CLTPZQXG.js");
    ort.env.wasm.numThreads = 1;
    ort.env.wasm.proxy = false;
    ort.env.wasm.wasmBinary = readFileSync(wasmFile);
    return ort;
  })();
  return wasmModule;
}
function meta(m) {
  return { name: m.name, isTensor: m.isTensor, ...m.type ? { type: m.type } : {}, shape: [...m.shape ?? []] };
}
async function openOnnx(bytes, opts) {
  let ort;
  let backend = "onnxruntime-web";
  if (opts.backend !== "wasm") {
    ort = await loadNative(opts.log);
    if (ort) backend = "onnxruntime-node";
    else if (opts.backend === "node") throw toolError("backend: node was requested but onnxruntime-node is not installed", { hint: "install it (npm install onnxruntime-node) or use backend: wasm" });
  }
  ort ??= await loadWasm();
  let session;
  try {
    session = await ort.InferenceSession.create(bytes, {
      executionProviders: [backend === "onnxruntime-node" ? "cpu" : "wasm"],
      intraOpNumThreads: 1,
      interOpNumThreads: 1,
      graphOptimizationLevel: "all",
      // warnings (e.g. unused initializers) would interleave with the tool's own output
      logSeverityLevel: 3
    });
  } catch (e) {
    const msg = String(e?.message ?? e).split("\n")[0].slice(0, 300);
    throw inputError(`cannot load the ONNX model: ${msg}`, { file: opts.file, hint: "the file is not a valid ONNX model (truncated, garbage, or an unsupported opset)" });
  }
  const version = (backend === "onnxruntime-node" ? ort.env.versions?.node : ort.env.versions?.web) ?? ort.env.versions?.common ?? "unknown";
  const s = session;
  return {
    backend,
    version,
    inputs: s.inputMetadata.map(meta),
    outputs: s.outputMetadata.map(meta),
    async run(feeds, outputs) {
      const ortFeeds = {};
      for (const [k, v] of Object.entries(feeds)) ortFeeds[k] = new ort.Tensor("float32", v.data, v.dims);
      let res;
      try {
        res = await s.run(ortFeeds, outputs);
      } catch (e) {
        throw inputError(`onnxruntime could not run the model: ${String(e?.message ?? e).split("\n")[0].slice(0, 300)}`, { file: opts.file });
      }
      const out = {};
      for (const name of outputs) {
        const t = res[name];
        const data = t.data instanceof Float32Array ? t.data : Float32Array.from(t.data);
        out[name] = { data, dims: [...t.dims] };
      }
      return out;
    },
    release: () => s.release()
  };
}

// packages/adversarial-test/src/gradient/backward.ts
var UPSTREAM = "mlguard_upstream";
var GRAD_OUTPUT = "mlguard_grad_input";
var GRADIENT_OPS = ["Gemm", "MatMul", "Add", "Sub", "Mul", "Div", "Neg", "Relu", "LeakyRelu", "Sigmoid", "Tanh", "Softmax", "LogSoftmax", "Identity", "Dropout", "Flatten", "Reshape", "Cast", "Conv"];
function attr(n, name) {
  return n.attribute?.find((a) => a.name === name);
}
function intAttr(n, name, dflt) {
  const a = attr(n, name);
  return a?.i !== void 0 ? Number(a.i) : dflt;
}
function floatAttr(n, name, dflt) {
  const a = attr(n, name);
  return a?.type === AttrType.FLOAT && a.f !== void 0 ? a.f : dflt;
}
function buildBackward(model2, inputName, outputName) {
  const g = model2.graph;
  if (!g) return { ok: false, reason: "the model has no graph" };
  const opset = model2.opsetImport?.find((o) => !o.domain || o.domain === "ai.onnx")?.version ?? 13;
  const nodes = g.node ?? [];
  const inits = new Map((g.initializer ?? []).map((t) => [t.name ?? "", t]));
  const active = /* @__PURE__ */ new Set([inputName]);
  for (const n of nodes) if ((n.input ?? []).some((x) => active.has(x))) for (const o of n.output ?? []) active.add(o);
  if (!active.has(outputName)) return { ok: false, reason: `output ${outputName} does not depend on input ${inputName}` };
  const needed = /* @__PURE__ */ new Set([outputName]);
  const path = [];
  for (let k = nodes.length - 1; k >= 0; k--) {
    const n = nodes[k];
    if (!(n.output ?? []).some((o) => needed.has(o))) continue;
    if (!(n.input ?? []).some((x) => active.has(x))) continue;
    if (n.domain && n.domain !== "ai.onnx") return { ok: false, reason: `op ${n.domain}.${n.opType} has no backward rule` };
    if (!GRADIENT_OPS.includes(n.opType)) return { ok: false, reason: `op ${n.opType} has no backward rule` };
    path.push(n);
    for (const x of n.input ?? []) if (active.has(x)) needed.add(x);
  }
  const extra = [];
  const extraInits = [floatTensor("mlguard_zero", [], [0]), floatTensor("mlguard_one", [], [1])];
  let counter = 0;
  const fresh = (base) => `mlguard_${base}_${counter++}`;
  const grads = /* @__PURE__ */ new Map([[outputName, UPSTREAM]]);
  const accumulate = (tensor, grad) => {
    const prev = grads.get(tensor);
    if (!prev) grads.set(tensor, grad);
    else {
      const sum = fresh("acc");
      extra.push(node("Add", [prev, grad], [sum]));
      grads.set(tensor, sum);
    }
  };
  const emit = (op, inputs, attrs = {}) => {
    const out = fresh(op.toLowerCase());
    extra.push(node(op, inputs, [out], attrs));
    return out;
  };
  const reduceSumKeep = (x) => {
    if (opset >= 13) {
      const axes = fresh("axes");
      extraInits.push(int64Tensor(axes, [1], [-1]));
      return emit("ReduceSum", [x, axes], { keepdims: 1 });
    }
    return emit("ReduceSum", [x], { axes: { ints: [-1] }, keepdims: 1 });
  };
  for (const n of path) {
    const gy = grads.get(n.output?.[0] ?? "");
    if (!gy) continue;
    const [a = "", b = ""] = n.input ?? [];
    const y = n.output[0];
    const isActive = (t) => active.has(t);
    switch (n.opType) {
      case "Identity":
      case "Dropout":
      case "Cast":
        accumulate(a, gy);
        break;
      case "Flatten":
      case "Reshape":
        accumulate(a, emit("Reshape", [gy, emit("Shape", [a])]));
        break;
      case "Neg":
        accumulate(a, emit("Neg", [gy]));
        break;
      case "Relu":
        accumulate(a, emit("Mul", [gy, emit("Cast", [emit("Greater", [a, "mlguard_zero"])], { to: 1 })]));
        break;
      case "LeakyRelu": {
        const alpha = floatAttr(n, "alpha", 0.01);
        const mask = emit("Cast", [emit("Greater", [a, "mlguard_zero"])], { to: 1 });
        const sc = fresh("c");
        const off = fresh("c");
        extraInits.push(floatTensor(sc, [], [1 - alpha]), floatTensor(off, [], [alpha]));
        accumulate(a, emit("Mul", [gy, emit("Add", [emit("Mul", [mask, sc]), off])]));
        break;
      }
      case "Sigmoid":
        accumulate(a, emit("Mul", [gy, emit("Mul", [y, emit("Sub", ["mlguard_one", y])])]));
        break;
      case "Tanh":
        accumulate(a, emit("Mul", [gy, emit("Sub", ["mlguard_one", emit("Mul", [y, y])])]));
        break;
      case "Softmax":
      case "LogSoftmax": {
        const axis = intAttr(n, "axis", opset >= 13 ? -1 : 1);
        if (axis !== -1 && axis !== 1) return { ok: false, reason: `${n.opType} over axis ${axis} has no backward rule` };
        if (n.opType === "Softmax") {
          accumulate(a, emit("Mul", [y, emit("Sub", [gy, reduceSumKeep(emit("Mul", [gy, y]))])]));
        } else {
          accumulate(a, emit("Sub", [gy, emit("Mul", [emit("Exp", [y]), reduceSumKeep(gy)])]));
        }
        break;
      }
      case "Gemm": {
        if (intAttr(n, "transA", 0)) return { ok: false, reason: "Gemm with transA has no backward rule" };
        if (isActive(b)) return { ok: false, reason: "Gemm with a computed weight matrix has no backward rule" };
        const alpha = floatAttr(n, "alpha", 1);
        accumulate(a, emit("Gemm", [gy, b], { alpha: { float: alpha }, transB: intAttr(n, "transB", 0) ? 0 : 1 }));
        break;
      }
      case "MatMul": {
        const w = inits.get(b);
        if (isActive(b) || !w || (w.dims ?? []).length !== 2) return { ok: false, reason: "MatMul is differentiated only against a constant 2-D weight" };
        accumulate(a, emit("MatMul", [gy, emit("Transpose", [b], { perm: { ints: [1, 0] } })]));
        break;
      }
      case "Add":
      case "Sub": {
        if (isActive(a)) accumulate(a, gy);
        if (isActive(b)) accumulate(b, n.opType === "Add" ? gy : emit("Neg", [gy]));
        break;
      }
      case "Mul": {
        if (isActive(a)) accumulate(a, emit("Mul", [gy, b]));
        if (isActive(b)) accumulate(b, emit("Mul", [gy, a]));
        break;
      }
      case "Div": {
        if (isActive(b)) return { ok: false, reason: "Div by a computed tensor has no backward rule" };
        accumulate(a, emit("Div", [gy, b]));
        break;
      }
      case "Conv": {
        const ints = (name) => attr(n, name)?.ints?.map(Number);
        if ((ints("strides") ?? []).some((v) => v !== 1) || (ints("dilations") ?? []).some((v) => v !== 1) || intAttr(n, "group", 1) !== 1) return { ok: false, reason: "Conv with strides, dilations or groups has no backward rule" };
        const autoPad = attr(n, "auto_pad")?.s ? new TextDecoder().decode(attr(n, "auto_pad").s) : "NOTSET";
        if (autoPad !== "NOTSET") return { ok: false, reason: `Conv with auto_pad ${autoPad} has no backward rule` };
        if (isActive(b)) return { ok: false, reason: "Conv with computed weights has no backward rule" };
        const kernel = ints("kernel_shape") ?? (inits.get(b)?.dims ?? []).slice(2).map(Number);
        const pads = ints("pads");
        accumulate(a, emit("ConvTranspose", [gy, b], { kernel_shape: { ints: kernel }, ...pads ? { pads: { ints: pads } } : {} }));
        break;
      }
      default:
        return { ok: false, reason: `op ${n.opType} has no backward rule` };
    }
  }
  const gIn = grads.get(inputName);
  if (!gIn) return { ok: false, reason: "no gradient path from the output to the input" };
  extra.push(node("Identity", [gIn], [GRAD_OUTPUT]));
  const input = (g.input ?? []).find((v) => v.name === inputName);
  const output = (g.output ?? []).find((v) => v.name === outputName);
  const outDims = output.type?.tensorType?.shape?.dim?.map((d) => d.dimParam ?? d.dimValue ?? "k") ?? ["N", "k"];
  const inDims = input.type?.tensorType?.shape?.dim?.map((d) => d.dimParam ?? d.dimValue ?? "d") ?? ["N", "d"];
  const backward = {
    ...model2,
    graph: {
      ...g,
      node: [...nodes, ...extra],
      initializer: [...g.initializer ?? [], ...extraInits],
      input: [...(g.input ?? []).filter((v) => !inits.has(v.name)), tensorInput(UPSTREAM, outDims.map((d) => typeof d === "number" ? d : String(d)))],
      output: [tensorInput(GRAD_OUTPUT, inDims.map((d) => typeof d === "number" ? d : String(d)))],
      valueInfo: []
    }
  };
  return { ok: true, bytes: encodeModel(backward), ops: [...new Set(path.map((n) => n.opType))] };
}

// packages/adversarial-test/src/target/onnx-target.ts
var CHUNK = 8192;
function chooseInput(s, o) {
  const tensors = s.inputs;
  if (tensors.length !== 1) {
    throw inputError(`the model has ${tensors.length} inputs (${tensors.map((t) => t.name).join(", ")}); mlguard attacks models with one input tensor`, { file: o.file, hint: "export the model with a single float input holding all features" });
  }
  const meta2 = tensors[0];
  if (!meta2.isTensor || meta2.type !== "float32") {
    throw inputError(`input ${meta2.name} is ${meta2.type ?? "not a tensor"}, not float32: integer or string inputs are categorical and cannot be perturbed by epsilon`, { file: o.file, hint: "feed one-hot encoded float features (e.g. skl2onnx with a OneHotEncoder inside the pipeline, FloatTensorType input)" });
  }
  const shape = meta2.shape;
  const rest = shape.slice(1);
  if (rest.some((d2) => typeof d2 !== "number")) throw inputError(`input ${meta2.name} has symbolic feature dims ${JSON.stringify(shape)}`, { file: o.file, hint: "export with fixed feature dimensions" });
  const d = rest.reduce((a, b) => a * b, 1);
  if (shape.length && d !== o.features) {
    throw inputError(`model input ${meta2.name} has shape ${JSON.stringify(shape)} (${d} features) but the data provides ${o.features} features`, { file: o.file, hint: "list the model's input features, in order, in the feature spec (--features)" });
  }
  const fixedBatch = typeof shape[0] === "number" ? shape[0] : void 0;
  const image = rest.length === 3 ? rest : void 0;
  return { meta: meta2, d: shape.length ? d : o.features, ...image ? { image } : {}, ...fixedBatch !== void 0 ? { fixedBatch } : {} };
}
function chooseOutput(s, o) {
  const zipmap = s.outputs.find((m) => !m.isTensor);
  if (o.output) {
    const m = s.outputs.find((x) => x.name === o.output);
    if (!m) throw inputError(`the model has no output named ${o.output}; outputs: ${s.outputs.map((x) => x.name).join(", ")}`, { file: o.file });
    if (!m.isTensor) throw inputError(`output ${m.name} is not a tensor (a scikit-learn ZipMap: a list of dicts)`, { file: o.file, hint: "convert with skl2onnx options={id(model): {'zipmap': False}} so probabilities are a float tensor" });
    if (m.type !== "float32") throw inputError(`output ${m.name} is ${m.type}, not float32 scores (a predicted label cannot guide score-based attacks)`, { file: o.file, hint: "choose the logits or probabilities output" });
    return m;
  }
  const candidates = s.outputs.filter((m) => m.isTensor && m.type === "float32");
  if (!candidates.length) {
    if (zipmap) throw inputError(`the model's scores are in ${zipmap.name}, a non-tensor output (scikit-learn ZipMap), which onnxruntime cannot return`, { file: o.file, hint: "convert with skl2onnx options={id(model): {'zipmap': False}} so probabilities are a float tensor" });
    throw inputError("the model has no float tensor output to read scores from", { file: o.file });
  }
  return candidates.find((m) => /logit/i.test(m.name)) ?? candidates.find((m) => /prob/i.test(m.name)) ?? candidates[candidates.length - 1];
}
function inferOutputKind(scores, n, k) {
  if (!n) return "logits";
  for (let r = 0; r < n; r++) {
    let sum = 0;
    for (let c = 0; c < k; c++) {
      const v = scores[r * k + c];
      if (v < -1e-6 || v > 1 + 1e-6) return "logits";
      sum += v;
    }
    if (k > 1 && Math.abs(sum - 1) > 1e-3) return "logits";
  }
  return "probabilities";
}
async function onnxTarget(bytes, o) {
  let decoded;
  try {
    decoded = decodeModel(bytes);
  } catch {
    decoded = void 0;
  }
  const session = await openOnnx(bytes, { backend: o.backend, log: o.log, file: o.file });
  const input = chooseInput(session, o);
  const output = chooseOutput(session, o);
  const maxBatch = input.fixedBatch ?? CHUNK;
  const inputDims = (n) => [n, ...session.inputs[0].shape.slice(1)];
  const raw = async (x, n) => {
    const parts = [];
    let k = 0;
    for (let at2 = 0; at2 < n; at2 += maxBatch) {
      const m = Math.min(maxBatch, n - at2);
      let chunk = x.subarray(at2 * input.d, (at2 + m) * input.d);
      let rows = m;
      if (input.fixedBatch && m < input.fixedBatch) {
        const padded = new Float32Array(input.fixedBatch * input.d);
        padded.set(chunk);
        chunk = padded;
        rows = input.fixedBatch;
      }
      const res = (await session.run({ [input.meta.name]: { data: chunk, dims: inputDims(rows) } }, [output.name]))[output.name];
      k = res.dims.length > 1 ? res.dims.slice(1).reduce((a, b) => a * b, 1) : 1;
      parts.push(res.data.subarray(0, m * k));
    }
    const data = new Float32Array(n * k);
    let at = 0;
    for (const p of parts) {
      data.set(p, at);
      at += p.length;
    }
    return { data, k };
  };
  const probe = await raw(o.probe, o.probe.length / input.d);
  const rawK = probe.k;
  const kind = o.outputKind === "auto" ? inferOutputKind(probe.data, o.probe.length / input.d, rawK) : o.outputKind;
  if (kind === "label") throw inputError("output-kind label is only for endpoints; an ONNX model gives scores", { file: o.file });
  const classes = rawK === 1 ? 2 : rawK;
  const widen = (d, n) => {
    if (rawK !== 1) return d;
    const out = new Float32Array(n * 2);
    for (let r = 0; r < n; r++) {
      out[2 * r] = kind === "probabilities" ? 1 - d[r] : 0;
      out[2 * r + 1] = d[r];
    }
    return out;
  };
  const info = {
    input: { name: input.meta.name, shape: session.inputs[0].shape, dtype: input.meta.type },
    output: { name: output.name, shape: output.shape, kind, columns: rawK },
    ...input.fixedBatch ? { fixedBatch: input.fixedBatch } : {},
    ...input.image ? { imageShape: input.image } : {}
  };
  let gradient;
  let gradSession;
  if (o.gradients && decoded) {
    const bw = buildBackward(decoded, input.meta.name, output.name);
    if (!bw.ok) info.gradient = { method: "spsa", reason: bw.reason };
    else {
      try {
        gradSession = await openOnnx(bw.bytes, { backend: session.backend === "onnxruntime-node" ? "node" : "wasm", log: o.log, file: o.file });
        const gs = gradSession;
        gradient = async (x, n, upstream) => {
          const out = new Float32Array(n * input.d);
          for (let at = 0; at < n; at += maxBatch) {
            const m = Math.min(maxBatch, n - at);
            let up = upstream.subarray(at * classes, (at + m) * classes);
            if (rawK === 1) {
              const u1 = new Float32Array(m);
              for (let r = 0; r < m; r++) u1[r] = kind === "probabilities" ? up[2 * r + 1] - up[2 * r] : up[2 * r + 1];
              up = u1;
            }
            let xs = x.subarray(at * input.d, (at + m) * input.d);
            let rows = m;
            if (input.fixedBatch && m < input.fixedBatch) {
              const px = new Float32Array(input.fixedBatch * input.d);
              px.set(xs);
              xs = px;
              const pu = new Float32Array(input.fixedBatch * rawK);
              pu.set(up);
              up = pu;
              rows = input.fixedBatch;
            }
            const res = await gs.run({ [input.meta.name]: { data: xs, dims: inputDims(rows) }, [UPSTREAM]: { data: up, dims: [rows, ...rawK === 1 && output.shape.length === 1 ? [] : [rawK]] } }, [GRAD_OUTPUT]);
            out.set(res[GRAD_OUTPUT].data.subarray(0, m * input.d), at * input.d);
          }
          return out;
        };
        info.gradient = { method: "graph", ops: bw.ops };
      } catch (e) {
        info.gradient = { method: "spsa", reason: `backward graph rejected by onnxruntime: ${e.message.split("\n")[0]}` };
        gradient = void 0;
      }
    }
  } else if (o.gradients) info.gradient = { method: "spsa", reason: "the model could not be decoded for graph inspection" };
  return {
    description: o.file,
    backend: `${session.backend} ${session.version}`,
    d: input.d,
    classes,
    output: kind,
    info,
    async predict(x, n) {
      return widen((await raw(x, n)).data, n);
    },
    ...gradient ? { gradient } : {},
    async release() {
      await session.release();
      await gradSession?.release();
    }
  };
}
async function gradientCheck(target, x, rows, coords, seedUpstream, steps) {
  if (!target.gradient) return NaN;
  const d = target.d;
  const k = target.classes;
  const g = await target.gradient(x, rows, seedUpstream);
  const f = async (xs) => {
    const s = await target.predict(xs, rows);
    const out = new Float64Array(rows);
    for (let r = 0; r < rows; r++) for (let c = 0; c < k; c++) out[r] += s[r * k + c] * seedUpstream[r * k + c];
    return out;
  };
  const errs = [];
  for (let j = 0; j < Math.min(coords, d); j++) {
    const h = steps ? steps[j] : 0.01;
    const plus = x.slice();
    const minus = x.slice();
    for (let r = 0; r < rows; r++) {
      plus[r * d + j] += h;
      minus[r * d + j] -= h;
    }
    const [fp, fm] = [await f(plus), await f(minus)];
    for (let r = 0; r < rows; r++) {
      const fd = (fp[r] - fm[r]) / (2 * h);
      const an = g[r * d + j];
      errs.push(Math.abs(fd - an) / Math.max(1, Math.abs(fd), Math.abs(an)));
    }
  }
  errs.sort((a, b) => a - b);
  return errs.length ? errs[Math.min(errs.length - 1, Math.floor(0.9 * errs.length))] : NaN;
}

// packages/adversarial-test/src/self-check.ts
async function selfCheck(cfg, backend, clock, log) {
  const d = 10;
  const n = 200;
  const train = fraudData(2e3, d, 7);
  const test = fraudData(n, d, 8);
  const layer = trainLogistic(train, 2);
  const names = Array.from({ length: d }, (_, j) => `f${j}`);
  const table = { source: "self-check", rowCount: n, columns: [...names.map((name, j) => ({ name, type: "number", values: Array.from({ length: n }, (_, i) => test.x[i * d + j]) })), { name: "label", type: "number", values: test.y }] };
  const set = evalSetFromTable(table, names, "label");
  const space = buildSpace({ space: "normalized", features: names.map((name) => ({ name })), oneHot: [] }, true);
  const target = await onnxTarget(mlpModel([layer]), { file: "self-check linear model", backend, outputKind: "auto", features: d, probe: set.x.subarray(0, 32 * d), gradients: true, log });
  const crit = { kind: "untargeted", positive: 1, classes: 2, output: target.output };
  const all = Array.from({ length: n }, (_, i) => i);
  const exact = all.map((i) => {
    const row = Array.from(set.x.subarray(i * d, (i + 1) * d));
    const z = [0, 1].map((c) => layer.bias[c] + row.reduce((a, v, j) => a + v * layer.weights[j * 2 + c], 0));
    const pred = z[1] > z[0] ? 1 : 0;
    return pred !== set.labels[i] ? -1 : exactLinearMinDistance(row, layer.weights, layer.bias, 2, pred, new Array(d).fill(0), new Array(d).fill(1), cfg.norm);
  });
  const out = { model: `logistic regression, ${d} features in [0, 1], ${n} samples`, samples: n, gaps: [] };
  try {
    for (const attack of cfg.attacks.filter((a) => a !== "hopskipjump")) {
      const r = await evaluateRobustness(target, space, crit, set, all, { ...cfg, attacks: [attack], mode: "subset", natural: 0 }, clock, log);
      r.perEps.forEach((e) => {
        const ex = exact.filter((v) => v > e.eps).length / n;
        out.gaps.push({ attack, eps: e.eps, robustAccuracy: e.robustAccuracy, exact: round(ex), gap: round(e.robustAccuracy - ex) });
      });
    }
    if (cfg.attacks.includes("hopskipjump")) {
      const r = await evaluateRobustness(target, space, crit, set, all, { ...cfg, eps: [cfg.eps[0]], attacks: ["hopskipjump"], mode: "subset", natural: 0 }, clock, log);
      const ex = exact.filter((v) => v > 0 && Number.isFinite(v));
      if (r.minimalNorm?.median) out.minimalNormRatio = round(r.minimalNorm.median / quantile(ex, 0.5), 4);
    }
  } finally {
    await target.release();
  }
  return out;
}

// packages/adversarial-test/src/target/endpoint-target.ts
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function checkAllowedHost(url, allowed) {
  let u;
  try {
    u = new URL(url);
  } catch {
    throw usageError(`endpoint is not a valid URL: ${url}`);
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") throw usageError(`endpoint must be http(s), got ${u.protocol}`);
  if (!allowed.some((h) => h === u.host || h === u.hostname)) {
    throw usageError(`endpoint host ${u.host} is not in endpoint-allowed-hosts`, { hint: `add "${u.host}" to endpoint-allowed-hosts if you own this endpoint; mlguard never attacks hosts you did not list` });
  }
  return u;
}
function pick(obj, path) {
  let cur = obj;
  for (const part of path.split(".").filter(Boolean)) {
    if (cur === null || typeof cur !== "object") return void 0;
    cur = Array.isArray(cur) ? cur[Number(part)] : cur[part];
  }
  return cur;
}
function rowsOf(x, n, d) {
  return Array.from({ length: n }, (_, r) => Array.from(x.subarray(r * d, (r + 1) * d)));
}
function buildBody(o, rows) {
  switch (o.format) {
    case "kserve-v1":
    case "tf-serving":
      return JSON.stringify({ instances: rows });
    case "kserve-v2":
      return JSON.stringify({ inputs: [{ name: o.inputName, shape: [rows.length, o.features], datatype: "FP32", data: rows.flat() }] });
    case "custom":
      return o.requestTemplate.replace("{{rows}}", JSON.stringify(rows));
  }
}
function parseScores(o, body, n) {
  let raw;
  if (o.format === "kserve-v2") {
    const outputs = pick(body, "outputs");
    if (!Array.isArray(outputs) || !outputs.length) throw new Error("no `outputs` array");
    const out = o.responsePath ? outputs.find((t) => t.name === o.responsePath) : outputs[0];
    if (!out || !Array.isArray(out.data)) throw new Error("output tensor without `data`");
    const k = out.shape && out.shape.length > 1 ? out.shape.slice(1).reduce((a, b) => a * b, 1) : 1;
    if (out.data.length !== n * k) throw new Error(`output has ${out.data.length} values for ${n} rows`);
    raw = Array.from({ length: n }, (_, r) => out.data.slice(r * k, (r + 1) * k));
  } else raw = pick(body, o.format === "custom" ? o.responsePath ?? "predictions" : "predictions");
  if (!Array.isArray(raw)) throw new Error(`no scores array at ${o.format === "custom" ? o.responsePath : "predictions"}`);
  if (raw.length !== n) throw new Error(`${raw.length} predictions for ${n} rows`);
  return raw.map((row, r) => {
    const vals = Array.isArray(row) ? row : [row];
    if (!vals.length || !vals.every((v) => typeof v === "number" && Number.isFinite(v))) throw new Error(`prediction ${r} is not a list of finite numbers`);
    return vals;
  });
}
async function endpointTarget(o) {
  const url = checkAllowedHost(o.url, o.allowedHosts);
  if (o.format === "custom" && !o.requestTemplate?.includes("{{rows}}")) throw usageError("endpoint-format custom needs endpoint-request-template containing {{rows}}");
  let last = 0;
  let requests = 0;
  const call = async (rows) => {
    if (o.rateLimit > 0) {
      const wait = last + 1e3 / o.rateLimit - o.clock.now().getTime();
      if (wait > 0) await sleep(wait);
    }
    for (let attempt = 0; ; attempt++) {
      last = o.clock.now().getTime();
      requests++;
      const ctrl = new AbortController();
      const timer = setTimeout(() => ctrl.abort(), o.timeoutMs);
      let res;
      let text;
      try {
        res = await o.fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", ...o.auth ? { [o.authHeader]: o.auth } : {} },
          body: buildBody(o, rows),
          signal: ctrl.signal
        });
        text = await res.text();
      } catch (e) {
        const aborted = ctrl.signal.aborted;
        throw toolError(aborted ? `endpoint ${url.host} did not answer within ${o.timeoutMs / 1e3} s` : `endpoint ${url.host} request failed: ${e.message}`, { hint: "check that the endpoint is up, or raise endpoint-timeout" });
      } finally {
        clearTimeout(timer);
      }
      if ((res.status === 429 || res.status === 503) && attempt < 2) {
        await sleep(200 * 2 ** attempt);
        continue;
      }
      if (!res.ok) throw toolError(`endpoint ${url.host} answered HTTP ${res.status}: ${text.slice(0, 200)}`, { hint: res.status === 401 || res.status === 403 ? "set endpoint-auth from a secret" : "the model server failed; check its logs" });
      let body;
      try {
        body = JSON.parse(text);
      } catch {
        throw toolError(`endpoint ${url.host} returned malformed JSON: ${text.slice(0, 120)}`);
      }
      try {
        return parseScores(o, body, rows.length);
      } catch (e) {
        throw toolError(`endpoint ${url.host} returned an unexpected response: ${e.message}`, { hint: `endpoint-format is ${o.format}; set it (or endpoint-response-path) to match the server` });
      }
    }
  };
  const predictRaw = async (x, n) => {
    const out = [];
    for (let at = 0; at < n; at += o.batchSize) out.push(...await call(rowsOf(x.subarray(at * o.features), Math.min(o.batchSize, n - at), o.features)));
    return out;
  };
  const probeRows = await predictRaw(o.probe, o.probe.length / o.features);
  const width = probeRows[0]?.length ?? 1;
  const integral = probeRows.every((r) => r.length === 1 && Number.isInteger(r[0]));
  const flat = Float32Array.from(probeRows.flat());
  const kind = o.outputKind !== "auto" ? o.outputKind : integral ? "label" : inferOutputKind(flat, probeRows.length, width);
  const classes = kind === "label" ? Math.max(2, ...probeRows.map((r) => r[0] + 1)) : width === 1 ? 2 : width;
  const shown = new URL(url.href);
  shown.username = "";
  shown.password = "";
  return {
    description: shown.href,
    backend: `http ${o.format}`,
    d: o.features,
    classes,
    output: kind,
    info: { endpoint: { host: url.host, format: o.format, batchSize: o.batchSize, rateLimit: o.rateLimit }, output: { kind, columns: width } },
    get requests() {
      return requests;
    },
    async predict(x, n) {
      const rows = await predictRaw(x, n);
      const out = new Float32Array(n * classes);
      rows.forEach((row, r) => {
        if (kind === "label") {
          const c = row[0];
          if (!Number.isInteger(c) || c < 0 || c >= classes) throw toolError(`endpoint returned label ${c}, outside 0..${classes - 1}`);
          out[r * classes + c] = 1;
        } else if (width === 1) {
          out[r * 2] = kind === "probabilities" ? 1 - row[0] : 0;
          out[r * 2 + 1] = row[0];
        } else {
          if (row.length !== width) throw toolError(`endpoint returned ${row.length} scores for a row, expected ${width}`);
          for (let c = 0; c < width; c++) out[r * classes + c] = row[c];
        }
      });
      return out;
    },
    async release() {
    }
  };
}

// packages/adversarial-test/src/engine.ts
var TOOL = "adversarial-test";
var HELP = "https://github.com/mlguard/mlguard/blob/main/actions/adversarial-test/README.md";
var GRADIENT_TOLERANCE = 0.05;
var FLAG_RULES = {
  "non-deterministic": { id: "ADV-FLAG-001", severity: "medium", title: "Model predictions are not deterministic" },
  "black-box-beats-white-box": { id: "ADV-FLAG-002", severity: "medium", title: "Black-box attacks beat white-box gradients (gradient masking?)" },
  "budget-exhausted": { id: "ADV-FLAG-003", severity: "medium", title: "Attack budget exhausted: results inconclusive" },
  "zero-gradient": { id: "ADV-FLAG-004", severity: "medium", title: "Zero gradients at clean points" },
  "softmax-output": { id: "ADV-FLAG-005", severity: "low", title: "Attacked output is probabilities, not logits" },
  "gradient-check-failed": { id: "ADV-FLAG-006", severity: "medium", title: "Exact gradients disagree with finite differences" }
};
async function readBytes(ports, path, what) {
  const st = await ports.fs.stat(path);
  if (!st) throw inputError(`${what} not found`, { file: path });
  if (!st.isFile) throw inputError(`${what} is not a file`, { file: path });
  return ports.fs.readFile(path);
}
var sha256 = (b) => createHash("sha256").update(b).digest("hex");
function configLocation(options, name, fallback) {
  const src = options.source(name) ?? "";
  const m = /^(.+?):(\d+)$/.exec(src);
  if (m && !m[1].startsWith("input ") && !m[1].startsWith("--")) return { path: m[1], startLine: Number(m[2]) };
  if (src && !src.startsWith("input ") && !src.startsWith("--") && src !== "default") return { path: src };
  return { path: fallback };
}
function parseEps(list, source) {
  const eps = list.map((s) => {
    const v = Number(s);
    if (!Number.isFinite(v) || v <= 0) throw usageError(`eps: "${s}" is not a positive number (${source})`);
    return v;
  });
  return [...new Set(eps)].sort((a, b) => a - b);
}
async function openTarget(options, ports, file, set, sample, gradients) {
  const probeRows = sample.slice(0, 64);
  const probe = new Float32Array(probeRows.length * set.d);
  probeRows.forEach((r, i) => probe.set(set.x.subarray(r * set.d, (r + 1) * set.d), i * set.d));
  const outputKind = options.string("output-kind") ?? "auto";
  if (file) {
    const bytes = await readBytes(ports, file, "model file");
    const output = options.string("output");
    return onnxTarget(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      file,
      backend: options.string("backend") ?? "auto",
      ...output ? { output } : {},
      outputKind,
      features: set.d,
      probe,
      gradients,
      log: ports.log
    });
  }
  const url = options.string("endpoint");
  const auth = options.string("endpoint-auth");
  const template = options.string("endpoint-request-template");
  const path = options.string("endpoint-response-path");
  return endpointTarget({
    url,
    format: options.string("endpoint-format") ?? "kserve-v1",
    allowedHosts: options.list("endpoint-allowed-hosts") ?? [],
    ...auth ? { auth } : {},
    authHeader: options.string("endpoint-auth-header") ?? "Authorization",
    batchSize: options.number("endpoint-batch-size") ?? 64,
    rateLimit: options.number("endpoint-rate-limit") ?? 20,
    timeoutMs: (options.number("endpoint-timeout") ?? 30) * 1e3,
    outputKind,
    inputName: options.string("endpoint-input-name") ?? "input-0",
    ...template ? { requestTemplate: template } : {},
    ...path ? { responsePath: path } : {},
    features: set.d,
    probe,
    fetch: ports.fetch,
    clock: ports.clock,
    log: ports.log
  });
}
async function runAdversarialTest(options, ports) {
  const model2 = options.string("model");
  const endpoint = options.string("endpoint");
  if (!model2 === !endpoint) throw usageError("give exactly one of model (an ONNX file) or endpoint (a URL)", { hint: "e.g. --model models/fraud.onnx --data data/eval.csv --label is_fraud" });
  if (endpoint && !(options.boolean("allow-network") ?? false)) throw usageError("endpoint mode needs allow-network: true", { hint: "network access is off unless allowed; also list the host in endpoint-allowed-hosts" });
  const dataPath = options.string("data");
  if (!dataPath) throw usageError("data (the evaluation set) is required", { hint: "--data data/eval.csv" });
  const label = options.string("label") ?? "label";
  const seed = options.number("seed") ?? 0;
  const norm = options.string("norm") ?? "linf";
  const eps = parseEps(options.list("eps") ?? ["0.01", "0.02", "0.05", "0.1"], options.source("eps") ?? "eps");
  const minRobust = options.number("min-robust-accuracy");
  const gateEps = options.number("gate-eps") ?? (minRobust !== void 0 || options.string("base-model") ? eps[eps.length - 1] : void 0);
  if (gateEps !== void 0 && !eps.includes(gateEps)) {
    eps.push(gateEps);
    eps.sort((a, b) => a - b);
  }
  const featuresPath = options.string("features");
  let spec;
  if (featuresPath) spec = parseFeatureSpec((await readBytes(ports, featuresPath, "feature spec")).toString("utf8"), featuresPath);
  const dataBytes = await readBytes(ports, dataPath, "evaluation set");
  const table = await readTable(dataPath, { fs: ports.fs, workspace: ports.workspace }, spec ? { columns: [...spec.features.map((f) => f.name), label] } : {});
  if (!spec) spec = implicitSpec(table.columns.map((c) => c.name).filter((n) => n !== label));
  const space = buildSpace(spec, !!featuresPath);
  if (minRobust !== void 0 && !space.bounded) {
    throw configError("an epsilon gate (min-robust-accuracy) needs a declared feature space: every mutable feature needs min and max in the feature spec (or space: normalized)", {
      hint: "an epsilon on raw features is meaningless (one Amount unit dwarfs a ratio); set features: to a spec with bounds",
      ...featuresPath ? { file: featuresPath } : {}
    });
  }
  if (!space.bounded) ports.log.warning("adversarial-test: no bounds for some mutable features: epsilon is measured in their raw units and the robustness figures are hard to compare (declare them in a feature spec)");
  const set = evalSetFromTable(table, spec.features.map((f) => f.name), label);
  const sample = stratifiedSample(set, options.number("samples") ?? 300, seed);
  const kind = options.string("criterion") ?? "untargeted";
  const positive = options.number("positive-class") ?? 1;
  const thresholdOpt = options.number("threshold");
  const threshold = thresholdOpt ?? (kind === "directional" ? 0.5 : void 0);
  const setup = { set, space, spec, sample, criterion: { kind, positive, ...threshold !== void 0 ? { threshold } : {} } };
  const attacksOpt = options.list("attack");
  for (const a of attacksOpt ?? []) if (!ATTACKS.includes(a)) throw usageError(`attack: unknown attack ${a}`, { hint: `known: ${ATTACKS.join(", ")}` });
  const wantsGradients = !attacksOpt || attacksOpt.some((a) => WHITE_BOX.includes(a));
  const headRun = await attackModel(options, ports, model2, setup, { norm, eps, seed, attacksOpt, wantsGradients });
  const { target, result, cfg, gradientInfo } = headRun;
  const metricName = kind === "directional" ? "robust recall" : "robust accuracy";
  const metricAt = (r, e) => {
    const row = r.perEps.find((p) => p.eps === e);
    return (kind === "directional" ? row.robustRecall : row.robustAccuracy) ?? 0;
  };
  const findings = [];
  const where = model2 ?? featuresPath ?? dataPath;
  let gate;
  if (minRobust !== void 0 && gateEps !== void 0) {
    const value = metricAt(result, gateEps);
    gate = { eps: gateEps, min: minRobust, value, passed: value >= minRobust };
    if (!gate.passed) {
      findings.push(
        makeFinding({
          tool: TOOL,
          ruleId: "ADV-ROBUST-001",
          severity: "high",
          title: `${metricName} below the gate`,
          message: `${metricName} at ${norm} eps ${gateEps} is ${(value * 100).toFixed(1)}% (95% CI ${ciText(result, gateEps, kind)}), below the required ${(minRobust * 100).toFixed(1)}% on ${result.n} samples of ${dataPath}`,
          location: configLocation(options, "min-robust-accuracy", where),
          help: { text: "Adversarial training, input validation of the features an attacker controls, or monotone constraints raise robustness; lowering the gate needs a reason.", uri: HELP },
          logicalKey: `${target.description}|${norm}|${gateEps}`,
          properties: { eps: gateEps, norm, value, required: minRobust, metric: metricName }
        })
      );
    }
  }
  let regression;
  const baseModel = options.string("base-model");
  if (baseModel && gateEps !== void 0) {
    const base = await attackModel(options, ports, baseModel, setup, { norm, eps, seed, attacksOpt, wantsGradients });
    await base.target.release();
    const e = eps.indexOf(gateEps);
    let b = 0;
    let c = 0;
    const newlyVulnerableRows = [];
    result.robustMatrix.forEach((row, i) => {
      const head = row[e];
      const was = base.result.robustMatrix[i][e];
      if (was && !head) {
        b++;
        newlyVulnerableRows.push(set.rows[sample[i]]);
      }
      if (!was && head) c++;
    });
    const baseValue = metricAt(base.result, gateEps);
    const headValue = metricAt(result, gateEps);
    const drop = baseValue - headValue;
    const pValue = mcnemarExact(b, c);
    const maxDrop = options.number("max-regression") ?? 0.02;
    regression = { base: baseModel, baseValue, headValue, drop: round(drop), pValue: round(pValue), failed: drop > maxDrop };
    if (drop > maxDrop) {
      findings.push(
        makeFinding({
          tool: TOOL,
          ruleId: "ADV-ROBUST-002",
          severity: pValue < 0.05 ? "high" : "medium",
          title: `${metricName} regressed against the base model`,
          message: `${metricName} at ${norm} eps ${gateEps} dropped from ${(baseValue * 100).toFixed(1)}% (${baseModel}) to ${(headValue * 100).toFixed(1)}%, more than the allowed ${(maxDrop * 100).toFixed(1)} points; ${b} samples became vulnerable (data rows ${newlyVulnerableRows.slice(0, 8).join(", ")}${b > 8 ? ", ..." : ""}), ${c} became robust (exact McNemar p = ${pValue.toFixed(4)}${pValue < 0.05 ? "" : ", not significant at this sample size"})`,
          location: { path: model2 ?? where },
          help: { text: "Compare the training changes of this pull request; both models were attacked on identical samples, seeds and budgets.", uri: HELP },
          logicalKey: `regression|${norm}|${gateEps}`,
          properties: { base: baseModel, baseValue, headValue, newlyVulnerable: b, newlyRobust: c, pValue, newlyVulnerableRows: newlyVulnerableRows.slice(0, 50) }
        })
      );
    }
  }
  const evasionEps = gateEps ?? eps[0];
  const at = result.perEps.find((p) => p.eps === evasionEps);
  const broken = result.attacked - Math.round((at.attackSuccessRate === null ? 1 : 1 - at.attackSuccessRate) * result.attacked);
  if (broken > 0) {
    const rows = result.fragile.filter((f) => f.eps <= evasionEps);
    findings.push(
      makeFinding({
        tool: TOOL,
        ruleId: "ADV-EVASION-003",
        severity: "medium",
        title: kind === "directional" ? "Flagged positives evade detection under small perturbations" : "Adversarial examples found within epsilon",
        message: `${broken} of ${result.attacked} attacked samples (${((at.attackSuccessRate ?? 0) * 100).toFixed(1)}%) change decision within ${norm} eps ${evasionEps}${rows.length ? `; e.g. data row ${rows[0].row}: ${rows[0].changes.map((c) => `${c.feature} ${c.from} -> ${c.to}`).join(", ")} (${rows[0].attack})` : ""}`,
        location: rowLocation(dataPath, rows[0]?.row),
        help: { text: "Each listed change stays inside the declared feature bounds and constraints; the features an attacker controls need validation or a more robust model.", uri: HELP },
        logicalKey: `evasion|${norm}|${evasionEps}`,
        properties: { eps: evasionEps, broken, attacked: result.attacked, examples: rows }
      })
    );
  }
  for (const f of result.natural?.features ?? []) {
    if (f.failRate < 0.05) continue;
    findings.push(
      makeFinding({
        tool: TOOL,
        ruleId: "ADV-NATURAL-004",
        severity: f.failRate >= 0.1 ? "medium" : "low",
        title: `Decisions flip when ${f.feature} moves by ${(result.natural.relative * 100).toFixed(1)}%`,
        message: `${f.flipped} of ${result.natural.rows} rows (${(f.failRate * 100).toFixed(1)}%) change decision when ${f.feature} alone is nudged by \xB1${(result.natural.relative * 100).toFixed(1)}%`,
        location: { path: featuresPath ?? dataPath },
        help: { text: "A tiny natural change of one feature should not flip a decision: check the feature's scaling and the model's dependence on it.", uri: HELP },
        logicalKey: `natural|${f.feature}`,
        properties: { feature: f.feature, failRate: f.failRate, relative: result.natural.relative }
      })
    );
  }
  for (const flag of result.flags) {
    const rule = FLAG_RULES[flag.id];
    findings.push(makeFinding({ tool: TOOL, ruleId: rule.id, severity: rule.severity, title: rule.title, message: flag.message, location: { path: where }, help: { text: "A sanity check in the spirit of AutoAttack: the robustness figure may be misleading until this is understood.", uri: HELP }, logicalKey: flag.id }));
  }
  let selfChecked;
  if (options.boolean("self-check")) {
    selfChecked = await selfCheck({ ...cfg, deadline: ports.clock.now().getTime() + (options.number("budget-seconds") ?? 600) * 1e3 }, options.string("backend") ?? "auto", ports.clock, ports.log);
    const worst = [...selfChecked.gaps].sort((a, b) => b.gap - a.gap)[0];
    if (worst && worst.gap > 0.02) {
      findings.push(
        makeFinding({
          tool: TOOL,
          ruleId: "ADV-SELFCHECK-005",
          severity: "medium",
          title: "An attack is weaker than the known optimum",
          message: `on the reference linear model, ${worst.attack} leaves robust accuracy ${(worst.robustAccuracy * 100).toFixed(1)}% at ${norm} eps ${worst.eps} where the exact value is ${(worst.exact * 100).toFixed(1)}% (gap ${(worst.gap * 100).toFixed(1)} points): with this configuration its figures are upper bounds`,
          location: { path: where },
          help: { text: "Raise budget-queries or steps, or add a stronger attack to the cascade (pgd with exact gradients, square).", uri: HELP },
          logicalKey: `self-check|${worst.attack}|${norm}`,
          properties: { ...worst }
        })
      );
    }
    if (selfChecked.minimalNormRatio !== void 0 && selfChecked.minimalNormRatio > 1.15) {
      findings.push(
        makeFinding({
          tool: TOOL,
          ruleId: "ADV-SELFCHECK-005",
          severity: "medium",
          title: "The minimal-norm attack is far from the known optimum",
          message: `on the reference linear model, HopSkipJump's median distance is ${selfChecked.minimalNormRatio}x the exact minimal ${norm} perturbation: raise budget-queries`,
          location: { path: where },
          help: { text: "HopSkipJump needs a few thousand queries per sample to get within 15% of the optimum.", uri: HELP },
          logicalKey: `self-check|hopskipjump|${norm}`,
          properties: { ratio: selfChecked.minimalNormRatio }
        })
      );
    }
  }
  const robustAt = {};
  const recallAt = {};
  for (const p of result.perEps) {
    robustAt[String(p.eps)] = p.robustAccuracy;
    if (p.robustRecall !== void 0) recallAt[String(p.eps)] = p.robustRecall;
  }
  const report = { target: target.description, backend: target.backend, norm, metricName, result, ...gate ? { gate } : {}, ...regression ? { regression } : {} };
  const htmlPath = options.string("html-report") ?? "mlguard-adversarial-test.html";
  await ports.fs.writeFile(htmlPath, htmlReport(report));
  ports.setOutput?.("html-report", htmlPath);
  ports.setOutput?.("robust-accuracy", JSON.stringify(robustAt));
  const modelBytes2 = model2 ? await ports.fs.readFile(model2) : void 0;
  const metrics = {
    backend: target.backend,
    model: model2 ? { path: model2, sha256: sha256(modelBytes2) } : { endpoint, ...target.info },
    modelInfo: target.info,
    data: { path: dataPath, sha256: sha256(dataBytes), rows: set.n, label, classes: set.classNames },
    featureSpace: { declared: space.declared, bounded: space.bounded, features: space.d, immutable: space.d - space.mutable.reduce((a, b) => a + b, 0) },
    config: { norm, eps, attacks: cfg.attacks, samples: result.n, seed, budgetQueries: cfg.budgetQueries, totalQueries: cfg.totalQueries, steps: cfg.steps, mode: cfg.mode, criterion: kind, positiveClass: positive, ...threshold !== void 0 ? { threshold } : {} },
    gradient: gradientInfo,
    samples: result.n,
    attacked: result.attacked,
    skipped: result.skipped,
    cleanAccuracy: result.perEps[0]?.cleanAccuracy ?? null,
    robustAccuracy: robustAt,
    ...kind === "directional" ? { cleanRecall: result.perEps[0]?.cleanRecall ?? null, robustRecall: recallAt } : {},
    curve: result.perEps,
    ...result.minimalNorm ? { minimalNorm: result.minimalNorm } : {},
    ...result.natural ? { natural: result.natural } : {},
    ...gate ? { gate } : {},
    ...regression ? { regression } : {},
    ...selfChecked ? { selfCheck: selfChecked } : {},
    flags: result.flags.map((f) => f.id),
    fragile: result.fragile,
    queries: result.totalQueries,
    htmlReport: htmlPath
  };
  await target.release();
  return {
    target: `${target.description} on ${dataPath}`,
    findings,
    metrics: JSON.parse(JSON.stringify(metrics)),
    summaryMarkdown: markdownReport(report),
    attachments: [htmlPath]
  };
}
function rowLocation(path, row) {
  if (row === void 0) return { path };
  if (/\.(csv|tsv|txt)$/i.test(path)) return { path, startLine: row + 1 };
  if (/\.(jsonl|ndjson)$/i.test(path)) return { path, startLine: row };
  return { path };
}
function ciText(r, eps, kind) {
  const row = r.perEps.find((p) => p.eps === eps);
  const ci = kind === "directional" ? row.robustRecallCI : row.robustAccuracyCI;
  return ci ? `${(ci[0] * 100).toFixed(1)}\u2013${(ci[1] * 100).toFixed(1)}%` : "n/a";
}
async function attackModel(options, ports, model2, setup, o) {
  const { set, space, sample } = setup;
  const target = await openTarget(options, ports, model2, set, sample, o.wantsGradients);
  if (target.d !== space.d) throw inputError(`the model takes ${target.d} features but the feature spec lists ${space.d}`, { file: model2 ?? options.string("endpoint") ?? "" });
  const criterion = { ...setup.criterion, classes: target.classes, output: target.output };
  if (criterion.positive >= target.classes) throw usageError(`positive-class ${criterion.positive} is not a class of a ${target.classes}-class model`);
  if (criterion.kind === "directional" && target.classes !== 2 && criterion.threshold === void 0) throw usageError("the directional criterion needs a threshold for a multi-class model");
  const gradientInfo = { ...target.info.gradient ?? { method: target.output === "label" ? "none (label-only)" : "spsa" } };
  const extraFlags = [];
  if (target.gradient) {
    const rows = sample.slice(0, 8);
    const x = new Float32Array(rows.length * set.d);
    rows.forEach((r, i) => x.set(set.x.subarray(r * set.d, (r + 1) * set.d), i * set.d));
    const rng = rngFor(o.seed, "gradient-check");
    const up = Float32Array.from({ length: rows.length * target.classes }, () => rng.gaussian());
    const steps = Array.from(setup.space.scale, (v) => Number.isFinite(v) && v > 0 ? v * 1e-3 : 1e-3);
    const err = await gradientCheck(target, x, rows.length, 16, up, steps);
    gradientInfo.checkRelErrorP90 = round(err, 8);
    if (!(err <= GRADIENT_TOLERANCE)) {
      extraFlags.push({ id: "gradient-check-failed", message: `exact gradients differ from central finite differences by ${err.toExponential(2)} (relative); SPSA estimates are used instead` });
      delete target.gradient;
      gradientInfo.method = "spsa";
    } else {
      const zero = await zeroGradientShare(target, criterion, x, rows.map((r) => set.labels[r]));
      if (zero > 0.5) extraFlags.push({ id: "zero-gradient", message: `the margin gradient is exactly zero at ${(zero * 100).toFixed(0)}% of checked clean points: gradient attacks are blind there (saturation or a step function)` });
    }
  }
  let attacks;
  if (o.attacksOpt) attacks = o.attacksOpt;
  else if (target.output === "label") attacks = ["hopskipjump"];
  else attacks = [target.gradient ? "pgd" : "spsa-pgd", "square", "simba", "hopskipjump"];
  if (target.output === "label" && attacks.some((a) => a !== "hopskipjump")) throw usageError("a label-only endpoint supports only the decision-based attack hopskipjump", { hint: "attack: hopskipjump, or return scores from the endpoint" });
  const imageShape = target.info.imageShape;
  const modeOpt = options.string("mode") ?? "auto";
  const mode = modeOpt === "auto" ? imageShape ? "window" : "subset" : modeOpt;
  if (mode === "window" && !imageShape) throw usageError("mode window needs an image model input [N, C, H, W]");
  const budgetQueries = options.number("budget-queries") ?? 1e3;
  const budgetSeconds = options.number("budget-seconds") ?? 600;
  const start = ports.clock.now().getTime();
  const cfg = {
    norm: o.norm,
    eps: o.eps,
    attacks,
    seed: o.seed,
    budgetQueries,
    totalQueries: options.number("budget-total-queries") ?? 5e6,
    deadline: start + budgetSeconds * 1e3,
    steps: options.number("steps") ?? 20,
    mode,
    ...imageShape ? { imageShape } : {},
    natural: options.number("natural-perturbation") ?? 0.01
  };
  const probeN = Math.min(sample.length, 256);
  const px = new Float32Array(probeN * set.d);
  for (let i = 0; i < probeN; i++) px.set(set.x.subarray(sample[i] * set.d, (sample[i] + 1) * set.d), i * set.d);
  const t0 = ports.clock.now().getTime();
  await target.predict(px, probeN);
  const perRowMs = Math.max(ports.clock.now().getTime() - t0, 0.01) / probeN;
  const worstRows = Math.min(cfg.totalQueries, sample.length * budgetQueries * attacks.length * o.eps.length);
  const estimate = worstRows * perRowMs / 1e3;
  ports.log.info(`adversarial-test: ${sample.length} samples, ${attacks.join(" > ")}, ${o.norm} eps ${o.eps.join(", ")} on ${target.backend}; worst case ${worstRows} queries, about ${estimate.toFixed(1)} s at the measured ${(1e3 / perRowMs).toFixed(0)} rows/s (budget ${budgetSeconds} s)`);
  if (estimate > budgetSeconds) ports.log.warning(`adversarial-test: the worst-case estimate (${estimate.toFixed(0)} s) exceeds budget-seconds (${budgetSeconds}); samples left when time runs out are reported as inconclusive`);
  const result = await evaluateRobustness(target, space, criterion, set, sample, cfg, ports.clock, ports.log);
  result.flags.unshift(...extraFlags);
  return { target, result, cfg, gradientInfo };
}

// packages/adversarial-test/src/options.ts
var ADVERSARIAL_OPTIONS = [
  { name: "model", type: "string", description: "ONNX model file to attack (relative to the repository root)." },
  { name: "endpoint", type: "string", description: "URL of an HTTP inference endpoint to attack instead of a model file (needs endpoint-allowed-hosts and allow-network)." },
  { name: "data", type: "string", description: "Evaluation set (CSV, TSV, JSON Lines or Parquet) with the feature columns and the label column." },
  { name: "label", type: "string", description: "Label column of the evaluation set.", default: "label" },
  { name: "features", type: "string", description: "Feature spec (YAML/JSON): features in model input order with bounds, scale, immutable, integer, monotone; one-hot groups. Required for an epsilon gate." },
  { name: "norm", type: "enum", values: ["linf", "l2"], description: "Perturbation norm, measured in the feature spec's scaled space.", default: "linf" },
  { name: "eps", type: "list", description: "Epsilon grid (the robustness curve), e.g. 0.01,0.02,0.05,0.1.", default: ["0.01", "0.02", "0.05", "0.1"] },
  { name: "attack", type: "list", description: `Attacks in cascade order (${ATTACKS.join(", ")}); default: pgd (exact gradients) or spsa-pgd, square, simba, hopskipjump; only hopskipjump for label-only endpoints.` },
  { name: "samples", type: "number", description: "Rows attacked (a seeded sample stratified by label).", default: 300, minimum: 1 },
  { name: "seed", type: "number", description: "Seed of every random choice: same inputs and seed give the same result.", default: 0 },
  { name: "budget-queries", type: "number", description: "Model queries per sample per attack.", default: 1e3, minimum: 1 },
  { name: "budget-total-queries", type: "number", description: "Model queries for the whole run; samples left when it runs out are reported as inconclusive.", default: 5e6, minimum: 1 },
  { name: "budget-seconds", type: "number", description: "Wall-clock budget of the attacks; an estimate is printed before the run.", default: 600, minimum: 1 },
  { name: "criterion", type: "enum", values: ["untargeted", "directional"], description: "untargeted: any decision change; directional: flagged positives pushed below the threshold (the gate then reads robust recall).", default: "untargeted" },
  { name: "positive-class", type: "number", description: "Class index of the positive (fraud) class.", default: 1, minimum: 0 },
  { name: "threshold", type: "number", description: "Operating threshold on p(positive) (directional default 0.5; untargeted default: argmax).", minimum: 0, maximum: 1 },
  { name: "min-robust-accuracy", type: "number", description: "Gate: robust accuracy (robust recall for the directional criterion) at gate-eps must be at least this.", minimum: 0, maximum: 1 },
  { name: "gate-eps", type: "number", description: "Epsilon at which the gate reads the robust metric (default: the largest of eps).", minimum: 0 },
  { name: "base-model", type: "string", description: "The base branch's model file: attacked on identical samples and seeds for the regression gate." },
  { name: "max-regression", type: "number", description: "Regression gate: largest accepted drop of the robust metric against base-model (0.02 = 2 points).", default: 0.02, minimum: 0, maximum: 1 },
  { name: "backend", type: "enum", values: ["auto", "node", "wasm"], description: "onnxruntime backend: native onnxruntime-node when installed, else onnxruntime-web (WASM).", default: "auto" },
  { name: "output", type: "string", description: "Model output tensor with the scores (default: a logits output, else probabilities)." },
  { name: "output-kind", type: "enum", values: ["auto", "logits", "probabilities", "label"], description: "What the scores are; auto infers it from clean predictions (label: endpoints that return only the decision).", default: "auto" },
  { name: "natural-perturbation", type: "number", description: "Relative nudge of the natural-perturbation check (0.01 = 1% per feature; 0 turns it off).", default: 0.01, minimum: 0 },
  { name: "mode", type: "enum", values: ["auto", "subset", "window"], description: "Square Attack proposals: feature subsets (tabular) or image windows; auto picks window for [N,C,H,W] inputs.", default: "auto" },
  { name: "steps", type: "number", description: "PGD / SPSA-PGD steps.", default: 20, minimum: 1 },
  { name: "self-check", type: "boolean", description: "Also run the configured attacks against a reference linear model whose minimal perturbation is known in closed form, and report each attack's gap to the optimum.", default: false },
  { name: "html-report", type: "string", description: "Where to write the HTML report with the robustness curve as SVG.", default: "mlguard-adversarial-test.html" },
  { name: "endpoint-format", type: "enum", values: ["kserve-v1", "kserve-v2", "tf-serving", "custom"], description: "Request/response shape of the endpoint.", default: "kserve-v1" },
  { name: "endpoint-allowed-hosts", type: "list", description: "Hosts (host or host:port) the endpoint may be on; any other host is refused." },
  { name: "endpoint-auth", type: "string", secret: true, description: "Authorization header value for the endpoint (pass it from a secret)." },
  { name: "endpoint-auth-header", type: "string", description: "Header that carries endpoint-auth.", default: "Authorization" },
  { name: "endpoint-batch-size", type: "number", description: "Rows per endpoint request.", default: 64, minimum: 1 },
  { name: "endpoint-rate-limit", type: "number", description: "Endpoint requests per second (0: unlimited).", default: 20, minimum: 0 },
  { name: "endpoint-timeout", type: "number", description: "Seconds to wait for one endpoint response.", default: 30, minimum: 1e-3 },
  { name: "endpoint-input-name", type: "string", description: "KServe v2 input tensor name.", default: "input-0" },
  { name: "endpoint-request-template", type: "string", description: "Custom format: JSON request body with the placeholder {{rows}} (a list of feature lists)." },
  { name: "endpoint-response-path", type: "string", description: "Custom format: dotted path to the scores in the response (e.g. result.scores); KServe v2: the output name." },
  { name: "allow-network", type: "boolean", description: "Allow network access (needed for endpoint mode).", default: false }
];

// packages/adversarial-test/src/index.ts
var adversarialTestTool = {
  tool: "adversarial-test",
  description: "Attack an ONNX model or inference endpoint with adversarial examples (Square, SimBA, HopSkipJump, PGD) and gate on robust accuracy.",
  options: ADVERSARIAL_OPTIONS,
  run: runAdversarialTest
};
export {
  ADVERSARIAL_OPTIONS,
  adversarialTestTool,
  evaluateRobustness
};
