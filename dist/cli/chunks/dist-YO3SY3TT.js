import { createRequire as __mlguardCreateRequire } from 'node:module';
import { fileURLToPath as __mlguardFileURLToPath } from 'node:url';
import { dirname as __mlguardDirname } from 'node:path';
var require = __mlguardCreateRequire(import.meta.url);
var __filename = __mlguardFileURLToPath(import.meta.url);
var __dirname = __mlguardDirname(__filename);
import {
  __commonJS
} from "./chunk-BVJNMDPU.js";

// node_modules/ohm-js/dist/ohm.cjs
var require_ohm = __commonJS({
  "node_modules/ohm-js/dist/ohm.cjs"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function abstract(optMethodName) {
      const methodName = optMethodName || "";
      return function() {
        throw new Error(
          "this method " + methodName + " is abstract! (it has no implementation in class " + this.constructor.name + ")"
        );
      };
    }
    function assert(cond, message) {
      if (!cond) {
        throw new Error(message || "Assertion failed");
      }
    }
    function defineLazyProperty(obj, propName, getterFn) {
      let memo;
      Object.defineProperty(obj, propName, {
        get() {
          if (!memo) {
            memo = getterFn.call(this);
          }
          return memo;
        }
      });
    }
    function clone(obj) {
      if (obj) {
        return Object.assign({}, obj);
      }
      return obj;
    }
    function repeatFn(fn, n) {
      const arr = [];
      while (n-- > 0) {
        arr.push(fn());
      }
      return arr;
    }
    function repeatStr(str, n) {
      return new Array(n + 1).join(str);
    }
    function repeat(x, n) {
      return repeatFn(() => x, n);
    }
    function getDuplicates(array) {
      const duplicates = [];
      for (let idx = 0; idx < array.length; idx++) {
        const x = array[idx];
        if (array.lastIndexOf(x) !== idx && duplicates.indexOf(x) < 0) {
          duplicates.push(x);
        }
      }
      return duplicates;
    }
    function copyWithoutDuplicates(array) {
      const noDuplicates = [];
      array.forEach((entry) => {
        if (noDuplicates.indexOf(entry) < 0) {
          noDuplicates.push(entry);
        }
      });
      return noDuplicates;
    }
    function isSyntactic(ruleName) {
      const firstChar = ruleName[0];
      return firstChar === firstChar.toUpperCase();
    }
    function isLexical(ruleName) {
      return !isSyntactic(ruleName);
    }
    function padLeft(str, len, optChar) {
      const ch = optChar || " ";
      if (str.length < len) {
        return repeatStr(ch, len - str.length) + str;
      }
      return str;
    }
    function StringBuffer() {
      this.strings = [];
    }
    StringBuffer.prototype.append = function(str) {
      this.strings.push(str);
    };
    StringBuffer.prototype.contents = function() {
      return this.strings.join("");
    };
    var escapeUnicode = (str) => String.fromCodePoint(parseInt(str, 16));
    function unescapeCodePoint(s) {
      if (s.charAt(0) === "\\") {
        switch (s.charAt(1)) {
          case "b":
            return "\b";
          case "f":
            return "\f";
          case "n":
            return "\n";
          case "r":
            return "\r";
          case "t":
            return "	";
          case "v":
            return "\v";
          case "x":
            return escapeUnicode(s.slice(2, 4));
          case "u":
            return s.charAt(2) === "{" ? escapeUnicode(s.slice(3, -1)) : escapeUnicode(s.slice(2, 6));
          default:
            return s.charAt(1);
        }
      } else {
        return s;
      }
    }
    function unexpectedObjToString(obj) {
      if (obj == null) {
        return String(obj);
      }
      const baseToString = Object.prototype.toString.call(obj);
      try {
        let typeName;
        if (obj.constructor && obj.constructor.name) {
          typeName = obj.constructor.name;
        } else if (baseToString.indexOf("[object ") === 0) {
          typeName = baseToString.slice(8, -1);
        } else {
          typeName = typeof obj;
        }
        return typeName + ": " + JSON.stringify(String(obj));
      } catch {
        return baseToString;
      }
    }
    function checkNotNull(obj, message = "unexpected null value") {
      if (obj == null) {
        throw new Error(message);
      }
      return obj;
    }
    var common = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      abstract,
      assert,
      defineLazyProperty,
      clone,
      repeatFn,
      repeatStr,
      repeat,
      getDuplicates,
      copyWithoutDuplicates,
      isSyntactic,
      isLexical,
      padLeft,
      StringBuffer,
      unescapeCodePoint,
      unexpectedObjToString,
      checkNotNull
    });
    var toRegExp = (val) => new RegExp(String.raw`\p{${val}}`, "u");
    var UnicodeCategories = Object.fromEntries(
      [
        "Cc",
        "Cf",
        "Cn",
        "Co",
        "Cs",
        "Ll",
        "Lm",
        "Lo",
        "Lt",
        "Lu",
        "Mc",
        "Me",
        "Mn",
        "Nd",
        "Nl",
        "No",
        "Pc",
        "Pd",
        "Pe",
        "Pf",
        "Pi",
        "Po",
        "Ps",
        "Sc",
        "Sk",
        "Sm",
        "So",
        "Zl",
        "Zp",
        "Zs"
      ].map((cat) => [cat, toRegExp(cat)])
    );
    UnicodeCategories["Ltmo"] = new RegExp("\\p{Lt}|\\p{Lm}|\\p{Lo}", "u");
    var UnicodeBinaryProperties = Object.fromEntries(
      ["XID_Start", "XID_Continue", "White_Space"].map((prop) => [prop, toRegExp(prop)])
    );
    var PExpr = class _PExpr {
      constructor() {
        if (this.constructor === _PExpr) {
          throw new Error("PExpr cannot be instantiated -- it's abstract");
        }
      }
      // Set the `source` property to the interval containing the source for this expression.
      withSource(interval) {
        if (interval) {
          this.source = interval.trimmed();
        }
        return this;
      }
    };
    var any = Object.create(PExpr.prototype);
    var end = Object.create(PExpr.prototype);
    var Terminal = class extends PExpr {
      constructor(obj) {
        super();
        this.obj = obj;
      }
    };
    var Range = class extends PExpr {
      constructor(from, to) {
        super();
        this.from = from;
        this.to = to;
        this.matchCodePoint = from.length > 1 || to.length > 1;
      }
    };
    var Param = class extends PExpr {
      constructor(index) {
        super();
        this.index = index;
      }
    };
    var Alt = class extends PExpr {
      constructor(terms) {
        super();
        this.terms = terms;
      }
    };
    var Extend = class extends Alt {
      constructor(superGrammar, name, body) {
        const origBody = superGrammar.rules[name].body;
        super([body, origBody]);
        this.superGrammar = superGrammar;
        this.name = name;
        this.body = body;
      }
    };
    var Splice = class extends Alt {
      constructor(superGrammar, ruleName, beforeTerms, afterTerms) {
        const origBody = superGrammar.rules[ruleName].body;
        super([...beforeTerms, origBody, ...afterTerms]);
        this.superGrammar = superGrammar;
        this.ruleName = ruleName;
        this.expansionPos = beforeTerms.length;
      }
    };
    var Seq = class extends PExpr {
      constructor(factors) {
        super();
        this.factors = factors;
      }
    };
    var Iter = class extends PExpr {
      constructor(expr) {
        super();
        this.expr = expr;
      }
    };
    var Star = class extends Iter {
    };
    var Plus = class extends Iter {
    };
    var Opt = class extends Iter {
    };
    Star.prototype.operator = "*";
    Plus.prototype.operator = "+";
    Opt.prototype.operator = "?";
    Star.prototype.minNumMatches = 0;
    Plus.prototype.minNumMatches = 1;
    Opt.prototype.minNumMatches = 0;
    Star.prototype.maxNumMatches = Number.POSITIVE_INFINITY;
    Plus.prototype.maxNumMatches = Number.POSITIVE_INFINITY;
    Opt.prototype.maxNumMatches = 1;
    var Not = class extends PExpr {
      constructor(expr) {
        super();
        this.expr = expr;
      }
    };
    var Lookahead = class extends PExpr {
      constructor(expr) {
        super();
        this.expr = expr;
      }
    };
    var Lex = class extends PExpr {
      constructor(expr) {
        super();
        this.expr = expr;
      }
    };
    var Apply = class extends PExpr {
      constructor(ruleName, args = []) {
        super();
        this.ruleName = ruleName;
        this.args = args;
      }
      isSyntactic() {
        return isSyntactic(this.ruleName);
      }
      // This method just caches the result of `this.toString()` in a non-enumerable property.
      toMemoKey() {
        if (!this._memoKey) {
          Object.defineProperty(this, "_memoKey", { value: this.toString() });
        }
        return this._memoKey;
      }
    };
    var UnicodeChar = class extends PExpr {
      constructor(categoryOrProp) {
        super();
        this.categoryOrProp = categoryOrProp;
        if (categoryOrProp in UnicodeCategories) {
          this.pattern = UnicodeCategories[categoryOrProp];
        } else if (categoryOrProp in UnicodeBinaryProperties) {
          this.pattern = UnicodeBinaryProperties[categoryOrProp];
        } else {
          throw new Error(
            `Invalid Unicode category or property name: ${JSON.stringify(categoryOrProp)}`
          );
        }
      }
    };
    function createError(message, optInterval) {
      let e;
      if (optInterval) {
        e = new Error(optInterval.getLineAndColumnMessage() + message);
        e.shortMessage = message;
        e.interval = optInterval;
      } else {
        e = new Error(message);
      }
      return e;
    }
    function intervalSourcesDontMatch() {
      return createError("Interval sources don't match");
    }
    function grammarSyntaxError(matchFailure) {
      const e = new Error();
      Object.defineProperty(e, "message", {
        enumerable: true,
        get() {
          return matchFailure.message;
        }
      });
      Object.defineProperty(e, "shortMessage", {
        enumerable: true,
        get() {
          return "Expected " + matchFailure.getExpectedText();
        }
      });
      e.interval = matchFailure.getInterval();
      return e;
    }
    function undeclaredGrammar(grammarName, namespace, interval) {
      const message = namespace ? `Grammar ${grammarName} is not declared in namespace '${namespace}'` : "Undeclared grammar " + grammarName;
      return createError(message, interval);
    }
    function duplicateGrammarDeclaration(grammar2, namespace) {
      return createError("Grammar " + grammar2.name + " is already declared in this namespace");
    }
    function grammarDoesNotSupportIncrementalParsing(grammar2) {
      return createError(`Grammar '${grammar2.name}' does not support incremental parsing`);
    }
    function undeclaredRule(ruleName, grammarName, optInterval) {
      return createError(
        "Rule " + ruleName + " is not declared in grammar " + grammarName,
        optInterval
      );
    }
    function cannotOverrideUndeclaredRule(ruleName, grammarName, optSource) {
      return createError(
        "Cannot override rule " + ruleName + " because it is not declared in " + grammarName,
        optSource
      );
    }
    function cannotExtendUndeclaredRule(ruleName, grammarName, optSource) {
      return createError(
        "Cannot extend rule " + ruleName + " because it is not declared in " + grammarName,
        optSource
      );
    }
    function duplicateRuleDeclaration(ruleName, grammarName, declGrammarName, optSource) {
      let message = "Duplicate declaration for rule '" + ruleName + "' in grammar '" + grammarName + "'";
      if (grammarName !== declGrammarName) {
        message += " (originally declared in '" + declGrammarName + "')";
      }
      return createError(message, optSource);
    }
    function wrongNumberOfParameters(ruleName, expected, actual, source) {
      return createError(
        "Wrong number of parameters for rule " + ruleName + " (expected " + expected + ", got " + actual + ")",
        source
      );
    }
    function wrongNumberOfArguments(ruleName, expected, actual, expr) {
      return createError(
        "Wrong number of arguments for rule " + ruleName + " (expected " + expected + ", got " + actual + ")",
        expr
      );
    }
    function duplicateParameterNames(ruleName, duplicates, source) {
      return createError(
        "Duplicate parameter names in rule " + ruleName + ": " + duplicates.join(", "),
        source
      );
    }
    function invalidParameter(ruleName, expr) {
      return createError(
        "Invalid parameter to rule " + ruleName + ": " + expr + " has arity " + expr.getArity() + ", but parameter expressions must have arity 1",
        expr.source
      );
    }
    var syntacticVsLexicalNote = "NOTE: A _syntactic rule_ is a rule whose name begins with a capital letter. See https://ohmjs.org/d/svl for more details.";
    function applicationOfSyntacticRuleFromLexicalContext(ruleName, applyExpr) {
      return createError(
        "Cannot apply syntactic rule " + ruleName + " from here (inside a lexical context)",
        applyExpr.source
      );
    }
    function applySyntacticWithLexicalRuleApplication(applyExpr) {
      const { ruleName } = applyExpr;
      return createError(
        `applySyntactic is for syntactic rules, but '${ruleName}' is a lexical rule. ` + syntacticVsLexicalNote,
        applyExpr.source
      );
    }
    function unnecessaryExperimentalApplySyntactic(applyExpr) {
      return createError(
        "applySyntactic is not required here (in a syntactic context)",
        applyExpr.source
      );
    }
    function incorrectArgumentType(expectedType, expr) {
      return createError("Incorrect argument type: expected " + expectedType, expr.source);
    }
    function multipleSuperSplices(expr) {
      return createError("'...' can appear at most once in a rule body", expr.source);
    }
    function invalidCodePoint(applyWrapper) {
      const node = applyWrapper._node;
      assert(node && node.isNonterminal() && node.ctorName === "escapeChar_unicodeCodePoint");
      const digitIntervals = applyWrapper.children.slice(1, -1).map((d) => d.source);
      const fullInterval = digitIntervals[0].coverageWith(...digitIntervals.slice(1));
      return createError(
        `U+${fullInterval.contents} is not a valid Unicode code point`,
        fullInterval
      );
    }
    function kleeneExprHasNullableOperand(kleeneExpr, applicationStack) {
      const actuals = applicationStack.length > 0 ? applicationStack[applicationStack.length - 1].args : [];
      const expr = kleeneExpr.expr.substituteParams(actuals);
      let message = "Nullable expression " + expr + " is not allowed inside '" + kleeneExpr.operator + "' (possible infinite loop)";
      if (applicationStack.length > 0) {
        const stackTrace = applicationStack.map((app) => new Apply(app.ruleName, app.args)).join("\n");
        message += "\nApplication stack (most recent application last):\n" + stackTrace;
      }
      return createError(message, kleeneExpr.expr.source);
    }
    function inconsistentArity(ruleName, expected, actual, expr) {
      return createError(
        "Rule " + ruleName + " involves an alternation which has inconsistent arity (expected " + expected + ", got " + actual + ")",
        expr.source
      );
    }
    function multipleErrors(errors) {
      const messages = errors.map((e) => e.message);
      return createError(["Errors:"].concat(messages).join("\n- "), errors[0].interval);
    }
    function missingSemanticAction(ctorName, name, type, stack) {
      let stackTrace = stack.slice(0, -1).map((info) => {
        const ans = "  " + info[0].name + " > " + info[1];
        return info.length === 3 ? ans + " for '" + info[2] + "'" : ans;
      }).join("\n");
      stackTrace += "\n  " + name + " > " + ctorName;
      let moreInfo = "";
      if (ctorName === "_iter") {
        moreInfo = [
          "\nNOTE: as of Ohm v16, there is no default action for iteration nodes \u2014 see ",
          "  https://ohmjs.org/d/dsa for details."
        ].join("\n");
      }
      const message = [
        `Missing semantic action for '${ctorName}' in ${type} '${name}'.${moreInfo}`,
        "Action stack (most recent call last):",
        stackTrace
      ].join("\n");
      const e = createError(message);
      e.name = "missingSemanticAction";
      return e;
    }
    function throwErrors(errors) {
      if (errors.length === 1) {
        throw errors[0];
      }
      if (errors.length > 1) {
        throw multipleErrors(errors);
      }
    }
    function padNumbersToEqualLength(arr) {
      let maxLen = 0;
      const strings = arr.map((n) => {
        const str = n.toString();
        maxLen = Math.max(maxLen, str.length);
        return str;
      });
      return strings.map((s) => padLeft(s, maxLen));
    }
    function strcpy(dest, src, offset) {
      const origDestLen = dest.length;
      const start = dest.slice(0, offset);
      const end2 = dest.slice(offset + src.length);
      return (start + src + end2).substr(0, origDestLen);
    }
    function lineAndColumnToMessage(...ranges) {
      const lineAndCol = this;
      const { offset } = lineAndCol;
      const { repeatStr: repeatStr2 } = common;
      const sb = new StringBuffer();
      sb.append("Line " + lineAndCol.lineNum + ", col " + lineAndCol.colNum + ":\n");
      const lineNumbers = padNumbersToEqualLength([
        lineAndCol.prevLine == null ? 0 : lineAndCol.lineNum - 1,
        lineAndCol.lineNum,
        lineAndCol.nextLine == null ? 0 : lineAndCol.lineNum + 1
      ]);
      const appendLine = (num, content, prefix) => {
        sb.append(prefix + lineNumbers[num] + " | " + content + "\n");
      };
      if (lineAndCol.prevLine != null) {
        appendLine(0, lineAndCol.prevLine, "  ");
      }
      appendLine(1, lineAndCol.line, "> ");
      const lineLen = lineAndCol.line.length;
      let indicationLine = repeatStr2(" ", lineLen + 1);
      for (let i = 0; i < ranges.length; ++i) {
        let startIdx = ranges[i][0];
        let endIdx = ranges[i][1];
        assert(startIdx >= 0 && startIdx <= endIdx, "range start must be >= 0 and <= end");
        const lineStartOffset = offset - lineAndCol.colNum + 1;
        startIdx = Math.max(0, startIdx - lineStartOffset);
        endIdx = Math.min(endIdx - lineStartOffset, lineLen);
        indicationLine = strcpy(indicationLine, repeatStr2("~", endIdx - startIdx), startIdx);
      }
      const gutterWidth = 2 + lineNumbers[1].length + 3;
      sb.append(repeatStr2(" ", gutterWidth));
      indicationLine = strcpy(indicationLine, "^", lineAndCol.colNum - 1);
      sb.append(indicationLine.replace(/ +$/, "") + "\n");
      if (lineAndCol.nextLine != null) {
        appendLine(2, lineAndCol.nextLine, "  ");
      }
      return sb.contents();
    }
    var builtInRulesCallbacks = [];
    function awaitBuiltInRules(cb) {
      builtInRulesCallbacks.push(cb);
    }
    function announceBuiltInRules(grammar2) {
      builtInRulesCallbacks.forEach((cb) => {
        cb(grammar2);
      });
      builtInRulesCallbacks = null;
    }
    function getLineAndColumn(str, offset) {
      let lineNum = 1;
      let colNum = 1;
      let currOffset = 0;
      let lineStartOffset = 0;
      let nextLine = null;
      let prevLine = null;
      let prevLineStartOffset = -1;
      while (currOffset < offset) {
        const c = str.charAt(currOffset++);
        if (c === "\n") {
          lineNum++;
          colNum = 1;
          prevLineStartOffset = lineStartOffset;
          lineStartOffset = currOffset;
        } else if (c !== "\r") {
          colNum++;
        }
      }
      let lineEndOffset = str.indexOf("\n", lineStartOffset);
      if (lineEndOffset === -1) {
        lineEndOffset = str.length;
      } else {
        const nextLineEndOffset = str.indexOf("\n", lineEndOffset + 1);
        nextLine = nextLineEndOffset === -1 ? str.slice(lineEndOffset) : str.slice(lineEndOffset, nextLineEndOffset);
        nextLine = nextLine.replace(/^\r?\n/, "").replace(/\r$/, "");
      }
      if (prevLineStartOffset >= 0) {
        prevLine = str.slice(prevLineStartOffset, lineStartOffset).replace(/\r?\n$/, "");
      }
      const line = str.slice(lineStartOffset, lineEndOffset).replace(/\r$/, "");
      return {
        offset,
        lineNum,
        colNum,
        line,
        prevLine,
        nextLine,
        toString: lineAndColumnToMessage
      };
    }
    function getLineAndColumnMessage(str, offset, ...ranges) {
      return getLineAndColumn(str, offset).toString(...ranges);
    }
    var uniqueId = /* @__PURE__ */ (() => {
      let idCounter = 0;
      return (prefix) => "" + prefix + idCounter++;
    })();
    var Interval = class _Interval {
      constructor(sourceString, startIdx, endIdx) {
        Object.defineProperty(this, "_sourceString", {
          value: sourceString,
          configurable: false,
          enumerable: false,
          writable: false
        });
        this.startIdx = startIdx;
        this.endIdx = endIdx;
      }
      get sourceString() {
        return this._sourceString;
      }
      get contents() {
        if (this._contents === void 0) {
          this._contents = this.sourceString.slice(this.startIdx, this.endIdx);
        }
        return this._contents;
      }
      get length() {
        return this.endIdx - this.startIdx;
      }
      coverageWith(...intervals) {
        return _Interval.coverage(...intervals, this);
      }
      collapsedLeft() {
        return new _Interval(this.sourceString, this.startIdx, this.startIdx);
      }
      collapsedRight() {
        return new _Interval(this.sourceString, this.endIdx, this.endIdx);
      }
      getLineAndColumn() {
        return getLineAndColumn(this.sourceString, this.startIdx);
      }
      getLineAndColumnMessage() {
        const range = [this.startIdx, this.endIdx];
        return getLineAndColumnMessage(this.sourceString, this.startIdx, range);
      }
      // Returns an array of 0, 1, or 2 intervals that represents the result of the
      // interval difference operation.
      minus(that) {
        if (this.sourceString !== that.sourceString) {
          throw intervalSourcesDontMatch();
        } else if (this.startIdx === that.startIdx && this.endIdx === that.endIdx) {
          return [];
        } else if (this.startIdx < that.startIdx && that.endIdx < this.endIdx) {
          return [
            new _Interval(this.sourceString, this.startIdx, that.startIdx),
            new _Interval(this.sourceString, that.endIdx, this.endIdx)
          ];
        } else if (this.startIdx < that.endIdx && that.endIdx < this.endIdx) {
          return [new _Interval(this.sourceString, that.endIdx, this.endIdx)];
        } else if (this.startIdx < that.startIdx && that.startIdx < this.endIdx) {
          return [new _Interval(this.sourceString, this.startIdx, that.startIdx)];
        } else {
          return [this];
        }
      }
      // Returns a new Interval that has the same extent as this one, but which is relative
      // to `that`, an Interval that fully covers this one.
      relativeTo(that) {
        if (this.sourceString !== that.sourceString) {
          throw intervalSourcesDontMatch();
        }
        assert(
          this.startIdx >= that.startIdx && this.endIdx <= that.endIdx,
          "other interval does not cover this one"
        );
        return new _Interval(
          this.sourceString,
          this.startIdx - that.startIdx,
          this.endIdx - that.startIdx
        );
      }
      // Returns a new Interval which contains the same contents as this one,
      // but with whitespace trimmed from both ends.
      trimmed() {
        const { contents } = this;
        const startIdx = this.startIdx + contents.match(/^\s*/)[0].length;
        const endIdx = this.endIdx - contents.match(/\s*$/)[0].length;
        return new _Interval(this.sourceString, startIdx, endIdx);
      }
      subInterval(offset, len) {
        const newStartIdx = this.startIdx + offset;
        return new _Interval(this.sourceString, newStartIdx, newStartIdx + len);
      }
    };
    Interval.coverage = function(firstInterval, ...intervals) {
      let { startIdx, endIdx } = firstInterval;
      for (const interval of intervals) {
        if (interval.sourceString !== firstInterval.sourceString) {
          throw intervalSourcesDontMatch();
        } else {
          startIdx = Math.min(startIdx, interval.startIdx);
          endIdx = Math.max(endIdx, interval.endIdx);
        }
      }
      return new Interval(firstInterval.sourceString, startIdx, endIdx);
    };
    var MAX_CHAR_CODE = 65535;
    var MAX_CODE_POINT = 1114111;
    var InputStream = class {
      constructor(source) {
        this.source = source;
        this.pos = 0;
        this.examinedLength = 0;
      }
      atEnd() {
        const ans = this.pos >= this.source.length;
        this.examinedLength = Math.max(this.examinedLength, this.pos + 1);
        return ans;
      }
      next() {
        const ans = this.source[this.pos++];
        this.examinedLength = Math.max(this.examinedLength, this.pos);
        return ans;
      }
      nextCharCode() {
        const nextChar = this.next();
        return nextChar && nextChar.charCodeAt(0);
      }
      nextCodePoint() {
        const cp = this.source.slice(this.pos++).codePointAt(0);
        if (cp > MAX_CHAR_CODE) {
          this.pos += 1;
        }
        this.examinedLength = Math.max(this.examinedLength, this.pos);
        return cp;
      }
      matchString(s, optIgnoreCase) {
        let idx;
        if (optIgnoreCase) {
          for (idx = 0; idx < s.length; idx++) {
            const actual = this.next();
            const expected = s[idx];
            if (actual == null || actual.toUpperCase() !== expected.toUpperCase()) {
              return false;
            }
          }
          return true;
        }
        for (idx = 0; idx < s.length; idx++) {
          if (this.next() !== s[idx]) {
            return false;
          }
        }
        return true;
      }
      sourceSlice(startIdx, endIdx) {
        return this.source.slice(startIdx, endIdx);
      }
      interval(startIdx, optEndIdx) {
        return new Interval(this.source, startIdx, optEndIdx ? optEndIdx : this.pos);
      }
    };
    var MatchResult = class {
      constructor(matcher, input, startExpr, cst, cstOffset, rightmostFailurePosition, optRecordedFailures) {
        this.matcher = matcher;
        this.input = input;
        this.startExpr = startExpr;
        this._cst = cst;
        this._cstOffset = cstOffset;
        this._rightmostFailurePosition = rightmostFailurePosition;
        this._rightmostFailures = optRecordedFailures;
        if (this.failed()) {
          defineLazyProperty(this, "message", function() {
            const detail = "Expected " + this.getExpectedText();
            return getLineAndColumnMessage(this.input, this.getRightmostFailurePosition()) + detail;
          });
          defineLazyProperty(this, "shortMessage", function() {
            const detail = "expected " + this.getExpectedText();
            const errorInfo = getLineAndColumn(
              this.input,
              this.getRightmostFailurePosition()
            );
            return "Line " + errorInfo.lineNum + ", col " + errorInfo.colNum + ": " + detail;
          });
        }
      }
      succeeded() {
        return !!this._cst;
      }
      failed() {
        return !this.succeeded();
      }
      getRightmostFailurePosition() {
        return this._rightmostFailurePosition;
      }
      getRightmostFailures() {
        if (!this._rightmostFailures) {
          this.matcher.setInput(this.input);
          const matchResultWithFailures = this.matcher._match(this.startExpr, {
            tracing: false,
            positionToRecordFailures: this.getRightmostFailurePosition()
          });
          this._rightmostFailures = matchResultWithFailures.getRightmostFailures();
        }
        return this._rightmostFailures;
      }
      toString() {
        return this.succeeded() ? "[match succeeded]" : "[match failed at position " + this.getRightmostFailurePosition() + "]";
      }
      // Return a string summarizing the expected contents of the input stream when
      // the match failure occurred.
      getExpectedText() {
        if (this.succeeded()) {
          throw new Error("cannot get expected text of a successful MatchResult");
        }
        const sb = new StringBuffer();
        let failures = this.getRightmostFailures();
        failures = failures.filter((failure) => !failure.isFluffy());
        for (let idx = 0; idx < failures.length; idx++) {
          if (idx > 0) {
            if (idx === failures.length - 1) {
              sb.append(failures.length > 2 ? ", or " : " or ");
            } else {
              sb.append(", ");
            }
          }
          sb.append(failures[idx].toString());
        }
        return sb.contents();
      }
      getInterval() {
        const pos = this.getRightmostFailurePosition();
        return new Interval(this.input, pos, pos);
      }
    };
    var PosInfo = class {
      constructor() {
        this.applicationMemoKeyStack = [];
        this.memo = {};
        this.maxExaminedLength = 0;
        this.maxRightmostFailureOffset = -1;
        this.currentLeftRecursion = void 0;
      }
      isActive(application) {
        return this.applicationMemoKeyStack.indexOf(application.toMemoKey()) >= 0;
      }
      enter(application) {
        this.applicationMemoKeyStack.push(application.toMemoKey());
      }
      exit() {
        this.applicationMemoKeyStack.pop();
      }
      startLeftRecursion(headApplication, memoRec) {
        memoRec.isLeftRecursion = true;
        memoRec.headApplication = headApplication;
        memoRec.nextLeftRecursion = this.currentLeftRecursion;
        this.currentLeftRecursion = memoRec;
        const { applicationMemoKeyStack } = this;
        const indexOfFirstInvolvedRule = applicationMemoKeyStack.indexOf(headApplication.toMemoKey()) + 1;
        const involvedApplicationMemoKeys = applicationMemoKeyStack.slice(
          indexOfFirstInvolvedRule
        );
        memoRec.isInvolved = function(applicationMemoKey) {
          return involvedApplicationMemoKeys.indexOf(applicationMemoKey) >= 0;
        };
        memoRec.updateInvolvedApplicationMemoKeys = function() {
          for (let idx = indexOfFirstInvolvedRule; idx < applicationMemoKeyStack.length; idx++) {
            const applicationMemoKey = applicationMemoKeyStack[idx];
            if (!this.isInvolved(applicationMemoKey)) {
              involvedApplicationMemoKeys.push(applicationMemoKey);
            }
          }
        };
      }
      endLeftRecursion() {
        this.currentLeftRecursion = this.currentLeftRecursion.nextLeftRecursion;
      }
      // Note: this method doesn't get called for the "head" of a left recursion -- for LR heads,
      // the memoized result (which starts out being a failure) is always used.
      shouldUseMemoizedResult(memoRec) {
        if (!memoRec.isLeftRecursion) {
          return true;
        }
        const { applicationMemoKeyStack } = this;
        for (let idx = 0; idx < applicationMemoKeyStack.length; idx++) {
          const applicationMemoKey = applicationMemoKeyStack[idx];
          if (memoRec.isInvolved(applicationMemoKey)) {
            return false;
          }
        }
        return true;
      }
      memoize(memoKey, memoRec) {
        this.memo[memoKey] = memoRec;
        this.maxExaminedLength = Math.max(this.maxExaminedLength, memoRec.examinedLength);
        this.maxRightmostFailureOffset = Math.max(
          this.maxRightmostFailureOffset,
          memoRec.rightmostFailureOffset
        );
        return memoRec;
      }
      clearObsoleteEntries(pos, invalidatedIdx) {
        if (pos + this.maxExaminedLength <= invalidatedIdx) {
          return;
        }
        const { memo } = this;
        this.maxExaminedLength = 0;
        this.maxRightmostFailureOffset = -1;
        Object.keys(memo).forEach((k) => {
          const memoRec = memo[k];
          if (pos + memoRec.examinedLength > invalidatedIdx) {
            delete memo[k];
          } else {
            this.maxExaminedLength = Math.max(this.maxExaminedLength, memoRec.examinedLength);
            this.maxRightmostFailureOffset = Math.max(
              this.maxRightmostFailureOffset,
              memoRec.rightmostFailureOffset
            );
          }
        });
      }
    };
    var BALLOT_X = "\u2717";
    var CHECK_MARK = "\u2713";
    var DOT_OPERATOR = "\u22C5";
    var RIGHTWARDS_DOUBLE_ARROW = "\u21D2";
    var SYMBOL_FOR_HORIZONTAL_TABULATION = "\u2409";
    var SYMBOL_FOR_LINE_FEED = "\u240A";
    var SYMBOL_FOR_CARRIAGE_RETURN = "\u240D";
    var Flags = {
      succeeded: 1 << 0,
      isRootNode: 1 << 1,
      isImplicitSpaces: 1 << 2,
      isMemoized: 1 << 3,
      isHeadOfLeftRecursion: 1 << 4,
      terminatesLR: 1 << 5
    };
    function spaces(n) {
      return repeat(" ", n).join("");
    }
    function getInputExcerpt(input, pos, len) {
      const excerpt = asEscapedString(input.slice(pos, pos + len));
      if (excerpt.length < len) {
        return excerpt + repeat(" ", len - excerpt.length).join("");
      }
      return excerpt;
    }
    function asEscapedString(obj) {
      if (typeof obj === "string") {
        return obj.replace(/ /g, DOT_OPERATOR).replace(/\t/g, SYMBOL_FOR_HORIZONTAL_TABULATION).replace(/\n/g, SYMBOL_FOR_LINE_FEED).replace(/\r/g, SYMBOL_FOR_CARRIAGE_RETURN);
      }
      return String(obj);
    }
    var Trace = class _Trace {
      constructor(input, pos1, pos2, expr, succeeded, bindings, optChildren) {
        this.input = input;
        this.pos = this.pos1 = pos1;
        this.pos2 = pos2;
        this.source = new Interval(input, pos1, pos2);
        this.expr = expr;
        this.bindings = bindings;
        this.children = optChildren || [];
        this.terminatingLREntry = null;
        this._flags = succeeded ? Flags.succeeded : 0;
      }
      get displayString() {
        return this.expr.toDisplayString();
      }
      clone() {
        return this.cloneWithExpr(this.expr);
      }
      cloneWithExpr(expr) {
        const ans = new _Trace(
          this.input,
          this.pos,
          this.pos2,
          expr,
          this.succeeded,
          this.bindings,
          this.children
        );
        ans.isHeadOfLeftRecursion = this.isHeadOfLeftRecursion;
        ans.isImplicitSpaces = this.isImplicitSpaces;
        ans.isMemoized = this.isMemoized;
        ans.isRootNode = this.isRootNode;
        ans.terminatesLR = this.terminatesLR;
        ans.terminatingLREntry = this.terminatingLREntry;
        return ans;
      }
      // Record the trace information for the terminating condition of the LR loop.
      recordLRTermination(ruleBodyTrace, value) {
        this.terminatingLREntry = new _Trace(
          this.input,
          this.pos,
          this.pos2,
          this.expr,
          false,
          [value],
          [ruleBodyTrace]
        );
        this.terminatingLREntry.terminatesLR = true;
      }
      // Recursively traverse this trace node and all its descendents, calling a visitor function
      // for each node that is visited. If `vistorObjOrFn` is an object, then its 'enter' property
      // is a function to call before visiting the children of a node, and its 'exit' property is
      // a function to call afterwards. If `visitorObjOrFn` is a function, it represents the 'enter'
      // function.
      //
      // The functions are called with three arguments: the Trace node, its parent Trace, and a number
      // representing the depth of the node in the tree. (The root node has depth 0.) `optThisArg`, if
      // specified, is the value to use for `this` when executing the visitor functions.
      walk(visitorObjOrFn, optThisArg) {
        let visitor = visitorObjOrFn;
        if (typeof visitor === "function") {
          visitor = { enter: visitor };
        }
        function _walk(node, parent, depth) {
          let recurse = true;
          if (visitor.enter) {
            if (visitor.enter.call(optThisArg, node, parent, depth) === _Trace.prototype.SKIP) {
              recurse = false;
            }
          }
          if (recurse) {
            node.children.forEach((child) => {
              _walk(child, node, depth + 1);
            });
            if (visitor.exit) {
              visitor.exit.call(optThisArg, node, parent, depth);
            }
          }
        }
        if (this.isRootNode) {
          this.children.forEach((c) => {
            _walk(c, null, 0);
          });
        } else {
          _walk(this, null, 0);
        }
      }
      // Return a string representation of the trace.
      // Sample:
      //     12⋅+⋅2⋅*⋅3 ✓ exp ⇒  "12"
      //     12⋅+⋅2⋅*⋅3   ✓ addExp (LR) ⇒  "12"
      //     12⋅+⋅2⋅*⋅3       ✗ addExp_plus
      toString() {
        const sb = new StringBuffer();
        this.walk((node, parent, depth) => {
          if (!node) {
            return this.SKIP;
          }
          const ctorName = node.expr.constructor.name;
          if (ctorName === "Alt") {
            return;
          }
          sb.append(getInputExcerpt(node.input, node.pos, 10) + spaces(depth * 2 + 1));
          sb.append((node.succeeded ? CHECK_MARK : BALLOT_X) + " " + node.displayString);
          if (node.isHeadOfLeftRecursion) {
            sb.append(" (LR)");
          }
          if (node.succeeded) {
            const contents = asEscapedString(node.source.contents);
            sb.append(" " + RIGHTWARDS_DOUBLE_ARROW + "  ");
            sb.append(typeof contents === "string" ? '"' + contents + '"' : contents);
          }
          sb.append("\n");
        });
        return sb.contents();
      }
    };
    Trace.prototype.SKIP = {};
    Object.keys(Flags).forEach((name) => {
      const mask = Flags[name];
      Object.defineProperty(Trace.prototype, name, {
        get() {
          return (this._flags & mask) !== 0;
        },
        set(val) {
          if (val) {
            this._flags |= mask;
          } else {
            this._flags &= ~mask;
          }
        }
      });
    });
    PExpr.prototype.allowsSkippingPrecedingSpace = abstract("allowsSkippingPrecedingSpace");
    any.allowsSkippingPrecedingSpace = end.allowsSkippingPrecedingSpace = Apply.prototype.allowsSkippingPrecedingSpace = Terminal.prototype.allowsSkippingPrecedingSpace = Range.prototype.allowsSkippingPrecedingSpace = UnicodeChar.prototype.allowsSkippingPrecedingSpace = function() {
      return true;
    };
    Alt.prototype.allowsSkippingPrecedingSpace = Iter.prototype.allowsSkippingPrecedingSpace = Lex.prototype.allowsSkippingPrecedingSpace = Lookahead.prototype.allowsSkippingPrecedingSpace = Not.prototype.allowsSkippingPrecedingSpace = Param.prototype.allowsSkippingPrecedingSpace = Seq.prototype.allowsSkippingPrecedingSpace = function() {
      return false;
    };
    var BuiltInRules$1;
    awaitBuiltInRules((g) => {
      BuiltInRules$1 = g;
    });
    var lexifyCount;
    PExpr.prototype.assertAllApplicationsAreValid = function(ruleName, grammar2) {
      lexifyCount = 0;
      this._assertAllApplicationsAreValid(ruleName, grammar2);
    };
    PExpr.prototype._assertAllApplicationsAreValid = abstract(
      "_assertAllApplicationsAreValid"
    );
    any._assertAllApplicationsAreValid = end._assertAllApplicationsAreValid = Terminal.prototype._assertAllApplicationsAreValid = Range.prototype._assertAllApplicationsAreValid = Param.prototype._assertAllApplicationsAreValid = UnicodeChar.prototype._assertAllApplicationsAreValid = function(ruleName, grammar2) {
    };
    Lex.prototype._assertAllApplicationsAreValid = function(ruleName, grammar2) {
      lexifyCount++;
      this.expr._assertAllApplicationsAreValid(ruleName, grammar2);
      lexifyCount--;
    };
    Alt.prototype._assertAllApplicationsAreValid = function(ruleName, grammar2) {
      for (let idx = 0; idx < this.terms.length; idx++) {
        this.terms[idx]._assertAllApplicationsAreValid(ruleName, grammar2);
      }
    };
    Seq.prototype._assertAllApplicationsAreValid = function(ruleName, grammar2) {
      for (let idx = 0; idx < this.factors.length; idx++) {
        this.factors[idx]._assertAllApplicationsAreValid(ruleName, grammar2);
      }
    };
    Iter.prototype._assertAllApplicationsAreValid = Not.prototype._assertAllApplicationsAreValid = Lookahead.prototype._assertAllApplicationsAreValid = function(ruleName, grammar2) {
      this.expr._assertAllApplicationsAreValid(ruleName, grammar2);
    };
    Apply.prototype._assertAllApplicationsAreValid = function(ruleName, grammar2, skipSyntacticCheck = false) {
      const ruleInfo = grammar2.rules[this.ruleName];
      const isContextSyntactic = isSyntactic(ruleName) && lexifyCount === 0;
      if (!ruleInfo) {
        throw undeclaredRule(this.ruleName, grammar2.name, this.source);
      }
      if (!skipSyntacticCheck && isSyntactic(this.ruleName) && !isContextSyntactic) {
        throw applicationOfSyntacticRuleFromLexicalContext(this.ruleName, this);
      }
      const actual = this.args.length;
      const expected = ruleInfo.formals.length;
      if (actual !== expected) {
        throw wrongNumberOfArguments(this.ruleName, expected, actual, this.source);
      }
      const isBuiltInApplySyntactic = BuiltInRules$1 && ruleInfo === BuiltInRules$1.rules.applySyntactic;
      const isBuiltInCaseInsensitive = BuiltInRules$1 && ruleInfo === BuiltInRules$1.rules.caseInsensitive;
      if (isBuiltInCaseInsensitive) {
        if (!(this.args[0] instanceof Terminal)) {
          throw incorrectArgumentType('a Terminal (e.g. "abc")', this.args[0]);
        }
      }
      if (isBuiltInApplySyntactic) {
        const arg = this.args[0];
        if (!(arg instanceof Apply)) {
          throw incorrectArgumentType("a syntactic rule application", arg);
        }
        if (!isSyntactic(arg.ruleName)) {
          throw applySyntacticWithLexicalRuleApplication(arg);
        }
        if (isContextSyntactic) {
          throw unnecessaryExperimentalApplySyntactic(this);
        }
      }
      this.args.forEach((arg) => {
        arg._assertAllApplicationsAreValid(ruleName, grammar2, isBuiltInApplySyntactic);
        if (arg.getArity() !== 1) {
          throw invalidParameter(this.ruleName, arg);
        }
      });
    };
    PExpr.prototype.assertChoicesHaveUniformArity = abstract(
      "assertChoicesHaveUniformArity"
    );
    any.assertChoicesHaveUniformArity = end.assertChoicesHaveUniformArity = Terminal.prototype.assertChoicesHaveUniformArity = Range.prototype.assertChoicesHaveUniformArity = Param.prototype.assertChoicesHaveUniformArity = Lex.prototype.assertChoicesHaveUniformArity = UnicodeChar.prototype.assertChoicesHaveUniformArity = function(ruleName) {
    };
    Alt.prototype.assertChoicesHaveUniformArity = function(ruleName) {
      if (this.terms.length === 0) {
        return;
      }
      const arity = this.terms[0].getArity();
      for (let idx = 0; idx < this.terms.length; idx++) {
        const term = this.terms[idx];
        term.assertChoicesHaveUniformArity();
        const otherArity = term.getArity();
        if (arity !== otherArity) {
          throw inconsistentArity(ruleName, arity, otherArity, term);
        }
      }
    };
    Extend.prototype.assertChoicesHaveUniformArity = function(ruleName) {
      const actualArity = this.terms[0].getArity();
      const expectedArity = this.terms[1].getArity();
      if (actualArity !== expectedArity) {
        throw inconsistentArity(ruleName, expectedArity, actualArity, this.terms[0]);
      }
    };
    Seq.prototype.assertChoicesHaveUniformArity = function(ruleName) {
      for (let idx = 0; idx < this.factors.length; idx++) {
        this.factors[idx].assertChoicesHaveUniformArity(ruleName);
      }
    };
    Iter.prototype.assertChoicesHaveUniformArity = function(ruleName) {
      this.expr.assertChoicesHaveUniformArity(ruleName);
    };
    Not.prototype.assertChoicesHaveUniformArity = function(ruleName) {
    };
    Lookahead.prototype.assertChoicesHaveUniformArity = function(ruleName) {
      this.expr.assertChoicesHaveUniformArity(ruleName);
    };
    Apply.prototype.assertChoicesHaveUniformArity = function(ruleName) {
    };
    PExpr.prototype.assertIteratedExprsAreNotNullable = abstract(
      "assertIteratedExprsAreNotNullable"
    );
    any.assertIteratedExprsAreNotNullable = end.assertIteratedExprsAreNotNullable = Terminal.prototype.assertIteratedExprsAreNotNullable = Range.prototype.assertIteratedExprsAreNotNullable = Param.prototype.assertIteratedExprsAreNotNullable = UnicodeChar.prototype.assertIteratedExprsAreNotNullable = function(grammar2) {
    };
    Alt.prototype.assertIteratedExprsAreNotNullable = function(grammar2) {
      for (let idx = 0; idx < this.terms.length; idx++) {
        this.terms[idx].assertIteratedExprsAreNotNullable(grammar2);
      }
    };
    Seq.prototype.assertIteratedExprsAreNotNullable = function(grammar2) {
      for (let idx = 0; idx < this.factors.length; idx++) {
        this.factors[idx].assertIteratedExprsAreNotNullable(grammar2);
      }
    };
    Iter.prototype.assertIteratedExprsAreNotNullable = function(grammar2) {
      this.expr.assertIteratedExprsAreNotNullable(grammar2);
      if (this.expr.isNullable(grammar2)) {
        throw kleeneExprHasNullableOperand(this, []);
      }
    };
    Opt.prototype.assertIteratedExprsAreNotNullable = Not.prototype.assertIteratedExprsAreNotNullable = Lookahead.prototype.assertIteratedExprsAreNotNullable = Lex.prototype.assertIteratedExprsAreNotNullable = function(grammar2) {
      this.expr.assertIteratedExprsAreNotNullable(grammar2);
    };
    Apply.prototype.assertIteratedExprsAreNotNullable = function(grammar2) {
      this.args.forEach((arg) => {
        arg.assertIteratedExprsAreNotNullable(grammar2);
      });
    };
    var Node = class {
      constructor(matchLength) {
        this.matchLength = matchLength;
      }
      get ctorName() {
        throw new Error("subclass responsibility");
      }
      numChildren() {
        return this.children ? this.children.length : 0;
      }
      childAt(idx) {
        if (this.children) {
          return this.children[idx];
        }
      }
      indexOfChild(arg) {
        return this.children.indexOf(arg);
      }
      hasChildren() {
        return this.numChildren() > 0;
      }
      hasNoChildren() {
        return !this.hasChildren();
      }
      onlyChild() {
        if (this.numChildren() !== 1) {
          throw new Error(
            "cannot get only child of a node of type " + this.ctorName + " (it has " + this.numChildren() + " children)"
          );
        } else {
          return this.firstChild();
        }
      }
      firstChild() {
        if (this.hasNoChildren()) {
          throw new Error(
            "cannot get first child of a " + this.ctorName + " node, which has no children"
          );
        } else {
          return this.childAt(0);
        }
      }
      lastChild() {
        if (this.hasNoChildren()) {
          throw new Error(
            "cannot get last child of a " + this.ctorName + " node, which has no children"
          );
        } else {
          return this.childAt(this.numChildren() - 1);
        }
      }
      childBefore(child) {
        const childIdx = this.indexOfChild(child);
        if (childIdx < 0) {
          throw new Error("Node.childBefore() called w/ an argument that is not a child");
        } else if (childIdx === 0) {
          throw new Error("cannot get child before first child");
        } else {
          return this.childAt(childIdx - 1);
        }
      }
      childAfter(child) {
        const childIdx = this.indexOfChild(child);
        if (childIdx < 0) {
          throw new Error("Node.childAfter() called w/ an argument that is not a child");
        } else if (childIdx === this.numChildren() - 1) {
          throw new Error("cannot get child after last child");
        } else {
          return this.childAt(childIdx + 1);
        }
      }
      isTerminal() {
        return false;
      }
      isNonterminal() {
        return false;
      }
      isIteration() {
        return false;
      }
      isOptional() {
        return false;
      }
    };
    var TerminalNode = class extends Node {
      get ctorName() {
        return "_terminal";
      }
      isTerminal() {
        return true;
      }
      get primitiveValue() {
        throw new Error("The `primitiveValue` property was removed in Ohm v17.");
      }
    };
    var NonterminalNode = class extends Node {
      constructor(ruleName, children, childOffsets, matchLength) {
        super(matchLength);
        this.ruleName = ruleName;
        this.children = children;
        this.childOffsets = childOffsets;
      }
      get ctorName() {
        return this.ruleName;
      }
      isNonterminal() {
        return true;
      }
      isLexical() {
        return isLexical(this.ctorName);
      }
      isSyntactic() {
        return isSyntactic(this.ctorName);
      }
    };
    var IterationNode = class extends Node {
      constructor(children, childOffsets, matchLength, isOptional) {
        super(matchLength);
        this.children = children;
        this.childOffsets = childOffsets;
        this.optional = isOptional;
      }
      get ctorName() {
        return "_iter";
      }
      isIteration() {
        return true;
      }
      isOptional() {
        return this.optional;
      }
    };
    PExpr.prototype.eval = abstract("eval");
    any.eval = function(state) {
      const { inputStream } = state;
      const origPos = inputStream.pos;
      const cp = inputStream.nextCodePoint();
      if (cp !== void 0) {
        state.pushBinding(new TerminalNode(String.fromCodePoint(cp).length), origPos);
        return true;
      } else {
        state.processFailure(origPos, this);
        return false;
      }
    };
    end.eval = function(state) {
      const { inputStream } = state;
      const origPos = inputStream.pos;
      if (inputStream.atEnd()) {
        state.pushBinding(new TerminalNode(0), origPos);
        return true;
      } else {
        state.processFailure(origPos, this);
        return false;
      }
    };
    Terminal.prototype.eval = function(state) {
      const { inputStream } = state;
      const origPos = inputStream.pos;
      if (!inputStream.matchString(this.obj)) {
        state.processFailure(origPos, this);
        return false;
      } else {
        state.pushBinding(new TerminalNode(this.obj.length), origPos);
        return true;
      }
    };
    Range.prototype.eval = function(state) {
      const { inputStream } = state;
      const origPos = inputStream.pos;
      const cp = this.matchCodePoint ? inputStream.nextCodePoint() : inputStream.nextCharCode();
      if (cp !== void 0 && this.from.codePointAt(0) <= cp && cp <= this.to.codePointAt(0)) {
        state.pushBinding(new TerminalNode(String.fromCodePoint(cp).length), origPos);
        return true;
      } else {
        state.processFailure(origPos, this);
        return false;
      }
    };
    Param.prototype.eval = function(state) {
      return state.eval(state.currentApplication().args[this.index]);
    };
    Lex.prototype.eval = function(state) {
      state.enterLexifiedContext();
      const ans = state.eval(this.expr);
      state.exitLexifiedContext();
      return ans;
    };
    Alt.prototype.eval = function(state) {
      for (let idx = 0; idx < this.terms.length; idx++) {
        if (state.eval(this.terms[idx])) {
          return true;
        }
      }
      return false;
    };
    Seq.prototype.eval = function(state) {
      for (let idx = 0; idx < this.factors.length; idx++) {
        const factor = this.factors[idx];
        if (!state.eval(factor)) {
          return false;
        }
      }
      return true;
    };
    Iter.prototype.eval = function(state) {
      const { inputStream } = state;
      const origPos = inputStream.pos;
      const arity = this.getArity();
      const cols = [];
      const colOffsets = [];
      while (cols.length < arity) {
        cols.push([]);
        colOffsets.push([]);
      }
      let numMatches = 0;
      let prevPos = origPos;
      let idx;
      while (numMatches < this.maxNumMatches && state.eval(this.expr)) {
        if (inputStream.pos === prevPos) {
          throw kleeneExprHasNullableOperand(this, state._applicationStack);
        }
        prevPos = inputStream.pos;
        numMatches++;
        const row = state._bindings.splice(state._bindings.length - arity, arity);
        const rowOffsets = state._bindingOffsets.splice(
          state._bindingOffsets.length - arity,
          arity
        );
        for (idx = 0; idx < row.length; idx++) {
          cols[idx].push(row[idx]);
          colOffsets[idx].push(rowOffsets[idx]);
        }
      }
      if (numMatches < this.minNumMatches) {
        return false;
      }
      let offset = state.posToOffset(origPos);
      let matchLength = 0;
      if (numMatches > 0) {
        const lastCol = cols[arity - 1];
        const lastColOffsets = colOffsets[arity - 1];
        const endOffset = lastColOffsets[lastColOffsets.length - 1] + lastCol[lastCol.length - 1].matchLength;
        offset = colOffsets[0][0];
        matchLength = endOffset - offset;
      }
      const isOptional = this instanceof Opt;
      for (idx = 0; idx < cols.length; idx++) {
        state._bindings.push(
          new IterationNode(cols[idx], colOffsets[idx], matchLength, isOptional)
        );
        state._bindingOffsets.push(offset);
      }
      return true;
    };
    Not.prototype.eval = function(state) {
      const { inputStream } = state;
      const origPos = inputStream.pos;
      state.pushFailuresInfo();
      const ans = state.eval(this.expr);
      state.popFailuresInfo();
      if (ans) {
        state.processFailure(origPos, this);
        return false;
      }
      inputStream.pos = origPos;
      return true;
    };
    Lookahead.prototype.eval = function(state) {
      const { inputStream } = state;
      const origPos = inputStream.pos;
      if (state.eval(this.expr)) {
        inputStream.pos = origPos;
        return true;
      } else {
        return false;
      }
    };
    Apply.prototype.eval = function(state) {
      const caller = state.currentApplication();
      const actuals = caller ? caller.args : [];
      const app = this.substituteParams(actuals);
      const posInfo = state.getCurrentPosInfo();
      if (posInfo.isActive(app)) {
        return app.handleCycle(state);
      }
      const memoKey = app.toMemoKey();
      const memoRec = posInfo.memo[memoKey];
      if (memoRec && posInfo.shouldUseMemoizedResult(memoRec)) {
        if (state.hasNecessaryInfo(memoRec)) {
          return state.useMemoizedResult(state.inputStream.pos, memoRec);
        }
        delete posInfo.memo[memoKey];
      }
      return app.reallyEval(state);
    };
    Apply.prototype.handleCycle = function(state) {
      const posInfo = state.getCurrentPosInfo();
      const { currentLeftRecursion } = posInfo;
      const memoKey = this.toMemoKey();
      let memoRec = posInfo.memo[memoKey];
      if (currentLeftRecursion && currentLeftRecursion.headApplication.toMemoKey() === memoKey) {
        memoRec.updateInvolvedApplicationMemoKeys();
      } else if (!memoRec) {
        memoRec = posInfo.memoize(memoKey, {
          matchLength: 0,
          examinedLength: 0,
          value: false,
          rightmostFailureOffset: -1
        });
        posInfo.startLeftRecursion(this, memoRec);
      }
      return state.useMemoizedResult(state.inputStream.pos, memoRec);
    };
    Apply.prototype.reallyEval = function(state) {
      const { inputStream } = state;
      const origPos = inputStream.pos;
      const origPosInfo = state.getCurrentPosInfo();
      const ruleInfo = state.grammar.rules[this.ruleName];
      const { body } = ruleInfo;
      const { description } = ruleInfo;
      state.enterApplication(origPosInfo, this);
      if (description) {
        state.pushFailuresInfo();
      }
      const origInputStreamExaminedLength = inputStream.examinedLength;
      inputStream.examinedLength = 0;
      let value = this.evalOnce(body, state);
      const currentLR = origPosInfo.currentLeftRecursion;
      const memoKey = this.toMemoKey();
      const isHeadOfLeftRecursion = currentLR && currentLR.headApplication.toMemoKey() === memoKey;
      let memoRec;
      if (state.doNotMemoize) {
        state.doNotMemoize = false;
      } else if (isHeadOfLeftRecursion) {
        value = this.growSeedResult(body, state, origPos, currentLR, value);
        origPosInfo.endLeftRecursion();
        memoRec = currentLR;
        memoRec.examinedLength = inputStream.examinedLength - origPos;
        memoRec.rightmostFailureOffset = state._getRightmostFailureOffset();
        origPosInfo.memoize(memoKey, memoRec);
      } else if (!currentLR || !currentLR.isInvolved(memoKey)) {
        memoRec = origPosInfo.memoize(memoKey, {
          matchLength: inputStream.pos - origPos,
          examinedLength: inputStream.examinedLength - origPos,
          value,
          failuresAtRightmostPosition: state.cloneRecordedFailures(),
          rightmostFailureOffset: state._getRightmostFailureOffset()
        });
      }
      const succeeded = !!value;
      if (description) {
        state.popFailuresInfo();
        if (!succeeded) {
          state.processFailure(origPos, this);
        }
        if (memoRec) {
          memoRec.failuresAtRightmostPosition = state.cloneRecordedFailures();
          memoRec.rightmostFailureOffset = state._getRightmostFailureOffset();
        }
      }
      if (state.isTracing() && memoRec) {
        const entry = state.getTraceEntry(origPos, this, succeeded, succeeded ? [value] : []);
        if (isHeadOfLeftRecursion) {
          assert(entry.terminatingLREntry != null || !succeeded);
          entry.isHeadOfLeftRecursion = true;
        }
        memoRec.traceEntry = entry;
      }
      inputStream.examinedLength = Math.max(
        inputStream.examinedLength,
        origInputStreamExaminedLength
      );
      state.exitApplication(origPosInfo, value);
      return succeeded;
    };
    Apply.prototype.evalOnce = function(expr, state) {
      const { inputStream } = state;
      const origPos = inputStream.pos;
      if (state.eval(expr)) {
        const arity = expr.getArity();
        const bindings = state._bindings.splice(state._bindings.length - arity, arity);
        const offsets = state._bindingOffsets.splice(state._bindingOffsets.length - arity, arity);
        const matchLength = inputStream.pos - origPos;
        return new NonterminalNode(this.ruleName, bindings, offsets, matchLength);
      } else {
        return false;
      }
    };
    Apply.prototype.growSeedResult = function(body, state, origPos, lrMemoRec, newValue) {
      if (!newValue) {
        return false;
      }
      const { inputStream } = state;
      while (true) {
        lrMemoRec.matchLength = inputStream.pos - origPos;
        lrMemoRec.value = newValue;
        lrMemoRec.failuresAtRightmostPosition = state.cloneRecordedFailures();
        if (state.isTracing()) {
          const seedTrace = state.trace[state.trace.length - 1];
          lrMemoRec.traceEntry = new Trace(
            state.input,
            origPos,
            inputStream.pos,
            this,
            true,
            [newValue],
            [seedTrace.clone()]
          );
        }
        inputStream.pos = origPos;
        newValue = this.evalOnce(body, state);
        if (inputStream.pos - origPos <= lrMemoRec.matchLength) {
          break;
        }
        if (state.isTracing()) {
          state.trace.splice(-2, 1);
        }
      }
      if (state.isTracing()) {
        lrMemoRec.traceEntry.recordLRTermination(state.trace.pop(), newValue);
      }
      inputStream.pos = origPos + lrMemoRec.matchLength;
      return lrMemoRec.value;
    };
    UnicodeChar.prototype.eval = function(state) {
      const { inputStream } = state;
      const origPos = inputStream.pos;
      const cp = inputStream.nextCodePoint();
      if (cp !== void 0 && cp <= MAX_CODE_POINT) {
        const ch = String.fromCodePoint(cp);
        if (this.pattern.test(ch)) {
          state.pushBinding(new TerminalNode(ch.length), origPos);
          return true;
        }
      }
      state.processFailure(origPos, this);
      return false;
    };
    PExpr.prototype.getArity = abstract("getArity");
    any.getArity = end.getArity = Terminal.prototype.getArity = Range.prototype.getArity = Param.prototype.getArity = Apply.prototype.getArity = UnicodeChar.prototype.getArity = function() {
      return 1;
    };
    Alt.prototype.getArity = function() {
      return this.terms.length === 0 ? 0 : this.terms[0].getArity();
    };
    Seq.prototype.getArity = function() {
      let arity = 0;
      for (let idx = 0; idx < this.factors.length; idx++) {
        arity += this.factors[idx].getArity();
      }
      return arity;
    };
    Iter.prototype.getArity = function() {
      return this.expr.getArity();
    };
    Not.prototype.getArity = function() {
      return 0;
    };
    Lookahead.prototype.getArity = Lex.prototype.getArity = function() {
      return this.expr.getArity();
    };
    function getMetaInfo(expr, grammarInterval) {
      const metaInfo = {};
      if (expr.source && grammarInterval) {
        const adjusted = expr.source.relativeTo(grammarInterval);
        metaInfo.sourceInterval = [adjusted.startIdx, adjusted.endIdx];
      }
      return metaInfo;
    }
    PExpr.prototype.outputRecipe = abstract("outputRecipe");
    any.outputRecipe = function(formals, grammarInterval) {
      return ["any", getMetaInfo(this, grammarInterval)];
    };
    end.outputRecipe = function(formals, grammarInterval) {
      return ["end", getMetaInfo(this, grammarInterval)];
    };
    Terminal.prototype.outputRecipe = function(formals, grammarInterval) {
      return ["terminal", getMetaInfo(this, grammarInterval), this.obj];
    };
    Range.prototype.outputRecipe = function(formals, grammarInterval) {
      return ["range", getMetaInfo(this, grammarInterval), this.from, this.to];
    };
    Param.prototype.outputRecipe = function(formals, grammarInterval) {
      return ["param", getMetaInfo(this, grammarInterval), this.index];
    };
    Alt.prototype.outputRecipe = function(formals, grammarInterval) {
      return ["alt", getMetaInfo(this, grammarInterval)].concat(
        this.terms.map((term) => term.outputRecipe(formals, grammarInterval))
      );
    };
    Extend.prototype.outputRecipe = function(formals, grammarInterval) {
      const extension = this.terms[0];
      return extension.outputRecipe(formals, grammarInterval);
    };
    Splice.prototype.outputRecipe = function(formals, grammarInterval) {
      const beforeTerms = this.terms.slice(0, this.expansionPos);
      const afterTerms = this.terms.slice(this.expansionPos + 1);
      return [
        "splice",
        getMetaInfo(this, grammarInterval),
        beforeTerms.map((term) => term.outputRecipe(formals, grammarInterval)),
        afterTerms.map((term) => term.outputRecipe(formals, grammarInterval))
      ];
    };
    Seq.prototype.outputRecipe = function(formals, grammarInterval) {
      return ["seq", getMetaInfo(this, grammarInterval)].concat(
        this.factors.map((factor) => factor.outputRecipe(formals, grammarInterval))
      );
    };
    Star.prototype.outputRecipe = Plus.prototype.outputRecipe = Opt.prototype.outputRecipe = Not.prototype.outputRecipe = Lookahead.prototype.outputRecipe = Lex.prototype.outputRecipe = function(formals, grammarInterval) {
      return [
        this.constructor.name.toLowerCase(),
        getMetaInfo(this, grammarInterval),
        this.expr.outputRecipe(formals, grammarInterval)
      ];
    };
    Apply.prototype.outputRecipe = function(formals, grammarInterval) {
      return [
        "app",
        getMetaInfo(this, grammarInterval),
        this.ruleName,
        this.args.map((arg) => arg.outputRecipe(formals, grammarInterval))
      ];
    };
    UnicodeChar.prototype.outputRecipe = function(formals, grammarInterval) {
      return ["unicodeChar", getMetaInfo(this, grammarInterval), this.categoryOrProp];
    };
    PExpr.prototype.introduceParams = abstract("introduceParams");
    any.introduceParams = end.introduceParams = Terminal.prototype.introduceParams = Range.prototype.introduceParams = Param.prototype.introduceParams = UnicodeChar.prototype.introduceParams = function(formals) {
      return this;
    };
    Alt.prototype.introduceParams = function(formals) {
      this.terms.forEach((term, idx, terms) => {
        terms[idx] = term.introduceParams(formals);
      });
      return this;
    };
    Seq.prototype.introduceParams = function(formals) {
      this.factors.forEach((factor, idx, factors) => {
        factors[idx] = factor.introduceParams(formals);
      });
      return this;
    };
    Iter.prototype.introduceParams = Not.prototype.introduceParams = Lookahead.prototype.introduceParams = Lex.prototype.introduceParams = function(formals) {
      this.expr = this.expr.introduceParams(formals);
      return this;
    };
    Apply.prototype.introduceParams = function(formals) {
      const index = formals.indexOf(this.ruleName);
      if (index >= 0) {
        if (this.args.length > 0) {
          throw new Error("Parameterized rules cannot be passed as arguments to another rule.");
        }
        return new Param(index).withSource(this.source);
      } else {
        this.args.forEach((arg, idx, args) => {
          args[idx] = arg.introduceParams(formals);
        });
        return this;
      }
    };
    PExpr.prototype.isNullable = function(grammar2) {
      return this._isNullable(grammar2, /* @__PURE__ */ Object.create(null));
    };
    PExpr.prototype._isNullable = abstract("_isNullable");
    any._isNullable = Range.prototype._isNullable = Param.prototype._isNullable = Plus.prototype._isNullable = UnicodeChar.prototype._isNullable = function(grammar2, memo) {
      return false;
    };
    end._isNullable = function(grammar2, memo) {
      return true;
    };
    Terminal.prototype._isNullable = function(grammar2, memo) {
      if (typeof this.obj === "string") {
        return this.obj === "";
      } else {
        return false;
      }
    };
    Alt.prototype._isNullable = function(grammar2, memo) {
      return this.terms.length === 0 || this.terms.some((term) => term._isNullable(grammar2, memo));
    };
    Seq.prototype._isNullable = function(grammar2, memo) {
      return this.factors.every((factor) => factor._isNullable(grammar2, memo));
    };
    Star.prototype._isNullable = Opt.prototype._isNullable = Not.prototype._isNullable = Lookahead.prototype._isNullable = function(grammar2, memo) {
      return true;
    };
    Lex.prototype._isNullable = function(grammar2, memo) {
      return this.expr._isNullable(grammar2, memo);
    };
    Apply.prototype._isNullable = function(grammar2, memo) {
      const key = this.toMemoKey();
      if (!Object.prototype.hasOwnProperty.call(memo, key)) {
        const { body } = grammar2.rules[this.ruleName];
        const inlined = body.substituteParams(this.args);
        memo[key] = false;
        memo[key] = inlined._isNullable(grammar2, memo);
      }
      return memo[key];
    };
    PExpr.prototype.substituteParams = abstract("substituteParams");
    any.substituteParams = end.substituteParams = Terminal.prototype.substituteParams = Range.prototype.substituteParams = UnicodeChar.prototype.substituteParams = function(actuals) {
      return this;
    };
    Param.prototype.substituteParams = function(actuals) {
      return checkNotNull(actuals[this.index]);
    };
    Alt.prototype.substituteParams = function(actuals) {
      return new Alt(this.terms.map((term) => term.substituteParams(actuals)));
    };
    Seq.prototype.substituteParams = function(actuals) {
      return new Seq(this.factors.map((factor) => factor.substituteParams(actuals)));
    };
    Iter.prototype.substituteParams = Not.prototype.substituteParams = Lookahead.prototype.substituteParams = Lex.prototype.substituteParams = function(actuals) {
      return new this.constructor(this.expr.substituteParams(actuals));
    };
    Apply.prototype.substituteParams = function(actuals) {
      if (this.args.length === 0) {
        return this;
      } else {
        const args = this.args.map((arg) => arg.substituteParams(actuals));
        return new Apply(this.ruleName, args);
      }
    };
    function isRestrictedJSIdentifier(str) {
      return /^[a-zA-Z_$][0-9a-zA-Z_$]*$/.test(str);
    }
    function resolveDuplicatedNames(argumentNameList) {
      const count = /* @__PURE__ */ Object.create(null);
      argumentNameList.forEach((argName) => {
        count[argName] = (count[argName] || 0) + 1;
      });
      Object.keys(count).forEach((dupArgName) => {
        if (count[dupArgName] <= 1) {
          return;
        }
        let subscript = 1;
        argumentNameList.forEach((argName, idx) => {
          if (argName === dupArgName) {
            argumentNameList[idx] = argName + "_" + subscript++;
          }
        });
      });
    }
    PExpr.prototype.toArgumentNameList = abstract("toArgumentNameList");
    any.toArgumentNameList = function(firstArgIndex, noDupCheck) {
      return ["any"];
    };
    end.toArgumentNameList = function(firstArgIndex, noDupCheck) {
      return ["end"];
    };
    Terminal.prototype.toArgumentNameList = function(firstArgIndex, noDupCheck) {
      if (typeof this.obj === "string" && /^[_a-zA-Z0-9]+$/.test(this.obj)) {
        return ["_" + this.obj];
      } else {
        return ["$" + firstArgIndex];
      }
    };
    Range.prototype.toArgumentNameList = function(firstArgIndex, noDupCheck) {
      let argName = this.from + "_to_" + this.to;
      if (!isRestrictedJSIdentifier(argName)) {
        argName = "_" + argName;
      }
      if (!isRestrictedJSIdentifier(argName)) {
        argName = "$" + firstArgIndex;
      }
      return [argName];
    };
    Alt.prototype.toArgumentNameList = function(firstArgIndex, noDupCheck) {
      const termArgNameLists = this.terms.map(
        (term) => term.toArgumentNameList(firstArgIndex, true)
      );
      const argumentNameList = [];
      const numArgs = termArgNameLists[0].length;
      for (let colIdx = 0; colIdx < numArgs; colIdx++) {
        const col = [];
        for (let rowIdx = 0; rowIdx < this.terms.length; rowIdx++) {
          col.push(termArgNameLists[rowIdx][colIdx]);
        }
        const uniqueNames = copyWithoutDuplicates(col);
        argumentNameList.push(uniqueNames.join("_or_"));
      }
      if (!noDupCheck) {
        resolveDuplicatedNames(argumentNameList);
      }
      return argumentNameList;
    };
    Seq.prototype.toArgumentNameList = function(firstArgIndex, noDupCheck) {
      let argumentNameList = [];
      this.factors.forEach((factor) => {
        const factorArgumentNameList = factor.toArgumentNameList(firstArgIndex, true);
        argumentNameList = argumentNameList.concat(factorArgumentNameList);
        firstArgIndex += factorArgumentNameList.length;
      });
      if (!noDupCheck) {
        resolveDuplicatedNames(argumentNameList);
      }
      return argumentNameList;
    };
    Iter.prototype.toArgumentNameList = function(firstArgIndex, noDupCheck) {
      const argumentNameList = this.expr.toArgumentNameList(firstArgIndex, noDupCheck).map(
        (exprArgumentString) => exprArgumentString[exprArgumentString.length - 1] === "s" ? exprArgumentString + "es" : exprArgumentString + "s"
      );
      if (!noDupCheck) {
        resolveDuplicatedNames(argumentNameList);
      }
      return argumentNameList;
    };
    Opt.prototype.toArgumentNameList = function(firstArgIndex, noDupCheck) {
      return this.expr.toArgumentNameList(firstArgIndex, noDupCheck).map((argName) => {
        return "opt" + argName[0].toUpperCase() + argName.slice(1);
      });
    };
    Not.prototype.toArgumentNameList = function(firstArgIndex, noDupCheck) {
      return [];
    };
    Lookahead.prototype.toArgumentNameList = Lex.prototype.toArgumentNameList = function(firstArgIndex, noDupCheck) {
      return this.expr.toArgumentNameList(firstArgIndex, noDupCheck);
    };
    Apply.prototype.toArgumentNameList = function(firstArgIndex, noDupCheck) {
      return [this.ruleName];
    };
    UnicodeChar.prototype.toArgumentNameList = function(firstArgIndex, noDupCheck) {
      return ["$" + firstArgIndex];
    };
    Param.prototype.toArgumentNameList = function(firstArgIndex, noDupCheck) {
      return ["param" + this.index];
    };
    PExpr.prototype.toDisplayString = abstract("toDisplayString");
    Alt.prototype.toDisplayString = Seq.prototype.toDisplayString = function() {
      if (this.source) {
        return this.source.trimmed().contents;
      }
      return "[" + this.constructor.name + "]";
    };
    any.toDisplayString = end.toDisplayString = Iter.prototype.toDisplayString = Not.prototype.toDisplayString = Lookahead.prototype.toDisplayString = Lex.prototype.toDisplayString = Terminal.prototype.toDisplayString = Range.prototype.toDisplayString = Param.prototype.toDisplayString = function() {
      return this.toString();
    };
    Apply.prototype.toDisplayString = function() {
      if (this.args.length > 0) {
        const ps = this.args.map((arg) => arg.toDisplayString());
        return this.ruleName + "<" + ps.join(",") + ">";
      } else {
        return this.ruleName;
      }
    };
    UnicodeChar.prototype.toDisplayString = function() {
      return "Unicode [" + this.categoryOrProp + "] character";
    };
    function isValidType(type) {
      return type === "description" || type === "string" || type === "code";
    }
    var Failure = class _Failure {
      constructor(pexpr, text, type) {
        if (!isValidType(type)) {
          throw new Error("invalid Failure type: " + type);
        }
        this.pexpr = pexpr;
        this.text = text;
        this.type = type;
        this.fluffy = false;
      }
      getPExpr() {
        return this.pexpr;
      }
      getText() {
        return this.text;
      }
      getType() {
        return this.type;
      }
      isDescription() {
        return this.type === "description";
      }
      isStringTerminal() {
        return this.type === "string";
      }
      isCode() {
        return this.type === "code";
      }
      isFluffy() {
        return this.fluffy;
      }
      makeFluffy() {
        this.fluffy = true;
      }
      clearFluffy() {
        this.fluffy = false;
      }
      subsumes(that) {
        return this.getText() === that.getText() && this.type === that.type && (!this.isFluffy() || this.isFluffy() && that.isFluffy());
      }
      toString() {
        return this.type === "string" ? JSON.stringify(this.getText()) : this.getText();
      }
      clone() {
        const failure = new _Failure(this.pexpr, this.text, this.type);
        if (this.isFluffy()) {
          failure.makeFluffy();
        }
        return failure;
      }
      toKey() {
        return this.toString() + "#" + this.type;
      }
    };
    PExpr.prototype.toFailure = abstract("toFailure");
    any.toFailure = function(grammar2) {
      return new Failure(this, "any object", "description");
    };
    end.toFailure = function(grammar2) {
      return new Failure(this, "end of input", "description");
    };
    Terminal.prototype.toFailure = function(grammar2) {
      return new Failure(this, this.obj, "string");
    };
    Range.prototype.toFailure = function(grammar2) {
      return new Failure(this, JSON.stringify(this.from) + ".." + JSON.stringify(this.to), "code");
    };
    Not.prototype.toFailure = function(grammar2) {
      const description = this.expr === any ? "nothing" : "not " + this.expr.toFailure(grammar2);
      return new Failure(this, description, "description");
    };
    Lookahead.prototype.toFailure = function(grammar2) {
      return this.expr.toFailure(grammar2);
    };
    Apply.prototype.toFailure = function(grammar2) {
      let { description } = grammar2.rules[this.ruleName];
      if (!description) {
        const article = /^[aeiouAEIOU]/.test(this.ruleName) ? "an" : "a";
        description = article + " " + this.ruleName;
      }
      return new Failure(this, description, "description");
    };
    UnicodeChar.prototype.toFailure = function(grammar2) {
      return new Failure(this, "a Unicode [" + this.categoryOrProp + "] character", "description");
    };
    Alt.prototype.toFailure = function(grammar2) {
      const fs = this.terms.map((t) => t.toFailure(grammar2));
      const description = "(" + fs.join(" or ") + ")";
      return new Failure(this, description, "description");
    };
    Seq.prototype.toFailure = function(grammar2) {
      const fs = this.factors.map((f) => f.toFailure(grammar2));
      const description = "(" + fs.join(" ") + ")";
      return new Failure(this, description, "description");
    };
    Iter.prototype.toFailure = function(grammar2) {
      const description = "(" + this.expr.toFailure(grammar2) + this.operator + ")";
      return new Failure(this, description, "description");
    };
    PExpr.prototype.toString = abstract("toString");
    any.toString = function() {
      return "any";
    };
    end.toString = function() {
      return "end";
    };
    Terminal.prototype.toString = function() {
      return JSON.stringify(this.obj);
    };
    Range.prototype.toString = function() {
      return JSON.stringify(this.from) + ".." + JSON.stringify(this.to);
    };
    Param.prototype.toString = function() {
      return "$" + this.index;
    };
    Lex.prototype.toString = function() {
      return "#(" + this.expr.toString() + ")";
    };
    Alt.prototype.toString = function() {
      return this.terms.length === 1 ? this.terms[0].toString() : "(" + this.terms.map((term) => term.toString()).join(" | ") + ")";
    };
    Seq.prototype.toString = function() {
      return this.factors.length === 1 ? this.factors[0].toString() : "(" + this.factors.map((factor) => factor.toString()).join(" ") + ")";
    };
    Iter.prototype.toString = function() {
      return this.expr + this.operator;
    };
    Not.prototype.toString = function() {
      return "~" + this.expr;
    };
    Lookahead.prototype.toString = function() {
      return "&" + this.expr;
    };
    Apply.prototype.toString = function() {
      if (this.args.length > 0) {
        const ps = this.args.map((arg) => arg.toString());
        return this.ruleName + "<" + ps.join(",") + ">";
      } else {
        return this.ruleName;
      }
    };
    UnicodeChar.prototype.toString = function() {
      return "\\p{" + this.categoryOrProp + "}";
    };
    var CaseInsensitiveTerminal = class _CaseInsensitiveTerminal extends PExpr {
      constructor(param) {
        super();
        this.obj = param;
      }
      _getString(state) {
        const terminal = state.currentApplication().args[this.obj.index];
        assert(terminal instanceof Terminal, "expected a Terminal expression");
        return terminal.obj;
      }
      // Implementation of the PExpr API
      allowsSkippingPrecedingSpace() {
        return true;
      }
      eval(state) {
        const { inputStream } = state;
        const origPos = inputStream.pos;
        const matchStr = this._getString(state);
        if (!inputStream.matchString(matchStr, true)) {
          state.processFailure(origPos, this);
          return false;
        } else {
          state.pushBinding(new TerminalNode(matchStr.length), origPos);
          return true;
        }
      }
      getArity() {
        return 1;
      }
      substituteParams(actuals) {
        return new _CaseInsensitiveTerminal(this.obj.substituteParams(actuals));
      }
      toDisplayString() {
        return this.obj.toDisplayString() + " (case-insensitive)";
      }
      toFailure(grammar2) {
        return new Failure(
          this,
          this.obj.toFailure(grammar2) + " (case-insensitive)",
          "description"
        );
      }
      _isNullable(grammar2, memo) {
        return this.obj._isNullable(grammar2, memo);
      }
    };
    var pexprs = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      CaseInsensitiveTerminal,
      PExpr,
      any,
      end,
      Terminal,
      Range,
      Param,
      Alt,
      Extend,
      Splice,
      Seq,
      Iter,
      Star,
      Plus,
      Opt,
      Not,
      Lookahead,
      Lex,
      Apply,
      UnicodeChar
    });
    var builtInApplySyntacticBody;
    awaitBuiltInRules((builtInRules) => {
      builtInApplySyntacticBody = builtInRules.rules.applySyntactic.body;
    });
    var applySpaces = new Apply("spaces");
    var MatchState = class {
      constructor(matcher, startExpr, optPositionToRecordFailures) {
        this.matcher = matcher;
        this.startExpr = startExpr;
        this.grammar = matcher.grammar;
        this.input = matcher.getInput();
        this.inputStream = new InputStream(this.input);
        this.memoTable = matcher._memoTable;
        this.userData = void 0;
        this.doNotMemoize = false;
        this._bindings = [];
        this._bindingOffsets = [];
        this._applicationStack = [];
        this._posStack = [0];
        this.inLexifiedContextStack = [false];
        this.rightmostFailurePosition = -1;
        this._rightmostFailurePositionStack = [];
        this._recordedFailuresStack = [];
        if (optPositionToRecordFailures !== void 0) {
          this.positionToRecordFailures = optPositionToRecordFailures;
          this.recordedFailures = /* @__PURE__ */ Object.create(null);
        }
      }
      posToOffset(pos) {
        return pos - this._posStack[this._posStack.length - 1];
      }
      enterApplication(posInfo, app) {
        this._posStack.push(this.inputStream.pos);
        this._applicationStack.push(app);
        this.inLexifiedContextStack.push(false);
        posInfo.enter(app);
        this._rightmostFailurePositionStack.push(this.rightmostFailurePosition);
        this.rightmostFailurePosition = -1;
      }
      exitApplication(posInfo, optNode) {
        const origPos = this._posStack.pop();
        this._applicationStack.pop();
        this.inLexifiedContextStack.pop();
        posInfo.exit();
        this.rightmostFailurePosition = Math.max(
          this.rightmostFailurePosition,
          this._rightmostFailurePositionStack.pop()
        );
        if (optNode) {
          this.pushBinding(optNode, origPos);
        }
      }
      enterLexifiedContext() {
        this.inLexifiedContextStack.push(true);
      }
      exitLexifiedContext() {
        this.inLexifiedContextStack.pop();
      }
      currentApplication() {
        return this._applicationStack[this._applicationStack.length - 1];
      }
      inSyntacticContext() {
        const currentApplication = this.currentApplication();
        if (currentApplication) {
          return currentApplication.isSyntactic() && !this.inLexifiedContext();
        } else {
          return this.startExpr.factors[0].isSyntactic();
        }
      }
      inLexifiedContext() {
        return this.inLexifiedContextStack[this.inLexifiedContextStack.length - 1];
      }
      skipSpaces() {
        this.pushFailuresInfo();
        this.eval(applySpaces);
        this.popBinding();
        this.popFailuresInfo();
        return this.inputStream.pos;
      }
      skipSpacesIfInSyntacticContext() {
        return this.inSyntacticContext() ? this.skipSpaces() : this.inputStream.pos;
      }
      maybeSkipSpacesBefore(expr) {
        if (expr.allowsSkippingPrecedingSpace() && expr !== applySpaces) {
          return this.skipSpacesIfInSyntacticContext();
        } else {
          return this.inputStream.pos;
        }
      }
      pushBinding(node, origPos) {
        this._bindings.push(node);
        this._bindingOffsets.push(this.posToOffset(origPos));
      }
      popBinding() {
        this._bindings.pop();
        this._bindingOffsets.pop();
      }
      numBindings() {
        return this._bindings.length;
      }
      truncateBindings(newLength) {
        while (this._bindings.length > newLength) {
          this.popBinding();
        }
      }
      getCurrentPosInfo() {
        return this.getPosInfo(this.inputStream.pos);
      }
      getPosInfo(pos) {
        let posInfo = this.memoTable[pos];
        if (!posInfo) {
          posInfo = this.memoTable[pos] = new PosInfo();
        }
        return posInfo;
      }
      processFailure(pos, expr) {
        this.rightmostFailurePosition = Math.max(this.rightmostFailurePosition, pos);
        if (this.recordedFailures && pos === this.positionToRecordFailures) {
          const app = this.currentApplication();
          if (app) {
            expr = expr.substituteParams(app.args);
          }
          this.recordFailure(expr.toFailure(this.grammar), false);
        }
      }
      recordFailure(failure, shouldCloneIfNew) {
        const key = failure.toKey();
        if (!this.recordedFailures[key]) {
          this.recordedFailures[key] = shouldCloneIfNew ? failure.clone() : failure;
        } else if (this.recordedFailures[key].isFluffy() && !failure.isFluffy()) {
          this.recordedFailures[key].clearFluffy();
        }
      }
      recordFailures(failures, shouldCloneIfNew) {
        Object.keys(failures).forEach((key) => {
          this.recordFailure(failures[key], shouldCloneIfNew);
        });
      }
      cloneRecordedFailures() {
        if (!this.recordedFailures) {
          return void 0;
        }
        const ans = /* @__PURE__ */ Object.create(null);
        Object.keys(this.recordedFailures).forEach((key) => {
          ans[key] = this.recordedFailures[key].clone();
        });
        return ans;
      }
      getRightmostFailurePosition() {
        return this.rightmostFailurePosition;
      }
      _getRightmostFailureOffset() {
        return this.rightmostFailurePosition >= 0 ? this.posToOffset(this.rightmostFailurePosition) : -1;
      }
      // Returns the memoized trace entry for `expr` at `pos`, if one exists, `null` otherwise.
      getMemoizedTraceEntry(pos, expr) {
        const posInfo = this.memoTable[pos];
        if (posInfo && expr instanceof Apply) {
          const memoRec = posInfo.memo[expr.toMemoKey()];
          if (memoRec && memoRec.traceEntry) {
            const entry = memoRec.traceEntry.cloneWithExpr(expr);
            entry.isMemoized = true;
            return entry;
          }
        }
        return null;
      }
      // Returns a new trace entry, with the currently active trace array as its children.
      getTraceEntry(pos, expr, succeeded, bindings) {
        if (expr instanceof Apply) {
          const app = this.currentApplication();
          const actuals = app ? app.args : [];
          expr = expr.substituteParams(actuals);
        }
        return this.getMemoizedTraceEntry(pos, expr) || new Trace(this.input, pos, this.inputStream.pos, expr, succeeded, bindings, this.trace);
      }
      isTracing() {
        return !!this.trace;
      }
      hasNecessaryInfo(memoRec) {
        if (this.trace && !memoRec.traceEntry) {
          return false;
        }
        if (this.recordedFailures && this.inputStream.pos + memoRec.rightmostFailureOffset === this.positionToRecordFailures) {
          return !!memoRec.failuresAtRightmostPosition;
        }
        return true;
      }
      useMemoizedResult(origPos, memoRec) {
        if (this.trace) {
          this.trace.push(memoRec.traceEntry);
        }
        const memoRecRightmostFailurePosition = this.inputStream.pos + memoRec.rightmostFailureOffset;
        this.rightmostFailurePosition = Math.max(
          this.rightmostFailurePosition,
          memoRecRightmostFailurePosition
        );
        if (this.recordedFailures && this.positionToRecordFailures === memoRecRightmostFailurePosition && memoRec.failuresAtRightmostPosition) {
          this.recordFailures(memoRec.failuresAtRightmostPosition, true);
        }
        this.inputStream.examinedLength = Math.max(
          this.inputStream.examinedLength,
          memoRec.examinedLength + origPos
        );
        if (memoRec.value) {
          this.inputStream.pos += memoRec.matchLength;
          this.pushBinding(memoRec.value, origPos);
          return true;
        }
        return false;
      }
      // Evaluate `expr` and return `true` if it succeeded, `false` otherwise. On success, `bindings`
      // will have `expr.getArity()` more elements than before, and the input stream's position may
      // have increased. On failure, `bindings` and position will be unchanged.
      eval(expr) {
        const { inputStream } = this;
        const origNumBindings = this._bindings.length;
        const origUserData = this.userData;
        let origRecordedFailures;
        if (this.recordedFailures) {
          origRecordedFailures = this.recordedFailures;
          this.recordedFailures = /* @__PURE__ */ Object.create(null);
        }
        const origPos = inputStream.pos;
        const memoPos = this.maybeSkipSpacesBefore(expr);
        let origTrace;
        if (this.trace) {
          origTrace = this.trace;
          this.trace = [];
        }
        const ans = expr.eval(this);
        if (this.trace) {
          const bindings = this._bindings.slice(origNumBindings);
          const traceEntry = this.getTraceEntry(memoPos, expr, ans, bindings);
          traceEntry.isImplicitSpaces = expr === applySpaces;
          traceEntry.isRootNode = expr === this.startExpr;
          origTrace.push(traceEntry);
          this.trace = origTrace;
        }
        if (ans) {
          if (this.recordedFailures && inputStream.pos === this.positionToRecordFailures) {
            Object.keys(this.recordedFailures).forEach((key) => {
              this.recordedFailures[key].makeFluffy();
            });
          }
        } else {
          inputStream.pos = origPos;
          this.truncateBindings(origNumBindings);
          this.userData = origUserData;
        }
        if (this.recordedFailures) {
          this.recordFailures(origRecordedFailures, false);
        }
        if (expr === builtInApplySyntacticBody) {
          this.skipSpaces();
        }
        return ans;
      }
      getMatchResult() {
        this.grammar._setUpMatchState(this);
        this.eval(this.startExpr);
        let rightmostFailures;
        if (this.recordedFailures) {
          rightmostFailures = Object.keys(this.recordedFailures).map(
            (key) => this.recordedFailures[key]
          );
        }
        const cst = this._bindings[0];
        if (cst) {
          cst.grammar = this.grammar;
        }
        return new MatchResult(
          this.matcher,
          this.input,
          this.startExpr,
          cst,
          this._bindingOffsets[0],
          this.rightmostFailurePosition,
          rightmostFailures
        );
      }
      getTrace() {
        this.trace = [];
        const matchResult = this.getMatchResult();
        const rootTrace = this.trace[this.trace.length - 1];
        rootTrace.result = matchResult;
        return rootTrace;
      }
      pushFailuresInfo() {
        this._rightmostFailurePositionStack.push(this.rightmostFailurePosition);
        this._recordedFailuresStack.push(this.recordedFailures);
      }
      popFailuresInfo() {
        this.rightmostFailurePosition = this._rightmostFailurePositionStack.pop();
        this.recordedFailures = this._recordedFailuresStack.pop();
      }
    };
    var Matcher = class {
      constructor(grammar2) {
        this.grammar = grammar2;
        this._memoTable = [];
        this._input = "";
        this._isMemoTableStale = false;
      }
      _resetMemoTable() {
        this._memoTable = [];
        this._isMemoTableStale = false;
      }
      getInput() {
        return this._input;
      }
      setInput(str) {
        if (this._input !== str) {
          this.replaceInputRange(0, this._input.length, str);
        }
        return this;
      }
      replaceInputRange(startIdx, endIdx, str) {
        const prevInput = this._input;
        const memoTable = this._memoTable;
        if (startIdx < 0 || startIdx > prevInput.length || endIdx < 0 || endIdx > prevInput.length || startIdx > endIdx) {
          throw new Error("Invalid indices: " + startIdx + " and " + endIdx);
        }
        this._input = prevInput.slice(0, startIdx) + str + prevInput.slice(endIdx);
        if (this._input !== prevInput && memoTable.length > 0) {
          this._isMemoTableStale = true;
        }
        const restOfMemoTable = memoTable.slice(endIdx);
        memoTable.length = startIdx;
        for (let idx = 0; idx < str.length; idx++) {
          memoTable.push(void 0);
        }
        for (const posInfo of restOfMemoTable) {
          memoTable.push(posInfo);
        }
        for (let pos = 0; pos < startIdx; pos++) {
          const posInfo = memoTable[pos];
          if (posInfo) {
            posInfo.clearObsoleteEntries(pos, startIdx);
          }
        }
        return this;
      }
      match(optStartApplicationStr, options = { incremental: true }) {
        return this._match(this._getStartExpr(optStartApplicationStr), {
          incremental: options.incremental,
          tracing: false
        });
      }
      trace(optStartApplicationStr, options = { incremental: true }) {
        return this._match(this._getStartExpr(optStartApplicationStr), {
          incremental: options.incremental,
          tracing: true
        });
      }
      _match(startExpr, options = {}) {
        const opts = {
          tracing: false,
          incremental: true,
          positionToRecordFailures: void 0,
          ...options
        };
        if (!opts.incremental) {
          this._resetMemoTable();
        } else if (this._isMemoTableStale && !this.grammar.supportsIncrementalParsing) {
          throw grammarDoesNotSupportIncrementalParsing(this.grammar);
        }
        const state = new MatchState(this, startExpr, opts.positionToRecordFailures);
        return opts.tracing ? state.getTrace() : state.getMatchResult();
      }
      /*
        Returns the starting expression for this Matcher's associated grammar. If
        `optStartApplicationStr` is specified, it is a string expressing a rule application in the
        grammar. If not specified, the grammar's default start rule will be used.
      */
      _getStartExpr(optStartApplicationStr) {
        const applicationStr = optStartApplicationStr || this.grammar.defaultStartRule;
        if (!applicationStr) {
          throw new Error("Missing start rule argument -- the grammar has no default start rule.");
        }
        const startApp = this.grammar.parseApplication(applicationStr);
        return new Seq([startApp, end]);
      }
    };
    var globalActionStack = [];
    var hasOwnProperty = (x, prop) => Object.prototype.hasOwnProperty.call(x, prop);
    var Wrapper = class {
      constructor(node, sourceInterval, baseInterval) {
        this._node = node;
        this.source = sourceInterval;
        this._baseInterval = baseInterval;
        if (node.isNonterminal()) {
          assert(sourceInterval === baseInterval);
        }
        this._childWrappers = [];
      }
      _forgetMemoizedResultFor(attributeName) {
        delete this._node[this._semantics.attributeKeys[attributeName]];
        this.children.forEach((child) => {
          child._forgetMemoizedResultFor(attributeName);
        });
      }
      // Returns the wrapper of the specified child node. Child wrappers are created lazily and
      // cached in the parent wrapper's `_childWrappers` instance variable.
      child(idx) {
        if (!(0 <= idx && idx < this._node.numChildren())) {
          return void 0;
        }
        let childWrapper = this._childWrappers[idx];
        if (!childWrapper) {
          const childNode = this._node.childAt(idx);
          const offset = this._node.childOffsets[idx];
          const source = this._baseInterval.subInterval(offset, childNode.matchLength);
          const base = childNode.isNonterminal() ? source : this._baseInterval;
          childWrapper = this._childWrappers[idx] = this._semantics.wrap(childNode, source, base);
        }
        return childWrapper;
      }
      // Returns an array containing the wrappers of all of the children of the node associated
      // with this wrapper.
      _children() {
        for (let idx = 0; idx < this._node.numChildren(); idx++) {
          this.child(idx);
        }
        return this._childWrappers;
      }
      // Returns `true` if the CST node associated with this wrapper corresponds to an iteration
      // expression, i.e., a Kleene-*, Kleene-+, or an optional. Returns `false` otherwise.
      isIteration() {
        return this._node.isIteration();
      }
      // Returns `true` if the CST node associated with this wrapper is a terminal node, `false`
      // otherwise.
      isTerminal() {
        return this._node.isTerminal();
      }
      // Returns `true` if the CST node associated with this wrapper is a nonterminal node, `false`
      // otherwise.
      isNonterminal() {
        return this._node.isNonterminal();
      }
      // Returns `true` if the CST node associated with this wrapper is a nonterminal node
      // corresponding to a syntactic rule, `false` otherwise.
      isSyntactic() {
        return this.isNonterminal() && this._node.isSyntactic();
      }
      // Returns `true` if the CST node associated with this wrapper is a nonterminal node
      // corresponding to a lexical rule, `false` otherwise.
      isLexical() {
        return this.isNonterminal() && this._node.isLexical();
      }
      // Returns `true` if the CST node associated with this wrapper is an iterator node
      // having either one or no child (? operator), `false` otherwise.
      // Otherwise, throws an exception.
      isOptional() {
        return this._node.isOptional();
      }
      // Create a new _iter wrapper in the same semantics as this wrapper.
      iteration(optChildWrappers) {
        const childWrappers = optChildWrappers || [];
        const childNodes = childWrappers.map((c) => c._node);
        const iter = new IterationNode(childNodes, [], -1, false);
        const wrapper = this._semantics.wrap(iter, null, null);
        wrapper._childWrappers = childWrappers;
        return wrapper;
      }
      // Returns an array containing the children of this CST node.
      get children() {
        return this._children();
      }
      // Returns the name of grammar rule that created this CST node.
      get ctorName() {
        return this._node.ctorName;
      }
      // Returns the number of children of this CST node.
      get numChildren() {
        return this._node.numChildren();
      }
      // Returns the contents of the input stream consumed by this CST node.
      get sourceString() {
        return this.source.contents;
      }
    };
    var Semantics = class _Semantics {
      constructor(grammar2, superSemantics) {
        const self = this;
        this.grammar = grammar2;
        this.checkedActionDicts = false;
        this.Wrapper = class extends (superSemantics ? superSemantics.Wrapper : Wrapper) {
          constructor(node, sourceInterval, baseInterval) {
            super(node, sourceInterval, baseInterval);
            self.checkActionDictsIfHaventAlready();
            this._semantics = self;
          }
          toString() {
            return "[semantics wrapper for " + self.grammar.name + "]";
          }
        };
        this.super = superSemantics;
        if (superSemantics) {
          if (!(grammar2.equals(this.super.grammar) || grammar2._inheritsFrom(this.super.grammar))) {
            throw new Error(
              "Cannot extend a semantics for grammar '" + this.super.grammar.name + "' for use with grammar '" + grammar2.name + "' (not a sub-grammar)"
            );
          }
          this.operations = Object.create(this.super.operations);
          this.attributes = Object.create(this.super.attributes);
          this.attributeKeys = /* @__PURE__ */ Object.create(null);
          for (const attributeName in this.attributes) {
            Object.defineProperty(this.attributeKeys, attributeName, {
              value: uniqueId(attributeName)
            });
          }
        } else {
          this.operations = /* @__PURE__ */ Object.create(null);
          this.attributes = /* @__PURE__ */ Object.create(null);
          this.attributeKeys = /* @__PURE__ */ Object.create(null);
        }
      }
      toString() {
        return "[semantics for " + this.grammar.name + "]";
      }
      checkActionDictsIfHaventAlready() {
        if (!this.checkedActionDicts) {
          this.checkActionDicts();
          this.checkedActionDicts = true;
        }
      }
      // Checks that the action dictionaries for all operations and attributes in this semantics,
      // including the ones that were inherited from the super-semantics, agree with the grammar.
      // Throws an exception if one or more of them doesn't.
      checkActionDicts() {
        let name;
        for (name in this.operations) {
          this.operations[name].checkActionDict(this.grammar);
        }
        for (name in this.attributes) {
          this.attributes[name].checkActionDict(this.grammar);
        }
      }
      toRecipe(semanticsOnly) {
        function hasSuperSemantics(s) {
          return s.super !== _Semantics.BuiltInSemantics._getSemantics();
        }
        let str = "(function(g) {\n";
        if (hasSuperSemantics(this)) {
          str += "  var semantics = " + this.super.toRecipe(true) + "(g";
          const superSemanticsGrammar = this.super.grammar;
          let relatedGrammar = this.grammar;
          while (relatedGrammar !== superSemanticsGrammar) {
            str += ".superGrammar";
            relatedGrammar = relatedGrammar.superGrammar;
          }
          str += ");\n";
          str += "  return g.extendSemantics(semantics)";
        } else {
          str += "  return g.createSemantics()";
        }
        ["Operation", "Attribute"].forEach((type) => {
          const semanticOperations = this[type.toLowerCase() + "s"];
          Object.keys(semanticOperations).forEach((name) => {
            const { actionDict, formals, builtInDefault } = semanticOperations[name];
            let signature = name;
            if (formals.length > 0) {
              signature += "(" + formals.join(", ") + ")";
            }
            let method;
            if (hasSuperSemantics(this) && this.super[type.toLowerCase() + "s"][name]) {
              method = "extend" + type;
            } else {
              method = "add" + type;
            }
            str += "\n    ." + method + "(" + JSON.stringify(signature) + ", {";
            const srcArray = [];
            Object.keys(actionDict).forEach((actionName) => {
              if (actionDict[actionName] !== builtInDefault) {
                let source = actionDict[actionName].toString().trim();
                source = source.replace(/^.*\(/, "function(");
                srcArray.push("\n      " + JSON.stringify(actionName) + ": " + source);
              }
            });
            str += srcArray.join(",") + "\n    })";
          });
        });
        str += ";\n  })";
        if (!semanticsOnly) {
          str = "(function() {\n  var grammar = this.fromRecipe(" + this.grammar.toRecipe() + ");\n  var semantics = " + str + "(grammar);\n  return semantics;\n});\n";
        }
        return str;
      }
      addOperationOrAttribute(type, signature, actionDict) {
        const typePlural = type + "s";
        const parsedNameAndFormalArgs = parseSignature(signature, type);
        const { name } = parsedNameAndFormalArgs;
        const { formals } = parsedNameAndFormalArgs;
        this.assertNewName(name, type);
        const builtInDefault = newDefaultAction(type, name, doIt);
        const realActionDict = { _default: builtInDefault };
        Object.keys(actionDict).forEach((name2) => {
          realActionDict[name2] = actionDict[name2];
        });
        const entry = type === "operation" ? new Operation(name, formals, realActionDict, builtInDefault) : new Attribute(name, realActionDict, builtInDefault);
        entry.checkActionDict(this.grammar);
        this[typePlural][name] = entry;
        function doIt(...args) {
          const thisThing = this._semantics[typePlural][name];
          if (arguments.length !== thisThing.formals.length) {
            throw new Error(
              "Invalid number of arguments passed to " + name + " " + type + " (expected " + thisThing.formals.length + ", got " + arguments.length + ")"
            );
          }
          const argsObj = /* @__PURE__ */ Object.create(null);
          for (const [idx, val] of Object.entries(args)) {
            const formal = thisThing.formals[idx];
            argsObj[formal] = val;
          }
          const oldArgs = this.args;
          this.args = argsObj;
          const ans = thisThing.execute(this._semantics, this);
          this.args = oldArgs;
          return ans;
        }
        if (type === "operation") {
          this.Wrapper.prototype[name] = doIt;
          this.Wrapper.prototype[name].toString = function() {
            return "[" + name + " operation]";
          };
        } else {
          Object.defineProperty(this.Wrapper.prototype, name, {
            get: doIt,
            configurable: true
            // So the property can be deleted.
          });
          Object.defineProperty(this.attributeKeys, name, {
            value: uniqueId(name)
          });
        }
      }
      extendOperationOrAttribute(type, name, actionDict) {
        const typePlural = type + "s";
        parseSignature(name, "attribute");
        if (!(this.super && name in this.super[typePlural])) {
          throw new Error(
            "Cannot extend " + type + " '" + name + "': did not inherit an " + type + " with that name"
          );
        }
        if (hasOwnProperty(this[typePlural], name)) {
          throw new Error("Cannot extend " + type + " '" + name + "' again");
        }
        const inheritedFormals = this[typePlural][name].formals;
        const inheritedActionDict = this[typePlural][name].actionDict;
        const newActionDict = Object.create(inheritedActionDict);
        Object.keys(actionDict).forEach((name2) => {
          newActionDict[name2] = actionDict[name2];
        });
        this[typePlural][name] = type === "operation" ? new Operation(name, inheritedFormals, newActionDict) : new Attribute(name, newActionDict);
        this[typePlural][name].checkActionDict(this.grammar);
      }
      assertNewName(name, type) {
        if (hasOwnProperty(Wrapper.prototype, name)) {
          throw new Error("Cannot add " + type + " '" + name + "': that's a reserved name");
        }
        if (name in this.operations) {
          throw new Error(
            "Cannot add " + type + " '" + name + "': an operation with that name already exists"
          );
        }
        if (name in this.attributes) {
          throw new Error(
            "Cannot add " + type + " '" + name + "': an attribute with that name already exists"
          );
        }
      }
      // Returns a wrapper for the given CST `node` in this semantics.
      // If `node` is already a wrapper, returns `node` itself.  // TODO: why is this needed?
      wrap(node, source, optBaseInterval) {
        const baseInterval = optBaseInterval || source;
        return node instanceof this.Wrapper ? node : new this.Wrapper(node, source, baseInterval);
      }
    };
    function parseSignature(signature, type) {
      if (!Semantics.prototypeGrammar) {
        assert(signature.indexOf("(") === -1);
        return {
          name: signature,
          formals: []
        };
      }
      const r = Semantics.prototypeGrammar.match(
        signature,
        type === "operation" ? "OperationSignature" : "AttributeSignature"
      );
      if (r.failed()) {
        throw new Error(r.message);
      }
      return Semantics.prototypeGrammarSemantics(r).parse();
    }
    function newDefaultAction(type, name, doIt) {
      return function(...children) {
        const thisThing = this._semantics.operations[name] || this._semantics.attributes[name];
        const args = thisThing.formals.map((formal) => this.args[formal]);
        if (!this.isIteration() && children.length === 1) {
          return doIt.apply(children[0], args);
        } else {
          throw missingSemanticAction(this.ctorName, name, type, globalActionStack);
        }
      };
    }
    Semantics.createSemantics = function(grammar2, optSuperSemantics) {
      const s = new Semantics(
        grammar2,
        optSuperSemantics !== void 0 ? optSuperSemantics : Semantics.BuiltInSemantics._getSemantics()
      );
      const proxy = function ASemantics(matchResult) {
        if (!(matchResult instanceof MatchResult)) {
          throw new TypeError(
            "Semantics expected a MatchResult, but got " + unexpectedObjToString(matchResult)
          );
        }
        if (matchResult.failed()) {
          throw new TypeError("cannot apply Semantics to " + matchResult.toString());
        }
        const cst = matchResult._cst;
        if (cst.grammar !== grammar2) {
          throw new Error(
            "Cannot use a MatchResult from grammar '" + cst.grammar.name + "' with a semantics for '" + grammar2.name + "'"
          );
        }
        const inputStream = new InputStream(matchResult.input);
        return s.wrap(cst, inputStream.interval(matchResult._cstOffset, matchResult.input.length));
      };
      proxy.addOperation = function(signature, actionDict) {
        s.addOperationOrAttribute("operation", signature, actionDict);
        return proxy;
      };
      proxy.extendOperation = function(name, actionDict) {
        s.extendOperationOrAttribute("operation", name, actionDict);
        return proxy;
      };
      proxy.addAttribute = function(name, actionDict) {
        s.addOperationOrAttribute("attribute", name, actionDict);
        return proxy;
      };
      proxy.extendAttribute = function(name, actionDict) {
        s.extendOperationOrAttribute("attribute", name, actionDict);
        return proxy;
      };
      proxy._getActionDict = function(operationOrAttributeName) {
        const action = s.operations[operationOrAttributeName] || s.attributes[operationOrAttributeName];
        if (!action) {
          throw new Error(
            '"' + operationOrAttributeName + '" is not a valid operation or attribute name in this semantics for "' + grammar2.name + '"'
          );
        }
        return action.actionDict;
      };
      proxy._remove = function(operationOrAttributeName) {
        let semantic;
        if (operationOrAttributeName in s.operations) {
          semantic = s.operations[operationOrAttributeName];
          delete s.operations[operationOrAttributeName];
        } else if (operationOrAttributeName in s.attributes) {
          semantic = s.attributes[operationOrAttributeName];
          delete s.attributes[operationOrAttributeName];
        }
        delete s.Wrapper.prototype[operationOrAttributeName];
        return semantic;
      };
      proxy.getOperationNames = function() {
        return Object.keys(s.operations);
      };
      proxy.getAttributeNames = function() {
        return Object.keys(s.attributes);
      };
      proxy.getGrammar = function() {
        return s.grammar;
      };
      proxy.toRecipe = function(semanticsOnly) {
        return s.toRecipe(semanticsOnly);
      };
      proxy.toString = s.toString.bind(s);
      proxy._getSemantics = function() {
        return s;
      };
      return proxy;
    };
    var Operation = class {
      constructor(name, formals, actionDict, builtInDefault) {
        this.name = name;
        this.formals = formals;
        this.actionDict = actionDict;
        this.builtInDefault = builtInDefault;
      }
      checkActionDict(grammar2) {
        grammar2._checkTopDownActionDict(this.typeName, this.name, this.actionDict);
      }
      // Execute this operation on the CST node associated with `nodeWrapper` in the context of the
      // given Semantics instance.
      execute(semantics, nodeWrapper) {
        try {
          const { ctorName } = nodeWrapper._node;
          let actionFn = this.actionDict[ctorName];
          if (actionFn) {
            globalActionStack.push([this, ctorName]);
            return actionFn.apply(nodeWrapper, nodeWrapper._children());
          }
          if (nodeWrapper.isNonterminal()) {
            actionFn = this.actionDict._nonterminal;
            if (actionFn) {
              globalActionStack.push([this, "_nonterminal", ctorName]);
              return actionFn.apply(nodeWrapper, nodeWrapper._children());
            }
          }
          globalActionStack.push([this, "default action", ctorName]);
          return this.actionDict._default.apply(nodeWrapper, nodeWrapper._children());
        } finally {
          globalActionStack.pop();
        }
      }
    };
    Operation.prototype.typeName = "operation";
    var Attribute = class extends Operation {
      constructor(name, actionDict, builtInDefault) {
        super(name, [], actionDict, builtInDefault);
      }
      execute(semantics, nodeWrapper) {
        const node = nodeWrapper._node;
        const key = semantics.attributeKeys[this.name];
        if (!hasOwnProperty(node, key)) {
          node[key] = Operation.prototype.execute.call(this, semantics, nodeWrapper);
        }
        return node[key];
      }
    };
    Attribute.prototype.typeName = "attribute";
    var SPECIAL_ACTION_NAMES = ["_iter", "_terminal", "_nonterminal", "_default"];
    function getSortedRuleValues(grammar2) {
      return Object.keys(grammar2.rules).sort().map((name) => grammar2.rules[name]);
    }
    var jsonToJS = (str) => str.replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    var ohmGrammar$1;
    var buildGrammar$1;
    var Grammar = class _Grammar {
      constructor(name, superGrammar, rules, optDefaultStartRule) {
        this.name = name;
        this.superGrammar = superGrammar;
        this.rules = rules;
        if (optDefaultStartRule) {
          if (!(optDefaultStartRule in rules)) {
            throw new Error(
              "Invalid start rule: '" + optDefaultStartRule + "' is not a rule in grammar '" + name + "'"
            );
          }
          this.defaultStartRule = optDefaultStartRule;
        }
        this._matchStateInitializer = void 0;
        this.supportsIncrementalParsing = true;
      }
      matcher() {
        return new Matcher(this);
      }
      // Return true if the grammar is a built-in grammar, otherwise false.
      // NOTE: This might give an unexpected result if called before BuiltInRules is defined!
      isBuiltIn() {
        return this === _Grammar.ProtoBuiltInRules || this === _Grammar.BuiltInRules;
      }
      equals(g) {
        if (this === g) {
          return true;
        }
        if (g == null || this.name !== g.name || this.defaultStartRule !== g.defaultStartRule || !(this.superGrammar === g.superGrammar || this.superGrammar.equals(g.superGrammar))) {
          return false;
        }
        const myRules = getSortedRuleValues(this);
        const otherRules = getSortedRuleValues(g);
        return myRules.length === otherRules.length && myRules.every((rule, i) => {
          return rule.description === otherRules[i].description && rule.formals.join(",") === otherRules[i].formals.join(",") && rule.body.toString() === otherRules[i].body.toString();
        });
      }
      match(input, optStartApplication) {
        const m = this.matcher();
        m.replaceInputRange(0, 0, input);
        return m.match(optStartApplication);
      }
      trace(input, optStartApplication) {
        const m = this.matcher();
        m.replaceInputRange(0, 0, input);
        return m.trace(optStartApplication);
      }
      createSemantics() {
        return Semantics.createSemantics(this);
      }
      extendSemantics(superSemantics) {
        return Semantics.createSemantics(this, superSemantics._getSemantics());
      }
      // Check that every key in `actionDict` corresponds to a semantic action, and that it maps to
      // a function of the correct arity. If not, throw an exception.
      _checkTopDownActionDict(what, name, actionDict) {
        const problems = [];
        for (const k in actionDict) {
          const v = actionDict[k];
          const isSpecialAction = SPECIAL_ACTION_NAMES.includes(k);
          if (!isSpecialAction && !(k in this.rules)) {
            problems.push(`'${k}' is not a valid semantic action for '${this.name}'`);
            continue;
          }
          if (typeof v !== "function") {
            problems.push(`'${k}' must be a function in an action dictionary for '${this.name}'`);
            continue;
          }
          const actual = v.length;
          const expected = this._topDownActionArity(k);
          if (actual !== expected) {
            let details;
            if (k === "_iter" || k === "_nonterminal") {
              details = `it should use a rest parameter, e.g. \`${k}(...children) {}\`. NOTE: this is new in Ohm v16 \u2014 see https://ohmjs.org/d/ati for details.`;
            } else {
              details = `expected ${expected}, got ${actual}`;
            }
            problems.push(`Semantic action '${k}' has the wrong arity: ${details}`);
          }
        }
        if (problems.length > 0) {
          const prettyProblems = problems.map((problem) => "- " + problem);
          const error = new Error(
            [
              `Found errors in the action dictionary of the '${name}' ${what}:`,
              ...prettyProblems
            ].join("\n")
          );
          error.problems = problems;
          throw error;
        }
      }
      // Return the expected arity for a semantic action named `actionName`, which
      // is either a rule name or a special action name like '_nonterminal'.
      _topDownActionArity(actionName) {
        return SPECIAL_ACTION_NAMES.includes(actionName) ? 0 : this.rules[actionName].body.getArity();
      }
      _inheritsFrom(grammar2) {
        let g = this.superGrammar;
        while (g) {
          if (g.equals(grammar2, true)) {
            return true;
          }
          g = g.superGrammar;
        }
        return false;
      }
      toRecipe(superGrammarExpr = void 0) {
        const metaInfo = {};
        if (this.source) {
          metaInfo.source = this.source.contents;
        }
        let startRule = null;
        if (this.defaultStartRule) {
          startRule = this.defaultStartRule;
        }
        const rules = {};
        Object.keys(this.rules).forEach((ruleName) => {
          const ruleInfo = this.rules[ruleName];
          const { body } = ruleInfo;
          const isDefinition = !this.superGrammar || !this.superGrammar.rules[ruleName];
          let operation;
          if (isDefinition) {
            operation = "define";
          } else {
            operation = body instanceof Extend ? "extend" : "override";
          }
          const metaInfo2 = {};
          if (ruleInfo.source && this.source) {
            const adjusted = ruleInfo.source.relativeTo(this.source);
            metaInfo2.sourceInterval = [adjusted.startIdx, adjusted.endIdx];
          }
          const description = isDefinition ? ruleInfo.description : null;
          const bodyRecipe = body.outputRecipe(ruleInfo.formals, this.source);
          rules[ruleName] = [
            operation,
            // "define"/"extend"/"override"
            metaInfo2,
            description,
            ruleInfo.formals,
            bodyRecipe
          ];
        });
        let superGrammarOutput = "null";
        if (superGrammarExpr) {
          superGrammarOutput = superGrammarExpr;
        } else if (this.superGrammar && !this.superGrammar.isBuiltIn()) {
          superGrammarOutput = this.superGrammar.toRecipe();
        }
        const recipeElements = [
          ...["grammar", metaInfo, this.name].map(JSON.stringify),
          superGrammarOutput,
          ...[startRule, rules].map(JSON.stringify)
        ];
        return jsonToJS(`[${recipeElements.join(",")}]`);
      }
      // TODO: Come up with better names for these methods.
      // TODO: Write the analog of these methods for inherited attributes.
      toOperationActionDictionaryTemplate() {
        return this._toOperationOrAttributeActionDictionaryTemplate();
      }
      toAttributeActionDictionaryTemplate() {
        return this._toOperationOrAttributeActionDictionaryTemplate();
      }
      _toOperationOrAttributeActionDictionaryTemplate() {
        const sb = new StringBuffer();
        sb.append("{");
        let first = true;
        for (const ruleName in this.rules) {
          const { body } = this.rules[ruleName];
          if (first) {
            first = false;
          } else {
            sb.append(",");
          }
          sb.append("\n");
          sb.append("  ");
          this.addSemanticActionTemplate(ruleName, body, sb);
        }
        sb.append("\n}");
        return sb.contents();
      }
      addSemanticActionTemplate(ruleName, body, sb) {
        sb.append(ruleName);
        sb.append(": function(");
        const arity = this._topDownActionArity(ruleName);
        sb.append(repeat("_", arity).join(", "));
        sb.append(") {\n");
        sb.append("  }");
      }
      // Parse a string which expresses a rule application in this grammar, and return the
      // resulting Apply node.
      parseApplication(str) {
        let app;
        if (str.indexOf("<") === -1) {
          app = new Apply(str);
        } else {
          const cst = ohmGrammar$1.match(str, "Base_application");
          app = buildGrammar$1(cst, {});
        }
        if (!(app.ruleName in this.rules)) {
          throw undeclaredRule(app.ruleName, this.name);
        }
        const { formals } = this.rules[app.ruleName];
        if (formals.length !== app.args.length) {
          const { source } = this.rules[app.ruleName];
          throw wrongNumberOfParameters(
            app.ruleName,
            formals.length,
            app.args.length,
            source
          );
        }
        return app;
      }
      _setUpMatchState(state) {
        if (this._matchStateInitializer) {
          this._matchStateInitializer(state);
        }
      }
    };
    Grammar.ProtoBuiltInRules = new Grammar(
      "ProtoBuiltInRules",
      // name
      void 0,
      // supergrammar
      {
        any: {
          body: any,
          formals: [],
          description: "any character",
          primitive: true
        },
        end: {
          body: end,
          formals: [],
          description: "end of input",
          primitive: true
        },
        caseInsensitive: {
          body: new CaseInsensitiveTerminal(new Param(0)),
          formals: ["str"],
          primitive: true
        },
        lower: {
          body: new UnicodeChar("Ll"),
          formals: [],
          description: "a lowercase letter",
          primitive: true
        },
        upper: {
          body: new UnicodeChar("Lu"),
          formals: [],
          description: "an uppercase letter",
          primitive: true
        },
        // Union of Lt (titlecase), Lm (modifier), and Lo (other), i.e. any letter not in Ll or Lu.
        unicodeLtmo: {
          body: new UnicodeChar("Ltmo"),
          formals: [],
          description: "a Unicode character in Lt, Lm, or Lo",
          primitive: true
        },
        // These rules are not truly primitive (they could be written in userland) but are defined
        // here for bootstrapping purposes.
        spaces: {
          body: new Star(new Apply("space")),
          formals: []
        },
        space: {
          body: new Range("\0", " "),
          formals: [],
          description: "a space"
        }
      }
    );
    Grammar.initApplicationParser = function(grammar2, builderFn) {
      ohmGrammar$1 = grammar2;
      buildGrammar$1 = builderFn;
    };
    var GrammarDecl = class {
      constructor(name) {
        this.name = name;
      }
      // Helpers
      sourceInterval(startIdx, endIdx) {
        return this.source.subInterval(startIdx, endIdx - startIdx);
      }
      ensureSuperGrammar() {
        if (!this.superGrammar) {
          this.withSuperGrammar(
            // TODO: The conditional expression below is an ugly hack. It's kind of ok because
            // I doubt anyone will ever try to declare a grammar called `BuiltInRules`. Still,
            // we should try to find a better way to do this.
            this.name === "BuiltInRules" ? Grammar.ProtoBuiltInRules : Grammar.BuiltInRules
          );
        }
        return this.superGrammar;
      }
      ensureSuperGrammarRuleForOverriding(name, source) {
        const ruleInfo = this.ensureSuperGrammar().rules[name];
        if (!ruleInfo) {
          throw cannotOverrideUndeclaredRule(name, this.superGrammar.name, source);
        }
        return ruleInfo;
      }
      installOverriddenOrExtendedRule(name, formals, body, source) {
        const duplicateParameterNames$1 = getDuplicates(formals);
        if (duplicateParameterNames$1.length > 0) {
          throw duplicateParameterNames(name, duplicateParameterNames$1, source);
        }
        const ruleInfo = this.ensureSuperGrammar().rules[name];
        const expectedFormals = ruleInfo.formals;
        const expectedNumFormals = expectedFormals ? expectedFormals.length : 0;
        if (formals.length !== expectedNumFormals) {
          throw wrongNumberOfParameters(name, expectedNumFormals, formals.length, source);
        }
        return this.install(name, formals, body, ruleInfo.description, source);
      }
      install(name, formals, body, description, source, primitive = false) {
        this.rules[name] = {
          body: body.introduceParams(formals),
          formals,
          description,
          source,
          primitive
        };
        return this;
      }
      // Stuff that you should only do once
      withSuperGrammar(superGrammar) {
        if (this.superGrammar) {
          throw new Error("the super grammar of a GrammarDecl cannot be set more than once");
        }
        this.superGrammar = superGrammar;
        this.rules = Object.create(superGrammar.rules);
        if (!superGrammar.isBuiltIn()) {
          this.defaultStartRule = superGrammar.defaultStartRule;
        }
        return this;
      }
      withDefaultStartRule(ruleName) {
        this.defaultStartRule = ruleName;
        return this;
      }
      withSource(source) {
        this.source = new InputStream(source).interval(0, source.length);
        return this;
      }
      // Creates a Grammar instance, and if it passes the sanity checks, returns it.
      build() {
        const grammar2 = new Grammar(
          this.name,
          this.ensureSuperGrammar(),
          this.rules,
          this.defaultStartRule
        );
        grammar2._matchStateInitializer = grammar2.superGrammar._matchStateInitializer;
        grammar2.supportsIncrementalParsing = grammar2.superGrammar.supportsIncrementalParsing;
        const grammarErrors = [];
        let grammarHasInvalidApplications = false;
        Object.keys(grammar2.rules).forEach((ruleName) => {
          const { body } = grammar2.rules[ruleName];
          try {
            body.assertChoicesHaveUniformArity(ruleName);
          } catch (e) {
            grammarErrors.push(e);
          }
          try {
            body.assertAllApplicationsAreValid(ruleName, grammar2);
          } catch (e) {
            grammarErrors.push(e);
            grammarHasInvalidApplications = true;
          }
        });
        if (!grammarHasInvalidApplications) {
          Object.keys(grammar2.rules).forEach((ruleName) => {
            const { body } = grammar2.rules[ruleName];
            try {
              body.assertIteratedExprsAreNotNullable(grammar2, []);
            } catch (e) {
              grammarErrors.push(e);
            }
          });
        }
        if (grammarErrors.length > 0) {
          throwErrors(grammarErrors);
        }
        if (this.source) {
          grammar2.source = this.source;
        }
        return grammar2;
      }
      // Rule declarations
      define(name, formals, body, description, source, primitive) {
        this.ensureSuperGrammar();
        if (this.superGrammar.rules[name]) {
          throw duplicateRuleDeclaration(name, this.name, this.superGrammar.name, source);
        } else if (this.rules[name]) {
          throw duplicateRuleDeclaration(name, this.name, this.name, source);
        }
        const duplicateParameterNames$1 = getDuplicates(formals);
        if (duplicateParameterNames$1.length > 0) {
          throw duplicateParameterNames(name, duplicateParameterNames$1, source);
        }
        return this.install(name, formals, body, description, source, primitive);
      }
      override(name, formals, body, descIgnored, source) {
        this.ensureSuperGrammarRuleForOverriding(name, source);
        this.installOverriddenOrExtendedRule(name, formals, body, source);
        return this;
      }
      extend(name, formals, fragment, descIgnored, source) {
        const ruleInfo = this.ensureSuperGrammar().rules[name];
        if (!ruleInfo) {
          throw cannotExtendUndeclaredRule(name, this.superGrammar.name, source);
        }
        const body = new Extend(this.superGrammar, name, fragment);
        body.source = fragment.source;
        this.installOverriddenOrExtendedRule(name, formals, body, source);
        return this;
      }
    };
    var Builder = class {
      constructor(options) {
        this.currentDecl = null;
        this.currentRuleName = null;
        this.options = options || {};
      }
      newGrammar(name) {
        return new GrammarDecl(name);
      }
      grammar(metaInfo, name, superGrammar, defaultStartRule, rules) {
        const gDecl = new GrammarDecl(name);
        if (superGrammar) {
          gDecl.withSuperGrammar(
            superGrammar instanceof Grammar ? superGrammar : this.fromRecipe(superGrammar)
          );
        }
        if (defaultStartRule) {
          gDecl.withDefaultStartRule(defaultStartRule);
        }
        if (metaInfo && metaInfo.source) {
          gDecl.withSource(metaInfo.source);
        }
        this.currentDecl = gDecl;
        Object.keys(rules).forEach((ruleName) => {
          this.currentRuleName = ruleName;
          const ruleRecipe = rules[ruleName];
          const action = ruleRecipe[0];
          const metaInfo2 = ruleRecipe[1];
          const description = ruleRecipe[2];
          const formals = ruleRecipe[3];
          const body = this.fromRecipe(ruleRecipe[4]);
          let source;
          if (gDecl.source && metaInfo2 && metaInfo2.sourceInterval) {
            source = gDecl.source.subInterval(
              metaInfo2.sourceInterval[0],
              metaInfo2.sourceInterval[1] - metaInfo2.sourceInterval[0]
            );
          }
          gDecl[action](ruleName, formals, body, description, source);
        });
        this.currentRuleName = this.currentDecl = null;
        return gDecl.build();
      }
      terminal(x) {
        return new Terminal(x);
      }
      range(from, to) {
        return new Range(from, to);
      }
      param(index) {
        return new Param(index);
      }
      alt(...termArgs) {
        let terms = [];
        for (let arg of termArgs) {
          if (!(arg instanceof PExpr)) {
            arg = this.fromRecipe(arg);
          }
          if (arg instanceof Alt) {
            terms = terms.concat(arg.terms);
          } else {
            terms.push(arg);
          }
        }
        return terms.length === 1 ? terms[0] : new Alt(terms);
      }
      seq(...factorArgs) {
        let factors = [];
        for (let arg of factorArgs) {
          if (!(arg instanceof PExpr)) {
            arg = this.fromRecipe(arg);
          }
          if (arg instanceof Seq) {
            factors = factors.concat(arg.factors);
          } else {
            factors.push(arg);
          }
        }
        return factors.length === 1 ? factors[0] : new Seq(factors);
      }
      star(expr) {
        if (!(expr instanceof PExpr)) {
          expr = this.fromRecipe(expr);
        }
        return new Star(expr);
      }
      plus(expr) {
        if (!(expr instanceof PExpr)) {
          expr = this.fromRecipe(expr);
        }
        return new Plus(expr);
      }
      opt(expr) {
        if (!(expr instanceof PExpr)) {
          expr = this.fromRecipe(expr);
        }
        return new Opt(expr);
      }
      not(expr) {
        if (!(expr instanceof PExpr)) {
          expr = this.fromRecipe(expr);
        }
        return new Not(expr);
      }
      lookahead(expr) {
        if (!(expr instanceof PExpr)) {
          expr = this.fromRecipe(expr);
        }
        if (this.options.eliminateLookaheads) {
          return new Not(new Not(expr));
        }
        return new Lookahead(expr);
      }
      lex(expr) {
        if (!(expr instanceof PExpr)) {
          expr = this.fromRecipe(expr);
        }
        return new Lex(expr);
      }
      app(ruleName, optParams) {
        if (optParams && optParams.length > 0) {
          optParams = optParams.map(function(param) {
            return param instanceof PExpr ? param : this.fromRecipe(param);
          }, this);
        }
        return new Apply(ruleName, optParams);
      }
      // Note that unlike other methods in this class, this method cannot be used as a
      // convenience constructor. It only works with recipes, because it relies on
      // `this.currentDecl` and `this.currentRuleName` being set.
      splice(beforeTerms, afterTerms) {
        return new Splice(
          this.currentDecl.superGrammar,
          this.currentRuleName,
          beforeTerms.map((term) => this.fromRecipe(term)),
          afterTerms.map((term) => this.fromRecipe(term))
        );
      }
      fromRecipe(recipe) {
        const args = recipe[0] === "grammar" ? recipe.slice(1) : recipe.slice(2);
        const result = this[recipe[0]](...args);
        const metaInfo = recipe[1];
        if (metaInfo) {
          if (metaInfo.sourceInterval && this.currentDecl) {
            result.withSource(this.currentDecl.sourceInterval(...metaInfo.sourceInterval));
          }
        }
        return result;
      }
    };
    function makeRecipe(recipe) {
      if (typeof recipe === "function") {
        return recipe.call(new Builder());
      } else {
        if (typeof recipe === "string") {
          recipe = JSON.parse(recipe);
        }
        return new Builder().fromRecipe(recipe);
      }
    }
    var BuiltInRules = makeRecipe(["grammar", { "source": 'BuiltInRules {\n\n  alnum  (an alpha-numeric character)\n    = letter\n    | digit\n\n  letter  (a letter)\n    = lower\n    | upper\n    | unicodeLtmo\n\n  digit  (a digit)\n    = "0".."9"\n\n  hexDigit  (a hexadecimal digit)\n    = digit\n    | "a".."f"\n    | "A".."F"\n\n  ListOf<elem, sep>\n    = NonemptyListOf<elem, sep>\n    | EmptyListOf<elem, sep>\n\n  NonemptyListOf<elem, sep>\n    = elem (sep elem)*\n\n  EmptyListOf<elem, sep>\n    = /* nothing */\n\n  listOf<elem, sep>\n    = nonemptyListOf<elem, sep>\n    | emptyListOf<elem, sep>\n\n  nonemptyListOf<elem, sep>\n    = elem (sep elem)*\n\n  emptyListOf<elem, sep>\n    = /* nothing */\n\n  // Allows a syntactic rule application within a lexical context.\n  applySyntactic<app> = app\n}' }, "BuiltInRules", null, null, { "alnum": ["define", { "sourceInterval": [18, 78] }, "an alpha-numeric character", [], ["alt", { "sourceInterval": [60, 78] }, ["app", { "sourceInterval": [60, 66] }, "letter", []], ["app", { "sourceInterval": [73, 78] }, "digit", []]]], "letter": ["define", { "sourceInterval": [82, 142] }, "a letter", [], ["alt", { "sourceInterval": [107, 142] }, ["app", { "sourceInterval": [107, 112] }, "lower", []], ["app", { "sourceInterval": [119, 124] }, "upper", []], ["app", { "sourceInterval": [131, 142] }, "unicodeLtmo", []]]], "digit": ["define", { "sourceInterval": [146, 177] }, "a digit", [], ["range", { "sourceInterval": [169, 177] }, "0", "9"]], "hexDigit": ["define", { "sourceInterval": [181, 254] }, "a hexadecimal digit", [], ["alt", { "sourceInterval": [219, 254] }, ["app", { "sourceInterval": [219, 224] }, "digit", []], ["range", { "sourceInterval": [231, 239] }, "a", "f"], ["range", { "sourceInterval": [246, 254] }, "A", "F"]]], "ListOf": ["define", { "sourceInterval": [258, 336] }, null, ["elem", "sep"], ["alt", { "sourceInterval": [282, 336] }, ["app", { "sourceInterval": [282, 307] }, "NonemptyListOf", [["param", { "sourceInterval": [297, 301] }, 0], ["param", { "sourceInterval": [303, 306] }, 1]]], ["app", { "sourceInterval": [314, 336] }, "EmptyListOf", [["param", { "sourceInterval": [326, 330] }, 0], ["param", { "sourceInterval": [332, 335] }, 1]]]]], "NonemptyListOf": ["define", { "sourceInterval": [340, 388] }, null, ["elem", "sep"], ["seq", { "sourceInterval": [372, 388] }, ["param", { "sourceInterval": [372, 376] }, 0], ["star", { "sourceInterval": [377, 388] }, ["seq", { "sourceInterval": [378, 386] }, ["param", { "sourceInterval": [378, 381] }, 1], ["param", { "sourceInterval": [382, 386] }, 0]]]]], "EmptyListOf": ["define", { "sourceInterval": [392, 434] }, null, ["elem", "sep"], ["seq", { "sourceInterval": [438, 438] }]], "listOf": ["define", { "sourceInterval": [438, 516] }, null, ["elem", "sep"], ["alt", { "sourceInterval": [462, 516] }, ["app", { "sourceInterval": [462, 487] }, "nonemptyListOf", [["param", { "sourceInterval": [477, 481] }, 0], ["param", { "sourceInterval": [483, 486] }, 1]]], ["app", { "sourceInterval": [494, 516] }, "emptyListOf", [["param", { "sourceInterval": [506, 510] }, 0], ["param", { "sourceInterval": [512, 515] }, 1]]]]], "nonemptyListOf": ["define", { "sourceInterval": [520, 568] }, null, ["elem", "sep"], ["seq", { "sourceInterval": [552, 568] }, ["param", { "sourceInterval": [552, 556] }, 0], ["star", { "sourceInterval": [557, 568] }, ["seq", { "sourceInterval": [558, 566] }, ["param", { "sourceInterval": [558, 561] }, 1], ["param", { "sourceInterval": [562, 566] }, 0]]]]], "emptyListOf": ["define", { "sourceInterval": [572, 682] }, null, ["elem", "sep"], ["seq", { "sourceInterval": [685, 685] }]], "applySyntactic": ["define", { "sourceInterval": [685, 710] }, null, ["app"], ["param", { "sourceInterval": [707, 710] }, 0]] }]);
    Grammar.BuiltInRules = BuiltInRules;
    announceBuiltInRules(Grammar.BuiltInRules);
    var ohmGrammar = makeRecipe(["grammar", { "source": `Ohm {

  Grammars
    = Grammar*

  Grammar
    = ident SuperGrammar? "{" Rule* "}"

  SuperGrammar
    = "<:" ident

  Rule
    = ident Formals? ruleDescr? "="  RuleBody  -- define
    | ident Formals?            ":=" OverrideRuleBody  -- override
    | ident Formals?            "+=" RuleBody  -- extend

  RuleBody
    = "|"? NonemptyListOf<TopLevelTerm, "|">

  TopLevelTerm
    = Seq caseName  -- inline
    | Seq

  OverrideRuleBody
    = "|"? NonemptyListOf<OverrideTopLevelTerm, "|">

  OverrideTopLevelTerm
    = "..."  -- superSplice
    | TopLevelTerm

  Formals
    = "<" ListOf<ident, ","> ">"

  Params
    = "<" ListOf<Seq, ","> ">"

  Alt
    = NonemptyListOf<Seq, "|">

  Seq
    = Iter*

  Iter
    = Pred "*"  -- star
    | Pred "+"  -- plus
    | Pred "?"  -- opt
    | Pred

  Pred
    = "~" Lex  -- not
    | "&" Lex  -- lookahead
    | Lex

  Lex
    = "#" Base  -- lex
    | Base

  Base
    = ident Params? ~(ruleDescr? "=" | ":=" | "+=")  -- application
    | oneCharTerminal ".." oneCharTerminal           -- range
    | terminal                                       -- terminal
    | "(" Alt ")"                                    -- paren

  ruleDescr  (a rule description)
    = "(" ruleDescrText ")"

  ruleDescrText
    = (~")" any)*

  caseName
    = "--" (~"\\n" space)* name (~"\\n" space)* ("\\n" | &"}")

  name  (a name)
    = nameFirst nameRest*

  nameFirst
    = "_"
    | letter

  nameRest
    = "_"
    | alnum

  ident  (an identifier)
    = name

  terminal
    = "\\"" terminalChar* "\\""

  oneCharTerminal
    = "\\"" terminalChar "\\""

  terminalChar
    = escapeChar
      | ~"\\\\" ~"\\"" ~"\\n" "\\u{0}".."\\u{10FFFF}"

  escapeChar  (an escape sequence)
    = "\\\\\\\\"                                     -- backslash
    | "\\\\\\""                                     -- doubleQuote
    | "\\\\\\'"                                     -- singleQuote
    | "\\\\b"                                      -- backspace
    | "\\\\n"                                      -- lineFeed
    | "\\\\r"                                      -- carriageReturn
    | "\\\\t"                                      -- tab
    | "\\\\u{" hexDigit hexDigit? hexDigit?
             hexDigit? hexDigit? hexDigit? "}"   -- unicodeCodePoint
    | "\\\\u" hexDigit hexDigit hexDigit hexDigit  -- unicodeEscape
    | "\\\\x" hexDigit hexDigit                    -- hexEscape

  space
   += comment

  comment
    = "//" (~"\\n" any)* &("\\n" | end)  -- singleLine
    | "/*" (~"*/" any)* "*/"  -- multiLine

  tokens = token*

  token = caseName | comment | ident | operator | punctuation | terminal | any

  operator = "<:" | "=" | ":=" | "+=" | "*" | "+" | "?" | "~" | "&"

  punctuation = "<" | ">" | "," | "--"
}` }, "Ohm", null, "Grammars", { "Grammars": ["define", { "sourceInterval": [9, 32] }, null, [], ["star", { "sourceInterval": [24, 32] }, ["app", { "sourceInterval": [24, 31] }, "Grammar", []]]], "Grammar": ["define", { "sourceInterval": [36, 83] }, null, [], ["seq", { "sourceInterval": [50, 83] }, ["app", { "sourceInterval": [50, 55] }, "ident", []], ["opt", { "sourceInterval": [56, 69] }, ["app", { "sourceInterval": [56, 68] }, "SuperGrammar", []]], ["terminal", { "sourceInterval": [70, 73] }, "{"], ["star", { "sourceInterval": [74, 79] }, ["app", { "sourceInterval": [74, 78] }, "Rule", []]], ["terminal", { "sourceInterval": [80, 83] }, "}"]]], "SuperGrammar": ["define", { "sourceInterval": [87, 116] }, null, [], ["seq", { "sourceInterval": [106, 116] }, ["terminal", { "sourceInterval": [106, 110] }, "<:"], ["app", { "sourceInterval": [111, 116] }, "ident", []]]], "Rule_define": ["define", { "sourceInterval": [131, 181] }, null, [], ["seq", { "sourceInterval": [131, 170] }, ["app", { "sourceInterval": [131, 136] }, "ident", []], ["opt", { "sourceInterval": [137, 145] }, ["app", { "sourceInterval": [137, 144] }, "Formals", []]], ["opt", { "sourceInterval": [146, 156] }, ["app", { "sourceInterval": [146, 155] }, "ruleDescr", []]], ["terminal", { "sourceInterval": [157, 160] }, "="], ["app", { "sourceInterval": [162, 170] }, "RuleBody", []]]], "Rule_override": ["define", { "sourceInterval": [188, 248] }, null, [], ["seq", { "sourceInterval": [188, 235] }, ["app", { "sourceInterval": [188, 193] }, "ident", []], ["opt", { "sourceInterval": [194, 202] }, ["app", { "sourceInterval": [194, 201] }, "Formals", []]], ["terminal", { "sourceInterval": [214, 218] }, ":="], ["app", { "sourceInterval": [219, 235] }, "OverrideRuleBody", []]]], "Rule_extend": ["define", { "sourceInterval": [255, 305] }, null, [], ["seq", { "sourceInterval": [255, 294] }, ["app", { "sourceInterval": [255, 260] }, "ident", []], ["opt", { "sourceInterval": [261, 269] }, ["app", { "sourceInterval": [261, 268] }, "Formals", []]], ["terminal", { "sourceInterval": [281, 285] }, "+="], ["app", { "sourceInterval": [286, 294] }, "RuleBody", []]]], "Rule": ["define", { "sourceInterval": [120, 305] }, null, [], ["alt", { "sourceInterval": [131, 305] }, ["app", { "sourceInterval": [131, 170] }, "Rule_define", []], ["app", { "sourceInterval": [188, 235] }, "Rule_override", []], ["app", { "sourceInterval": [255, 294] }, "Rule_extend", []]]], "RuleBody": ["define", { "sourceInterval": [309, 362] }, null, [], ["seq", { "sourceInterval": [324, 362] }, ["opt", { "sourceInterval": [324, 328] }, ["terminal", { "sourceInterval": [324, 327] }, "|"]], ["app", { "sourceInterval": [329, 362] }, "NonemptyListOf", [["app", { "sourceInterval": [344, 356] }, "TopLevelTerm", []], ["terminal", { "sourceInterval": [358, 361] }, "|"]]]]], "TopLevelTerm_inline": ["define", { "sourceInterval": [385, 408] }, null, [], ["seq", { "sourceInterval": [385, 397] }, ["app", { "sourceInterval": [385, 388] }, "Seq", []], ["app", { "sourceInterval": [389, 397] }, "caseName", []]]], "TopLevelTerm": ["define", { "sourceInterval": [366, 418] }, null, [], ["alt", { "sourceInterval": [385, 418] }, ["app", { "sourceInterval": [385, 397] }, "TopLevelTerm_inline", []], ["app", { "sourceInterval": [415, 418] }, "Seq", []]]], "OverrideRuleBody": ["define", { "sourceInterval": [422, 491] }, null, [], ["seq", { "sourceInterval": [445, 491] }, ["opt", { "sourceInterval": [445, 449] }, ["terminal", { "sourceInterval": [445, 448] }, "|"]], ["app", { "sourceInterval": [450, 491] }, "NonemptyListOf", [["app", { "sourceInterval": [465, 485] }, "OverrideTopLevelTerm", []], ["terminal", { "sourceInterval": [487, 490] }, "|"]]]]], "OverrideTopLevelTerm_superSplice": ["define", { "sourceInterval": [522, 543] }, null, [], ["terminal", { "sourceInterval": [522, 527] }, "..."]], "OverrideTopLevelTerm": ["define", { "sourceInterval": [495, 562] }, null, [], ["alt", { "sourceInterval": [522, 562] }, ["app", { "sourceInterval": [522, 527] }, "OverrideTopLevelTerm_superSplice", []], ["app", { "sourceInterval": [550, 562] }, "TopLevelTerm", []]]], "Formals": ["define", { "sourceInterval": [566, 606] }, null, [], ["seq", { "sourceInterval": [580, 606] }, ["terminal", { "sourceInterval": [580, 583] }, "<"], ["app", { "sourceInterval": [584, 602] }, "ListOf", [["app", { "sourceInterval": [591, 596] }, "ident", []], ["terminal", { "sourceInterval": [598, 601] }, ","]]], ["terminal", { "sourceInterval": [603, 606] }, ">"]]], "Params": ["define", { "sourceInterval": [610, 647] }, null, [], ["seq", { "sourceInterval": [623, 647] }, ["terminal", { "sourceInterval": [623, 626] }, "<"], ["app", { "sourceInterval": [627, 643] }, "ListOf", [["app", { "sourceInterval": [634, 637] }, "Seq", []], ["terminal", { "sourceInterval": [639, 642] }, ","]]], ["terminal", { "sourceInterval": [644, 647] }, ">"]]], "Alt": ["define", { "sourceInterval": [651, 685] }, null, [], ["app", { "sourceInterval": [661, 685] }, "NonemptyListOf", [["app", { "sourceInterval": [676, 679] }, "Seq", []], ["terminal", { "sourceInterval": [681, 684] }, "|"]]]], "Seq": ["define", { "sourceInterval": [689, 704] }, null, [], ["star", { "sourceInterval": [699, 704] }, ["app", { "sourceInterval": [699, 703] }, "Iter", []]]], "Iter_star": ["define", { "sourceInterval": [719, 736] }, null, [], ["seq", { "sourceInterval": [719, 727] }, ["app", { "sourceInterval": [719, 723] }, "Pred", []], ["terminal", { "sourceInterval": [724, 727] }, "*"]]], "Iter_plus": ["define", { "sourceInterval": [743, 760] }, null, [], ["seq", { "sourceInterval": [743, 751] }, ["app", { "sourceInterval": [743, 747] }, "Pred", []], ["terminal", { "sourceInterval": [748, 751] }, "+"]]], "Iter_opt": ["define", { "sourceInterval": [767, 783] }, null, [], ["seq", { "sourceInterval": [767, 775] }, ["app", { "sourceInterval": [767, 771] }, "Pred", []], ["terminal", { "sourceInterval": [772, 775] }, "?"]]], "Iter": ["define", { "sourceInterval": [708, 794] }, null, [], ["alt", { "sourceInterval": [719, 794] }, ["app", { "sourceInterval": [719, 727] }, "Iter_star", []], ["app", { "sourceInterval": [743, 751] }, "Iter_plus", []], ["app", { "sourceInterval": [767, 775] }, "Iter_opt", []], ["app", { "sourceInterval": [790, 794] }, "Pred", []]]], "Pred_not": ["define", { "sourceInterval": [809, 824] }, null, [], ["seq", { "sourceInterval": [809, 816] }, ["terminal", { "sourceInterval": [809, 812] }, "~"], ["app", { "sourceInterval": [813, 816] }, "Lex", []]]], "Pred_lookahead": ["define", { "sourceInterval": [831, 852] }, null, [], ["seq", { "sourceInterval": [831, 838] }, ["terminal", { "sourceInterval": [831, 834] }, "&"], ["app", { "sourceInterval": [835, 838] }, "Lex", []]]], "Pred": ["define", { "sourceInterval": [798, 862] }, null, [], ["alt", { "sourceInterval": [809, 862] }, ["app", { "sourceInterval": [809, 816] }, "Pred_not", []], ["app", { "sourceInterval": [831, 838] }, "Pred_lookahead", []], ["app", { "sourceInterval": [859, 862] }, "Lex", []]]], "Lex_lex": ["define", { "sourceInterval": [876, 892] }, null, [], ["seq", { "sourceInterval": [876, 884] }, ["terminal", { "sourceInterval": [876, 879] }, "#"], ["app", { "sourceInterval": [880, 884] }, "Base", []]]], "Lex": ["define", { "sourceInterval": [866, 903] }, null, [], ["alt", { "sourceInterval": [876, 903] }, ["app", { "sourceInterval": [876, 884] }, "Lex_lex", []], ["app", { "sourceInterval": [899, 903] }, "Base", []]]], "Base_application": ["define", { "sourceInterval": [918, 979] }, null, [], ["seq", { "sourceInterval": [918, 963] }, ["app", { "sourceInterval": [918, 923] }, "ident", []], ["opt", { "sourceInterval": [924, 931] }, ["app", { "sourceInterval": [924, 930] }, "Params", []]], ["not", { "sourceInterval": [932, 963] }, ["alt", { "sourceInterval": [934, 962] }, ["seq", { "sourceInterval": [934, 948] }, ["opt", { "sourceInterval": [934, 944] }, ["app", { "sourceInterval": [934, 943] }, "ruleDescr", []]], ["terminal", { "sourceInterval": [945, 948] }, "="]], ["terminal", { "sourceInterval": [951, 955] }, ":="], ["terminal", { "sourceInterval": [958, 962] }, "+="]]]]], "Base_range": ["define", { "sourceInterval": [986, 1041] }, null, [], ["seq", { "sourceInterval": [986, 1022] }, ["app", { "sourceInterval": [986, 1001] }, "oneCharTerminal", []], ["terminal", { "sourceInterval": [1002, 1006] }, ".."], ["app", { "sourceInterval": [1007, 1022] }, "oneCharTerminal", []]]], "Base_terminal": ["define", { "sourceInterval": [1048, 1106] }, null, [], ["app", { "sourceInterval": [1048, 1056] }, "terminal", []]], "Base_paren": ["define", { "sourceInterval": [1113, 1168] }, null, [], ["seq", { "sourceInterval": [1113, 1124] }, ["terminal", { "sourceInterval": [1113, 1116] }, "("], ["app", { "sourceInterval": [1117, 1120] }, "Alt", []], ["terminal", { "sourceInterval": [1121, 1124] }, ")"]]], "Base": ["define", { "sourceInterval": [907, 1168] }, null, [], ["alt", { "sourceInterval": [918, 1168] }, ["app", { "sourceInterval": [918, 963] }, "Base_application", []], ["app", { "sourceInterval": [986, 1022] }, "Base_range", []], ["app", { "sourceInterval": [1048, 1056] }, "Base_terminal", []], ["app", { "sourceInterval": [1113, 1124] }, "Base_paren", []]]], "ruleDescr": ["define", { "sourceInterval": [1172, 1231] }, "a rule description", [], ["seq", { "sourceInterval": [1210, 1231] }, ["terminal", { "sourceInterval": [1210, 1213] }, "("], ["app", { "sourceInterval": [1214, 1227] }, "ruleDescrText", []], ["terminal", { "sourceInterval": [1228, 1231] }, ")"]]], "ruleDescrText": ["define", { "sourceInterval": [1235, 1266] }, null, [], ["star", { "sourceInterval": [1255, 1266] }, ["seq", { "sourceInterval": [1256, 1264] }, ["not", { "sourceInterval": [1256, 1260] }, ["terminal", { "sourceInterval": [1257, 1260] }, ")"]], ["app", { "sourceInterval": [1261, 1264] }, "any", []]]]], "caseName": ["define", { "sourceInterval": [1270, 1338] }, null, [], ["seq", { "sourceInterval": [1285, 1338] }, ["terminal", { "sourceInterval": [1285, 1289] }, "--"], ["star", { "sourceInterval": [1290, 1304] }, ["seq", { "sourceInterval": [1291, 1302] }, ["not", { "sourceInterval": [1291, 1296] }, ["terminal", { "sourceInterval": [1292, 1296] }, "\n"]], ["app", { "sourceInterval": [1297, 1302] }, "space", []]]], ["app", { "sourceInterval": [1305, 1309] }, "name", []], ["star", { "sourceInterval": [1310, 1324] }, ["seq", { "sourceInterval": [1311, 1322] }, ["not", { "sourceInterval": [1311, 1316] }, ["terminal", { "sourceInterval": [1312, 1316] }, "\n"]], ["app", { "sourceInterval": [1317, 1322] }, "space", []]]], ["alt", { "sourceInterval": [1326, 1337] }, ["terminal", { "sourceInterval": [1326, 1330] }, "\n"], ["lookahead", { "sourceInterval": [1333, 1337] }, ["terminal", { "sourceInterval": [1334, 1337] }, "}"]]]]], "name": ["define", { "sourceInterval": [1342, 1382] }, "a name", [], ["seq", { "sourceInterval": [1363, 1382] }, ["app", { "sourceInterval": [1363, 1372] }, "nameFirst", []], ["star", { "sourceInterval": [1373, 1382] }, ["app", { "sourceInterval": [1373, 1381] }, "nameRest", []]]]], "nameFirst": ["define", { "sourceInterval": [1386, 1418] }, null, [], ["alt", { "sourceInterval": [1402, 1418] }, ["terminal", { "sourceInterval": [1402, 1405] }, "_"], ["app", { "sourceInterval": [1412, 1418] }, "letter", []]]], "nameRest": ["define", { "sourceInterval": [1422, 1452] }, null, [], ["alt", { "sourceInterval": [1437, 1452] }, ["terminal", { "sourceInterval": [1437, 1440] }, "_"], ["app", { "sourceInterval": [1447, 1452] }, "alnum", []]]], "ident": ["define", { "sourceInterval": [1456, 1489] }, "an identifier", [], ["app", { "sourceInterval": [1485, 1489] }, "name", []]], "terminal": ["define", { "sourceInterval": [1493, 1531] }, null, [], ["seq", { "sourceInterval": [1508, 1531] }, ["terminal", { "sourceInterval": [1508, 1512] }, '"'], ["star", { "sourceInterval": [1513, 1526] }, ["app", { "sourceInterval": [1513, 1525] }, "terminalChar", []]], ["terminal", { "sourceInterval": [1527, 1531] }, '"']]], "oneCharTerminal": ["define", { "sourceInterval": [1535, 1579] }, null, [], ["seq", { "sourceInterval": [1557, 1579] }, ["terminal", { "sourceInterval": [1557, 1561] }, '"'], ["app", { "sourceInterval": [1562, 1574] }, "terminalChar", []], ["terminal", { "sourceInterval": [1575, 1579] }, '"']]], "terminalChar": ["define", { "sourceInterval": [1583, 1660] }, null, [], ["alt", { "sourceInterval": [1602, 1660] }, ["app", { "sourceInterval": [1602, 1612] }, "escapeChar", []], ["seq", { "sourceInterval": [1621, 1660] }, ["not", { "sourceInterval": [1621, 1626] }, ["terminal", { "sourceInterval": [1622, 1626] }, "\\"]], ["not", { "sourceInterval": [1627, 1632] }, ["terminal", { "sourceInterval": [1628, 1632] }, '"']], ["not", { "sourceInterval": [1633, 1638] }, ["terminal", { "sourceInterval": [1634, 1638] }, "\n"]], ["range", { "sourceInterval": [1639, 1660] }, "\0", "\u{10FFFF}"]]]], "escapeChar_backslash": ["define", { "sourceInterval": [1703, 1758] }, null, [], ["terminal", { "sourceInterval": [1703, 1709] }, "\\\\"]], "escapeChar_doubleQuote": ["define", { "sourceInterval": [1765, 1822] }, null, [], ["terminal", { "sourceInterval": [1765, 1771] }, '\\"']], "escapeChar_singleQuote": ["define", { "sourceInterval": [1829, 1886] }, null, [], ["terminal", { "sourceInterval": [1829, 1835] }, "\\'"]], "escapeChar_backspace": ["define", { "sourceInterval": [1893, 1948] }, null, [], ["terminal", { "sourceInterval": [1893, 1898] }, "\\b"]], "escapeChar_lineFeed": ["define", { "sourceInterval": [1955, 2009] }, null, [], ["terminal", { "sourceInterval": [1955, 1960] }, "\\n"]], "escapeChar_carriageReturn": ["define", { "sourceInterval": [2016, 2076] }, null, [], ["terminal", { "sourceInterval": [2016, 2021] }, "\\r"]], "escapeChar_tab": ["define", { "sourceInterval": [2083, 2132] }, null, [], ["terminal", { "sourceInterval": [2083, 2088] }, "\\t"]], "escapeChar_unicodeCodePoint": ["define", { "sourceInterval": [2139, 2243] }, null, [], ["seq", { "sourceInterval": [2139, 2221] }, ["terminal", { "sourceInterval": [2139, 2145] }, "\\u{"], ["app", { "sourceInterval": [2146, 2154] }, "hexDigit", []], ["opt", { "sourceInterval": [2155, 2164] }, ["app", { "sourceInterval": [2155, 2163] }, "hexDigit", []]], ["opt", { "sourceInterval": [2165, 2174] }, ["app", { "sourceInterval": [2165, 2173] }, "hexDigit", []]], ["opt", { "sourceInterval": [2188, 2197] }, ["app", { "sourceInterval": [2188, 2196] }, "hexDigit", []]], ["opt", { "sourceInterval": [2198, 2207] }, ["app", { "sourceInterval": [2198, 2206] }, "hexDigit", []]], ["opt", { "sourceInterval": [2208, 2217] }, ["app", { "sourceInterval": [2208, 2216] }, "hexDigit", []]], ["terminal", { "sourceInterval": [2218, 2221] }, "}"]]], "escapeChar_unicodeEscape": ["define", { "sourceInterval": [2250, 2309] }, null, [], ["seq", { "sourceInterval": [2250, 2291] }, ["terminal", { "sourceInterval": [2250, 2255] }, "\\u"], ["app", { "sourceInterval": [2256, 2264] }, "hexDigit", []], ["app", { "sourceInterval": [2265, 2273] }, "hexDigit", []], ["app", { "sourceInterval": [2274, 2282] }, "hexDigit", []], ["app", { "sourceInterval": [2283, 2291] }, "hexDigit", []]]], "escapeChar_hexEscape": ["define", { "sourceInterval": [2316, 2371] }, null, [], ["seq", { "sourceInterval": [2316, 2339] }, ["terminal", { "sourceInterval": [2316, 2321] }, "\\x"], ["app", { "sourceInterval": [2322, 2330] }, "hexDigit", []], ["app", { "sourceInterval": [2331, 2339] }, "hexDigit", []]]], "escapeChar": ["define", { "sourceInterval": [1664, 2371] }, "an escape sequence", [], ["alt", { "sourceInterval": [1703, 2371] }, ["app", { "sourceInterval": [1703, 1709] }, "escapeChar_backslash", []], ["app", { "sourceInterval": [1765, 1771] }, "escapeChar_doubleQuote", []], ["app", { "sourceInterval": [1829, 1835] }, "escapeChar_singleQuote", []], ["app", { "sourceInterval": [1893, 1898] }, "escapeChar_backspace", []], ["app", { "sourceInterval": [1955, 1960] }, "escapeChar_lineFeed", []], ["app", { "sourceInterval": [2016, 2021] }, "escapeChar_carriageReturn", []], ["app", { "sourceInterval": [2083, 2088] }, "escapeChar_tab", []], ["app", { "sourceInterval": [2139, 2221] }, "escapeChar_unicodeCodePoint", []], ["app", { "sourceInterval": [2250, 2291] }, "escapeChar_unicodeEscape", []], ["app", { "sourceInterval": [2316, 2339] }, "escapeChar_hexEscape", []]]], "space": ["extend", { "sourceInterval": [2375, 2394] }, null, [], ["app", { "sourceInterval": [2387, 2394] }, "comment", []]], "comment_singleLine": ["define", { "sourceInterval": [2412, 2458] }, null, [], ["seq", { "sourceInterval": [2412, 2443] }, ["terminal", { "sourceInterval": [2412, 2416] }, "//"], ["star", { "sourceInterval": [2417, 2429] }, ["seq", { "sourceInterval": [2418, 2427] }, ["not", { "sourceInterval": [2418, 2423] }, ["terminal", { "sourceInterval": [2419, 2423] }, "\n"]], ["app", { "sourceInterval": [2424, 2427] }, "any", []]]], ["lookahead", { "sourceInterval": [2430, 2443] }, ["alt", { "sourceInterval": [2432, 2442] }, ["terminal", { "sourceInterval": [2432, 2436] }, "\n"], ["app", { "sourceInterval": [2439, 2442] }, "end", []]]]]], "comment_multiLine": ["define", { "sourceInterval": [2465, 2501] }, null, [], ["seq", { "sourceInterval": [2465, 2487] }, ["terminal", { "sourceInterval": [2465, 2469] }, "/*"], ["star", { "sourceInterval": [2470, 2482] }, ["seq", { "sourceInterval": [2471, 2480] }, ["not", { "sourceInterval": [2471, 2476] }, ["terminal", { "sourceInterval": [2472, 2476] }, "*/"]], ["app", { "sourceInterval": [2477, 2480] }, "any", []]]], ["terminal", { "sourceInterval": [2483, 2487] }, "*/"]]], "comment": ["define", { "sourceInterval": [2398, 2501] }, null, [], ["alt", { "sourceInterval": [2412, 2501] }, ["app", { "sourceInterval": [2412, 2443] }, "comment_singleLine", []], ["app", { "sourceInterval": [2465, 2487] }, "comment_multiLine", []]]], "tokens": ["define", { "sourceInterval": [2505, 2520] }, null, [], ["star", { "sourceInterval": [2514, 2520] }, ["app", { "sourceInterval": [2514, 2519] }, "token", []]]], "token": ["define", { "sourceInterval": [2524, 2600] }, null, [], ["alt", { "sourceInterval": [2532, 2600] }, ["app", { "sourceInterval": [2532, 2540] }, "caseName", []], ["app", { "sourceInterval": [2543, 2550] }, "comment", []], ["app", { "sourceInterval": [2553, 2558] }, "ident", []], ["app", { "sourceInterval": [2561, 2569] }, "operator", []], ["app", { "sourceInterval": [2572, 2583] }, "punctuation", []], ["app", { "sourceInterval": [2586, 2594] }, "terminal", []], ["app", { "sourceInterval": [2597, 2600] }, "any", []]]], "operator": ["define", { "sourceInterval": [2604, 2669] }, null, [], ["alt", { "sourceInterval": [2615, 2669] }, ["terminal", { "sourceInterval": [2615, 2619] }, "<:"], ["terminal", { "sourceInterval": [2622, 2625] }, "="], ["terminal", { "sourceInterval": [2628, 2632] }, ":="], ["terminal", { "sourceInterval": [2635, 2639] }, "+="], ["terminal", { "sourceInterval": [2642, 2645] }, "*"], ["terminal", { "sourceInterval": [2648, 2651] }, "+"], ["terminal", { "sourceInterval": [2654, 2657] }, "?"], ["terminal", { "sourceInterval": [2660, 2663] }, "~"], ["terminal", { "sourceInterval": [2666, 2669] }, "&"]]], "punctuation": ["define", { "sourceInterval": [2673, 2709] }, null, [], ["alt", { "sourceInterval": [2687, 2709] }, ["terminal", { "sourceInterval": [2687, 2690] }, "<"], ["terminal", { "sourceInterval": [2693, 2696] }, ">"], ["terminal", { "sourceInterval": [2699, 2702] }, ","], ["terminal", { "sourceInterval": [2705, 2709] }, "--"]]] }]);
    var superSplicePlaceholder = Object.create(PExpr.prototype);
    function namespaceHas(ns, name) {
      for (const prop in ns) {
        if (prop === name) return true;
      }
      return false;
    }
    function buildGrammar(match, namespace, optOhmGrammarForTesting, options) {
      const builder = new Builder(options);
      let decl;
      let currentRuleName;
      let currentRuleFormals;
      let overriding = false;
      const metaGrammar = optOhmGrammarForTesting || ohmGrammar;
      const helpers = metaGrammar.createSemantics().addOperation("visit", {
        Grammars(grammarIter) {
          return grammarIter.children.map((c) => c.visit());
        },
        Grammar(id, s, _open, rules, _close) {
          const grammarName = id.visit();
          decl = builder.newGrammar(grammarName);
          s.child(0) && s.child(0).visit();
          rules.children.map((c) => c.visit());
          const g = decl.build();
          g.source = this.source.trimmed();
          if (namespaceHas(namespace, grammarName)) {
            throw duplicateGrammarDeclaration(g);
          }
          namespace[grammarName] = g;
          return g;
        },
        SuperGrammar(_, n) {
          const superGrammarName = n.visit();
          if (superGrammarName === "null") {
            decl.withSuperGrammar(null);
          } else {
            if (!namespace || !namespaceHas(namespace, superGrammarName)) {
              throw undeclaredGrammar(superGrammarName, namespace, n.source);
            }
            decl.withSuperGrammar(namespace[superGrammarName]);
          }
        },
        Rule_define(n, fs, d, _, b) {
          currentRuleName = n.visit();
          currentRuleFormals = fs.children.map((c) => c.visit())[0] || [];
          if (!decl.defaultStartRule && decl.ensureSuperGrammar() !== Grammar.ProtoBuiltInRules) {
            decl.withDefaultStartRule(currentRuleName);
          }
          const body = b.visit();
          const description = d.children.map((c) => c.visit())[0];
          const source = this.source.trimmed();
          return decl.define(currentRuleName, currentRuleFormals, body, description, source);
        },
        Rule_override(n, fs, _, b) {
          currentRuleName = n.visit();
          currentRuleFormals = fs.children.map((c) => c.visit())[0] || [];
          const source = this.source.trimmed();
          decl.ensureSuperGrammarRuleForOverriding(currentRuleName, source);
          overriding = true;
          const body = b.visit();
          overriding = false;
          return decl.override(currentRuleName, currentRuleFormals, body, null, source);
        },
        Rule_extend(n, fs, _, b) {
          currentRuleName = n.visit();
          currentRuleFormals = fs.children.map((c) => c.visit())[0] || [];
          const body = b.visit();
          const source = this.source.trimmed();
          return decl.extend(currentRuleName, currentRuleFormals, body, null, source);
        },
        RuleBody(_, terms) {
          return builder.alt(...terms.visit()).withSource(this.source);
        },
        OverrideRuleBody(_, terms) {
          const args = terms.visit();
          const expansionPos = args.indexOf(superSplicePlaceholder);
          if (expansionPos >= 0) {
            const beforeTerms = args.slice(0, expansionPos);
            const afterTerms = args.slice(expansionPos + 1);
            afterTerms.forEach((t) => {
              if (t === superSplicePlaceholder) throw multipleSuperSplices(t);
            });
            return new Splice(
              decl.superGrammar,
              currentRuleName,
              beforeTerms,
              afterTerms
            ).withSource(this.source);
          } else {
            return builder.alt(...args).withSource(this.source);
          }
        },
        Formals(opointy, fs, cpointy) {
          return fs.visit();
        },
        Params(opointy, ps, cpointy) {
          return ps.visit();
        },
        Alt(seqs) {
          return builder.alt(...seqs.visit()).withSource(this.source);
        },
        TopLevelTerm_inline(b, n) {
          const inlineRuleName = currentRuleName + "_" + n.visit();
          const body = b.visit();
          const source = this.source.trimmed();
          const isNewRuleDeclaration = !(decl.superGrammar && decl.superGrammar.rules[inlineRuleName]);
          if (overriding && !isNewRuleDeclaration) {
            decl.override(inlineRuleName, currentRuleFormals, body, null, source);
          } else {
            decl.define(inlineRuleName, currentRuleFormals, body, null, source);
          }
          const params = currentRuleFormals.map((formal) => builder.app(formal));
          return builder.app(inlineRuleName, params).withSource(body.source);
        },
        OverrideTopLevelTerm_superSplice(_) {
          return superSplicePlaceholder;
        },
        Seq(expr) {
          return builder.seq(...expr.children.map((c) => c.visit())).withSource(this.source);
        },
        Iter_star(x, _) {
          return builder.star(x.visit()).withSource(this.source);
        },
        Iter_plus(x, _) {
          return builder.plus(x.visit()).withSource(this.source);
        },
        Iter_opt(x, _) {
          return builder.opt(x.visit()).withSource(this.source);
        },
        Pred_not(_, x) {
          return builder.not(x.visit()).withSource(this.source);
        },
        Pred_lookahead(_, x) {
          return builder.lookahead(x.visit()).withSource(this.source);
        },
        Lex_lex(_, x) {
          return builder.lex(x.visit()).withSource(this.source);
        },
        Base_application(rule, ps) {
          const params = ps.children.map((c) => c.visit())[0] || [];
          return builder.app(rule.visit(), params).withSource(this.source);
        },
        Base_range(from, _, to) {
          return builder.range(from.visit(), to.visit()).withSource(this.source);
        },
        Base_terminal(expr) {
          return builder.terminal(expr.visit()).withSource(this.source);
        },
        Base_paren(open, x, close) {
          return x.visit();
        },
        ruleDescr(open, t, close) {
          return t.visit();
        },
        ruleDescrText(_) {
          return this.sourceString.trim();
        },
        caseName(_, space1, n, space2, end2) {
          return n.visit();
        },
        name(first, rest) {
          return this.sourceString;
        },
        nameFirst(expr) {
        },
        nameRest(expr) {
        },
        terminal(open, cs, close) {
          return cs.children.map((c) => c.visit()).join("");
        },
        oneCharTerminal(open, c, close) {
          return c.visit();
        },
        escapeChar(c) {
          try {
            return unescapeCodePoint(this.sourceString);
          } catch (err) {
            if (err instanceof RangeError && err.message.startsWith("Invalid code point ")) {
              throw invalidCodePoint(c);
            }
            throw err;
          }
        },
        NonemptyListOf(x, _, xs) {
          return [x.visit()].concat(xs.children.map((c) => c.visit()));
        },
        EmptyListOf() {
          return [];
        },
        _terminal() {
          return this.sourceString;
        }
      });
      return helpers(match).visit();
    }
    var operationsAndAttributesGrammar = makeRecipe(["grammar", { "source": 'OperationsAndAttributes {\n\n  AttributeSignature =\n    name\n\n  OperationSignature =\n    name Formals?\n\n  Formals\n    = "(" ListOf<name, ","> ")"\n\n  name  (a name)\n    = nameFirst nameRest*\n\n  nameFirst\n    = "_"\n    | letter\n\n  nameRest\n    = "_"\n    | alnum\n\n}' }, "OperationsAndAttributes", null, "AttributeSignature", { "AttributeSignature": ["define", { "sourceInterval": [29, 58] }, null, [], ["app", { "sourceInterval": [54, 58] }, "name", []]], "OperationSignature": ["define", { "sourceInterval": [62, 100] }, null, [], ["seq", { "sourceInterval": [87, 100] }, ["app", { "sourceInterval": [87, 91] }, "name", []], ["opt", { "sourceInterval": [92, 100] }, ["app", { "sourceInterval": [92, 99] }, "Formals", []]]]], "Formals": ["define", { "sourceInterval": [104, 143] }, null, [], ["seq", { "sourceInterval": [118, 143] }, ["terminal", { "sourceInterval": [118, 121] }, "("], ["app", { "sourceInterval": [122, 139] }, "ListOf", [["app", { "sourceInterval": [129, 133] }, "name", []], ["terminal", { "sourceInterval": [135, 138] }, ","]]], ["terminal", { "sourceInterval": [140, 143] }, ")"]]], "name": ["define", { "sourceInterval": [147, 187] }, "a name", [], ["seq", { "sourceInterval": [168, 187] }, ["app", { "sourceInterval": [168, 177] }, "nameFirst", []], ["star", { "sourceInterval": [178, 187] }, ["app", { "sourceInterval": [178, 186] }, "nameRest", []]]]], "nameFirst": ["define", { "sourceInterval": [191, 223] }, null, [], ["alt", { "sourceInterval": [207, 223] }, ["terminal", { "sourceInterval": [207, 210] }, "_"], ["app", { "sourceInterval": [217, 223] }, "letter", []]]], "nameRest": ["define", { "sourceInterval": [227, 257] }, null, [], ["alt", { "sourceInterval": [242, 257] }, ["terminal", { "sourceInterval": [242, 245] }, "_"], ["app", { "sourceInterval": [252, 257] }, "alnum", []]]] }]);
    initBuiltInSemantics(Grammar.BuiltInRules);
    initPrototypeParser(operationsAndAttributesGrammar);
    function initBuiltInSemantics(builtInRules) {
      const actions = {
        empty() {
          return this.iteration();
        },
        nonEmpty(first, _, rest) {
          return this.iteration([first].concat(rest.children));
        },
        self(..._children) {
          return this;
        }
      };
      Semantics.BuiltInSemantics = Semantics.createSemantics(builtInRules, null).addOperation(
        "asIteration",
        {
          emptyListOf: actions.empty,
          nonemptyListOf: actions.nonEmpty,
          EmptyListOf: actions.empty,
          NonemptyListOf: actions.nonEmpty,
          _iter: actions.self
        }
      );
    }
    function initPrototypeParser(grammar2) {
      Semantics.prototypeGrammarSemantics = grammar2.createSemantics().addOperation("parse", {
        AttributeSignature(name) {
          return {
            name: name.parse(),
            formals: []
          };
        },
        OperationSignature(name, optFormals) {
          return {
            name: name.parse(),
            formals: optFormals.children.map((c) => c.parse())[0] || []
          };
        },
        Formals(oparen, fs, cparen) {
          return fs.asIteration().children.map((c) => c.parse());
        },
        name(first, rest) {
          return this.sourceString;
        }
      });
      Semantics.prototypeGrammar = grammar2;
    }
    function findIndentation(input) {
      let pos = 0;
      const stack = [0];
      const topOfStack = () => stack[stack.length - 1];
      const result = {};
      const regex = /( *).*(?:$|\r?\n|\r)/g;
      let match;
      while ((match = regex.exec(input)) != null) {
        const [line, indent] = match;
        if (line.length === 0) break;
        const indentSize = indent.length;
        const prevSize = topOfStack();
        const indentPos = pos + indentSize;
        if (indentSize > prevSize) {
          stack.push(indentSize);
          result[indentPos] = 1;
        } else if (indentSize < prevSize) {
          const prevLength = stack.length;
          while (topOfStack() !== indentSize) {
            stack.pop();
          }
          result[indentPos] = -1 * (prevLength - stack.length);
        }
        pos += line.length;
      }
      if (stack.length > 1) {
        result[pos] = 1 - stack.length;
      }
      return result;
    }
    var INDENT_DESCRIPTION = "an indented block";
    var DEDENT_DESCRIPTION = "a dedent";
    var INVALID_CODE_POINT = 1114111 + 1;
    var InputStreamWithIndentation = class extends InputStream {
      constructor(state) {
        super(state.input);
        this.state = state;
      }
      _indentationAt(pos) {
        return this.state.userData[pos] || 0;
      }
      atEnd() {
        return super.atEnd() && this._indentationAt(this.pos) === 0;
      }
      next() {
        if (this._indentationAt(this.pos) !== 0) {
          this.examinedLength = Math.max(this.examinedLength, this.pos);
          return void 0;
        }
        return super.next();
      }
      nextCharCode() {
        if (this._indentationAt(this.pos) !== 0) {
          this.examinedLength = Math.max(this.examinedLength, this.pos);
          return INVALID_CODE_POINT;
        }
        return super.nextCharCode();
      }
      nextCodePoint() {
        if (this._indentationAt(this.pos) !== 0) {
          this.examinedLength = Math.max(this.examinedLength, this.pos);
          return INVALID_CODE_POINT;
        }
        return super.nextCodePoint();
      }
    };
    var Indentation = class extends PExpr {
      constructor(isIndent = true) {
        super();
        this.isIndent = isIndent;
      }
      allowsSkippingPrecedingSpace() {
        return true;
      }
      eval(state) {
        const { inputStream } = state;
        const pseudoTokens = state.userData;
        state.doNotMemoize = true;
        const origPos = inputStream.pos;
        const sign = this.isIndent ? 1 : -1;
        const count = (pseudoTokens[origPos] || 0) * sign;
        if (count > 0) {
          state.userData = Object.create(pseudoTokens);
          state.userData[origPos] -= sign;
          state.pushBinding(new TerminalNode(0), origPos);
          return true;
        } else {
          state.processFailure(origPos, this);
          return false;
        }
      }
      getArity() {
        return 1;
      }
      _assertAllApplicationsAreValid(ruleName, grammar2) {
      }
      _isNullable(grammar2, memo) {
        return false;
      }
      assertChoicesHaveUniformArity(ruleName) {
      }
      assertIteratedExprsAreNotNullable(grammar2) {
      }
      introduceParams(formals) {
        return this;
      }
      substituteParams(actuals) {
        return this;
      }
      toString() {
        return this.isIndent ? "indent" : "dedent";
      }
      toDisplayString() {
        return this.toString();
      }
      toFailure(grammar2) {
        const description = this.isIndent ? INDENT_DESCRIPTION : DEDENT_DESCRIPTION;
        return new Failure(this, description, "description");
      }
    };
    var applyIndent = new Apply("indent");
    var applyDedent = new Apply("dedent");
    var newAnyBody = new Splice(BuiltInRules, "any", [applyIndent, applyDedent], []);
    var IndentationSensitive = new Builder().newGrammar("IndentationSensitive").withSuperGrammar(BuiltInRules).define("indent", [], new Indentation(true), INDENT_DESCRIPTION, void 0, true).define("dedent", [], new Indentation(false), DEDENT_DESCRIPTION, void 0, true).extend("any", [], newAnyBody, "any character", void 0).build();
    Object.assign(IndentationSensitive, {
      _matchStateInitializer(state) {
        state.userData = findIndentation(state.input);
        state.inputStream = new InputStreamWithIndentation(state);
      },
      supportsIncrementalParsing: false
    });
    var version = "17.5.0";
    Grammar.initApplicationParser(ohmGrammar, buildGrammar);
    var isBuffer = (obj) => !!obj.constructor && typeof obj.constructor.isBuffer === "function" && obj.constructor.isBuffer(obj);
    function compileAndLoad(source, namespace, buildOptions) {
      const m = ohmGrammar.match(source, "Grammars");
      if (m.failed()) {
        throw grammarSyntaxError(m);
      }
      return buildGrammar(m, namespace, void 0, buildOptions);
    }
    function _grammar(source, optNamespace, buildOptions) {
      const ns = _grammars(source, optNamespace, buildOptions);
      const grammarNames = Object.keys(ns);
      if (grammarNames.length === 0) {
        throw new Error("Missing grammar definition");
      } else if (grammarNames.length > 1) {
        const secondGrammar = ns[grammarNames[1]];
        const interval = secondGrammar.source;
        throw new Error(
          getLineAndColumnMessage(interval.sourceString, interval.startIdx) + "Found more than one grammar definition -- use ohm.grammars() instead."
        );
      }
      return ns[grammarNames[0]];
    }
    function _grammars(source, optNamespace, buildOptions) {
      const ns = Object.create(optNamespace || {});
      if (typeof source !== "string") {
        if (isBuffer(source)) {
          source = source.toString();
        } else {
          throw new TypeError(
            "Expected string as first argument, got " + unexpectedObjToString(source)
          );
        }
      }
      compileAndLoad(source, ns, buildOptions);
      return ns;
    }
    function grammar(source, optNamespace) {
      return _grammar(source, optNamespace);
    }
    function grammars(source, optNamespace) {
      return _grammars(source, optNamespace);
    }
    exports.ExperimentalIndentationSensitive = IndentationSensitive;
    exports._buildGrammar = buildGrammar;
    exports.grammar = grammar;
    exports.grammars = grammars;
    exports.makeRecipe = makeRecipe;
    exports.ohmGrammar = ohmGrammar;
    exports.pexprs = pexprs;
    exports.version = version;
  }
});

// node_modules/pip-requirements-js/dist/pep-508.ohm-bundle.js
var require_pep_508_ohm_bundle = __commonJS({
  "node_modules/pip-requirements-js/dist/pep-508.ohm-bundle.js"(exports, module) {
    "use strict";
    var { makeRecipe } = require_ohm();
    var result = makeRecipe(["grammar", { "source": `PEP508 {
    // Grammar adapted from https://peps.python.org/pep-0508/#complete-grammar
    // (naming retained, just reordered and camelCased)
    File = ListOf<Line, "\\n">
    Line = Req? comment?
    Req = UrlReq | NameReq | RequirementsReq | ConstraintsReq

    NameReq = Name Extras? VersionSpec QuotedMarker?
    UrlReq  = Name Extras? UrlSpec (space QuotedMarker)?
    Extras  = "[" ListOf<identifier, ","> "]"
    Name    = identifier
    identifier    = alnum identifierEnd*
    identifierEnd = alnum -- single
                  | (("-" | "_" | "." )* alnum) -- multi

    // Requirements based on other requirements files (not in PEP 508, but supported by pip)
    RequirementsReq = "-r" filePath
    ConstraintsReq  = "-c" filePath
    filePath        = (~("\\n" | "#") any)+

    UrlSpec      = "@" uriReference
    uriReference = uri | relativeRef
    uri          = scheme ":" hierPart? ("?" query )? ("#" fragment)?
    hierPart     = ("//" authority pathAbempty) -- abempty
                 | pathAbsolute -- absolute
                 | pathRootless -- rootless
    absoluteUri  = scheme ":" hierPart? ("?" query )?
    relativeRef  = relativePart? ("?" query )? ("#" fragment )?
    relativePart = "//" authority pathAbempty -- abempty
                 | pathAbsolute -- absolute
                 | pathNoscheme -- noscheme
    scheme       = letter (alnum | "+" | "-" | ".")*
    authority    = (userinfo "@" )? host (":" port )?
    userinfo     = (unreserved | pctEncoded | subDelims | ":")*
    host         = ipLiteral | ipv4Address | regName
    port         = digit*
    ipLiteral    = "[" (ipv6Address | ipvFuture) "]"
    ipvFuture    = "v" hexdig+ "." (unreserved | subDelims | ":")+
    ipv6Address  = (hexdig | ":" | ".")+ // dumbed down a lot, mostly due to lack of quantifier support in Ohm
    ipv4Address  = decOctet "." decOctet "." decOctet "." decOctet
    nz           = ~"0" digit
    decOctet     = digit -- zeroToNine
                 | nz digit -- tenToNinetyNine
                 | "1" digit digit -- oneHundredToOneNinetyNine
                 | "2" ("0" | "1" | "2" | "3" | "4") digit -- twoHundredToTwoFortyNine
                 | "25" ("0" | "1" | "2" | "3" | "4" | "5") -- twoFiftyToTwoFiftyFive
    regName      = (unreserved | pctEncoded | subDelims)*
    path         = pathAbempty // begins with "/" or is empty
                 | pathAbsolute // begins with "/" but not "//"
                 | pathNoscheme // begins with a non-colon segment
                 | pathRootless // begins with a segment
    pathAbempty  = ("/" segment)*
    pathAbsolute = "/" (segmentNz ("/" segment)* )?
    pathNoscheme = segmentNzNc ("/" segment)*
    pathRootless = segmentNz ("/" segment)*
    segment      = pchar*
    segmentNz    = pchar+
    segmentNzNc  = (unreserved | pctEncoded | subDelims | "@")+ // non-zero-length segment without any colon ":"
    pchar        = unreserved | pctEncoded | subDelims | ":" | "@"
    query        = (pchar | "/" | "?")*
    fragment     = (pchar | "/" | "?")*
    pctEncoded   = "%" hexdig
    unreserved   = alnum | "-" | "." | "_" | "~"
    reserved     = genDelims | subDelims
    genDelims    = ":" | "/" | "?" | "#" | "(" | ")?" | "@"
    subDelims    = "!" | "$" | "&" | "'" | "(" | ")" | "*" | "+" | "," | ";" | "="
    hexdig       = digit | "a" | "A" | "b" | "B" | "c" | "C" | "d" | "D" | "e" | "E" | "f" | "F"

    // Environment markers
    QuotedMarker  = ";" Marker
    Marker        = MarkerOr
    MarkerOr      = MarkerAnd "or" MarkerOr -- node
                  | MarkerAnd -- leaf
    MarkerAnd     = MarkerExpr "and" MarkerAnd -- node
                  | MarkerExpr -- leaf
    MarkerExpr    = MarkerVar markerOp MarkerVar -- leaf
                  | "(" Marker ")" -- node
    MarkerVar     = envVar | pythonStr
    markerOp      = versionCmp -- versionCmp
                  | "in" -- in
                  | ("not" space+ "in") -- notIn
    pythonStr     = "'" (pythonStrChar | "\\"")* "'"
                  | "\\"" (pythonStrChar | "'")* "\\""
    pythonStrChar = space | alnum | "(" | ")" | "." | "{" | "}" | "-" | "_" | "*" | "#" | ":" | ";" | "," | "/" | "?"
                  | "[" | "]" | "!" | "~" | "\`" | "@" | "$" | "%" | "^" | "&" | "=" | "+" | "|" | "<" | ">"
    envVar        = "python_version" | "python_full_version" | "os_name" | "sys_platform" | "platform_release"
                  | "platform_system" | "platform_version" | "platform_machine" | "platform_python_implementation"
                  | "implementation_name" | "implementation_version" | "extra" // ONLY when defined by a containing layer

    // Version specifiers, defined in PEP 440 (https://peps.python.org/pep-0440/)
    VersionSpec   = "(" VersionMany ")" -- parenthesized
                  | VersionMany -- direct
    VersionMany   = ListOf<VersionOne, ",">
    VersionOne    = versionCmp version
    versionCmp    = "<=" | "<" | "!=" | "==" | ">=" | ">" | "~=" | "==="
    version       = (alnum | "-" | "_" | "." | "*" | "+" | "!" )+

    comment = "#" (~"\\n" any)*

    space := " " | "\\t" // Overriding Ohm's definition of whitespace to kick out newlines and other Unicode whitespace

    // Loose grammar for parsing unfinished requirements - focused on extracting the name, extras, and version spec
    LooseFile         = ListOf<LooseLine, "\\n">
    LooseLine         = LooseReq comment?
    LooseReq          = LooseNonNameReq | LooseNameReq
    LooseNameReq      = Name LooseExtras? LooseVersionSpec LooseQuotedMarker?
    LooseNonNameReq   = (~(~(Name "@") Name) looseAnything) // Non-name req can start with Name only if followed by "@"
    LooseExtras       = "[" ListOf<identifier, ","> ","* "]"?
    LooseQuotedMarker = ";" looseAnything
    LooseVersionSpec  = "(" LooseVersionMany ")"? -- parenthesized
                      | LooseVersionMany -- direct
    LooseVersionMany  = ListOf<LooseVersionOne, ","> ","*
    LooseVersionOne   = looseVersionCmp looseVersion?
    looseVersionCmp   = ("<" | "=" | "!" | ">" | "~")+
    looseVersion      = (alnum | "-" | "_" | "." | "*" | "+" | "!" )+
    looseAnything     = (~("\\n" | "#") any)* // Any non-comment line content
}` }, "PEP508", null, "File", { "File": ["define", { "sourceInterval": [148, 173] }, null, [], ["app", { "sourceInterval": [155, 173] }, "ListOf", [["app", { "sourceInterval": [162, 166] }, "Line", []], ["terminal", { "sourceInterval": [168, 172] }, "\n"]]]], "Line": ["define", { "sourceInterval": [178, 198] }, null, [], ["seq", { "sourceInterval": [185, 198] }, ["opt", { "sourceInterval": [185, 189] }, ["app", { "sourceInterval": [185, 188] }, "Req", []]], ["opt", { "sourceInterval": [190, 198] }, ["app", { "sourceInterval": [190, 197] }, "comment", []]]]], "Req": ["define", { "sourceInterval": [203, 260] }, null, [], ["alt", { "sourceInterval": [209, 260] }, ["app", { "sourceInterval": [209, 215] }, "UrlReq", []], ["app", { "sourceInterval": [218, 225] }, "NameReq", []], ["app", { "sourceInterval": [228, 243] }, "RequirementsReq", []], ["app", { "sourceInterval": [246, 260] }, "ConstraintsReq", []]]], "NameReq": ["define", { "sourceInterval": [266, 314] }, null, [], ["seq", { "sourceInterval": [276, 314] }, ["app", { "sourceInterval": [276, 280] }, "Name", []], ["opt", { "sourceInterval": [281, 288] }, ["app", { "sourceInterval": [281, 287] }, "Extras", []]], ["app", { "sourceInterval": [289, 300] }, "VersionSpec", []], ["opt", { "sourceInterval": [301, 314] }, ["app", { "sourceInterval": [301, 313] }, "QuotedMarker", []]]]], "UrlReq": ["define", { "sourceInterval": [319, 371] }, null, [], ["seq", { "sourceInterval": [329, 371] }, ["app", { "sourceInterval": [329, 333] }, "Name", []], ["opt", { "sourceInterval": [334, 341] }, ["app", { "sourceInterval": [334, 340] }, "Extras", []]], ["app", { "sourceInterval": [342, 349] }, "UrlSpec", []], ["opt", { "sourceInterval": [350, 371] }, ["seq", { "sourceInterval": [351, 369] }, ["app", { "sourceInterval": [351, 356] }, "space", []], ["app", { "sourceInterval": [357, 369] }, "QuotedMarker", []]]]]], "Extras": ["define", { "sourceInterval": [376, 417] }, null, [], ["seq", { "sourceInterval": [386, 417] }, ["terminal", { "sourceInterval": [386, 389] }, "["], ["app", { "sourceInterval": [390, 413] }, "ListOf", [["app", { "sourceInterval": [397, 407] }, "identifier", []], ["terminal", { "sourceInterval": [409, 412] }, ","]]], ["terminal", { "sourceInterval": [414, 417] }, "]"]]], "Name": ["define", { "sourceInterval": [422, 442] }, null, [], ["app", { "sourceInterval": [432, 442] }, "identifier", []]], "identifier": ["define", { "sourceInterval": [447, 483] }, null, [], ["seq", { "sourceInterval": [463, 483] }, ["app", { "sourceInterval": [463, 468] }, "alnum", []], ["star", { "sourceInterval": [469, 483] }, ["app", { "sourceInterval": [469, 482] }, "identifierEnd", []]]]], "identifierEnd_single": ["define", { "sourceInterval": [504, 519] }, null, [], ["app", { "sourceInterval": [504, 509] }, "alnum", []]], "identifierEnd_multi": ["define", { "sourceInterval": [540, 576] }, null, [], ["seq", { "sourceInterval": [540, 567] }, ["star", { "sourceInterval": [541, 560] }, ["alt", { "sourceInterval": [542, 557] }, ["terminal", { "sourceInterval": [542, 545] }, "-"], ["terminal", { "sourceInterval": [548, 551] }, "_"], ["terminal", { "sourceInterval": [554, 557] }, "."]]], ["app", { "sourceInterval": [561, 566] }, "alnum", []]]], "identifierEnd": ["define", { "sourceInterval": [488, 576] }, null, [], ["alt", { "sourceInterval": [504, 576] }, ["app", { "sourceInterval": [504, 509] }, "identifierEnd_single", []], ["app", { "sourceInterval": [540, 567] }, "identifierEnd_multi", []]]], "RequirementsReq": ["define", { "sourceInterval": [675, 706] }, null, [], ["seq", { "sourceInterval": [693, 706] }, ["terminal", { "sourceInterval": [693, 697] }, "-r"], ["app", { "sourceInterval": [698, 706] }, "filePath", []]]], "ConstraintsReq": ["define", { "sourceInterval": [711, 742] }, null, [], ["seq", { "sourceInterval": [729, 742] }, ["terminal", { "sourceInterval": [729, 733] }, "-c"], ["app", { "sourceInterval": [734, 742] }, "filePath", []]]], "filePath": ["define", { "sourceInterval": [747, 785] }, null, [], ["plus", { "sourceInterval": [765, 785] }, ["seq", { "sourceInterval": [766, 783] }, ["not", { "sourceInterval": [766, 779] }, ["alt", { "sourceInterval": [768, 778] }, ["terminal", { "sourceInterval": [768, 772] }, "\n"], ["terminal", { "sourceInterval": [775, 778] }, "#"]]], ["app", { "sourceInterval": [780, 783] }, "any", []]]]], "UrlSpec": ["define", { "sourceInterval": [791, 822] }, null, [], ["seq", { "sourceInterval": [806, 822] }, ["terminal", { "sourceInterval": [806, 809] }, "@"], ["app", { "sourceInterval": [810, 822] }, "uriReference", []]]], "uriReference": ["define", { "sourceInterval": [827, 859] }, null, [], ["alt", { "sourceInterval": [842, 859] }, ["app", { "sourceInterval": [842, 845] }, "uri", []], ["app", { "sourceInterval": [848, 859] }, "relativeRef", []]]], "uri": ["define", { "sourceInterval": [864, 929] }, null, [], ["seq", { "sourceInterval": [879, 929] }, ["app", { "sourceInterval": [879, 885] }, "scheme", []], ["terminal", { "sourceInterval": [886, 889] }, ":"], ["opt", { "sourceInterval": [890, 899] }, ["app", { "sourceInterval": [890, 898] }, "hierPart", []]], ["opt", { "sourceInterval": [900, 913] }, ["seq", { "sourceInterval": [901, 910] }, ["terminal", { "sourceInterval": [901, 904] }, "?"], ["app", { "sourceInterval": [905, 910] }, "query", []]]], ["opt", { "sourceInterval": [914, 929] }, ["seq", { "sourceInterval": [915, 927] }, ["terminal", { "sourceInterval": [915, 918] }, "#"], ["app", { "sourceInterval": [919, 927] }, "fragment", []]]]]], "hierPart_abempty": ["define", { "sourceInterval": [949, 988] }, null, [], ["seq", { "sourceInterval": [949, 977] }, ["terminal", { "sourceInterval": [950, 954] }, "//"], ["app", { "sourceInterval": [955, 964] }, "authority", []], ["app", { "sourceInterval": [965, 976] }, "pathAbempty", []]]], "hierPart_absolute": ["define", { "sourceInterval": [1008, 1032] }, null, [], ["app", { "sourceInterval": [1008, 1020] }, "pathAbsolute", []]], "hierPart_rootless": ["define", { "sourceInterval": [1052, 1076] }, null, [], ["app", { "sourceInterval": [1052, 1064] }, "pathRootless", []]], "hierPart": ["define", { "sourceInterval": [934, 1076] }, null, [], ["alt", { "sourceInterval": [949, 1076] }, ["app", { "sourceInterval": [949, 977] }, "hierPart_abempty", []], ["app", { "sourceInterval": [1008, 1020] }, "hierPart_absolute", []], ["app", { "sourceInterval": [1052, 1064] }, "hierPart_rootless", []]]], "absoluteUri": ["define", { "sourceInterval": [1081, 1130] }, null, [], ["seq", { "sourceInterval": [1096, 1130] }, ["app", { "sourceInterval": [1096, 1102] }, "scheme", []], ["terminal", { "sourceInterval": [1103, 1106] }, ":"], ["opt", { "sourceInterval": [1107, 1116] }, ["app", { "sourceInterval": [1107, 1115] }, "hierPart", []]], ["opt", { "sourceInterval": [1117, 1130] }, ["seq", { "sourceInterval": [1118, 1127] }, ["terminal", { "sourceInterval": [1118, 1121] }, "?"], ["app", { "sourceInterval": [1122, 1127] }, "query", []]]]]], "relativeRef": ["define", { "sourceInterval": [1135, 1194] }, null, [], ["seq", { "sourceInterval": [1150, 1194] }, ["opt", { "sourceInterval": [1150, 1163] }, ["app", { "sourceInterval": [1150, 1162] }, "relativePart", []]], ["opt", { "sourceInterval": [1164, 1177] }, ["seq", { "sourceInterval": [1165, 1174] }, ["terminal", { "sourceInterval": [1165, 1168] }, "?"], ["app", { "sourceInterval": [1169, 1174] }, "query", []]]], ["opt", { "sourceInterval": [1178, 1194] }, ["seq", { "sourceInterval": [1179, 1191] }, ["terminal", { "sourceInterval": [1179, 1182] }, "#"], ["app", { "sourceInterval": [1183, 1191] }, "fragment", []]]]]], "relativePart_abempty": ["define", { "sourceInterval": [1214, 1251] }, null, [], ["seq", { "sourceInterval": [1214, 1240] }, ["terminal", { "sourceInterval": [1214, 1218] }, "//"], ["app", { "sourceInterval": [1219, 1228] }, "authority", []], ["app", { "sourceInterval": [1229, 1240] }, "pathAbempty", []]]], "relativePart_absolute": ["define", { "sourceInterval": [1271, 1295] }, null, [], ["app", { "sourceInterval": [1271, 1283] }, "pathAbsolute", []]], "relativePart_noscheme": ["define", { "sourceInterval": [1315, 1339] }, null, [], ["app", { "sourceInterval": [1315, 1327] }, "pathNoscheme", []]], "relativePart": ["define", { "sourceInterval": [1199, 1339] }, null, [], ["alt", { "sourceInterval": [1214, 1339] }, ["app", { "sourceInterval": [1214, 1240] }, "relativePart_abempty", []], ["app", { "sourceInterval": [1271, 1283] }, "relativePart_absolute", []], ["app", { "sourceInterval": [1315, 1327] }, "relativePart_noscheme", []]]], "scheme": ["define", { "sourceInterval": [1344, 1392] }, null, [], ["seq", { "sourceInterval": [1359, 1392] }, ["app", { "sourceInterval": [1359, 1365] }, "letter", []], ["star", { "sourceInterval": [1366, 1392] }, ["alt", { "sourceInterval": [1367, 1390] }, ["app", { "sourceInterval": [1367, 1372] }, "alnum", []], ["terminal", { "sourceInterval": [1375, 1378] }, "+"], ["terminal", { "sourceInterval": [1381, 1384] }, "-"], ["terminal", { "sourceInterval": [1387, 1390] }, "."]]]]], "authority": ["define", { "sourceInterval": [1397, 1446] }, null, [], ["seq", { "sourceInterval": [1412, 1446] }, ["opt", { "sourceInterval": [1412, 1428] }, ["seq", { "sourceInterval": [1413, 1425] }, ["app", { "sourceInterval": [1413, 1421] }, "userinfo", []], ["terminal", { "sourceInterval": [1422, 1425] }, "@"]]], ["app", { "sourceInterval": [1429, 1433] }, "host", []], ["opt", { "sourceInterval": [1434, 1446] }, ["seq", { "sourceInterval": [1435, 1443] }, ["terminal", { "sourceInterval": [1435, 1438] }, ":"], ["app", { "sourceInterval": [1439, 1443] }, "port", []]]]]], "userinfo": ["define", { "sourceInterval": [1451, 1510] }, null, [], ["star", { "sourceInterval": [1466, 1510] }, ["alt", { "sourceInterval": [1467, 1508] }, ["app", { "sourceInterval": [1467, 1477] }, "unreserved", []], ["app", { "sourceInterval": [1480, 1490] }, "pctEncoded", []], ["app", { "sourceInterval": [1493, 1502] }, "subDelims", []], ["terminal", { "sourceInterval": [1505, 1508] }, ":"]]]], "host": ["define", { "sourceInterval": [1515, 1563] }, null, [], ["alt", { "sourceInterval": [1530, 1563] }, ["app", { "sourceInterval": [1530, 1539] }, "ipLiteral", []], ["app", { "sourceInterval": [1542, 1553] }, "ipv4Address", []], ["app", { "sourceInterval": [1556, 1563] }, "regName", []]]], "port": ["define", { "sourceInterval": [1568, 1589] }, null, [], ["star", { "sourceInterval": [1583, 1589] }, ["app", { "sourceInterval": [1583, 1588] }, "digit", []]]], "ipLiteral": ["define", { "sourceInterval": [1594, 1642] }, null, [], ["seq", { "sourceInterval": [1609, 1642] }, ["terminal", { "sourceInterval": [1609, 1612] }, "["], ["alt", { "sourceInterval": [1614, 1637] }, ["app", { "sourceInterval": [1614, 1625] }, "ipv6Address", []], ["app", { "sourceInterval": [1628, 1637] }, "ipvFuture", []]], ["terminal", { "sourceInterval": [1639, 1642] }, "]"]]], "ipvFuture": ["define", { "sourceInterval": [1647, 1709] }, null, [], ["seq", { "sourceInterval": [1662, 1709] }, ["terminal", { "sourceInterval": [1662, 1665] }, "v"], ["plus", { "sourceInterval": [1666, 1673] }, ["app", { "sourceInterval": [1666, 1672] }, "hexdig", []]], ["terminal", { "sourceInterval": [1674, 1677] }, "."], ["plus", { "sourceInterval": [1678, 1709] }, ["alt", { "sourceInterval": [1679, 1707] }, ["app", { "sourceInterval": [1679, 1689] }, "unreserved", []], ["app", { "sourceInterval": [1692, 1701] }, "subDelims", []], ["terminal", { "sourceInterval": [1704, 1707] }, ":"]]]]], "ipv6Address": ["define", { "sourceInterval": [1714, 1750] }, null, [], ["plus", { "sourceInterval": [1729, 1750] }, ["alt", { "sourceInterval": [1730, 1748] }, ["app", { "sourceInterval": [1730, 1736] }, "hexdig", []], ["terminal", { "sourceInterval": [1739, 1742] }, ":"], ["terminal", { "sourceInterval": [1745, 1748] }, "."]]]], "ipv4Address": ["define", { "sourceInterval": [1825, 1887] }, null, [], ["seq", { "sourceInterval": [1840, 1887] }, ["app", { "sourceInterval": [1840, 1848] }, "decOctet", []], ["terminal", { "sourceInterval": [1849, 1852] }, "."], ["app", { "sourceInterval": [1853, 1861] }, "decOctet", []], ["terminal", { "sourceInterval": [1862, 1865] }, "."], ["app", { "sourceInterval": [1866, 1874] }, "decOctet", []], ["terminal", { "sourceInterval": [1875, 1878] }, "."], ["app", { "sourceInterval": [1879, 1887] }, "decOctet", []]]], "nz": ["define", { "sourceInterval": [1892, 1917] }, null, [], ["seq", { "sourceInterval": [1907, 1917] }, ["not", { "sourceInterval": [1907, 1911] }, ["terminal", { "sourceInterval": [1908, 1911] }, "0"]], ["app", { "sourceInterval": [1912, 1917] }, "digit", []]]], "decOctet_zeroToNine": ["define", { "sourceInterval": [1937, 1956] }, null, [], ["app", { "sourceInterval": [1937, 1942] }, "digit", []]], "decOctet_tenToNinetyNine": ["define", { "sourceInterval": [1976, 2003] }, null, [], ["seq", { "sourceInterval": [1976, 1984] }, ["app", { "sourceInterval": [1976, 1978] }, "nz", []], ["app", { "sourceInterval": [1979, 1984] }, "digit", []]]], "decOctet_oneHundredToOneNinetyNine": ["define", { "sourceInterval": [2023, 2067] }, null, [], ["seq", { "sourceInterval": [2023, 2038] }, ["terminal", { "sourceInterval": [2023, 2026] }, "1"], ["app", { "sourceInterval": [2027, 2032] }, "digit", []], ["app", { "sourceInterval": [2033, 2038] }, "digit", []]]], "decOctet_twoHundredToTwoFortyNine": ["define", { "sourceInterval": [2087, 2154] }, null, [], ["seq", { "sourceInterval": [2087, 2126] }, ["terminal", { "sourceInterval": [2087, 2090] }, "2"], ["alt", { "sourceInterval": [2092, 2119] }, ["terminal", { "sourceInterval": [2092, 2095] }, "0"], ["terminal", { "sourceInterval": [2098, 2101] }, "1"], ["terminal", { "sourceInterval": [2104, 2107] }, "2"], ["terminal", { "sourceInterval": [2110, 2113] }, "3"], ["terminal", { "sourceInterval": [2116, 2119] }, "4"]], ["app", { "sourceInterval": [2121, 2126] }, "digit", []]]], "decOctet_twoFiftyToTwoFiftyFive": ["define", { "sourceInterval": [2174, 2240] }, null, [], ["seq", { "sourceInterval": [2174, 2214] }, ["terminal", { "sourceInterval": [2174, 2178] }, "25"], ["alt", { "sourceInterval": [2180, 2213] }, ["terminal", { "sourceInterval": [2180, 2183] }, "0"], ["terminal", { "sourceInterval": [2186, 2189] }, "1"], ["terminal", { "sourceInterval": [2192, 2195] }, "2"], ["terminal", { "sourceInterval": [2198, 2201] }, "3"], ["terminal", { "sourceInterval": [2204, 2207] }, "4"], ["terminal", { "sourceInterval": [2210, 2213] }, "5"]]]], "decOctet": ["define", { "sourceInterval": [1922, 2240] }, null, [], ["alt", { "sourceInterval": [1937, 2240] }, ["app", { "sourceInterval": [1937, 1942] }, "decOctet_zeroToNine", []], ["app", { "sourceInterval": [1976, 1984] }, "decOctet_tenToNinetyNine", []], ["app", { "sourceInterval": [2023, 2038] }, "decOctet_oneHundredToOneNinetyNine", []], ["app", { "sourceInterval": [2087, 2126] }, "decOctet_twoHundredToTwoFortyNine", []], ["app", { "sourceInterval": [2174, 2214] }, "decOctet_twoFiftyToTwoFiftyFive", []]]], "regName": ["define", { "sourceInterval": [2245, 2298] }, null, [], ["star", { "sourceInterval": [2260, 2298] }, ["alt", { "sourceInterval": [2261, 2296] }, ["app", { "sourceInterval": [2261, 2271] }, "unreserved", []], ["app", { "sourceInterval": [2274, 2284] }, "pctEncoded", []], ["app", { "sourceInterval": [2287, 2296] }, "subDelims", []]]]], "path": ["define", { "sourceInterval": [2303, 2523] }, null, [], ["alt", { "sourceInterval": [2318, 2523] }, ["app", { "sourceInterval": [2318, 2329] }, "pathAbempty", []], ["app", { "sourceInterval": [2380, 2392] }, "pathAbsolute", []], ["app", { "sourceInterval": [2444, 2456] }, "pathNoscheme", []], ["app", { "sourceInterval": [2511, 2523] }, "pathRootless", []]]], "pathAbempty": ["define", { "sourceInterval": [2553, 2582] }, null, [], ["star", { "sourceInterval": [2568, 2582] }, ["seq", { "sourceInterval": [2569, 2580] }, ["terminal", { "sourceInterval": [2569, 2572] }, "/"], ["app", { "sourceInterval": [2573, 2580] }, "segment", []]]]], "pathAbsolute": ["define", { "sourceInterval": [2587, 2634] }, null, [], ["seq", { "sourceInterval": [2602, 2634] }, ["terminal", { "sourceInterval": [2602, 2605] }, "/"], ["opt", { "sourceInterval": [2606, 2634] }, ["seq", { "sourceInterval": [2607, 2631] }, ["app", { "sourceInterval": [2607, 2616] }, "segmentNz", []], ["star", { "sourceInterval": [2617, 2631] }, ["seq", { "sourceInterval": [2618, 2629] }, ["terminal", { "sourceInterval": [2618, 2621] }, "/"], ["app", { "sourceInterval": [2622, 2629] }, "segment", []]]]]]]], "pathNoscheme": ["define", { "sourceInterval": [2639, 2680] }, null, [], ["seq", { "sourceInterval": [2654, 2680] }, ["app", { "sourceInterval": [2654, 2665] }, "segmentNzNc", []], ["star", { "sourceInterval": [2666, 2680] }, ["seq", { "sourceInterval": [2667, 2678] }, ["terminal", { "sourceInterval": [2667, 2670] }, "/"], ["app", { "sourceInterval": [2671, 2678] }, "segment", []]]]]], "pathRootless": ["define", { "sourceInterval": [2685, 2724] }, null, [], ["seq", { "sourceInterval": [2700, 2724] }, ["app", { "sourceInterval": [2700, 2709] }, "segmentNz", []], ["star", { "sourceInterval": [2710, 2724] }, ["seq", { "sourceInterval": [2711, 2722] }, ["terminal", { "sourceInterval": [2711, 2714] }, "/"], ["app", { "sourceInterval": [2715, 2722] }, "segment", []]]]]], "segment": ["define", { "sourceInterval": [2729, 2750] }, null, [], ["star", { "sourceInterval": [2744, 2750] }, ["app", { "sourceInterval": [2744, 2749] }, "pchar", []]]], "segmentNz": ["define", { "sourceInterval": [2755, 2776] }, null, [], ["plus", { "sourceInterval": [2770, 2776] }, ["app", { "sourceInterval": [2770, 2775] }, "pchar", []]]], "segmentNzNc": ["define", { "sourceInterval": [2781, 2840] }, null, [], ["plus", { "sourceInterval": [2796, 2840] }, ["alt", { "sourceInterval": [2797, 2838] }, ["app", { "sourceInterval": [2797, 2807] }, "unreserved", []], ["app", { "sourceInterval": [2810, 2820] }, "pctEncoded", []], ["app", { "sourceInterval": [2823, 2832] }, "subDelims", []], ["terminal", { "sourceInterval": [2835, 2838] }, "@"]]]], "pchar": ["define", { "sourceInterval": [2894, 2956] }, null, [], ["alt", { "sourceInterval": [2909, 2956] }, ["app", { "sourceInterval": [2909, 2919] }, "unreserved", []], ["app", { "sourceInterval": [2922, 2932] }, "pctEncoded", []], ["app", { "sourceInterval": [2935, 2944] }, "subDelims", []], ["terminal", { "sourceInterval": [2947, 2950] }, ":"], ["terminal", { "sourceInterval": [2953, 2956] }, "@"]]], "query": ["define", { "sourceInterval": [2961, 2996] }, null, [], ["star", { "sourceInterval": [2976, 2996] }, ["alt", { "sourceInterval": [2977, 2994] }, ["app", { "sourceInterval": [2977, 2982] }, "pchar", []], ["terminal", { "sourceInterval": [2985, 2988] }, "/"], ["terminal", { "sourceInterval": [2991, 2994] }, "?"]]]], "fragment": ["define", { "sourceInterval": [3001, 3036] }, null, [], ["star", { "sourceInterval": [3016, 3036] }, ["alt", { "sourceInterval": [3017, 3034] }, ["app", { "sourceInterval": [3017, 3022] }, "pchar", []], ["terminal", { "sourceInterval": [3025, 3028] }, "/"], ["terminal", { "sourceInterval": [3031, 3034] }, "?"]]]], "pctEncoded": ["define", { "sourceInterval": [3041, 3066] }, null, [], ["seq", { "sourceInterval": [3056, 3066] }, ["terminal", { "sourceInterval": [3056, 3059] }, "%"], ["app", { "sourceInterval": [3060, 3066] }, "hexdig", []]]], "unreserved": ["define", { "sourceInterval": [3071, 3115] }, null, [], ["alt", { "sourceInterval": [3086, 3115] }, ["app", { "sourceInterval": [3086, 3091] }, "alnum", []], ["terminal", { "sourceInterval": [3094, 3097] }, "-"], ["terminal", { "sourceInterval": [3100, 3103] }, "."], ["terminal", { "sourceInterval": [3106, 3109] }, "_"], ["terminal", { "sourceInterval": [3112, 3115] }, "~"]]], "reserved": ["define", { "sourceInterval": [3120, 3156] }, null, [], ["alt", { "sourceInterval": [3135, 3156] }, ["app", { "sourceInterval": [3135, 3144] }, "genDelims", []], ["app", { "sourceInterval": [3147, 3156] }, "subDelims", []]]], "genDelims": ["define", { "sourceInterval": [3161, 3216] }, null, [], ["alt", { "sourceInterval": [3176, 3216] }, ["terminal", { "sourceInterval": [3176, 3179] }, ":"], ["terminal", { "sourceInterval": [3182, 3185] }, "/"], ["terminal", { "sourceInterval": [3188, 3191] }, "?"], ["terminal", { "sourceInterval": [3194, 3197] }, "#"], ["terminal", { "sourceInterval": [3200, 3203] }, "("], ["terminal", { "sourceInterval": [3206, 3210] }, ")?"], ["terminal", { "sourceInterval": [3213, 3216] }, "@"]]], "subDelims": ["define", { "sourceInterval": [3221, 3299] }, null, [], ["alt", { "sourceInterval": [3236, 3299] }, ["terminal", { "sourceInterval": [3236, 3239] }, "!"], ["terminal", { "sourceInterval": [3242, 3245] }, "$"], ["terminal", { "sourceInterval": [3248, 3251] }, "&"], ["terminal", { "sourceInterval": [3254, 3257] }, "'"], ["terminal", { "sourceInterval": [3260, 3263] }, "("], ["terminal", { "sourceInterval": [3266, 3269] }, ")"], ["terminal", { "sourceInterval": [3272, 3275] }, "*"], ["terminal", { "sourceInterval": [3278, 3281] }, "+"], ["terminal", { "sourceInterval": [3284, 3287] }, ","], ["terminal", { "sourceInterval": [3290, 3293] }, ";"], ["terminal", { "sourceInterval": [3296, 3299] }, "="]]], "hexdig": ["define", { "sourceInterval": [3304, 3396] }, null, [], ["alt", { "sourceInterval": [3319, 3396] }, ["app", { "sourceInterval": [3319, 3324] }, "digit", []], ["terminal", { "sourceInterval": [3327, 3330] }, "a"], ["terminal", { "sourceInterval": [3333, 3336] }, "A"], ["terminal", { "sourceInterval": [3339, 3342] }, "b"], ["terminal", { "sourceInterval": [3345, 3348] }, "B"], ["terminal", { "sourceInterval": [3351, 3354] }, "c"], ["terminal", { "sourceInterval": [3357, 3360] }, "C"], ["terminal", { "sourceInterval": [3363, 3366] }, "d"], ["terminal", { "sourceInterval": [3369, 3372] }, "D"], ["terminal", { "sourceInterval": [3375, 3378] }, "e"], ["terminal", { "sourceInterval": [3381, 3384] }, "E"], ["terminal", { "sourceInterval": [3387, 3390] }, "f"], ["terminal", { "sourceInterval": [3393, 3396] }, "F"]]], "QuotedMarker": ["define", { "sourceInterval": [3429, 3455] }, null, [], ["seq", { "sourceInterval": [3445, 3455] }, ["terminal", { "sourceInterval": [3445, 3448] }, ";"], ["app", { "sourceInterval": [3449, 3455] }, "Marker", []]]], "Marker": ["define", { "sourceInterval": [3460, 3484] }, null, [], ["app", { "sourceInterval": [3476, 3484] }, "MarkerOr", []]], "MarkerOr_node": ["define", { "sourceInterval": [3505, 3536] }, null, [], ["seq", { "sourceInterval": [3505, 3528] }, ["app", { "sourceInterval": [3505, 3514] }, "MarkerAnd", []], ["terminal", { "sourceInterval": [3515, 3519] }, "or"], ["app", { "sourceInterval": [3520, 3528] }, "MarkerOr", []]]], "MarkerOr_leaf": ["define", { "sourceInterval": [3557, 3574] }, null, [], ["app", { "sourceInterval": [3557, 3566] }, "MarkerAnd", []]], "MarkerOr": ["define", { "sourceInterval": [3489, 3574] }, null, [], ["alt", { "sourceInterval": [3505, 3574] }, ["app", { "sourceInterval": [3505, 3528] }, "MarkerOr_node", []], ["app", { "sourceInterval": [3557, 3566] }, "MarkerOr_leaf", []]]], "MarkerAnd_node": ["define", { "sourceInterval": [3595, 3629] }, null, [], ["seq", { "sourceInterval": [3595, 3621] }, ["app", { "sourceInterval": [3595, 3605] }, "MarkerExpr", []], ["terminal", { "sourceInterval": [3606, 3611] }, "and"], ["app", { "sourceInterval": [3612, 3621] }, "MarkerAnd", []]]], "MarkerAnd_leaf": ["define", { "sourceInterval": [3650, 3668] }, null, [], ["app", { "sourceInterval": [3650, 3660] }, "MarkerExpr", []]], "MarkerAnd": ["define", { "sourceInterval": [3579, 3668] }, null, [], ["alt", { "sourceInterval": [3595, 3668] }, ["app", { "sourceInterval": [3595, 3621] }, "MarkerAnd_node", []], ["app", { "sourceInterval": [3650, 3660] }, "MarkerAnd_leaf", []]]], "MarkerExpr_leaf": ["define", { "sourceInterval": [3689, 3725] }, null, [], ["seq", { "sourceInterval": [3689, 3717] }, ["app", { "sourceInterval": [3689, 3698] }, "MarkerVar", []], ["app", { "sourceInterval": [3699, 3707] }, "markerOp", []], ["app", { "sourceInterval": [3708, 3717] }, "MarkerVar", []]]], "MarkerExpr_node": ["define", { "sourceInterval": [3746, 3768] }, null, [], ["seq", { "sourceInterval": [3746, 3760] }, ["terminal", { "sourceInterval": [3746, 3749] }, "("], ["app", { "sourceInterval": [3750, 3756] }, "Marker", []], ["terminal", { "sourceInterval": [3757, 3760] }, ")"]]], "MarkerExpr": ["define", { "sourceInterval": [3673, 3768] }, null, [], ["alt", { "sourceInterval": [3689, 3768] }, ["app", { "sourceInterval": [3689, 3717] }, "MarkerExpr_leaf", []], ["app", { "sourceInterval": [3746, 3760] }, "MarkerExpr_node", []]]], "MarkerVar": ["define", { "sourceInterval": [3773, 3807] }, null, [], ["alt", { "sourceInterval": [3789, 3807] }, ["app", { "sourceInterval": [3789, 3795] }, "envVar", []], ["app", { "sourceInterval": [3798, 3807] }, "pythonStr", []]]], "markerOp_versionCmp": ["define", { "sourceInterval": [3828, 3852] }, null, [], ["app", { "sourceInterval": [3828, 3838] }, "versionCmp", []]], "markerOp_in": ["define", { "sourceInterval": [3873, 3883] }, null, [], ["terminal", { "sourceInterval": [3873, 3877] }, "in"]], "markerOp_notIn": ["define", { "sourceInterval": [3904, 3932] }, null, [], ["seq", { "sourceInterval": [3904, 3923] }, ["terminal", { "sourceInterval": [3905, 3910] }, "not"], ["plus", { "sourceInterval": [3911, 3917] }, ["app", { "sourceInterval": [3911, 3916] }, "space", []]], ["terminal", { "sourceInterval": [3918, 3922] }, "in"]]], "markerOp": ["define", { "sourceInterval": [3812, 3932] }, null, [], ["alt", { "sourceInterval": [3828, 3932] }, ["app", { "sourceInterval": [3828, 3838] }, "markerOp_versionCmp", []], ["app", { "sourceInterval": [3873, 3877] }, "markerOp_in", []], ["app", { "sourceInterval": [3904, 3923] }, "markerOp_notIn", []]]], "pythonStr": ["define", { "sourceInterval": [3937, 4037] }, null, [], ["alt", { "sourceInterval": [3953, 4037] }, ["seq", { "sourceInterval": [3953, 3984] }, ["terminal", { "sourceInterval": [3953, 3956] }, "'"], ["star", { "sourceInterval": [3957, 3980] }, ["alt", { "sourceInterval": [3958, 3978] }, ["app", { "sourceInterval": [3958, 3971] }, "pythonStrChar", []], ["terminal", { "sourceInterval": [3974, 3978] }, '"']]], ["terminal", { "sourceInterval": [3981, 3984] }, "'"]], ["seq", { "sourceInterval": [4005, 4037] }, ["terminal", { "sourceInterval": [4005, 4009] }, '"'], ["star", { "sourceInterval": [4010, 4032] }, ["alt", { "sourceInterval": [4011, 4030] }, ["app", { "sourceInterval": [4011, 4024] }, "pythonStrChar", []], ["terminal", { "sourceInterval": [4027, 4030] }, "'"]]], ["terminal", { "sourceInterval": [4033, 4037] }, '"']]]], "pythonStrChar": ["define", { "sourceInterval": [4042, 4263] }, null, [], ["alt", { "sourceInterval": [4058, 4263] }, ["app", { "sourceInterval": [4058, 4063] }, "space", []], ["app", { "sourceInterval": [4066, 4071] }, "alnum", []], ["terminal", { "sourceInterval": [4074, 4077] }, "("], ["terminal", { "sourceInterval": [4080, 4083] }, ")"], ["terminal", { "sourceInterval": [4086, 4089] }, "."], ["terminal", { "sourceInterval": [4092, 4095] }, "{"], ["terminal", { "sourceInterval": [4098, 4101] }, "}"], ["terminal", { "sourceInterval": [4104, 4107] }, "-"], ["terminal", { "sourceInterval": [4110, 4113] }, "_"], ["terminal", { "sourceInterval": [4116, 4119] }, "*"], ["terminal", { "sourceInterval": [4122, 4125] }, "#"], ["terminal", { "sourceInterval": [4128, 4131] }, ":"], ["terminal", { "sourceInterval": [4134, 4137] }, ";"], ["terminal", { "sourceInterval": [4140, 4143] }, ","], ["terminal", { "sourceInterval": [4146, 4149] }, "/"], ["terminal", { "sourceInterval": [4152, 4155] }, "?"], ["terminal", { "sourceInterval": [4176, 4179] }, "["], ["terminal", { "sourceInterval": [4182, 4185] }, "]"], ["terminal", { "sourceInterval": [4188, 4191] }, "!"], ["terminal", { "sourceInterval": [4194, 4197] }, "~"], ["terminal", { "sourceInterval": [4200, 4203] }, "`"], ["terminal", { "sourceInterval": [4206, 4209] }, "@"], ["terminal", { "sourceInterval": [4212, 4215] }, "$"], ["terminal", { "sourceInterval": [4218, 4221] }, "%"], ["terminal", { "sourceInterval": [4224, 4227] }, "^"], ["terminal", { "sourceInterval": [4230, 4233] }, "&"], ["terminal", { "sourceInterval": [4236, 4239] }, "="], ["terminal", { "sourceInterval": [4242, 4245] }, "+"], ["terminal", { "sourceInterval": [4248, 4251] }, "|"], ["terminal", { "sourceInterval": [4254, 4257] }, "<"], ["terminal", { "sourceInterval": [4260, 4263] }, ">"]]], "envVar": ["define", { "sourceInterval": [4268, 4568] }, null, [], ["alt", { "sourceInterval": [4284, 4568] }, ["terminal", { "sourceInterval": [4284, 4300] }, "python_version"], ["terminal", { "sourceInterval": [4303, 4324] }, "python_full_version"], ["terminal", { "sourceInterval": [4327, 4336] }, "os_name"], ["terminal", { "sourceInterval": [4339, 4353] }, "sys_platform"], ["terminal", { "sourceInterval": [4356, 4374] }, "platform_release"], ["terminal", { "sourceInterval": [4395, 4412] }, "platform_system"], ["terminal", { "sourceInterval": [4415, 4433] }, "platform_version"], ["terminal", { "sourceInterval": [4436, 4454] }, "platform_machine"], ["terminal", { "sourceInterval": [4457, 4489] }, "platform_python_implementation"], ["terminal", { "sourceInterval": [4510, 4531] }, "implementation_name"], ["terminal", { "sourceInterval": [4534, 4558] }, "implementation_version"], ["terminal", { "sourceInterval": [4561, 4568] }, "extra"]]], "VersionSpec_parenthesized": ["define", { "sourceInterval": [4715, 4751] }, null, [], ["seq", { "sourceInterval": [4715, 4734] }, ["terminal", { "sourceInterval": [4715, 4718] }, "("], ["app", { "sourceInterval": [4719, 4730] }, "VersionMany", []], ["terminal", { "sourceInterval": [4731, 4734] }, ")"]]], "VersionSpec_direct": ["define", { "sourceInterval": [4772, 4793] }, null, [], ["app", { "sourceInterval": [4772, 4783] }, "VersionMany", []]], "VersionSpec": ["define", { "sourceInterval": [4699, 4793] }, null, [], ["alt", { "sourceInterval": [4715, 4793] }, ["app", { "sourceInterval": [4715, 4734] }, "VersionSpec_parenthesized", []], ["app", { "sourceInterval": [4772, 4783] }, "VersionSpec_direct", []]]], "VersionMany": ["define", { "sourceInterval": [4798, 4837] }, null, [], ["app", { "sourceInterval": [4814, 4837] }, "ListOf", [["app", { "sourceInterval": [4821, 4831] }, "VersionOne", []], ["terminal", { "sourceInterval": [4833, 4836] }, ","]]]], "VersionOne": ["define", { "sourceInterval": [4842, 4876] }, null, [], ["seq", { "sourceInterval": [4858, 4876] }, ["app", { "sourceInterval": [4858, 4868] }, "versionCmp", []], ["app", { "sourceInterval": [4869, 4876] }, "version", []]]], "versionCmp": ["define", { "sourceInterval": [4881, 4949] }, null, [], ["alt", { "sourceInterval": [4897, 4949] }, ["terminal", { "sourceInterval": [4897, 4901] }, "<="], ["terminal", { "sourceInterval": [4904, 4907] }, "<"], ["terminal", { "sourceInterval": [4910, 4914] }, "!="], ["terminal", { "sourceInterval": [4917, 4921] }, "=="], ["terminal", { "sourceInterval": [4924, 4928] }, ">="], ["terminal", { "sourceInterval": [4931, 4934] }, ">"], ["terminal", { "sourceInterval": [4937, 4941] }, "~="], ["terminal", { "sourceInterval": [4944, 4949] }, "==="]]], "version": ["define", { "sourceInterval": [4954, 5015] }, null, [], ["plus", { "sourceInterval": [4970, 5015] }, ["alt", { "sourceInterval": [4971, 5012] }, ["app", { "sourceInterval": [4971, 4976] }, "alnum", []], ["terminal", { "sourceInterval": [4979, 4982] }, "-"], ["terminal", { "sourceInterval": [4985, 4988] }, "_"], ["terminal", { "sourceInterval": [4991, 4994] }, "."], ["terminal", { "sourceInterval": [4997, 5e3] }, "*"], ["terminal", { "sourceInterval": [5003, 5006] }, "+"], ["terminal", { "sourceInterval": [5009, 5012] }, "!"]]]], "comment": ["define", { "sourceInterval": [5021, 5047] }, null, [], ["seq", { "sourceInterval": [5031, 5047] }, ["terminal", { "sourceInterval": [5031, 5034] }, "#"], ["star", { "sourceInterval": [5035, 5047] }, ["seq", { "sourceInterval": [5036, 5045] }, ["not", { "sourceInterval": [5036, 5041] }, ["terminal", { "sourceInterval": [5037, 5041] }, "\n"]], ["app", { "sourceInterval": [5042, 5045] }, "any", []]]]]], "space": ["override", { "sourceInterval": [5053, 5072] }, null, [], ["alt", { "sourceInterval": [5062, 5072] }, ["terminal", { "sourceInterval": [5062, 5065] }, " "], ["terminal", { "sourceInterval": [5068, 5072] }, "	"]]], "LooseFile": ["define", { "sourceInterval": [5289, 5332] }, null, [], ["app", { "sourceInterval": [5309, 5332] }, "ListOf", [["app", { "sourceInterval": [5316, 5325] }, "LooseLine", []], ["terminal", { "sourceInterval": [5327, 5331] }, "\n"]]]], "LooseLine": ["define", { "sourceInterval": [5337, 5374] }, null, [], ["seq", { "sourceInterval": [5357, 5374] }, ["app", { "sourceInterval": [5357, 5365] }, "LooseReq", []], ["opt", { "sourceInterval": [5366, 5374] }, ["app", { "sourceInterval": [5366, 5373] }, "comment", []]]]], "LooseReq": ["define", { "sourceInterval": [5379, 5429] }, null, [], ["alt", { "sourceInterval": [5399, 5429] }, ["app", { "sourceInterval": [5399, 5414] }, "LooseNonNameReq", []], ["app", { "sourceInterval": [5417, 5429] }, "LooseNameReq", []]]], "LooseNameReq": ["define", { "sourceInterval": [5434, 5507] }, null, [], ["seq", { "sourceInterval": [5454, 5507] }, ["app", { "sourceInterval": [5454, 5458] }, "Name", []], ["opt", { "sourceInterval": [5459, 5471] }, ["app", { "sourceInterval": [5459, 5470] }, "LooseExtras", []]], ["app", { "sourceInterval": [5472, 5488] }, "LooseVersionSpec", []], ["opt", { "sourceInterval": [5489, 5507] }, ["app", { "sourceInterval": [5489, 5506] }, "LooseQuotedMarker", []]]]], "LooseNonNameReq": ["define", { "sourceInterval": [5512, 5567] }, null, [], ["seq", { "sourceInterval": [5532, 5567] }, ["not", { "sourceInterval": [5533, 5552] }, ["seq", { "sourceInterval": [5535, 5551] }, ["not", { "sourceInterval": [5535, 5546] }, ["seq", { "sourceInterval": [5537, 5545] }, ["app", { "sourceInterval": [5537, 5541] }, "Name", []], ["terminal", { "sourceInterval": [5542, 5545] }, "@"]]], ["app", { "sourceInterval": [5547, 5551] }, "Name", []]]], ["app", { "sourceInterval": [5553, 5566] }, "looseAnything", []]]], "LooseExtras": ["define", { "sourceInterval": [5632, 5689] }, null, [], ["seq", { "sourceInterval": [5652, 5689] }, ["terminal", { "sourceInterval": [5652, 5655] }, "["], ["app", { "sourceInterval": [5656, 5679] }, "ListOf", [["app", { "sourceInterval": [5663, 5673] }, "identifier", []], ["terminal", { "sourceInterval": [5675, 5678] }, ","]]], ["star", { "sourceInterval": [5680, 5684] }, ["terminal", { "sourceInterval": [5680, 5683] }, ","]], ["opt", { "sourceInterval": [5685, 5689] }, ["terminal", { "sourceInterval": [5685, 5688] }, "]"]]]], "LooseQuotedMarker": ["define", { "sourceInterval": [5694, 5731] }, null, [], ["seq", { "sourceInterval": [5714, 5731] }, ["terminal", { "sourceInterval": [5714, 5717] }, ";"], ["app", { "sourceInterval": [5718, 5731] }, "looseAnything", []]]], "LooseVersionSpec_parenthesized": ["define", { "sourceInterval": [5756, 5798] }, null, [], ["seq", { "sourceInterval": [5756, 5781] }, ["terminal", { "sourceInterval": [5756, 5759] }, "("], ["app", { "sourceInterval": [5760, 5776] }, "LooseVersionMany", []], ["opt", { "sourceInterval": [5777, 5781] }, ["terminal", { "sourceInterval": [5777, 5780] }, ")"]]]], "LooseVersionSpec_direct": ["define", { "sourceInterval": [5823, 5849] }, null, [], ["app", { "sourceInterval": [5823, 5839] }, "LooseVersionMany", []]], "LooseVersionSpec": ["define", { "sourceInterval": [5736, 5849] }, null, [], ["alt", { "sourceInterval": [5756, 5849] }, ["app", { "sourceInterval": [5756, 5781] }, "LooseVersionSpec_parenthesized", []], ["app", { "sourceInterval": [5823, 5839] }, "LooseVersionSpec_direct", []]]], "LooseVersionMany": ["define", { "sourceInterval": [5854, 5907] }, null, [], ["seq", { "sourceInterval": [5874, 5907] }, ["app", { "sourceInterval": [5874, 5902] }, "ListOf", [["app", { "sourceInterval": [5881, 5896] }, "LooseVersionOne", []], ["terminal", { "sourceInterval": [5898, 5901] }, ","]]], ["star", { "sourceInterval": [5903, 5907] }, ["terminal", { "sourceInterval": [5903, 5906] }, ","]]]], "LooseVersionOne": ["define", { "sourceInterval": [5912, 5961] }, null, [], ["seq", { "sourceInterval": [5932, 5961] }, ["app", { "sourceInterval": [5932, 5947] }, "looseVersionCmp", []], ["opt", { "sourceInterval": [5948, 5961] }, ["app", { "sourceInterval": [5948, 5960] }, "looseVersion", []]]]], "looseVersionCmp": ["define", { "sourceInterval": [5966, 6016] }, null, [], ["plus", { "sourceInterval": [5986, 6016] }, ["alt", { "sourceInterval": [5987, 6014] }, ["terminal", { "sourceInterval": [5987, 5990] }, "<"], ["terminal", { "sourceInterval": [5993, 5996] }, "="], ["terminal", { "sourceInterval": [5999, 6002] }, "!"], ["terminal", { "sourceInterval": [6005, 6008] }, ">"], ["terminal", { "sourceInterval": [6011, 6014] }, "~"]]]], "looseVersion": ["define", { "sourceInterval": [6021, 6086] }, null, [], ["plus", { "sourceInterval": [6041, 6086] }, ["alt", { "sourceInterval": [6042, 6083] }, ["app", { "sourceInterval": [6042, 6047] }, "alnum", []], ["terminal", { "sourceInterval": [6050, 6053] }, "-"], ["terminal", { "sourceInterval": [6056, 6059] }, "_"], ["terminal", { "sourceInterval": [6062, 6065] }, "."], ["terminal", { "sourceInterval": [6068, 6071] }, "*"], ["terminal", { "sourceInterval": [6074, 6077] }, "+"], ["terminal", { "sourceInterval": [6080, 6083] }, "!"]]]], "looseAnything": ["define", { "sourceInterval": [6091, 6131] }, null, [], ["star", { "sourceInterval": [6111, 6131] }, ["seq", { "sourceInterval": [6112, 6129] }, ["not", { "sourceInterval": [6112, 6125] }, ["alt", { "sourceInterval": [6114, 6124] }, ["terminal", { "sourceInterval": [6114, 6118] }, "\n"], ["terminal", { "sourceInterval": [6121, 6124] }, "#"]]], ["app", { "sourceInterval": [6126, 6129] }, "any", []]]]] }]);
    module.exports = result;
  }
});

// node_modules/pip-requirements-js/dist/semantics.js
var require_semantics = __commonJS({
  "node_modules/pip-requirements-js/dist/semantics.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RequirementsSyntaxError = exports.semantics = void 0;
    var pep_508_ohm_bundle_1 = __importDefault(require_pep_508_ohm_bundle());
    exports.semantics = pep_508_ohm_bundle_1.default.createSemantics();
    function getLocation(node) {
      return {
        startIdx: node.source.startIdx,
        endIdx: node.source.endIdx
      };
    }
    function withLocation(node, data) {
      return {
        data,
        location: getLocation(node)
      };
    }
    exports.semantics.addOperation("extract", {
      /* eslint-disable @typescript-eslint/no-unused-vars */
      File: (linesList) => linesList.asIteration().children.map((line) => line.extract()).filter(Boolean),
      Line: (req, _comment) => {
        var _a;
        return ((_a = req.child(0)) === null || _a === void 0 ? void 0 : _a.extract()) || null;
      },
      NameReq: (name, extras, versionSpec, markers) => {
        var _a, _b;
        return {
          type: "ProjectName",
          name: name.sourceString,
          versionSpec: versionSpec.extract(),
          extras: (_a = extras.child(0)) === null || _a === void 0 ? void 0 : _a.extract(),
          environmentMarkerTree: (_b = markers.child(0)) === null || _b === void 0 ? void 0 : _b.extract()
        };
      },
      UrlReq: (name, extras, url, _space, markers) => {
        var _a, _b;
        return {
          type: "ProjectURL",
          name: name.sourceString,
          url: url.extract(),
          extras: (_a = extras.child(0)) === null || _a === void 0 ? void 0 : _a.extract(),
          environmentMarkerTree: (_b = markers.child(0)) === null || _b === void 0 ? void 0 : _b.extract()
        };
      },
      Extras: (_open, extrasList, _close) => extrasList.asIteration().children.map((extra) => extra.sourceString),
      RequirementsReq: (_dashR, filePath) => ({
        type: "RequirementsFile",
        path: filePath.sourceString
      }),
      ConstraintsReq: (_dashC, filePath) => ({
        type: "ConstraintsFile",
        path: filePath.sourceString
      }),
      UrlSpec: (_at, uriReference) => uriReference.sourceString,
      QuotedMarker: (_semi, marker) => marker.extract(),
      MarkerOr_node: (left, _or, right) => ({
        operator: "or",
        left: left.extract(),
        right: right.extract()
      }),
      MarkerAnd_node: (left, _and, right) => ({
        operator: "and",
        left: left.extract(),
        right: right.extract()
      }),
      MarkerExpr_leaf: (left, operator, right) => ({
        left: left.sourceString,
        operator: operator.sourceString,
        right: right.sourceString
      }),
      MarkerExpr_node: (_open, marker, _close) => marker.extract(),
      VersionSpec_parenthesized: (_open, versionMany, _close) => versionMany.extract() || [],
      VersionMany: (versionOnesList) => {
        const versionOnes = versionOnesList.asIteration().children;
        if (versionOnes.length === 0) {
          return void 0;
        }
        return versionOnes.map((versionOne) => versionOne.extract());
      },
      VersionOne: (operator, version) => ({
        operator: operator.sourceString,
        version: version.sourceString
      })
      /* eslint-enable @typescript-eslint/no-unused-vars */
    });
    exports.semantics.addOperation("extractLoosely", {
      /* eslint-disable @typescript-eslint/no-unused-vars */
      LooseFile: (linesList) => linesList.asIteration().children.map((line) => line.extractLoosely()).filter(Boolean),
      LooseLine: (req, _comment) => {
        var _a;
        return ((_a = req.child(0)) === null || _a === void 0 ? void 0 : _a.extractLoosely()) || null;
      },
      LooseNameReq: (name, extras, versionSpec, _markers) => {
        var _a;
        return {
          type: "ProjectName",
          name: name.sourceString,
          extras: (_a = extras.child(0)) === null || _a === void 0 ? void 0 : _a.extractLoosely(),
          versionSpec: versionSpec.extractLoosely()
        };
      },
      LooseNonNameReq: (_) => null,
      LooseExtras: (_open, extrasList, _trailingComma, _close) => extrasList.asIteration().children.map((extra) => extra.sourceString),
      LooseVersionSpec_parenthesized: (_open, versionMany, _close) => versionMany.extractLoosely() || [],
      LooseVersionMany: (versionOnesList, _trailingComma) => {
        const versionOnes = versionOnesList.asIteration().children;
        if (versionOnes.length === 0) {
          return void 0;
        }
        return versionOnes.map((versionOne) => versionOne.extractLoosely());
      },
      LooseVersionOne: (operator, version) => {
        const result = {
          operator: operator.sourceString
        };
        if (version.sourceString) {
          result.version = version.sourceString;
        }
        return result;
      }
      /* eslint-enable @typescript-eslint/no-unused-vars */
    });
    exports.semantics.addOperation("extractWithLocation", {
      /* eslint-disable @typescript-eslint/no-unused-vars */
      File: (linesList) => linesList.asIteration().children.map((line) => line.extractWithLocation()).filter(Boolean),
      Line: (req, _comment) => {
        var _a;
        return ((_a = req.child(0)) === null || _a === void 0 ? void 0 : _a.extractWithLocation()) || null;
      },
      NameReq: function(name, extras, versionSpec, markers) {
        var _a, _b;
        return withLocation(this, {
          type: "ProjectName",
          name: withLocation(name, name.sourceString),
          versionSpec: versionSpec.extractWithLocation(),
          extras: (_a = extras.child(0)) === null || _a === void 0 ? void 0 : _a.extractWithLocation(),
          environmentMarkerTree: (_b = markers.child(0)) === null || _b === void 0 ? void 0 : _b.extractWithLocation()
        });
      },
      UrlReq: function(name, extras, url, _space, markers) {
        var _a, _b;
        return withLocation(this, {
          type: "ProjectURL",
          name: withLocation(name, name.sourceString),
          url: url.extractWithLocation(),
          extras: (_a = extras.child(0)) === null || _a === void 0 ? void 0 : _a.extractWithLocation(),
          environmentMarkerTree: (_b = markers.child(0)) === null || _b === void 0 ? void 0 : _b.extractWithLocation()
        });
      },
      Extras: function(_open, extrasList, _close) {
        return extrasList.asIteration().children.map((extra) => withLocation(extra, extra.sourceString));
      },
      RequirementsReq: function(_dashR, filePath) {
        return withLocation(this, {
          type: "RequirementsFile",
          path: filePath.sourceString
        });
      },
      ConstraintsReq: function(_dashC, filePath) {
        return withLocation(this, {
          type: "ConstraintsFile",
          path: filePath.sourceString
        });
      },
      UrlSpec: function(_at, uriReference) {
        return withLocation(uriReference, uriReference.sourceString);
      },
      QuotedMarker: (_semi, marker) => withLocation(marker, marker.extract()),
      VersionSpec_parenthesized: (_open, versionMany, _close) => versionMany.extractWithLocation() || [],
      VersionMany: (versionOnesList) => {
        const versionOnes = versionOnesList.asIteration().children;
        if (versionOnes.length === 0) {
          return void 0;
        }
        return versionOnes.map((versionOne) => versionOne.extractWithLocation());
      },
      VersionOne: function(operator, version) {
        return withLocation(this, {
          operator: withLocation(operator, operator.sourceString),
          version: withLocation(version, version.sourceString)
        });
      }
      /* eslint-enable @typescript-eslint/no-unused-vars */
    });
    exports.semantics.addOperation("extractLooselyWithLocation", {
      /* eslint-disable @typescript-eslint/no-unused-vars */
      LooseFile: (linesList) => linesList.asIteration().children.map((line) => line.extractLooselyWithLocation()).filter(Boolean),
      LooseLine: (req, _comment) => {
        var _a;
        return ((_a = req.child(0)) === null || _a === void 0 ? void 0 : _a.extractLooselyWithLocation()) || null;
      },
      LooseNameReq: function(name, extras, versionSpec, _markers) {
        var _a;
        return withLocation(this, {
          type: "ProjectName",
          name: withLocation(name, name.sourceString),
          extras: (_a = extras.child(0)) === null || _a === void 0 ? void 0 : _a.extractLooselyWithLocation(),
          versionSpec: versionSpec.extractLooselyWithLocation()
        });
      },
      LooseNonNameReq: (_) => null,
      LooseExtras: function(_open, extrasList, _trailingComma, _close) {
        return extrasList.asIteration().children.map((extra) => withLocation(extra, extra.sourceString));
      },
      LooseVersionSpec_parenthesized: (_open, versionMany, _close) => versionMany.extractLooselyWithLocation() || [],
      LooseVersionMany: (versionOnesList, _trailingComma) => {
        const versionOnes = versionOnesList.asIteration().children;
        if (versionOnes.length === 0) {
          return void 0;
        }
        return versionOnes.map((versionOne) => versionOne.extractLooselyWithLocation());
      },
      LooseVersionOne: function(operator, version) {
        return withLocation(this, {
          operator: withLocation(operator, operator.sourceString),
          ...version.sourceString ? { version: withLocation(version, version.sourceString) } : {}
        });
      }
      /* eslint-enable @typescript-eslint/no-unused-vars */
    });
    var RequirementsSyntaxError = class extends Error {
    };
    exports.RequirementsSyntaxError = RequirementsSyntaxError;
  }
});

// node_modules/pip-requirements-js/dist/types.js
var require_types = __commonJS({
  "node_modules/pip-requirements-js/dist/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.VersionOperator = exports.EnvironmentMarkerVariable = void 0;
    var EnvironmentMarkerVariable;
    (function(EnvironmentMarkerVariable2) {
      EnvironmentMarkerVariable2["PythonVersion"] = "python_version";
      EnvironmentMarkerVariable2["PythonFullVersion"] = "python_full_version";
      EnvironmentMarkerVariable2["OsName"] = "os_name";
      EnvironmentMarkerVariable2["SysPlatform"] = "sys_platform";
      EnvironmentMarkerVariable2["PlatformRelease"] = "platform_release";
      EnvironmentMarkerVariable2["PlatformSystem"] = "platform_system";
      EnvironmentMarkerVariable2["PlatformVersion"] = "platform_version";
      EnvironmentMarkerVariable2["PlatformMachine"] = "platform_machine";
      EnvironmentMarkerVariable2["PlatformPythonImplementation"] = "platform_python_implementation";
      EnvironmentMarkerVariable2["ImplementationName"] = "implementation_name";
      EnvironmentMarkerVariable2["ImplementationVersion"] = "implementation_version";
      EnvironmentMarkerVariable2["Extra"] = "extra";
    })(EnvironmentMarkerVariable || (exports.EnvironmentMarkerVariable = EnvironmentMarkerVariable = {}));
    var VersionOperator;
    (function(VersionOperator2) {
      VersionOperator2["CompatibleRelease"] = "~=";
      VersionOperator2["VersionMatching"] = "==";
      VersionOperator2["VersionExclusion"] = "!=";
      VersionOperator2["LessThanOrMatching"] = "<=";
      VersionOperator2["GreaterThanOrMatching"] = ">=";
      VersionOperator2["LessThan"] = "<";
      VersionOperator2["GreaterThan"] = ">";
      VersionOperator2["ArbitrarilyEqual"] = "===";
    })(VersionOperator || (exports.VersionOperator = VersionOperator = {}));
  }
});

// node_modules/pip-requirements-js/dist/index.js
var require_dist = __commonJS({
  "node_modules/pip-requirements-js/dist/index.js"(exports) {
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.parsePipRequirementsLineLoosely = exports.parsePipRequirementsFileLoosely = exports.parsePipRequirementsLine = exports.parsePipRequirementsFile = exports.RequirementsSyntaxError = void 0;
    var pep_508_ohm_bundle_1 = __importDefault(require_pep_508_ohm_bundle());
    var semantics_1 = require_semantics();
    var semantics_2 = require_semantics();
    Object.defineProperty(exports, "RequirementsSyntaxError", { enumerable: true, get: function() {
      return semantics_2.RequirementsSyntaxError;
    } });
    __exportStar(require_types(), exports);
    function parsePipRequirementsFile(fileContent, options) {
      const matchResult = pep_508_ohm_bundle_1.default.match(fileContent, "File");
      if (matchResult.failed()) {
        throw new semantics_1.RequirementsSyntaxError(`Failed to parse requirements file. ${matchResult.shortMessage}`);
      }
      if (options === null || options === void 0 ? void 0 : options.includeLocations) {
        return (0, semantics_1.semantics)(matchResult).extractWithLocation();
      }
      return (0, semantics_1.semantics)(matchResult).extract();
    }
    exports.parsePipRequirementsFile = parsePipRequirementsFile;
    function parsePipRequirementsLine(lineContent, options) {
      const matchResult = pep_508_ohm_bundle_1.default.match(lineContent, "Line");
      if (matchResult.failed()) {
        throw new semantics_1.RequirementsSyntaxError(`Failed to parse requirements line. ${matchResult.shortMessage}`);
      }
      if (options === null || options === void 0 ? void 0 : options.includeLocations) {
        return (0, semantics_1.semantics)(matchResult).extractWithLocation();
      }
      return (0, semantics_1.semantics)(matchResult).extract();
    }
    exports.parsePipRequirementsLine = parsePipRequirementsLine;
    function parsePipRequirementsFileLoosely(fileContent, options) {
      const matchResult = pep_508_ohm_bundle_1.default.match(fileContent, "LooseFile");
      if (matchResult.failed()) {
        throw new semantics_1.RequirementsSyntaxError(`Failed to loosely parse requirements file. ${matchResult.shortMessage}`);
      }
      if (options === null || options === void 0 ? void 0 : options.includeLocations) {
        return (0, semantics_1.semantics)(matchResult).extractLooselyWithLocation();
      }
      return (0, semantics_1.semantics)(matchResult).extractLoosely();
    }
    exports.parsePipRequirementsFileLoosely = parsePipRequirementsFileLoosely;
    function parsePipRequirementsLineLoosely(lineContent, options) {
      const matchResult = pep_508_ohm_bundle_1.default.match(lineContent, "LooseLine");
      if (matchResult.failed()) {
        throw new semantics_1.RequirementsSyntaxError(`Failed to loosely parse requirements line. ${matchResult.shortMessage}`);
      }
      if (options === null || options === void 0 ? void 0 : options.includeLocations) {
        return (0, semantics_1.semantics)(matchResult).extractLooselyWithLocation();
      }
      return (0, semantics_1.semantics)(matchResult).extractLoosely();
    }
    exports.parsePipRequirementsLineLoosely = parsePipRequirementsLineLoosely;
  }
});
export default require_dist();
