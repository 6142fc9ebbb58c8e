import { createRequire as __mlguardCreateRequire } from 'node:module';
import { fileURLToPath as __mlguardFileURLToPath } from 'node:url';
import { dirname as __mlguardDirname } from 'node:path';
var require = __mlguardCreateRequire(import.meta.url);
var __filename = __mlguardFileURLToPath(import.meta.url);
var __dirname = __mlguardDirname(__filename);
import {
  makeFinding,
  require_dist,
  require_picomatch,
  usageError
} from "./chunk-5W5D4E4O.js";
import {
  __commonJS,
  __esm,
  __export,
  __toCommonJS,
  __toESM
} from "./chunk-BVJNMDPU.js";

// node_modules/dockerfile-ast/lib/argument.js
var require_argument = __commonJS({
  "node_modules/dockerfile-ast/lib/argument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Argument = void 0;
    var Argument = class {
      constructor(value, range) {
        this.value = value;
        this.range = range;
      }
      toString() {
        return this.value;
      }
      getRange() {
        return this.range;
      }
      getValue() {
        return this.value;
      }
      isAfter(position) {
        if (this.range.end.line < position.line) {
          return false;
        }
        return this.range.start.line > position.line ? true : this.range.start.character > position.character;
      }
      isBefore(position) {
        if (this.range.start.line < position.line) {
          return true;
        }
        return this.range.end.line > position.line ? false : this.range.end.character < position.character;
      }
    };
    exports.Argument = Argument;
  }
});

// node_modules/dockerfile-ast/lib/jsonArgument.js
var require_jsonArgument = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonArgument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONArgument = void 0;
    var argument_1 = require_argument();
    var JSONArgument = class extends argument_1.Argument {
      constructor(value, range, jsonRange) {
        super(value, range);
        this.jsonRange = jsonRange;
      }
      getJSONRange() {
        return this.jsonRange;
      }
      getJSONValue() {
        let value = super.getValue();
        value = value.substring(1, value.length - 1);
        return value;
      }
    };
    exports.JSONArgument = JSONArgument;
  }
});

// node_modules/vscode-languageserver-types/lib/esm/main.js
var main_exports = {};
__export(main_exports, {
  AnnotatedTextEdit: () => AnnotatedTextEdit,
  ApplyKind: () => ApplyKind,
  ChangeAnnotation: () => ChangeAnnotation,
  ChangeAnnotationIdentifier: () => ChangeAnnotationIdentifier,
  CodeAction: () => CodeAction,
  CodeActionContext: () => CodeActionContext,
  CodeActionKind: () => CodeActionKind,
  CodeActionTag: () => CodeActionTag,
  CodeActionTriggerKind: () => CodeActionTriggerKind,
  CodeDescription: () => CodeDescription,
  CodeLens: () => CodeLens,
  Color: () => Color,
  ColorInformation: () => ColorInformation,
  ColorPresentation: () => ColorPresentation,
  Command: () => Command,
  CompletionItem: () => CompletionItem,
  CompletionItemKind: () => CompletionItemKind,
  CompletionItemLabelDetails: () => CompletionItemLabelDetails,
  CompletionItemTag: () => CompletionItemTag,
  CompletionList: () => CompletionList,
  CreateFile: () => CreateFile,
  DeleteFile: () => DeleteFile,
  Diagnostic: () => Diagnostic,
  DiagnosticRelatedInformation: () => DiagnosticRelatedInformation,
  DiagnosticSeverity: () => DiagnosticSeverity,
  DiagnosticTag: () => DiagnosticTag,
  DocumentHighlight: () => DocumentHighlight,
  DocumentHighlightKind: () => DocumentHighlightKind,
  DocumentLink: () => DocumentLink,
  DocumentSymbol: () => DocumentSymbol,
  DocumentUri: () => DocumentUri,
  EOL: () => EOL,
  FoldingRange: () => FoldingRange,
  FoldingRangeKind: () => FoldingRangeKind,
  FormattingOptions: () => FormattingOptions,
  Hover: () => Hover,
  InlayHint: () => InlayHint,
  InlayHintKind: () => InlayHintKind,
  InlayHintLabelPart: () => InlayHintLabelPart,
  InlineCompletionContext: () => InlineCompletionContext,
  InlineCompletionItem: () => InlineCompletionItem,
  InlineCompletionList: () => InlineCompletionList,
  InlineCompletionTriggerKind: () => InlineCompletionTriggerKind,
  InlineValueContext: () => InlineValueContext,
  InlineValueEvaluatableExpression: () => InlineValueEvaluatableExpression,
  InlineValueText: () => InlineValueText,
  InlineValueVariableLookup: () => InlineValueVariableLookup,
  InsertReplaceEdit: () => InsertReplaceEdit,
  InsertTextFormat: () => InsertTextFormat,
  InsertTextMode: () => InsertTextMode,
  LanguageKind: () => LanguageKind,
  Location: () => Location,
  LocationLink: () => LocationLink,
  MarkedString: () => MarkedString,
  MarkupContent: () => MarkupContent,
  MarkupKind: () => MarkupKind,
  OptionalVersionedTextDocumentIdentifier: () => OptionalVersionedTextDocumentIdentifier,
  ParameterInformation: () => ParameterInformation,
  Position: () => Position,
  Range: () => Range,
  RenameFile: () => RenameFile,
  SelectedCompletionInfo: () => SelectedCompletionInfo,
  SelectionRange: () => SelectionRange,
  SemanticTokenModifiers: () => SemanticTokenModifiers,
  SemanticTokenTypes: () => SemanticTokenTypes,
  SemanticTokens: () => SemanticTokens,
  SignatureInformation: () => SignatureInformation,
  SnippetTextEdit: () => SnippetTextEdit,
  StringValue: () => StringValue,
  SymbolInformation: () => SymbolInformation,
  SymbolKind: () => SymbolKind,
  SymbolTag: () => SymbolTag,
  TextDocument: () => TextDocument,
  TextDocumentEdit: () => TextDocumentEdit,
  TextDocumentIdentifier: () => TextDocumentIdentifier,
  TextDocumentItem: () => TextDocumentItem,
  TextEdit: () => TextEdit,
  URI: () => URI,
  VersionedTextDocumentIdentifier: () => VersionedTextDocumentIdentifier,
  WorkspaceChange: () => WorkspaceChange,
  WorkspaceEdit: () => WorkspaceEdit,
  WorkspaceFolder: () => WorkspaceFolder,
  WorkspaceSymbol: () => WorkspaceSymbol,
  integer: () => integer,
  uinteger: () => uinteger
});
var DocumentUri, URI, integer, uinteger, Position, Range, Location, LocationLink, Color, ColorInformation, ColorPresentation, FoldingRangeKind, FoldingRange, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag, CodeDescription, Diagnostic, Command, TextEdit, ChangeAnnotation, ChangeAnnotationIdentifier, AnnotatedTextEdit, TextDocumentEdit, CreateFile, RenameFile, DeleteFile, WorkspaceEdit, TextEditChangeImpl, SnippetTextEdit, ChangeAnnotations, WorkspaceChange, TextDocumentIdentifier, VersionedTextDocumentIdentifier, OptionalVersionedTextDocumentIdentifier, LanguageKind, TextDocumentItem, MarkupKind, MarkupContent, CompletionItemKind, InsertTextFormat, CompletionItemTag, InsertReplaceEdit, InsertTextMode, ApplyKind, CompletionItemLabelDetails, CompletionItem, CompletionList, MarkedString, Hover, ParameterInformation, SignatureInformation, DocumentHighlightKind, DocumentHighlight, SymbolKind, SymbolTag, SymbolInformation, WorkspaceSymbol, DocumentSymbol, CodeActionKind, CodeActionTriggerKind, CodeActionContext, CodeActionTag, CodeAction, CodeLens, FormattingOptions, DocumentLink, SelectionRange, SemanticTokenTypes, SemanticTokenModifiers, SemanticTokens, InlineValueText, InlineValueVariableLookup, InlineValueEvaluatableExpression, InlineValueContext, InlayHintKind, InlayHintLabelPart, InlayHint, StringValue, InlineCompletionItem, InlineCompletionList, InlineCompletionTriggerKind, SelectedCompletionInfo, InlineCompletionContext, WorkspaceFolder, EOL, TextDocument, FullTextDocument, Is;
var init_main = __esm({
  "node_modules/vscode-languageserver-types/lib/esm/main.js"() {
    "use strict";
    (function(DocumentUri2) {
      function is(value) {
        return typeof value === "string";
      }
      DocumentUri2.is = is;
    })(DocumentUri || (DocumentUri = {}));
    (function(URI2) {
      function is(value) {
        return typeof value === "string";
      }
      URI2.is = is;
    })(URI || (URI = {}));
    (function(integer2) {
      integer2.MIN_VALUE = -2147483648;
      integer2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value === "number" && integer2.MIN_VALUE <= value && value <= integer2.MAX_VALUE;
      }
      integer2.is = is;
    })(integer || (integer = {}));
    (function(uinteger2) {
      uinteger2.MIN_VALUE = 0;
      uinteger2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value === "number" && uinteger2.MIN_VALUE <= value && value <= uinteger2.MAX_VALUE;
      }
      uinteger2.is = is;
    })(uinteger || (uinteger = {}));
    (function(Position2) {
      function create(line2, character) {
        if (line2 === Number.MAX_VALUE) {
          line2 = uinteger.MAX_VALUE;
        }
        if (character === Number.MAX_VALUE) {
          character = uinteger.MAX_VALUE;
        }
        return { line: line2, character };
      }
      Position2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
      }
      Position2.is = is;
    })(Position || (Position = {}));
    (function(Range2) {
      function create(one, two, three, four) {
        if (Is.uinteger(one) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four)) {
          return { start: Position.create(one, two), end: Position.create(three, four) };
        } else if (Position.is(one) && Position.is(two)) {
          return { start: one, end: two };
        } else {
          throw new Error(`Range#create called with invalid arguments[${one}, ${two}, ${three}, ${four}]`);
        }
      }
      Range2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
      }
      Range2.is = is;
    })(Range || (Range = {}));
    (function(Location2) {
      function create(uri, range) {
        return { uri, range };
      }
      Location2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
      }
      Location2.is = is;
    })(Location || (Location = {}));
    (function(LocationLink2) {
      function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
        return { targetUri, targetRange, targetSelectionRange, originSelectionRange };
      }
      LocationLink2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri) && Range.is(candidate.targetSelectionRange) && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
      }
      LocationLink2.is = is;
    })(LocationLink || (LocationLink = {}));
    (function(Color2) {
      function create(red, green, blue, alpha) {
        return {
          red,
          green,
          blue,
          alpha
        };
      }
      Color2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1) && Is.numberRange(candidate.green, 0, 1) && Is.numberRange(candidate.blue, 0, 1) && Is.numberRange(candidate.alpha, 0, 1);
      }
      Color2.is = is;
    })(Color || (Color = {}));
    (function(ColorInformation2) {
      function create(range, color) {
        return {
          range,
          color
        };
      }
      ColorInformation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
      }
      ColorInformation2.is = is;
    })(ColorInformation || (ColorInformation = {}));
    (function(ColorPresentation2) {
      function create(label, textEdit, additionalTextEdits) {
        return {
          label,
          textEdit,
          additionalTextEdits
        };
      }
      ColorPresentation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate.textEdit)) && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
      }
      ColorPresentation2.is = is;
    })(ColorPresentation || (ColorPresentation = {}));
    (function(FoldingRangeKind2) {
      FoldingRangeKind2.Comment = "comment";
      FoldingRangeKind2.Imports = "imports";
      FoldingRangeKind2.Region = "region";
    })(FoldingRangeKind || (FoldingRangeKind = {}));
    (function(FoldingRange2) {
      function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
        const result = {
          startLine,
          endLine
        };
        if (Is.defined(startCharacter)) {
          result.startCharacter = startCharacter;
        }
        if (Is.defined(endCharacter)) {
          result.endCharacter = endCharacter;
        }
        if (Is.defined(kind)) {
          result.kind = kind;
        }
        if (Is.defined(collapsedText)) {
          result.collapsedText = collapsedText;
        }
        return result;
      }
      FoldingRange2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.endLine) && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter)) && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter)) && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
      }
      FoldingRange2.is = is;
    })(FoldingRange || (FoldingRange = {}));
    (function(DiagnosticRelatedInformation2) {
      function create(location, message) {
        return {
          location,
          message
        };
      }
      DiagnosticRelatedInformation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
      }
      DiagnosticRelatedInformation2.is = is;
    })(DiagnosticRelatedInformation || (DiagnosticRelatedInformation = {}));
    (function(DiagnosticSeverity2) {
      DiagnosticSeverity2.Error = 1;
      DiagnosticSeverity2.Warning = 2;
      DiagnosticSeverity2.Information = 3;
      DiagnosticSeverity2.Hint = 4;
    })(DiagnosticSeverity || (DiagnosticSeverity = {}));
    (function(DiagnosticTag2) {
      DiagnosticTag2.Unnecessary = 1;
      DiagnosticTag2.Deprecated = 2;
    })(DiagnosticTag || (DiagnosticTag = {}));
    (function(CodeDescription2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.href);
      }
      CodeDescription2.is = is;
    })(CodeDescription || (CodeDescription = {}));
    (function(Diagnostic2) {
      function create(range, message, severity, code, source, relatedInformation) {
        const result = { range, message };
        if (Is.defined(severity)) {
          result.severity = severity;
        }
        if (Is.defined(code)) {
          result.code = code;
        }
        if (Is.defined(source)) {
          result.source = source;
        }
        if (Is.defined(relatedInformation)) {
          result.relatedInformation = relatedInformation;
        }
        return result;
      }
      Diagnostic2.create = create;
      function is(value) {
        var _a;
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.string(candidate.message) || MarkupContent.is(candidate.message)) && (Is.number(candidate.severity) || Is.undefined(candidate.severity)) && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code)) && (Is.undefined(candidate.codeDescription) || Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)) && (Is.string(candidate.source) || Is.undefined(candidate.source)) && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
      }
      Diagnostic2.is = is;
      function is3_17(value) {
        return Is.string(value.message);
      }
      Diagnostic2.is3_17 = is3_17;
      function getMessageString(diagnostic) {
        if (Is.string(diagnostic.message)) {
          return diagnostic.message;
        } else if (MarkupContent.is(diagnostic.message)) {
          return diagnostic.message.value;
        } else {
          throw new Error(`Unknown message type ${typeof diagnostic.message}`);
        }
      }
      Diagnostic2.getMessageString = getMessageString;
    })(Diagnostic || (Diagnostic = {}));
    (function(Command2) {
      function create(title, command, ...args2) {
        const result = { title, command };
        if (Is.defined(args2) && args2.length > 0) {
          result.arguments = args2;
        }
        return result;
      }
      Command2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.title) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip)) && Is.string(candidate.command);
      }
      Command2.is = is;
    })(Command || (Command = {}));
    (function(TextEdit2) {
      function replace(range, newText) {
        return { range, newText };
      }
      TextEdit2.replace = replace;
      function insert(position, newText) {
        return { range: { start: position, end: position }, newText };
      }
      TextEdit2.insert = insert;
      function del(range) {
        return { range, newText: "" };
      }
      TextEdit2.del = del;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.newText) && Range.is(candidate.range);
      }
      TextEdit2.is = is;
    })(TextEdit || (TextEdit = {}));
    (function(ChangeAnnotation2) {
      function create(label, needsConfirmation, description) {
        const result = { label };
        if (needsConfirmation !== void 0) {
          result.needsConfirmation = needsConfirmation;
        }
        if (description !== void 0) {
          result.description = description;
        }
        return result;
      }
      ChangeAnnotation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      ChangeAnnotation2.is = is;
    })(ChangeAnnotation || (ChangeAnnotation = {}));
    (function(ChangeAnnotationIdentifier2) {
      function is(value) {
        const candidate = value;
        return Is.string(candidate);
      }
      ChangeAnnotationIdentifier2.is = is;
    })(ChangeAnnotationIdentifier || (ChangeAnnotationIdentifier = {}));
    (function(AnnotatedTextEdit2) {
      function replace(range, newText, annotation) {
        return { range, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.replace = replace;
      function insert(position, newText, annotation) {
        return { range: { start: position, end: position }, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.insert = insert;
      function del(range, annotation) {
        return { range, newText: "", annotationId: annotation };
      }
      AnnotatedTextEdit2.del = del;
      function is(value) {
        const candidate = value;
        return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      AnnotatedTextEdit2.is = is;
    })(AnnotatedTextEdit || (AnnotatedTextEdit = {}));
    (function(TextDocumentEdit2) {
      function create(textDocument, edits) {
        return { textDocument, edits };
      }
      TextDocumentEdit2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument) && Array.isArray(candidate.edits);
      }
      TextDocumentEdit2.is = is;
    })(TextDocumentEdit || (TextDocumentEdit = {}));
    (function(CreateFile2) {
      function create(uri, options, annotation) {
        const result = {
          kind: "create",
          uri
        };
        if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      CreateFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "create" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      CreateFile2.is = is;
    })(CreateFile || (CreateFile = {}));
    (function(RenameFile2) {
      function create(oldUri, newUri, options, annotation) {
        const result = {
          kind: "rename",
          oldUri,
          newUri
        };
        if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      RenameFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "rename" && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      RenameFile2.is = is;
    })(RenameFile || (RenameFile = {}));
    (function(DeleteFile2) {
      function create(uri, options, annotation) {
        const result = {
          kind: "delete",
          uri
        };
        if (options !== void 0 && (options.recursive !== void 0 || options.ignoreIfNotExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      DeleteFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "delete" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.recursive === void 0 || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === void 0 || Is.boolean(candidate.options.ignoreIfNotExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      DeleteFile2.is = is;
    })(DeleteFile || (DeleteFile = {}));
    (function(WorkspaceEdit2) {
      function is(value) {
        const candidate = value;
        return candidate && (candidate.changes !== void 0 || candidate.documentChanges !== void 0) && (candidate.documentChanges === void 0 || candidate.documentChanges.every((change) => {
          if (Is.string(change.kind)) {
            return CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change);
          } else {
            return TextDocumentEdit.is(change);
          }
        }));
      }
      WorkspaceEdit2.is = is;
    })(WorkspaceEdit || (WorkspaceEdit = {}));
    TextEditChangeImpl = class {
      constructor(edits, changeAnnotations) {
        this.edits = edits;
        this.changeAnnotations = changeAnnotations;
      }
      insert(position, newText, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.insert(position, newText);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.insert(position, newText, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.insert(position, newText, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      replace(range, newText, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.replace(range, newText);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.replace(range, newText, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.replace(range, newText, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      delete(range, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.del(range);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.del(range, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.del(range, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      add(edit) {
        this.edits.push(edit);
      }
      all() {
        return this.edits;
      }
      clear() {
        this.edits.splice(0, this.edits.length);
      }
      assertChangeAnnotations(value) {
        if (value === void 0) {
          throw new Error(`Text edit change is not configured to manage change annotations.`);
        }
      }
    };
    (function(SnippetTextEdit2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && StringValue.isSnippet(candidate.snippet) && (candidate.annotationId === void 0 || (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId)));
      }
      SnippetTextEdit2.is = is;
    })(SnippetTextEdit || (SnippetTextEdit = {}));
    ChangeAnnotations = class {
      constructor(annotations) {
        this._annotations = annotations === void 0 ? /* @__PURE__ */ Object.create(null) : annotations;
        this._counter = 0;
        this._size = 0;
      }
      all() {
        return this._annotations;
      }
      get size() {
        return this._size;
      }
      manage(idOrAnnotation, annotation) {
        let id;
        if (ChangeAnnotationIdentifier.is(idOrAnnotation)) {
          id = idOrAnnotation;
        } else {
          id = this.nextId();
          annotation = idOrAnnotation;
        }
        if (this._annotations[id] !== void 0) {
          throw new Error(`Id ${id} is already in use.`);
        }
        if (annotation === void 0) {
          throw new Error(`No annotation provided for id ${id}`);
        }
        this._annotations[id] = annotation;
        this._size++;
        return id;
      }
      nextId() {
        this._counter++;
        return this._counter.toString();
      }
    };
    WorkspaceChange = class {
      constructor(workspaceEdit) {
        this._textEditChanges = /* @__PURE__ */ Object.create(null);
        if (workspaceEdit !== void 0) {
          this._workspaceEdit = workspaceEdit;
          if (workspaceEdit.documentChanges) {
            this._changeAnnotations = new ChangeAnnotations(workspaceEdit.changeAnnotations);
            workspaceEdit.changeAnnotations = this._changeAnnotations.all();
            workspaceEdit.documentChanges.forEach((change) => {
              if (TextDocumentEdit.is(change)) {
                const textEditChange = new TextEditChangeImpl(change.edits, this._changeAnnotations);
                this._textEditChanges[change.textDocument.uri] = textEditChange;
              }
            });
          } else if (workspaceEdit.changes) {
            Object.keys(workspaceEdit.changes).forEach((key) => {
              const textEditChange = new TextEditChangeImpl(workspaceEdit.changes[key]);
              this._textEditChanges[key] = textEditChange;
            });
          }
        } else {
          this._workspaceEdit = {};
        }
      }
      /**
       * Returns the underlying {@link WorkspaceEdit} literal
       * use to be returned from a workspace edit operation like rename.
       */
      get edit() {
        this.initDocumentChanges();
        if (this._changeAnnotations !== void 0) {
          if (this._changeAnnotations.size === 0) {
            this._workspaceEdit.changeAnnotations = void 0;
          } else {
            this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
          }
        }
        return this._workspaceEdit;
      }
      getTextEditChange(key) {
        if (OptionalVersionedTextDocumentIdentifier.is(key)) {
          this.initDocumentChanges();
          if (this._workspaceEdit.documentChanges === void 0) {
            throw new Error("Workspace edit is not configured for document changes.");
          }
          const textDocument = { uri: key.uri, version: key.version };
          let result = this._textEditChanges[textDocument.uri];
          if (!result) {
            const edits = [];
            const textDocumentEdit = {
              textDocument,
              edits
            };
            this._workspaceEdit.documentChanges.push(textDocumentEdit);
            result = new TextEditChangeImpl(edits, this._changeAnnotations);
            this._textEditChanges[textDocument.uri] = result;
          }
          return result;
        } else {
          this.initChanges();
          if (this._workspaceEdit.changes === void 0) {
            throw new Error("Workspace edit is not configured for normal text edit changes.");
          }
          let result = this._textEditChanges[key];
          if (!result) {
            const edits = [];
            this._workspaceEdit.changes[key] = edits;
            result = new TextEditChangeImpl(edits);
            this._textEditChanges[key] = result;
          }
          return result;
        }
      }
      initDocumentChanges() {
        if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
          this._changeAnnotations = new ChangeAnnotations();
          this._workspaceEdit.documentChanges = [];
          this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
        }
      }
      initChanges() {
        if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
          this._workspaceEdit.changes = /* @__PURE__ */ Object.create(null);
        }
      }
      createFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = CreateFile.create(uri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = CreateFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
      renameFile(oldUri, newUri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = RenameFile.create(oldUri, newUri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = RenameFile.create(oldUri, newUri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
      deleteFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = DeleteFile.create(uri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = DeleteFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
    };
    (function(TextDocumentIdentifier2) {
      function create(uri) {
        return { uri };
      }
      TextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri);
      }
      TextDocumentIdentifier2.is = is;
    })(TextDocumentIdentifier || (TextDocumentIdentifier = {}));
    (function(VersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      VersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
      }
      VersionedTextDocumentIdentifier2.is = is;
    })(VersionedTextDocumentIdentifier || (VersionedTextDocumentIdentifier = {}));
    (function(OptionalVersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      OptionalVersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
      }
      OptionalVersionedTextDocumentIdentifier2.is = is;
    })(OptionalVersionedTextDocumentIdentifier || (OptionalVersionedTextDocumentIdentifier = {}));
    (function(LanguageKind2) {
      LanguageKind2.ABAP = "abap";
      LanguageKind2.WindowsBat = "bat";
      LanguageKind2.BibTeX = "bibtex";
      LanguageKind2.Clojure = "clojure";
      LanguageKind2.Coffeescript = "coffeescript";
      LanguageKind2.C = "c";
      LanguageKind2.CPP = "cpp";
      LanguageKind2.CSharp = "csharp";
      LanguageKind2.CSS = "css";
      LanguageKind2.D = "d";
      LanguageKind2.Delphi = "pascal";
      LanguageKind2.Diff = "diff";
      LanguageKind2.Dart = "dart";
      LanguageKind2.Dockerfile = "dockerfile";
      LanguageKind2.Elixir = "elixir";
      LanguageKind2.Erlang = "erlang";
      LanguageKind2.FSharp = "fsharp";
      LanguageKind2.GitCommit = "git-commit";
      LanguageKind2.GitRebase = "git-rebase";
      LanguageKind2.Go = "go";
      LanguageKind2.Groovy = "groovy";
      LanguageKind2.Handlebars = "handlebars";
      LanguageKind2.Haskell = "haskell";
      LanguageKind2.HTML = "html";
      LanguageKind2.Ini = "ini";
      LanguageKind2.Java = "java";
      LanguageKind2.JavaScript = "javascript";
      LanguageKind2.JavaScriptReact = "javascriptreact";
      LanguageKind2.JSON = "json";
      LanguageKind2.LaTeX = "latex";
      LanguageKind2.Less = "less";
      LanguageKind2.Lua = "lua";
      LanguageKind2.Makefile = "makefile";
      LanguageKind2.Markdown = "markdown";
      LanguageKind2.ObjectiveC = "objective-c";
      LanguageKind2.ObjectiveCPP = "objective-cpp";
      LanguageKind2.Pascal = "pascal";
      LanguageKind2.Perl = "perl";
      LanguageKind2.Perl6 = "perl6";
      LanguageKind2.PHP = "php";
      LanguageKind2.Plaintext = "plaintext";
      LanguageKind2.Powershell = "powershell";
      LanguageKind2.Pug = "jade";
      LanguageKind2.Python = "python";
      LanguageKind2.R = "r";
      LanguageKind2.Razor = "razor";
      LanguageKind2.Ruby = "ruby";
      LanguageKind2.Rust = "rust";
      LanguageKind2.SCSS = "scss";
      LanguageKind2.SASS = "sass";
      LanguageKind2.Scala = "scala";
      LanguageKind2.ShaderLab = "shaderlab";
      LanguageKind2.ShellScript = "shellscript";
      LanguageKind2.SQL = "sql";
      LanguageKind2.Swift = "swift";
      LanguageKind2.TypeScript = "typescript";
      LanguageKind2.TypeScriptReact = "typescriptreact";
      LanguageKind2.TeX = "tex";
      LanguageKind2.VisualBasic = "vb";
      LanguageKind2.XML = "xml";
      LanguageKind2.XSL = "xsl";
      LanguageKind2.YAML = "yaml";
    })(LanguageKind || (LanguageKind = {}));
    (function(TextDocumentItem2) {
      function create(uri, languageId, version, text) {
        return { uri, languageId, version, text };
      }
      TextDocumentItem2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
      }
      TextDocumentItem2.is = is;
    })(TextDocumentItem || (TextDocumentItem = {}));
    (function(MarkupKind2) {
      MarkupKind2.PlainText = "plaintext";
      MarkupKind2.Markdown = "markdown";
      function is(value) {
        const candidate = value;
        return candidate === MarkupKind2.PlainText || candidate === MarkupKind2.Markdown;
      }
      MarkupKind2.is = is;
    })(MarkupKind || (MarkupKind = {}));
    (function(MarkupContent2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(value) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
      }
      MarkupContent2.is = is;
    })(MarkupContent || (MarkupContent = {}));
    (function(CompletionItemKind2) {
      CompletionItemKind2.Text = 1;
      CompletionItemKind2.Method = 2;
      CompletionItemKind2.Function = 3;
      CompletionItemKind2.Constructor = 4;
      CompletionItemKind2.Field = 5;
      CompletionItemKind2.Variable = 6;
      CompletionItemKind2.Class = 7;
      CompletionItemKind2.Interface = 8;
      CompletionItemKind2.Module = 9;
      CompletionItemKind2.Property = 10;
      CompletionItemKind2.Unit = 11;
      CompletionItemKind2.Value = 12;
      CompletionItemKind2.Enum = 13;
      CompletionItemKind2.Keyword = 14;
      CompletionItemKind2.Snippet = 15;
      CompletionItemKind2.Color = 16;
      CompletionItemKind2.File = 17;
      CompletionItemKind2.Reference = 18;
      CompletionItemKind2.Folder = 19;
      CompletionItemKind2.EnumMember = 20;
      CompletionItemKind2.Constant = 21;
      CompletionItemKind2.Struct = 22;
      CompletionItemKind2.Event = 23;
      CompletionItemKind2.Operator = 24;
      CompletionItemKind2.TypeParameter = 25;
    })(CompletionItemKind || (CompletionItemKind = {}));
    (function(InsertTextFormat2) {
      InsertTextFormat2.PlainText = 1;
      InsertTextFormat2.Snippet = 2;
    })(InsertTextFormat || (InsertTextFormat = {}));
    (function(CompletionItemTag2) {
      CompletionItemTag2.Deprecated = 1;
    })(CompletionItemTag || (CompletionItemTag = {}));
    (function(InsertReplaceEdit2) {
      function create(newText, insert, replace) {
        return { newText, insert, replace };
      }
      InsertReplaceEdit2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
      }
      InsertReplaceEdit2.is = is;
    })(InsertReplaceEdit || (InsertReplaceEdit = {}));
    (function(InsertTextMode2) {
      InsertTextMode2.asIs = 1;
      InsertTextMode2.adjustIndentation = 2;
    })(InsertTextMode || (InsertTextMode = {}));
    (function(ApplyKind2) {
      ApplyKind2.Replace = 1;
      ApplyKind2.Merge = 2;
    })(ApplyKind || (ApplyKind = {}));
    (function(CompletionItemLabelDetails2) {
      function is(value) {
        const candidate = value;
        return candidate && (Is.string(candidate.detail) || candidate.detail === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      CompletionItemLabelDetails2.is = is;
    })(CompletionItemLabelDetails || (CompletionItemLabelDetails = {}));
    (function(CompletionItem2) {
      function create(label) {
        return { label };
      }
      CompletionItem2.create = create;
    })(CompletionItem || (CompletionItem = {}));
    (function(CompletionList2) {
      function create(items, isIncomplete) {
        return { items: items ? items : [], isIncomplete: !!isIncomplete };
      }
      CompletionList2.create = create;
    })(CompletionList || (CompletionList = {}));
    (function(MarkedString2) {
      function fromPlainText(plainText) {
        return plainText.replace(/[\\`*_{}[\]()#+\-.!]/g, "\\$&");
      }
      MarkedString2.fromPlainText = fromPlainText;
      function is(value) {
        const candidate = value;
        return Is.string(candidate) || Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value);
      }
      MarkedString2.is = is;
    })(MarkedString || (MarkedString = {}));
    (function(Hover2) {
      function is(value) {
        const candidate = value;
        return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) || MarkedString.is(candidate.contents) || Is.typedArray(candidate.contents, MarkedString.is)) && (value.range === void 0 || Range.is(value.range));
      }
      Hover2.is = is;
    })(Hover || (Hover = {}));
    (function(ParameterInformation2) {
      function create(label, documentation) {
        return documentation ? { label, documentation } : { label };
      }
      ParameterInformation2.create = create;
    })(ParameterInformation || (ParameterInformation = {}));
    (function(SignatureInformation2) {
      function create(label, documentation, ...parameters) {
        const result = { label };
        if (Is.defined(documentation)) {
          result.documentation = documentation;
        }
        if (Is.defined(parameters)) {
          result.parameters = parameters;
        } else {
          result.parameters = [];
        }
        return result;
      }
      SignatureInformation2.create = create;
    })(SignatureInformation || (SignatureInformation = {}));
    (function(DocumentHighlightKind2) {
      DocumentHighlightKind2.Text = 1;
      DocumentHighlightKind2.Read = 2;
      DocumentHighlightKind2.Write = 3;
    })(DocumentHighlightKind || (DocumentHighlightKind = {}));
    (function(DocumentHighlight2) {
      function create(range, kind) {
        const result = { range };
        if (Is.number(kind)) {
          result.kind = kind;
        }
        return result;
      }
      DocumentHighlight2.create = create;
    })(DocumentHighlight || (DocumentHighlight = {}));
    (function(SymbolKind2) {
      SymbolKind2.File = 1;
      SymbolKind2.Module = 2;
      SymbolKind2.Namespace = 3;
      SymbolKind2.Package = 4;
      SymbolKind2.Class = 5;
      SymbolKind2.Method = 6;
      SymbolKind2.Property = 7;
      SymbolKind2.Field = 8;
      SymbolKind2.Constructor = 9;
      SymbolKind2.Enum = 10;
      SymbolKind2.Interface = 11;
      SymbolKind2.Function = 12;
      SymbolKind2.Variable = 13;
      SymbolKind2.Constant = 14;
      SymbolKind2.String = 15;
      SymbolKind2.Number = 16;
      SymbolKind2.Boolean = 17;
      SymbolKind2.Array = 18;
      SymbolKind2.Object = 19;
      SymbolKind2.Key = 20;
      SymbolKind2.Null = 21;
      SymbolKind2.EnumMember = 22;
      SymbolKind2.Struct = 23;
      SymbolKind2.Event = 24;
      SymbolKind2.Operator = 25;
      SymbolKind2.TypeParameter = 26;
    })(SymbolKind || (SymbolKind = {}));
    (function(SymbolTag2) {
      SymbolTag2.Deprecated = 1;
    })(SymbolTag || (SymbolTag = {}));
    (function(SymbolInformation2) {
      function create(name2, kind, range, uri, containerName) {
        const result = {
          name: name2,
          kind,
          location: { uri, range }
        };
        if (containerName) {
          result.containerName = containerName;
        }
        return result;
      }
      SymbolInformation2.create = create;
    })(SymbolInformation || (SymbolInformation = {}));
    (function(WorkspaceSymbol2) {
      function create(name2, kind, uri, range) {
        return range !== void 0 ? { name: name2, kind, location: { uri, range } } : { name: name2, kind, location: { uri } };
      }
      WorkspaceSymbol2.create = create;
    })(WorkspaceSymbol || (WorkspaceSymbol = {}));
    (function(DocumentSymbol2) {
      function create(name2, detail, kind, range, selectionRange, children) {
        const result = {
          name: name2,
          detail,
          kind,
          range,
          selectionRange
        };
        if (children !== void 0) {
          result.children = children;
        }
        return result;
      }
      DocumentSymbol2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.name) && Is.number(candidate.kind) && Range.is(candidate.range) && Range.is(candidate.selectionRange) && (candidate.detail === void 0 || Is.string(candidate.detail)) && (candidate.deprecated === void 0 || Is.boolean(candidate.deprecated)) && (candidate.children === void 0 || Array.isArray(candidate.children)) && (candidate.tags === void 0 || Array.isArray(candidate.tags));
      }
      DocumentSymbol2.is = is;
    })(DocumentSymbol || (DocumentSymbol = {}));
    (function(CodeActionKind2) {
      CodeActionKind2.Empty = "";
      CodeActionKind2.QuickFix = "quickfix";
      CodeActionKind2.Refactor = "refactor";
      CodeActionKind2.RefactorExtract = "refactor.extract";
      CodeActionKind2.RefactorInline = "refactor.inline";
      CodeActionKind2.RefactorMove = "refactor.move";
      CodeActionKind2.RefactorRewrite = "refactor.rewrite";
      CodeActionKind2.Source = "source";
      CodeActionKind2.SourceOrganizeImports = "source.organizeImports";
      CodeActionKind2.SourceFixAll = "source.fixAll";
      CodeActionKind2.Notebook = "notebook";
    })(CodeActionKind || (CodeActionKind = {}));
    (function(CodeActionTriggerKind2) {
      CodeActionTriggerKind2.Invoked = 1;
      CodeActionTriggerKind2.Automatic = 2;
    })(CodeActionTriggerKind || (CodeActionTriggerKind = {}));
    (function(CodeActionContext2) {
      function create(diagnostics, only, triggerKind) {
        const result = { diagnostics };
        if (only !== void 0 && only !== null) {
          result.only = only;
        }
        if (triggerKind !== void 0 && triggerKind !== null) {
          result.triggerKind = triggerKind;
        }
        return result;
      }
      CodeActionContext2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is) && (candidate.only === void 0 || Is.typedArray(candidate.only, Is.string)) && (candidate.triggerKind === void 0 || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
      }
      CodeActionContext2.is = is;
    })(CodeActionContext || (CodeActionContext = {}));
    (function(CodeActionTag2) {
      CodeActionTag2.LLMGenerated = 1;
      function is(value) {
        return Is.defined(value) && value === CodeActionTag2.LLMGenerated;
      }
      CodeActionTag2.is = is;
    })(CodeActionTag || (CodeActionTag = {}));
    (function(CodeAction2) {
      function create(title, kindOrCommandOrEdit, kind) {
        const result = { title };
        let checkKind = true;
        if (typeof kindOrCommandOrEdit === "string") {
          checkKind = false;
          result.kind = kindOrCommandOrEdit;
        } else if (Command.is(kindOrCommandOrEdit)) {
          result.command = kindOrCommandOrEdit;
        } else {
          result.edit = kindOrCommandOrEdit;
        }
        if (checkKind && kind !== void 0) {
          result.kind = kind;
        }
        return result;
      }
      CodeAction2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.title) && (candidate.diagnostics === void 0 || Is.typedArray(candidate.diagnostics, Diagnostic.is)) && (candidate.kind === void 0 || Is.string(candidate.kind)) && (candidate.edit !== void 0 || candidate.command !== void 0) && (candidate.command === void 0 || Command.is(candidate.command)) && (candidate.isPreferred === void 0 || Is.boolean(candidate.isPreferred)) && (candidate.edit === void 0 || WorkspaceEdit.is(candidate.edit)) && (candidate.tags === void 0 || Is.typedArray(candidate.tags, CodeActionTag.is));
      }
      CodeAction2.is = is;
    })(CodeAction || (CodeAction = {}));
    (function(CodeLens2) {
      function create(range, data) {
        const result = { range };
        if (Is.defined(data)) {
          result.data = data;
        }
        return result;
      }
      CodeLens2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command.is(candidate.command));
      }
      CodeLens2.is = is;
    })(CodeLens || (CodeLens = {}));
    (function(FormattingOptions2) {
      function create(tabSize, insertSpaces) {
        return { tabSize, insertSpaces };
      }
      FormattingOptions2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
      }
      FormattingOptions2.is = is;
    })(FormattingOptions || (FormattingOptions = {}));
    (function(DocumentLink2) {
      function create(range, target, data) {
        return { range, target, data };
      }
      DocumentLink2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
      }
      DocumentLink2.is = is;
    })(DocumentLink || (DocumentLink = {}));
    (function(SelectionRange2) {
      function create(range, parent) {
        return { range, parent };
      }
      SelectionRange2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === void 0 || SelectionRange2.is(candidate.parent));
      }
      SelectionRange2.is = is;
    })(SelectionRange || (SelectionRange = {}));
    (function(SemanticTokenTypes2) {
      SemanticTokenTypes2["namespace"] = "namespace";
      SemanticTokenTypes2["type"] = "type";
      SemanticTokenTypes2["class"] = "class";
      SemanticTokenTypes2["enum"] = "enum";
      SemanticTokenTypes2["interface"] = "interface";
      SemanticTokenTypes2["struct"] = "struct";
      SemanticTokenTypes2["typeParameter"] = "typeParameter";
      SemanticTokenTypes2["parameter"] = "parameter";
      SemanticTokenTypes2["variable"] = "variable";
      SemanticTokenTypes2["property"] = "property";
      SemanticTokenTypes2["enumMember"] = "enumMember";
      SemanticTokenTypes2["event"] = "event";
      SemanticTokenTypes2["function"] = "function";
      SemanticTokenTypes2["method"] = "method";
      SemanticTokenTypes2["macro"] = "macro";
      SemanticTokenTypes2["keyword"] = "keyword";
      SemanticTokenTypes2["modifier"] = "modifier";
      SemanticTokenTypes2["comment"] = "comment";
      SemanticTokenTypes2["string"] = "string";
      SemanticTokenTypes2["number"] = "number";
      SemanticTokenTypes2["regexp"] = "regexp";
      SemanticTokenTypes2["operator"] = "operator";
      SemanticTokenTypes2["decorator"] = "decorator";
      SemanticTokenTypes2["label"] = "label";
    })(SemanticTokenTypes || (SemanticTokenTypes = {}));
    (function(SemanticTokenModifiers2) {
      SemanticTokenModifiers2["declaration"] = "declaration";
      SemanticTokenModifiers2["definition"] = "definition";
      SemanticTokenModifiers2["readonly"] = "readonly";
      SemanticTokenModifiers2["static"] = "static";
      SemanticTokenModifiers2["deprecated"] = "deprecated";
      SemanticTokenModifiers2["abstract"] = "abstract";
      SemanticTokenModifiers2["async"] = "async";
      SemanticTokenModifiers2["modification"] = "modification";
      SemanticTokenModifiers2["documentation"] = "documentation";
      SemanticTokenModifiers2["defaultLibrary"] = "defaultLibrary";
    })(SemanticTokenModifiers || (SemanticTokenModifiers = {}));
    (function(SemanticTokens2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && (candidate.resultId === void 0 || typeof candidate.resultId === "string") && Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] === "number");
      }
      SemanticTokens2.is = is;
    })(SemanticTokens || (SemanticTokens = {}));
    (function(InlineValueText2) {
      function create(range, text) {
        return { range, text };
      }
      InlineValueText2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.string(candidate.text);
      }
      InlineValueText2.is = is;
    })(InlineValueText || (InlineValueText = {}));
    (function(InlineValueVariableLookup2) {
      function create(range, variableName, caseSensitiveLookup) {
        return { range, variableName, caseSensitiveLookup };
      }
      InlineValueVariableLookup2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup) && (Is.string(candidate.variableName) || candidate.variableName === void 0);
      }
      InlineValueVariableLookup2.is = is;
    })(InlineValueVariableLookup || (InlineValueVariableLookup = {}));
    (function(InlineValueEvaluatableExpression2) {
      function create(range, expression) {
        return { range, expression };
      }
      InlineValueEvaluatableExpression2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && (Is.string(candidate.expression) || candidate.expression === void 0);
      }
      InlineValueEvaluatableExpression2.is = is;
    })(InlineValueEvaluatableExpression || (InlineValueEvaluatableExpression = {}));
    (function(InlineValueContext2) {
      function create(frameId, stoppedLocation) {
        return { frameId, stoppedLocation };
      }
      InlineValueContext2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(value.stoppedLocation);
      }
      InlineValueContext2.is = is;
    })(InlineValueContext || (InlineValueContext = {}));
    (function(InlayHintKind2) {
      InlayHintKind2.Type = 1;
      InlayHintKind2.Parameter = 2;
      function is(value) {
        return value === 1 || value === 2;
      }
      InlayHintKind2.is = is;
    })(InlayHintKind || (InlayHintKind = {}));
    (function(InlayHintLabelPart2) {
      function create(value) {
        return { value };
      }
      InlayHintLabelPart2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.location === void 0 || Location.is(candidate.location)) && (candidate.command === void 0 || Command.is(candidate.command));
      }
      InlayHintLabelPart2.is = is;
    })(InlayHintLabelPart || (InlayHintLabelPart = {}));
    (function(InlayHint2) {
      function create(position, label, kind) {
        const result = { position, label };
        if (kind !== void 0) {
          result.kind = kind;
        }
        return result;
      }
      InlayHint2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.position) && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is)) && (candidate.kind === void 0 || InlayHintKind.is(candidate.kind)) && candidate.textEdits === void 0 || Is.typedArray(candidate.textEdits, TextEdit.is) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.paddingLeft === void 0 || Is.boolean(candidate.paddingLeft)) && (candidate.paddingRight === void 0 || Is.boolean(candidate.paddingRight));
      }
      InlayHint2.is = is;
    })(InlayHint || (InlayHint = {}));
    (function(StringValue2) {
      function createSnippet(value) {
        return { kind: "snippet", value };
      }
      StringValue2.createSnippet = createSnippet;
      function isSnippet(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && candidate.kind === "snippet" && Is.string(candidate.value);
      }
      StringValue2.isSnippet = isSnippet;
    })(StringValue || (StringValue = {}));
    (function(InlineCompletionItem2) {
      function create(insertText, filterText, range, command) {
        return { insertText, filterText, range, command };
      }
      InlineCompletionItem2.create = create;
    })(InlineCompletionItem || (InlineCompletionItem = {}));
    (function(InlineCompletionList2) {
      function create(items) {
        return { items };
      }
      InlineCompletionList2.create = create;
    })(InlineCompletionList || (InlineCompletionList = {}));
    (function(InlineCompletionTriggerKind2) {
      InlineCompletionTriggerKind2.Invoked = 1;
      InlineCompletionTriggerKind2.Automatic = 2;
    })(InlineCompletionTriggerKind || (InlineCompletionTriggerKind = {}));
    (function(SelectedCompletionInfo2) {
      function create(range, text) {
        return { range, text };
      }
      SelectedCompletionInfo2.create = create;
    })(SelectedCompletionInfo || (SelectedCompletionInfo = {}));
    (function(InlineCompletionContext2) {
      function create(triggerKind, selectedCompletionInfo) {
        return { triggerKind, selectedCompletionInfo };
      }
      InlineCompletionContext2.create = create;
    })(InlineCompletionContext || (InlineCompletionContext = {}));
    (function(WorkspaceFolder2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
      }
      WorkspaceFolder2.is = is;
    })(WorkspaceFolder || (WorkspaceFolder = {}));
    EOL = ["\n", "\r\n", "\r"];
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount) && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt) ? true : false;
      }
      TextDocument3.is = is;
      function applyEdits(document, edits) {
        let text = document.getText();
        const sortedEdits = mergeSort2(edits, (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i2 = sortedEdits.length - 1; i2 >= 0; i2--) {
          const e = sortedEdits[i2];
          const startOffset = document.offsetAt(e.range.start);
          const endOffset = document.offsetAt(e.range.end);
          if (endOffset <= lastModifiedOffset) {
            text = text.substring(0, startOffset) + e.newText + text.substring(endOffset, text.length);
          } else {
            throw new Error("Overlapping edit");
          }
          lastModifiedOffset = startOffset;
        }
        return text;
      }
      TextDocument3.applyEdits = applyEdits;
      function mergeSort2(data, compare) {
        if (data.length <= 1) {
          return data;
        }
        const p = data.length / 2 | 0;
        const left = data.slice(0, p);
        const right = data.slice(p);
        mergeSort2(left, compare);
        mergeSort2(right, compare);
        let leftIdx = 0;
        let rightIdx = 0;
        let i2 = 0;
        while (leftIdx < left.length && rightIdx < right.length) {
          const ret = compare(left[leftIdx], right[rightIdx]);
          if (ret <= 0) {
            data[i2++] = left[leftIdx++];
          } else {
            data[i2++] = right[rightIdx++];
          }
        }
        while (leftIdx < left.length) {
          data[i2++] = left[leftIdx++];
        }
        while (rightIdx < right.length) {
          data[i2++] = right[rightIdx++];
        }
        return data;
      }
    })(TextDocument || (TextDocument = {}));
    FullTextDocument = class {
      constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start2 = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start2, end);
        }
        return this._content;
      }
      update(event, version) {
        this._content = event.text;
        this._version = version;
        this._lineOffsets = void 0;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          const lineOffsets = [];
          const text = this._content;
          let isLineStart = true;
          for (let i2 = 0; i2 < text.length; i2++) {
            if (isLineStart) {
              lineOffsets.push(i2);
              isLineStart = false;
            }
            const ch = text.charAt(i2);
            isLineStart = ch === "\r" || ch === "\n";
            if (ch === "\r" && i2 + 1 < text.length && text.charAt(i2 + 1) === "\n") {
              i2++;
            }
          }
          if (isLineStart && text.length > 0) {
            lineOffsets.push(text.length);
          }
          this._lineOffsets = lineOffsets;
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
          return Position.create(0, offset);
        }
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        const line2 = low - 1;
        return Position.create(line2, offset - lineOffsets[line2]);
      }
      offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position.line];
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        return Math.max(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
    };
    (function(Is2) {
      const toString = Object.prototype.toString;
      function defined(value) {
        return typeof value !== "undefined";
      }
      Is2.defined = defined;
      function undefined2(value) {
        return typeof value === "undefined";
      }
      Is2.undefined = undefined2;
      function boolean(value) {
        return value === true || value === false;
      }
      Is2.boolean = boolean;
      function string(value) {
        return toString.call(value) === "[object String]";
      }
      Is2.string = string;
      function number(value) {
        return toString.call(value) === "[object Number]";
      }
      Is2.number = number;
      function numberRange(value, min, max) {
        return toString.call(value) === "[object Number]" && min <= value && value <= max;
      }
      Is2.numberRange = numberRange;
      function integer2(value) {
        return toString.call(value) === "[object Number]" && -2147483648 <= value && value <= 2147483647;
      }
      Is2.integer = integer2;
      function uinteger2(value) {
        return toString.call(value) === "[object Number]" && 0 <= value && value <= 2147483647;
      }
      Is2.uinteger = uinteger2;
      function func2(value) {
        return toString.call(value) === "[object Function]";
      }
      Is2.func = func2;
      function objectLiteral(value) {
        return value !== null && typeof value === "object";
      }
      Is2.objectLiteral = objectLiteral;
      function typedArray(value, check) {
        return Array.isArray(value) && value.every(check);
      }
      Is2.typedArray = typedArray;
    })(Is || (Is = {}));
  }
});

// node_modules/dockerfile-ast/lib/line.js
var require_line = __commonJS({
  "node_modules/dockerfile-ast/lib/line.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Line = void 0;
    var Line = class {
      constructor(document, range) {
        this.document = document;
        this.range = range;
      }
      getRange() {
        return this.range;
      }
      getTextContent() {
        return this.document.getText().substring(this.document.offsetAt(this.range.start), this.document.offsetAt(this.range.end));
      }
      isAfter(line2) {
        return this.range.start.line > line2.range.start.line;
      }
      isBefore(line2) {
        return this.range.start.line < line2;
      }
    };
    exports.Line = Line;
  }
});

// node_modules/dockerfile-ast/lib/util.js
var require_util = __commonJS({
  "node_modules/dockerfile-ast/lib/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Util = void 0;
    var Util = class _Util {
      static isUTF8BOM(char) {
        const uintArray = Uint8Array.from(Buffer.from(char, "UTF-8"));
        return uintArray[0] === 239 && uintArray[1] == 187 && uintArray[2] == 191;
      }
      static isWhitespace(char) {
        return char === " " || char === "	" || _Util.isNewline(char);
      }
      static isNewline(char) {
        return char === "\r" || char === "\n";
      }
      static findLeadingNonWhitespace(content, escapeChar) {
        whitespaceCheck: for (let i2 = 0; i2 < content.length; i2++) {
          switch (content.charAt(i2)) {
            case " ":
            case "	":
              continue;
            case escapeChar:
              escapeCheck: for (let j = i2 + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    i2 = j + 1;
                    continue whitespaceCheck;
                  case "\n":
                    i2 = j;
                    continue whitespaceCheck;
                  default:
                    break escapeCheck;
                }
              }
              return -1;
            default:
              return i2;
          }
        }
        return -1;
      }
      /**
       * Determines if the given position is contained within the given range.
       *
       * @param position the position to check
       * @param range the range to see if the position is inside of
       */
      static isInsideRange(position, range) {
        if (range.start.line === range.end.line) {
          return range.start.line === position.line && range.start.character <= position.character && position.character <= range.end.character;
        } else if (range.start.line === position.line) {
          return range.start.character <= position.character;
        } else if (range.end.line === position.line) {
          return position.character <= range.end.character;
        }
        return range.start.line < position.line && position.line < range.end.line;
      }
      static parseHeredocName(value) {
        value = value.substring(2);
        if (value.charAt(0) === "-") {
          value = value.substring(1);
        }
        if (value.charAt(0) === '"') {
          if (value.charAt(value.length - 1) !== '"') {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "'") {
          if (value.charAt(value.length - 1) !== "'") {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "<") {
          return null;
        }
        return value;
      }
    };
    exports.Util = Util;
  }
});

// node_modules/dockerfile-ast/lib/comment.js
var require_comment = __commonJS({
  "node_modules/dockerfile-ast/lib/comment.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Comment = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var line_1 = require_line();
    var util_1 = require_util();
    var Comment = class extends line_1.Line {
      constructor(document, range) {
        super(document, range);
      }
      toString() {
        const content = this.getContent();
        if (content) {
          return "# " + content;
        }
        return "#";
      }
      /**
       * Returns the content of this comment. This excludes leading and
       * trailing whitespace as well as the # symbol. If the comment only
       * consists of whitespace, the empty string will be returned.
       */
      getContent() {
        let range = this.getContentRange();
        if (range === null) {
          return "";
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      /**
       * Returns a range that includes the content of the comment
       * excluding any leading and trailing whitespace as well as the #
       * symbol. May return null if the comment only consists of whitespace
       * characters.
       */
      getContentRange() {
        let range = this.getRange();
        const startOffset = this.document.offsetAt(range.start);
        let raw = this.document.getText().substring(startOffset, this.document.offsetAt(range.end));
        let start2 = -1;
        let end = -1;
        for (let i2 = 1; i2 < raw.length; i2++) {
          if (!util_1.Util.isWhitespace(raw.charAt(i2))) {
            start2 = i2;
            break;
          }
        }
        if (start2 === -1) {
          return null;
        }
        for (let i2 = raw.length - 1; i2 >= 1; i2--) {
          if (!util_1.Util.isWhitespace(raw.charAt(i2))) {
            end = i2 + 1;
            break;
          }
        }
        return vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + start2), this.document.positionAt(startOffset + end));
      }
    };
    exports.Comment = Comment;
  }
});

// node_modules/vscode-languageserver-textdocument/lib/esm/main.js
var main_exports2 = {};
__export(main_exports2, {
  TextDocument: () => TextDocument2
});
function mergeSort(data, compare) {
  if (data.length <= 1) {
    return data;
  }
  const p = data.length / 2 | 0;
  const left = data.slice(0, p);
  const right = data.slice(p);
  mergeSort(left, compare);
  mergeSort(right, compare);
  let leftIdx = 0;
  let rightIdx = 0;
  let i2 = 0;
  while (leftIdx < left.length && rightIdx < right.length) {
    const ret = compare(left[leftIdx], right[rightIdx]);
    if (ret <= 0) {
      data[i2++] = left[leftIdx++];
    } else {
      data[i2++] = right[rightIdx++];
    }
  }
  while (leftIdx < left.length) {
    data[i2++] = left[leftIdx++];
  }
  while (rightIdx < right.length) {
    data[i2++] = right[rightIdx++];
  }
  return data;
}
function computeLineOffsets(text, isAtLineStart, textOffset = 0) {
  const result = isAtLineStart ? [textOffset] : [];
  for (let i2 = 0; i2 < text.length; i2++) {
    const ch = text.charCodeAt(i2);
    if (isEOL(ch)) {
      if (ch === 13 && i2 + 1 < text.length && text.charCodeAt(i2 + 1) === 10) {
        i2++;
      }
      result.push(textOffset + i2 + 1);
    }
  }
  return result;
}
function isEOL(char) {
  return char === 13 || char === 10;
}
function getWellformedRange(range) {
  const start2 = range.start;
  const end = range.end;
  if (start2.line > end.line || start2.line === end.line && start2.character > end.character) {
    return { start: end, end: start2 };
  }
  return range;
}
function getWellformedEdit(textEdit) {
  const range = getWellformedRange(textEdit.range);
  if (range !== textEdit.range) {
    return { newText: textEdit.newText, range };
  }
  return textEdit;
}
var FullTextDocument2, TextDocument2;
var init_main2 = __esm({
  "node_modules/vscode-languageserver-textdocument/lib/esm/main.js"() {
    "use strict";
    FullTextDocument2 = class _FullTextDocument {
      constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start2 = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start2, end);
        }
        return this._content;
      }
      update(changes, version) {
        for (const change of changes) {
          if (_FullTextDocument.isIncremental(change)) {
            const range = getWellformedRange(change.range);
            const startOffset = this.offsetAt(range.start);
            const endOffset = this.offsetAt(range.end);
            this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
            const insertedEndOffset = startOffset + change.text.length;
            const crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 && this._content.charCodeAt(startOffset) === 10;
            const crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 && this._content.charCodeAt(insertedEndOffset) === 10;
            if (crlfAtStart || crlfAtEnd) {
              this._lineOffsets = void 0;
              continue;
            }
            const startLine = Math.max(range.start.line, 0);
            const endLine = Math.max(range.end.line, 0);
            let lineOffsets = this._lineOffsets;
            const addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
            if (endLine - startLine === addedLineOffsets.length) {
              for (let i2 = 0, len = addedLineOffsets.length; i2 < len; i2++) {
                lineOffsets[i2 + startLine + 1] = addedLineOffsets[i2];
              }
            } else {
              if (addedLineOffsets.length < 1e4) {
                lineOffsets.splice(startLine + 1, endLine - startLine, ...addedLineOffsets);
              } else {
                this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
              }
            }
            const diff = change.text.length - (endOffset - startOffset);
            if (diff !== 0) {
              for (let i2 = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i2 < len; i2++) {
                lineOffsets[i2] = lineOffsets[i2] + diff;
              }
            }
          } else if (_FullTextDocument.isFull(change)) {
            this._content = change.text;
            this._lineOffsets = void 0;
          } else {
            throw new Error("Unknown change event received");
          }
        }
        this._version = version;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          this._lineOffsets = computeLineOffsets(this._content, true);
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
          return { line: 0, character: offset };
        }
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        const line2 = low - 1;
        offset = this.ensureBeforeEOL(offset, lineOffsets[line2]);
        return { line: line2, character: offset - lineOffsets[line2] };
      }
      offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position.line];
        if (position.character <= 0) {
          return lineOffset;
        }
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        const offset = Math.min(lineOffset + position.character, nextLineOffset);
        return this.ensureBeforeEOL(offset, lineOffset);
      }
      getLineRange(line2) {
        const lineOffsets = this.getLineOffsets();
        if (line2 >= lineOffsets.length) {
          const lastLine = lineOffsets.length - 1;
          return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
        } else if (line2 < 0) {
          return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        }
        const startOffset = lineOffsets[line2];
        const nextLineOffset = line2 + 1 < lineOffsets.length ? lineOffsets[line2 + 1] : this._content.length;
        const endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
        return { start: { line: line2, character: 0 }, end: { line: line2, character: endOffset - startOffset } };
      }
      getEOLCharacters(line2) {
        const lineOffsets = this.getLineOffsets();
        if (line2 >= lineOffsets.length) {
          return "";
        } else if (line2 < 0) {
          return "";
        }
        const nextLineOffset = line2 + 1 < lineOffsets.length ? lineOffsets[line2 + 1] : this._content.length;
        const eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line2]);
        return this._content.substring(eolOffset, nextLineOffset);
      }
      ensureBeforeEOL(offset, lineOffset) {
        while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
          offset--;
        }
        return offset;
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
      static isIncremental(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range !== void 0 && (candidate.rangeLength === void 0 || typeof candidate.rangeLength === "number");
      }
      static isFull(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range === void 0 && candidate.rangeLength === void 0;
      }
    };
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument2(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function update(document, changes, version) {
        if (document instanceof FullTextDocument2) {
          document.update(changes, version);
          return document;
        } else {
          throw new Error("TextDocument.update: document must be created by TextDocument.create");
        }
      }
      TextDocument3.update = update;
      function applyEdits(document, edits) {
        const text = document.getText();
        const sortedEdits = mergeSort(edits.map(getWellformedEdit), (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = 0;
        const spans = [];
        for (const e of sortedEdits) {
          const startOffset = document.offsetAt(e.range.start);
          if (startOffset < lastModifiedOffset) {
            throw new Error("Overlapping edit");
          } else if (startOffset > lastModifiedOffset) {
            spans.push(text.substring(lastModifiedOffset, startOffset));
          }
          if (e.newText.length) {
            spans.push(e.newText);
          }
          lastModifiedOffset = document.offsetAt(e.range.end);
        }
        spans.push(text.substr(lastModifiedOffset));
        return spans.join("");
      }
      TextDocument3.applyEdits = applyEdits;
    })(TextDocument2 || (TextDocument2 = {}));
  }
});

// node_modules/dockerfile-ast/lib/parserDirective.js
var require_parserDirective = __commonJS({
  "node_modules/dockerfile-ast/lib/parserDirective.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ParserDirective = void 0;
    var main_1 = require_main();
    var line_1 = require_line();
    var ParserDirective = class extends line_1.Line {
      constructor(document, range, nameRange, valueRange) {
        super(document, range);
        this.nameRange = nameRange;
        this.valueRange = valueRange;
      }
      toString() {
        return "# " + this.getName() + "=" + this.getValue();
      }
      getNameRange() {
        return this.nameRange;
      }
      getValueRange() {
        return this.valueRange;
      }
      getName() {
        return this.document.getText().substring(this.document.offsetAt(this.nameRange.start), this.document.offsetAt(this.nameRange.end));
      }
      getValue() {
        return this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
      }
      getDirective() {
        const directive = main_1.Directive[this.getName().toLowerCase()];
        return directive === void 0 ? null : directive;
      }
    };
    exports.ParserDirective = ParserDirective;
  }
});

// node_modules/dockerfile-ast/lib/heredoc.js
var require_heredoc = __commonJS({
  "node_modules/dockerfile-ast/lib/heredoc.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Heredoc = void 0;
    var Heredoc = class {
      constructor(startRange, name2, nameRange, contentRange, endRange) {
        this.startRange = startRange;
        this.name = name2;
        this.nameRange = nameRange;
        this.contentRange = contentRange;
        this.endRange = endRange;
      }
      /**
       * Returns the name of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range of the start operator and the name. If the
       * here-document is initialized with <<EOT then the start range would
       * encompass all five characters.
       *
       * This API is experimental and subject to change.
       */
      getStartRange() {
        return this.startRange;
      }
      /**
       * Returns the range of this here-document's name that is declared at
       * the beginning of the here-document with the operator. If the
       * here-document is initialized with <<EOT then the name range would
       * encompass the latter three "EOT" characters.
       *
       * This API is experimental and subject to change.
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the content of this here-document. This may
       * be null if the here-document has no content because:
       * - the start range is the only thing that was declared
       * - the end range was declared immediately and there is no content
       *
       * This API is experimental and subject to change.
       */
      getContentRange() {
        return this.contentRange;
      }
      /**
       * Returns the range of the here-document's name on a line that
       * represents the end of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getDelimiterRange() {
        return this.endRange;
      }
    };
    exports.Heredoc = Heredoc;
  }
});

// node_modules/dockerfile-ast/lib/variable.js
var require_variable = __commonJS({
  "node_modules/dockerfile-ast/lib/variable.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Variable = void 0;
    var Variable = class {
      constructor(name2, nameRange, range, modifier, modifierRange, substitutionParameter, substitutionRange, defined, buildVariable, stringValue) {
        this.name = name2;
        this.nameRange = nameRange;
        this.range = range;
        this.modifier = modifier;
        this.modifierRange = modifierRange;
        this.substitutionParameter = substitutionParameter;
        this.substitutionRange = substitutionRange;
        this.defined = defined;
        this.buildVariable = buildVariable;
        this.stringValue = stringValue;
      }
      toString() {
        return this.stringValue;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the entire variable. This includes the symbols for
       * the declaration of the variable such as the $, {, and } symbols.
       *
       * @return the range in the document that this variable encompasses in its
       *         entirety
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the modifier character that has been set for
       * specifying how this variable should be expanded and resolved.
       * If this variable is ${variable:+value} then the modifier
       * character is '+'. Will be the empty string if the variable is
       * declared as ${variable:}. Otherwise, will be null if this
       * variable will not use variable substitution at all (such as
       * ${variable} or $variable).
       *
       * @return this variable's modifier character, or the empty
       *         string if it does not have one, or null if this
       *         variable will not use variable substitution
       */
      getModifier() {
        return this.modifier;
      }
      getModifierRange() {
        return this.modifierRange;
      }
      /**
       * Returns the parameter that will be used for substitution if
       * this variable uses modifiers to define how its value should be
       * resolved. If this variable is ${variable:+value} then the
       * substitution value will be 'value'. Will be the empty string
       * if the variable is declared as ${variable:+} or some other
       * variant where the only thing that follows the modifier
       * character (excluding considerations of escape characters and
       * so on) is the variable's closing bracket. May be null if this
       * variable does not have a modifier character defined (such as
       * ${variable} or $variable).
       *
       * @return this variable's substitution parameter, or the empty
       *         string if it does not have one, or null if there is
       *         not one defined
       */
      getSubstitutionParameter() {
        return this.substitutionParameter;
      }
      getSubstitutionRange() {
        return this.substitutionRange;
      }
      /**
       * Returns whether this variable has been defined or not.
       *
       * @return true if this variable has been defined, false otherwise
       */
      isDefined() {
        return this.defined;
      }
      isBuildVariable() {
        return this.buildVariable === true;
      }
      isEnvironmentVariable() {
        return this.buildVariable === false;
      }
    };
    exports.Variable = Variable;
  }
});

// node_modules/dockerfile-ast/lib/instruction.js
var require_instruction = __commonJS({
  "node_modules/dockerfile-ast/lib/instruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Instruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var util_1 = require_util();
    var line_1 = require_line();
    var argument_1 = require_argument();
    var heredoc_1 = require_heredoc();
    var variable_1 = require_variable();
    var main_1 = require_main();
    var Instruction = class extends line_1.Line {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range);
        this.dockerfile = dockerfile;
        this.escapeChar = escapeChar;
        this.instruction = instruction;
        this.instructionRange = instructionRange;
      }
      toString() {
        let value = this.getKeyword();
        for (let arg of this.getRawArguments()) {
          value += " ";
          value += arg.getValue();
        }
        return value;
      }
      getRangeContent(range) {
        if (range === null) {
          return null;
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      getInstructionRange() {
        return this.instructionRange;
      }
      getInstruction() {
        return this.instruction;
      }
      getKeyword() {
        return this.getInstruction().toUpperCase();
      }
      getArgumentsRange() {
        let args2 = this.getArguments();
        if (args2.length === 0) {
          return null;
        }
        return vscode_languageserver_types_1.Range.create(args2[0].getRange().start, args2[args2.length - 1].getRange().end);
      }
      getArgumentsRanges() {
        let args2 = this.getArguments();
        if (args2.length === 0) {
          return [];
        }
        if (args2[0].getRange().start.line === args2[args2.length - 1].getRange().end.line) {
          return [vscode_languageserver_types_1.Range.create(args2[0].getRange().start, args2[args2.length - 1].getRange().end)];
        }
        let ranges = [];
        let end = -1;
        let startPosition = args2[0].getRange().start;
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(startPosition) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra, this.document.offsetAt(args2[args2.length - 1].getRange().end) - this.document.offsetAt(range.start));
        let offset = this.document.offsetAt(range.start) + extra;
        let start2 = false;
        let comment = false;
        for (let i2 = 0; i2 < fullArgs.length; i2++) {
          let char = fullArgs.charAt(i2);
          if (char === this.escapeChar) {
            let next = fullArgs.charAt(i2 + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i2 + 2; j < fullArgs.length; j++) {
                switch (fullArgs.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    if (startPosition !== null) {
                      ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                    }
                    startPosition = null;
                    start2 = true;
                    comment = false;
                    i2 = j;
                    break whitespaceCheck;
                  default:
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                startPosition = null;
              }
              start2 = true;
              comment = false;
              i2 += 2;
            } else if (next === "\n") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
              }
              startPosition = null;
              start2 = true;
              comment = false;
              i2++;
            } else {
              i2++;
            }
          } else if (util_1.Util.isNewline(char)) {
            if (comment) {
              startPosition = null;
              start2 = true;
              comment = false;
            }
          } else {
            if (!comment) {
              if (startPosition === null) {
                if (char === "#") {
                  comment = true;
                  continue;
                }
                let position = this.document.positionAt(offset + i2);
                if (position.character !== 0) {
                  startPosition = vscode_languageserver_types_1.Position.create(position.line, 0);
                }
              }
              end = i2;
            }
          }
        }
        if (startPosition === null) {
          ranges.push(vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + end), this.document.positionAt(offset + end + 1)));
        } else {
          ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
        }
        return ranges;
      }
      getRawArgumentsContent() {
        let args2 = this.getArguments();
        if (args2.length === 0) {
          return null;
        }
        return this.getRangeContent(vscode_languageserver_types_1.Range.create(args2[0].getRange().start, args2[args2.length - 1].getRange().end));
      }
      getArgumentsContent() {
        let args2 = this.getArguments();
        if (args2.length === 0) {
          return null;
        }
        let content = "";
        let ranges = this.getArgumentsRanges();
        let documentText = this.document.getText();
        for (let range of ranges) {
          content += documentText.substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
        }
        return content;
      }
      getArguments() {
        return this.getRawArguments();
      }
      getRawArguments() {
        let args2 = [];
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(range.end) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let offset = this.document.offsetAt(range.start) + extra;
        let start2 = false;
        let comment = false;
        let found = -1;
        let escapedWhitespaceDetected = false;
        let escaping = false;
        let escapeMarker = -1;
        let escapedArg = "";
        for (let i2 = 0; i2 < fullArgs.length; i2++) {
          let char = fullArgs.charAt(i2);
          if (util_1.Util.isWhitespace(char)) {
            if (escaping) {
              escapedWhitespaceDetected = true;
              if (util_1.Util.isNewline(char)) {
                escapedWhitespaceDetected = false;
                if (comment) {
                  comment = false;
                  start2 = true;
                }
              }
              continue;
            } else if (found !== -1) {
              if (escapeMarker === -1) {
                args2.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + i2))));
              } else {
                args2.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
              }
              escapeMarker = -1;
              escapedArg = "";
              found = -1;
            }
          } else if (char === this.escapeChar) {
            let next = fullArgs.charAt(i2 + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i2 + 2; j < fullArgs.length; j++) {
                let newlineCheck = fullArgs.charAt(j);
                switch (newlineCheck) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    comment = false;
                    escaping = true;
                    start2 = true;
                    if (found !== -1) {
                      escapeMarker = i2;
                    }
                    i2 = j;
                    break whitespaceCheck;
                  default:
                    escapeMarker = i2;
                    if (found === -1) {
                      i2 = j - 1;
                    }
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              comment = false;
              escaping = true;
              start2 = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i2;
              }
              i2 += 2;
            } else if (next === "\n") {
              comment = false;
              escaping = true;
              start2 = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i2;
              }
              i2++;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args2.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapeMarker = -1;
              escapedWhitespaceDetected = false;
              escaping = false;
              if (next === "$") {
                escapedArg = escapedArg + char + next;
              } else if (next === "") {
                break;
              } else {
                escapedArg = escapedArg + next;
              }
              if (found === -1) {
                found = i2;
              }
              i2++;
            }
          } else if (!comment) {
            if (start2 && char === "#") {
              comment = true;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args2.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapedWhitespaceDetected = false;
              escaping = false;
              escapeMarker = -1;
              escapedArg = escapedArg + char;
              if (found === -1) {
                found = i2;
              }
            }
            start2 = false;
          }
        }
        if (found !== -1) {
          if (escapeMarker === -1) {
            args2.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + fullArgs.length))));
          } else {
            args2.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
          }
        }
        return args2;
      }
      getExpandedArguments() {
        let args2 = this.getArguments();
        for (let i2 = 0; i2 < args2.length; i2++) {
          const argRange = args2[i2].getRange();
          let offset = this.document.offsetAt(argRange.start);
          const variables = this.parseVariables(offset, args2[i2].getValue());
          const swaps = [];
          let requiresExpansion = false;
          for (let variable of variables) {
            const value = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
            swaps.push(value);
            requiresExpansion = requiresExpansion || value !== void 0;
          }
          if (requiresExpansion) {
            let expanded = "";
            for (let j = 0; j < swaps.length; j++) {
              const variableRange = variables[j].getRange();
              const start2 = this.document.offsetAt(variableRange.start);
              const end = this.document.offsetAt(variableRange.end);
              if (swaps[j]) {
                expanded += this.document.getText().substring(offset, start2);
                expanded += swaps[j];
                offset = end;
              } else {
                expanded += this.document.getText().substring(offset, end);
                offset = end;
              }
            }
            const argEnd = this.document.offsetAt(argRange.end);
            if (argEnd !== offset) {
              expanded += this.document.getText().substring(offset, argEnd);
            }
            args2[i2] = new argument_1.Argument(expanded, argRange);
          }
        }
        return args2;
      }
      getVariables() {
        const variables = [];
        const args2 = this.getRawArguments();
        for (const arg of args2) {
          let range = arg.getRange();
          let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
          const parsedVariables = this.parseVariables(this.document.offsetAt(arg.getRange().start), rawValue);
          for (const parsedVariable of parsedVariables) {
            variables.push(parsedVariable);
          }
        }
        return variables;
      }
      parseVariables(offset, arg) {
        let variables = [];
        variableLoop: for (let i2 = 0; i2 < arg.length; i2++) {
          switch (arg.charAt(i2)) {
            case this.escapeChar:
              if (arg.charAt(i2 + 1) === "$") {
                i2++;
              }
              break;
            case "$":
              if (arg.charAt(i2 + 1) === "{") {
                let escapedString = "${";
                let escapedName = "";
                let nameEnd = -1;
                let escapedSubstitutionParameter = "";
                let substitutionStart = -1;
                let substitutionEnd = -1;
                let modifierRead = -1;
                nameLoop: for (let j = i2 + 2; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      break;
                    case "}":
                      escapedString += "}";
                      let modifier = null;
                      let modifierRange = null;
                      let substitutionParameter = modifierRead !== -1 ? escapedSubstitutionParameter : null;
                      let substitutionRange = null;
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (nameEnd + 1 === j) {
                        modifier = "";
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + nameEnd + 1), this.document.positionAt(offset + nameEnd + 1));
                      } else {
                        if (substitutionStart === -1) {
                          substitutionStart = modifierRead + 1;
                          substitutionEnd = modifierRead + 1;
                        } else {
                          substitutionEnd = substitutionEnd + 1;
                        }
                        modifier = arg.substring(modifierRead, modifierRead + 1);
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + modifierRead), this.document.positionAt(offset + modifierRead + 1));
                        substitutionRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + substitutionStart), this.document.positionAt(offset + substitutionEnd));
                      }
                      let start2 = this.document.positionAt(offset + i2);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i2 + 2), this.document.positionAt(offset + nameEnd)), vscode_languageserver_types_1.Range.create(start2, this.document.positionAt(offset + j + 1)), modifier, modifierRange, substitutionParameter, substitutionRange, this.dockerfile.resolveVariable(escapedName, start2.line) !== void 0, this.isBuildVariable(escapedName, start2.line), escapedString));
                      i2 = j;
                      continue variableLoop;
                    case ":":
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += ":";
                      } else {
                        modifierRead = j;
                      }
                      escapedString += ":";
                      break;
                    case "\n":
                    case "\r":
                    case " ":
                    case "	":
                      break;
                    default:
                      if (nameEnd === -1) {
                        escapedName += char;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += char;
                      } else {
                        modifierRead = j;
                      }
                      escapedString += char;
                      break;
                  }
                }
                break variableLoop;
              } else if (util_1.Util.isWhitespace(arg.charAt(i2 + 1)) || i2 === arg.length - 1) {
                continue;
              } else {
                let escapedName = "";
                nameLoop: for (let j = i2 + 1; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case "\r":
                    case "\n":
                    case " ":
                    case "	":
                      continue;
                    case "$":
                    case "'":
                    case '"':
                      let varStart = this.document.positionAt(offset + i2);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i2 + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                      i2 = j - 1;
                      continue variableLoop;
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      let start3 = this.document.positionAt(offset + i2);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i2 + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(start3, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start3.line) !== void 0, this.isBuildVariable(escapedName, start3.line), "$" + escapedName));
                      break variableLoop;
                  }
                  if (char.match(/^[a-z0-9_]+$/i) === null) {
                    let varStart = this.document.positionAt(offset + i2);
                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i2 + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                    i2 = j - 1;
                    continue variableLoop;
                  }
                  escapedName += char;
                }
                let start2 = this.document.positionAt(offset + i2);
                variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i2 + 1), this.document.positionAt(offset + arg.length)), vscode_languageserver_types_1.Range.create(start2, this.document.positionAt(offset + arg.length)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start2.line) !== void 0, this.isBuildVariable(escapedName, start2.line), "$" + escapedName));
              }
              break variableLoop;
          }
        }
        return variables;
      }
      isBuildVariable(variable, line2) {
        if (this.getKeyword() === main_1.Keyword.FROM) {
          for (const initialArg of this.dockerfile.getInitialARGs()) {
            const arg = initialArg;
            const property = arg.getProperty();
            if (property && variable === property.getName()) {
              return true;
            }
          }
          return void 0;
        }
        let image = this.dockerfile.getContainingImage(vscode_languageserver_types_1.Position.create(line2, 0));
        let envs = image.getENVs();
        for (let i2 = envs.length - 1; i2 >= 0; i2--) {
          if (envs[i2].isBefore(line2)) {
            for (let property of envs[i2].getProperties()) {
              if (property.getName() === variable) {
                return false;
              }
            }
          }
        }
        let args2 = image.getARGs();
        for (let i2 = args2.length - 1; i2 >= 0; i2--) {
          if (args2[i2].isBefore(line2)) {
            let property = args2[i2].getProperty();
            if (property && property.getName() === variable) {
              return true;
            }
          }
        }
        return void 0;
      }
      createSingleLineHeredocs(args2) {
        const heredocs = [];
        for (const arg of args2) {
          const value = arg.getValue();
          if (value.startsWith("<<") && util_1.Util.parseHeredocName(value) !== null) {
            const startRange = arg.getRange();
            const nameRange = this.getNameRange(startRange);
            const name2 = this.getName(nameRange);
            heredocs.push(new heredoc_1.Heredoc(startRange, name2, nameRange, null, null));
          }
        }
        return heredocs;
      }
      getName(nameRange) {
        const content = this.document.getText(nameRange);
        let escaping = false;
        let name2 = "";
        nameLoop: for (let i2 = 0; i2 < content.length; i2++) {
          const ch = content.charAt(i2);
          switch (ch) {
            case this.escapeChar:
              escaping = true;
              for (let j = i2 + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    i2 = j + 1;
                    continue nameLoop;
                  case "\n":
                    i2 = j;
                    continue nameLoop;
                  default:
                    name2 += content.charAt(j);
                    i2 = j;
                    continue nameLoop;
                }
              }
              break;
            case "#":
              if (escaping) {
                for (let j = i2 + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i2 = j;
                      continue nameLoop;
                  }
                }
              }
            case " ":
            case "	":
            case "\r":
            case "\n":
              if (escaping) {
                break;
              }
            default:
              name2 += ch;
              break;
          }
        }
        return name2;
      }
      getNameRange(startRange) {
        const content = this.document.getText(startRange);
        let endFound = false;
        let searchHyphen = false;
        let start2 = -1;
        let end = -1;
        let escaping = false;
        let quote = null;
        contentLoop: for (let i2 = 0; i2 < content.length; i2++) {
          const ch = content.charAt(i2);
          switch (ch) {
            case '"':
            case "'":
              if (quote === ch) {
                break contentLoop;
              }
              quote = ch;
              continue;
            case this.escapeChar:
              for (let j = i2 + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case "\n":
                    escaping = true;
                    j = i2;
                    continue contentLoop;
                }
              }
              break;
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "<":
              if (endFound) {
                searchHyphen = true;
              } else {
                endFound = true;
              }
              break;
            case "-":
              if (searchHyphen) {
                searchHyphen = false;
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i2 + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i2 = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (start2 === -1) {
                start2 = i2;
              }
              if (quote !== null) {
                end = i2 + 1;
                break;
              }
              break contentLoop;
          }
        }
        if (start2 === -1) {
          return vscode_languageserver_types_1.Range.create(startRange.end, startRange.end);
        }
        const nameStart = this.document.positionAt(this.document.offsetAt(startRange.start) + start2);
        const nameEnd = quote !== null ? this.document.positionAt(this.document.offsetAt(startRange.start) + end) : startRange.end;
        return vscode_languageserver_types_1.Range.create(nameStart, nameEnd);
      }
      getHeredocs() {
        const args2 = this.getArguments();
        if (args2.length === 0) {
          return [];
        }
        const heredocs = [];
        const range = this.getRange();
        if (range.start.line === range.end.line) {
          return this.createSingleLineHeredocs(args2);
        }
        const heredocDefinitions = [];
        let heredocsProcessed = false;
        let escaping = false;
        let contentStart = -1;
        let contentEnd = -1;
        let lineStart = -1;
        let currentHeredoc = 0;
        const startOffset = this.document.offsetAt(args2[0].getRange().start);
        const content = this.getRangeContent(vscode_languageserver_types_1.Range.create(args2[0].getRange().start, this.getRange().end));
        contentLoop: for (let i2 = 0; i2 < content.length; i2++) {
          switch (content.charAt(i2)) {
            case this.escapeChar:
              escaping = true;
              for (let j = i2 + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    j++;
                  case "\n":
                    i2 = j;
                    continue contentLoop;
                  default:
                    i2 = j;
                    continue contentLoop;
                }
              }
              break;
            case "\r":
              break;
            case "\n":
              if (escaping) {
                break;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i2;
                }
                contentEnd = i2;
                const arg = heredocDefinitions[currentHeredoc];
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name2 = this.getName(nameRange);
                const delimiterRange = this.getDelimiterRange(arg, name2, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), this.document.positionAt(startOffset + i2)));
                if (delimiterRange !== null) {
                  const contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + lineStart - 1));
                  heredocs.push(new heredoc_1.Heredoc(startRange, name2, nameRange, contentRange, delimiterRange));
                  contentStart = -1;
                  currentHeredoc++;
                }
                lineStart = -1;
              } else {
                const offsetLimit = startOffset + i2;
                for (const arg of args2) {
                  if (this.document.offsetAt(arg.getRange().start) < offsetLimit) {
                    if (arg.getValue().startsWith("<<")) {
                      heredocDefinitions.push(arg);
                    }
                  } else {
                    break;
                  }
                }
                heredocsProcessed = true;
                lineStart = -1;
                continue contentLoop;
              }
              break;
            case " ":
            case "	":
              if (escaping) {
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i2 + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i2 = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (escaping) {
                escaping = false;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i2;
                }
                if (lineStart === -1) {
                  lineStart = i2;
                }
              }
              break;
          }
        }
        if (heredocsProcessed) {
          const arg = heredocDefinitions[currentHeredoc];
          const startRange = arg.getRange();
          const nameRange = this.getNameRange(startRange);
          const name2 = this.getName(nameRange);
          let contentRange = null;
          const delimiterRange = this.getDelimiterRange(arg, name2, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), range.end));
          if (delimiterRange === null) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), range.end);
          } else if (contentEnd !== -1) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + contentEnd));
          }
          heredocs.push(new heredoc_1.Heredoc(startRange, name2, nameRange, contentRange, delimiterRange));
          currentHeredoc++;
          for (let i2 = currentHeredoc; i2 < heredocDefinitions.length; i2++) {
            const arg2 = heredocDefinitions[currentHeredoc];
            const startRange2 = arg2.getRange();
            const nameRange2 = this.getNameRange(startRange2);
            const name3 = this.getName(nameRange2);
            heredocs.push(new heredoc_1.Heredoc(startRange2, name3, nameRange2, null, null));
            currentHeredoc++;
          }
        } else {
          return this.createSingleLineHeredocs(args2);
        }
        return heredocs;
      }
      getDelimiterRange(startArg, name2, candidateRange) {
        const text = this.document.getText(candidateRange);
        if (startArg.getValue().startsWith("<<-")) {
          let index2 = 0;
          while (text.charAt(index2) === "	") {
            index2++;
          }
          if (text.substring(index2) === name2) {
            return vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(candidateRange.start.line, index2), candidateRange.end);
          }
          return null;
        }
        return text === name2 ? candidateRange : null;
      }
    };
    exports.Instruction = Instruction;
  }
});

// node_modules/dockerfile-ast/lib/flagOption.js
var require_flagOption = __commonJS({
  "node_modules/dockerfile-ast/lib/flagOption.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FlagOption = void 0;
    var FlagOption = class {
      constructor(range, name2, nameRange, value, valueRange) {
        this.range = range;
        this.name = name2;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
      }
      toString() {
        if (this.valueRange !== null) {
          return this.name + "=" + this.value;
        }
        return this.name;
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
    };
    exports.FlagOption = FlagOption;
  }
});

// node_modules/dockerfile-ast/lib/flag.js
var require_flag = __commonJS({
  "node_modules/dockerfile-ast/lib/flag.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Flag = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var flagOption_1 = require_flagOption();
    var Flag = class {
      constructor(document, range, name2, nameRange, value, valueRange) {
        this.options = [];
        this.range = range;
        this.name = name2;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
        if (this.value !== null) {
          let offset = document.offsetAt(valueRange.start);
          let nameStart = -1;
          let valueStart = -1;
          let hasOptions = false;
          for (let i2 = 0; i2 < value.length; i2++) {
            switch (value.charAt(i2)) {
              case "=":
                hasOptions = true;
                if (valueStart === -1) {
                  valueStart = i2 + 1;
                  break;
                }
                break;
              case ",":
                this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, i2));
                nameStart = -1;
                valueStart = -1;
                break;
              default:
                if (nameStart === -1) {
                  nameStart = i2;
                }
                break;
            }
          }
          if (hasOptions && nameStart !== -1) {
            this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, value.length));
          }
        }
      }
      createFlagOption(document, content, documentOffset, nameStart, valueStart, valueEnd) {
        const optionRange = vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueEnd));
        if (valueStart === -1) {
          return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueEnd), optionRange, null, null);
        }
        return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueStart - 1), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueStart - 1)), content.substring(valueStart, valueEnd), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + valueStart), document.positionAt(documentOffset + valueEnd)));
      }
      toString() {
        if (this.valueRange) {
          return "--" + this.name + "=" + this.value;
        }
        return "--" + this.name;
      }
      /**
       * Returns the range that encompasses this entire flag. This includes the
       * -- prefix in the beginning to the last character of the flag's value (if
       * it has been defined).
       *
       * @return the entire range of this flag
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the name of this flag. The name does not include the -- prefix.
       * Thus, for HEALTHCHECK's --interval flag, interval is the flag's name and
       * not --interval.
       *
       * @return this flag's name
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range that encompasses the flag's name
       *
       * @return the range containing the flag's name
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the value that has been set to this flag. May be null if the
       * flag is invalid and has no value set like a --start-period. If the flag
       * is instead a --start-period= with an equals sign then the flag's value
       * is the empty string.
       *
       * @return this flag's value if it has been defined, null otherwise
       */
      getValue() {
        return this.value;
      }
      /**
       * Returns the range that encompasses this flag's value. If no value has
       * been set then null will be returned.
       *
       * @return the range containing this flag's value, or null if the flag
       *         has no value defined
       */
      getValueRange() {
        return this.valueRange;
      }
      getOption(name2) {
        for (const option of this.options) {
          if (option.getName() === name2) {
            return option;
          }
        }
        return null;
      }
      getOptions() {
        return this.options;
      }
      hasOptions() {
        return this.options.length > 0;
      }
    };
    exports.Flag = Flag;
  }
});

// node_modules/dockerfile-ast/lib/modifiableInstruction.js
var require_modifiableInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/modifiableInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ModifiableInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var flag_1 = require_flag();
    var instruction_1 = require_instruction();
    var ModifiableInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getFlags() {
        if (!this.flags) {
          this.flags = [];
          for (let arg of this.getArguments()) {
            let value = arg.getValue();
            if (this.stopSearchingForFlags(value)) {
              return this.flags;
            } else if (value.indexOf("--") === 0) {
              let range = arg.getRange();
              let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
              let nameIndex = value.indexOf("=");
              let index2 = rawValue.indexOf("=");
              let firstMatch = false;
              let secondMatch = false;
              let startIndex = -1;
              nameSearchLoop: for (let i2 = 0; i2 < rawValue.length; i2++) {
                switch (rawValue.charAt(i2)) {
                  case "\\":
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                    break;
                  case "-":
                    if (secondMatch) {
                      startIndex = i2;
                      break nameSearchLoop;
                    } else if (firstMatch) {
                      secondMatch = true;
                    } else {
                      firstMatch = true;
                    }
                    break;
                  default:
                    startIndex = i2;
                    break nameSearchLoop;
                }
              }
              let nameStart = this.document.positionAt(this.document.offsetAt(range.start) + startIndex);
              if (index2 === -1) {
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2), vscode_languageserver_types_1.Range.create(nameStart, range.end), null, null));
              } else if (index2 === value.length - 1) {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index2);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, index2), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), "", vscode_languageserver_types_1.Range.create(range.end, range.end)));
              } else {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index2);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, nameIndex), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), value.substring(nameIndex + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(this.document.offsetAt(range.start) + index2 + 1), range.end)));
              }
            }
          }
        }
        return this.flags;
      }
      getArguments() {
        const args2 = super.getArguments();
        const flags3 = this.getFlags();
        if (flags3.length === 0) {
          return args2;
        }
        for (let i2 = 0; i2 < flags3.length; i2++) {
          args2.shift();
        }
        return args2;
      }
    };
    exports.ModifiableInstruction = ModifiableInstruction;
  }
});

// node_modules/dockerfile-ast/lib/jsonInstruction.js
var require_jsonInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var argument_1 = require_argument();
    var jsonArgument_1 = require_jsonArgument();
    var modifiableInstruction_1 = require_modifiableInstruction();
    var JSONInstruction = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.openingBracket = null;
        this.closingBracket = null;
        this.jsonStrings = [];
        const argsContent = this.getRawArgumentsContent();
        if (argsContent === null) {
          return;
        }
        const args2 = this.getArguments();
        if (args2.length === 1 && args2[0].getValue() === "[]") {
          let argRange = args2[0].getRange();
          this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character, argRange.start.line, argRange.start.character + 1));
          this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character + 1, argRange.end.line, argRange.end.character));
          return;
        } else if (args2.length === 2 && args2[0].getValue() === "[" && args2[1].getValue() === "]") {
          this.openingBracket = args2[0];
          this.closingBracket = args2[1];
          return;
        }
        const argsOffset = document.offsetAt(this.getArgumentsRange().start);
        let start2 = -1;
        let last = "";
        let quoted = false;
        let escapedArg = "";
        argsCheck: for (let i2 = 0; i2 < argsContent.length; i2++) {
          let char = argsContent.charAt(i2);
          switch (char) {
            case "[":
              if (last === "") {
                this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i2), document.positionAt(argsOffset + i2 + 1)));
                last = "[";
              } else if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                break argsCheck;
              }
              break;
            case '"':
              if (last === "[" || last === ",") {
                start2 = i2;
                quoted = true;
                last = '"';
                escapedArg = escapedArg + char;
                continue;
              } else if (last === '"') {
                if (quoted) {
                  escapedArg = escapedArg + char;
                  quoted = false;
                  this.jsonStrings.push(new jsonArgument_1.JSONArgument(escapedArg, vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start2), document.positionAt(argsOffset + i2 + 1)), vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start2 + 1), document.positionAt(argsOffset + i2))));
                  escapedArg = "";
                } else {
                  break argsCheck;
                }
              } else {
                break argsCheck;
              }
              break;
            case ",":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                if (last === '"') {
                  last = ",";
                } else {
                  break argsCheck;
                }
              }
              break;
            case "]":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else if (last !== "") {
                this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i2), document.positionAt(argsOffset + i2 + 1)));
                break argsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            case "\\":
              if (quoted) {
                switch (argsContent.charAt(i2 + 1)) {
                  case '"':
                  case "\\":
                    escapedArg = escapedArg + argsContent.charAt(i2 + 1);
                    i2++;
                    continue;
                  case " ":
                  case "	":
                    escapeCheck: for (let j = i2 + 2; j < argsContent.length; j++) {
                      switch (argsContent.charAt(j)) {
                        case "\r":
                          j++;
                        case "\n":
                          i2 = j;
                          continue argsCheck;
                        case " ":
                        case "	":
                          break;
                        default:
                          break escapeCheck;
                      }
                    }
                    break;
                  case "\r":
                    i2++;
                  default:
                    i2++;
                    continue;
                }
              } else {
                escapeCheck: for (let j = i2 + 1; j < argsContent.length; j++) {
                  switch (argsContent.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i2 = j;
                      continue argsCheck;
                    case " ":
                    case "	":
                      break;
                    default:
                      break escapeCheck;
                  }
                }
              }
              break argsCheck;
            default:
              if (!quoted) {
                break argsCheck;
              }
              escapedArg = escapedArg + char;
              break;
          }
        }
      }
      stopSearchingForFlags(_value) {
        return true;
      }
      getOpeningBracket() {
        return this.openingBracket;
      }
      getJSONStrings() {
        return this.jsonStrings;
      }
      getClosingBracket() {
        return this.closingBracket;
      }
    };
    exports.JSONInstruction = JSONInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/add.js
var require_add = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/add.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Add = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Add = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
    };
    exports.Add = Add;
  }
});

// node_modules/dockerfile-ast/lib/property.js
var require_property = __commonJS({
  "node_modules/dockerfile-ast/lib/property.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Property = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var util_1 = require_util();
    var Property = class _Property {
      constructor(document, escapeChar, arg, arg2) {
        this.assignmentOperatorRange = null;
        this.assignmentOperator = null;
        this.valueRange = null;
        this.value = null;
        this.document = document;
        this.escapeChar = escapeChar;
        this.nameRange = _Property.getNameRange(document, arg);
        let value = document.getText().substring(document.offsetAt(this.nameRange.start), document.offsetAt(this.nameRange.end));
        this.name = _Property.getValue(value, escapeChar);
        if (arg2) {
          this.valueRange = arg2.getRange();
          value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
          this.value = _Property.getValue(value, escapeChar);
          this.range = vscode_languageserver_types_1.Range.create(this.nameRange.start, this.valueRange.end);
        } else {
          let argRange = arg.getRange();
          if (this.nameRange.start.line === argRange.start.line && this.nameRange.start.character === argRange.start.character && this.nameRange.end.line === argRange.end.line && this.nameRange.end.character === argRange.end.character) {
          } else {
            this.valueRange = _Property.getValueRange(document, arg);
            value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
            this.value = _Property.getValue(value, escapeChar);
            this.assignmentOperatorRange = vscode_languageserver_types_1.Range.create(this.nameRange.end, this.valueRange.start);
            this.assignmentOperator = "=";
          }
          this.range = argRange;
        }
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
      /**
       * Retrieves the operator used for delimiting between the name and
       * value of this property. This will either be the "=" character
       * or null if a character was not used or if this property has no
       * value defined.
       */
      getAssignmentOperator() {
        return this.assignmentOperator;
      }
      getAssignmentOperatorRange() {
        return this.assignmentOperatorRange;
      }
      /**
       * Returns the value of this property including any enclosing
       * single or double quotes and relevant escape characters.
       * Escaped newlines and its associated contiguous whitespace
       * characters however will not be returned as they are deemed to
       * be uninteresting to clients trying to return a Dockerfile.
       *
       * @return the unescaped value of this property or null if this
       *         property has no associated value
       */
      getUnescapedValue() {
        if (this.valueRange === null) {
          return null;
        }
        let escaped = false;
        let rawValue = "";
        let value = this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
        rawLoop: for (let i2 = 0; i2 < value.length; i2++) {
          let char = value.charAt(i2);
          switch (char) {
            case this.escapeChar:
              for (let j = i2 + 1; j < value.length; j++) {
                switch (value.charAt(j)) {
                  case "\r":
                    j++;
                  case "\n":
                    escaped = true;
                    i2 = j;
                    continue rawLoop;
                  case " ":
                  case "	":
                    break;
                  default:
                    rawValue = rawValue + char;
                    continue rawLoop;
                }
              }
              rawValue = rawValue + char;
              break;
            case "\r":
            case "\n":
              break;
            case " ":
            case "	":
              if (!escaped) {
                rawValue = rawValue + char;
              }
              break;
            case "#":
              if (escaped) {
                for (let j = i2 + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i2 = j;
                      continue rawLoop;
                  }
                }
              } else {
                rawValue = rawValue + char;
              }
              break;
            default:
              rawValue = rawValue + char;
              escaped = false;
              break;
          }
        }
        return rawValue;
      }
      static getNameRange(document, arg) {
        let value = arg.getValue();
        let index2 = value.indexOf("=");
        if (index2 !== -1) {
          let initial = value.charAt(0);
          let before = value.charAt(index2 - 1);
          if (initial === '"' && before === '"' || initial === "'" && before === "'" || initial !== '"' && initial !== "'") {
            return vscode_languageserver_types_1.Range.create(arg.getRange().start, document.positionAt(document.offsetAt(arg.getRange().start) + index2));
          }
        }
        return arg.getRange();
      }
      static getValueRange(document, arg) {
        return vscode_languageserver_types_1.Range.create(document.positionAt(document.offsetAt(arg.getRange().start) + arg.getValue().indexOf("=") + 1), document.positionAt(document.offsetAt(arg.getRange().end)));
      }
      /**
       * Returns the actual value of this key-value pair. The value will
       * have its escape characters removed if applicable. If the value
       * spans multiple lines and there are comments nested within the
       * lines, they too will be removed.
       *
       * @return the value that this key-value pair will actually be, may
       *         be null if no value is defined, may be the empty string
       *         if the value only consists of whitespace
       */
      static getValue(value, escapeChar) {
        let escaped = false;
        const skip = util_1.Util.findLeadingNonWhitespace(value, escapeChar);
        if (skip !== 0 && value.charAt(skip) === "#") {
          escaped = true;
        }
        value = value.substring(skip);
        let first = value.charAt(0);
        let last = value.charAt(value.length - 1);
        let literal = first === "'" || first === '"';
        let inSingle = first === "'" && last === "'";
        let inDouble = false;
        if (first === '"') {
          for (let i2 = 1; i2 < value.length; i2++) {
            if (value.charAt(i2) === escapeChar) {
              i2++;
            } else if (value.charAt(i2) === '"' && i2 === value.length - 1) {
              inDouble = true;
            }
          }
        }
        if (inSingle || inDouble) {
          value = value.substring(1, value.length - 1);
        }
        let commentCheck = -1;
        let escapedValue = "";
        let start2 = 0;
        parseValue: for (let i2 = 0; i2 < value.length; i2++) {
          let char = value.charAt(i2);
          switch (char) {
            case escapeChar:
              if (i2 + 1 === value.length) {
                escapedValue = escapedValue + escapeChar;
                break parseValue;
              }
              char = value.charAt(i2 + 1);
              if (char === " " || char === "	") {
                whitespaceCheck: for (let j = i2 + 2; j < value.length; j++) {
                  let char2 = value.charAt(j);
                  switch (char2) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                      j++;
                    case "\n":
                      escaped = true;
                      i2 = j;
                      continue parseValue;
                    default:
                      if (!inDouble && !inSingle && !literal) {
                        if (char2 === escapeChar) {
                          escapedValue = escapedValue + char;
                          i2 = i2 + 1;
                        } else {
                          escapedValue = escapedValue + char + char2;
                          i2 = j;
                        }
                        continue parseValue;
                      }
                      break whitespaceCheck;
                  }
                }
              }
              if (inDouble) {
                if (char === "\r") {
                  escaped = true;
                  i2 = i2 + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i2++;
                } else if (char !== '"') {
                  if (char === escapeChar) {
                    i2++;
                  }
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (inSingle || literal) {
                if (char === "\r") {
                  escaped = true;
                  i2 = i2 + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i2++;
                } else {
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (char === escapeChar) {
                escapedValue = escapedValue + escapeChar;
                i2++;
              } else if (char === "\r") {
                escaped = true;
                i2 = i2 + 2;
              } else if (char === "\n") {
                escaped = true;
                i2++;
                start2 = i2;
              } else {
                escapedValue = escapedValue + char;
                i2++;
              }
              break;
            case " ":
            case "	":
              if (escaped && commentCheck === -1) {
                commentCheck = i2;
              }
              escapedValue = escapedValue + char;
              break;
            case "\r":
              i2++;
            case "\n":
              if (escaped && commentCheck !== -1) {
                escapedValue = escapedValue.substring(0, escapedValue.length - (i2 - commentCheck - 1));
                commentCheck = -1;
              }
              break;
            case "#":
              if (escaped) {
                if (commentCheck !== -1) {
                  escapedValue = escapedValue.substring(0, escapedValue.length - (i2 - commentCheck));
                  commentCheck = -1;
                }
                newlineCheck: for (let j = i2 + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i2 = j;
                      break newlineCheck;
                  }
                }
                continue parseValue;
              }
            default:
              if (escaped) {
                escaped = false;
                commentCheck = -1;
              }
              escapedValue = escapedValue + char;
              break;
          }
        }
        return escapedValue;
      }
    };
    exports.Property = Property;
  }
});

// node_modules/dockerfile-ast/lib/propertyInstruction.js
var require_propertyInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/propertyInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PropertyInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var instruction_1 = require_instruction();
    var property_1 = require_property();
    var argument_1 = require_argument();
    var util_1 = require_util();
    var PropertyInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.properties = void 0;
      }
      getProperties() {
        if (this.properties === void 0) {
          let args2 = this.getPropertyArguments();
          if (args2.length === 0) {
            this.properties = [];
          } else if (args2.length === 1) {
            this.properties = [new property_1.Property(this.document, this.escapeChar, args2[0])];
          } else if (args2.length === 2) {
            if (args2[0].getValue().indexOf("=") === -1) {
              this.properties = [new property_1.Property(this.document, this.escapeChar, args2[0], args2[1])];
            } else {
              this.properties = [
                new property_1.Property(this.document, this.escapeChar, args2[0]),
                new property_1.Property(this.document, this.escapeChar, args2[1])
              ];
            }
          } else if (args2[0].getValue().indexOf("=") === -1) {
            let text = this.document.getText();
            let start2 = args2[1].getRange().start;
            let end = args2[args2.length - 1].getRange().end;
            text = text.substring(this.document.offsetAt(start2), this.document.offsetAt(end));
            this.properties = [new property_1.Property(this.document, this.escapeChar, args2[0], new argument_1.Argument(text, vscode_languageserver_types_1.Range.create(args2[1].getRange().start, args2[args2.length - 1].getRange().end)))];
          } else {
            this.properties = [];
            for (let i2 = 0; i2 < args2.length; i2++) {
              this.properties.push(new property_1.Property(this.document, this.escapeChar, args2[i2]));
            }
          }
        }
        return this.properties;
      }
      /**
       * Goes from the back of the string and returns the first
       * non-whitespace character that is found. If an escape character
       * is found with newline characters, the escape character will
       * not be considered a non-whitespace character and its index in
       * the string will not be returned.
       *
       * @param content the string to search through
       * @return the index in the string for the first non-whitespace
       *         character when searching from the end of the string
       */
      findTrailingNonWhitespace(content) {
        let index2 = content.length;
        whitespaceCheck: for (let i2 = content.length - 1; i2 >= 0; i2--) {
          switch (content.charAt(i2)) {
            case " ":
            case "	":
              continue;
            case "\n":
              if (content.charAt(i2 - 1) === "\r") {
                i2 = i2 - 1;
              }
            case "\r":
              newlineCheck: for (let j = i2 - 1; j >= 0; j--) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                  case this.escapeChar:
                    continue;
                  default:
                    index2 = j;
                    break newlineCheck;
                }
              }
              break whitespaceCheck;
            default:
              index2 = i2;
              break whitespaceCheck;
          }
        }
        return index2;
      }
      getPropertyArguments() {
        const args2 = [];
        let range = this.getInstructionRange();
        let instructionNameEndOffset = this.document.offsetAt(range.end);
        let extra = instructionNameEndOffset - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let start2 = util_1.Util.findLeadingNonWhitespace(fullArgs, this.escapeChar);
        if (start2 === -1) {
          return [];
        }
        const startPosition = this.document.positionAt(instructionNameEndOffset + start2);
        let escaped = range.start.line !== startPosition.line;
        let endingEscape = false;
        let mark = -1;
        let end = this.findTrailingNonWhitespace(fullArgs);
        content = fullArgs.substring(start2, end + 1);
        let argStart = escaped ? -1 : 0;
        let spaced = false;
        argumentLoop: for (let i2 = 0; i2 < content.length; i2++) {
          let char = content.charAt(i2);
          switch (char) {
            case this.escapeChar:
              if (i2 + 1 === content.length) {
                endingEscape = true;
                break argumentLoop;
              }
              if (!escaped) {
                mark = i2;
              }
              switch (content.charAt(i2 + 1)) {
                case " ":
                case "	":
                  if (!util_1.Util.isWhitespace(content.charAt(i2 + 2))) {
                    i2 = i2 + 1;
                    continue argumentLoop;
                  }
                  whitespaceCheck: for (let j = i2 + 2; j < content.length; j++) {
                    switch (content.charAt(j)) {
                      case "\r":
                        j++;
                      case "\n":
                        escaped = true;
                        i2 = j;
                        continue argumentLoop;
                      case " ":
                      case "	":
                        break;
                      default:
                        args2.push(new argument_1.Argument(content.substring(argStart, i2), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start2 + argStart), this.document.positionAt(instructionNameEndOffset + start2 + i2 + 2))));
                        argStart = j;
                        break whitespaceCheck;
                    }
                  }
                  i2 = argStart - 1;
                  continue argumentLoop;
                case "\r":
                  i2++;
                case "\n":
                  escaped = true;
                  i2 = i2 + 1;
                  continue argumentLoop;
                case this.escapeChar:
                  if (argStart === -1) {
                    argStart = i2;
                  }
                  i2 = i2 + 1;
                  continue argumentLoop;
                default:
                  if (argStart === -1) {
                    argStart = i2;
                  }
                  continue argumentLoop;
              }
            case "'":
            case '"':
              if (spaced) {
                this.createSpacedArgument(argStart, args2, content, mark, instructionNameEndOffset, start2);
                argStart = i2;
                spaced = false;
              }
              if (argStart === -1) {
                argStart = i2;
              }
              for (let j = i2 + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case char:
                    if (content.charAt(j + 1) !== " " && content.charAt(j + 1) !== "") {
                      i2 = j;
                      continue argumentLoop;
                    }
                    args2.push(new argument_1.Argument(content.substring(argStart, j + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start2 + argStart), this.document.positionAt(instructionNameEndOffset + start2 + j + 1))));
                    i2 = j;
                    argStart = -1;
                    continue argumentLoop;
                  case this.escapeChar:
                    j++;
                    break;
                }
              }
              break argumentLoop;
            case " ":
            case "	":
              if (escaped) {
                if (argStart !== -1) {
                  spaced = true;
                }
              } else if (argStart !== -1) {
                args2.push(new argument_1.Argument(content.substring(argStart, i2), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start2 + argStart), this.document.positionAt(instructionNameEndOffset + start2 + i2))));
                argStart = -1;
              }
              break;
            case "\r":
              i2++;
            case "\n":
              spaced = false;
              break;
            case "#":
              if (escaped) {
                for (let j = i2 + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i2 = j;
                      spaced = false;
                      continue argumentLoop;
                  }
                }
                if (argStart !== -1) {
                  let value = content.substring(argStart, mark);
                  args2.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start2 + argStart), this.document.positionAt(instructionNameEndOffset + start2 + mark))));
                  argStart = -1;
                }
                break argumentLoop;
              } else if (argStart === -1) {
                argStart = i2;
              }
              break;
            default:
              if (spaced) {
                this.createSpacedArgument(argStart, args2, content, mark, instructionNameEndOffset, start2);
                argStart = i2;
                spaced = false;
              }
              escaped = false;
              if (argStart === -1) {
                argStart = i2;
              }
              if (char === "$" && content.charAt(i2 + 1) === "{") {
                let singleQuotes = false;
                let doubleQuotes = false;
                let escaped2 = false;
                for (let j = i2 + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case this.escapeChar:
                      escaped2 = true;
                      break;
                    case "\r":
                    case "\n":
                      break;
                    case "'":
                      singleQuotes = !singleQuotes;
                      escaped2 = false;
                      break;
                    case '"':
                      doubleQuotes = !doubleQuotes;
                      escaped2 = false;
                      break;
                    case " ":
                    case "	":
                      if (escaped2 || singleQuotes || doubleQuotes) {
                        break;
                      }
                      i2 = j - 1;
                      continue argumentLoop;
                    case "}":
                      i2 = j;
                      continue argumentLoop;
                    default:
                      escaped2 = false;
                      break;
                  }
                }
                break argumentLoop;
              }
              break;
          }
        }
        if (argStart !== -1 && argStart !== content.length) {
          let end2 = endingEscape ? content.length - 1 : content.length;
          let value = content.substring(argStart, end2);
          args2.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start2 + argStart), this.document.positionAt(instructionNameEndOffset + start2 + end2))));
        }
        return args2;
      }
      createSpacedArgument(argStart, args2, content, mark, instructionNameEndOffset, start2) {
        if (argStart !== -1) {
          args2.push(new argument_1.Argument(content.substring(argStart, mark), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start2 + argStart), this.document.positionAt(instructionNameEndOffset + start2 + mark))));
        }
      }
    };
    exports.PropertyInstruction = PropertyInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/arg.js
var require_arg = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/arg.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Arg = void 0;
    var property_1 = require_property();
    var propertyInstruction_1 = require_propertyInstruction();
    var Arg = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.property = null;
        const args2 = this.getPropertyArguments();
        if (args2.length === 1) {
          this.property = new property_1.Property(this.document, this.escapeChar, args2[0]);
        } else {
          this.property = null;
        }
      }
      /**
       * Returns the variable defined by this ARG. This may be null if
       * this ARG instruction is malformed and has no variable
       * declaration.
       */
      getProperty() {
        return this.property;
      }
    };
    exports.Arg = Arg;
  }
});

// node_modules/dockerfile-ast/lib/instructions/cmd.js
var require_cmd = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/cmd.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Cmd = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Cmd = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Cmd = Cmd;
  }
});

// node_modules/dockerfile-ast/lib/instructions/copy.js
var require_copy = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/copy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Copy = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Copy = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getFromFlag() {
        let flags3 = super.getFlags();
        return flags3.length === 1 && flags3[0].getName() === "from" ? flags3[0] : null;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Copy = Copy;
  }
});

// node_modules/dockerfile-ast/lib/instructions/env.js
var require_env = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/env.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Env = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var Env = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Env = Env;
  }
});

// node_modules/dockerfile-ast/lib/instructions/entrypoint.js
var require_entrypoint = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/entrypoint.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Entrypoint = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Entrypoint = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Entrypoint = Entrypoint;
  }
});

// node_modules/dockerfile-ast/lib/instructions/from.js
var require_from = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/from.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.From = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var modifiableInstruction_1 = require_modifiableInstruction();
    var From = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getImage() {
        const args2 = this.getArguments();
        return args2.length > 0 ? args2[0].getValue() : null;
      }
      /**
       * Returns the name of the image that will be used as the base image.
       *
       * @return the base image's name, or null if unspecified
       */
      getImageName() {
        const imageName = this.getRangeContent(this.getImageNameRange());
        if (imageName === null) {
          return null;
        }
        let commented = false;
        let escaped = false;
        let name2 = "";
        for (let i2 = 0; i2 < imageName.length; i2++) {
          const ch = imageName.charAt(i2);
          switch (ch) {
            case this.escapeChar:
              escaped = true;
              break;
            case "\r":
              continue;
            case "\n":
              commented = false;
              break;
            case " ":
            case "	":
              break;
            case "#":
              if (escaped) {
                commented = true;
              } else {
                name2 = name2 + ch;
                escaped = false;
              }
              break;
            default:
              if (!commented) {
                name2 = name2 + ch;
                escaped = false;
              }
              break;
          }
        }
        return name2;
      }
      /**
       * Returns the range that covers the name of the image used by
       * this instruction.
       *
       * @return the range of the name of this instruction's argument,
       *         or null if no image has been specified
       */
      getImageNameRange() {
        let range = this.getImageRange();
        if (range) {
          let registryRange = this.getRegistryRange();
          if (registryRange) {
            range.start = this.document.positionAt(this.document.offsetAt(registryRange.end) + 1);
          }
          let tagRange = this.getImageTagRange();
          let digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          return range;
        }
        return null;
      }
      /**
       * Returns the range that covers the image argument of this
       * instruction. This includes the tag or digest of the image if
       * it has been specified by the instruction.
       *
       * @return the range of the image argument, or null if no image
       *         has been specified
       */
      getImageRange() {
        let args2 = this.getArguments();
        return args2.length !== 0 ? args2[0].getRange() : null;
      }
      getImageTag() {
        return this.getRangeContent(this.getImageTagRange());
      }
      /**
       * Returns the range in the document that the tag of the base
       * image encompasses.
       *
       * @return the base image's tag's range in the document, or null
       *         if no tag has been specified
       */
      getImageTagRange() {
        const range = this.getImageRange();
        if (range) {
          const rangeStartOffset = this.document.offsetAt(range.start);
          const content = this.getRangeContent(range);
          const atIndex = this.indexOf(rangeStartOffset, content, "@");
          const slashIndex = content.indexOf("/");
          if (atIndex === -1) {
            const colonIndex = this.lastIndexOf(rangeStartOffset, content, ":");
            if (colonIndex > slashIndex) {
              return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + colonIndex + 1), range.end);
            }
          }
          const subcontent = content.substring(0, atIndex);
          const subcolonIndex = subcontent.indexOf(":");
          if (subcolonIndex === -1) {
            return null;
          }
          if (slashIndex === -1) {
            return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + atIndex));
          }
          if (subcolonIndex < slashIndex) {
            return null;
          }
          return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + subcontent.length));
        }
        return null;
      }
      getImageDigest() {
        return this.getRangeContent(this.getImageDigestRange());
      }
      /**
       * Returns the range in the document that the digest of the base
       * image encompasses.
       *
       * @return the base image's digest's range in the document, or null
       *         if no digest has been specified
       */
      getImageDigestRange() {
        let range = this.getImageRange();
        if (range) {
          let content = this.getRangeContent(range);
          let index2 = this.lastIndexOf(this.document.offsetAt(range.start), content, "@");
          if (index2 !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start.line, range.start.character + index2 + 1, range.end.line, range.end.character);
          }
        }
        return null;
      }
      indexOf(documentOffset, content, searchString) {
        let index2 = content.indexOf(searchString);
        const variables = this.getVariables();
        for (let i2 = 0; i2 < variables.length; i2++) {
          const position = documentOffset + index2;
          const variableRange = variables[i2].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            const offset = this.document.offsetAt(variableRange.end) - documentOffset;
            const substring = content.substring(offset);
            const subIndex = substring.indexOf(searchString);
            if (subIndex === -1) {
              return -1;
            }
            index2 = subIndex + offset;
            i2 = -1;
            continue;
          }
        }
        return index2;
      }
      lastIndexOf(documentOffset, content, searchString) {
        let index2 = content.lastIndexOf(searchString);
        const variables = this.getVariables();
        for (let i2 = 0; i2 < variables.length; i2++) {
          const position = documentOffset + index2;
          const variableRange = variables[i2].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            index2 = content.substring(0, index2).lastIndexOf(searchString);
            if (index2 === -1) {
              return -1;
            }
            i2 = -1;
            continue;
          }
        }
        return index2;
      }
      getRegistry() {
        return this.getRangeContent(this.getRegistryRange());
      }
      getRegistryRange() {
        const range = this.getImageRange();
        if (range) {
          const tagRange = this.getImageTagRange();
          const digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          const content = this.getRangeContent(range);
          const rangeStart = this.document.offsetAt(range.start);
          const startingSlashIndex = this.indexOf(rangeStart, content, "/");
          if (startingSlashIndex === -1) {
            return null;
          }
          const portIndex = this.indexOf(rangeStart, content, ":");
          const dotIndex = this.indexOf(rangeStart, content, ".");
          if (portIndex !== -1 || dotIndex !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
          const registry = content.substring(0, startingSlashIndex);
          if (registry === "localhost") {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
        }
        return null;
      }
      getBuildStage() {
        let range = this.getBuildStageRange();
        return range === null ? null : this.getRangeContent(range);
      }
      getBuildStageRange() {
        let args2 = this.getArguments();
        if (args2.length > 2 && args2[1].getValue().toUpperCase() === "AS") {
          return args2[2].getRange();
        }
        return null;
      }
      getPlatformFlag() {
        let flags3 = super.getFlags();
        return flags3.length === 1 && flags3[0].getName() === "platform" ? flags3[0] : null;
      }
    };
    exports.From = From;
  }
});

// node_modules/dockerfile-ast/lib/instructions/healthcheck.js
var require_healthcheck = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/healthcheck.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Healthcheck = void 0;
    var modifiableInstruction_1 = require_modifiableInstruction();
    var Healthcheck = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        argument = argument.toUpperCase();
        return argument === "CMD" || argument === "NONE";
      }
      getSubcommand() {
        let args2 = this.getArguments();
        return args2.length !== 0 ? args2[0] : null;
      }
    };
    exports.Healthcheck = Healthcheck;
  }
});

// node_modules/dockerfile-ast/lib/instructions/label.js
var require_label = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/label.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Label = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var util_1 = require_util();
    var Label = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getVariables() {
        const variables = super.getVariables();
        const properties = this.getProperties();
        for (const property of properties) {
          const value = property.getUnescapedValue();
          if (value !== null && value.length > 2 && value.charAt(0) === "'" && value.charAt(value.length - 1) === "'") {
            const range = property.getValueRange();
            for (let i2 = 0; i2 < variables.length; i2++) {
              if (util_1.Util.isInsideRange(variables[i2].getRange().start, range)) {
                variables.splice(i2, 1);
                i2--;
              }
            }
          }
        }
        return variables;
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Label = Label;
  }
});

// node_modules/dockerfile-ast/lib/instructions/onbuild.js
var require_onbuild = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/onbuild.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Onbuild = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var parser_1 = require_parser();
    var instruction_1 = require_instruction();
    var Onbuild = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getTrigger() {
        let trigger = this.getTriggerWord();
        return trigger === null ? null : trigger.toUpperCase();
      }
      getTriggerWord() {
        return this.getRangeContent(this.getTriggerRange());
      }
      getTriggerRange() {
        let args2 = this.getArguments();
        return args2.length > 0 ? args2[0].getRange() : null;
      }
      getTriggerInstruction() {
        let triggerRange = this.getTriggerRange();
        if (triggerRange === null) {
          return null;
        }
        let args2 = this.getArguments();
        return parser_1.Parser.createInstruction(this.document, this.dockerfile, this.escapeChar, vscode_languageserver_types_1.Range.create(args2[0].getRange().start, this.getRange().end), this.getTriggerWord(), triggerRange);
      }
    };
    exports.Onbuild = Onbuild;
  }
});

// node_modules/dockerfile-ast/lib/instructions/run.js
var require_run = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/run.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Run = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Run = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Run = Run;
  }
});

// node_modules/dockerfile-ast/lib/instructions/shell.js
var require_shell = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/shell.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Shell = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Shell = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Shell = Shell;
  }
});

// node_modules/dockerfile-ast/lib/instructions/stopsignal.js
var require_stopsignal = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/stopsignal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Stopsignal = void 0;
    var instruction_1 = require_instruction();
    var Stopsignal = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Stopsignal = Stopsignal;
  }
});

// node_modules/dockerfile-ast/lib/instructions/workdir.js
var require_workdir = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/workdir.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Workdir = void 0;
    var instruction_1 = require_instruction();
    var Workdir = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      /**
       * Returns the path that has been defined. Note that this path may
       * be absolute or relative depending on what was written in the
       * instruction.
       *
       * @return the working directory's path, or null if this
       *         instruction has no arguments
       */
      getPath() {
        return this.getArgumentsContent();
      }
      /**
       * Returns the absolute path that this instruction resolves to. The
       * function will inspect prior WORKDIR instructions in the current
       * image or another build stage in the Dockerfile to try to
       * determine this.
       *
       * @return the absolute path of the working directory, or null if
       *         this instruction has no arguments, or undefined if it
       *         cannot be determined because only relative paths could be
       *         found
       */
      getAbsolutePath() {
        const path = this.getPath();
        if (path === null || path.startsWith("/")) {
          return path;
        }
        const startLine = this.getRange().start.line;
        const hierarchy = this.dockerfile.getStageHierarchy(startLine);
        for (let i2 = hierarchy.length - 1; i2 >= 0; i2--) {
          const workdirs = hierarchy[i2].getWORKDIRs();
          for (let j = workdirs.length - 1; j >= 0; j--) {
            if (workdirs[j].getRange().start.line < startLine) {
              const parent = workdirs[j].getAbsolutePath();
              if (parent === void 0 || parent === null) {
                return void 0;
              }
              return parent.endsWith("/") ? parent + path : parent + "/" + path;
            }
          }
        }
        return void 0;
      }
    };
    exports.Workdir = Workdir;
  }
});

// node_modules/dockerfile-ast/lib/instructions/user.js
var require_user = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/user.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.User = void 0;
    var instruction_1 = require_instruction();
    var User = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.User = User;
  }
});

// node_modules/dockerfile-ast/lib/instructions/volume.js
var require_volume = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/volume.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Volume = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Volume = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Volume = Volume;
  }
});

// node_modules/dockerfile-ast/lib/imageTemplate.js
var require_imageTemplate = __commonJS({
  "node_modules/dockerfile-ast/lib/imageTemplate.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ImageTemplate = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var onbuild_1 = require_onbuild();
    var util_1 = require_util();
    var workdir_1 = require_workdir();
    var ImageTemplate = class {
      constructor() {
        this.comments = [];
        this.instructions = [];
      }
      addComment(comment) {
        this.comments.push(comment);
      }
      getComments() {
        return this.comments;
      }
      addInstruction(instruction) {
        this.instructions.push(instruction);
      }
      getInstructions() {
        return this.instructions;
      }
      getInstructionAt(line2) {
        for (let instruction of this.instructions) {
          if (util_1.Util.isInsideRange(vscode_languageserver_types_1.Position.create(line2, 0), instruction.getRange())) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the ARG instructions that are defined in this image.
       */
      getARGs() {
        let args2 = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof arg_1.Arg) {
            args2.push(instruction);
          }
        }
        return args2;
      }
      /**
       * Gets all the CMD instructions that are defined in this image.
       */
      getCMDs() {
        let cmds = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof cmd_1.Cmd) {
            cmds.push(instruction);
          }
        }
        return cmds;
      }
      /**
       * Gets all the COPY instructions that are defined in this image.
       */
      getCOPYs() {
        let copies = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof copy_1.Copy) {
            copies.push(instruction);
          }
        }
        return copies;
      }
      /**
       * Gets all the ENTRYPOINT instructions that are defined in this image.
       */
      getENTRYPOINTs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof entrypoint_1.Entrypoint) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the ENV instructions that are defined in this image.
       */
      getENVs() {
        let args2 = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof env_1.Env) {
            args2.push(instruction);
          }
        }
        return args2;
      }
      getFROM() {
        for (const instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the FROM instructions that are defined in this image.
       */
      getFROMs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the HEALTHCHECK instructions that are defined in this image.
       */
      getHEALTHCHECKs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof healthcheck_1.Healthcheck) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      getWORKDIRs() {
        const workdirs = [];
        for (const instruction of this.instructions) {
          if (instruction instanceof workdir_1.Workdir) {
            workdirs.push(instruction);
          }
        }
        return workdirs;
      }
      getOnbuildTriggers() {
        let triggers2 = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof onbuild_1.Onbuild) {
            let trigger = instruction.getTriggerInstruction();
            if (trigger) {
              triggers2.push(trigger);
            }
          }
        }
        return triggers2;
      }
      getAvailableVariables(currentLine) {
        const variables = [];
        for (const arg of this.getARGs()) {
          if (arg.isBefore(currentLine)) {
            const property = arg.getProperty();
            if (property) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        for (const env of this.getENVs()) {
          if (env.isBefore(currentLine)) {
            for (const property of env.getProperties()) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        return variables;
      }
      /**
       * Resolves a variable with the given name at the specified line
       * to its value. If null is returned, then the variable has been
       * defined but no value was given. If undefined is returned, then
       * a variable with the given name has not been defined yet as of
       * the given line.
       *
       * @param variable the name of the variable to resolve
       * @param line the line number that the variable is on, zero-based
       * @return the value of the variable as defined by an ARG or ENV
       *         instruction, or null if no value has been specified, or
       *         undefined if a variable with the given name has not
       *         been defined
       */
      resolveVariable(variable, line2) {
        let envs = this.getENVs();
        for (let i2 = envs.length - 1; i2 >= 0; i2--) {
          if (envs[i2].isBefore(line2)) {
            for (let property of envs[i2].getProperties()) {
              if (property.getName() === variable) {
                return property.getValue();
              }
            }
          }
        }
        let args2 = this.getARGs();
        for (let i2 = args2.length - 1; i2 >= 0; i2--) {
          if (args2[i2].isBefore(line2)) {
            let property = args2[i2].getProperty();
            if (property && property.getName() === variable) {
              return property.getValue();
            }
          }
        }
        return void 0;
      }
      getRange() {
        const instructions = this.getInstructions();
        if (instructions.length === 0) {
          return vscode_languageserver_types_1.Range.create(0, 0, 0, 0);
        }
        const instructionStart = instructions[0].getRange().start;
        const instructionEnd = instructions[instructions.length - 1].getRange().end;
        return vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
      }
      contains(position) {
        const range = this.getRange();
        if (range === null) {
          return false;
        }
        return util_1.Util.isInsideRange(position, range);
      }
    };
    exports.ImageTemplate = ImageTemplate;
  }
});

// node_modules/dockerfile-ast/lib/dockerfile.js
var require_dockerfile = __commonJS({
  "node_modules/dockerfile-ast/lib/dockerfile.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Dockerfile = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var ast = require_main();
    var imageTemplate_1 = require_imageTemplate();
    var from_1 = require_from();
    var util_1 = require_util();
    var main_1 = require_main();
    var Dockerfile = class extends imageTemplate_1.ImageTemplate {
      constructor(document) {
        super();
        this.initialInstructions = new imageTemplate_1.ImageTemplate();
        this.buildStages = [];
        this.directives = [];
        this.foundFrom = false;
        this.document = document;
      }
      getEscapeCharacter() {
        for (const directive of this.directives) {
          if (directive.getDirective() === ast.Directive.escape) {
            const value = directive.getValue();
            if (value === "\\" || value === "`") {
              return value;
            }
          }
        }
        return "\\";
      }
      getInitialARGs() {
        return this.initialInstructions.getARGs();
      }
      getContainingImage(position) {
        let range = vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(0, 0), this.document.positionAt(this.document.getText().length));
        if (!util_1.Util.isInsideRange(position, range)) {
          return null;
        }
        if (this.initialInstructions.getComments().length > 0 || this.initialInstructions.getInstructions().length > 0) {
          if (util_1.Util.isInsideRange(position, this.initialInstructions.getRange())) {
            return this.initialInstructions;
          }
        }
        for (const buildStage of this.buildStages) {
          if (util_1.Util.isInsideRange(position, buildStage.getRange())) {
            return buildStage;
          }
        }
        return this;
      }
      addInstruction(instruction) {
        if (instruction.getKeyword() === main_1.Keyword.FROM) {
          this.currentBuildStage = new imageTemplate_1.ImageTemplate();
          this.buildStages.push(this.currentBuildStage);
          this.foundFrom = true;
        } else if (!this.foundFrom) {
          this.initialInstructions.addInstruction(instruction);
        }
        if (this.foundFrom) {
          this.currentBuildStage.addInstruction(instruction);
        }
        super.addInstruction(instruction);
      }
      setDirectives(directives) {
        this.directives = directives;
      }
      getDirective() {
        return this.directives.length === 0 ? null : this.directives[0];
      }
      getDirectives() {
        return this.directives;
      }
      resolveVariable(variable, line2) {
        for (let from of this.getFROMs()) {
          let range = from.getRange();
          if (range.start.line <= line2 && line2 <= range.end.line) {
            let initialARGs = new imageTemplate_1.ImageTemplate();
            for (let instruction of this.initialInstructions.getARGs()) {
              initialARGs.addInstruction(instruction);
            }
            return initialARGs.resolveVariable(variable, line2);
          }
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line2, 0));
        if (image === null) {
          return void 0;
        }
        let resolvedVariable = image.resolveVariable(variable, line2);
        if (resolvedVariable === null) {
          let initialARGs = new imageTemplate_1.ImageTemplate();
          for (let instruction of this.initialInstructions.getARGs()) {
            initialARGs.addInstruction(instruction);
          }
          return initialARGs.resolveVariable(variable, line2);
        }
        return resolvedVariable;
      }
      getAvailableVariables(currentLine) {
        if (this.getInstructionAt(currentLine) instanceof from_1.From) {
          let variables = [];
          for (let arg of this.getInitialARGs()) {
            let property = arg.getProperty();
            if (property) {
              variables.push(property.getName());
            }
          }
          return variables;
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(currentLine, 0));
        return image ? image.getAvailableVariables(currentLine) : [];
      }
      getParentStage(image) {
        const templateFrom = image.getFROM();
        const imageName = templateFrom === null ? null : templateFrom.getImageName();
        if (imageName === null) {
          return null;
        }
        for (const from of this.getFROMs()) {
          if (from.getBuildStage() === imageName) {
            const range = from.getRange();
            if (range.start.line === templateFrom.getRange().start.line) {
              return null;
            }
            return this.getContainingImage(range.start);
          }
        }
        return null;
      }
      getStageHierarchy(line2) {
        const image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line2, 0));
        if (image === null) {
          return [];
        }
        const stages = [image];
        let stage = this.getParentStage(image);
        while (stage !== null) {
          stages.splice(0, 0, stage);
          stage = this.getParentStage(stage);
        }
        return stages;
      }
      getAvailableWorkingDirectories(line2) {
        const availableDirectories = /* @__PURE__ */ new Set();
        for (const image of this.getStageHierarchy(line2)) {
          for (const workdir of image.getWORKDIRs()) {
            if (workdir.getRange().end.line < line2) {
              let directory = workdir.getAbsolutePath();
              if (directory !== void 0 && directory !== null) {
                if (!directory.endsWith("/")) {
                  directory += "/";
                }
                availableDirectories.add(directory);
              }
            }
          }
        }
        return Array.from(availableDirectories);
      }
      /**
       * Internally reorganize the comments in the Dockerfile and allocate
       * them to the relevant build stages that they belong to.
       */
      organizeComments() {
        const comments = this.getComments();
        for (let i2 = 0; i2 < comments.length; i2++) {
          if (util_1.Util.isInsideRange(comments[i2].getRange().end, this.initialInstructions.getRange())) {
            this.initialInstructions.addComment(comments[i2]);
          } else {
            for (const buildStage of this.buildStages) {
              if (util_1.Util.isInsideRange(comments[i2].getRange().start, buildStage.getRange())) {
                buildStage.addComment(comments[i2]);
              }
            }
          }
        }
      }
      getRange() {
        const comments = this.getComments();
        const instructions = this.getInstructions();
        let range = null;
        if (comments.length === 0) {
          if (instructions.length > 0) {
            range = vscode_languageserver_types_1.Range.create(instructions[0].getRange().start, instructions[instructions.length - 1].getRange().end);
          }
        } else if (instructions.length === 0) {
          range = vscode_languageserver_types_1.Range.create(comments[0].getRange().start, comments[comments.length - 1].getRange().end);
        } else {
          const commentStart = comments[0].getRange().start;
          const commentEnd = comments[comments.length - 1].getRange().end;
          const instructionStart = instructions[0].getRange().start;
          const instructionEnd = instructions[instructions.length - 1].getRange().end;
          if (commentStart.line < instructionStart.line) {
            if (commentEnd.line < instructionEnd.line) {
              range = vscode_languageserver_types_1.Range.create(commentStart, instructionEnd);
            }
            range = vscode_languageserver_types_1.Range.create(commentStart, commentEnd);
          } else if (commentEnd.line < instructionEnd.line) {
            range = vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
          } else {
            range = vscode_languageserver_types_1.Range.create(instructionStart, commentEnd);
          }
        }
        if (range === null) {
          if (this.directives.length === 0) {
            return null;
          }
          return this.directives[0].getRange();
        } else if (this.directives.length === 0) {
          return range;
        }
        return vscode_languageserver_types_1.Range.create(this.directives[0].getRange().start, range.end);
      }
    };
    exports.Dockerfile = Dockerfile;
  }
});

// node_modules/dockerfile-ast/lib/parser.js
var require_parser = __commonJS({
  "node_modules/dockerfile-ast/lib/parser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Parser = void 0;
    var vscode_languageserver_textdocument_1 = (init_main2(), __toCommonJS(main_exports2));
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var comment_1 = require_comment();
    var parserDirective_1 = require_parserDirective();
    var instruction_1 = require_instruction();
    var add_1 = require_add();
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var label_1 = require_label();
    var onbuild_1 = require_onbuild();
    var run_1 = require_run();
    var shell_1 = require_shell();
    var stopsignal_1 = require_stopsignal();
    var workdir_1 = require_workdir();
    var user_1 = require_user();
    var volume_1 = require_volume();
    var dockerfile_1 = require_dockerfile();
    var util_1 = require_util();
    var main_1 = require_main();
    var Parser2 = class _Parser {
      constructor() {
        this.escapeChar = null;
      }
      static createInstruction(document, dockerfile, escapeChar, lineRange, instruction, instructionRange) {
        switch (instruction.toUpperCase()) {
          case "ADD":
            return new add_1.Add(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ARG":
            return new arg_1.Arg(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "CMD":
            return new cmd_1.Cmd(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "COPY":
            return new copy_1.Copy(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENTRYPOINT":
            return new entrypoint_1.Entrypoint(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENV":
            return new env_1.Env(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "FROM":
            return new from_1.From(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "HEALTHCHECK":
            return new healthcheck_1.Healthcheck(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "LABEL":
            return new label_1.Label(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ONBUILD":
            return new onbuild_1.Onbuild(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "RUN":
            return new run_1.Run(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "SHELL":
            return new shell_1.Shell(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "STOPSIGNAL":
            return new stopsignal_1.Stopsignal(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "WORKDIR":
            return new workdir_1.Workdir(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "USER":
            return new user_1.User(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "VOLUME":
            return new volume_1.Volume(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
        }
        return new instruction_1.Instruction(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
      }
      getParserDirectives(document, buffer) {
        const directives = [];
        this.escapeChar = "";
        const offset = util_1.Util.isUTF8BOM(buffer.substring(0, 1)) ? 1 : 0;
        directiveCheck: for (let i2 = offset; i2 < buffer.length; i2++) {
          switch (buffer.charAt(i2)) {
            case " ":
            case "	":
              break;
            case "\r":
            case "\n":
              break directiveCheck;
            case "#":
              let directiveStart = -1;
              let directiveEnd = -1;
              for (let j = i2 + 1; j < buffer.length; j++) {
                let char = buffer.charAt(j);
                switch (char) {
                  case " ":
                  case "	":
                    if (directiveStart !== -1 && directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    break;
                  case "\r":
                  case "\n":
                    break directiveCheck;
                  case "=":
                    let valueStart = -1;
                    let valueEnd = -1;
                    if (directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    let lineEnd = buffer.length;
                    directiveValue: for (let k = j + 1; k < buffer.length; k++) {
                      char = buffer.charAt(k);
                      switch (char) {
                        case "\r":
                        case "\n":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          lineEnd = k;
                          break directiveValue;
                        case "	":
                        case " ":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          continue;
                        default:
                          if (valueStart === -1) {
                            valueStart = k;
                          }
                          break;
                      }
                    }
                    if (directiveStart === -1) {
                      break directiveCheck;
                    }
                    if (valueStart === -1) {
                      valueStart = j + 1;
                      valueEnd = lineEnd;
                    } else if (valueEnd === -1) {
                      valueEnd = buffer.length;
                    }
                    const lineRange = vscode_languageserver_types_1.Range.create(document.positionAt(i2), document.positionAt(lineEnd));
                    const nameRange = vscode_languageserver_types_1.Range.create(document.positionAt(directiveStart), document.positionAt(directiveEnd));
                    const valueRange = vscode_languageserver_types_1.Range.create(document.positionAt(valueStart), document.positionAt(valueEnd));
                    directives.push(new parserDirective_1.ParserDirective(document, lineRange, nameRange, valueRange));
                    directiveStart = -1;
                    if (buffer.charAt(valueEnd) === "\r") {
                      i2 = valueEnd + 1;
                    } else {
                      i2 = valueEnd;
                    }
                    continue directiveCheck;
                  default:
                    if (directiveStart === -1) {
                      directiveStart = j;
                    }
                    break;
                }
              }
              break;
            default:
              break directiveCheck;
          }
        }
        return directives;
      }
      parse(buffer) {
        this.document = vscode_languageserver_textdocument_1.TextDocument.create("", "", 0, buffer);
        this.buffer = buffer;
        let dockerfile = new dockerfile_1.Dockerfile(this.document);
        let directives = this.getParserDirectives(this.document, this.buffer);
        let offset = 0;
        this.escapeChar = "\\";
        if (directives.length > 0) {
          dockerfile.setDirectives(directives);
          this.escapeChar = dockerfile.getEscapeCharacter();
          offset = this.document.offsetAt(vscode_languageserver_types_1.Position.create(directives.length, 0));
        } else if (util_1.Util.isUTF8BOM(buffer.substring(0, 1))) {
          offset = 1;
        }
        for (let i2 = offset; i2 < this.buffer.length; i2++) {
          const char = this.buffer.charAt(i2);
          switch (char) {
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "#":
              i2 = this.processComment(dockerfile, i2);
              break;
            default:
              i2 = this.processInstruction(dockerfile, char, i2);
              break;
          }
        }
        dockerfile.organizeComments();
        return dockerfile;
      }
      processInstruction(dockerfile, char, start2) {
        let instruction = char;
        let instructionEnd = -1;
        let escapedInstruction = false;
        instructionCheck: for (let i2 = start2 + 1; i2 < this.buffer.length; i2++) {
          char = this.buffer.charAt(i2);
          switch (char) {
            case this.escapeChar:
              escapedInstruction = true;
              char = this.buffer.charAt(i2 + 1);
              if (char === "\r" || char === "\n") {
                if (instructionEnd === -1) {
                  instructionEnd = i2;
                }
                i2++;
              } else if (char === " " || char === "	") {
                for (let j = i2 + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i2 = j;
                      continue instructionCheck;
                    default:
                      instructionEnd = i2 + 1;
                      instruction = instruction + this.escapeChar;
                      i2 = j - 2;
                      continue instructionCheck;
                  }
                }
                instructionEnd = i2 + 1;
                instruction = instruction + this.escapeChar;
                break instructionCheck;
              } else {
                instructionEnd = i2 + 1;
                instruction = instruction + this.escapeChar;
                escapedInstruction = false;
              }
              break;
            case " ":
            case "	":
              if (escapedInstruction) {
                escapeCheck: for (let j = i2 + 1; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i2 = j;
                      continue instructionCheck;
                    default:
                      break escapeCheck;
                  }
                }
                escapedInstruction = false;
              }
              if (instructionEnd === -1) {
                instructionEnd = i2;
              }
              i2 = this.processArguments(dockerfile, instruction, instructionEnd, start2, i2);
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start2, instructionEnd, i2));
              return i2;
            case "\r":
            case "\n":
              if (escapedInstruction) {
                continue;
              }
              if (instructionEnd === -1) {
                instructionEnd = i2;
              }
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start2, i2, i2));
              return i2;
            case "#":
              if (escapedInstruction) {
                continue;
              }
            default:
              instructionEnd = i2 + 1;
              instruction = instruction + char;
              escapedInstruction = false;
              break;
          }
        }
        if (instructionEnd === -1) {
          instructionEnd = this.buffer.length;
        }
        dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start2, instructionEnd, this.buffer.length));
        return this.buffer.length;
      }
      processHeredocs(instruction, offset) {
        let keyword = instruction.getKeyword();
        if (keyword === main_1.Keyword.ONBUILD) {
          instruction = instruction.getTriggerInstruction();
          if (instruction === null) {
            return offset;
          }
          keyword = instruction.getKeyword();
        }
        if (keyword !== main_1.Keyword.ADD && keyword !== main_1.Keyword.COPY && keyword !== main_1.Keyword.RUN) {
          return offset;
        }
        const heredocs = [];
        let tabbed = false;
        for (const arg of instruction.getArguments()) {
          const value = arg.getValue();
          if (value.startsWith("<<") && value.length > 2) {
            if (value.startsWith("<<-")) {
              tabbed = true;
            }
            const name2 = util_1.Util.parseHeredocName(value);
            if (name2 !== null) {
              heredocs.push(name2);
            }
          }
        }
        if (heredocs.length > 0) {
          for (const heredoc of heredocs) {
            offset = this.parseHeredoc(heredoc, offset, tabbed);
          }
        }
        return offset;
      }
      processArguments(dockerfile, instruction, instructionEnd, start2, offset) {
        let escaped = false;
        argumentsCheck: for (let i2 = offset + 1; i2 < this.buffer.length; i2++) {
          switch (this.buffer.charAt(i2)) {
            case "\r":
            case "\n":
              if (escaped) {
                continue;
              }
              return this.processHeredocs(this.createInstruction(dockerfile, instruction, start2, instructionEnd, i2), i2);
            case this.escapeChar:
              const next = this.buffer.charAt(i2 + 1);
              if (next === "\n" || next === "\r") {
                escaped = true;
                i2++;
              } else if (next === " " || next === "	") {
                for (let j = i2 + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      escaped = true;
                    default:
                      i2 = j;
                      continue argumentsCheck;
                  }
                }
                return this.buffer.length;
              }
              continue;
            case "#":
              if (escaped) {
                i2 = this.processComment(dockerfile, i2);
                continue argumentsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            default:
              if (escaped) {
                escaped = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      processComment(dockerfile, start2) {
        let end = this.buffer.length;
        commentLoop: for (let i2 = start2 + 1; i2 < this.buffer.length; i2++) {
          switch (this.buffer.charAt(i2)) {
            case "\r":
            case "\n":
              end = i2;
              break commentLoop;
          }
        }
        const range = vscode_languageserver_types_1.Range.create(this.document.positionAt(start2), this.document.positionAt(end));
        dockerfile.addComment(new comment_1.Comment(this.document, range));
        return end;
      }
      parseHeredoc(heredocName, offset, tabbed) {
        let startWord = -1;
        let lineStart = true;
        for (let i2 = offset; i2 < this.buffer.length; i2++) {
          switch (this.buffer.charAt(i2)) {
            case " ":
              lineStart = false;
              break;
            case "	":
              if (!tabbed) {
                lineStart = false;
              }
              break;
            case "\r":
            case "\n":
              if (startWord !== -1 && heredocName === this.buffer.substring(startWord, i2)) {
                return i2;
              }
              startWord = -1;
              lineStart = true;
              break;
            default:
              if (lineStart) {
                startWord = i2;
                lineStart = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      createInstruction(dockerfile, instruction, start2, instructionEnd, end) {
        const startPosition = this.document.positionAt(start2);
        const instructionRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(instructionEnd));
        const lineRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(end));
        return _Parser.createInstruction(this.document, dockerfile, this.escapeChar, lineRange, instruction, instructionRange);
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/dockerfile-ast/lib/main.js
var require_main = __commonJS({
  "node_modules/dockerfile-ast/lib/main.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DockerfileParser = exports.DefaultVariables = exports.Directive = exports.Keyword = exports.Workdir = exports.Volume = exports.User = exports.Stopsignal = exports.Shell = exports.Run = exports.PropertyInstruction = exports.Onbuild = exports.ModifiableInstruction = exports.Label = exports.JSONInstruction = exports.Heredoc = exports.Healthcheck = exports.From = exports.Env = exports.Entrypoint = exports.Copy = exports.Cmd = exports.Arg = exports.Add = exports.Variable = exports.Property = exports.ParserDirective = exports.Line = exports.Instruction = exports.Flag = exports.Comment = exports.JSONArgument = exports.Argument = void 0;
    var argument_1 = require_argument();
    Object.defineProperty(exports, "Argument", { enumerable: true, get: function() {
      return argument_1.Argument;
    } });
    var jsonArgument_1 = require_jsonArgument();
    Object.defineProperty(exports, "JSONArgument", { enumerable: true, get: function() {
      return jsonArgument_1.JSONArgument;
    } });
    var comment_1 = require_comment();
    Object.defineProperty(exports, "Comment", { enumerable: true, get: function() {
      return comment_1.Comment;
    } });
    var parser_1 = require_parser();
    var flag_1 = require_flag();
    Object.defineProperty(exports, "Flag", { enumerable: true, get: function() {
      return flag_1.Flag;
    } });
    var instruction_1 = require_instruction();
    Object.defineProperty(exports, "Instruction", { enumerable: true, get: function() {
      return instruction_1.Instruction;
    } });
    var line_1 = require_line();
    Object.defineProperty(exports, "Line", { enumerable: true, get: function() {
      return line_1.Line;
    } });
    var parserDirective_1 = require_parserDirective();
    Object.defineProperty(exports, "ParserDirective", { enumerable: true, get: function() {
      return parserDirective_1.ParserDirective;
    } });
    var property_1 = require_property();
    Object.defineProperty(exports, "Property", { enumerable: true, get: function() {
      return property_1.Property;
    } });
    var variable_1 = require_variable();
    Object.defineProperty(exports, "Variable", { enumerable: true, get: function() {
      return variable_1.Variable;
    } });
    var add_1 = require_add();
    Object.defineProperty(exports, "Add", { enumerable: true, get: function() {
      return add_1.Add;
    } });
    var arg_1 = require_arg();
    Object.defineProperty(exports, "Arg", { enumerable: true, get: function() {
      return arg_1.Arg;
    } });
    var cmd_1 = require_cmd();
    Object.defineProperty(exports, "Cmd", { enumerable: true, get: function() {
      return cmd_1.Cmd;
    } });
    var copy_1 = require_copy();
    Object.defineProperty(exports, "Copy", { enumerable: true, get: function() {
      return copy_1.Copy;
    } });
    var entrypoint_1 = require_entrypoint();
    Object.defineProperty(exports, "Entrypoint", { enumerable: true, get: function() {
      return entrypoint_1.Entrypoint;
    } });
    var env_1 = require_env();
    Object.defineProperty(exports, "Env", { enumerable: true, get: function() {
      return env_1.Env;
    } });
    var from_1 = require_from();
    Object.defineProperty(exports, "From", { enumerable: true, get: function() {
      return from_1.From;
    } });
    var healthcheck_1 = require_healthcheck();
    Object.defineProperty(exports, "Healthcheck", { enumerable: true, get: function() {
      return healthcheck_1.Healthcheck;
    } });
    var heredoc_1 = require_heredoc();
    Object.defineProperty(exports, "Heredoc", { enumerable: true, get: function() {
      return heredoc_1.Heredoc;
    } });
    var jsonInstruction_1 = require_jsonInstruction();
    Object.defineProperty(exports, "JSONInstruction", { enumerable: true, get: function() {
      return jsonInstruction_1.JSONInstruction;
    } });
    var label_1 = require_label();
    Object.defineProperty(exports, "Label", { enumerable: true, get: function() {
      return label_1.Label;
    } });
    var modifiableInstruction_1 = require_modifiableInstruction();
    Object.defineProperty(exports, "ModifiableInstruction", { enumerable: true, get: function() {
      return modifiableInstruction_1.ModifiableInstruction;
    } });
    var onbuild_1 = require_onbuild();
    Object.defineProperty(exports, "Onbuild", { enumerable: true, get: function() {
      return onbuild_1.Onbuild;
    } });
    var propertyInstruction_1 = require_propertyInstruction();
    Object.defineProperty(exports, "PropertyInstruction", { enumerable: true, get: function() {
      return propertyInstruction_1.PropertyInstruction;
    } });
    var run_1 = require_run();
    Object.defineProperty(exports, "Run", { enumerable: true, get: function() {
      return run_1.Run;
    } });
    var shell_1 = require_shell();
    Object.defineProperty(exports, "Shell", { enumerable: true, get: function() {
      return shell_1.Shell;
    } });
    var stopsignal_1 = require_stopsignal();
    Object.defineProperty(exports, "Stopsignal", { enumerable: true, get: function() {
      return stopsignal_1.Stopsignal;
    } });
    var user_1 = require_user();
    Object.defineProperty(exports, "User", { enumerable: true, get: function() {
      return user_1.User;
    } });
    var volume_1 = require_volume();
    Object.defineProperty(exports, "Volume", { enumerable: true, get: function() {
      return volume_1.Volume;
    } });
    var workdir_1 = require_workdir();
    Object.defineProperty(exports, "Workdir", { enumerable: true, get: function() {
      return workdir_1.Workdir;
    } });
    var Keyword;
    (function(Keyword2) {
      Keyword2["ADD"] = "ADD";
      Keyword2["ARG"] = "ARG";
      Keyword2["CMD"] = "CMD";
      Keyword2["COPY"] = "COPY";
      Keyword2["ENTRYPOINT"] = "ENTRYPOINT";
      Keyword2["ENV"] = "ENV";
      Keyword2["EXPOSE"] = "EXPOSE";
      Keyword2["FROM"] = "FROM";
      Keyword2["HEALTHCHECK"] = "HEALTHCHECK";
      Keyword2["LABEL"] = "LABEL";
      Keyword2["MAINTAINER"] = "MAINTAINER";
      Keyword2["ONBUILD"] = "ONBUILD";
      Keyword2["RUN"] = "RUN";
      Keyword2["SHELL"] = "SHELL";
      Keyword2["STOPSIGNAL"] = "STOPSIGNAL";
      Keyword2["USER"] = "USER";
      Keyword2["VOLUME"] = "VOLUME";
      Keyword2["WORKDIR"] = "WORKDIR";
    })(Keyword || (exports.Keyword = Keyword = {}));
    var Directive;
    (function(Directive2) {
      Directive2["escape"] = "escape";
      Directive2["syntax"] = "syntax";
    })(Directive || (exports.Directive = Directive = {}));
    exports.DefaultVariables = [
      "ALL_PROXY",
      "all_proxy",
      "FTP_PROXY",
      "ftp_proxy",
      "HTTP_PROXY",
      "http_proxy",
      "HTTPS_PROXY",
      "https_proxy",
      "NO_PROXY",
      "no_proxy"
    ];
    var DockerfileParser2;
    (function(DockerfileParser3) {
      function parse2(content) {
        let parser2 = new parser_1.Parser();
        return parser2.parse(content);
      }
      DockerfileParser3.parse = parse2;
    })(DockerfileParser2 || (exports.DockerfileParser = DockerfileParser2 = {}));
  }
});

// packages/iac-scan/src/rules.ts
var R = (id, severity, title, aliases, explanation, fix) => ({
  id,
  severity,
  title,
  aliases,
  explanation,
  fix
});
var trivy = (id, long) => [id, `AVD-${id}`, ...long ? [long] : []];
var ksv = (n) => [`KSV-${String(n).padStart(4, "0")}`, `KSV${String(n).padStart(3, "0")}`, `AVD-KSV-${String(n).padStart(4, "0")}`];
var RULES = [
  // Terraform / CloudFormation: storage, ML platforms, registries.
  R(
    "IAC-TF-001",
    "critical",
    "S3 bucket is public through its ACL",
    ["CKV_AWS_20", "CKV_AWS_57", ...trivy("AWS-0092", "aws-s3-no-public-access-with-acl")],
    "A public-read or public-read-write canned ACL lets anyone on the internet list and download (or overwrite) the bucket: training data, feature stores and model artifacts leak or get poisoned.",
    'Set `acl = "private"` (or remove the ACL and use bucket ownership controls `BucketOwnerEnforced`); grant access with IAM policies instead.'
  ),
  R(
    "IAC-TF-002",
    "high",
    "S3 bucket lacks a complete public access block",
    ["CKV2_AWS_6", "CKV_AWS_53", "CKV_AWS_54", "CKV_AWS_55", "CKV_AWS_56", ...trivy("AWS-0086", "aws-s3-block-public-acls"), ...trivy("AWS-0087", "aws-s3-block-public-policy"), ...trivy("AWS-0091", "aws-s3-ignore-public-acls"), ...trivy("AWS-0093", "aws-s3-no-public-buckets"), ...trivy("AWS-0094", "aws-s3-specify-public-access-block")],
    "Without an `aws_s3_bucket_public_access_block` setting all four flags, a later ACL or policy change can make the bucket public in one step.",
    "Add `aws_s3_bucket_public_access_block` for the bucket with `block_public_acls`, `block_public_policy`, `ignore_public_acls` and `restrict_public_buckets` all `true`."
  ),
  R(
    "IAC-TF-003",
    "medium",
    "S3 bucket has no default encryption with a managed key",
    ["CKV_AWS_19", "CKV_AWS_145", ...trivy("AWS-0088", "aws-s3-enable-bucket-encryption"), ...trivy("AWS-0132", "aws-s3-encryption-customer-key")],
    "Datasets and model artifacts stored without an explicit server-side encryption configuration are not protected by a key you control, and access to them is not auditable through KMS.",
    'Add `aws_s3_bucket_server_side_encryption_configuration` with `sse_algorithm = "aws:kms"` and a customer-managed `kms_master_key_id`.'
  ),
  R(
    "IAC-TF-004",
    "medium",
    "S3 bucket has no versioning",
    ["CKV_AWS_21", ...trivy("AWS-0090", "aws-s3-enable-versioning")],
    "Without versioning, an overwritten training set or model file cannot be recovered or compared: silent data poisoning and ransomware leave no trace.",
    'Add `aws_s3_bucket_versioning` with `versioning_configuration { status = "Enabled" }`.'
  ),
  R(
    "IAC-TF-005",
    "high",
    "S3 bucket policy allows any principal",
    ["CKV_AWS_70"],
    'A statement with `Effect: Allow` and `Principal: "*"` and no condition opens the bucket to every AWS account and anonymous users.',
    "Name the principals (account or role ARNs) explicitly, or add a restrictive `Condition` (aws:SourceVpce, aws:PrincipalOrgID)."
  ),
  R(
    "IAC-TF-006",
    "medium",
    "GCS bucket without uniform bucket-level access",
    ["CKV_GCP_29", "CKV_GCP_114", ...trivy("GCP-0002", "google-storage-enable-ubla")],
    "Fine-grained object ACLs make it easy to publish a single dataset object by mistake and hard to audit who can read it.",
    'Set `uniform_bucket_level_access = true` and `public_access_prevention = "enforced"`.'
  ),
  R(
    "IAC-TF-007",
    "critical",
    "GCS bucket IAM grants access to allUsers or allAuthenticatedUsers",
    ["CKV_GCP_28", ...trivy("GCP-0001", "google-storage-no-public-access")],
    "Binding a role to `allUsers` or `allAuthenticatedUsers` makes the bucket readable (or writable) by anyone with a Google account or by anyone at all.",
    "Bind roles to named service accounts or groups only."
  ),
  R(
    "IAC-TF-008",
    "high",
    "Azure storage allows public blob or container access",
    ["CKV_AZURE_59", "CKV_AZURE_190", "CKV_AZURE_34", "CKV2_AZURE_47", ...trivy("AZU-0007", "azure-storage-no-public-access")],
    "A storage account that allows nested items to be public, or a container with `blob`/`container` access, serves its data anonymously.",
    'Set `allow_nested_items_to_be_public = false` on the account and `container_access_type = "private"` on containers.'
  ),
  R(
    "IAC-TF-009",
    "high",
    "Azure storage allows HTTP or TLS older than 1.2",
    ["CKV_AZURE_3", "CKV_AZURE_44", ...trivy("AZU-0008", "azure-storage-enforce-https"), ...trivy("AZU-0011", "azure-storage-use-secure-tls-policy")],
    "Plain HTTP or TLS 1.0/1.1 exposes training data, model files and SAS tokens to anyone on the network path.",
    'Set `https_traffic_only_enabled = true` and `min_tls_version = "TLS1_2"`.'
  ),
  R(
    "IAC-TF-010",
    "high",
    "SageMaker notebook instance has direct internet access",
    ["CKV_AWS_122"],
    "A notebook with direct internet access can exfiltrate data and pull untrusted code past your VPC controls; the provider default is Enabled.",
    'Set `direct_internet_access = "Disabled"` and give the notebook a `subnet_id` with VPC endpoints or a NAT you control.'
  ),
  R(
    "IAC-TF-011",
    "high",
    "SageMaker notebook instance allows root access",
    ["CKV_AWS_307"],
    "Root in the notebook lets any user (or any malicious package they install) change the instance, read other users' credentials and persist; the default is Enabled.",
    'Set `root_access = "Disabled"`.'
  ),
  R(
    "IAC-TF-012",
    "medium",
    "SageMaker notebook or domain storage not encrypted with a customer-managed key",
    ["CKV_AWS_22", "CKV_AWS_187"],
    "Notebook volumes and Studio domains hold datasets, credentials and model checkpoints; without a CMK you cannot revoke or audit access to them.",
    "Set `kms_key_id` to a customer-managed KMS key."
  ),
  R(
    "IAC-TF-013",
    "medium",
    "SageMaker notebook outside a VPC or allowing IMDSv1",
    ["CKV_AWS_306", "CKV_AWS_371"],
    "A notebook without `subnet_id` runs in the SageMaker service network, and IMDSv1 lets SSRF in notebook code steal the execution role's credentials.",
    'Set `subnet_id` and `security_groups`, and `instance_metadata_service_configuration { minimum_instance_metadata_service_version = "2" }`.'
  ),
  R(
    "IAC-TF-014",
    "medium",
    "SageMaker endpoint configuration without KMS encryption",
    ["CKV_AWS_98"],
    "The ML storage volume attached to the model-serving instances is not encrypted with your key.",
    "Set `kms_key_arn` on `aws_sagemaker_endpoint_configuration`."
  ),
  R(
    "IAC-TF-015",
    "high",
    "SageMaker model or training step without network isolation or inter-container encryption",
    ["CKV_AWS_370"],
    "Without network isolation a model or training container (third-party code and weights) can call out to the internet and exfiltrate data; distributed training traffic is unencrypted without inter-container encryption.",
    "Set `enable_network_isolation = true` on models; in pipeline definitions set `EnableNetworkIsolation: true` and `EnableInterContainerTrafficEncryption: true` on training steps."
  ),
  R(
    "IAC-TF-016",
    "high",
    "Vertex AI notebook, workbench or endpoint reachable publicly",
    ["CKV_GCP_89", "CKV2_GCP_28", "CKV2_GCP_33", "CKV2_GCP_36"],
    "A Vertex workbench with a public IP or a public endpoint is reachable from the internet; notebooks carry service-account credentials with data access.",
    "Set `no_public_ip = true` (notebooks) or `gce_setup { disable_public_ip = true }` (workbench), and give endpoints a private `network`."
  ),
  R(
    "IAC-TF-017",
    "high",
    "Azure ML workspace public or compute with local auth",
    ["CKV_AZURE_144", "CKV_AZURE_142", "CKV2_AZURE_49"],
    "A workspace reachable from public networks, or compute accepting local (key) authentication, bypasses Entra ID and private networking.",
    "Set `public_network_access_enabled = false` on the workspace and `local_auth_enabled = false` on compute."
  ),
  R(
    "IAC-TF-018",
    "medium",
    "ECR repository with mutable tags or no scan on push",
    ["CKV_AWS_51", "CKV_AWS_163", ...trivy("AWS-0031", "aws-ecr-enforce-immutable-repository"), ...trivy("AWS-0030", "aws-ecr-enable-image-scans")],
    "Model-serving images under mutable tags can be replaced silently, and images never scanned ship known vulnerabilities.",
    'Set `image_tag_mutability = "IMMUTABLE"` and `image_scanning_configuration { scan_on_push = true }`.'
  ),
  // Kubernetes, including the pod specs inside ML custom resources.
  R(
    "IAC-K8S-001",
    "critical",
    "Privileged container",
    ["CKV_K8S_16", ...ksv(17), "privileged-container"],
    "A privileged container has every capability and all host devices: escaping to the node is trivial. GPU workloads do not need it; the device plugin exposes GPUs.",
    'Remove `privileged: true`; request GPUs with `resources.limits["nvidia.com/gpu"]`.'
  ),
  R(
    "IAC-K8S-002",
    "medium",
    "Container allows privilege escalation",
    ["CKV_K8S_20", ...ksv(1), "privilege-escalation-container"],
    "Without `allowPrivilegeEscalation: false`, setuid binaries in the image can gain more privileges than the process started with.",
    "Set `securityContext.allowPrivilegeEscalation: false` on every container."
  ),
  R(
    "IAC-K8S-003",
    "medium",
    "Container may run as root",
    ["CKV_K8S_6", "CKV_K8S_23", "CKV_K8S_40", ...ksv(12), ...ksv(105), "run-as-non-root"],
    "Many CUDA and PyTorch images run as root by default; a compromised model server or notebook then owns the container filesystem and is one bug away from the node.",
    "Set `securityContext.runAsNonRoot: true` and a non-zero `runAsUser` at pod or container level."
  ),
  R(
    "IAC-K8S-004",
    "high",
    "hostPath volume",
    ["CKV_K8S_27", ...ksv(23), "sensitive-host-mounts", "docker-sock"],
    "Mounting host paths (docker.sock, /, /etc, /dev/nvidia*, /var/lib/kubelet) gives the pod the node: container escape, credential theft, tampering with other tenants' data.",
    "Use a PersistentVolumeClaim or CSI volume for datasets; never mount the container runtime socket."
  ),
  R(
    "IAC-K8S-005",
    "high",
    "Pod shares the host network, PID or IPC namespace",
    ["CKV_K8S_17", "CKV_K8S_18", "CKV_K8S_19", ...ksv(8), ...ksv(9), ...ksv(10), "host-network", "host-pid", "host-ipc"],
    "Host namespaces let the pod see and talk to every process and port on the node. Distributed training often sets hostIPC for NCCL shared memory, which is not needed.",
    "Remove hostNetwork/hostPID/hostIPC; for NCCL mount `emptyDir: {medium: Memory}` at /dev/shm; use an RDMA device plugin instead of hostNetwork."
  ),
  R(
    "IAC-K8S-006",
    "medium",
    "Container without CPU/memory limits, or a GPU requested without a limit",
    ["CKV_K8S_11", "CKV_K8S_13", ...ksv(11), ...ksv(18), "unset-cpu-requirements", "unset-memory-requirements"],
    "Training and inference pods without limits starve their neighbours and make denial of service easy; extended resources such as nvidia.com/gpu must be set in limits to be scheduled correctly.",
    "Set `resources.limits.cpu` and `resources.limits.memory`, and put `nvidia.com/gpu` in `limits`."
  ),
  R(
    "IAC-K8S-007",
    "medium",
    "Image uses :latest or no tag",
    ["CKV_K8S_14", "CKV_K8S_43", ...ksv(13), "latest-tag"],
    "A moving tag means the model server or trainer that runs is not the one that was reviewed or scanned, and a registry compromise is picked up automatically.",
    "Pin images to a version tag and preferably a digest (`image: repo@sha256:...`)."
  ),
  R(
    "IAC-K8S-008",
    "low",
    "Service-account token automounted",
    ["CKV_K8S_38", "CKV_K8S_41", "CKV_K8S_42", ...ksv(36), "default-service-account"],
    "KServe and Kubeflow pods often carry cloud-storage credentials through their service account; an automounted token lets a compromised model server talk to the API server.",
    "Set `automountServiceAccountToken: false` unless the pod needs the API, and use a dedicated service account."
  ),
  R(
    "IAC-K8S-009",
    "high",
    "Literal secret in container environment",
    ["CKV_K8S_35", "env-var-secret"],
    "Tokens such as HF_TOKEN, WANDB_API_KEY, OPENAI_API_KEY or AWS keys written in the manifest are readable by anyone with repository or `get pods` access.",
    "Store them in a Secret (or an external secret store) and reference it with `valueFrom.secretKeyRef`."
  ),
  R(
    "IAC-K8S-010",
    "high",
    "ML service exposed without authentication",
    [],
    "InferenceServices without `networking.knative.dev/visibility: cluster-local`, Jupyter with an empty token, Ray dashboards bound to 0.0.0.0 (ShadowRay, CVE-2023-48022), MLflow or TensorBoard bound to all interfaces give anyone who reaches them code execution or model and data access.",
    "Mark the service cluster-local and put an authenticating gateway in front; never disable Jupyter tokens; bind Ray, MLflow and TensorBoard to 127.0.0.1 behind an auth proxy."
  ),
  // Dockerfile.
  R(
    "IAC-DOCKER-001",
    "medium",
    "Image runs as root",
    ["CKV_DOCKER_8", "CKV_DOCKER_3", "DL3002", ...trivy("DS-0002"), "DS002"],
    "Without a final non-root USER the model server or training job runs as root in the container.",
    "Add `USER 10001` (a non-root user created in the image) after the last step that needs root."
  ),
  R(
    "IAC-DOCKER-002",
    "medium",
    "Base image not pinned",
    ["CKV_DOCKER_7", "DL3006", "DL3007", ...trivy("DS-0001"), "DS001"],
    "FROM with `latest` or no tag rebuilds on whatever the registry serves today; pin by digest to get the image that was scanned.",
    "Use `FROM image:version@sha256:<digest>`."
  ),
  R(
    "IAC-DOCKER-003",
    "high",
    "ADD downloads a remote file without a checksum",
    ["CKV_DOCKER_4", "DL3020", ...trivy("DS-0005"), "DS005"],
    "Model weights or tools fetched with `ADD https://...` are not verified: a compromised host or a moved file changes the model that ships.",
    "Use `ADD --checksum=sha256:<digest> <url> <dest>` (BuildKit) or download with a pinned revision and verify the hash."
  ),
  R(
    "IAC-DOCKER-004",
    "high",
    "Remote script piped to a shell",
    [...trivy("DS-0014"), "DS014"],
    "`curl ... | sh` runs whatever the server returns at build time, unverified: a compromised or spoofed host owns the image.",
    "Download to a file, verify its checksum or signature, then run it."
  ),
  R(
    "IAC-DOCKER-005",
    "critical",
    "Secret in ENV or ARG",
    [...trivy("DS-0031"), "DS031"],
    "ENV and ARG values are stored in the image history and metadata: HF_TOKEN, WANDB_API_KEY or cloud keys baked in are readable by anyone who pulls the image.",
    "Use `RUN --mount=type=secret,id=hf_token` and pass the secret at build time; never ENV/ARG it."
  ),
  R(
    "IAC-DOCKER-006",
    "high",
    "Package index or TLS verification weakened",
    ["CKV2_DOCKER_4", "CKV2_DOCKER_5", "CKV2_DOCKER_16"],
    "`--extra-index-url` enables dependency confusion (the PyTorch torchtriton incident), and `--trusted-host`, PIP_TRUSTED_HOST or PYTHONHTTPSVERIFY=0 disable TLS checks for packages.",
    "Use a single `--index-url` that proxies PyPI, keep TLS verification on and install from hash-pinned requirements (`--require-hashes`)."
  ),
  R(
    "IAC-DOCKER-007",
    "high",
    "Image starts an ML service without authentication",
    [],
    "A CMD or ENTRYPOINT that starts Jupyter with an empty token, a Ray head with the dashboard on 0.0.0.0, or MLflow/TensorBoard on all interfaces ships an unauthenticated code-execution or data endpoint with every container of the image.",
    "Keep Jupyter tokens on, bind Ray/MLflow/TensorBoard to 127.0.0.1 and put an authenticating proxy in front; pass bind addresses at deploy time, not in the image."
  ),
  // GitHub Actions workflows.
  R(
    "IAC-GHA-001",
    "critical",
    "Privileged trigger runs untrusted pull-request code",
    ["dangerous-triggers", "Checkout Of Untrusted Code In Privileged Context"],
    "`pull_request_target` and `workflow_run` run with secrets and a write token; checking out or running the PR head lets any fork execute code with them.",
    "Use `pull_request` for building PR code; if a privileged follow-up is needed, pass artifacts to a `workflow_run` job that treats them as data."
  ),
  R(
    "IAC-GHA-002",
    "high",
    "Untrusted input interpolated into a script",
    ["CKV_GHA_2", "template-injection", "run_block_injection", "script_block_injection"],
    "Expressions such as `${{ github.event.pull_request.title }}` or `${{ github.head_ref }}` are pasted into the shell before it runs: a branch name becomes code (the Ultralytics compromise started this way).",
    'Pass the value through `env:` (`TITLE: ${{ github.event.pull_request.title }}`) and use `"$TITLE"` in the script.'
  ),
  R(
    "IAC-GHA-003",
    "medium",
    "Action not pinned to a full commit SHA",
    ["unpinned-uses", "unpinned_actions_full_length_commit_sha"],
    "A tag or branch can be moved by whoever controls the action repository; the next run executes their code with your token and secrets.",
    "Pin `uses:` to a 40-character commit SHA and keep the version in a comment (`# v4.2.2`); Dependabot updates both."
  ),
  R(
    "IAC-GHA-004",
    "medium",
    "Workflow token permissions too broad",
    ["CKV2_GHA_1", "excessive-permissions", "workflow_write_all_permissions"],
    "Without a top-level `permissions:` block (or with `write-all`) every job gets the repository default token scopes, often write to contents and packages.",
    "Add `permissions: contents: read` at the top and grant more per job only where needed."
  ),
  R(
    "IAC-GHA-005",
    "medium",
    "Checkout persists the token",
    ["artipacked", "missing_persist_credentials_false"],
    "`actions/checkout` writes the token into .git/config; a later step that uploads the workspace or runs untrusted code can leak it.",
    "Set `with: persist-credentials: false` on actions/checkout."
  ),
  R(
    "IAC-GHA-006",
    "high",
    "Cache used in a publishing or untrusted-trigger workflow",
    ["cache-poisoning"],
    "A cache written by an untrusted run and restored by a release or publish job lets an attacker swap build outputs: this is how the Ultralytics 8.3.41 PyPI release was poisoned.",
    'Do not restore caches in release/publish workflows (set `cache: ""`/remove actions/cache there), and never run caching steps on pull_request_target.'
  ),
  // docker-compose.
  R(
    "IAC-COMPOSE-001",
    "critical",
    "Compose service is privileged",
    ["CKV_DOCKER_privileged", "Privileged Containers Enabled"],
    "A privileged service has every capability and all host devices: a compromised notebook or model server in it owns the host running the stack.",
    "Remove `privileged: true`; use `deploy.resources.reservations.devices` for GPUs."
  ),
  R(
    "IAC-COMPOSE-002",
    "high",
    "Compose service shares host namespaces",
    ["Host Network Mode", "Shared Host IPC Namespace", "Shared Host PID Namespace"],
    "`network_mode: host`, `pid: host` or `ipc: host` removes isolation from the host: the service sees every port and process, and other services see its traffic.",
    "Use bridge networking with published ports; use `shm_size` instead of `ipc: host`."
  ),
  R(
    "IAC-COMPOSE-003",
    "critical",
    "Compose service mounts the Docker socket or a sensitive host path",
    ["Docker Socket Mounted In Container", "Volume Has Sensitive Host Directory"],
    "Mounting /var/run/docker.sock, / or /etc gives the service control of the host: it can start privileged containers and read every credential.",
    "Remove the mount; use named volumes for data."
  ),
  R(
    "IAC-COMPOSE-004",
    "medium",
    "Compose image uses :latest or no tag",
    ["Image Version Using 'latest'", "Image Version Not Explicit"],
    "A moving tag (`latest` or none) runs whatever the registry serves today, not the image that was reviewed and scanned.",
    "Pin to a version and digest."
  ),
  R(
    "IAC-COMPOSE-005",
    "high",
    "Literal secret in compose environment",
    ["Passwords And Secrets - Generic Token"],
    "Tokens (HF_TOKEN, OPENAI_API_KEY, cloud keys) written in the compose file are readable by anyone with access to the repository or its history.",
    "Use `secrets:` or an env file kept out of the repository."
  ),
  R(
    "IAC-COMPOSE-006",
    "high",
    "Compose service starts an ML service without authentication",
    [],
    "A service command that starts Jupyter with an empty token, Ray with its dashboard on 0.0.0.0, or MLflow/TensorBoard on all interfaces, with its port published, is reachable by anyone on the network.",
    "Bind to 127.0.0.1 or remove the published port, and enable authentication (Jupyter token, MLflow basic-auth app)."
  ),
  // Scanner housekeeping: parse errors and hostile inputs are findings, never crashes.
  R(
    "IAC-PARSE-001",
    "medium",
    "File could not be parsed",
    [],
    "A file that does not parse is not scanned; a misconfiguration in it would go unnoticed.",
    "Fix the syntax error at the reported line (for Helm templates, scan the `helm template` output instead)."
  ),
  R(
    "IAC-FILE-001",
    "low",
    "File skipped",
    [],
    "The file was not scanned because it is too large, not valid UTF-8, a symlink pointing outside the repository, a YAML alias bomb or a recursive module.",
    "Keep IaC files small and inside the repository; break module cycles."
  ),
  R(
    "IAC-EVAL-001",
    "info",
    "Check could not be evaluated",
    [],
    "A value depends on something the scanner cannot know (a module output, a data source, a variable without a value), so the check neither passed nor failed.",
    "Give the variable a value in a .tfvars file passed with `var-files`, or accept the unknown."
  )
];
var RULE_BY_ID = new Map(RULES.map((r) => [r.id, r]));
function rule(id) {
  const r = RULE_BY_ID.get(id);
  if (!r) throw new Error(`unknown rule ${id}`);
  return r;
}

// packages/iac-scan/src/scan.ts
var import_picomatch3 = __toESM(require_picomatch(), 1);
import { posix as posix2 } from "node:path";

// packages/iac-scan/src/hcl/value.ts
var UNKNOWN = /* @__PURE__ */ Symbol("unknown");
var Ref = class {
  constructor(address, path = []) {
    this.address = address;
    this.path = path;
  }
  address;
  path;
  toString() {
    return [this.address, ...this.path].join(".");
  }
};
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Ref);
function hasUnknown(v) {
  if (v === UNKNOWN || v instanceof Ref) return true;
  if (Array.isArray(v)) return v.some(hasUnknown);
  if (isObject(v)) return Object.values(v).some(hasUnknown);
  return false;
}
function show(v) {
  if (v === UNKNOWN) return "(unknown)";
  if (v instanceof Ref) return v.toString();
  if (typeof v === "string") return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  if (Array.isArray(v) || isObject(v)) {
    const s = JSON.stringify(v, (_k, x) => x === UNKNOWN ? "(unknown)" : x instanceof Ref ? x.toString() : x);
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
  }
  return String(v);
}
function toStr(v) {
  if (v === UNKNOWN || v instanceof Ref) return UNKNOWN;
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (v === null) return "";
  return UNKNOWN;
}
function toJson(v) {
  if (v === UNKNOWN || v instanceof Ref) return void 0;
  if (Array.isArray(v)) return v.map(toJson);
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJson(x)]));
  return v;
}
function fromJson(v) {
  if (Array.isArray(v)) return v.map(fromJson);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fromJson(x)]));
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v === null) return v;
  return UNKNOWN;
}

// packages/iac-scan/src/cloud/documents.ts
function plain(v) {
  if (v instanceof Ref) return void 0;
  if (typeof v === "symbol") return void 0;
  if (typeof v === "string") {
    try {
      return JSON.parse(v);
    } catch {
      return void 0;
    }
  }
  return typeof v === "object" && v !== null ? toJson(v) : void 0;
}
var asArray = (v) => Array.isArray(v) ? v : v === void 0 ? [] : [v];
function policyAllowsAnyone(policy2) {
  const doc = plain(policy2);
  if (!doc || typeof doc !== "object") return false;
  for (const s of asArray(doc.Statement)) {
    if (!s || typeof s !== "object") continue;
    const st = s;
    if (st.Effect !== "Allow" || st.Condition !== void 0) continue;
    const p = st.Principal;
    if (p === "*") return true;
    if (p && typeof p === "object" && asArray(p.AWS).includes("*")) return true;
  }
  return false;
}
function trainingStepProblems(definition) {
  const doc = plain(definition);
  if (!doc || typeof doc !== "object") return [];
  const out2 = [];
  for (const s of asArray(doc.Steps)) {
    if (!s || typeof s !== "object") continue;
    const step = s;
    if (step.Type !== "Training" && step.Type !== "Tuning") continue;
    const args2 = step.Arguments ?? {};
    const job = (step.Type === "Tuning" ? args2.TrainingJobDefinition : args2) ?? {};
    const name2 = typeof step.Name === "string" ? step.Name : "(unnamed)";
    const missing = [];
    if (job.EnableNetworkIsolation !== true) missing.push(`EnableNetworkIsolation is ${JSON.stringify(job.EnableNetworkIsolation ?? "not set")}`);
    if (job.EnableInterContainerTrafficEncryption !== true) missing.push(`EnableInterContainerTrafficEncryption is ${JSON.stringify(job.EnableInterContainerTrafficEncryption ?? "not set")}`);
    if (missing.length) out2.push({ step: name2, message: `${missing.join(", ")}; expected true` });
  }
  return out2;
}

// packages/iac-scan/src/k8s/podspecs.ts
var obj = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : void 0;
var at = (root, path) => path.reduce((v, k) => v == null ? void 0 : v[k], root);
function pod(doc, spec, role, extra = []) {
  const s = obj(at(doc, spec));
  if (!s) return void 0;
  const containers = [...extra];
  for (const list of ["initContainers", "containers", "ephemeralContainers"]) {
    const l = s[list];
    if (Array.isArray(l)) l.forEach((_, i2) => containers.push([...spec, list, i2]));
  }
  return { spec, containers, role };
}
var NATIVE_TEMPLATE = /* @__PURE__ */ new Set(["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "Rollout", "Notebook", "DeploymentConfig"]);
var KSERVE_COMPONENTS = ["predictor", "transformer", "explainer"];
var KSERVE_FRAMEWORKS = ["model", "sklearn", "xgboost", "tensorflow", "pytorch", "triton", "onnx", "huggingface", "lightgbm", "paddle", "pmml", "alibi", "art"];
function rayCluster(doc, base, out2) {
  const head = pod(doc, [...base, "headGroupSpec", "template", "spec"], "headGroupSpec");
  if (head) out2.push(head);
  const workers = at(doc, [...base, "workerGroupSpecs"]);
  if (Array.isArray(workers)) workers.forEach((_, i2) => {
    const w = pod(doc, [...base, "workerGroupSpecs", i2, "template", "spec"], `workerGroupSpecs[${i2}]`);
    if (w) out2.push(w);
  });
}
function podSpecs(doc) {
  const d = obj(doc);
  const kind = typeof d?.kind === "string" ? d.kind : "";
  const out2 = [];
  const push = (p) => p && out2.push(p);
  if (kind === "Pod") push(pod(doc, ["spec"], "pod"));
  else if (NATIVE_TEMPLATE.has(kind)) push(pod(doc, ["spec", "template", "spec"], "template"));
  else if (kind === "CronJob") push(pod(doc, ["spec", "jobTemplate", "spec", "template", "spec"], "jobTemplate"));
  else if (kind === "PodTemplate") push(pod(doc, ["template", "spec"], "template"));
  else if (kind === "InferenceService") {
    for (const c of KSERVE_COMPONENTS) {
      const comp = obj(at(doc, ["spec", c]));
      if (!comp) continue;
      const extra = KSERVE_FRAMEWORKS.filter((f) => obj(comp[f])).map((f) => ["spec", c, f]);
      push(pod(doc, ["spec", c], c, extra));
    }
  } else if (kind === "ServingRuntime" || kind === "ClusterServingRuntime") push(pod(doc, ["spec"], "runtime"));
  else if (kind === "SeldonDeployment") {
    const preds = at(doc, ["spec", "predictors"]);
    if (Array.isArray(preds)) preds.forEach((p, i2) => {
      const cs = obj(p)?.componentSpecs;
      if (Array.isArray(cs)) cs.forEach((_, j) => push(pod(doc, ["spec", "predictors", i2, "componentSpecs", j, "spec"], `predictors[${i2}].componentSpecs[${j}]`)));
    });
  } else if (/^(PyTorch|TF|MPI|XGBoost|Paddle|MX|JAX)Job$/.test(kind)) {
    const spec = obj(d?.spec) ?? {};
    for (const [key, v] of Object.entries(spec)) {
      if (!/ReplicaSpecs$/.test(key) || !obj(v)) continue;
      for (const role of Object.keys(obj(v))) push(pod(doc, ["spec", key, role, "template", "spec"], `${key}.${role}`));
    }
  } else if (kind === "RayCluster") rayCluster(doc, ["spec"], out2);
  else if (kind === "RayJob") rayCluster(doc, ["spec", "rayClusterSpec"], out2);
  else if (kind === "RayService") rayCluster(doc, ["spec", "rayClusterConfig"], out2);
  else if (kind === "Workflow" || kind === "WorkflowTemplate" || kind === "ClusterWorkflowTemplate" || kind === "CronWorkflow") {
    const base = kind === "CronWorkflow" ? ["spec", "workflowSpec"] : ["spec"];
    const templates = at(doc, [...base, "templates"]);
    const extra = [];
    if (Array.isArray(templates)) templates.forEach((t, i2) => {
      for (const k of ["container", "script"]) if (obj(obj(t)?.[k])) extra.push([...base, "templates", i2, k]);
    });
    const spec = obj(at(doc, base));
    if (spec) out2.push({ spec: base, containers: extra, role: "workflow" });
  } else if (kind === "Job" || kind === "VolcanoJob") {
    push(pod(doc, ["spec", "template", "spec"], "template"));
  } else if (kind === "LeaderWorkerSet") {
    push(pod(doc, ["spec", "leaderWorkerTemplate", "leaderTemplate", "spec"], "leaderTemplate"));
    push(pod(doc, ["spec", "leaderWorkerTemplate", "workerTemplate", "spec"], "workerTemplate"));
  } else if (kind === "JobSet") {
    const jobs = at(doc, ["spec", "replicatedJobs"]);
    if (Array.isArray(jobs)) jobs.forEach((_, i2) => push(pod(doc, ["spec", "replicatedJobs", i2, "template", "spec", "template", "spec"], `replicatedJobs[${i2}]`)));
  }
  const tasks = at(doc, ["spec", "tasks"]);
  if (kind === "Job" && Array.isArray(tasks)) tasks.forEach((_, i2) => push(pod(doc, ["spec", "tasks", i2, "template", "spec"], `tasks[${i2}]`)));
  return out2;
}

// packages/iac-scan/src/cfn/checks.ts
function isCfnTemplate(v) {
  const o = obj(v);
  if (!o) return false;
  if (o.AWSTemplateFormatVersion !== void 0) return true;
  const res = obj(o.Resources);
  return !!res && Object.values(res).some((r) => typeof obj(r)?.Type === "string" && /^(AWS|Alexa|Custom)::/.test(String(obj(r).Type)));
}
var UNKNOWN2 = /* @__PURE__ */ Symbol("unknown");
function resolve(v, ctx, depth = 0) {
  if (depth > 20) return UNKNOWN2;
  const o = obj(v);
  if (!o) return Array.isArray(v) ? v.map((x) => resolve(x, ctx, depth + 1)) : v;
  const keys = Object.keys(o);
  if (keys.length === 1) {
    const k = keys[0];
    const arg = o[k];
    if (k === "Ref") {
      const p = obj(ctx.params[String(arg)]);
      if (p && p.Default !== void 0) {
        ctx.trace.push(`Ref ${String(arg)} = ${JSON.stringify(p.Default)} (${ctx.file}:${ctx.doc.lineOf(["Parameters", String(arg), "Default"])})`);
        return p.Default;
      }
      return UNKNOWN2;
    }
    if (k === "Fn::Sub") {
      const tpl = Array.isArray(arg) ? arg[0] : arg;
      const vars = Array.isArray(arg) ? obj(arg[1]) ?? {} : {};
      if (typeof tpl !== "string") return UNKNOWN2;
      let unknown = false;
      const out2 = tpl.replace(/\$\{([^}!]+)\}/g, (_m, name2) => {
        const r = name2 in vars ? resolve(vars[name2], ctx, depth + 1) : resolve({ Ref: name2 }, ctx, depth + 1);
        if (typeof r !== "string" && typeof r !== "number") unknown = true;
        return String(r);
      });
      return unknown ? UNKNOWN2 : out2;
    }
    if (k.startsWith("Fn::") || k === "Condition") return UNKNOWN2;
  }
  return Object.fromEntries(keys.map((k) => [k, resolve(o[k], ctx, depth + 1)]));
}
function checkCfnTemplate(doc, file) {
  const t = obj(doc.value);
  const params = obj(t.Parameters) ?? {};
  const resources = obj(t.Resources) ?? {};
  const hits = [];
  for (const [logical, r] of Object.entries(resources)) {
    const res = obj(r);
    if (!res) continue;
    const type = String(res.Type ?? "");
    const props = obj(res.Properties) ?? {};
    const base = ["Resources", logical];
    const headerLine = doc.lineOf(base);
    const suppressions = metadataSuppressions(res, file, doc.lineOf([...base, "Metadata"]));
    const block = { line: headerLine, endLine: headerLine + 1 };
    const fail = (ruleId, path, message, trace = []) => hits.push({
      ruleId,
      file,
      line: doc.lineOf([...base, "Properties", ...path]),
      resource: `${type} ${logical}`,
      message: `${logical} (${type}): ${message}${trace.length ? ` (${trace.join("; ")})` : ""}`,
      attrPath: path.join("."),
      block,
      suppressions,
      ...trace.length ? { trace } : {}
    });
    const prop = (path) => {
      const ctx = { params, doc, file, trace: [] };
      let v = props;
      for (const p of path) {
        const o = obj(v);
        if (!o || !(p in o)) return { state: "missing", value: void 0, trace: ctx.trace };
        v = resolve(o[p], ctx);
        if (v === UNKNOWN2) return { state: "unknown", value: void 0, trace: ctx.trace };
      }
      return { state: "known", value: v, trace: ctx.trace };
    };
    const expect = (ruleId, path, ok, expected, missing, note = "") => {
      const g = prop(path);
      if (g.state === "unknown") return;
      if (g.state === "missing") {
        if (missing === "fail") fail(ruleId, path, `${path.join(".")} is not set${note ? ` (${note})` : ""}; expected ${expected}`);
        return;
      }
      if (!ok(g.value)) fail(ruleId, path, `${path.join(".")} = ${JSON.stringify(g.value)}; expected ${expected}`, g.trace);
    };
    switch (type) {
      case "AWS::S3::Bucket": {
        expect("IAC-TF-001", ["AccessControl"], (v) => !["PublicRead", "PublicReadWrite", "AuthenticatedRead"].includes(String(v)), '"Private"', "pass");
        const pab = prop(["PublicAccessBlockConfiguration"]);
        if (pab.state === "missing") fail("IAC-TF-002", ["PublicAccessBlockConfiguration"], "PublicAccessBlockConfiguration is not set");
        else for (const f of ["BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"]) {
          expect("IAC-TF-002", ["PublicAccessBlockConfiguration", f], (v) => v === true || v === "true", "true", "fail", "defaults to false");
        }
        expect("IAC-TF-003", ["BucketEncryption"], () => true, "a ServerSideEncryptionConfiguration with aws:kms", "fail");
        expect("IAC-TF-004", ["VersioningConfiguration", "Status"], (v) => v === "Enabled", '"Enabled"', "fail");
        break;
      }
      case "AWS::S3::BucketPolicy":
        expect("IAC-TF-005", ["PolicyDocument"], (v) => !policyAllowsAnyone(v), 'named principals or a Condition (a statement allows Principal "*")', "pass");
        break;
      case "AWS::SageMaker::NotebookInstance":
        expect("IAC-TF-010", ["DirectInternetAccess"], (v) => v === "Disabled", '"Disabled"', "fail", 'defaults to "Enabled"');
        expect("IAC-TF-011", ["RootAccess"], (v) => v === "Disabled", '"Disabled"', "fail", 'defaults to "Enabled"');
        expect("IAC-TF-012", ["KmsKeyId"], (v) => typeof v === "string" && v !== "", "a customer-managed KMS key", "fail");
        expect("IAC-TF-013", ["SubnetId"], (v) => typeof v === "string" && v !== "", "a VPC subnet", "fail");
        expect("IAC-TF-013", ["InstanceMetadataServiceConfiguration", "MinimumInstanceMetadataServiceVersion"], (v) => String(v) === "2", '"2"', "fail", "IMDSv1 allowed by default");
        break;
      case "AWS::SageMaker::Domain":
        expect("IAC-TF-012", ["KmsKeyId"], (v) => typeof v === "string" && v !== "", "a customer-managed KMS key", "fail");
        break;
      case "AWS::SageMaker::EndpointConfig":
        expect("IAC-TF-014", ["KmsKeyId"], (v) => typeof v === "string" && v !== "", "a KMS key", "fail");
        break;
      case "AWS::SageMaker::Model":
        expect("IAC-TF-015", ["EnableNetworkIsolation"], (v) => v === true || v === "true", "true", "fail", "defaults to false");
        break;
      case "AWS::SageMaker::Pipeline": {
        const body2 = prop(["PipelineDefinition", "PipelineDefinitionBody"]);
        if (body2.state === "known") for (const p of trainingStepProblems(body2.value)) fail("IAC-TF-015", ["PipelineDefinition", "PipelineDefinitionBody"], `training step "${p.step}": ${p.message}`);
        break;
      }
      case "AWS::ECR::Repository":
        expect("IAC-TF-018", ["ImageTagMutability"], (v) => v === "IMMUTABLE", '"IMMUTABLE"', "fail", "defaults to MUTABLE");
        expect("IAC-TF-018", ["ImageScanningConfiguration", "ScanOnPush"], (v) => v === true || v === "true", "true", "fail", "images are not scanned by default");
        break;
    }
  }
  return hits;
}
function metadataSuppressions(res, file, line2) {
  const skip = obj(obj(res.Metadata)?.checkov)?.skip;
  if (!Array.isArray(skip)) return [];
  return skip.map((s) => obj(s)).filter((s) => !!s && typeof s.id === "string").map((s) => ({ kind: "cfn-metadata", ids: [String(s.id)], reason: String(s.comment ?? ""), file, line: line2, scope: "block" }));
}

// packages/iac-scan/src/ml/patterns.ts
function exposureProblems(command) {
  const c = command.replace(/\s+/g, " ");
  const out2 = [];
  if (/\b(jupyter|notebook|lab)\b/.test(c) && /--(NotebookApp|ServerApp|IdentityProvider)\.(token|password)\s*=\s*(''|""|\s|$)/.test(c)) {
    out2.push("Jupyter started with an empty token/password: anyone who reaches it gets a shell");
  }
  if (/\bray\b.*\bstart\b/.test(c) && /--dashboard-host[= ]\s*0\.0\.0\.0/.test(c)) {
    out2.push("Ray dashboard bound to 0.0.0.0: the Jobs API runs arbitrary code without authentication (ShadowRay, CVE-2023-48022)");
  }
  if (/\bmlflow\b.*\b(server|ui)\b/.test(c) && /(--host|-h)[= ]\s*0\.0\.0\.0/.test(c) && !/--app-name[= ]\s*basic-auth/.test(c)) {
    out2.push("MLflow server bound to 0.0.0.0 without --app-name basic-auth: models and experiments are open to anyone who reaches it");
  }
  if (/\btensorboard\b/.test(c) && (/--bind_all\b/.test(c) || /--host[= ]\s*0\.0\.0\.0/.test(c))) {
    out2.push("TensorBoard bound to all interfaces: training data and metrics are served without authentication");
  }
  return out2;
}
var SECRET_NAME = /(^|_)(TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?)($|_)|^(HF_TOKEN|HUGGING_FACE_HUB_TOKEN|WANDB_API_KEY|OPENAI_API_KEY|ANTHROPIC_API_KEY|AWS_SECRET_ACCESS_KEY|AWS_ACCESS_KEY_ID|COMET_API_KEY|NEPTUNE_API_TOKEN|MLFLOW_TRACKING_PASSWORD)$/i;
var isSecretName = (name2) => SECRET_NAME.test(name2);
function isLiteralSecret(value) {
  if (typeof value !== "string") return false;
  const v = value.trim();
  if (v.length < 4) return false;
  if (/^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(v) || /\$\{\{/.test(v) || /^<.*>$/.test(v)) return false;
  if (/^(changeme|placeholder|xxx+|redacted|none|null|true|false)$/i.test(v)) return false;
  return true;
}
var TOKEN_FORMAT = /\b(hf_[A-Za-z0-9]{30,}|AKIA[0-9A-Z]{16}|sk-[A-Za-z0-9_-]{20,}|ghp_[A-Za-z0-9]{36}|xox[baprs]-[A-Za-z0-9-]{10,})\b/;

// packages/iac-scan/src/k8s/checks.ts
function isK8sObject(v) {
  const o = obj(v);
  return !!o && typeof o.apiVersion === "string" && typeof o.kind === "string";
}
var SENSITIVE_HOST = /^\/(var\/run\/docker\.sock|run\/containerd|var\/run\/crio|etc|proc|sys|root|var\/lib\/kubelet|dev|boot)?(\/|$)|^\/dev\/nvidia/;
function checkK8sDocument(doc, file) {
  const v = doc.value;
  const o = obj(v);
  const kind = String(o.kind);
  const name2 = String(obj(o.metadata)?.name ?? "(unnamed)");
  const resource = `${kind}/${name2}`;
  const hits = [];
  const suppressions = annotationSuppressions(obj(obj(o.metadata)?.annotations), file, doc.lineOf(["metadata", "annotations"]));
  const add2 = (ruleId, path, message, attrPath) => hits.push({
    ruleId,
    file,
    line: doc.lineOf(path),
    resource,
    message: `${resource}: ${message}`,
    attrPath: attrPath ?? path.join("."),
    block: { line: doc.line, endLine: doc.endLine },
    suppressions
  });
  for (const p of podSpecs(v)) checkPod(v, p, kind, add2);
  if (kind === "InferenceService") {
    const labels = obj(obj(o.metadata)?.labels) ?? {};
    const vis = labels["networking.knative.dev/visibility"] ?? labels["networking.kserve.io/visibility"];
    if (vis !== "cluster-local") {
      add2("IAC-K8S-010", ["metadata", "labels"], "InferenceService is exposed outside the cluster (no `networking.knative.dev/visibility: cluster-local` label): the model answers anyone who reaches the ingress", "metadata.labels.visibility");
    }
    for (const c of ["predictor", "transformer", "explainer"]) {
      const comp = obj(at(v, ["spec", c])) ?? {};
      for (const [fw, spec] of Object.entries(comp)) {
        const uri = obj(spec)?.storageUri;
        if (typeof uri === "string" && uri.startsWith("http://")) add2("IAC-K8S-010", ["spec", c, fw, "storageUri"], `model is downloaded over plain HTTP (${uri}): it can be swapped in transit`);
      }
    }
  }
  for (const base of [["spec"], ["spec", "rayClusterSpec"], ["spec", "rayClusterConfig"]]) {
    if (!/^Ray(Cluster|Job|Service)$/.test(kind)) break;
    const host = at(v, [...base, "headGroupSpec", "rayStartParams", "dashboard-host"]);
    if (host === "0.0.0.0") add2("IAC-K8S-010", [...base, "headGroupSpec", "rayStartParams", "dashboard-host"], "Ray dashboard bound to 0.0.0.0: the Jobs API runs arbitrary code without authentication (ShadowRay, CVE-2023-48022)");
  }
  return hits;
}
function checkPod(doc, p, kind, add2) {
  const spec = obj(at(doc, p.spec)) ?? {};
  const podSc = obj(spec.securityContext) ?? {};
  const where = (c) => {
    const n = obj(at(doc, c))?.name;
    return `${p.role}${typeof n === "string" ? ` container "${n}"` : ` ${String(c[c.length - 1])}`}`;
  };
  for (const ns of ["hostNetwork", "hostPID", "hostIPC"]) {
    if (spec[ns] === true) {
      const note = ns === "hostIPC" ? " (for NCCL shared memory mount an `emptyDir: {medium: Memory}` at /dev/shm instead)" : ns === "hostNetwork" ? " (use an RDMA device plugin for fast interconnects instead)" : "";
      add2("IAC-K8S-005", [...p.spec, ns], `${p.role} sets ${ns}: true${note}`);
    }
  }
  const volumes = spec.volumes;
  if (Array.isArray(volumes)) volumes.forEach((vol, i2) => {
    const hp = obj(obj(vol)?.hostPath);
    if (!hp) return;
    const path = String(hp.path ?? "");
    add2("IAC-K8S-004", [...p.spec, "volumes", i2, "hostPath"], `${p.role} mounts hostPath ${JSON.stringify(path)}${SENSITIVE_HOST.test(path) ? " (a sensitive host path)" : ""}`);
  });
  if (spec.automountServiceAccountToken !== false && kind !== "Workflow") {
    const sa = spec.serviceAccountName ?? spec.serviceAccount;
    add2("IAC-K8S-008", [...p.spec], `${p.role} automounts the ${sa ? `"${String(sa)}"` : "default"} service-account token (automountServiceAccountToken is not false)`, [...p.spec, "automountServiceAccountToken"].join("."));
  }
  for (const c of p.containers) {
    const ct = obj(at(doc, c)) ?? {};
    const sc = obj(ct.securityContext) ?? {};
    const w = where(c);
    if (sc.privileged === true) add2("IAC-K8S-001", [...c, "securityContext", "privileged"], `${w} is privileged`);
    if (sc.allowPrivilegeEscalation !== false && sc.privileged !== true) {
      add2("IAC-K8S-002", [...c, "securityContext", "allowPrivilegeEscalation"], `${w}: allowPrivilegeEscalation is ${sc.allowPrivilegeEscalation === void 0 ? "not set (defaults to true)" : String(sc.allowPrivilegeEscalation)}`);
    }
    const nonRoot = sc.runAsNonRoot ?? podSc.runAsNonRoot;
    const uid = sc.runAsUser ?? podSc.runAsUser;
    if (uid === 0) add2("IAC-K8S-003", sc.runAsUser === 0 ? [...c, "securityContext", "runAsUser"] : [...p.spec, "securityContext", "runAsUser"], `${w} runs as UID 0 (root)`, [...c, "runAsUser"].join("."));
    else if (nonRoot !== true && (typeof uid !== "number" || uid <= 0)) add2("IAC-K8S-003", [...c, "securityContext", "runAsNonRoot"], `${w}: runAsNonRoot is not true and no non-root runAsUser is set`);
    const res = obj(ct.resources) ?? {};
    const limits = obj(res.limits) ?? {};
    const requests = obj(res.requests) ?? {};
    const missing = ["cpu", "memory"].filter((r) => limits[r] === void 0);
    if (missing.length && (ct.image !== void 0 || ct.name !== void 0)) add2("IAC-K8S-006", [...c, "resources", "limits"], `${w} has no ${missing.join("/")} limit`);
    for (const r of Object.keys(requests)) {
      if (/gpu/i.test(r) && limits[r] === void 0) add2("IAC-K8S-006", [...c, "resources", "requests", r], `${w} requests ${r} without a limit (extended resources must be set in limits)`);
    }
    if (typeof ct.image === "string") {
      const tag = imageTag(ct.image);
      if (tag === void 0 || tag === "latest") add2("IAC-K8S-007", [...c, "image"], `${w} image ${JSON.stringify(ct.image)} ${tag ? "uses :latest" : "has no tag"}`);
    }
    const env = ct.env;
    if (Array.isArray(env)) env.forEach((e, i2) => {
      const eo = obj(e) ?? {};
      const n = String(eo.name ?? "");
      if (isSecretName(n) && isLiteralSecret(eo.value) || typeof eo.value === "string" && TOKEN_FORMAT.test(eo.value)) {
        add2("IAC-K8S-009", [...c, "env", i2, "value"], `${w} sets ${n} to a literal value in the manifest`);
      }
    });
    const cmd = [ct.command, ct.args].flatMap((x) => Array.isArray(x) ? x.map(String) : typeof x === "string" ? [x] : []).join(" ");
    const script = typeof ct.source === "string" ? ct.source : "";
    for (const problem of exposureProblems(`${cmd}
${script}`)) add2("IAC-K8S-010", [...c, ct.args ? "args" : "command"], `${w}: ${problem}`);
  }
}
function imageTag(image) {
  if (image.includes("@sha256:")) return "@digest";
  const last = image.split("/").pop() ?? image;
  const i2 = last.lastIndexOf(":");
  return i2 >= 0 ? last.slice(i2 + 1) : void 0;
}
function annotationSuppressions(ann, file, line2) {
  if (!ann) return [];
  const out2 = [];
  for (const [k, v] of Object.entries(ann)) {
    const val = typeof v === "string" ? v : "";
    if (/^checkov\.io\/skip\d*$/.test(k)) {
      const [id, ...reason] = val.split("=");
      if (id) out2.push({ kind: "annotation", ids: [id.trim()], reason: reason.join("=").trim(), file, line: line2, scope: "block" });
    } else if (k.startsWith("ignore-check.kube-linter.io/")) {
      out2.push({ kind: "annotation", ids: [k.slice("ignore-check.kube-linter.io/".length)], reason: val.trim(), file, line: line2, scope: "block" });
    } else if (/^mlguard\.io\/ignore/.test(k)) {
      const m = /^([A-Za-z0-9_,-]+)\s*(.*)$/.exec(val);
      const reason = /reason\s*=\s*"([^"]*)"/.exec(m?.[2] ?? "")?.[1] ?? "";
      const expires = /expires\s*=\s*(\d{4}-\d{2}-\d{2})/.exec(m?.[2] ?? "")?.[1];
      if (m?.[1]) out2.push({ kind: "annotation", ids: m[1].split(","), reason, ...expires ? { expires } : {}, file, line: line2, scope: "block" });
    }
  }
  return out2;
}

// packages/iac-scan/src/compose/checks.ts
function isComposeFile(v) {
  const services = obj(obj(v)?.services);
  return !!services && Object.values(services).some((s) => obj(s)?.image !== void 0 || obj(s)?.build !== void 0);
}
var SENSITIVE = /^(\/var\/run\/docker\.sock|\/run\/docker\.sock|\/|\/etc(\/.*)?|\/proc|\/sys|\/root|\/var\/lib\/docker)$/;
function checkCompose(doc, file) {
  const hits = [];
  const services = obj(obj(doc.value)?.services) ?? {};
  for (const [name2, raw] of Object.entries(services)) {
    const s = obj(raw) ?? {};
    const base = ["services", name2];
    const block = { line: doc.lineOf(base), endLine: doc.endLine };
    const add2 = (ruleId, path, message) => hits.push({ ruleId, file, line: doc.lineOf([...base, ...path]), resource: `service ${name2}`, message: `service "${name2}": ${message}`, attrPath: path.join("."), block });
    if (s.privileged === true) add2("IAC-COMPOSE-001", ["privileged"], "privileged: true");
    for (const k of ["network_mode", "pid", "ipc"]) if (s[k] === "host") add2("IAC-COMPOSE-002", [k], `${k}: host`);
    const vols = s.volumes;
    if (Array.isArray(vols)) vols.forEach((v, i2) => {
      const src = typeof v === "string" ? v.split(":")[0] ?? "" : String(obj(v)?.source ?? "");
      if (SENSITIVE.test(src)) add2("IAC-COMPOSE-003", ["volumes", i2], `mounts host path ${src}`);
    });
    if (typeof s.image === "string" && !s.image.includes("$")) {
      const tag = imageTag(s.image);
      if (tag === void 0 || tag === "latest") add2("IAC-COMPOSE-004", ["image"], `image ${JSON.stringify(s.image)} ${tag ? "uses :latest" : "has no tag"}`);
    }
    for (const key of ["command", "entrypoint"]) {
      const c = s[key];
      const line2 = Array.isArray(c) ? c.map((x) => typeof x === "string" ? x : JSON.stringify(x)).join(" ") : typeof c === "string" ? c : "";
      for (const problem of exposureProblems(line2)) add2("IAC-COMPOSE-006", [key], problem);
    }
    const env = s.environment;
    const entries = Array.isArray(env) ? env.map((e, i2) => {
      const [k, ...v] = String(e).split("=");
      return [k ?? "", v.length ? v.join("=") : void 0, ["environment", i2]];
    }) : Object.entries(obj(env) ?? {}).map(([k, v]) => [k, v, ["environment", k]]);
    for (const [k, v, path] of entries) {
      if (isSecretName(k) && isLiteralSecret(v) || typeof v === "string" && TOKEN_FORMAT.test(v)) add2("IAC-COMPOSE-005", path, `${k} is set to a literal value`);
    }
  }
  return hits;
}

// packages/iac-scan/src/discover.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".terraform", ".venv", "venv", "__pycache__", ".mlguard"]);
function classify(path) {
  const base = path.split("/").pop() ?? path;
  const lower = base.toLowerCase();
  if (lower.endsWith(".tf") || lower.endsWith(".tf.json")) return "terraform";
  if (lower.endsWith(".tfvars") || lower.endsWith(".tfvars.json")) return "tfvars";
  if (lower === "dockerfile" || lower === "containerfile" || lower.startsWith("dockerfile.") || lower.endsWith(".dockerfile")) return "dockerfile";
  const yaml = lower.endsWith(".yml") || lower.endsWith(".yaml");
  if (yaml && /(^|\/)\.github\/workflows\/[^/]+$/.test(path)) return "workflow";
  if (yaml && /^(docker-)?compose([.-][^/]*)?\.ya?ml$/.test(lower)) return "compose";
  if (yaml) return "yaml";
  if (lower.endsWith(".json") || lower.endsWith(".template")) return "json";
  return void 0;
}
async function discover(fs2, roots, skip, problems, shallowTerraformDirs = false) {
  const skipMatch = skip.length ? (0, import_picomatch.default)(skip, { dot: true }) : () => false;
  const out2 = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = async (rel, depth) => {
    if (seen.has(rel) || depth > 64) return;
    seen.add(rel);
    if (rel !== "." && skipMatch(rel)) return;
    const st = await fs2.stat(rel);
    if (!st) return;
    if (st.isSymbolicLink) {
      if (classify(rel)) problems.push({ ruleId: "IAC-FILE-001", file: rel, line: 1, resource: rel, message: `${rel} is a symbolic link: not followed (it may point outside the repository)` });
      return;
    }
    if (st.isDirectory) {
      const base = rel.split("/").pop() ?? rel;
      if (rel !== "." && SKIP_DIRS.has(base)) return;
      if (shallowTerraformDirs) {
        for (const name2 of await fs2.readdir(rel)) if (/\.(tf|tfvars)(\.json)?$/.test(name2)) await visit(rel === "." ? name2 : `${rel}/${name2}`, depth + 1);
        return;
      }
      for (const name2 of await fs2.readdir(rel)) await visit(rel === "." ? name2 : `${rel}/${name2}`, depth + 1);
      return;
    }
    const kind = st.isFile ? classify(rel) : void 0;
    if (kind) out2.push({ path: rel, kind, size: st.size });
  };
  for (const r of roots) await visit(normalise(r), 0);
  const unique = new Map(out2.map((c) => [c.path, c]));
  return [...unique.values()].sort((a, b) => a.path.localeCompare(b.path));
}
function normalise(p) {
  const s = p.replace(/\\/g, "/").replace(/^\.\/+/, "").replace(/\/+$/, "");
  return s === "" ? "." : s;
}
function decodeUtf8(buf) {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
    const nul = text.indexOf("\0");
    if (nul >= 0) return { badLine: text.slice(0, nul).split("\n").length };
    return { text: text.replace(/^\uFEFF/, "") };
  } catch {
    const loose = buf.toString("utf8");
    const at2 = loose.indexOf("\uFFFD");
    return { badLine: at2 >= 0 ? loose.slice(0, at2).split("\n").length : 1 };
  }
}

// packages/iac-scan/src/docker/checks.ts
var import_dockerfile_ast = __toESM(require_main(), 1);
var PIPE_TO_SHELL = /\b(curl|wget)\b[^|;&]*\|\s*(sudo\s+)?(-\S+\s+)*(ba|z|da|k)?sh\b|\b(ba|z|da)?sh\s+(-c\s+)?["']?\$\((curl|wget)\b|\b(ba)?sh\s+<\((curl|wget)\b/;
var WEAK_INDEX = /--extra-index-url\b|--trusted-host\b|\bcurl\b[^\n]*\s(-k|--insecure)\b|--no-check-certificate\b/;
var WEAK_ENV = {
  PIP_TRUSTED_HOST: () => true,
  PIP_EXTRA_INDEX_URL: () => true,
  PYTHONHTTPSVERIFY: (v) => v === "0",
  NODE_TLS_REJECT_UNAUTHORIZED: (v) => v === "0",
  GIT_SSL_NO_VERIFY: (v) => v !== "" && v !== "0" && v.toLowerCase() !== "false",
  CURL_CA_BUNDLE: (v) => v === "",
  REQUESTS_CA_BUNDLE: (v) => v === ""
};
var lineOf = (i2) => i2.getRange().start.line + 1;
var flags2 = (i2) => i2.getFlags?.() ?? [];
function checkDockerfile(text, file) {
  const df = import_dockerfile_ast.DockerfileParser.parse(text);
  const hits = [];
  let stage = 0;
  const seen = /* @__PURE__ */ new Map();
  const add2 = (ruleId, ins, message, attrPath) => {
    const key = `stage ${stage} ${attrPath}`;
    const n = (seen.get(`${ruleId}|${key}`) ?? 0) + 1;
    seen.set(`${ruleId}|${key}`, n);
    hits.push({ ruleId, file, line: lineOf(ins), resource: n > 1 ? `${key} #${n}` : key, message, attrPath });
  };
  const instructions = df.getInstructions();
  const stages = /* @__PURE__ */ new Set();
  let finalFrom;
  let lastUser;
  let finalImage = "";
  for (const ins of instructions) {
    const kw = ins.getKeyword();
    const args2 = ins.getArgumentsContent() ?? "";
    if (kw === "FROM") {
      const from = df.getFROMs().find((f) => lineOf(f) === lineOf(ins));
      const image = from?.getImageName() ?? "";
      const tag = from?.getImageTag();
      const digest = from?.getImageDigest();
      finalFrom = ins;
      lastUser = void 0;
      stage++;
      finalImage = image;
      const known2 = image && image !== "scratch" && !stages.has(image) && !image.includes("$") && !(tag ?? "").includes("$");
      if (known2 && !digest && (!tag || tag === "latest")) {
        add2("IAC-DOCKER-002", ins, `base image ${from?.getImage() ?? image} ${tag ? "uses :latest" : "has no tag"}; pin a version and a digest`, `FROM ${image}`);
      }
      const stageName = from?.getBuildStage();
      if (stageName) stages.add(stageName);
    } else if (kw === "USER") {
      lastUser = ins;
    } else if (kw === "ADD") {
      const src = ins.getArguments().map((a) => a.getValue());
      const url = src.slice(0, -1).find((s) => /^https?:\/\//.test(s));
      if (url && !flags2(ins).some((f) => f.getName() === "checksum")) {
        add2("IAC-DOCKER-003", ins, `ADD ${url} downloads a remote file without --checksum`, `ADD ${url}`);
      }
    } else if (kw === "RUN") {
      const body2 = args2;
      if (PIPE_TO_SHELL.test(body2)) add2("IAC-DOCKER-004", ins, "RUN pipes a downloaded script into a shell", "RUN curl|sh");
      const m = WEAK_INDEX.exec(body2);
      if (m) add2("IAC-DOCKER-006", ins, `RUN uses ${m[0].trim()}${m[0].includes("extra-index") ? " (dependency confusion: a public package can shadow your private one)" : " (TLS verification disabled)"}`, `RUN ${m[0].trim()}`);
    } else if (kw === "CMD" || kw === "ENTRYPOINT") {
      let cmd = args2;
      try {
        const parsed = JSON.parse(args2);
        if (Array.isArray(parsed)) cmd = parsed.map((x) => String(x)).join(" ");
      } catch {
      }
      for (const problem of exposureProblems(cmd)) add2("IAC-DOCKER-007", ins, `${kw}: ${problem}`, kw);
    } else if (kw === "ENV" || kw === "ARG") {
      const props = kw === "ENV" ? df.getENVs().find((e) => lineOf(e) === lineOf(ins))?.getProperties() ?? [] : [df.getARGs().find((a) => lineOf(a) === lineOf(ins))?.getProperty()].filter((p) => !!p);
      for (const p of props) {
        if (!p) continue;
        const name2 = p.getName();
        const value = p.getValue() ?? "";
        if (isSecretName(name2) && (kw === "ARG" || isLiteralSecret(value)) || TOKEN_FORMAT.test(value)) {
          add2("IAC-DOCKER-005", ins, `${kw} ${name2} ${kw === "ARG" && !value ? "passes a secret as a build argument (kept in the image history)" : "bakes a secret value into the image"}`, `${kw} ${name2}`);
        }
        const weak = WEAK_ENV[name2];
        if (kw === "ENV" && weak?.(value)) add2("IAC-DOCKER-006", ins, `ENV ${name2}=${value} weakens package-index or TLS verification`, `ENV ${name2}`);
      }
    }
  }
  if (finalFrom && finalImage !== "scratch") {
    const user = lastUser?.getArgumentsContent()?.trim() ?? "";
    if (!lastUser) add2("IAC-DOCKER-001", finalFrom, "the final stage has no USER instruction: the container runs as root", "USER");
    else if (/^(root|0)(:.*)?$/.test(user)) add2("IAC-DOCKER-001", lastUser, `the final USER is ${user}`, "USER");
  }
  return hits;
}

// node_modules/web-tree-sitter/web-tree-sitter.js
var __defProp = Object.defineProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
var Edit = class {
  static {
    __name(this, "Edit");
  }
  /** The start position of the change. */
  startPosition;
  /** The end position of the change before the edit. */
  oldEndPosition;
  /** The end position of the change after the edit. */
  newEndPosition;
  /** The start index of the change. */
  startIndex;
  /** The end index of the change before the edit. */
  oldEndIndex;
  /** The end index of the change after the edit. */
  newEndIndex;
  constructor({
    startIndex,
    oldEndIndex,
    newEndIndex,
    startPosition,
    oldEndPosition,
    newEndPosition
  }) {
    this.startIndex = startIndex >>> 0;
    this.oldEndIndex = oldEndIndex >>> 0;
    this.newEndIndex = newEndIndex >>> 0;
    this.startPosition = startPosition;
    this.oldEndPosition = oldEndPosition;
    this.newEndPosition = newEndPosition;
  }
  /**
   * Edit a point and index to keep it in-sync with source code that has been edited.
   *
   * This function updates a single point's byte offset and row/column position
   * based on an edit operation. This is useful for editing points without
   * requiring a tree or node instance.
   */
  editPoint(point, index2) {
    let newIndex = index2;
    const newPoint = { ...point };
    if (index2 >= this.oldEndIndex) {
      newIndex = this.newEndIndex + (index2 - this.oldEndIndex);
      const originalRow = point.row;
      newPoint.row = this.newEndPosition.row + (point.row - this.oldEndPosition.row);
      newPoint.column = originalRow === this.oldEndPosition.row ? this.newEndPosition.column + (point.column - this.oldEndPosition.column) : point.column;
    } else if (index2 > this.startIndex) {
      newIndex = this.newEndIndex;
      newPoint.row = this.newEndPosition.row;
      newPoint.column = this.newEndPosition.column;
    }
    return { point: newPoint, index: newIndex };
  }
  /**
   * Edit a range to keep it in-sync with source code that has been edited.
   *
   * This function updates a range's start and end positions based on an edit
   * operation. This is useful for editing ranges without requiring a tree
   * or node instance.
   */
  editRange(range) {
    const newRange = {
      startIndex: range.startIndex,
      startPosition: { ...range.startPosition },
      endIndex: range.endIndex,
      endPosition: { ...range.endPosition }
    };
    if (range.endIndex >= this.oldEndIndex) {
      if (range.endIndex !== Number.MAX_SAFE_INTEGER) {
        newRange.endIndex = this.newEndIndex + (range.endIndex - this.oldEndIndex);
        newRange.endPosition = {
          row: this.newEndPosition.row + (range.endPosition.row - this.oldEndPosition.row),
          column: range.endPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.endPosition.column - this.oldEndPosition.column) : range.endPosition.column
        };
        if (newRange.endIndex < this.newEndIndex) {
          newRange.endIndex = Number.MAX_SAFE_INTEGER;
          newRange.endPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
        }
      }
    } else if (range.endIndex > this.startIndex) {
      newRange.endIndex = this.startIndex;
      newRange.endPosition = { ...this.startPosition };
    }
    if (range.startIndex >= this.oldEndIndex) {
      newRange.startIndex = this.newEndIndex + (range.startIndex - this.oldEndIndex);
      newRange.startPosition = {
        row: this.newEndPosition.row + (range.startPosition.row - this.oldEndPosition.row),
        column: range.startPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.startPosition.column - this.oldEndPosition.column) : range.startPosition.column
      };
      if (newRange.startIndex < this.newEndIndex) {
        newRange.startIndex = Number.MAX_SAFE_INTEGER;
        newRange.startPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
      }
    } else if (range.startIndex > this.startIndex) {
      newRange.startIndex = this.startIndex;
      newRange.startPosition = { ...this.startPosition };
    }
    return newRange;
  }
};
var SIZE_OF_SHORT = 2;
var SIZE_OF_INT = 4;
var SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
var SIZE_OF_NODE = 5 * SIZE_OF_INT;
var SIZE_OF_POINT = 2 * SIZE_OF_INT;
var SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
var ZERO_POINT = { row: 0, column: 0 };
var INTERNAL = /* @__PURE__ */ Symbol("INTERNAL");
function assertInternal(x) {
  if (x !== INTERNAL) throw new Error("Illegal constructor");
}
__name(assertInternal, "assertInternal");
function isPoint(point) {
  return !!point && typeof point.row === "number" && typeof point.column === "number";
}
__name(isPoint, "isPoint");
function setModule(module2) {
  C = module2;
}
__name(setModule, "setModule");
var C;
function newFinalizer(handler) {
  try {
    return new FinalizationRegistry(handler);
  } catch (e) {
    console.error("Unsupported FinalizationRegistry:", e);
    return;
  }
}
__name(newFinalizer, "newFinalizer");
var finalizer = newFinalizer((address) => {
  C._ts_lookahead_iterator_delete(address);
});
var LookaheadIterator = class {
  static {
    __name(this, "LookaheadIterator");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  language;
  /** @internal */
  positioned = false;
  /** @internal */
  constructor(internal, address, language) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    finalizer?.register(this, address, this);
  }
  /**
   * Get the current symbol of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol:
   *
   * - Before the first iteration step
   * - After the iterator is exhausted
   * - After a {@link reset} or {@link resetState} call
   */
  get currentTypeId() {
    return this.positioned ? C._ts_lookahead_iterator_current_symbol(this[0]) : null;
  }
  /**
   * Get the current symbol name of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol.
   */
  get currentType() {
    const id = this.currentTypeId;
    if (id === null) return null;
    return this.language.types[id] ?? C.UTF8ToString(C._ts_language_symbol_name(this.language[0], id));
  }
  /** Delete the lookahead iterator, freeing its resources. */
  delete() {
    finalizer?.unregister(this);
    C._ts_lookahead_iterator_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Reset the lookahead iterator.
   *
   * This returns `true` if the language was set successfully and `false`
   * otherwise.
   */
  reset(language, stateId) {
    if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
      this.language = language;
      this.positioned = false;
      return true;
    }
    return false;
  }
  /**
   * Reset the lookahead iterator to another state.
   *
   * This returns `true` if the iterator was reset to the given state and
   * `false` otherwise.
   */
  resetState(stateId) {
    if (!C._ts_lookahead_iterator_reset_state(this[0], stateId)) return false;
    this.positioned = false;
    return true;
  }
  /**
   * Returns an iterator that iterates over the symbols of the lookahead iterator.
   *
   * The iterator will yield the current symbol name as a string for each step
   * until there are no more symbols to iterate over.
   */
  [Symbol.iterator]() {
    return {
      next: /* @__PURE__ */ __name(() => {
        this.positioned = Boolean(C._ts_lookahead_iterator_next(this[0]));
        const value = this.currentType;
        return value === null ? { done: true, value: "" } : { done: false, value };
      }, "next")
    };
  }
};
function getText(tree, startIndex, endIndex, startPosition) {
  const length = endIndex - startIndex;
  let result = tree.textCallback(startIndex, startPosition);
  if (result) {
    startIndex += result.length;
    while (startIndex < endIndex) {
      const string = tree.textCallback(startIndex, startPosition);
      if (string && string.length > 0) {
        startIndex += string.length;
        result += string;
      } else {
        break;
      }
    }
    if (startIndex > endIndex) {
      result = result.slice(0, length);
    }
  }
  return result ?? "";
}
__name(getText, "getText");
var finalizer2 = newFinalizer((address) => {
  C._ts_tree_delete(address);
});
var Tree = class _Tree {
  static {
    __name(this, "Tree");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  textCallback;
  /** The language that was used to parse the syntax tree. */
  language;
  /** @internal */
  constructor(internal, address, language, textCallback) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    this.textCallback = textCallback;
    finalizer2?.register(this, address, this);
  }
  /** Create a shallow copy of the syntax tree. This is very fast. */
  copy() {
    const address = C._ts_tree_copy(this[0]);
    return new _Tree(INTERNAL, address, this.language, this.textCallback);
  }
  /** Delete the syntax tree, freeing its resources. */
  delete() {
    finalizer2?.unregister(this);
    C._ts_tree_delete(this[0]);
    this[0] = 0;
  }
  /** Get the root node of the syntax tree. */
  get rootNode() {
    C._ts_tree_root_node_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Get the root node of the syntax tree, but with its position shifted
   * forward by the given offset.
   */
  rootNodeWithOffset(offsetBytes, offsetExtent) {
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, offsetBytes, "i32");
    marshalPoint(address + SIZE_OF_INT, offsetExtent);
    C._ts_tree_root_node_with_offset_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Edit the syntax tree to keep it in sync with source code that has been
   * edited.
   *
   * You must describe the edit both in terms of byte offsets and in terms of
   * row/column coordinates.
   */
  edit(edit) {
    marshalEdit(edit);
    C._ts_tree_edit_wasm(this[0]);
  }
  /** Create a new {@link TreeCursor} starting from the root of the tree. */
  walk() {
    return this.rootNode.walk();
  }
  /**
   * Compare this old edited syntax tree to a new syntax tree representing
   * the same document, returning a sequence of ranges whose syntactic
   * structure has changed.
   *
   * For this to work correctly, this syntax tree must have been edited such
   * that its ranges match up to the new tree. Generally, you'll want to
   * call this method right after calling one of the [`Parser::parse`]
   * functions. Call it on the old tree that was passed to parse, and
   * pass the new tree that was returned from `parse`.
   */
  getChangedRanges(other) {
    if (!(other instanceof _Tree)) {
      throw new TypeError("Argument must be a Tree");
    }
    C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the included ranges that were used to parse the syntax tree. */
  getIncludedRanges() {
    C._ts_tree_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
};
var finalizer3 = newFinalizer((handles) => {
  marshalTreeCursor({ handles });
  C._ts_tree_cursor_delete_wasm(0);
});
var TreeCursor = class _TreeCursor {
  static {
    __name(this, "TreeCursor");
  }
  /** @internal */
  handles = [0, 0, 0, 0];
  // Internal handles for Wasm, shared with the finalizer.
  /** @internal */
  tree;
  /** @internal */
  constructor(internal, tree) {
    assertInternal(internal);
    this.tree = tree;
    unmarshalTreeCursor(this);
    finalizer3?.register(this, this.handles, this);
  }
  /** Creates a deep copy of the tree cursor. This allocates new memory. */
  copy() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_copy_wasm(this.tree[0]);
    return new _TreeCursor(INTERNAL, this.tree);
  }
  /** Delete the tree cursor, freeing its resources. */
  delete() {
    finalizer3?.unregister(this);
    marshalTreeCursor(this);
    C._ts_tree_cursor_delete_wasm(this.tree[0]);
    this.handles.fill(0);
  }
  /** Get the tree cursor's current {@link Node}. */
  get currentNode() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_current_node_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the numerical field id of this tree cursor's current node.
   *
   * See also {@link TreeCursor#currentFieldName}.
   */
  get currentFieldId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
  }
  /** Get the field name of this tree cursor's current node. */
  get currentFieldName() {
    return this.tree.language.fields[this.currentFieldId];
  }
  /**
   * Get the depth of the cursor's current node relative to the original
   * node that the cursor was constructed with.
   */
  get currentDepth() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
  }
  /**
   * Get the index of the cursor's current node out of all of the
   * descendants of the original node that the cursor was constructed with.
   */
  get currentDescendantIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
  }
  /** Get the type of the cursor's current node. */
  get nodeType() {
    return this.tree.language.types[this.nodeTypeId] || "ERROR";
  }
  /** Get the type id of the cursor's current node. */
  get nodeTypeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
  }
  /** Get the state id of the cursor's current node. */
  get nodeStateId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
  }
  /** Get the id of the cursor's current node. */
  get nodeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
  }
  /**
   * Check if the cursor's current node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get nodeIsNamed() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if the cursor's current node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get nodeIsMissing() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Get the string content of the cursor's current node. */
  get nodeText() {
    marshalTreeCursor(this);
    const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
    const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    const startPosition = unmarshalPoint(TRANSFER_BUFFER);
    return getText(this.tree, startIndex, endIndex, startPosition);
  }
  /** Get the start position of the cursor's current node. */
  get startPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the end position of the cursor's current node. */
  get endPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_end_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the start index of the cursor's current node. */
  get startIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
  }
  /** Get the end index of the cursor's current node. */
  get endIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
  }
  /**
   * Move this cursor to the first child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   */
  gotoFirstChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the last child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoFirstChild} because it needs to
   * iterate through all the children to compute the child's position.
   */
  gotoLastChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the parent of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no parent node (the cursor was already on the
   * root node).
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoParent() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the next sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no next sibling node.
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoNextSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the previous sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no previous sibling node.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoNextSibling} due to how node
   * positions are stored. In the worst case, this will need to iterate
   * through all the children up to the previous sibling node to recalculate
   * its position. Also note that the node the cursor was constructed with is
   * considered the root of the cursor, and the cursor cannot walk outside this node.
   */
  gotoPreviousSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move the cursor to the node that is the nth descendant of
   * the original node that the cursor was constructed with, where
   * zero represents the original node itself.
   */
  gotoDescendant(goalDescendantIndex) {
    marshalTreeCursor(this);
    C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
    unmarshalTreeCursor(this);
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForIndex(goalIndex) {
    marshalTreeCursor(this);
    C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
    const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given position.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForPosition(goalPosition) {
    marshalTreeCursor(this);
    marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
    const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Re-initialize this tree cursor to start at the original node that the
   * cursor was constructed with.
   */
  reset(node) {
    marshalNode(node);
    marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
    C._ts_tree_cursor_reset_wasm(node.tree[0]);
    unmarshalTreeCursor(this);
    this.tree = node.tree;
  }
  /**
   * Re-initialize a tree cursor to the same position as another cursor.
   *
   * Unlike {@link TreeCursor#reset}, this will not lose parent
   * information and allows reusing already created cursors.
   */
  resetTo(cursor) {
    marshalTreeCursor(this, TRANSFER_BUFFER);
    marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
    C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
    unmarshalTreeCursor(this);
    this.tree = cursor.tree;
  }
};
var Node = class {
  static {
    __name(this, "Node");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  _children;
  /** @internal */
  _namedChildren;
  /** @internal */
  constructor(internal, {
    id,
    tree,
    startIndex,
    startPosition,
    other
  }) {
    assertInternal(internal);
    this[0] = other;
    this.id = id;
    this.tree = tree;
    this.startIndex = startIndex;
    this.startPosition = startPosition;
  }
  /**
   * The numeric id for this node that is unique.
   *
   * Within a given syntax tree, no two nodes have the same id. However:
   *
   * * If a new tree is created based on an older tree, and a node from the old tree is reused in
   *   the process, then that node will have the same id in both trees.
   *
   * * A node not marked as having changes does not guarantee it was reused.
   *
   * * If a node is marked as having changed in the old tree, it will not be reused.
   */
  id;
  /** The byte index where this node starts. */
  startIndex;
  /** The position where this node starts. */
  startPosition;
  /** The tree that this node belongs to. */
  tree;
  /** Get this node's type as a numerical id. */
  get typeId() {
    marshalNode(this);
    return C._ts_node_symbol_wasm(this.tree[0]);
  }
  /**
   * Get the node's type as a numerical id as it appears in the grammar,
   * ignoring aliases.
   */
  get grammarId() {
    marshalNode(this);
    return C._ts_node_grammar_symbol_wasm(this.tree[0]);
  }
  /** Get this node's type as a string. */
  get type() {
    return this.tree.language.types[this.typeId] || "ERROR";
  }
  /**
   * Get this node's symbol name as it appears in the grammar, ignoring
   * aliases as a string.
   */
  get grammarType() {
    return this.tree.language.types[this.grammarId] || "ERROR";
  }
  /**
   * Check if this node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get isNamed() {
    marshalNode(this);
    return C._ts_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *extra*.
   *
   * Extra nodes represent things like comments, which are not required
   * by the grammar, but can appear anywhere.
   */
  get isExtra() {
    marshalNode(this);
    return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error.
   *
   * Syntax errors represent parts of the code that could not be incorporated
   * into a valid syntax tree.
   */
  get isError() {
    marshalNode(this);
    return C._ts_node_is_error_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get isMissing() {
    marshalNode(this);
    return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Check if this node has been edited. */
  get hasChanges() {
    marshalNode(this);
    return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error or contains any syntax
   * errors anywhere within it.
   */
  get hasError() {
    marshalNode(this);
    return C._ts_node_has_error_wasm(this.tree[0]) === 1;
  }
  /** Get the byte index where this node ends. */
  get endIndex() {
    marshalNode(this);
    return C._ts_node_end_index_wasm(this.tree[0]);
  }
  /** Get the position where this node ends. */
  get endPosition() {
    marshalNode(this);
    C._ts_node_end_point_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the string content of this node. */
  get text() {
    return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
  }
  /** Get this node's parse state. */
  get parseState() {
    marshalNode(this);
    return C._ts_node_parse_state_wasm(this.tree[0]);
  }
  /** Get the parse state after this node. */
  get nextParseState() {
    marshalNode(this);
    return C._ts_node_next_parse_state_wasm(this.tree[0]);
  }
  /** Check if this node is equal to another node. */
  equals(other) {
    return this.tree === other.tree && this.id === other.id;
  }
  /**
   * Get the node's child at the given index, where zero represents the first child.
   *
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#children} instead.
   */
  child(index2) {
    marshalNode(this);
    C._ts_node_child_wasm(this.tree[0], index2);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's *named* child at the given index.
   *
   * See also {@link Node#isNamed}.
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#namedChildren} instead.
   */
  namedChild(index2) {
    marshalNode(this);
    C._ts_node_named_child_wasm(this.tree[0], index2);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's child with the given numerical field id.
   *
   * See also {@link Node#childForFieldName}. You can
   * convert a field name to an id using {@link Language#fieldIdForName}.
   */
  childForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the first child with the given field name.
   *
   * If multiple children may have the same field name, access them using
   * {@link Node#childrenForFieldName}.
   */
  childForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1) return this.childForFieldId(fieldId);
    return null;
  }
  /** Get the field name of this node's child at the given index. */
  fieldNameForChild(index2) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index2);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /** Get the field name of this node's named child at the given index. */
  fieldNameForNamedChild(index2) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index2);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /**
   * Get an array of this node's children with a given field name.
   *
   * See also {@link Node#children}.
   */
  childrenForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
    return [];
  }
  /**
    * Get an array of this node's children with a given field id.
    *
    * See also {@link Node#childrenForFieldName}.
    */
  childrenForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the node's first child that contains or starts after the given byte offset. */
  firstChildForIndex(index2) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index2, "i32");
    C._ts_node_first_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's first named child that contains or starts after the given byte offset. */
  firstNamedChildForIndex(index2) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index2, "i32");
    C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's number of children. */
  get childCount() {
    marshalNode(this);
    return C._ts_node_child_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's number of *named* children.
   *
   * See also {@link Node#isNamed}.
   */
  get namedChildCount() {
    marshalNode(this);
    return C._ts_node_named_child_count_wasm(this.tree[0]);
  }
  /** Get this node's first child. */
  get firstChild() {
    return this.child(0);
  }
  /**
   * Get this node's first named child.
   *
   * See also {@link Node#isNamed}.
   */
  get firstNamedChild() {
    return this.namedChild(0);
  }
  /** Get this node's last child. */
  get lastChild() {
    return this.child(this.childCount - 1);
  }
  /**
   * Get this node's last named child.
   *
   * See also {@link Node#isNamed}.
   */
  get lastNamedChild() {
    return this.namedChild(this.namedChildCount - 1);
  }
  /**
   * Iterate over this node's children.
   *
   * If you're walking the tree recursively, you may want to use the
   * {@link TreeCursor} APIs directly instead.
   */
  get children() {
    if (!this._children) {
      marshalNode(this);
      C._ts_node_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._children = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._children[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._children;
  }
  /**
   * Iterate over this node's named children.
   *
   * See also {@link Node#children}.
   */
  get namedChildren() {
    if (!this._namedChildren) {
      marshalNode(this);
      C._ts_node_named_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._namedChildren = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._namedChildren[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._namedChildren;
  }
  /**
   * Get the descendants of this node that are the given type, or in the given types array.
   *
   * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
   *
   * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
   */
  descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
    if (!Array.isArray(types)) types = [types];
    const symbols = [];
    const typesBySymbol = this.tree.language.types;
    for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
      if (types.includes(typesBySymbol[i2])) {
        symbols.push(i2);
      }
    }
    if (types.includes("ERROR")) {
      symbols.push(65535);
    }
    const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
    for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
      C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
    }
    marshalNode(this);
    C._ts_node_descendants_of_type_wasm(
      this.tree[0],
      symbolsAddress,
      symbols.length,
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column
    );
    const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
    const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(descendantCount);
    if (descendantCount > 0) {
      let address = descendantAddress;
      for (let i2 = 0; i2 < descendantCount; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
    }
    C._free(descendantAddress);
    C._free(symbolsAddress);
    return result;
  }
  /** Get this node's next sibling. */
  get nextSibling() {
    marshalNode(this);
    C._ts_node_next_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's previous sibling. */
  get previousSibling() {
    marshalNode(this);
    C._ts_node_prev_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's next *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get nextNamedSibling() {
    marshalNode(this);
    C._ts_node_next_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's previous *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get previousNamedSibling() {
    marshalNode(this);
    C._ts_node_prev_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's number of descendants, including one for the node itself. */
  get descendantCount() {
    marshalNode(this);
    return C._ts_node_descendant_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's immediate parent.
   * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
   */
  get parent() {
    marshalNode(this);
    C._ts_node_parent_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the node that contains `descendant`.
   *
   * Note that this can return `descendant` itself.
   */
  childWithDescendant(descendant) {
    marshalNode(this);
    marshalNode(descendant, 1);
    C._ts_node_child_with_descendant_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given byte range. */
  descendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given byte range. */
  namedDescendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given point range. */
  descendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given point range. */
  namedDescendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Create a new {@link TreeCursor} starting from this node.
   *
   * Note that the given node is considered the root of the cursor,
   * and the cursor cannot walk outside this node.
   */
  walk() {
    marshalNode(this);
    C._ts_tree_cursor_new_wasm(this.tree[0]);
    return new TreeCursor(INTERNAL, this.tree);
  }
  /**
   * Edit this node to keep it in-sync with source code that has been edited.
   *
   * This function is only rarely needed. When you edit a syntax tree with
   * the {@link Tree#edit} method, all of the nodes that you retrieve from
   * the tree afterward will already reflect the edit. You only need to
   * use {@link Node#edit} when you have a specific {@link Node} instance that
   * you want to keep and continue to use after an edit.
   */
  edit(edit) {
    const { point, index: index2 } = edit.editPoint(this.startPosition, this.startIndex);
    this.startPosition = point;
    this.startIndex = index2;
  }
  /** Get the S-expression representation of this node. */
  toString() {
    marshalNode(this);
    const address = C._ts_node_to_string_wasm(this.tree[0]);
    const result = C.AsciiToString(address);
    C._free(address);
    return result;
  }
};
function unmarshalCaptures(query, tree, address, patternIndex, result) {
  for (let i2 = 0, n = result.length; i2 < n; i2++) {
    const captureIndex = C.getValue(address, "i32");
    address += SIZE_OF_INT;
    const node = unmarshalNode(tree, address);
    address += SIZE_OF_NODE;
    result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
  }
  return address;
}
__name(unmarshalCaptures, "unmarshalCaptures");
function marshalNode(node, index2 = 0) {
  let address = TRANSFER_BUFFER + index2 * SIZE_OF_NODE;
  C.setValue(address, node.id, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.row, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.column, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node[0], "i32");
}
__name(marshalNode, "marshalNode");
function unmarshalNode(tree, address = TRANSFER_BUFFER) {
  const id = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  if (id === 0) return null;
  const index2 = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const row = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const column = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const other = C.getValue(address, "i32");
  const result = new Node(INTERNAL, {
    id,
    tree,
    startIndex: index2,
    startPosition: { row, column },
    other
  });
  return result;
}
__name(unmarshalNode, "unmarshalNode");
function marshalTreeCursor({ handles }, address = TRANSFER_BUFFER) {
  C.setValue(address + 0 * SIZE_OF_INT, handles[0], "i32");
  C.setValue(address + 1 * SIZE_OF_INT, handles[1], "i32");
  C.setValue(address + 2 * SIZE_OF_INT, handles[2], "i32");
  C.setValue(address + 3 * SIZE_OF_INT, handles[3], "i32");
}
__name(marshalTreeCursor, "marshalTreeCursor");
function unmarshalTreeCursor({ handles }) {
  handles[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
  handles[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
  handles[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
  handles[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
}
__name(unmarshalTreeCursor, "unmarshalTreeCursor");
function marshalPoint(address, point) {
  C.setValue(address, point.row, "i32");
  C.setValue(address + SIZE_OF_INT, point.column, "i32");
}
__name(marshalPoint, "marshalPoint");
function unmarshalPoint(address) {
  const result = {
    row: C.getValue(address, "i32") >>> 0,
    column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
  };
  return result;
}
__name(unmarshalPoint, "unmarshalPoint");
function marshalRange(address, range) {
  marshalPoint(address, range.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, range.endPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, range.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, range.endIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalRange, "marshalRange");
function unmarshalRange(address) {
  const result = {};
  result.startPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.endPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.startIndex = C.getValue(address, "i32") >>> 0;
  address += SIZE_OF_INT;
  result.endIndex = C.getValue(address, "i32") >>> 0;
  return result;
}
__name(unmarshalRange, "unmarshalRange");
function marshalEdit(edit, address = TRANSFER_BUFFER) {
  marshalPoint(address, edit.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.oldEndPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.newEndPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, edit.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.oldEndIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.newEndIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalEdit, "marshalEdit");
function unmarshalLanguageMetadata(address) {
  const major_version = C.getValue(address, "i32");
  const minor_version = C.getValue(address += SIZE_OF_INT, "i32");
  const patch_version = C.getValue(address += SIZE_OF_INT, "i32");
  return { major_version, minor_version, patch_version };
}
__name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");
var LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
var Language = class _Language {
  static {
    __name(this, "Language");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /**
   * A list of all node types in the language. The index of each type in this
   * array is its node type id.
   */
  types;
  /**
   * A list of all field names in the language. The index of each field name in
   * this array is its field id.
   */
  fields;
  /** @internal */
  constructor(internal, address) {
    assertInternal(internal);
    this[0] = address;
    this.types = new Array(C._ts_language_symbol_count(this[0]));
    for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
      if (C._ts_language_symbol_type(this[0], i2) < 2) {
        this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
      }
    }
    this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
    for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
      const fieldName = C._ts_language_field_name_for_id(this[0], i2);
      if (fieldName !== 0) {
        this.fields[i2] = C.UTF8ToString(fieldName);
      } else {
        this.fields[i2] = null;
      }
    }
  }
  /**
   * Gets the name of the language.
   */
  get name() {
    const ptr = C._ts_language_name(this[0]);
    if (ptr === 0) return null;
    return C.UTF8ToString(ptr);
  }
  /**
   * Gets the ABI version of the language.
   */
  get abiVersion() {
    return C._ts_language_abi_version(this[0]);
  }
  /**
  * Get the metadata for this language. This information is generated by the
  * CLI, and relies on the language author providing the correct metadata in
  * the language's `tree-sitter.json` file.
  */
  get metadata() {
    C._ts_language_metadata_wasm(this[0]);
    const length = C.getValue(TRANSFER_BUFFER, "i32");
    if (length === 0) return null;
    return unmarshalLanguageMetadata(TRANSFER_BUFFER + SIZE_OF_INT);
  }
  /**
   * Gets the number of fields in the language.
   */
  get fieldCount() {
    return this.fields.length - 1;
  }
  /**
   * Gets the number of states in the language.
   */
  get stateCount() {
    return C._ts_language_state_count(this[0]);
  }
  /**
   * Get the field id for a field name.
   */
  fieldIdForName(fieldName) {
    const result = this.fields.indexOf(fieldName);
    return result !== -1 ? result : null;
  }
  /**
   * Get the field name for a field id.
   */
  fieldNameForId(fieldId) {
    return this.fields[fieldId] ?? null;
  }
  /**
   * Get the node type id for a node type name.
   */
  idForNodeType(type, named2) {
    const typeLength = C.lengthBytesUTF8(type);
    const typeAddress = C._malloc(typeLength + 1);
    C.stringToUTF8(type, typeAddress, typeLength + 1);
    const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named2 ? 1 : 0);
    C._free(typeAddress);
    return result || null;
  }
  /**
   * Gets the number of node types in the language.
   */
  get nodeTypeCount() {
    return C._ts_language_symbol_count(this[0]);
  }
  /**
   * Get the node type name for a node type id.
   */
  nodeTypeForId(typeId) {
    const name2 = C._ts_language_symbol_name(this[0], typeId);
    return name2 ? C.UTF8ToString(name2) : null;
  }
  /**
   * Check if a node type is named.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
   */
  nodeTypeIsNamed(typeId) {
    return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Check if a node type is visible.
   */
  nodeTypeIsVisible(typeId) {
    return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Get the supertypes ids of this language.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
   */
  get supertypes() {
    C._ts_language_supertypes_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the subtype ids for a given supertype node id.
   */
  subtypes(supertype) {
    C._ts_language_subtypes_wasm(this[0], supertype);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the next state id for a given state id and node type id.
   */
  nextState(stateId, typeId) {
    return C._ts_language_next_state(this[0], stateId, typeId);
  }
  /**
   * Create a new lookahead iterator for this language and parse state.
   *
   * This returns `null` if state is invalid for this language.
   *
   * Iterating {@link LookaheadIterator} will yield valid symbols in the given
   * parse state. A newly created iterator is not positioned on a symbol, so
   * {@link LookaheadIterator#currentType} returns `null` until the first
   * iteration step.
   *
   * Lookahead iterators can be useful for generating suggestions and improving
   * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
   * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
   * lookahead iterator created on the previous non-extra leaf node may be
   * appropriate.
   */
  lookaheadIterator(stateId) {
    const address = C._ts_lookahead_iterator_new(this[0], stateId);
    if (address) return new LookaheadIterator(INTERNAL, address, this);
    return null;
  }
  /**
   * Load a language from a WebAssembly module.
   * The module can be provided as a path to a file, a `URL` to a file, or as a
   * buffer.
   */
  static async load(input2) {
    let binary22;
    if (input2 instanceof Uint8Array) {
      binary22 = input2;
    } else if (globalThis.process?.versions.node) {
      const fs2 = await import("fs/promises");
      binary22 = await fs2.readFile(input2);
    } else {
      const response = await fetch(input2);
      if (!response.ok) {
        const body2 = await response.text();
        throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
      }
      const retryResp = response.clone();
      try {
        binary22 = await WebAssembly.compileStreaming(response);
      } catch (reason) {
        console.error("wasm streaming compile failed:", reason);
        console.error("falling back to ArrayBuffer instantiation");
        binary22 = new Uint8Array(await retryResp.arrayBuffer());
      }
    }
    const mod = await C.loadWebAssemblyModule(binary22, { loadAsync: true });
    return _Language.loadFromWasmExports(mod, { sync: false });
  }
  static loadFromWasmExports(mod, { sync }) {
    const symbolNames = Object.keys(mod);
    const functionName = symbolNames.find((key) => LANGUAGE_FUNCTION_REGEX.test(key) && !key.includes("external_scanner_"));
    if (!functionName) {
      console.log(`Couldn't find language function in Wasm file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
      throw new Error(`Language.${sync ? "loadSync" : "load"} failed: no language function found in Wasm file`);
    }
    const languageAddress = mod[functionName]();
    return new _Language(INTERNAL, languageAddress);
  }
  /**
   * Load a language synchronously from a pre-compiled WebAssembly module.
   * Use this when the host environment provides a `WebAssembly.Module` directly.
   */
  static loadSync(wasmModule) {
    const mod = C.loadWebAssemblyModule(wasmModule, { loadAsync: false });
    return _Language.loadFromWasmExports(mod, { sync: true });
  }
};
async function Module2(moduleArg = {}) {
  var moduleRtn;
  var Module = moduleArg;
  var ENVIRONMENT_IS_WEB = typeof window == "object";
  var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
  var ENVIRONMENT_IS_NODE = typeof process == "object" && process.versions?.node && process.type != "renderer";
  if (ENVIRONMENT_IS_NODE) {
    const { createRequire } = await import("module");
    var require = createRequire(import.meta.url);
  }
  Module.currentQueryProgressCallback = null;
  Module.currentProgressCallback = null;
  Module.currentLogCallback = null;
  Module.currentParseCallback = null;
  var arguments_ = [];
  var thisProgram = "./this.program";
  var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
    throw toThrow;
  }, "quit_");
  var _scriptName = import.meta.url;
  var scriptDirectory = "";
  function locateFile(path) {
    if (Module["locateFile"]) {
      return Module["locateFile"](path, scriptDirectory);
    }
    return scriptDirectory + path;
  }
  __name(locateFile, "locateFile");
  var readAsync, readBinary;
  if (ENVIRONMENT_IS_NODE) {
    var fs = require("fs");
    if (_scriptName.startsWith("file:")) {
      scriptDirectory = require("path").dirname(require("url").fileURLToPath(_scriptName)) + "/";
    }
    readBinary = /* @__PURE__ */ __name((filename) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename);
      return ret;
    }, "readBinary");
    readAsync = /* @__PURE__ */ __name(async (filename, binary22 = true) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename, binary22 ? void 0 : "utf8");
      return ret;
    }, "readAsync");
    if (process.argv.length > 1) {
      thisProgram = process.argv[1].replace(/\\/g, "/");
    }
    arguments_ = process.argv.slice(2);
    quit_ = /* @__PURE__ */ __name((status, toThrow) => {
      process.exitCode = status;
      throw toThrow;
    }, "quit_");
  } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
    try {
      scriptDirectory = new URL(".", _scriptName).href;
    } catch {
    }
    {
      if (ENVIRONMENT_IS_WORKER) {
        readBinary = /* @__PURE__ */ __name((url) => {
          var xhr = new XMLHttpRequest();
          xhr.open("GET", url, false);
          xhr.responseType = "arraybuffer";
          xhr.send(null);
          return new Uint8Array(
            /** @type{!ArrayBuffer} */
            xhr.response
          );
        }, "readBinary");
      }
      readAsync = /* @__PURE__ */ __name(async (url) => {
        if (isFileURI(url)) {
          return new Promise((resolve2, reject) => {
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url, true);
            xhr.responseType = "arraybuffer";
            xhr.onload = () => {
              if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                resolve2(xhr.response);
                return;
              }
              reject(xhr.status);
            };
            xhr.onerror = reject;
            xhr.send(null);
          });
        }
        var response = await fetch(url, {
          credentials: "same-origin"
        });
        if (response.ok) {
          return response.arrayBuffer();
        }
        throw new Error(response.status + " : " + response.url);
      }, "readAsync");
    }
  } else {
  }
  var out = console.log.bind(console);
  var err = console.error.bind(console);
  var dynamicLibraries = [];
  var wasmBinary;
  var ABORT = false;
  var EXITSTATUS;
  var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
  var readyPromiseResolve, readyPromiseReject;
  var wasmMemory;
  var HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
  var HEAP64, HEAPU64;
  var HEAP_DATA_VIEW;
  var runtimeInitialized = false;
  function updateMemoryViews() {
    var b = wasmMemory.buffer;
    Module["HEAP8"] = HEAP8 = new Int8Array(b);
    Module["HEAP16"] = HEAP16 = new Int16Array(b);
    Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
    Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
    Module["HEAP32"] = HEAP32 = new Int32Array(b);
    Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
    Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
    Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
    Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
    Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
    Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
    LE_HEAP_UPDATE();
  }
  __name(updateMemoryViews, "updateMemoryViews");
  function initMemory() {
    if (Module["wasmMemory"]) {
      wasmMemory = Module["wasmMemory"];
    } else {
      var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
      wasmMemory = new WebAssembly.Memory({
        "initial": INITIAL_MEMORY / 65536,
        // In theory we should not need to emit the maximum if we want "unlimited"
        // or 4GB of memory, but VMs error on that atm, see
        // https://github.com/emscripten-core/emscripten/issues/14130
        // And in the pthreads case we definitely need to emit a maximum. So
        // always emit one.
        "maximum": 32768
      });
    }
    updateMemoryViews();
  }
  __name(initMemory, "initMemory");
  var __RELOC_FUNCS__ = [];
  function preRun() {
    if (Module["preRun"]) {
      if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
      while (Module["preRun"].length) {
        addOnPreRun(Module["preRun"].shift());
      }
    }
    callRuntimeCallbacks(onPreRuns);
  }
  __name(preRun, "preRun");
  function initRuntime() {
    runtimeInitialized = true;
    callRuntimeCallbacks(__RELOC_FUNCS__);
    wasmExports["__wasm_call_ctors"]();
    callRuntimeCallbacks(onPostCtors);
  }
  __name(initRuntime, "initRuntime");
  function preMain() {
  }
  __name(preMain, "preMain");
  function postRun() {
    if (Module["postRun"]) {
      if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
      while (Module["postRun"].length) {
        addOnPostRun(Module["postRun"].shift());
      }
    }
    callRuntimeCallbacks(onPostRuns);
  }
  __name(postRun, "postRun");
  function abort(what) {
    Module["onAbort"]?.(what);
    what = "Aborted(" + what + ")";
    err(what);
    ABORT = true;
    what += ". Build with -sASSERTIONS for more info.";
    var e = new WebAssembly.RuntimeError(what);
    readyPromiseReject?.(e);
    throw e;
  }
  __name(abort, "abort");
  var wasmBinaryFile;
  function findWasmBinary() {
    if (Module["locateFile"]) {
      return locateFile("web-tree-sitter.wasm");
    }
    return new URL("web-tree-sitter.wasm", import.meta.url).href;
  }
  __name(findWasmBinary, "findWasmBinary");
  function getBinarySync(file) {
    if (file == wasmBinaryFile && wasmBinary) {
      return new Uint8Array(wasmBinary);
    }
    if (readBinary) {
      return readBinary(file);
    }
    throw "both async and sync fetching of the wasm failed";
  }
  __name(getBinarySync, "getBinarySync");
  async function getWasmBinary(binaryFile) {
    if (!wasmBinary) {
      try {
        var response = await readAsync(binaryFile);
        return new Uint8Array(response);
      } catch {
      }
    }
    return getBinarySync(binaryFile);
  }
  __name(getWasmBinary, "getWasmBinary");
  async function instantiateArrayBuffer(binaryFile, imports) {
    try {
      var binary22 = await getWasmBinary(binaryFile);
      var instance2 = await WebAssembly.instantiate(binary22, imports);
      return instance2;
    } catch (reason) {
      err(`failed to asynchronously prepare wasm: ${reason}`);
      abort(reason);
    }
  }
  __name(instantiateArrayBuffer, "instantiateArrayBuffer");
  async function instantiateAsync(binary22, binaryFile, imports) {
    if (!binary22 && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
      try {
        var response = fetch(binaryFile, {
          credentials: "same-origin"
        });
        var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
        return instantiationResult;
      } catch (reason) {
        err(`wasm streaming compile failed: ${reason}`);
        err("falling back to ArrayBuffer instantiation");
      }
    }
    return instantiateArrayBuffer(binaryFile, imports);
  }
  __name(instantiateAsync, "instantiateAsync");
  function getWasmImports() {
    return {
      "env": wasmImports,
      "wasi_snapshot_preview1": wasmImports,
      "GOT.mem": new Proxy(wasmImports, GOTHandler),
      "GOT.func": new Proxy(wasmImports, GOTHandler)
    };
  }
  __name(getWasmImports, "getWasmImports");
  async function createWasm() {
    function receiveInstance(instance2, module2) {
      wasmExports = instance2.exports;
      wasmExports = relocateExports(wasmExports, 1024);
      var metadata2 = getDylinkMetadata(module2);
      if (metadata2.neededDynlibs) {
        dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
      }
      mergeLibSymbols(wasmExports, "main");
      LDSO.init();
      loadDylibs();
      __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
      assignWasmExports(wasmExports);
      return wasmExports;
    }
    __name(receiveInstance, "receiveInstance");
    function receiveInstantiationResult(result2) {
      return receiveInstance(result2["instance"], result2["module"]);
    }
    __name(receiveInstantiationResult, "receiveInstantiationResult");
    var info2 = getWasmImports();
    if (Module["instantiateWasm"]) {
      return new Promise((resolve2, reject) => {
        Module["instantiateWasm"](info2, (mod, inst) => {
          resolve2(receiveInstance(mod, inst));
        });
      });
    }
    wasmBinaryFile ??= findWasmBinary();
    var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
    var exports = receiveInstantiationResult(result);
    return exports;
  }
  __name(createWasm, "createWasm");
  class ExitStatus {
    static {
      __name(this, "ExitStatus");
    }
    name = "ExitStatus";
    constructor(status) {
      this.message = `Program terminated with exit(${status})`;
      this.status = status;
    }
  }
  var GOT = {};
  var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
  var GOTHandler = {
    get(obj2, symName) {
      var rtn = GOT[symName];
      if (!rtn) {
        rtn = GOT[symName] = new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        });
      }
      if (!currentModuleWeakSymbols.has(symName)) {
        rtn.required = true;
      }
      return rtn;
    }
  };
  var LE_ATOMICS_NATIVE_BYTE_ORDER = [];
  var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
  var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
  var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
  var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
  var LE_HEAP_LOAD_I64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getBigInt64(byteOffset, true), "LE_HEAP_LOAD_I64");
  var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
  var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
  var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
  var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
  var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
  var LE_HEAP_STORE_I64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setBigInt64(byteOffset, value, true), "LE_HEAP_STORE_I64");
  var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
  var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
    while (callbacks.length > 0) {
      callbacks.shift()(Module);
    }
  }, "callRuntimeCallbacks");
  var onPostRuns = [];
  var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.push(cb), "addOnPostRun");
  var onPreRuns = [];
  var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.push(cb), "addOnPreRun");
  var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
  var findStringEnd = /* @__PURE__ */ __name((heapOrArray, idx, maxBytesToRead, ignoreNul) => {
    var maxIdx = idx + maxBytesToRead;
    if (ignoreNul) return maxIdx;
    while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
    return idx;
  }, "findStringEnd");
  var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
    var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
    if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
      return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
    }
    var str2 = "";
    while (idx < endPtr) {
      var u0 = heapOrArray[idx++];
      if (!(u0 & 128)) {
        str2 += String.fromCharCode(u0);
        continue;
      }
      var u1 = heapOrArray[idx++] & 63;
      if ((u0 & 224) == 192) {
        str2 += String.fromCharCode((u0 & 31) << 6 | u1);
        continue;
      }
      var u2 = heapOrArray[idx++] & 63;
      if ((u0 & 240) == 224) {
        u0 = (u0 & 15) << 12 | u1 << 6 | u2;
      } else {
        u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
      }
      if (u0 < 65536) {
        str2 += String.fromCharCode(u0);
      } else {
        var ch = u0 - 65536;
        str2 += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
      }
    }
    return str2;
  }, "UTF8ArrayToString");
  var getDylinkMetadata = /* @__PURE__ */ __name((binary22) => {
    var offset = 0;
    var end = 0;
    function getU8() {
      return binary22[offset++];
    }
    __name(getU8, "getU8");
    function getLEB() {
      var ret = 0;
      var mul = 1;
      while (1) {
        var byte = binary22[offset++];
        ret += (byte & 127) * mul;
        mul *= 128;
        if (!(byte & 128)) break;
      }
      return ret;
    }
    __name(getLEB, "getLEB");
    function getString() {
      var len = getLEB();
      offset += len;
      return UTF8ArrayToString(binary22, offset - len, len);
    }
    __name(getString, "getString");
    function getStringList() {
      var count2 = getLEB();
      var rtn = [];
      while (count2--) rtn.push(getString());
      return rtn;
    }
    __name(getStringList, "getStringList");
    function failIf(condition, message) {
      if (condition) throw new Error(message);
    }
    __name(failIf, "failIf");
    if (binary22 instanceof WebAssembly.Module) {
      var dylinkSection = WebAssembly.Module.customSections(binary22, "dylink.0");
      failIf(dylinkSection.length === 0, "need dylink section");
      binary22 = new Uint8Array(dylinkSection[0]);
      end = binary22.length;
    } else {
      var int32View = new Uint32Array(new Uint8Array(binary22.subarray(0, 24)).buffer);
      var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
      failIf(!magicNumberFound, "need to see wasm magic number");
      failIf(binary22[8] !== 0, "need the dylink section to be first");
      offset = 9;
      var section_size = getLEB();
      end = offset + section_size;
      var name2 = getString();
      failIf(name2 !== "dylink.0");
    }
    var customSection = {
      neededDynlibs: [],
      tlsExports: /* @__PURE__ */ new Set(),
      weakImports: /* @__PURE__ */ new Set(),
      runtimePaths: []
    };
    var WASM_DYLINK_MEM_INFO = 1;
    var WASM_DYLINK_NEEDED = 2;
    var WASM_DYLINK_EXPORT_INFO = 3;
    var WASM_DYLINK_IMPORT_INFO = 4;
    var WASM_DYLINK_RUNTIME_PATH = 5;
    var WASM_SYMBOL_TLS = 256;
    var WASM_SYMBOL_BINDING_MASK = 3;
    var WASM_SYMBOL_BINDING_WEAK = 1;
    while (offset < end) {
      var subsectionType = getU8();
      var subsectionSize = getLEB();
      if (subsectionType === WASM_DYLINK_MEM_INFO) {
        customSection.memorySize = getLEB();
        customSection.memoryAlign = getLEB();
        customSection.tableSize = getLEB();
        customSection.tableAlign = getLEB();
      } else if (subsectionType === WASM_DYLINK_NEEDED) {
        customSection.neededDynlibs = getStringList();
      } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var symname = getString();
          var flags22 = getLEB();
          if (flags22 & WASM_SYMBOL_TLS) {
            customSection.tlsExports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var modname = getString();
          var symname = getString();
          var flags22 = getLEB();
          if ((flags22 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
            customSection.weakImports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_RUNTIME_PATH) {
        customSection.runtimePaths = getStringList();
      } else {
        offset += subsectionSize;
      }
    }
    return customSection;
  }, "getDylinkMetadata");
  function getValue(ptr, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        return HEAP8[ptr];
      case "i8":
        return HEAP8[ptr];
      case "i16":
        return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
      case "i32":
        return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
      case "i64":
        return LE_HEAP_LOAD_I64((ptr >> 3) * 8);
      case "float":
        return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
      case "double":
        return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
      case "*":
        return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
      default:
        abort(`invalid type for getValue: ${type}`);
    }
  }
  __name(getValue, "getValue");
  var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
    var dso = {
      refcount: Infinity,
      name: name2,
      exports: syms,
      global: true
    };
    LDSO.loadedLibsByName[name2] = dso;
    if (handle2 != void 0) {
      LDSO.loadedLibsByHandle[handle2] = dso;
    }
    return dso;
  }, "newDSO");
  var LDSO = {
    loadedLibsByName: {},
    loadedLibsByHandle: {},
    init() {
      newDSO("__main__", 0, wasmImports);
    }
  };
  var ___heap_base = 82240;
  var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
  var getMemory = /* @__PURE__ */ __name((size) => {
    if (runtimeInitialized) {
      return _calloc(size, 1);
    }
    var ret = ___heap_base;
    var end = ret + alignMemory(size, 16);
    ___heap_base = end;
    GOT["__heap_base"].value = end;
    return ret;
  }, "getMemory");
  var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
  var uleb128EncodeWithLen = /* @__PURE__ */ __name((arr) => {
    const n = arr.length;
    return [n % 128 | 128, n >> 7, ...arr];
  }, "uleb128EncodeWithLen");
  var wasmTypeCodes = {
    "i": 127,
    // i32
    "p": 127,
    // i32
    "j": 126,
    // i64
    "f": 125,
    // f32
    "d": 124,
    // f64
    "e": 111
  };
  var generateTypePack = /* @__PURE__ */ __name((types) => uleb128EncodeWithLen(Array.from(types, (type) => {
    var code = wasmTypeCodes[type];
    return code;
  })), "generateTypePack");
  var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
    var bytes = Uint8Array.of(
      0,
      97,
      115,
      109,
      // magic ("\0asm")
      1,
      0,
      0,
      0,
      // version: 1
      1,
      ...uleb128EncodeWithLen([
        1,
        // count: 1
        96,
        // param types
        ...generateTypePack(sig.slice(1)),
        // return types (for now only supporting [] if `void` and single [T] otherwise)
        ...generateTypePack(sig[0] === "v" ? "" : sig[0])
      ]),
      // The rest of the module is static
      2,
      7,
      // import section
      // (import "e" "f" (func 0 (type 0)))
      1,
      1,
      101,
      1,
      102,
      0,
      0,
      7,
      5,
      // export section
      // (export "f" (func 0 (type 0)))
      1,
      1,
      102,
      0,
      0
    );
    var module2 = new WebAssembly.Module(bytes);
    var instance2 = new WebAssembly.Instance(module2, {
      "e": {
        "f": func2
      }
    });
    var wrappedFunc = instance2.exports["f"];
    return wrappedFunc;
  }, "convertJsFunctionToWasm");
  var wasmTableMirror = [];
  var wasmTable = new WebAssembly.Table({
    "initial": 31,
    "element": "anyfunc"
  });
  var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
    var func2 = wasmTableMirror[funcPtr];
    if (!func2) {
      wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
    }
    return func2;
  }, "getWasmTableEntry");
  var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
    if (functionsInTableMap) {
      for (var i2 = offset; i2 < offset + count; i2++) {
        var item = getWasmTableEntry(i2);
        if (item) {
          functionsInTableMap.set(item, i2);
        }
      }
    }
  }, "updateTableMap");
  var functionsInTableMap;
  var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
    if (!functionsInTableMap) {
      functionsInTableMap = /* @__PURE__ */ new WeakMap();
      updateTableMap(0, wasmTable.length);
    }
    return functionsInTableMap.get(func2) || 0;
  }, "getFunctionAddress");
  var freeTableIndexes = [];
  var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
    if (freeTableIndexes.length) {
      return freeTableIndexes.pop();
    }
    return wasmTable["grow"](1);
  }, "getEmptyTableSlot");
  var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
    wasmTable.set(idx, func2);
    wasmTableMirror[idx] = wasmTable.get(idx);
  }, "setWasmTableEntry");
  var addFunction = /* @__PURE__ */ __name((func2, sig) => {
    var rtn = getFunctionAddress(func2);
    if (rtn) {
      return rtn;
    }
    var ret = getEmptyTableSlot();
    try {
      setWasmTableEntry(ret, func2);
    } catch (err2) {
      if (!(err2 instanceof TypeError)) {
        throw err2;
      }
      var wrapped = convertJsFunctionToWasm(func2, sig);
      setWasmTableEntry(ret, wrapped);
    }
    functionsInTableMap.set(func2, ret);
    return ret;
  }, "addFunction");
  var updateGOT = /* @__PURE__ */ __name((exports, replace) => {
    for (var symName in exports) {
      if (isInternalSym(symName)) {
        continue;
      }
      var value = exports[symName];
      GOT[symName] ||= new WebAssembly.Global({
        "value": "i32",
        "mutable": true
      });
      if (replace || GOT[symName].value == 0) {
        if (typeof value == "function") {
          GOT[symName].value = addFunction(value);
        } else if (typeof value == "number") {
          GOT[symName].value = value;
        } else {
          err(`unhandled export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "updateGOT");
  var relocateExports = /* @__PURE__ */ __name((exports, memoryBase2, replace) => {
    var relocated = {};
    for (var e in exports) {
      var value = exports[e];
      if (typeof value == "object") {
        value = value.value;
      }
      if (typeof value == "number") {
        value += memoryBase2;
      }
      relocated[e] = value;
    }
    updateGOT(relocated, replace);
    return relocated;
  }, "relocateExports");
  var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
    var existing = wasmImports[symName];
    if (!existing || existing.stub) {
      return false;
    }
    return true;
  }, "isSymbolDefined");
  var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = [], promising = false) => {
    var func2 = getWasmTableEntry(ptr);
    var rtn = func2(...args2);
    function convert(rtn2) {
      return rtn2;
    }
    __name(convert, "convert");
    return convert(rtn);
  }, "dynCall");
  var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
  var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
  var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
    var sp = stackSave();
    try {
      return dynCall(sig, ptr, args2);
    } catch (e) {
      stackRestore(sp);
      if (e !== e + 0) throw e;
      _setThrew(1, 0);
      if (sig[0] == "j") return 0n;
    }
  }, "createInvokeFunction");
  var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
    var sym;
    if (isSymbolDefined(symName)) {
      sym = wasmImports[symName];
    } else if (symName.startsWith("invoke_")) {
      sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
    }
    return {
      sym,
      name: symName
    };
  }, "resolveGlobalSymbol");
  var onPostCtors = [];
  var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.push(cb), "addOnPostCtor");
  var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "", "UTF8ToString");
  var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
    var metadata = getDylinkMetadata(binary);
    function loadModule() {
      var memAlign = Math.pow(2, metadata.memoryAlign);
      var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
      var tableBase = metadata.tableSize ? wasmTable.length : 0;
      if (handle) {
        HEAP8[handle + 8] = 1;
        LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
        LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
        LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
        LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
      }
      if (metadata.tableSize) {
        wasmTable.grow(metadata.tableSize);
      }
      var moduleExports;
      function resolveSymbol(sym) {
        var resolved = resolveGlobalSymbol(sym).sym;
        if (!resolved && localScope) {
          resolved = localScope[sym];
        }
        if (!resolved) {
          resolved = moduleExports[sym];
        }
        return resolved;
      }
      __name(resolveSymbol, "resolveSymbol");
      var proxyHandler = {
        get(stubs, prop) {
          switch (prop) {
            case "__memory_base":
              return memoryBase;
            case "__table_base":
              return tableBase;
          }
          if (prop in wasmImports && !wasmImports[prop].stub) {
            var res = wasmImports[prop];
            return res;
          }
          if (!(prop in stubs)) {
            var resolved;
            stubs[prop] = (...args2) => {
              resolved ||= resolveSymbol(prop);
              return resolved(...args2);
            };
          }
          return stubs[prop];
        }
      };
      var proxy = new Proxy({}, proxyHandler);
      currentModuleWeakSymbols = metadata.weakImports;
      var info = {
        "GOT.mem": new Proxy({}, GOTHandler),
        "GOT.func": new Proxy({}, GOTHandler),
        "env": proxy,
        "wasi_snapshot_preview1": proxy
      };
      function postInstantiation(module, instance) {
        updateTableMap(tableBase, metadata.tableSize);
        moduleExports = relocateExports(instance.exports, memoryBase);
        if (!flags.allowUndefined) {
          reportUndefinedSymbols();
        }
        function addEmAsm(addr, body) {
          var args = [];
          var arity = 0;
          for (; arity < 16; arity++) {
            if (body.indexOf("$" + arity) != -1) {
              args.push("$" + arity);
            } else {
              break;
            }
          }
          args = args.join(",");
          var func = `(${args}) => { ${body} };`;
          ASM_CONSTS[start] = eval(func);
        }
        __name(addEmAsm, "addEmAsm");
        if ("__start_em_asm" in moduleExports) {
          var start = moduleExports["__start_em_asm"];
          var stop = moduleExports["__stop_em_asm"];
          while (start < stop) {
            var jsString = UTF8ToString(start);
            addEmAsm(start, jsString);
            start = HEAPU8.indexOf(0, start) + 1;
          }
        }
        function addEmJs(name, cSig, body) {
          var jsArgs = [];
          cSig = cSig.slice(1, -1);
          if (cSig != "void") {
            cSig = cSig.split(",");
            for (var i in cSig) {
              var jsArg = cSig[i].split(" ").pop();
              jsArgs.push(jsArg.replace("*", ""));
            }
          }
          var func = `(${jsArgs}) => ${body};`;
          moduleExports[name] = eval(func);
        }
        __name(addEmJs, "addEmJs");
        for (var name in moduleExports) {
          if (name.startsWith("__em_js__")) {
            var start = moduleExports[name];
            var jsString = UTF8ToString(start);
            var parts = jsString.split("<::>");
            addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
            delete moduleExports[name];
          }
        }
        var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
        if (applyRelocs) {
          if (runtimeInitialized) {
            applyRelocs();
          } else {
            __RELOC_FUNCS__.push(applyRelocs);
          }
        }
        var init = moduleExports["__wasm_call_ctors"];
        if (init) {
          if (runtimeInitialized) {
            init();
          } else {
            addOnPostCtor(init);
          }
        }
        return moduleExports;
      }
      __name(postInstantiation, "postInstantiation");
      if (flags.loadAsync) {
        return (async () => {
          var instance2;
          if (binary instanceof WebAssembly.Module) {
            instance2 = new WebAssembly.Instance(binary, info);
          } else {
            ({ module: binary, instance: instance2 } = await WebAssembly.instantiate(binary, info));
          }
          return postInstantiation(binary, instance2);
        })();
      }
      var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
      var instance = new WebAssembly.Instance(module, info);
      return postInstantiation(module, instance);
    }
    __name(loadModule, "loadModule");
    flags = {
      ...flags,
      rpath: {
        parentLibPath: libName,
        paths: metadata.runtimePaths
      }
    };
    if (flags.loadAsync) {
      return metadata.neededDynlibs.reduce((chain2, dynNeeded) => chain2.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
    }
    metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
    return loadModule();
  }, "loadWebAssemblyModule");
  var mergeLibSymbols = /* @__PURE__ */ __name((exports, libName2) => {
    for (var [sym, exp] of Object.entries(exports)) {
      const setImport = /* @__PURE__ */ __name((target) => {
        if (!isSymbolDefined(target)) {
          wasmImports[target] = exp;
        }
      }, "setImport");
      setImport(sym);
      const main_alias = "__main_argc_argv";
      if (sym == "main") {
        setImport(main_alias);
      }
      if (sym == main_alias) {
        setImport("main");
      }
    }
  }, "mergeLibSymbols");
  var asyncLoad = /* @__PURE__ */ __name(async (url) => {
    var arrayBuffer = await readAsync(url);
    return new Uint8Array(arrayBuffer);
  }, "asyncLoad");
  function loadDynamicLibrary(libName2, flags22 = {
    global: true,
    nodelete: true
  }, localScope2, handle2) {
    var dso = LDSO.loadedLibsByName[libName2];
    if (dso) {
      if (!flags22.global) {
        if (localScope2) {
          Object.assign(localScope2, dso.exports);
        }
      } else if (!dso.global) {
        dso.global = true;
        mergeLibSymbols(dso.exports, libName2);
      }
      if (flags22.nodelete && dso.refcount !== Infinity) {
        dso.refcount = Infinity;
      }
      dso.refcount++;
      if (handle2) {
        LDSO.loadedLibsByHandle[handle2] = dso;
      }
      return flags22.loadAsync ? Promise.resolve(true) : true;
    }
    dso = newDSO(libName2, handle2, "loading");
    dso.refcount = flags22.nodelete ? Infinity : 1;
    dso.global = flags22.global;
    function loadLibData() {
      if (handle2) {
        var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
        var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
        if (data && dataSize) {
          var libData = HEAP8.slice(data, data + dataSize);
          return flags22.loadAsync ? Promise.resolve(libData) : libData;
        }
      }
      var libFile = locateFile(libName2);
      if (flags22.loadAsync) {
        return asyncLoad(libFile);
      }
      if (!readBinary) {
        throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
      }
      return readBinary(libFile);
    }
    __name(loadLibData, "loadLibData");
    function getExports() {
      if (flags22.loadAsync) {
        return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags22, libName2, localScope2, handle2));
      }
      return loadWebAssemblyModule(loadLibData(), flags22, libName2, localScope2, handle2);
    }
    __name(getExports, "getExports");
    function moduleLoaded(exports) {
      if (dso.global) {
        mergeLibSymbols(exports, libName2);
      } else if (localScope2) {
        Object.assign(localScope2, exports);
      }
      dso.exports = exports;
    }
    __name(moduleLoaded, "moduleLoaded");
    if (flags22.loadAsync) {
      return getExports().then((exports) => {
        moduleLoaded(exports);
        return true;
      });
    }
    moduleLoaded(getExports());
    return true;
  }
  __name(loadDynamicLibrary, "loadDynamicLibrary");
  var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
    for (var [symName, entry] of Object.entries(GOT)) {
      if (entry.value == 0) {
        var value = resolveGlobalSymbol(symName, true).sym;
        if (!value && !entry.required) {
          continue;
        }
        if (typeof value == "function") {
          entry.value = addFunction(value, value.sig);
        } else if (typeof value == "number") {
          entry.value = value;
        } else {
          throw new Error(`bad export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "reportUndefinedSymbols");
  var runDependencies = 0;
  var dependenciesFulfilled = null;
  var removeRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies--;
    Module["monitorRunDependencies"]?.(runDependencies);
    if (runDependencies == 0) {
      if (dependenciesFulfilled) {
        var callback = dependenciesFulfilled;
        dependenciesFulfilled = null;
        callback();
      }
    }
  }, "removeRunDependency");
  var addRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies++;
    Module["monitorRunDependencies"]?.(runDependencies);
  }, "addRunDependency");
  var loadDylibs = /* @__PURE__ */ __name(async () => {
    if (!dynamicLibraries.length) {
      reportUndefinedSymbols();
      return;
    }
    addRunDependency("loadDylibs");
    for (var lib of dynamicLibraries) {
      await loadDynamicLibrary(lib, {
        loadAsync: true,
        global: true,
        nodelete: true,
        allowUndefined: true
      });
    }
    reportUndefinedSymbols();
    removeRunDependency("loadDylibs");
  }, "loadDylibs");
  var noExitRuntime = true;
  function setValue(ptr, value, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        HEAP8[ptr] = value;
        break;
      case "i8":
        HEAP8[ptr] = value;
        break;
      case "i16":
        LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
        break;
      case "i32":
        LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
        break;
      case "i64":
        LE_HEAP_STORE_I64((ptr >> 3) * 8, BigInt(value));
        break;
      case "float":
        LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
        break;
      case "double":
        LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
        break;
      case "*":
        LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
        break;
      default:
        abort(`invalid type for setValue: ${type}`);
    }
  }
  __name(setValue, "setValue");
  var ___memory_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1024);
  var ___stack_high = 82240;
  var ___stack_low = 16704;
  var ___stack_pointer = new WebAssembly.Global({
    "value": "i32",
    "mutable": true
  }, 82240);
  var ___table_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1);
  var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
  __abort_js.sig = "v";
  var getHeapMax = /* @__PURE__ */ __name(() => (
    // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
    // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
    // for any code that deals with heap sizes, which would require special
    // casing all heap size related code to treat 0 specially.
    2147483648
  ), "getHeapMax");
  var growMemory = /* @__PURE__ */ __name((size) => {
    var oldHeapSize = wasmMemory.buffer.byteLength;
    var pages = (size - oldHeapSize + 65535) / 65536 | 0;
    try {
      wasmMemory.grow(pages);
      updateMemoryViews();
      return 1;
    } catch (e) {
    }
  }, "growMemory");
  var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
    var oldSize = HEAPU8.length;
    requestedSize >>>= 0;
    var maxHeapSize = getHeapMax();
    if (requestedSize > maxHeapSize) {
      return false;
    }
    for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
      var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
      overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
      var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
      var replacement = growMemory(newSize);
      if (replacement) {
        return true;
      }
    }
    return false;
  }, "_emscripten_resize_heap");
  _emscripten_resize_heap.sig = "ip";
  var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
  _fd_close.sig = "ii";
  var INT53_MAX = 9007199254740992;
  var INT53_MIN = -9007199254740992;
  var bigintToI53Checked = /* @__PURE__ */ __name((num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num), "bigintToI53Checked");
  function _fd_seek(fd, offset, whence, newOffset) {
    offset = bigintToI53Checked(offset);
    return 70;
  }
  __name(_fd_seek, "_fd_seek");
  _fd_seek.sig = "iijip";
  var printCharBuffers = [null, [], []];
  var printChar = /* @__PURE__ */ __name((stream, curr) => {
    var buffer = printCharBuffers[stream];
    if (curr === 0 || curr === 10) {
      (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
      buffer.length = 0;
    } else {
      buffer.push(curr);
    }
  }, "printChar");
  var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
    var num = 0;
    for (var i2 = 0; i2 < iovcnt; i2++) {
      var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
      var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
      iov += 8;
      for (var j = 0; j < len; j++) {
        printChar(fd, HEAPU8[ptr + j]);
      }
      num += len;
    }
    LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
    return 0;
  }, "_fd_write");
  _fd_write.sig = "iippp";
  function _tree_sitter_log_callback(isLexMessage, messageAddress) {
    if (Module.currentLogCallback) {
      const message = UTF8ToString(messageAddress);
      Module.currentLogCallback(message, isLexMessage !== 0);
    }
  }
  __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
  function _tree_sitter_parse_callback(inputBufferAddress, index2, row, column, lengthAddress) {
    const INPUT_BUFFER_SIZE = 10 * 1024;
    const string = Module.currentParseCallback(index2, {
      row,
      column
    });
    if (typeof string === "string") {
      setValue(lengthAddress, string.length, "i32");
      stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
    } else {
      setValue(lengthAddress, 0, "i32");
    }
  }
  __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
  function _tree_sitter_progress_callback(currentOffset, hasError) {
    if (Module.currentProgressCallback) {
      return Module.currentProgressCallback({
        currentOffset,
        hasError
      });
    }
    return false;
  }
  __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
  function _tree_sitter_query_progress_callback(currentOffset) {
    if (Module.currentQueryProgressCallback) {
      return Module.currentQueryProgressCallback({
        currentOffset
      });
    }
    return false;
  }
  __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
  var runtimeKeepaliveCounter = 0;
  var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
  var _proc_exit = /* @__PURE__ */ __name((code) => {
    EXITSTATUS = code;
    if (!keepRuntimeAlive()) {
      Module["onExit"]?.(code);
      ABORT = true;
    }
    quit_(code, new ExitStatus(code));
  }, "_proc_exit");
  _proc_exit.sig = "vi";
  var exitJS = /* @__PURE__ */ __name((status, implicit) => {
    EXITSTATUS = status;
    _proc_exit(status);
  }, "exitJS");
  var handleException = /* @__PURE__ */ __name((e) => {
    if (e instanceof ExitStatus || e == "unwind") {
      return EXITSTATUS;
    }
    quit_(1, e);
  }, "handleException");
  var lengthBytesUTF8 = /* @__PURE__ */ __name((str2) => {
    var len = 0;
    for (var i2 = 0; i2 < str2.length; ++i2) {
      var c = str2.charCodeAt(i2);
      if (c <= 127) {
        len++;
      } else if (c <= 2047) {
        len += 2;
      } else if (c >= 55296 && c <= 57343) {
        len += 4;
        ++i2;
      } else {
        len += 3;
      }
    }
    return len;
  }, "lengthBytesUTF8");
  var stringToUTF8Array = /* @__PURE__ */ __name((str2, heap, outIdx, maxBytesToWrite) => {
    if (!(maxBytesToWrite > 0)) return 0;
    var startIdx = outIdx;
    var endIdx = outIdx + maxBytesToWrite - 1;
    for (var i2 = 0; i2 < str2.length; ++i2) {
      var u = str2.codePointAt(i2);
      if (u <= 127) {
        if (outIdx >= endIdx) break;
        heap[outIdx++] = u;
      } else if (u <= 2047) {
        if (outIdx + 1 >= endIdx) break;
        heap[outIdx++] = 192 | u >> 6;
        heap[outIdx++] = 128 | u & 63;
      } else if (u <= 65535) {
        if (outIdx + 2 >= endIdx) break;
        heap[outIdx++] = 224 | u >> 12;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
      } else {
        if (outIdx + 3 >= endIdx) break;
        heap[outIdx++] = 240 | u >> 18;
        heap[outIdx++] = 128 | u >> 12 & 63;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
        i2++;
      }
    }
    heap[outIdx] = 0;
    return outIdx - startIdx;
  }, "stringToUTF8Array");
  var stringToUTF8 = /* @__PURE__ */ __name((str2, outPtr, maxBytesToWrite) => stringToUTF8Array(str2, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
  var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
  var stringToUTF8OnStack = /* @__PURE__ */ __name((str2) => {
    var size = lengthBytesUTF8(str2) + 1;
    var ret = stackAlloc(size);
    stringToUTF8(str2, ret, size);
    return ret;
  }, "stringToUTF8OnStack");
  var AsciiToString = /* @__PURE__ */ __name((ptr) => {
    var str2 = "";
    while (1) {
      var ch = HEAPU8[ptr++];
      if (!ch) return str2;
      str2 += String.fromCharCode(ch);
    }
  }, "AsciiToString");
  var stringToUTF16 = /* @__PURE__ */ __name((str2, outPtr, maxBytesToWrite) => {
    maxBytesToWrite ??= 2147483647;
    if (maxBytesToWrite < 2) return 0;
    maxBytesToWrite -= 2;
    var startPtr = outPtr;
    var numCharsToWrite = maxBytesToWrite < str2.length * 2 ? maxBytesToWrite / 2 : str2.length;
    for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
      var codeUnit = str2.charCodeAt(i2);
      LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
      outPtr += 2;
    }
    LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
    return outPtr - startPtr;
  }, "stringToUTF16");
  LE_ATOMICS_NATIVE_BYTE_ORDER = new Int8Array(new Int16Array([1]).buffer)[0] === 1 ? [
    /* little endian */
    ((x) => x),
    ((x) => x),
    void 0,
    ((x) => x)
  ] : [
    /* big endian */
    ((x) => x),
    ((x) => ((x & 65280) << 8 | (x & 255) << 24) >> 16),
    void 0,
    ((x) => x >> 24 & 255 | x >> 8 & 65280 | (x & 65280) << 8 | (x & 255) << 24)
  ];
  function LE_HEAP_UPDATE() {
    HEAPU16.unsigned = ((x) => x & 65535);
    HEAPU32.unsigned = ((x) => x >>> 0);
  }
  __name(LE_HEAP_UPDATE, "LE_HEAP_UPDATE");
  {
    initMemory();
    if (Module["noExitRuntime"]) noExitRuntime = Module["noExitRuntime"];
    if (Module["print"]) out = Module["print"];
    if (Module["printErr"]) err = Module["printErr"];
    if (Module["dynamicLibraries"]) dynamicLibraries = Module["dynamicLibraries"];
    if (Module["wasmBinary"]) wasmBinary = Module["wasmBinary"];
    if (Module["arguments"]) arguments_ = Module["arguments"];
    if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
    if (Module["preInit"]) {
      if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
      while (Module["preInit"].length > 0) {
        Module["preInit"].shift()();
      }
    }
  }
  Module["setValue"] = setValue;
  Module["getValue"] = getValue;
  Module["UTF8ToString"] = UTF8ToString;
  Module["stringToUTF8"] = stringToUTF8;
  Module["lengthBytesUTF8"] = lengthBytesUTF8;
  Module["AsciiToString"] = AsciiToString;
  Module["stringToUTF16"] = stringToUTF16;
  Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
  Module["LE_HEAP_STORE_I64"] = LE_HEAP_STORE_I64;
  var ASM_CONSTS = {};
  var _malloc, _calloc, _realloc, _free, _ts_range_edit, _memcmp, _ts_language_symbol_count, _ts_language_state_count, _ts_language_abi_version, _ts_language_name, _ts_language_field_count, _ts_language_next_state, _ts_language_symbol_name, _ts_language_symbol_for_name, _strncmp, _strlen, _ts_language_symbol_type, _ts_language_field_name_for_id, _ts_lookahead_iterator_new, _ts_lookahead_iterator_delete, _ts_lookahead_iterator_reset_state, _ts_lookahead_iterator_reset, _ts_lookahead_iterator_next, _ts_lookahead_iterator_current_symbol, _ts_point_edit, _ts_parser_delete, _ts_parser_reset, _ts_parser_set_language, _ts_parser_set_included_ranges, _ts_query_new, _ts_query_delete, _iswspace, _iswalnum, _ts_query_copy, _ts_query_pattern_count, _ts_query_capture_count, _ts_query_string_count, _ts_query_capture_name_for_id, _ts_query_capture_quantifier_for_id, _ts_query_string_value_for_id, _ts_query_predicates_for_pattern, _ts_query_start_byte_for_pattern, _ts_query_end_byte_for_pattern, _ts_query_is_pattern_rooted, _ts_query_is_pattern_non_local, _ts_query_is_pattern_guaranteed_at_step, _ts_query_disable_capture, _ts_query_disable_pattern, _ts_tree_copy, _ts_tree_delete, _ts_init, _ts_parser_new_wasm, _ts_parser_enable_logger_wasm, _ts_parser_parse_wasm, _ts_parser_included_ranges_wasm, _ts_language_type_is_named_wasm, _ts_language_type_is_visible_wasm, _ts_language_metadata_wasm, _ts_language_supertypes_wasm, _ts_language_subtypes_wasm, _ts_tree_root_node_wasm, _ts_tree_root_node_with_offset_wasm, _ts_tree_edit_wasm, _ts_tree_included_ranges_wasm, _ts_tree_get_changed_ranges_wasm, _ts_tree_cursor_new_wasm, _ts_tree_cursor_copy_wasm, _ts_tree_cursor_delete_wasm, _ts_tree_cursor_reset_wasm, _ts_tree_cursor_reset_to_wasm, _ts_tree_cursor_goto_first_child_wasm, _ts_tree_cursor_goto_last_child_wasm, _ts_tree_cursor_goto_first_child_for_index_wasm, _ts_tree_cursor_goto_first_child_for_position_wasm, _ts_tree_cursor_goto_next_sibling_wasm, _ts_tree_cursor_goto_previous_sibling_wasm, _ts_tree_cursor_goto_descendant_wasm, _ts_tree_cursor_goto_parent_wasm, _ts_tree_cursor_current_node_type_id_wasm, _ts_tree_cursor_current_node_state_id_wasm, _ts_tree_cursor_current_node_is_named_wasm, _ts_tree_cursor_current_node_is_missing_wasm, _ts_tree_cursor_current_node_id_wasm, _ts_tree_cursor_start_position_wasm, _ts_tree_cursor_end_position_wasm, _ts_tree_cursor_start_index_wasm, _ts_tree_cursor_end_index_wasm, _ts_tree_cursor_current_field_id_wasm, _ts_tree_cursor_current_depth_wasm, _ts_tree_cursor_current_descendant_index_wasm, _ts_tree_cursor_current_node_wasm, _ts_node_symbol_wasm, _ts_node_field_name_for_child_wasm, _ts_node_field_name_for_named_child_wasm, _ts_node_children_by_field_id_wasm, _ts_node_first_child_for_byte_wasm, _ts_node_first_named_child_for_byte_wasm, _ts_node_grammar_symbol_wasm, _ts_node_child_count_wasm, _ts_node_named_child_count_wasm, _ts_node_child_wasm, _ts_node_named_child_wasm, _ts_node_child_by_field_id_wasm, _ts_node_next_sibling_wasm, _ts_node_prev_sibling_wasm, _ts_node_next_named_sibling_wasm, _ts_node_prev_named_sibling_wasm, _ts_node_descendant_count_wasm, _ts_node_parent_wasm, _ts_node_child_with_descendant_wasm, _ts_node_descendant_for_index_wasm, _ts_node_named_descendant_for_index_wasm, _ts_node_descendant_for_position_wasm, _ts_node_named_descendant_for_position_wasm, _ts_node_start_point_wasm, _ts_node_end_point_wasm, _ts_node_start_index_wasm, _ts_node_end_index_wasm, _ts_node_to_string_wasm, _ts_node_children_wasm, _ts_node_named_children_wasm, _ts_node_descendants_of_type_wasm, _ts_node_is_named_wasm, _ts_node_has_changes_wasm, _ts_node_has_error_wasm, _ts_node_is_error_wasm, _ts_node_is_missing_wasm, _ts_node_is_extra_wasm, _ts_node_parse_state_wasm, _ts_node_next_parse_state_wasm, _ts_query_matches_wasm, _ts_query_captures_wasm, _memset, _memcpy, _memmove, _iswalpha, _iswblank, _iswdigit, _iswlower, _iswpunct, _iswupper, _iswxdigit, _memchr, _strcmp, _strncat, _strncpy, _towlower, _towupper, _setThrew, __emscripten_stack_restore, __emscripten_stack_alloc, _emscripten_stack_get_current, ___wasm_apply_data_relocs;
  function assignWasmExports(wasmExports2) {
    Module["_malloc"] = _malloc = wasmExports2["malloc"];
    Module["_calloc"] = _calloc = wasmExports2["calloc"];
    Module["_realloc"] = _realloc = wasmExports2["realloc"];
    Module["_free"] = _free = wasmExports2["free"];
    Module["_ts_range_edit"] = _ts_range_edit = wasmExports2["ts_range_edit"];
    Module["_memcmp"] = _memcmp = wasmExports2["memcmp"];
    Module["_ts_language_symbol_count"] = _ts_language_symbol_count = wasmExports2["ts_language_symbol_count"];
    Module["_ts_language_state_count"] = _ts_language_state_count = wasmExports2["ts_language_state_count"];
    Module["_ts_language_abi_version"] = _ts_language_abi_version = wasmExports2["ts_language_abi_version"];
    Module["_ts_language_name"] = _ts_language_name = wasmExports2["ts_language_name"];
    Module["_ts_language_field_count"] = _ts_language_field_count = wasmExports2["ts_language_field_count"];
    Module["_ts_language_next_state"] = _ts_language_next_state = wasmExports2["ts_language_next_state"];
    Module["_ts_language_symbol_name"] = _ts_language_symbol_name = wasmExports2["ts_language_symbol_name"];
    Module["_ts_language_symbol_for_name"] = _ts_language_symbol_for_name = wasmExports2["ts_language_symbol_for_name"];
    Module["_strncmp"] = _strncmp = wasmExports2["strncmp"];
    Module["_strlen"] = _strlen = wasmExports2["strlen"];
    Module["_ts_language_symbol_type"] = _ts_language_symbol_type = wasmExports2["ts_language_symbol_type"];
    Module["_ts_language_field_name_for_id"] = _ts_language_field_name_for_id = wasmExports2["ts_language_field_name_for_id"];
    Module["_ts_lookahead_iterator_new"] = _ts_lookahead_iterator_new = wasmExports2["ts_lookahead_iterator_new"];
    Module["_ts_lookahead_iterator_delete"] = _ts_lookahead_iterator_delete = wasmExports2["ts_lookahead_iterator_delete"];
    Module["_ts_lookahead_iterator_reset_state"] = _ts_lookahead_iterator_reset_state = wasmExports2["ts_lookahead_iterator_reset_state"];
    Module["_ts_lookahead_iterator_reset"] = _ts_lookahead_iterator_reset = wasmExports2["ts_lookahead_iterator_reset"];
    Module["_ts_lookahead_iterator_next"] = _ts_lookahead_iterator_next = wasmExports2["ts_lookahead_iterator_next"];
    Module["_ts_lookahead_iterator_current_symbol"] = _ts_lookahead_iterator_current_symbol = wasmExports2["ts_lookahead_iterator_current_symbol"];
    Module["_ts_point_edit"] = _ts_point_edit = wasmExports2["ts_point_edit"];
    Module["_ts_parser_delete"] = _ts_parser_delete = wasmExports2["ts_parser_delete"];
    Module["_ts_parser_reset"] = _ts_parser_reset = wasmExports2["ts_parser_reset"];
    Module["_ts_parser_set_language"] = _ts_parser_set_language = wasmExports2["ts_parser_set_language"];
    Module["_ts_parser_set_included_ranges"] = _ts_parser_set_included_ranges = wasmExports2["ts_parser_set_included_ranges"];
    Module["_ts_query_new"] = _ts_query_new = wasmExports2["ts_query_new"];
    Module["_ts_query_delete"] = _ts_query_delete = wasmExports2["ts_query_delete"];
    Module["_iswspace"] = _iswspace = wasmExports2["iswspace"];
    Module["_iswalnum"] = _iswalnum = wasmExports2["iswalnum"];
    Module["_ts_query_copy"] = _ts_query_copy = wasmExports2["ts_query_copy"];
    Module["_ts_query_pattern_count"] = _ts_query_pattern_count = wasmExports2["ts_query_pattern_count"];
    Module["_ts_query_capture_count"] = _ts_query_capture_count = wasmExports2["ts_query_capture_count"];
    Module["_ts_query_string_count"] = _ts_query_string_count = wasmExports2["ts_query_string_count"];
    Module["_ts_query_capture_name_for_id"] = _ts_query_capture_name_for_id = wasmExports2["ts_query_capture_name_for_id"];
    Module["_ts_query_capture_quantifier_for_id"] = _ts_query_capture_quantifier_for_id = wasmExports2["ts_query_capture_quantifier_for_id"];
    Module["_ts_query_string_value_for_id"] = _ts_query_string_value_for_id = wasmExports2["ts_query_string_value_for_id"];
    Module["_ts_query_predicates_for_pattern"] = _ts_query_predicates_for_pattern = wasmExports2["ts_query_predicates_for_pattern"];
    Module["_ts_query_start_byte_for_pattern"] = _ts_query_start_byte_for_pattern = wasmExports2["ts_query_start_byte_for_pattern"];
    Module["_ts_query_end_byte_for_pattern"] = _ts_query_end_byte_for_pattern = wasmExports2["ts_query_end_byte_for_pattern"];
    Module["_ts_query_is_pattern_rooted"] = _ts_query_is_pattern_rooted = wasmExports2["ts_query_is_pattern_rooted"];
    Module["_ts_query_is_pattern_non_local"] = _ts_query_is_pattern_non_local = wasmExports2["ts_query_is_pattern_non_local"];
    Module["_ts_query_is_pattern_guaranteed_at_step"] = _ts_query_is_pattern_guaranteed_at_step = wasmExports2["ts_query_is_pattern_guaranteed_at_step"];
    Module["_ts_query_disable_capture"] = _ts_query_disable_capture = wasmExports2["ts_query_disable_capture"];
    Module["_ts_query_disable_pattern"] = _ts_query_disable_pattern = wasmExports2["ts_query_disable_pattern"];
    Module["_ts_tree_copy"] = _ts_tree_copy = wasmExports2["ts_tree_copy"];
    Module["_ts_tree_delete"] = _ts_tree_delete = wasmExports2["ts_tree_delete"];
    Module["_ts_init"] = _ts_init = wasmExports2["ts_init"];
    Module["_ts_parser_new_wasm"] = _ts_parser_new_wasm = wasmExports2["ts_parser_new_wasm"];
    Module["_ts_parser_enable_logger_wasm"] = _ts_parser_enable_logger_wasm = wasmExports2["ts_parser_enable_logger_wasm"];
    Module["_ts_parser_parse_wasm"] = _ts_parser_parse_wasm = wasmExports2["ts_parser_parse_wasm"];
    Module["_ts_parser_included_ranges_wasm"] = _ts_parser_included_ranges_wasm = wasmExports2["ts_parser_included_ranges_wasm"];
    Module["_ts_language_type_is_named_wasm"] = _ts_language_type_is_named_wasm = wasmExports2["ts_language_type_is_named_wasm"];
    Module["_ts_language_type_is_visible_wasm"] = _ts_language_type_is_visible_wasm = wasmExports2["ts_language_type_is_visible_wasm"];
    Module["_ts_language_metadata_wasm"] = _ts_language_metadata_wasm = wasmExports2["ts_language_metadata_wasm"];
    Module["_ts_language_supertypes_wasm"] = _ts_language_supertypes_wasm = wasmExports2["ts_language_supertypes_wasm"];
    Module["_ts_language_subtypes_wasm"] = _ts_language_subtypes_wasm = wasmExports2["ts_language_subtypes_wasm"];
    Module["_ts_tree_root_node_wasm"] = _ts_tree_root_node_wasm = wasmExports2["ts_tree_root_node_wasm"];
    Module["_ts_tree_root_node_with_offset_wasm"] = _ts_tree_root_node_with_offset_wasm = wasmExports2["ts_tree_root_node_with_offset_wasm"];
    Module["_ts_tree_edit_wasm"] = _ts_tree_edit_wasm = wasmExports2["ts_tree_edit_wasm"];
    Module["_ts_tree_included_ranges_wasm"] = _ts_tree_included_ranges_wasm = wasmExports2["ts_tree_included_ranges_wasm"];
    Module["_ts_tree_get_changed_ranges_wasm"] = _ts_tree_get_changed_ranges_wasm = wasmExports2["ts_tree_get_changed_ranges_wasm"];
    Module["_ts_tree_cursor_new_wasm"] = _ts_tree_cursor_new_wasm = wasmExports2["ts_tree_cursor_new_wasm"];
    Module["_ts_tree_cursor_copy_wasm"] = _ts_tree_cursor_copy_wasm = wasmExports2["ts_tree_cursor_copy_wasm"];
    Module["_ts_tree_cursor_delete_wasm"] = _ts_tree_cursor_delete_wasm = wasmExports2["ts_tree_cursor_delete_wasm"];
    Module["_ts_tree_cursor_reset_wasm"] = _ts_tree_cursor_reset_wasm = wasmExports2["ts_tree_cursor_reset_wasm"];
    Module["_ts_tree_cursor_reset_to_wasm"] = _ts_tree_cursor_reset_to_wasm = wasmExports2["ts_tree_cursor_reset_to_wasm"];
    Module["_ts_tree_cursor_goto_first_child_wasm"] = _ts_tree_cursor_goto_first_child_wasm = wasmExports2["ts_tree_cursor_goto_first_child_wasm"];
    Module["_ts_tree_cursor_goto_last_child_wasm"] = _ts_tree_cursor_goto_last_child_wasm = wasmExports2["ts_tree_cursor_goto_last_child_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = _ts_tree_cursor_goto_first_child_for_index_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_index_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = _ts_tree_cursor_goto_first_child_for_position_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_position_wasm"];
    Module["_ts_tree_cursor_goto_next_sibling_wasm"] = _ts_tree_cursor_goto_next_sibling_wasm = wasmExports2["ts_tree_cursor_goto_next_sibling_wasm"];
    Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = _ts_tree_cursor_goto_previous_sibling_wasm = wasmExports2["ts_tree_cursor_goto_previous_sibling_wasm"];
    Module["_ts_tree_cursor_goto_descendant_wasm"] = _ts_tree_cursor_goto_descendant_wasm = wasmExports2["ts_tree_cursor_goto_descendant_wasm"];
    Module["_ts_tree_cursor_goto_parent_wasm"] = _ts_tree_cursor_goto_parent_wasm = wasmExports2["ts_tree_cursor_goto_parent_wasm"];
    Module["_ts_tree_cursor_current_node_type_id_wasm"] = _ts_tree_cursor_current_node_type_id_wasm = wasmExports2["ts_tree_cursor_current_node_type_id_wasm"];
    Module["_ts_tree_cursor_current_node_state_id_wasm"] = _ts_tree_cursor_current_node_state_id_wasm = wasmExports2["ts_tree_cursor_current_node_state_id_wasm"];
    Module["_ts_tree_cursor_current_node_is_named_wasm"] = _ts_tree_cursor_current_node_is_named_wasm = wasmExports2["ts_tree_cursor_current_node_is_named_wasm"];
    Module["_ts_tree_cursor_current_node_is_missing_wasm"] = _ts_tree_cursor_current_node_is_missing_wasm = wasmExports2["ts_tree_cursor_current_node_is_missing_wasm"];
    Module["_ts_tree_cursor_current_node_id_wasm"] = _ts_tree_cursor_current_node_id_wasm = wasmExports2["ts_tree_cursor_current_node_id_wasm"];
    Module["_ts_tree_cursor_start_position_wasm"] = _ts_tree_cursor_start_position_wasm = wasmExports2["ts_tree_cursor_start_position_wasm"];
    Module["_ts_tree_cursor_end_position_wasm"] = _ts_tree_cursor_end_position_wasm = wasmExports2["ts_tree_cursor_end_position_wasm"];
    Module["_ts_tree_cursor_start_index_wasm"] = _ts_tree_cursor_start_index_wasm = wasmExports2["ts_tree_cursor_start_index_wasm"];
    Module["_ts_tree_cursor_end_index_wasm"] = _ts_tree_cursor_end_index_wasm = wasmExports2["ts_tree_cursor_end_index_wasm"];
    Module["_ts_tree_cursor_current_field_id_wasm"] = _ts_tree_cursor_current_field_id_wasm = wasmExports2["ts_tree_cursor_current_field_id_wasm"];
    Module["_ts_tree_cursor_current_depth_wasm"] = _ts_tree_cursor_current_depth_wasm = wasmExports2["ts_tree_cursor_current_depth_wasm"];
    Module["_ts_tree_cursor_current_descendant_index_wasm"] = _ts_tree_cursor_current_descendant_index_wasm = wasmExports2["ts_tree_cursor_current_descendant_index_wasm"];
    Module["_ts_tree_cursor_current_node_wasm"] = _ts_tree_cursor_current_node_wasm = wasmExports2["ts_tree_cursor_current_node_wasm"];
    Module["_ts_node_symbol_wasm"] = _ts_node_symbol_wasm = wasmExports2["ts_node_symbol_wasm"];
    Module["_ts_node_field_name_for_child_wasm"] = _ts_node_field_name_for_child_wasm = wasmExports2["ts_node_field_name_for_child_wasm"];
    Module["_ts_node_field_name_for_named_child_wasm"] = _ts_node_field_name_for_named_child_wasm = wasmExports2["ts_node_field_name_for_named_child_wasm"];
    Module["_ts_node_children_by_field_id_wasm"] = _ts_node_children_by_field_id_wasm = wasmExports2["ts_node_children_by_field_id_wasm"];
    Module["_ts_node_first_child_for_byte_wasm"] = _ts_node_first_child_for_byte_wasm = wasmExports2["ts_node_first_child_for_byte_wasm"];
    Module["_ts_node_first_named_child_for_byte_wasm"] = _ts_node_first_named_child_for_byte_wasm = wasmExports2["ts_node_first_named_child_for_byte_wasm"];
    Module["_ts_node_grammar_symbol_wasm"] = _ts_node_grammar_symbol_wasm = wasmExports2["ts_node_grammar_symbol_wasm"];
    Module["_ts_node_child_count_wasm"] = _ts_node_child_count_wasm = wasmExports2["ts_node_child_count_wasm"];
    Module["_ts_node_named_child_count_wasm"] = _ts_node_named_child_count_wasm = wasmExports2["ts_node_named_child_count_wasm"];
    Module["_ts_node_child_wasm"] = _ts_node_child_wasm = wasmExports2["ts_node_child_wasm"];
    Module["_ts_node_named_child_wasm"] = _ts_node_named_child_wasm = wasmExports2["ts_node_named_child_wasm"];
    Module["_ts_node_child_by_field_id_wasm"] = _ts_node_child_by_field_id_wasm = wasmExports2["ts_node_child_by_field_id_wasm"];
    Module["_ts_node_next_sibling_wasm"] = _ts_node_next_sibling_wasm = wasmExports2["ts_node_next_sibling_wasm"];
    Module["_ts_node_prev_sibling_wasm"] = _ts_node_prev_sibling_wasm = wasmExports2["ts_node_prev_sibling_wasm"];
    Module["_ts_node_next_named_sibling_wasm"] = _ts_node_next_named_sibling_wasm = wasmExports2["ts_node_next_named_sibling_wasm"];
    Module["_ts_node_prev_named_sibling_wasm"] = _ts_node_prev_named_sibling_wasm = wasmExports2["ts_node_prev_named_sibling_wasm"];
    Module["_ts_node_descendant_count_wasm"] = _ts_node_descendant_count_wasm = wasmExports2["ts_node_descendant_count_wasm"];
    Module["_ts_node_parent_wasm"] = _ts_node_parent_wasm = wasmExports2["ts_node_parent_wasm"];
    Module["_ts_node_child_with_descendant_wasm"] = _ts_node_child_with_descendant_wasm = wasmExports2["ts_node_child_with_descendant_wasm"];
    Module["_ts_node_descendant_for_index_wasm"] = _ts_node_descendant_for_index_wasm = wasmExports2["ts_node_descendant_for_index_wasm"];
    Module["_ts_node_named_descendant_for_index_wasm"] = _ts_node_named_descendant_for_index_wasm = wasmExports2["ts_node_named_descendant_for_index_wasm"];
    Module["_ts_node_descendant_for_position_wasm"] = _ts_node_descendant_for_position_wasm = wasmExports2["ts_node_descendant_for_position_wasm"];
    Module["_ts_node_named_descendant_for_position_wasm"] = _ts_node_named_descendant_for_position_wasm = wasmExports2["ts_node_named_descendant_for_position_wasm"];
    Module["_ts_node_start_point_wasm"] = _ts_node_start_point_wasm = wasmExports2["ts_node_start_point_wasm"];
    Module["_ts_node_end_point_wasm"] = _ts_node_end_point_wasm = wasmExports2["ts_node_end_point_wasm"];
    Module["_ts_node_start_index_wasm"] = _ts_node_start_index_wasm = wasmExports2["ts_node_start_index_wasm"];
    Module["_ts_node_end_index_wasm"] = _ts_node_end_index_wasm = wasmExports2["ts_node_end_index_wasm"];
    Module["_ts_node_to_string_wasm"] = _ts_node_to_string_wasm = wasmExports2["ts_node_to_string_wasm"];
    Module["_ts_node_children_wasm"] = _ts_node_children_wasm = wasmExports2["ts_node_children_wasm"];
    Module["_ts_node_named_children_wasm"] = _ts_node_named_children_wasm = wasmExports2["ts_node_named_children_wasm"];
    Module["_ts_node_descendants_of_type_wasm"] = _ts_node_descendants_of_type_wasm = wasmExports2["ts_node_descendants_of_type_wasm"];
    Module["_ts_node_is_named_wasm"] = _ts_node_is_named_wasm = wasmExports2["ts_node_is_named_wasm"];
    Module["_ts_node_has_changes_wasm"] = _ts_node_has_changes_wasm = wasmExports2["ts_node_has_changes_wasm"];
    Module["_ts_node_has_error_wasm"] = _ts_node_has_error_wasm = wasmExports2["ts_node_has_error_wasm"];
    Module["_ts_node_is_error_wasm"] = _ts_node_is_error_wasm = wasmExports2["ts_node_is_error_wasm"];
    Module["_ts_node_is_missing_wasm"] = _ts_node_is_missing_wasm = wasmExports2["ts_node_is_missing_wasm"];
    Module["_ts_node_is_extra_wasm"] = _ts_node_is_extra_wasm = wasmExports2["ts_node_is_extra_wasm"];
    Module["_ts_node_parse_state_wasm"] = _ts_node_parse_state_wasm = wasmExports2["ts_node_parse_state_wasm"];
    Module["_ts_node_next_parse_state_wasm"] = _ts_node_next_parse_state_wasm = wasmExports2["ts_node_next_parse_state_wasm"];
    Module["_ts_query_matches_wasm"] = _ts_query_matches_wasm = wasmExports2["ts_query_matches_wasm"];
    Module["_ts_query_captures_wasm"] = _ts_query_captures_wasm = wasmExports2["ts_query_captures_wasm"];
    Module["_memset"] = _memset = wasmExports2["memset"];
    Module["_memcpy"] = _memcpy = wasmExports2["memcpy"];
    Module["_memmove"] = _memmove = wasmExports2["memmove"];
    Module["_iswalpha"] = _iswalpha = wasmExports2["iswalpha"];
    Module["_iswblank"] = _iswblank = wasmExports2["iswblank"];
    Module["_iswdigit"] = _iswdigit = wasmExports2["iswdigit"];
    Module["_iswlower"] = _iswlower = wasmExports2["iswlower"];
    Module["_iswpunct"] = _iswpunct = wasmExports2["iswpunct"];
    Module["_iswupper"] = _iswupper = wasmExports2["iswupper"];
    Module["_iswxdigit"] = _iswxdigit = wasmExports2["iswxdigit"];
    Module["_memchr"] = _memchr = wasmExports2["memchr"];
    Module["_strcmp"] = _strcmp = wasmExports2["strcmp"];
    Module["_strncat"] = _strncat = wasmExports2["strncat"];
    Module["_strncpy"] = _strncpy = wasmExports2["strncpy"];
    Module["_towlower"] = _towlower = wasmExports2["towlower"];
    Module["_towupper"] = _towupper = wasmExports2["towupper"];
    _setThrew = wasmExports2["setThrew"];
    __emscripten_stack_restore = wasmExports2["_emscripten_stack_restore"];
    __emscripten_stack_alloc = wasmExports2["_emscripten_stack_alloc"];
    _emscripten_stack_get_current = wasmExports2["emscripten_stack_get_current"];
    ___wasm_apply_data_relocs = wasmExports2["__wasm_apply_data_relocs"];
  }
  __name(assignWasmExports, "assignWasmExports");
  var wasmImports = {
    /** @export */
    __heap_base: ___heap_base,
    /** @export */
    __indirect_function_table: wasmTable,
    /** @export */
    __memory_base: ___memory_base,
    /** @export */
    __stack_high: ___stack_high,
    /** @export */
    __stack_low: ___stack_low,
    /** @export */
    __stack_pointer: ___stack_pointer,
    /** @export */
    __table_base: ___table_base,
    /** @export */
    _abort_js: __abort_js,
    /** @export */
    emscripten_resize_heap: _emscripten_resize_heap,
    /** @export */
    fd_close: _fd_close,
    /** @export */
    fd_seek: _fd_seek,
    /** @export */
    fd_write: _fd_write,
    /** @export */
    memory: wasmMemory,
    /** @export */
    tree_sitter_log_callback: _tree_sitter_log_callback,
    /** @export */
    tree_sitter_parse_callback: _tree_sitter_parse_callback,
    /** @export */
    tree_sitter_progress_callback: _tree_sitter_progress_callback,
    /** @export */
    tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
  };
  function callMain(args2 = []) {
    var entryFunction = resolveGlobalSymbol("main").sym;
    if (!entryFunction) return;
    args2.unshift(thisProgram);
    var argc = args2.length;
    var argv = stackAlloc((argc + 1) * 4);
    var argv_ptr = argv;
    args2.forEach((arg) => {
      LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
      argv_ptr += 4;
    });
    LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
    try {
      var ret = entryFunction(argc, argv);
      exitJS(
        ret,
        /* implicit = */
        true
      );
      return ret;
    } catch (e) {
      return handleException(e);
    }
  }
  __name(callMain, "callMain");
  function run(args2 = arguments_) {
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    preRun();
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    function doRun() {
      Module["calledRun"] = true;
      if (ABORT) return;
      initRuntime();
      preMain();
      readyPromiseResolve?.(Module);
      Module["onRuntimeInitialized"]?.();
      var noInitialRun = Module["noInitialRun"] || false;
      if (!noInitialRun) callMain(args2);
      postRun();
    }
    __name(doRun, "doRun");
    if (Module["setStatus"]) {
      Module["setStatus"]("Running...");
      setTimeout(() => {
        setTimeout(() => Module["setStatus"](""), 1);
        doRun();
      }, 1);
    } else {
      doRun();
    }
  }
  __name(run, "run");
  var wasmExports;
  wasmExports = await createWasm();
  run();
  if (runtimeInitialized) {
    moduleRtn = Module;
  } else {
    moduleRtn = new Promise((resolve2, reject) => {
      readyPromiseResolve = resolve2;
      readyPromiseReject = reject;
    });
  }
  return moduleRtn;
}
__name(Module2, "Module");
var web_tree_sitter_default = Module2;
var Module3 = null;
async function initializeBinding(moduleOptions) {
  return Module3 ??= await web_tree_sitter_default(moduleOptions);
}
__name(initializeBinding, "initializeBinding");
function checkModule() {
  return !!Module3;
}
__name(checkModule, "checkModule");
var TRANSFER_BUFFER;
var LANGUAGE_VERSION;
var MIN_COMPATIBLE_VERSION;
var finalizer4 = newFinalizer((addresses) => {
  C._ts_parser_delete(addresses[0]);
  C._free(addresses[1]);
});
var Parser = class {
  static {
    __name(this, "Parser");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  [1] = 0;
  // Internal handle for Wasm
  /** @internal */
  logCallback = null;
  /** The parser's current language. */
  language = null;
  /**
   * This must always be called before creating a Parser.
   *
   * You can optionally pass in options to configure the Wasm module, the most common
   * one being `locateFile` to help the module find the `.wasm` file.
   */
  static async init(moduleOptions) {
    setModule(await initializeBinding(moduleOptions));
    TRANSFER_BUFFER = C._ts_init();
    LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
    MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /**
   * Create a new parser.
   */
  constructor() {
    this.initialize();
    finalizer4?.register(this, [this[0], this[1]], this);
  }
  /** @internal */
  initialize() {
    if (!checkModule()) {
      throw new Error("cannot construct a Parser before calling `init()`");
    }
    C._ts_parser_new_wasm();
    this[0] = C.getValue(TRANSFER_BUFFER, "i32");
    this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /** Delete the parser, freeing its resources. */
  delete() {
    finalizer4?.unregister(this);
    C._ts_parser_delete(this[0]);
    C._free(this[1]);
    this[0] = 0;
    this[1] = 0;
  }
  /**
   * Set the language that the parser should use for parsing.
   *
   * If the language was not successfully assigned, an error will be thrown.
   * This happens if the language was generated with an incompatible
   * version of the Tree-sitter CLI. Check the language's version using
   * {@link Language#version} and compare it to this library's
   * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
   */
  setLanguage(language) {
    let address;
    if (!language) {
      address = 0;
      this.language = null;
    } else if (language.constructor === Language) {
      address = language[0];
      const version = C._ts_language_abi_version(address);
      if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
        throw new Error(
          `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
        );
      }
      this.language = language;
    } else {
      throw new Error("Argument must be a Language");
    }
    C._ts_parser_set_language(this[0], address);
    return this;
  }
  /**
   * Parse a slice of UTF8 text.
   *
   * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
   *
   * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
   *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
   *   the new text using {@link Tree#edit}.
   *
   * @param {ParseOptions} [options] - Options for parsing the text.
   *  This can be used to set the included ranges, or a progress callback.
   *
   * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
   *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
   *  - The progress callback returned true.
   */
  parse(callback, oldTree, options) {
    if (typeof callback === "string") {
      C.currentParseCallback = (index2) => callback.slice(index2);
    } else if (typeof callback === "function") {
      C.currentParseCallback = callback;
    } else {
      throw new Error("Argument must be a string or a function");
    }
    if (options?.progressCallback) {
      C.currentProgressCallback = options.progressCallback;
    } else {
      C.currentProgressCallback = null;
    }
    if (this.logCallback) {
      C.currentLogCallback = this.logCallback;
      C._ts_parser_enable_logger_wasm(this[0], 1);
    } else {
      C.currentLogCallback = null;
      C._ts_parser_enable_logger_wasm(this[0], 0);
    }
    let rangeCount = 0;
    let rangeAddress = 0;
    if (options?.includedRanges) {
      rangeCount = options.includedRanges.length;
      rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
      let address = rangeAddress;
      for (let i2 = 0; i2 < rangeCount; i2++) {
        marshalRange(address, options.includedRanges[i2]);
        address += SIZE_OF_RANGE;
      }
    }
    const treeAddress = C._ts_parser_parse_wasm(
      this[0],
      this[1],
      oldTree ? oldTree[0] : 0,
      rangeAddress,
      rangeCount
    );
    if (!treeAddress) {
      C.currentParseCallback = null;
      C.currentLogCallback = null;
      C.currentProgressCallback = null;
      return null;
    }
    if (!this.language) {
      throw new Error("Parser must have a language to parse");
    }
    const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
    C.currentParseCallback = null;
    C.currentLogCallback = null;
    C.currentProgressCallback = null;
    return result;
  }
  /**
   * Instruct the parser to start the next parse from the beginning.
   *
   * If the parser previously failed because of a callback, 
   * then by default, it will resume where it left off on the
   * next call to {@link Parser#parse} or other parsing functions.
   * If you don't want to resume, and instead intend to use this parser to
   * parse some other document, you must call `reset` first.
   */
  reset() {
    C._ts_parser_reset(this[0]);
  }
  /** Get the ranges of text that the parser will include when parsing. */
  getIncludedRanges() {
    C._ts_parser_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Set the logging callback that a parser should use during parsing. */
  setLogger(callback) {
    if (!callback) {
      this.logCallback = null;
    } else if (typeof callback !== "function") {
      throw new Error("Logger callback must be a function");
    } else {
      this.logCallback = callback;
    }
    return this;
  }
  /** Get the parser's current logger. */
  getLogger() {
    return this.logCallback;
  }
};
var PREDICATE_STEP_TYPE_CAPTURE = 1;
var PREDICATE_STEP_TYPE_STRING = 2;
var QUERY_WORD_REGEX = /[\w-]+/g;
var CaptureQuantifier = {
  Zero: 0,
  ZeroOrOne: 1,
  ZeroOrMore: 2,
  One: 3,
  OneOrMore: 4
};
var isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
var isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
var QueryErrorKind = {
  Syntax: 1,
  NodeName: 2,
  FieldName: 3,
  CaptureName: 4,
  PatternStructure: 5
};
var QueryError = class _QueryError extends Error {
  constructor(kind, info2, index2, length) {
    super(_QueryError.formatMessage(kind, info2));
    this.kind = kind;
    this.info = info2;
    this.index = index2;
    this.length = length;
    this.name = "QueryError";
  }
  kind;
  info;
  index;
  length;
  static {
    __name(this, "QueryError");
  }
  /** Formats an error message based on the error kind and info */
  static formatMessage(kind, info2) {
    switch (kind) {
      case QueryErrorKind.NodeName:
        return `Bad node name '${info2.word}'`;
      case QueryErrorKind.FieldName:
        return `Bad field name '${info2.word}'`;
      case QueryErrorKind.CaptureName:
        return `Bad capture name @${info2.word}`;
      case QueryErrorKind.PatternStructure:
        return `Bad pattern structure at offset ${info2.suffix}`;
      case QueryErrorKind.Syntax:
        return `Bad syntax at offset ${info2.suffix}`;
    }
  }
};
function parseAnyPredicate(steps, index2, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
    );
  }
  if (!isCaptureStep(steps[1])) {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
    );
  }
  const isPositive = operator === "eq?" || operator === "any-eq?";
  const matchAll = !operator.startsWith("any-");
  if (isCaptureStep(steps[2])) {
    const captureName1 = steps[1].name;
    const captureName2 = steps[2].name;
    textPredicates[index2].push((captures) => {
      const nodes1 = [];
      const nodes2 = [];
      for (const c of captures) {
        if (c.name === captureName1) nodes1.push(c.node);
        if (c.name === captureName2) nodes2.push(c.node);
      }
      const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue = steps[2].value;
    const matches = /* @__PURE__ */ __name((n) => n.text === stringValue, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue, "doesNotMatch");
    textPredicates[index2].push((captures) => {
      const nodes = [];
      for (const c of captures) {
        if (c.name === captureName) nodes.push(c.node);
      }
      const test = isPositive ? matches : doesNotMatch;
      return matchAll ? nodes.every(test) : nodes.some(test);
    });
  }
}
__name(parseAnyPredicate, "parseAnyPredicate");
function parseMatchPredicate(steps, index2, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  if (steps[2].type !== "string") {
    throw new Error(
      `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
    );
  }
  const isPositive = operator === "match?" || operator === "any-match?";
  const matchAll = !operator.startsWith("any-");
  const captureName = steps[1].name;
  const regex = new RegExp(steps[2].value);
  textPredicates[index2].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    const test = /* @__PURE__ */ __name((text, positive) => {
      return positive ? regex.test(text) : !regex.test(text);
    }, "test");
    if (nodes.length === 0) return !isPositive;
    return matchAll ? nodes.every((text) => test(text, isPositive)) : nodes.some((text) => test(text, isPositive));
  });
}
__name(parseMatchPredicate, "parseMatchPredicate");
function parseAnyOfPredicate(steps, index2, operator, textPredicates) {
  if (steps.length < 2) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  const isPositive = operator === "any-of?";
  const captureName = steps[1].name;
  const stringSteps = steps.slice(2);
  if (!stringSteps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const values = stringSteps.map((s) => s.value);
  textPredicates[index2].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    if (nodes.length === 0) return !isPositive;
    return nodes.every((text) => values.includes(text)) === isPositive;
  });
}
__name(parseAnyOfPredicate, "parseAnyOfPredicate");
function parseIsPredicate(steps, index2, operator, assertedProperties, refutedProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
    );
  }
  if (!steps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const properties = operator === "is?" ? assertedProperties : refutedProperties;
  if (!properties[index2]) properties[index2] = {};
  properties[index2][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseIsPredicate, "parseIsPredicate");
function parseSetDirective(steps, index2, setProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  }
  if (!steps.every(isStringStep)) {
    throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
  }
  if (!setProperties[index2]) setProperties[index2] = {};
  setProperties[index2][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseSetDirective, "parseSetDirective");
function parsePattern(index2, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
  if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
    const name2 = captureNames[stepValueId];
    steps.push({ type: "capture", name: name2 });
  } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
    steps.push({ type: "string", value: stringValues[stepValueId] });
  } else if (steps.length > 0) {
    if (steps[0].type !== "string") {
      throw new Error("Predicates must begin with a literal value");
    }
    const operator = steps[0].value;
    switch (operator) {
      case "any-not-eq?":
      case "not-eq?":
      case "any-eq?":
      case "eq?":
        parseAnyPredicate(steps, index2, operator, textPredicates);
        break;
      case "any-not-match?":
      case "not-match?":
      case "any-match?":
      case "match?":
        parseMatchPredicate(steps, index2, operator, textPredicates);
        break;
      case "not-any-of?":
      case "any-of?":
        parseAnyOfPredicate(steps, index2, operator, textPredicates);
        break;
      case "is?":
      case "is-not?":
        parseIsPredicate(steps, index2, operator, assertedProperties, refutedProperties);
        break;
      case "set!":
        parseSetDirective(steps, index2, setProperties);
        break;
      default:
        predicates[index2].push({ operator, operands: steps.slice(1) });
    }
    steps.length = 0;
  }
}
__name(parsePattern, "parsePattern");
function indexForByteOffset(source, byteOffset) {
  return new TextEncoder().encodeInto(source, new Uint8Array(byteOffset)).read;
}
__name(indexForByteOffset, "indexForByteOffset");
var finalizer5 = newFinalizer((address) => {
  C._ts_query_delete(address);
});
var Query = class {
  static {
    __name(this, "Query");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  exceededMatchLimit;
  /** @internal */
  textPredicates;
  /** @internal */
  source;
  /** The names of the captures used in the query. */
  captureNames;
  /** The quantifiers of the captures used in the query. */
  captureQuantifiers;
  /**
   * The other user-defined predicates associated with the given index.
   *
   * This includes predicates with operators other than:
   * - `match?`
   * - `eq?` and `not-eq?`
   * - `any-of?` and `not-any-of?`
   * - `is?` and `is-not?`
   * - `set!`
   */
  predicates;
  /** The properties for predicates with the operator `set!`. */
  setProperties;
  /** The properties for predicates with the operator `is?`. */
  assertedProperties;
  /** The properties for predicates with the operator `is-not?`. */
  refutedProperties;
  /** The maximum number of in-progress matches for this cursor. */
  matchLimit;
  /**
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  constructor(language, source) {
    const sourceLength = C.lengthBytesUTF8(source);
    const sourceAddress = C._malloc(sourceLength + 1);
    C.stringToUTF8(source, sourceAddress, sourceLength + 1);
    const address = C._ts_query_new(
      language[0],
      sourceAddress,
      sourceLength,
      TRANSFER_BUFFER,
      TRANSFER_BUFFER + SIZE_OF_INT
    );
    if (!address) {
      const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
      const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
      const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
      const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
      C._free(sourceAddress);
      switch (errorId) {
        case QueryErrorKind.Syntax:
          throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
        case QueryErrorKind.NodeName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.FieldName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.CaptureName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.PatternStructure:
          throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
      }
    }
    const stringCount = C._ts_query_string_count(address);
    const captureCount = C._ts_query_capture_count(address);
    const patternCount = C._ts_query_pattern_count(address);
    const captureNames = new Array(captureCount);
    const captureQuantifiers = new Array(patternCount);
    const stringValues = new Array(stringCount);
    for (let i2 = 0; i2 < captureCount; i2++) {
      const nameAddress = C._ts_query_capture_name_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
    }
    for (let i2 = 0; i2 < patternCount; i2++) {
      const captureQuantifiersArray = new Array(captureCount);
      for (let j = 0; j < captureCount; j++) {
        const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
        captureQuantifiersArray[j] = quantifier;
      }
      captureQuantifiers[i2] = captureQuantifiersArray;
    }
    for (let i2 = 0; i2 < stringCount; i2++) {
      const valueAddress = C._ts_query_string_value_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
    }
    const setProperties = new Array(patternCount);
    const assertedProperties = new Array(patternCount);
    const refutedProperties = new Array(patternCount);
    const predicates = new Array(patternCount);
    const textPredicates = new Array(patternCount);
    for (let i2 = 0; i2 < patternCount; i2++) {
      const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
      const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
      predicates[i2] = [];
      textPredicates[i2] = [];
      const steps = new Array();
      let stepAddress = predicatesAddress;
      for (let j = 0; j < stepCount; j++) {
        const stepType = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        const stepValueId = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        parsePattern(
          i2,
          stepType,
          stepValueId,
          captureNames,
          stringValues,
          steps,
          textPredicates,
          predicates,
          setProperties,
          assertedProperties,
          refutedProperties
        );
      }
      Object.freeze(textPredicates[i2]);
      Object.freeze(predicates[i2]);
      Object.freeze(setProperties[i2]);
      Object.freeze(assertedProperties[i2]);
      Object.freeze(refutedProperties[i2]);
    }
    C._free(sourceAddress);
    this[0] = address;
    this.captureNames = captureNames;
    this.captureQuantifiers = captureQuantifiers;
    this.textPredicates = textPredicates;
    this.source = source;
    this.predicates = predicates;
    this.setProperties = setProperties;
    this.assertedProperties = assertedProperties;
    this.refutedProperties = refutedProperties;
    this.exceededMatchLimit = false;
    finalizer5?.register(this, address, this);
  }
  /** Delete the query, freeing its resources. */
  delete() {
    finalizer5?.unregister(this);
    C._ts_query_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Iterate over all of the matches in the order that they were found.
   *
   * Each match contains the index of the pattern that matched, and a list of
   * captures. Because multiple patterns can match the same set of nodes,
   * one match may contain captures that appear *before* some of the
   * captures from a previous match.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  matches(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options.startContainingIndex ?? 0;
    const endContainingIndex = options.endContainingIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_matches_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array(rawCount);
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    let filteredCount = 0;
    let address = startAddress;
    for (let i2 = 0; i2 < rawCount; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captures = new Array(captureCount);
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        result[filteredCount] = { patternIndex, captures };
        const setProperties = this.setProperties[patternIndex];
        result[filteredCount].setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        result[filteredCount].assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        result[filteredCount].refutedProperties = refutedProperties;
        filteredCount++;
      }
    }
    result.length = filteredCount;
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /**
   * Iterate over all of the individual captures in the order that they
   * appear.
   *
   * This is useful if you don't care about which pattern matched, and just
   * want a single, ordered sequence of captures.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  captures(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options.startContainingIndex ?? 0;
    const endContainingIndex = options.endContainingIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_captures_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array();
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    const captures = new Array();
    let address = startAddress;
    for (let i2 = 0; i2 < count; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      captures.length = captureCount;
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        const capture = captures[captureIndex];
        const setProperties = this.setProperties[patternIndex];
        capture.setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        capture.assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        capture.refutedProperties = refutedProperties;
        result.push(capture);
      }
    }
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /** Get the predicates for a given pattern. */
  predicatesForPattern(patternIndex) {
    return this.predicates[patternIndex];
  }
  /**
   * Disable a certain capture within a query.
   *
   * This prevents the capture from being returned in matches, and also
   * avoids any resource usage associated with recording the capture.
   */
  disableCapture(captureName) {
    const captureNameLength = C.lengthBytesUTF8(captureName);
    const captureNameAddress = C._malloc(captureNameLength + 1);
    C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
    C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
    C._free(captureNameAddress);
  }
  /**
   * Disable a certain pattern within a query.
   *
   * This prevents the pattern from matching, and also avoids any resource
   * usage associated with the pattern. This throws an error if the pattern
   * index is out of bounds.
   */
  disablePattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    C._ts_query_disable_pattern(this[0], patternIndex);
  }
  /**
   * Check if, on its last execution, this cursor exceeded its maximum number
   * of in-progress matches.
   */
  didExceedMatchLimit() {
    return this.exceededMatchLimit;
  }
  /** Get the index where the given pattern starts in the query's source. */
  startIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    const byteOffset = C._ts_query_start_byte_for_pattern(this[0], patternIndex);
    return indexForByteOffset(this.source, byteOffset);
  }
  /** Get the index where the given pattern ends in the query's source. */
  endIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    const byteOffset = C._ts_query_end_byte_for_pattern(this[0], patternIndex);
    return indexForByteOffset(this.source, byteOffset);
  }
  /** Get the number of patterns in the query. */
  patternCount() {
    return C._ts_query_pattern_count(this[0]);
  }
  /** Get the index for a given capture name. */
  captureIndexForName(captureName) {
    return this.captureNames.indexOf(captureName);
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternRooted(patternIndex) {
    return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternNonLocal(patternIndex) {
    return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
  }
  /**
   * Check if the step at the given index in the query's source is 'definite'.
   *
   * A query step is 'definite' if its parent pattern will be guaranteed to
   * match successfully once it reaches the step.
   */
  isPatternGuaranteedAtStep(index2) {
    const byteOffset = C.lengthBytesUTF8(this.source.slice(0, index2));
    return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteOffset) === 1;
  }
};

// packages/iac-scan/src/hcl/wasm-data.ts
var RUNTIME_WASM_BASE64 = "AGFzbQEAAAAAEAhkeWxpbmsuMAEFvHoEHgABxwEZYAF/AX9gAn9/AX9gAX8AYAN/f38AYAN/f38Bf2ACf38AYAR/f39/AX9gBX9/f39/AGAEf39/fwBgAABgAAF/YAV/f39/fwF/YAd/f39/f39/AGAGf3x/f39/AX9gEH9/f39/f39/f39/f39/f38AYAZ/f39/f38AYAZ/f39/f38Bf2ACfn8Bf2AIf39/f39/f38Bf2AGfn9/f39/AX9gB39/f39/f38Bf2ACfH8BfGAEf39/fwF+YAR/fn9/AX9gA39+fwF+AtsDERZ3YXNpX3NuYXBzaG90X3ByZXZpZXcxCGZkX3dyaXRlAAYDZW52FmVtc2NyaXB0ZW5fcmVzaXplX2hlYXAAABZ3YXNpX3NuYXBzaG90X3ByZXZpZXcxB2ZkX3NlZWsAFwNlbnYJX2Fib3J0X2pzAAkWd2FzaV9zbmFwc2hvdF9wcmV2aWV3MQhmZF9jbG9zZQAAA2VudiN0cmVlX3NpdHRlcl9xdWVyeV9wcm9ncmVzc19jYWxsYmFjawAAA2Vudh10cmVlX3NpdHRlcl9wcm9ncmVzc19jYWxsYmFjawABA2Vudhp0cmVlX3NpdHRlcl9wYXJzZV9jYWxsYmFjawAHA2Vudhh0cmVlX3NpdHRlcl9sb2dfY2FsbGJhY2sABQNlbnYPX19zdGFja19wb2ludGVyA38BA2Vudg1fX21lbW9yeV9iYXNlA38AA2VudgxfX3RhYmxlX2Jhc2UDfwAHR09ULm1lbQtfX3N0YWNrX2xvdwN/AQdHT1QubWVtDF9fc3RhY2tfaGlnaAN/AQdHT1QubWVtC19faGVhcF9iYXNlA38BA2VudgZtZW1vcnkCAYAEgIACA2VudhlfX2luZGlyZWN0X2Z1bmN0aW9uX3RhYmxlAXAAHgOdApsCBQUGAAIDBwUFBAAFBQcCAw8DBAADBhADAAARBAQDAgICAQQABQQBAQUBAgQABQMIBwQCAQMIAAAFAAAJAQMEAQACAggSAwEGBQQHDAcIAwMAEwAFBQEBBggAFBUEAAAEBQQEBAQAFgAFBwUECwQDCAEFAgEBAwMICgEBAQEEBAQEAAAAAAsBAQIDAQEEBAQCAAAAAAEABAMEAAAEAAAKAAIAAAAABQAEBQ0EAQQYAgAOAA4AAAAAAAABAAAMAgIAAAACAgICAgICAgACAgIBCQIFBQUAAAACAgUBAQACAAAAAAACAgAAAAAAAAUAAAEAAAAABQICAgIFAgICAgUCAgEBAgAABgsDBQkKAAIABAABAQEBAAUDAQAJCQY+CX8BQQALfwFB6PIAC38BQeDyAAt/AUHs8gALfwFB5PIAC38BQZj0AAt/AUGw9AALfwFBtPoAC38BQbj6AAsHqCGaARFfX3dhc21fY2FsbF9jdG9ycwCjAgZtYWxsb2MAIgZjYWxsb2MAKgdyZWFsbG9jAF4EZnJlZQAzDXRzX3JhbmdlX2VkaXQAUQZtZW1jbXAAEhh0c19sYW5ndWFnZV9zeW1ib2xfY291bnQAoQIXdHNfbGFuZ3VhZ2Vfc3RhdGVfY291bnQAnQIXdHNfbGFuZ3VhZ2VfYWJpX3ZlcnNpb24AmAIQdHNfbGFuZ3VhZ2VfbmFtZQCUAhd0c19sYW5ndWFnZV9maWVsZF9jb3VudACMAhZ0c19sYW5ndWFnZV9uZXh0X3N0YXRlACsXdHNfbGFuZ3VhZ2Vfc3ltYm9sX25hbWUA9wEbdHNfbGFuZ3VhZ2Vfc3ltYm9sX2Zvcl9uYW1lAB4Hc3RybmNtcAAbBnN0cmxlbgBCF3RzX2xhbmd1YWdlX3N5bWJvbF90eXBlAEUddHNfbGFuZ3VhZ2VfZmllbGRfbmFtZV9mb3JfaWQA1wEZdHNfbG9va2FoZWFkX2l0ZXJhdG9yX25ldwDCARx0c19sb29rYWhlYWRfaXRlcmF0b3JfZGVsZXRlALcBIXRzX2xvb2thaGVhZF9pdGVyYXRvcl9yZXNldF9zdGF0ZQC0ARt0c19sb29rYWhlYWRfaXRlcmF0b3JfcmVzZXQAswEadHNfbG9va2FoZWFkX2l0ZXJhdG9yX25leHQArwEkdHNfbG9va2FoZWFkX2l0ZXJhdG9yX2N1cnJlbnRfc3ltYm9sAKsBDXRzX3BvaW50X2VkaXQAkgEQdHNfcGFyc2VyX2RlbGV0ZQCRAQ90c19wYXJzZXJfcmVzZXQAKBZ0c19wYXJzZXJfc2V0X2xhbmd1YWdlAJABHXRzX3BhcnNlcl9zZXRfaW5jbHVkZWRfcmFuZ2VzADoMdHNfcXVlcnlfbmV3AI4BD3RzX3F1ZXJ5X2RlbGV0ZQBLCGlzd3NwYWNlAGYIaXN3YWxudW0AEw10c19xdWVyeV9jb3B5AI0BFnRzX3F1ZXJ5X3BhdHRlcm5fY291bnQAjAEWdHNfcXVlcnlfY2FwdHVyZV9jb3VudACLARV0c19xdWVyeV9zdHJpbmdfY291bnQAigEcdHNfcXVlcnlfY2FwdHVyZV9uYW1lX2Zvcl9pZACJASJ0c19xdWVyeV9jYXB0dXJlX3F1YW50aWZpZXJfZm9yX2lkAIgBHHRzX3F1ZXJ5X3N0cmluZ192YWx1ZV9mb3JfaWQAhwEfdHNfcXVlcnlfcHJlZGljYXRlc19mb3JfcGF0dGVybgCGAR90c19xdWVyeV9zdGFydF9ieXRlX2Zvcl9wYXR0ZXJuAIUBHXRzX3F1ZXJ5X2VuZF9ieXRlX2Zvcl9wYXR0ZXJuAIQBGnRzX3F1ZXJ5X2lzX3BhdHRlcm5fcm9vdGVkAIMBHXRzX3F1ZXJ5X2lzX3BhdHRlcm5fbm9uX2xvY2FsAIIBJnRzX3F1ZXJ5X2lzX3BhdHRlcm5fZ3VhcmFudGVlZF9hdF9zdGVwAKACGHRzX3F1ZXJ5X2Rpc2FibGVfY2FwdHVyZQCfAhh0c19xdWVyeV9kaXNhYmxlX3BhdHRlcm4AngIMdHNfdHJlZV9jb3B5AJYCDnRzX3RyZWVfZGVsZXRlAJUCB3RzX2luaXQAkwISdHNfcGFyc2VyX25ld193YXNtAJICHHRzX3BhcnNlcl9lbmFibGVfbG9nZ2VyX3dhc20AkQIUdHNfcGFyc2VyX3BhcnNlX3dhc20AjwIedHNfcGFyc2VyX2luY2x1ZGVkX3Jhbmdlc193YXNtAIsCHnRzX2xhbmd1YWdlX3R5cGVfaXNfbmFtZWRfd2FzbQCKAiB0c19sYW5ndWFnZV90eXBlX2lzX3Zpc2libGVfd2FzbQCJAhl0c19sYW5ndWFnZV9tZXRhZGF0YV93YXNtAIgCG3RzX2xhbmd1YWdlX3N1cGVydHlwZXNfd2FzbQCHAhl0c19sYW5ndWFnZV9zdWJ0eXBlc193YXNtAIYCFnRzX3RyZWVfcm9vdF9ub2RlX3dhc20AhQIidHNfdHJlZV9yb290X25vZGVfd2l0aF9vZmZzZXRfd2FzbQCEAhF0c190cmVlX2VkaXRfd2FzbQCDAhx0c190cmVlX2luY2x1ZGVkX3Jhbmdlc193YXNtAIICH3RzX3RyZWVfZ2V0X2NoYW5nZWRfcmFuZ2VzX3dhc20AgQIXdHNfdHJlZV9jdXJzb3JfbmV3X3dhc20AgAIYdHNfdHJlZV9jdXJzb3JfY29weV93YXNtAP8BGnRzX3RyZWVfY3Vyc29yX2RlbGV0ZV93YXNtAP4BGXRzX3RyZWVfY3Vyc29yX3Jlc2V0X3dhc20A/QEcdHNfdHJlZV9jdXJzb3JfcmVzZXRfdG9fd2FzbQD8ASR0c190cmVlX2N1cnNvcl9nb3RvX2ZpcnN0X2NoaWxkX3dhc20A+wEjdHNfdHJlZV9jdXJzb3JfZ290b19sYXN0X2NoaWxkX3dhc20A+gEudHNfdHJlZV9jdXJzb3JfZ290b19maXJzdF9jaGlsZF9mb3JfaW5kZXhfd2FzbQD5ATF0c190cmVlX2N1cnNvcl9nb3RvX2ZpcnN0X2NoaWxkX2Zvcl9wb3NpdGlvbl93YXNtAPgBJXRzX3RyZWVfY3Vyc29yX2dvdG9fbmV4dF9zaWJsaW5nX3dhc20A9gEpdHNfdHJlZV9jdXJzb3JfZ290b19wcmV2aW91c19zaWJsaW5nX3dhc20A9QEjdHNfdHJlZV9jdXJzb3JfZ290b19kZXNjZW5kYW50X3dhc20A9AEfdHNfdHJlZV9jdXJzb3JfZ290b19wYXJlbnRfd2FzbQDzASh0c190cmVlX2N1cnNvcl9jdXJyZW50X25vZGVfdHlwZV9pZF93YXNtAPIBKXRzX3RyZWVfY3Vyc29yX2N1cnJlbnRfbm9kZV9zdGF0ZV9pZF93YXNtAPEBKXRzX3RyZWVfY3Vyc29yX2N1cnJlbnRfbm9kZV9pc19uYW1lZF93YXNtAPABK3RzX3RyZWVfY3Vyc29yX2N1cnJlbnRfbm9kZV9pc19taXNzaW5nX3dhc20A7wEjdHNfdHJlZV9jdXJzb3JfY3VycmVudF9ub2RlX2lkX3dhc20A7gEidHNfdHJlZV9jdXJzb3Jfc3RhcnRfcG9zaXRpb25fd2FzbQDtASB0c190cmVlX2N1cnNvcl9lbmRfcG9zaXRpb25fd2FzbQDsAR90c190cmVlX2N1cnNvcl9zdGFydF9pbmRleF93YXNtAOsBHXRzX3RyZWVfY3Vyc29yX2VuZF9pbmRleF93YXNtAOoBJHRzX3RyZWVfY3Vyc29yX2N1cnJlbnRfZmllbGRfaWRfd2FzbQDpASF0c190cmVlX2N1cnNvcl9jdXJyZW50X2RlcHRoX3dhc20A6AEsdHNfdHJlZV9jdXJzb3JfY3VycmVudF9kZXNjZW5kYW50X2luZGV4X3dhc20A5wEgdHNfdHJlZV9jdXJzb3JfY3VycmVudF9ub2RlX3dhc20A5gETdHNfbm9kZV9zeW1ib2xfd2FzbQDlASF0c19ub2RlX2ZpZWxkX25hbWVfZm9yX2NoaWxkX3dhc20A5AEndHNfbm9kZV9maWVsZF9uYW1lX2Zvcl9uYW1lZF9jaGlsZF93YXNtAOMBIXRzX25vZGVfY2hpbGRyZW5fYnlfZmllbGRfaWRfd2FzbQDiASF0c19ub2RlX2ZpcnN0X2NoaWxkX2Zvcl9ieXRlX3dhc20A4QEndHNfbm9kZV9maXJzdF9uYW1lZF9jaGlsZF9mb3JfYnl0ZV93YXNtAOABG3RzX25vZGVfZ3JhbW1hcl9zeW1ib2xfd2FzbQDfARh0c19ub2RlX2NoaWxkX2NvdW50X3dhc20A3gEedHNfbm9kZV9uYW1lZF9jaGlsZF9jb3VudF93YXNtAN0BEnRzX25vZGVfY2hpbGRfd2FzbQDcARh0c19ub2RlX25hbWVkX2NoaWxkX3dhc20A2wEedHNfbm9kZV9jaGlsZF9ieV9maWVsZF9pZF93YXNtANoBGXRzX25vZGVfbmV4dF9zaWJsaW5nX3dhc20A2QEZdHNfbm9kZV9wcmV2X3NpYmxpbmdfd2FzbQDWAR90c19ub2RlX25leHRfbmFtZWRfc2libGluZ193YXNtANUBH3RzX25vZGVfcHJldl9uYW1lZF9zaWJsaW5nX3dhc20A1AEddHNfbm9kZV9kZXNjZW5kYW50X2NvdW50X3dhc20A0wETdHNfbm9kZV9wYXJlbnRfd2FzbQDSASJ0c19ub2RlX2NoaWxkX3dpdGhfZGVzY2VuZGFudF93YXNtANEBIXRzX25vZGVfZGVzY2VuZGFudF9mb3JfaW5kZXhfd2FzbQDQASd0c19ub2RlX25hbWVkX2Rlc2NlbmRhbnRfZm9yX2luZGV4X3dhc20AzwEkdHNfbm9kZV9kZXNjZW5kYW50X2Zvcl9wb3NpdGlvbl93YXNtAM4BKnRzX25vZGVfbmFtZWRfZGVzY2VuZGFudF9mb3JfcG9zaXRpb25fd2FzbQDNARh0c19ub2RlX3N0YXJ0X3BvaW50X3dhc20AzAEWdHNfbm9kZV9lbmRfcG9pbnRfd2FzbQDLARh0c19ub2RlX3N0YXJ0X2luZGV4X3dhc20AygEWdHNfbm9kZV9lbmRfaW5kZXhfd2FzbQDJARZ0c19ub2RlX3RvX3N0cmluZ193YXNtAMgBFXRzX25vZGVfY2hpbGRyZW5fd2FzbQDHARt0c19ub2RlX25hbWVkX2NoaWxkcmVuX3dhc20AxgEgdHNfbm9kZV9kZXNjZW5kYW50c19vZl90eXBlX3dhc20AxQEVdHNfbm9kZV9pc19uYW1lZF93YXNtAMQBGHRzX25vZGVfaGFzX2NoYW5nZXNfd2FzbQDDARZ0c19ub2RlX2hhc19lcnJvcl93YXNtAMEBFXRzX25vZGVfaXNfZXJyb3Jfd2FzbQDAARd0c19ub2RlX2lzX21pc3Npbmdfd2FzbQC/ARV0c19ub2RlX2lzX2V4dHJhX3dhc20AvgEYdHNfbm9kZV9wYXJzZV9zdGF0ZV93YXNtAL0BHXRzX25vZGVfbmV4dF9wYXJzZV9zdGF0ZV93YXNtALwBFXRzX3F1ZXJ5X21hdGNoZXNfd2FzbQC7ARZ0c19xdWVyeV9jYXB0dXJlc193YXNtALkBBm1lbXNldAA0Bm1lbWNweQAkB21lbW1vdmUAoQEIaXN3YWxwaGEAZwhpc3dibGFuawClAQhpc3dkaWdpdACqAQhpc3dsb3dlcgCmAQhpc3dwdW5jdACjAQhpc3d1cHBlcgCiAQlpc3d4ZGlnaXQAngEGbWVtY2hyAGUGc3RyY21wAJ0BB3N0cm5jYXQApAEHc3RybmNweQCfAQh0b3dsb3dlcgCtAQh0b3d1cHBlcgCsAQhzZXRUaHJldwCuARlfZW1zY3JpcHRlbl9zdGFja19yZXN0b3JlAKkBF19lbXNjcmlwdGVuX3N0YWNrX2FsbG9jAKgBHGVtc2NyaXB0ZW5fc3RhY2tfZ2V0X2N1cnJlbnQApwEYX193YXNtX2FwcGx5X2RhdGFfcmVsb2NzAKICCALYAQk/AQAjAgselwGWAZUBoAGcAZoBmQGYATGPAZwCmgKbApkCJZcCmwGUAZMBM5ACjgKNAroBuAG1AbYBsgGxAbABDAEBCpHPC5sC0AEBA38CQCABKAJMIgJBAE4EQCACRQ0BIwFBtPUAaigCGCACQf////8DcUcNAQsCQCAAQf8BcSIDIAEoAlBGDQAgASgCFCICIAEoAhBGDQAgASACQQFqNgIUIAIgADoAAA8LIAEgAxBpDwsgAUHMAGoiAiACKAIAIgNB/////wMgAxs2AgACQAJAIABB/wFxIgQgASgCUEYNACABKAIUIgMgASgCEEYNACABIANBAWo2AhQgAyAAOgAADAELIAEgBBBpCyACKAIAGiACQQA2AgALzQUCB38BfgJAIAEtAABBAXENACAAQQA2AhAgASgCACICKAIAGiACIAIoAgAiAkEBazYCACACQQFGBEAgACgCDCECIAAgACgCECIDQQFqIgQgACgCFCIFSwR/QQggBUEBdCIDIAQgAyAESxsiAyADQQhNGyIEQQN0IQMCfyACBEAgAiADIwcoAgARAQAMAQsgAyMIKAIAEQAACyECIAAgBDYCFCAAKAIQIgNBAWoFIAQLNgIQIAAgAjYCDCACIANBA3RqIAEpAgA3AgALIAAoAhAiAUUNAANAIAAgAUEBayIBNgIQAkAgACgCDCABQQN0aigCACIEKAIkIgIEQEEAIQFBACAEIAJBA3RrIgYgBEEBcRsDQAJAIAYgAUEDdGopAgAiCaciAkEBcQ0AIAIgAigCACICQQFrNgIAIAJBAUcNACAAKAIMIQIgACAAKAIQIgNBAWoiBSAAKAIUIghLBH9BCCAIQQF0IgMgBSADIAVLGyIDIANBCE0bIgVBA3QhAwJ/IAIEQCACIAMjBygCABEBAAwBCyADIwgoAgARAAALIQIgACAFNgIUIAAoAhAiA0EBagUgBQs2AhAgACACNgIMIAIgA0EDdGogCTcCAAsgAUEBaiIBIAQoAiRJDQALIwkoAgARAgAMAQsCQCAELQAsQcAAcUUNACAEKAJIQRlJDQAgBCgCMCMJKAIAEQIACwJAIAAoAggiAkUNACAAKAIEIgVBAWoiAUEgSw0AIAAoAgAhAyAAIAEgAksEf0EIIAJBAXQiAiABIAEgAkkbIgEgAUEITRsiAkEDdCEBAn8gAwRAIAMgASMHKAIAEQEADAELIAEjCCgCABEAAAshAyAAIAI2AgggACgCBCIFQQFqBSABCzYCBCAAIAM2AgAgAyAFQQN0aiIBQQA2AgQgASAENgIADAELIAQjCSgCABECAAsgACgCECIBDQALCwslAQF/IwBBEGsiBCQAIAQgAzYCDCAAIAEgAiADEGAgBEEQaiQAC5kDAQd/IAAgACgCACAALQAQaiIDNgIAAkAgACgCCCIFIANLBEAgACADLAAAIgFB/wFxIgI2AgxBASEEIAFBAEgEQAJAIAUgA2siBkEBRg0AAkAgAUFgTwRAAkAgAUFvTQRAIAAgAkEPcSICNgIMIwFB3gpqIAJqLQAAIAMtAAEiAUEFdnZBAXFFDQQgAUE/cSEHQQIhAQwBCyAAIAJB8AFrIgI2AgwgAUF0Sw0DIwFBsAxqIAMtAAEiAUEEdmosAAAgAnZBAXFFDQMgACABQT9xIAJBBnRyIgI2AgxBAiEEIAZBAkYNA0EDIQEgAy0AAkGAf3MiB0H/AXFBP0sNAwsgACAHQf8BcSACQQZ0ciICNgIMIAYiBCABRw0BDAILIAFBQkkNASAAIAJBH3EiAjYCDEEBIQELIAEgA2otAABBgH9zQf8BcSIEQT9NDQMgASEECyAAQX82AgwLIAAgBDoAECADIAVJDwsgAEEANgIMIABBADoAECADIAVJDwsgACACQQZ0IARyNgIMIAAgAUEBajoAECADIAVJC9sDAQZ/A0AgACgCDBBmBEAgABAMGgwBCyAAKAIMQTtGBEAgABAMGiAAKAIMIQEDQAJAIAEOCwMAAAAAAAAAAAADAAsgACAAKAIAIAAtABBqIgQ2AgAgAAJ/AkAgACgCCCIFIARLBEAgACAELAAAIgJB/wFxIgE2AgxBASACQQBODQIaQQEhAwJAIAUgBGsiBUEBRg0AAkAgAkFgTwRAAkAgAkFvTQRAIAAgAUEPcSIBNgIMIwFB3gpqIAFqLQAAIAQtAAEiAkEFdnZBAXFFDQQgAkE/cSEGQQIhAgwBCyAAIAFB8AFrIgE2AgwgAkF0Sw0DIwFBsAxqIAQtAAEiAkEEdmosAAAgAXZBAXFFDQMgACACQT9xIAFBBnRyIgE2AgxBAiEDIAVBAkYNA0EDIQIgBC0AAkGAf3MiBkH/AXFBP0sNAwsgACAGQf8BcSABQQZ0ciIBNgIMIAUiAyACRw0BDAILIAJBQkkNASAAIAFBH3EiATYCDEEBIQILIAIgBGotAABBgH9zQf8BcSIDQT9NDQIgAiEDC0F/IQEgAEF/NgIMIAAgAzoAEAwDCyAAQQA2AgwgAEEAOgAQDAQLIAAgAUEGdCADciIBNgIMIAJBAWoLOgAQDAALAAsLCxcAIAAtAABBIHFFBEAgASACIAAQaBoLC2sBAX8jAEGAAmsiBSQAAkAgAiADTA0AIARBgMAEcQ0AIAUgASACIANrIgNBgAIgA0GAAkkiARsQNBogAUUEQANAIAAgBUGAAhAOIANBgAJrIgNB/wFLDQALCyAAIAUgAxAOCyAFQYACaiQAC9gBAgV/AX4CfyABKAIEIAEoAggiBUEcbGoiA0EcaygCACIGKAIAIgJBAXEEQCACQQN2QQFxDAELIAIvASxBAnZBAXELIQRBACECAkAgBA0AIAVBAkkEQCABLwEQIQIMAQsgA0E4aygCACgCAC8BQiIERQ0AIAEoAgAoAggiAigCVCACLwEkIARsQQF0aiADQQhrKAIAQQF0ai8BACECCyADQRhrKQIAIQcgA0EQaygCACEDIAAgASgCADYCFCAAIAY2AhAgACACNgIMIAAgAzYCCCAAIAc3AgAL6QEBBn8jAEEQayIEJAAgACgCACICIAFBBXQiBmoiAygCAARAIAAoAjQhBSADKAIMBEAgBCADKQIMNwMIIAUgBEEIahAKCyADKAIUBEAgBCADKQIUNwMAIAUgBBAKCyADKAIEIgIEQCACKAIAIgcEQCAHIwkoAgARAgAgAygCBCECCyACQQA2AgggAkIANwIAIAIjCSgCABECAAsgAygCACAAQSRqIAUQGiAAKAIAIQILIAAoAgQgAUF/c2pBBXQiAQRAIAIgBmoiAiACQSBqIAH8CgAACyAAIAAoAgRBAWs2AgQgBEEQaiQAC4EBAQJ/AkACQCACQQRPBEAgACABckEDcQ0BA0AgACgCACABKAIARw0CIAFBBGohASAAQQRqIQAgAkEEayICQQNLDQALCyACRQ0BCwNAIAAtAAAiAyABLQAAIgRGBEAgAUEBaiEBIABBAWohACACQQFrIgINAQwCCwsgAyAEaw8LQQALHQEBf0EBIQEgAEEwa0EKTwR/IAAQZ0EARwVBAQsLFAAgASgCTEEASBogAEECIAEQaBoLqQ4BDn8gACgCACICQQA2AjAgAkIANwI0IAJBADsBQCACQQA2AiAgAkEANgI8IAIgAi8BLEG//ANxOwEsIAIvAUIiBQRAIAEoAlQgAS8BJCAFbEEBdGohCwsgAiACKAIkIgVBA3RrIQ0CQCAFRQRADAELQQAgDSACQQFxGyEPA0AgDyAKQQN0aiIELwEGIQcgBC8BBCEGIAQoAgAhAyAOAn8CQAJAAkACQAJAAkACQAJAAn8CQAJAAkACfwJAAkACQCAKBEAgAigCFA0BCyADQQFxIgQEfyADQQd2QQFxBSADLQAtQQFxCwRAIAIgAi8BLEGAAnI7ASwLIARFDQEgCg0CIAJBADYCFCACIAZB/wFxNgIMIAIgB0H/AXEiBTYCBCACIAdBCHYiBDYCGCACIAQ2AhAgAiAGQQh2QQ9xNgIIIAQgBWohBwwFCyADQQFxDQELIAMtACxBgAFxBEAgAiACLwEsQYABcjsBLAsgCgRAQQAgA0EBcQ0CGkEAIQRBACADKAIMIAMoAhQiBRshDCADKAIQIAMoAgRqIQkgBSADKAIIaiEHIAMoAhghBQwDCyADKAIEIQQgAiADKQIINwIIIAIgBDYCBCADKAIQIQUgAiADKQIUNwIUIAIgBTYCECAEIAVqIQcMBAtBAQshBCAHQQh2IgUgB0H/AXFqIQkgBkH/AXEhDCAGQQh2QQ9xIQcLIAIgAigCECAJaiIJNgIQIAIgAigCFCAHaq0gBSAMakEAIAIoAhggBxtqrUIghoQ3AhQgAigCBCAJaiEHIARFDQELIAIgAigCICADQRp0QR91QeIEcWoiBDYCICAHIAZBgOADcUEMdmoiBSAISyEHAkAgAi8BKEH+/wNJDQAgA0EKcUECRw0AIAIgBEHkAGo2AiALIAUgCCAHGyEIIAIoAjghB0EAIQQgA0EIcQ0EQQEhBiADQYD+A3FBCHYMAQsgAygCHCEMIAMoAiQhBQJ/AkAgAy8BKCIJQf7/A0YEQCADKAIUIQYgAygCECEJQeIEIQQgAiACKAIgIAMtAC1BAnEEf0HiBAUgAygCIAsgBkFibCAJa2pqQfQDazYCIAwBC0HiBCEEIAIgAy0ALUECcQR/QeIEBSADKAIgCyACKAIgaiIGNgIgIAIvAShB/f8DTQ0AIAMvASwiBEEEcQ0AIAlB//8DRgRAQQAgBUUNAhoLIARBAXEEQCACIAZB5ABqNgIgDAELIAVFDQAgAiADKAIwQeQAbCAGajYCIAsgBQshBCAHIAxqIQZBACEHQQAhBSACIAMoAiQEfyADKAI8BUEACyACKAI8ajYCPCAGIAggBiAISxshCCACIAMoAiQEfyADKAI4BUEACyACKAI4aiIHNgI4IAMvASwiBkEEcQ0CQQAhBiADLwEoC0H//wNxRQ0AIAtFDQAgCyAOQQF0aiIFLwEARQ0AIAIgB0EBajYCOCACIAIoAjBBAWo2AjACQAJAIAUvAQAiBEH+/wNrDgIHAQALIAEoAkggBEEDbGotAAFBAXFFDQYLIAIgAigCNEEBajYCNCAGRQ0GDAcLIAYNASADLwEsIQYLIAZBAXENAUEAIQYMAgsgA0ECcUUEQEEBIQYMAgsgAiAHQQFqNgI4IAIgAigCMEEBajYCMCADQQRxRQ0EIAIgAigCNEEBajYCNAwECyACIAdBAWo2AjggAiACKAIwQQFqNgIwIAMtACxBAnFFDQIgAiACKAI0QQFqNgI0DAILIARFDQAgAiACKAIwIAMoAjBqNgIwIAIgAigCNCADKAI0ajYCNAsgBg0BCyADLQAsQcAAcQRAIAIgAi8BLEHAAHI7ASwLIAMvAShB//8DRgRAIAJB//8DOwEqIAIgAi8BLEEYcjsBLAsgAy8BLEECdkEBcQwBCyADQQN2QQFxC0VqIQ4gCkEBaiIKIAAoAgAiAigCJCIESQ0ACwsgAiAIIAIoAhAiACACKAIEams2AhwgAi8BKCIFQf3/A0sEQCACIAIoAiAgACACKAIUQR5sampB9ANqNgIgCwJAIARFDQAgDSAEQQN0akEIaygCACEBAkAgDSgCACIAQQFxRQRAIAIgAEHEAEEoIAAoAiQbai8BADsBRCACIABBxgBBKiAAKAIkG2ovAQA7AUYgAC0ALEEIcUUNASACIAIvASxBCHI7ASwMAQsgAiAAQRB2OwFGIAIgAEGA/gNxQQh2OwFECwJAIAFBAXENACABLQAsQRBxRQ0AIAIgAi8BLEEQcjsBLAsgBEEBRg0AIAItACxBA3ENAAJAAkAgAEEBcQRAIAUgAEGA/gNxQQh2Rw0DQQEhBCABQQFxDQIgAS8BQCEEDAELIAAvASggBUcNAkEBIQQgAC8BQCEAAkAgAUEBcQRAIAANAQwDCyAAIAEvAUAiBE0NAQsgAEEBaiEEDAELIARBAWohBAsgAiAEOwFACwveBAIBfgR/IAAoAgAgAUEFdGoiBigCACEBIAIpAgAhBQJ/IAAoAigiAgRAIAAgAkEBayICNgIoIAAoAiQgAkECdGooAgAMAQtBpAEjCCgCABEAAAsiACAEOwEAIABBAmpBAEGSAfwLACAFpyECIABCADcCmAEgAEEBNgKUASAAQQA2AqABIAACfwJAAkACQCABBEAgAEEAOwAdIAAgAzoAHCAAIAU3AhQgACABNgIQIABBATsBkAEgAEEAOgAfIAAgASkCBDcCBCAAIAEoAgw2AgwgACABKAKYASIENgKYASAAIAEoAqABIgk2AqABIAAgASgCnAEiATYCnAEgAkUNASACQQFxDQNB4gQhAyAAIAItAC1BAnEEf0HiBAUgAigCIAsgBGo2ApgBQQAgAigCDCACKAIUIgQbIQcgBCACKAIIaiEEIAIoAhghCCACKAIQIAIoAgRqDAQLIABCADcCBEEAIQEgAEEANgIMIAINAQsgBiABNgIICyAGIAA2AgAPCyAAIAQgAkEadEEfdUHiBHFqNgKYASAFQiCIp0H/AXEhByAFQiiIp0EPcSEEIAVCOIinIgggBUIwiKdB/wFxagsgACgCBGo2AgRBACEDIAAgACgCCCAEaq0gByAIakEAIAAoAgwgBBtqrUIghoQ3AgggAAJ/IAJBAXFFBEAgACACKAIkIgQEfyACKAI4BUEACyABaiACLwEsQQFxaiACLwEoQf7/A0ZqNgKcAUEAIARFDQEaIAIoAjwMAQsgACABIAJBAXZBAXFqNgKcAUEACyAJajYCoAEgBiAANgIAC7kDAQZ/A0AgACAAKAIAIAAtABBqIgQ2AgACQAJAIAAoAggiBSAESwRAIAAgBCwAACICQf8BcSIBNgIMQQEhAyACQQBIBEACQCAFIARrIgVBAUYNAAJAIAJBYE8EQAJAIAJBb00EQCAAIAFBD3EiATYCDCMBQd4KaiABai0AACAELQABIgJBBXZ2QQFxRQ0EIAJBP3EhBkECIQIMAQsgACABQfABayIBNgIMIAJBdEsNAyMBQbAMaiAELQABIgJBBHZqLAAAIAF2QQFxRQ0DIAAgAkE/cSABQQZ0ciIBNgIMQQIhAyAFQQJGDQNBAyECIAQtAAJBgH9zIgZB/wFxQT9LDQMLIAAgBkH/AXEgAUEGdHIiATYCDCAFIgMgAkcNAQwCCyACQUJJDQEgACABQR9xIgE2AgxBASECCyACIARqLQAAQYB/c0H/AXEiA0E/TQ0DIAIhAwsgAEF/NgIMQX8hAQsgACADOgAQDAILQQAhASAAQQA2AgwgAEEAOgAQDAELIAAgAUEGdCADciIBNgIMIAAgAkEBajoAEAsgARATDQAgACgCDCIDQS1rQQJJDQAgA0HfAEYNAAsL5QkCFn8BfiMAQYABayIEJAAgAigCACIWAn8gAigCECIXKQIAIhmnIgZBAXEEQCAZQjiIpwwBCyAGKAIQCyISaiENIAEoAgghBiABKAIEIQ4gASgCFCEUIAEoAgAhCyABKAIQKAIAIQMCQAJAAkACQANAIANBAXENAyADKAIkRQ0DIAMvAUIiBwR/IBQoAggiCCgCVCAILwEkIAdsQQF0agVBAAshEyADKAIkIhVFDQMCfyADIBVBA3RrIg8oAgAiB0EBcUUEQCAHLwEsQQJ2QQFxDAELIAdBA3ZBAXELIgNFIRBBACEMAkAgAw0AIBNFDQAgEy8BACEMQQEhEAsgASAUNgIUIAEgDzYCECABIAw2AgwgASAGNgIIIAEgDjYCBCABIAs2AgACfyAPKAIAIgVBAXEiEUUEQEEAIAYgBSgCFCIHGyEIIAUoAhghCSAFKAIQIQMgByAOagwBCyAPLQAHIgMhCSAGIQggDgshByALIBZLDQMgDyAXRg0CIAMgC2ohCgJAAkACQAJAAkACQCASDQAgCiANSQ0AIBENASAFKAIkRQ0BIAUoAjBFDQEgBCABKQIINwNYIAQgASkCEDcDYCAEIAEpAgA3A1AgBEFAayACKQIINwMAIAQgAikCEDcDSCAEIAIpAgA3AzggBEHoAGogBEHQAGogBEE4ahAYIAQoAnhFDQEMBwsgEg0BCyAKIA1LDQEMAgsgCiANSQ0BCyAPKAIAIgNBAXENACADKAIkRQ0AIAMoAjANAQtBASERIBVBAUYNBCAIIAlqIQYDQEEAIQwCfyAPIBFBA3RqIgMoAgAiCUEBcSIIBEAgCUEDdkEBcQwBCyAJLwEsQQJ2QQFxC0UEQCATBH8gEyAQQQF0ai8BAAVBAAshDCAQQQFqIRALAn8gCARAIAMtAAVBD3EhBSADLQAGIQsgAy0ABAwBCyAJKAIIIQUgCSgCBCELIAkoAgwLIQggASAUNgIUIAEgAzYCECABIAw2AgwgASAFIAdqIg42AgQgASAKIAtqIgs2AgAgAUEAIAYgBRsgCGoiBjYCCAJ/IAMoAgAiBUEBcSIYBEAgAy0AByIKIQggBiEJIA4MAQtBACAGIAUoAhQiBxshCSAFKAIYIQggBSgCECEKIAcgDmoLIQcgCyAWSw0FIAMgF0YNBCAKIAtqIQoCQAJAAkACQAJAIBINACAKIA1JDQAgGA0BIAUoAiRFDQEgBSgCMEUNASAEIAEpAgg3AyggBCABKQIQNwMwIAQgASkCADcDICAEIAIpAgg3AxAgBCACKQIQNwMYIAQgAikCADcDCCAEQegAaiAEQSBqIARBCGoQGCAEKAJ4RQ0BDAgLIBINAQsgCiANSw0BDAILIAogDUkNAQsgAygCACIDQQFxDQAgAygCJEUNACADKAIwDQILIAggCWohBiARQQFqIhEgFUcNAAsMBAsgAy0ALEEBcSAMckUNAAsgACABKQIANwIAIAAgASkCEDcCECAAIAEpAgg3AggMAwsgACABIAEgBEHoAGogDBsgBS8BLEEBcRsiASkCADcCACAAIAEpAhA3AhAgACABKQIINwIIDAILIAAgASkCADcCACAAIAEpAhA3AhAgACABKQIINwIIDAELIABCADcCACAAQgA3AhAgAEIANwIICyAEQYABaiQAC/wUAhN/AX4jAEEwayINJAAgAUEANgIcIAFBADYCECABKAIAIA1BADoALiANQQA7ASwgAkEFdGooAgAhDAJAIAVBAEgEQAwBCyAFQf////8BcUH3////AUYNACAFQQlqIghB/////wFxIQogCEEDdCMIKAIAEQAAIQkgASgCHCEHCyABKAIYIQYgASAHQQFqIgggASgCICILSwR/QQggC0EBdCIHIAggByAISxsiCCAIQQhNGyIHQRhsIQgCfyAGBEAgBiAIIwcoAgARAQAMAQsgCCMIKAIAEQAACyEGIAEgBzYCICABKAIcIgdBAWoFIAgLNgIcIAEgBjYCGCAGIAdBGGxqIghBAToAFCAIQQA2AhAgCCAKNgIMIAhBADYCCCAIIAk2AgQgCCAMNgIAIAggDS0ALjoAFyAIIA0vASw7ABUgASgCHCIUBEAgAkEFdCEXA0AgEUEYbCIVIAEoAhhqIgsoAgAhDiAEIAsgAxEBACICQQJxIRICQAJAAkACQAJAAkACQAJAAkAgAkEBcUUEQCAOLwGQASECIBJFDQQgCygCDCEQIAsoAgghDCALKAIEIQcgAg0BQQEhDwwCCyASRQ0GIAsoAgwhECALKAIIIQwgCygCBCEHQQEhDwwBCyAQRQRAQQAhEEEAIQ8MAQsgEEEIIwooAgARAQAhCCAMQQN0IgIEQCAIIAcgAvwKAAALIAxFBEBBACEPQQAhDAwCC0EAIQ9BACEGIAxBAUcEQCAMQX5xIQdBACEJA0AgCCAGQQN0aiIKKAIAIgJBAXFFBEAgAiACKAIAQQFqNgIAIAIoAgAaCyAKKAIIIgJBAXFFBEAgAiACKAIAQQFqNgIAIAIoAgAaCyAGQQJqIQYgCUECaiIJIAdHDQALCwJAIAxBAXFFDQAgCCAGQQN0aigCACICQQFxDQAgAiACKAIAQQFqNgIAIAIoAgAaCyAIIQcLAkAgDEECSQ0AIAcgDEEDdGohAkEAIQYgDEEBdiIIQQFHBEAgCEH+////B3EhCUEAIQoDQCAHIAZBA3RqIggpAgAhGSAIIAIgBkF/c0EDdGoiEykCADcCACATIBk3AgAgCCkCCCEZIAggAiAGQf7///8Bc0EDdGoiCCkCADcCCCAIIBk3AgAgBkECaiEGIApBAmoiCiAJRw0ACwsgDEECcUUNACAHIAZBA3RqIggpAgAhGSAIIAIgBkF/c0EDdGoiAikCADcCACACIBk3AgALIAchCAsgASgCECIHIQICQANAIAIiCkUNASABKAIAIAEoAgwiCSACQQFrIgJBBHRqKAIMIgZBBXRqKAIAIA5HDQALIAdBAWoiAiABKAIUSwRAIAkgAkEEdCMHKAIAEQEAIQkgASACNgIUIAEoAhAhBwsgCkEEdCECAkAgByAKTQ0AIAcgCmtBBHQiB0UNACACIAlqIgpBEGogCiAH/AoAAAsgAiAJaiICIAY2AAwgAiAQNgAIIAIgDDYABCACIAg2AAAgASAJNgIMIAEgASgCEEEBajYCECAPRQ0CDAMLIAEoAgAiBiAXaiIHKAIQIRMgBygCDCECIAcoAgghFiABIAEoAgQiCkEBaiIJIAEoAggiB0sEfyAGQQggB0EBdCIHIAkgByAJSxsiByAHQQhNGyIHQQV0IwcoAgARAQAhBiABIAc2AgggASgCBCIKQQFqBSAJCzYCBCABIAY2AgAgBiAKQQV0aiIHQQA2AhwgB0IANwIUIAcgEzYCECAHIAI2AgwgByAWNgIIIAdBADYCBCAHIA42AgAgDgRAIA4gDigClAFBAWo2ApQBCwJAIAJFDQAgAkEBcQ0AIAIgAigCAEEBajYCACACKAIAGgsgASgCBEEBayEHIAEoAgwhBiABIAEoAhAiCUEBaiICIAEoAhQiCksEf0EIIApBAXQiCiACIAIgCkkbIgIgAkEITRsiCkEEdCECAn8gBgRAIAYgAiMHKAIAEQEADAELIAIjCCgCABEAAAshBiABIAo2AhQgASgCECIJQQFqBSACCzYCECABIAY2AgwgBiAJQQR0aiICIAc2AgwgAiAQNgIIIAIgDDYCBCACIAg2AgAgDw0CDAELIAJFDQILIA4vAZABIgYEQCAOQRBqIRNBASEHA0ACQAJ/IAYgByIKRgRAIA4tABwhECAOKAIYIRIgDigCFCEJIA4oAhAhDCABKAIYIBVqDAELIAEoAhwiBkE/Sw0BIBMgCkEEdGoiAi0ADCEQIAIoAgghEiACKAIEIQkgAigCACEMIA0gASgCGCIHIBVqIgIpAhA3AyAgDSACKQIINwMYIA0gAikCADcDECABKAIgIgIgBk0EQCAHQQggAkEBdCICIAZBAWoiCCACIAhLGyICIAJBCE0bIgJBGGwjBygCABEBACEHIAEgAjYCICABKAIcIQYLIAEgBzYCGCABIAZBAWo2AhwgByAGQRhsaiICIA0pAyA3AhAgAiANKQMYNwIIIAIgDSkDEDcCAAJAIAEoAhggASgCHEEYbGoiD0EMaygCACIIRQ0AIA9BEGsoAgAhAiAPQRRrIgcoAgAhBiAHIAhBCCMKKAIAEQEAIgg2AgAgAkEDdCILBEAgCCAGIAv8CgAACyACRQ0AQQAhBiACQQFHBEAgAkF+cSEWQQAhCANAIAZBA3QiGCAHKAIAaigCACILQQFxRQRAIAsgCygCAEEBajYCACALKAIAGgsgBygCACAYaigCCCILQQFxRQRAIAsgCygCAEEBajYCACALKAIAGgsgBkECaiEGIAhBAmoiCCAWRw0ACwsgAkEBcUUNACAHKAIAIAZBA3RqKAIAIgJBAXENACACIAIoAgBBAWo2AgAgAigCABoLIA9BGGsLIgYgDDYCAAJAAn8CQCAJBEACQCAFQQBOBEAgBigCBCEHIAYgBigCCCIIQQFqIgIgBigCDCIMSwR/QQggDEEBdCIIIAIgAiAISRsiAiACQQhNGyIIQQN0IQICfyAHBEAgByACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEHIAYgCDYCDCAGKAIIIghBAWoFIAILNgIIIAYgBzYCBCAHIAhBA3RqIgIgEjYCBCACIAk2AgAgCUEBcQ0BIAkgCSgCAEEBajYCACAJKAIAGgwDCyAJQQFxRQ0CCyAJQQN2QQFxDAILIAYgBigCEEEBajYCEAwCCyAJLwEsQQJ2QQFxCw0BIAYgBigCEEEBajYCECAQQQFxDQELIAZBADoAFAsgCkEBaiEHIAogDi8BkAEiBkkNAAsLIBFBAWohEQwDCyASDQELIAsoAggEQCABKAI0IQJBACEGA0AgDSALKAIEIAZBA3RqKQIANwMIIAIgDUEIahAKIAZBAWoiBiALKAIISQ0ACwsgC0EANgIIIAsoAgQiAgRAIAIjCSgCABECAAsgC0EANgIMIAtCADcCBAsgASgCHCARQX9zakEYbCICBEAgASgCGCAVaiIIIAhBGGogAvwKAAALIAEgASgCHEEBazYCHCAUQQFrIRQLIBEgFEkNAEEAIREgASgCHCIUDQALCyAAIAEpAgw3AgAgACABKAIUNgIIIA1BMGokAAvvAgEFfyMAQSBrIgQkAANAAkAgACAAKAKUAUEBayIFNgKUASAFDQAgAC8BkAEiAwR/IANBAWsiBQRAA0AgBCAAIANBBHRqIgMpAgg3AxggBCADKQIANwMQIAQoAhQEQCAEIAQpAhQ3AwggAiAEQQhqEAoLIAQoAhAgASACEBogBSIDQQFrIgUNAAsLIAQgACkCGDcDGCAEIAApAhA3AxAgBCgCFARAIAQgBCkCFDcDACACIAQQCgsgACgCEAVBAAsCQCABKAIEIgNBMU0EQCABKAIAIQYgASgCCCIHIANNBEBBCCAHQQF0IgcgA0EBaiIDIAMgB0kbIgMgA0EITRsiB0ECdCEDAn8gBgRAIAYgAyMHKAIAEQEADAELIAMjCCgCABEAAAshBiABIAc2AgggASgCBCEDCyABIAY2AgAgASADQQFqNgIEIAYgA0ECdGogADYCAAwBCyAAIwkoAgARAgALIgANAQsLIARBIGokAAtgAQJ/IAJFBEBBAA8LIAAtAAAiAwR/AkADQCADIAEtAAAiBEcNASAERQ0BIAJBAWsiAkUNASABQQFqIQEgAC0AASEDIABBAWohACADDQALQQAhAwsgAwVBAAsgAS0AAGsLNgEBf0EBIQECQAJAAkAgACMCQQ5qEEhBAWsOAgACAQsDQCAAEElBAUYNAAsMAQtBACEBCyABC54JAQ5/IwBBMGsiBiQAIAAoAhghBCAAKAIgQR9NBEACfyAEBEAgBEGABiMHKAIAEQEADAELQYAGIwgoAgARAAALIQQgAEEgNgIgCyAAQQA2AhwgACAENgIYIwshBQJAIAAoAgQiBEUNACACIAUoAgAgAhshCgNAIAAoAgAgA0EFdGoiBygCHEECRwRAIAAoAhghBCAAIAAoAhwiAkEBaiIFIAAoAiAiCEsEf0EIIAhBAXQiAiAFIAIgBUsbIgIgAkEITRsiBUEYbCECAn8gBARAIAQgAiMHKAIAEQEADAELIAIjCCgCABEAAAshBCAAIAU2AiAgACgCHCICQQFqBSAFCzYCHCAAIAQ2AhggBkEANgIoIAZCADcDICAGQgA3AxggBCACQRhsaiICIAcoAgA2AgAgAiAGKAIoNgIUIAIgBikDIDcCDCACIAYpAxg3AgQgACgCBCEECyADQQFqIgMgBEkNAAsgACgCHCIERQ0AQQAhBUEBIQNBACECA0ACQEEAIQtBASEHIANFDQADQCALQRhsIg0gACgCGGoiAygCACEIIAYgAygCFDYCECAGIAMpAgw3AwggBiADKQIENwMAQQAhAwJAIAIEQANAIAUgA0ECdGooAgAgCEYNAiADQQFqIgMgAkcNAAsLIAhFDQAgCC8BkAEEQCAIQRBqIQ5BACEHA0AgDiAHQQR0aiIDKAIAIQ8CQCADKAIEIgRFDQAjAUGrCmohAwJAAkACQCAEQQFxBH8gBEGA/gNxQQh2BSAELwEoC0H//wNxIgRB/v8Daw4CAAIBCyMBQaoKaiEDDAELQQAhAyABKAIIIAEoAgRqIARNDQAgASgCOCAEQQJ0aigCACEDCwNAAkACQAJAAkACQCADLQAAIgQOIwYEBAQEBAQEBAMCBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBAAsgBEHcAEcNAwtB3AAgChAJIAMsAAAgChAJIANBAWohAwwDCyMBQYsIaiAKEBQgA0EBaiEDDAILIwFBmgNqIAoQFCADQQFqIQMMAQsgBMAgChAJIANBAWohAwwACwALIAAoAhghAyAHBH8gACAAKAIcIglBAWoiBCAAKAIgIhBLBH9BCCAQQQF0IgkgBCAEIAlJGyIEIARBCE0bIglBGGwhBAJ/IAMEQCADIAQjBygCABEBAAwBCyAEIwgoAgARAAALIQMgACAJNgIgIAAoAhwiCUEBagUgBAs2AhwgACADNgIYIAMgCUEYbGoiAyAINgIAIAMgBigCEDYCFCADIAYpAwg3AgwgAyAGKQMANwIEIAAoAhggACgCHEEYbGpBGGsFIAMgDWoLIA82AgAgB0EBaiIHIAgvAZABSQ0ACwsCQCACQQFqIgMgDE0NAEEIIAxBAXQiBCADIAMgBEkbIgQgBEEITRsiDEECdCEEIAUEQCAFIAQjBygCABEBACEFDAELIAQjCCgCABEAACEFCyAFIAJBAnRqIAg2AgAgACgCHCEEQQAhByADIQILIAtBAWoiCyAESQ0ACyAEIQMgB0EBcUUNAQsLIAVFDQAgBSMJKAIAEQIACyAGQTBqJAALxAEBBH8CfwJAIANFDQAgAkEFRw0AIAEjAUGrCmpBBRAbDQBB//8DDAELIAAoAgggACgCBGpB//8DcSIHBEADQAJAIAZB//8DcUH+/wNGDQAgACgCSCAEQQNsaiIFLQAAIAUtAAJyQQFxRQ0AIAUtAAEgA0cNACAAKAI4IARBAnRqKAIAIgUgASACEBsNACAFEEIgAkcNACAAKAJMIARBAXRqLwEADAMLIAZBAWoiBkH//wNxIgQgB0kNAAsLQQALQf//A3ELyzcCDX8BfiMAQSBrIgokAEEBIQYCQCABKAIMIgdFDQAgB0HdAEcgB0EpR3FFBEBBfyEGDAELIAAoAmwhCSAAKAJAIQ0CQCAAKAJwIggEQCANIAkgCEEDdGpBBGsvAQBGDQELIAAgCEEBaiIHIAAoAnQiC0sEf0EIIAtBAXQiCCAHIAcgCEkbIgcgB0EITRsiCEEDdCEHAn8gCQRAIAkgByMHKAIAEQEADAELIAcjCCgCABEAAAshCSAAIAg2AnQgACgCcCIIQQFqBSAHCzYCcCAAIAk2AmwgASgCBCELIAEoAgAhDCAJIAhBA3RqIgdBADsBBiAHIA07AQQgByAMIAtrNgIAIAEoAgwhBwsCQAJAAkACQAJAAkACQAJAAkACQCAHQSJrDgcCAQEBAQEEAAsCQCAHQdsAaw4FAAEBAQMBCyABEAwaIAEQDSAKQQA2AhggCkIANwIQQX8hDkEAIQhBACELA0AgACgCQCEPAkACQAJAAkAgACABIAIgA0EBIApBEGoQHyIGBEACQCAGQX9HDQBBASEGIAhFDQAgASgCDEHdAEYNAgsgCigCECIABEAgACMJKAIAEQIACyALRQ0PIAsjCSgCABECAAwPCyANIA9GBEAgBUEANgIEIAUoAgAhByAKKAIQIQkCQAJAIAooAhQiBiAFKAIISwRAAn8gBwRAIAcgBiMHKAIAEQEADAELIAYjCCgCABEAAAshByAFIAY2AgggBSgCBCIMRQ0BIAxFDQEgBiAHaiAHIAz8CgAADAELIAZFDQELIAkEQCAGRQ0BIAcgCSAG/AoAAAwBCyAGRQ0AIAdBACAG/AsACyAFIAc2AgAgBSAFKAIEIAZqNgIEDAQLAkAgBSgCBCIGIAooAhQiB0kEQCAFKAIAIQkgBSgCCCIMIAdJBEBBCCAMQQF0IgYgByAGIAdLGyIGIAZBCE0bIQYCfyAJBEAgCSAGIwcoAgARAQAMAQsgBiMIKAIAEQAACyEJIAUgBjYCCCAFKAIEIQYLIAUgCTYCACAHIAZrIgwEQCAGIAlqQQAgDPwLAAsgBSAHNgIEDAELIAdFDQMLQQAhBiAKKAIQIREDQCAGIBFqLQAAIQwCQAJAAkACQAJAAkACQCAFKAIAIAZqIhItAAAiCQ4FAQIGAwAFCyAMQQVJDQMMBAsgDEEFTw0DQoCCiIggIAxBA3StQvgBg4inIQkMBAsgDEEFTw0CQoGCiIggIAxBA3StQvgBg4inIQkMAwsgDEEFTw0BQoGCiJjAACAMQQN0rUL4AYOIpyEJDAILQoKEiKDAACAMQQN0rUL4AYOIpyEJDAELQQAhCQsgEiAJOgAAIAcgBkEBaiIGRw0ACwwBCyABEAwaIAAgACgCQEEBazYCQCAIQQFHBEBBACEGA0AgACgCPCIDIAsgBkECdGooAgBBFGxqIAsgBkEBaiIGQQJ0aigCACIHOwEOIAMgB0EUbGoiA0EGayAAKAJAOwEAIANBAmsiAyADLwEAQRByOwEAIAYgDkcNAAsLIAooAhAiAwRAIAMjCSgCABECAAsgC0UNCCALIwkoAgARAgAMCAsgBSgCBCEGCyAGIAdNDQADQCAFKAIAIAdqIgZCgIKIiCAgBjEAACITQgOGiKdBACATQgVUGzoAACAHQQFqIgcgBSgCBEkNAAsLAkAgCEEBaiIHIBBNDQBBCCAQQQF0IgYgByAGIAdLGyIGIAZBCE0bIhBBAnQhBiALBEAgCyAGIwcoAgARAQAhCwwBCyAGIwgoAgARAAAhCwsgCyAIQQJ0aiAPNgIAIAAoAjwhBiAAIAAoAkAiCEEBaiIJIAAoAkQiDEsEf0EIIAxBAXQiCCAJIAggCUsbIgggCEEITRsiCUEUbCEIAn8gBgRAIAYgCCMHKAIAEQEADAELIAgjCCgCABEAAAshBiAAIAk2AkQgACgCQCIIQQFqBSAJCzYCQCAAIAY2AjwgCkH//wM7AQggCkF/NgIEIAYgCEEUbGoiCEEANgECIAhBADsBACAIIAooAgQ2AQYgCCAKLwEIOwEKIAhBADsBEiAIQf//AzYBDiAIIAI7AQwgCkEANgIUIA5BAWohDiAHIQgMAAsACwJAIAcQEw0AIAEoAgwiB0HfAEYNACAHQS1HDQkLIAEoAgAhByABEBcgASgCACEIIAEQDSABKAIMQTpHBEAgAUEAOgAQIAEgBzYCACABEAwaDAkLIAEQDBogARANIApBADYCGCAKQgA3AhAgACABIAIgAyAEIApBEGoQHyIDBEAgCigCECIABEAgACMJKAIAEQIAC0EBIAMgA0F/RhshBgwJCyAAKAKcASAHIAggB2sQaiIIRQRAIAEgBzYCAEEDIQYMCQsgACgCPCEGIA0hBwNAAkAgBiAHQRRsaiIDIAg7AQQgAy8BDiIDQf//A0YNACADIAdNDQAgAyIHIAAoAkBJDQELCyAFIApBEGoQNiAKKAIQIgNFDQMgAyMJKAIAEQIADAMLIAEoAgAhByAAIAEQLw0HIAAoApwBIAAoAoQBIAAoAogBQQAQHiIJRQRAIAFBADoAECABIAdBAWo2AgAgARAMGkECIQYMCAsgACgCPCEGIAAgACgCQCIIQQFqIgcgACgCRCILSwR/QQggC0EBdCIIIAcgByAISRsiByAHQQhNGyIIQRRsIQcCfyAGBEAgBiAHIwcoAgARAQAMAQsgByMIKAIAEQAACyEGIAAgCDYCRCAAKAJAIghBAWoFIAcLNgJAIAAgBjYCPCAKQf//AzsBFCAKQX82AhAgBiAIQRRsaiIHQQA2AQIgByAJOwEAIAcgCigCEDYBBiAHIAovARQ7AQogB0ECQQAgAxs7ARIgB0H//wM2AQ4gByACOwEMDAILIAEQDBogARANIAAoAjwhBiAAIAAoAkAiCUEBaiIHIAAoAkQiCEsEf0EIIAhBAXQiCCAHIAcgCEkbIgcgB0EITRsiCEEUbCEHAn8gBgRAIAYgByMHKAIAEQEADAELIAcjCCgCABEAAAshBiAAIAg2AkQgACgCQCIJQQFqBSAHCzYCQCAAIAY2AjwgCkH//wM7ARQgCkF/NgIQIAYgCUEUbGoiB0EANgECIAdBADsBACAHIAooAhA2AQYgByAKLwEUOwEKIAdBAkEAIAMbOwESIAdB//8DNgEOIAcgAjsBDAwBCyABEAwaIAEQDQJAAkACQAJAIAEoAgwiB0Eiaw4NAQIDAwMDAQMDAwMDAgALIAdB2wBHDQILQQAhCSAKQQA2AhggCkIANwIQIAdBLkYEQCABKAIAIQcgARAMGiABEA1BASEDIAEoAgxBKUYNBgsCQAJAAkACQCAAIAEgAiADIAQgCkEQahAfIgZBAWoOAgEAAgsDQCAFIApBEGoQNiAKQQA2AhQCQCABKAIMIgNBLkcNACABKAIAIQcgARAMGiABEA0gASgCDEEpRw0AIAooAhAhCQwKCyAAIAEgAiADQS5GIAQgCkEQahAfIgZFDQALIAZBf0cNAQtBASEGIAEoAgxBKUYNAQsgCigCECIJRQ0IDAcLIAEQDBogCigCECIDRQ0CIAMjCSgCABECAAwCCyABEAwaAn8CQCABKAIMEBMNACABKAIMIgJB3wBGDQAgAkEtRg0AQQEMAQsgASgCACECIAEQFwJAIAEoAgwiA0E/Rg0AIANBIUYNAEEBDAELIAEQDBogAEEYaiIHIAIgASgCACACaxAuIQUgACgCVCECIAAgACgCWCIEQQFqIgMgACgCXCIISwR/QQggCEEBdCIEIAMgAyAESRsiAyADQQhNGyIEQQN0IQMCfyACBEAgAiADIwcoAgARAQAMAQsgAyMIKAIAEQAACyECIAAgBDYCXCAAKAJYIgRBAWoFIAMLNgJYIAAgAjYCVCACIARBA3RqIgIgBTYCBCACQQI2AgAgARANA0ACQAJAAn8CQAJAAkACQCABKAIMIgJBImsOCAEDAwMDAwMAAgsgARAMGiABEA0gACgCVCECIAAgACgCWCIDQQFqIgEgACgCXCIESwR/QQggBEEBdCIDIAEgASADSRsiASABQQhNGyIDQQN0IQECfyACBEAgAiABIwcoAgARAQAMAQsgASMIKAIAEQAACyECIAAgAzYCXCAAKAJYIgNBAWoFIAELNgJYIAAgAjYCVCACIANBA3RqQgA3AgBBAAwHC0EBIAAgARAvDQYaIAcgACgChAEgACgCiAEQLgwCCyACQcAARg0CCwJAIAIQEw0AIAEoAgwiAkHfAEYNACACQS1GDQBBAQwFCyABKAIAIQIgARAXIAcgAiABKAIAIAJrEC4LIQIgACgCVCEDIAAgACgCWCIEQQFqIgUgACgCXCIISwR/QQggCEEBdCIEIAUgBCAFSxsiBCAEQQhNGyIFQQN0IQQCfyADBEAgAyAEIwcoAgARAQAMAQsgBCMIKAIAEQAACyEDIAAgBTYCXCAAKAJYIgRBAWoFIAULNgJYIAAgAzYCVCADIARBA3RqIgNBAjYCAAwBCyABEAwaAkAgASgCDBATDQAgASgCDCICQd8ARg0AIAJBLUYNAEEBDAMLIAEoAgAhAyABEBcCQAJAIAAoAhAiBUUNACABKAIAIANrIQQgACgCDCEIQQAhAgNAAkAgBCAIIAJBA3RqIg0oAgRGBEAgACgCACANKAIAaiADIAQQG0UNAQsgAkEBaiICIAVHDQEMAgsLIAJBf0cNAQsgAUEAOgAQIAEgAzYCACABEAwaQQQMAwsgACgCVCEDIAAgACgCWCIEQQFqIgUgACgCXCIISwR/QQggCEEBdCIEIAUgBCAFSxsiBCAEQQhNGyIFQQN0IQQCfyADBEAgAyAEIwcoAgARAQAMAQsgBCMIKAIAEQAACyEDIAAgBTYCXCAAKAJYIgRBAWoFIAULNgJYIAAgAzYCVCADIARBA3RqIgNBATYCAAsgAyACNgIEIAEQDQwACwALIQYMBgsgASgCACEIAkAgBxATDQAgASgCDCIHQd8ARg0AIAdBLUcNBgsgARAXAkACQAJAAkAgASgCACAIayIGQQFrDgcBAgICAgIAAgtBByEGIAgjAUG1CmpBBxAbDQEgARANAkACQAJAIAEoAgwQEw0AQQAhB0EBIQsCQCABKAIMIgZBImsODAIDAwMDAwMGAwMDAQALIAZB3wBHDQILIAEoAgAhBiABEBdBASELIAAoApwBIAYgASgCACAGa0EBEB4iBw0EIAFBADoAECABIAY2AgAgARAMGkECIQYMCgsgASgCACEGIAAgARAvBEBBASEGDAoLIAAoApwBIAAoAoQBIAAoAogBQQAQHiIHDQMgAUEAOgAQIAEgBkEBajYCACABEAwaQQIhBgwJCyABQQA6ABAgARAMGkEBIQYMCAtBACELQQAhByAILQAAQd8ARg0BCyAAKAKcASAIIAZBARAeIgcEQEEAIQsMAQsgAUEAOgAQIAEgCDYCACABEAwaQQIhBgwGCyAAKAI8IQYgACAAKAJAIgxBAWoiCSAAKAJEIg5LBH9BCCAOQQF0IgwgCSAJIAxJGyIJIAlBCE0bIgxBFGwhCQJ/IAYEQCAGIAkjBygCABEBAAwBCyAJIwgoAgARAAALIQYgACAMNgJEIAAoAkAiDEEBagUgCQs2AkAgACAGNgI8IApB//8DOwEUIApBfzYCECAGIAxBFGxqIgZBADYBAiAGIAc7AQAgBiAKKAIQNgEGIAYgCi8BFDsBCiAGQQJBACADGzsBEiAGQf//AzYBDiAGIAI7AQwgACgCPCAAKAJAQRRsaiIDQRRrIQYCQCAHQf3/A0sNACAAKAKcASgCSCAHQQNsai0AAkEBcUUNACADQRJrIAYvAQA7AQAgBkEAOwEACyALBEAgA0ECayIJIAkvAQBBgARyOwEACyAHRQRAIANBAmsiByAHLwEAQQFyOwEACwJAAkAgASgCDEEvRw0AIANBEmsiCS8BAEUEQCABQQA6ABAgASAIQQFrNgIAIAEQDBpBBSEGDAgLIAEQDBogASgCACEDIAYCfwJAAkAgASgCDBATDQBBASEGAkAgASgCDCIHQSJrDgwCCwsLCwsLCwsLCwEACyAHQd8ARw0KCyABEBcgACgCnAEiBiADIAEoAgAgA2tBARAeDAELIAAgARAvDQggACgCnAEiBiAAKAKEASAAKAKIAUEAEB4LIgc7AQAgB0UEQCABQQA6ABAgASADNgIAIAEQDBpBAiEGDAgLIAYoAgBBD0kNACAGIAkvAQAgCkEQahB0IQMgCigCECIJRQ0BQQAhBgNAIAMgBkEBdGovAQAgB0YNASAJIAZBAWoiBkcNAAsMAQsgARANIApBADYCDCAKQgA3AgQgAkEBaiEHQQAhC0EAIQwDQCALQf//A3EiCEEHSyEOA0BBACEJAkACQAJAIAEoAgxBIWsODgACAgICAgICAgICAgIBAgsgARAMGiABEA0CQCABKAIMEBMNACABKAIMIgNBLUYNACADQd8ARw0HCyABKAIAIQMgARAXIAEoAgAhBiABEA0gACgCnAEgAyAGIANrEGoiBkUEQCABIAM2AgBBAyEGDAgLIA4NAiAKQRBqIAhBAXRqIAY7AQAgC0EBaiELDAMLIAEQDBogARANQQEhCQsgAC8BQCEDIAAgASAHIAkgBCAKQQRqEB8iBgRAIAZBf0cNBkEBIQYgASgCDEEpRw0GAkAgCUUNACAMQf//A3EiA0UNBiAAKAI8IANBFGxqIgMgAy8BEkEEcjsBEiADLwEOIgNB//8DRg0AIAAoAkAgA00NACAAKAI8IANBFGxqIgMgAy8BEkEEcjsBEiADLwEOIgZB//8DRg0AA0AgBkH//wNxIgMgACgCQE8NASAAKAI8IANBFGxqIgMgAy8BEkEEcjsBEiADLwEOIgZB//8DRw0ACwsgC0H//wNxIgMEQAJAIApBEGohDEEAIQlBACELQQAhDiAAKAI8IA1B//8DcUEUbGohDyAAKAJ4IQcgACgCfCIGBEBBACEIA0ACfyAHIAhBAXRqLwEAIhBFBEAgAyAJRgRAIA8gDjsBEAwFCyAIQQFqIQ5BACELQQAMAQsgAyAJTQRAQQEhC0EADAELQQAgCUEBaiAQIAwgCUEBdGovAQBHIAtyIgtBAXEbCyEJIAhBAWoiCCAGRw0ACwsgDyAGOwEQAkAgAyAGaiIJIAAoAoABTQ0AIAlBAXQhCAJ/IAcEQCAHIAgjBygCABEBAAwBCyAIIwgoAgARAAALIQcgACAJNgKAASAAKAJ8IgkgBk0NACAJIAZrQQF0IglFDQAgByAIaiAHIAZBAXRqIAn8CgAACyADQQF0IggEQCAHIAZBAXRqIAwgCPwKAAALIAAgBzYCeCAAIAAoAnwgA2oiCDYCfCAAIAhBAWoiAyAAKAKAASIGSwR/QQggBkEBdCIIIAMgAyAISRsiAyADQQhNGyIIQQF0IQMCfyAHBEAgByADIwcoAgARAQAMAQsgAyMIKAIAEQAACyEHIAAgCDYCgAEgACgCfCIIQQFqBSADCzYCfCAAIAc2AnggByAIQQF0akEAOwEACwsgARAMGiAKKAIEIgNFDQQgAyMJKAIAEQIADAQFIAAoAkAhBiAFIApBBGoQNiAKQQA2AgggAyADIAZGayEMDAELAAsACwALIAFBADoAECABIAhBAWs2AgAgARAMGkEFIQYMBQsgARANQQMhCANAIAghA0ECIQgCQAJAA0ACQCABKAIMIgdBwABHBEACQCAHQSprDhYEAgUFBQUFBQUFBQUFBQUFBQUFBQUABQsjAUHEDGogA0H/AXFBAnRqKAIAIQgMAwsgARAMGgJAIAEoAgwQEw0AIAEoAgwiB0HfAEYNACAHQS1GDQBBASEGDAoLIAEoAgAhByABEBcgASgCACEGIAEQDSAAIAcgBiAHaxAuIQsgCyAFKAIEIgZPBEAgC0EBaiEHIAUoAgAhCSALIAUoAggiDE8EQEEIIAxBAXQiBiAHIAYgB0sbIgYgBkEITRshBgJ/IAkEQCAJIAYjBygCABEBAAwBCyAGIwgoAgARAAALIQkgBSAGNgIIIAUoAgQhBgsgBSAJNgIAIAcgBmsiDARAIAYgCWpBACAM/AsACyAFIAc2AgQLIAUoAgAgC2oiB0KDiJCgwAAgBzEAACITQgOGiKdBACATQgVUGzoAACAAKAI8IQkgDSEHA0ACQAJ/IAkgB0EUbGoiBi8BBkH//wNGBEAgBkEGagwBCyAGQQhqIAYvAQhB//8DRg0AGiAGLwEKQf//A0cNASAGQQpqCyALOwEACyAGLwEOIgZB//8DRg0CIAYgB00NAiAGIgcgACgCQEkNAAsMAQsLQQRBAiADQQJLGyEICyABEAwaIAEQDQwBCwsCQAJAAkACQCADQQFrDgQCAQMAAwsgCkH//wM7ARQgCkF/NgIQIAAoAjwhBiAAIAAoAkAiCUEBaiIBIAAoAkQiB0sEf0EIIAdBAXQiByABIAEgB0kbIgEgAUEITRsiB0EUbCEBAn8gBgRAIAYgASMHKAIAEQEADAELIAEjCCgCABEAAAshBiAAIAc2AkQgACgCQCIJQQFqBSABCzYCQCAAIAY2AjwgBiAJQRRsaiIAQQA2AQIgAEEAOwEAIAAgCigCEDYBBiAAIAovARQ7AQogAEEoQQggBBs7ARIgAEEAOwEQIAAgDTsBDiAAIAI7AQwMAgsgCkH//wM7ARQgCkF/NgIQIAAoAjwhBiAAIAAoAkAiCUEBaiIBIAAoAkQiB0sEf0EIIAdBAXQiByABIAEgB0kbIgEgAUEITRsiB0EUbCEBAn8gBgRAIAYgASMHKAIAEQEADAELIAEjCCgCABEAAAshBiAAIAc2AkQgACgCQCIJQQFqBSABCzYCQCAAIAY2AjwgBiAJQRRsaiIBQQA2AQIgAUEAOwEAIAEgCigCEDYBBiABIAovARQ7AQogAUEoQQggBBs7ARIgAUEAOwEQIAEgDTsBDiABIAI7AQwgACgCQCIBQQFrIQIgACgCPCEEA0AgBCANQRRsaiIALwEOIg1B//8DRyACIA1LcQ0ACyAAIAE7AQ4gACAALwESQYAIcjsBEgwBCyAAKAJAIQEgACgCPCECA0AgAiANQRRsaiIALwEOIg1B//8DRyABIA1LcQ0ACyAAIAE7AQ4gACAALwESQYAIcjsBEgsgBS8BBARAIwEgA0ECdGpB1AxqIQFBBEECIANBA2tBAkkbIQBBACEGA0AgAyEHAkACQAJAAkACQCAFKAIAIAZqIgItAABBAWsOBAABBAIDCyABKAIAIQcMAwtBAiEHDAILIAAhBwwBC0EAIQcLIAIgBzoAACAGQQFqIgYgBS8BBEkNAAsLQQAhBgwEC0EBIQYLIAooAgQiAEUNAiAAIwkoAgARAgAMAgsgAUEAOgAQIAEgBzYCACABEAwaQQEhBiAJRQ0BCyAJIwkoAgARAgALIApBIGokACAGC5AKAhN/AX4jAEEgayILJAACQCABKAIAIgYgAEYNACAALwGQASIOBEAgAEEQaiEPIAEoAgQiBUEwaiEQIAVBIHEhESAFQQN2QQFxIRIgBUGA/gNxQQh2IRMgAS0ACyEUIAEtAAohFQNAAkACQCAPIARBBHRqIgwoAgQiByAFRg0AIAdFDQEgBUUNASATIQMgB0EBcSIJBH8gB0GA/gNxQQh2BSAHLwEoC0H//wNxIAVBAXEiDQR/IAMFIAUvASgLQf//A3FHDQEgDC0ACyEKIAwtAAohAwJAAkACQCAJBEAgB0EgcQ0BDAMLIActAC1BAnENACAHKAIgRQ0BCwJAIA0EQCARRQ0BDAQLIAUtAC1BAnENAyAFKAIgDQMLIAkNAQsgBygCBCEDCyAVIQggDQR/IAgFIAUoAgQLIANHDQEgFCEDIAkEfyAKBSAHKAIQCyANBH8gAwUgBSgCEAtHDQFBACEDQQAhCiAJBH9BAAUgBygCJAsgDQR/QQAFIAUoAiQLRw0BIBIhAyAJBH8gB0EDdkEBcQUgBy8BLEECdkEBcQsgDQR/IAMFIAUvASxBAnZBAXELRw0BIwEhAyMBIQgCfyADQZQMaiAJDQAaIwFBlAxqIActACxBwABxRQ0AGiMBQZQMaiAHQTBqIAcoAiQbCyIDKAIYIQkCQAJ/IAhBlAxqIA0NABojAUGUDGogBS0ALEHAAHFFDQAaIwFBlAxqIBAgBSgCJBsLIgooAhgiCEEZTwRAIAggCUcNAyADKAIAIQMgCigCACEKDAELIAggCUcNAgsgAyAKIAgQEg0BCyAGIAwoAgAiA0YEQEEAIQMCf0EAIAVBAXENABpBACAFKAIkRQ0AGiAFKAI8CyEEAkAgB0EBcQ0AIAcoAiRFDQAgBygCPCEDCyADIARODQQgBUEBcUUEQCAFIAUoAgBBAWo2AgAgBSgCABogASgCACEGCyALIAwpAgQ3AwggAiALQQhqEAogDCABKQIEIhY3AgQgBigCoAEhAkEAIQQCQCAWpyIBQQFxDQAgASgCJEUNACABKAI8IQQLIAAgAiAEajYCoAEMBAsgAy8BACAGLwEARw0AIAMoAgQgBigCBEcNACADKAKYASAGKAKYAUcNACAGLwGQAQRAIAZBEGohAUEAIQQDQCAMKAIAIAsgASAEQQR0aiIIKQIINwMYIAsgCCkCADcDECALQRBqIAIQICAEQQFqIgQgBi8BkAFJDQALCyAGKAKgASEEIAUEQEEAIQICQCAFQQFxDQAgBSgCJEUNACAFKAI8IQILIAIgBGohBAsgBCAAKAKgAUwNAyAAIAQ2AqABDAMLIARBAWoiBCAORw0ACyAOQQhGDQELIAYEQCAGIAYoApQBQQFqNgKUAQsgBigCoAEhAiAGKAKcASEDIAAgDkEBajsBkAEgACAOQQR0aiIIIAEpAgg3AhggCCABKQIANwIQIAEoAgQiBARAIARBAXFFBEAgBCAEKAIAQQFqNgIAIAQoAgAaIAEtAAQhBAsCQCAEQQFxRQRAQQAhBEEAIQYgASgCBCIBKAIkIggEQCABKAI4IQYLIAYgAS8BLEEBcWogAS8BKEH+/wNGaiEGIAhFDQEgASgCPCEEDAELIARBAXZBAXEhBkEAIQQLIAMgBmohAyACIARqIQILIAAoApwBIANJBEAgACADNgKcAQsgAiAAKAKgAUwNACAAIAI2AqABCyALQSBqJAALdQIBfwF+IACtQgd8Qvj///8fgyECIwFBnPQAaiIBKAIAIgBFBEAgASMFIgA2AgALAkAgAiAArXwiAkL/////D1gEQCACpyIBPwBBEHRNDQEgARABDQELIwFB+PQAakEwNgIAQX8PCyMBQZz0AGogATYCACAAC/0pAQt/IwBBEGsiCyQAAkACQAJAAkACQAJAAkACQAJAAkAgAEH0AU0EQCMBQcT2AGoiAigCACIEQRAgAEELakH4A3EgAEELSRsiB0EDdiIAdiIBQQNxBEACQCACIAFBf3NBAXEgAGoiA0EDdCIBaiIAIgZBKGoiByAAKAIwIgAoAggiBUYEQCACIARBfiADd3E2AgAMAQsgBSAHNgIMIAYgBTYCMAsgAEEIaiEFIAAgAUEDcjYCBCAAIAFqIgAgACgCBEEBcjYCBAwLCyAHIwFBxPYAaiICKAIIIghNDQEgAQRAAkAgAkECIAB0IgVBACAFa3IgASAAdHFoIgNBA3QiAWoiACIGQShqIgkgACgCMCIAKAIIIgVGBEAgAiAEQX4gA3dxIgQ2AgAMAQsgBSAJNgIMIAYgBTYCMAsgACAHQQNyNgIEIAAgB2oiBiABIAdrIgNBAXI2AgQgACABaiADNgIAIAgEQCMBQcT2AGoiBSICIAhBeHFqQShqIQEgAigCFCECAn8gBEEBIAhBA3Z0IgdxRQRAIAUgBCAHcjYCACABDAELIAEoAggLIQUgASACNgIIIAUgAjYCDCACIAE2AgwgAiAFNgIICyAAQQhqIQUjAUHE9gBqIgAgBjYCFCAAIAM2AggMCwsjAUHE9gBqIgAoAgQiCkUNASAKaEECdCAAaigCsAIiAygCBEF4cSAHayEAIAMhAQNAAkAgASgCECIFRQRAIAEoAhQiBUUNAQsgBSgCBEF4cSAHayIBIAAgACABSyIBGyEAIAUgAyABGyEDIAUhAQwBCwsgAygCGCEJIAMgAygCDCIFRwRAIAMoAggiASAFNgIMIAUgATYCCAwKCyADKAIUIgEEfyADQRRqBSADKAIQIgFFDQMgA0EQagshAgNAIAIhBiABIgVBFGohAiABKAIUIgENACAFQRBqIQIgBSgCECIBDQALIAZBADYCAAwJC0F/IQcgAEG/f0sNACAAQQtqIgFBeHEhByMBQcT2AGooAgQiBkUNAEEfIQggAEH0//8HTQRAIAdBJiABQQh2ZyIAa3ZBAXEgAEEBdGtBPmohCAtBACAHayEAAkACQCMBQcT2AGogCEECdGooArACIgEEQCAHQRkgCEEBdmtBACAIQR9HG3QhAwNAAkAgASgCBEF4cSAHayIEIABPDQAgASECIAQiAA0AQQAhACABIQUMAwsgBSABKAIUIgQgBCABIANBHXZBBHFqKAIQIgFGGyAFIAQbIQUgA0EBdCEDIAENAAsLIAIgBXJFBEBBACECQQIgCHQiAUEAIAFrciAGcSIBRQ0DIwFBxPYAaiABaEECdGooArACIQULIAVFDQELA0AgBSgCBEF4cSAHayIDIABJIQEgAyAAIAEbIQAgBSACIAEbIQIgBSgCECIBBH8gAQUgBSgCFAsiBQ0ACwsgAkUNACAAIwFBxPYAaigCCCAHa08NACACKAIYIQggAiACKAIMIgVHBEAgAigCCCIBIAU2AgwgBSABNgIIDAgLIAIoAhQiAQR/IAJBFGoFIAIoAhAiAUUNAyACQRBqCyEDA0AgAyEEIAEiBUEUaiEDIAEoAhQiAQ0AIAVBEGohAyAFKAIQIgENAAsgBEEANgIADAcLIAcjAUHE9gBqIgAoAggiAk0EQCAAKAIUIQACQCACIAdrIgFBEE8EQCAAIAdqIgMgAUEBcjYCBCAAIAJqIAE2AgAgACAHQQNyNgIEDAELIAAgAkEDcjYCBCAAIAJqIgEgASgCBEEBcjYCBEEAIQNBACEBCyMBQcT2AGoiAiABNgIIIAIgAzYCFCAAQQhqIQUMCQsgByMBQcT2AGoiACgCDCICSQRAIAAgAiAHayIBNgIMIAAgACgCGCIAIAdqIgI2AhggAiABQQFyNgIEIAAgB0EDcjYCBCAAQQhqIQUMCQtBACEFIAdBL2oiBAJ/IwFBnPoAaiIAKAIABEAgACgCCAwBCyMBIgFBnPoAaiIAQQA2AhQgAEJ/NwIMIABCgKCAgICABDcCBCABQcT2AGpBADYCvAMgACALQQxqQXBxQdiq1aoFczYCAEGAIAsiAGoiBkEAIABrIghxIgEgB00NCCMBQcT2AGoiACgCuAMiAwRAIAAoArADIgAgAWoiCSAATQ0JIAMgCUkNCQsCQCMBQcT2AGoiAC0AvANBBHFFBEACQAJAAkACQCAAKAIYIgMEQCAAQcADaiEAA0AgACgCACIJIANNBEAgAyAJIAAoAgRqSQ0DCyAAKAIIIgANAAsLQQAQISICQX9GDQMgASEDIwFBnPoAaigCBCIAQQFrIgYgAnEEQCABIAJrIAIgBmpBACAAa3FqIQMLIAMgB00NAyMBQcT2AGoiBigCsAMhACAGKAK4AyIGBEAgACAAIANqIghPDQQgBiAISQ0ECyADECEiACACRw0BDAULIAYgAmsgCHEiAxAhIgIgACgCACAAKAIEakYNASACIQALIABBf0YNASAHQTBqIANNBEAgACECDAQLIwFBnPoAaigCCCICIAQgA2tqQQAgAmtxIgIQIUF/Rg0BIAIgA2ohAyAAIQIMAwsgAkF/Rw0CCyMBQcT2AGoiACAAKAK8A0EEcjYCvAMLIAEQISECQQAQISEAIAJBf0YNBSAAQX9GDQUgACACTQ0FIAAgAmsiAyAHQShqTQ0FCyMBQcT2AGoiACAAKAKwAyADaiIBNgKwAyAAKAK0AyABSQRAIAAgATYCtAMLAkAjAUHE9gBqIgAoAhgiAQRAIABBwANqIQADQCACIAAoAgAiBCAAKAIEIgZqRg0CIAAoAggiAA0ACwwECyMBQcT2AGoiACgCECIBQQAgASACTRtFBEAgACACNgIQC0EAIQAjASIEQcT2AGoiAUEANgLMAyABIAM2AsQDIAEgAjYCwAMgAUF/NgIgIAEgBEGc+gBqKAIANgIkA0AjAUHE9gBqIABBA3RqIgEgAUEoaiIENgIwIAEgBDYCNCAAQQFqIgBBIEcNAAsjASIBQcT2AGoiACADQShrIgNBeCACa0EHcSIEayIGNgIMIAAgAiAEaiIENgIYIAQgBkEBcjYCBCACIANqQSg2AgQgACABQZz6AGooAhA2AhwMBAsgASACTw0CIAEgBEkNAiAAKAIMQQhxDQIgACADIAZqNgIEIwEiAkHE9gBqIgAgAUF4IAFrQQdxIgRqIgY2AhggACAAKAIMIANqIgMgBGsiBDYCDCAGIARBAXI2AgQgASADakEoNgIEIAAgAkGc+gBqKAIQNgIcDAMLQQAhBQwGC0EAIQUMBAsjAUHE9gBqIgAoAhAgAksEQCAAIAI2AhALIAIgA2ohBiMBQYT6AGohAAJAA0AgBiAAKAIAIgRHBEAgACgCCCIADQEMAgsLIAAtAAxBCHFFDQMLIwFBhPoAaiEAA0ACQCAAKAIAIgQgAU0EQCABIAQgACgCBGoiBkkNAQsgACgCCCEADAELCyMBIgRBxPYAaiIAIANBKGsiCEF4IAJrQQdxIglrIgo2AgwgACACIAlqIgk2AhggCSAKQQFyNgIEIAIgCGpBKDYCBCAAIARBnPoAaigCEDYCHCABIAZBJyAGa0EHcWpBL2siBCAEIAFBEGpJGyIEQRs2AgQgBCAAKQLIAzcCECAEIAApAsADNwIIIAAgAjYCwAMgACADNgLEAyAAQQA2AswDIAAgBEEIajYCyAMgBEEYaiEAA0AgAEEHNgIEIABBCGogAEEEaiEAIAZJDQALIAEgBEYNACAEIAQoAgRBfnE2AgQgASAEIAFrIgJBAXI2AgQgBCACNgIAAn8gAkH/AU0EQCMBQcT2AGoiAyACQfgBcWpBKGohAAJ/IAMoAgAiBEEBIAJBA3Z0IgJxRQRAIAMgAiAEcjYCACAADAELIAAoAggLIQMgACABNgIIIAMgATYCDEEIIQRBDAwBC0EfIQAgAkH///8HTQRAIAJBJiACQQh2ZyIAa3ZBAXEgAEEBdGtBPmohAAsgASAANgIcIAFCADcCECMBQcT2AGoiBCAAQQJ0aiIDQbACaiEGAkACQCAEKAIEIghBASAAdCIJcUUEQCAEIAggCXI2AgQgAyABNgKwAiABIAY2AhgMAQsgAkEZIABBAXZrQQAgAEEfRxt0IQAgAygCsAIhBANAIAQiAygCBEF4cSACRg0CIABBHXYhBCAAQQF0IQAgAyAEQQRxaiIGKAIQIgQNAAsgBiABNgIQIAEgAzYCGAtBDCEEIAEiAyEAQQgMAQsgAygCCCIAIAE2AgwgAyABNgIIIAEgADYCCEEAIQBBDCEEQRgLIQIgASAEaiADNgIAIAEgAmogADYCAAsjAUHE9gBqIgAoAgwiASAHTQ0AIAAgASAHayIBNgIMIAAgACgCGCIAIAdqIgI2AhggAiABQQFyNgIEIAAgB0EDcjYCBCAAQQhqIQUMBAsjAUH49ABqQTA2AgAMAwsgACACNgIAIAAgACgCBCADajYCBCACQXggAmtBB3FqIgggB0EDcjYCBCAEQXggBGtBB3FqIgQgByAIaiIDayEGAkAjAUHE9gBqIgAoAhggBEYEQCAAIAM2AhggACAAKAIMIAZqIgA2AgwgAyAAQQFyNgIEDAELIwFBxPYAaiIAKAIUIARGBEAgACADNgIUIAAgACgCCCAGaiIANgIIIAMgAEEBcjYCBCAAIANqIAA2AgAMAQsgBCgCBCICQQNxQQFGBEAgAkF4cSEJIAQoAgwhAQJAIAJB/wFNBEAgBCgCCCIAIAFGBEAjAUHE9gBqIgAgACgCAEF+IAJBA3Z3cTYCAAwCCyAAIAE2AgwgASAANgIIDAELIAQoAhghBwJAIAEgBEcEQCAEKAIIIgAgATYCDCABIAA2AggMAQsCQCAEKAIUIgIEfyAEQRRqBSAEKAIQIgJFDQEgBEEQagshAANAIAAhBSACIgFBFGohACABKAIUIgINACABQRBqIQAgASgCECICDQALIAVBADYCAAwBC0EAIQELIAdFDQACQCMBQcT2AGoiACAEKAIcIgJBAnRqIgUoArACIARGBEAgBSABNgKwAiABDQEgACAAKAIEQX4gAndxNgIEDAILAkAgBCAHKAIQRgRAIAcgATYCEAwBCyAHIAE2AhQLIAFFDQELIAEgBzYCGCAEKAIQIgAEQCABIAA2AhAgACABNgIYCyAEKAIUIgBFDQAgASAANgIUIAAgATYCGAsgBiAJaiEGIAQgCWoiBCgCBCECCyAEIAJBfnE2AgQgAyAGQQFyNgIEIAMgBmogBjYCACAGQf8BTQRAIwFBxPYAaiIBIAZB+AFxakEoaiEAAn8gASgCACICQQEgBkEDdnQiBXFFBEAgASACIAVyNgIAIAAMAQsgACgCCAshASAAIAM2AgggASADNgIMIAMgADYCDCADIAE2AggMAQtBHyEBIAZB////B00EQCAGQSYgBkEIdmciAGt2QQFxIABBAXRrQT5qIQELIAMgATYCHCADQgA3AhAjAUHE9gBqIgIgAUECdGoiAEGwAmohBQJAAkAgAigCBCIEQQEgAXQiB3FFBEAgAiAEIAdyNgIEIAAgAzYCsAIgAyAFNgIYDAELIAZBGSABQQF2a0EAIAFBH0cbdCEBIAAoArACIQADQCAAIgIoAgRBeHEgBkYNAiABQR12IQAgAUEBdCEBIAIgAEEEcWoiBSgCECIADQALIAUgAzYCECADIAI2AhgLIAMgAzYCDCADIAM2AggMAQsgAigCCCIAIAM2AgwgAiADNgIIIANBADYCGCADIAI2AgwgAyAANgIICyAIQQhqIQUMAgsCQCAIRQ0AAkAjAUHE9gBqIgEgAigCHCIDQQJ0aiIEKAKwAiACRgRAIAQgBTYCsAIgBQ0BIAEgBkF+IAN3cSIGNgIEDAILAkAgAiAIKAIQRgRAIAggBTYCEAwBCyAIIAU2AhQLIAVFDQELIAUgCDYCGCACKAIQIgEEQCAFIAE2AhAgASAFNgIYCyACKAIUIgFFDQAgBSABNgIUIAEgBTYCGAsCQCAAQQ9NBEAgAiAAIAdqIgBBA3I2AgQgACACaiIAIAAoAgRBAXI2AgQMAQsgAiAHQQNyNgIEIAIgB2oiBCAAQQFyNgIEIAAgBGogADYCACAAQf8BTQRAIwFBxPYAaiIFIABB+AFxakEoaiEBAn8gBSgCACIDQQEgAEEDdnQiAHFFBEAgBSAAIANyNgIAIAEMAQsgASgCCAshACABIAQ2AgggACAENgIMIAQgATYCDCAEIAA2AggMAQtBHyEFIABB////B00EQCAAQSYgAEEIdmciAWt2QQFxIAFBAXRrQT5qIQULIAQgBTYCHCAEQgA3AhAjASAFQQJ0akH0+ABqIQECQAJAIAZBASAFdCIDcUUEQCMBQcT2AGogAyAGcjYCBCABIAQ2AgAgBCABNgIYDAELIABBGSAFQQF2a0EAIAVBH0cbdCEFIAEoAgAhAQNAIAEiAygCBEF4cSAARg0CIAVBHXYhASAFQQF0IQUgAyABQQRxaiIGKAIQIgENAAsgBiAENgIQIAQgAzYCGAsgBCAENgIMIAQgBDYCCAwBCyADKAIIIgAgBDYCDCADIAQ2AgggBEEANgIYIAQgAzYCDCAEIAA2AggLIAJBCGohBQwBCwJAIAlFDQACQCMBQcT2AGoiASADKAIcIgJBAnRqIgYoArACIANGBEAgBiAFNgKwAiAFDQEgASAKQX4gAndxNgIEDAILAkAgAyAJKAIQRgRAIAkgBTYCEAwBCyAJIAU2AhQLIAVFDQELIAUgCTYCGCADKAIQIgEEQCAFIAE2AhAgASAFNgIYCyADKAIUIgFFDQAgBSABNgIUIAEgBTYCGAsCQCAAQQ9NBEAgAyAAIAdqIgBBA3I2AgQgACADaiIAIAAoAgRBAXI2AgQMAQsgAyAHQQNyNgIEIAMgB2oiBSAAQQFyNgIEIAAgBWogADYCACAIBEAjAUHE9gBqIgYiAiAIQXhxakEoaiEBIAIoAhQhAgJ/QQEgCEEDdnQiByAEcUUEQCAGIAQgB3I2AgAgAQwBCyABKAIICyEEIAEgAjYCCCAEIAI2AgwgAiABNgIMIAIgBDYCCAsjAUHE9gBqIgEgBTYCFCABIAA2AggLIANBCGohBQsgC0EQaiQAIAULgAECAX4DfwJAIABCgICAgBBUBEAgACECDAELA0AgAUEBayIBIAAgAEIKgCICQgp+fadBMHI6AAAgAEL/////nwFWIAIhAA0ACwsgAkIAUgRAIAKnIQMDQCABQQFrIgEgAyADQQpuIgRBCmxrQTByOgAAIANBCUsgBCEDDQALCyABC4sEAQN/IAJBgARPBEAgAgRAIAAgASAC/AoAAAsgAA8LIAAgAmohAwJAIAAgAXNBA3FFBEACQCAAQQNxRQRAIAAhAgwBCyACRQRAIAAhAgwBCyAAIQIDQCACIAEtAAA6AAAgAUEBaiEBIAJBAWoiAkEDcUUNASACIANJDQALCyADQXxxIQQCQCADQcAASQ0AIAIgBEFAaiIFSw0AA0AgAiABKAIANgIAIAIgASgCBDYCBCACIAEoAgg2AgggAiABKAIMNgIMIAIgASgCEDYCECACIAEoAhQ2AhQgAiABKAIYNgIYIAIgASgCHDYCHCACIAEoAiA2AiAgAiABKAIkNgIkIAIgASgCKDYCKCACIAEoAiw2AiwgAiABKAIwNgIwIAIgASgCNDYCNCACIAEoAjg2AjggAiABKAI8NgI8IAFBQGshASACQUBrIgIgBU0NAAsLIAIgBE8NAQNAIAIgASgCADYCACABQQRqIQEgAkEEaiICIARJDQALDAELIANBBEkEQCAAIQIMAQsgAkEESQRAIAAhAgwBCyADQQRrIQQgACECA0AgAiABLQAAOgAAIAIgAS0AAToAASACIAEtAAI6AAIgAiABLQADOgADIAFBBGohASACQQRqIgIgBE0NAAsLIAIgA0kEQANAIAIgAS0AADoAACABQQFqIQEgAkEBaiICIANHDQALCyAAC/EEAgZ/AX4jAEEQayEEAkAgACgCACIDRQ0AIAAoAhgiBiADKAIkIgdGDQAgBCAAKAIUNgIIIAQgACkCDDcDACAAKQIcIQkgASAGQQN0QQAgAyAHQQN0ayADQQFxG2oiBTYCACABIAQpAwA3AgQgASAEKAIINgIMIAEgCTcCFCABIAY2AhAgAgJ/IAUoAgAiAUEBcQRAIAFBAXZBAXEMAQsgAS8BLEEBcQsiBDoAAAJ/IAUoAgAiAUEBcQRAIAFBA3ZBAXEMAQsgAS8BLEECdkEBcQtFBEAgACgCHCEBIAAoAiQiAwRAIAIgAyABQQF0ai8BACAEckEARyIEOgAACyAAIAFBAWo2AhwgBSgCACEBC0EAIQMCQCABQQFxDQAgASgCJEUNACABKAI4IQMLIAAgACgCICADaiAEajYCICAAAn8gBSgCACIBQQFxBEAgAEEUaiEGIABBEGohByAAKAIUIQggACgCECEDIAUtAAciAiAAKAIMagwBC0EAIAAoAhQgASgCFCICGyEIIABBFGohBiAAQRBqIQcgACgCECACaiEDIAEoAhghAiAAKAIMIAEoAhBqCyIENgIMQQEhBSAAIAAoAhhBAWoiATYCGCAAIAOtIAIgCGqtQiCGhDcCECABIAAoAgAiAigCJCIITw0AIAYoAgAhBiAAAn8gAiAIQQN0ayABQQN0aikCACIJpyIBQQFxBEAgCUIgiKdB/wFxIQIgCUIoiKdBD3EhACAJQjCIp0H/AXEMAQsgASgCDCECIAEoAgghACABKAIECyAEajYCDCAHIAAgA2qtQQAgBiAAGyACaq1CIIaENwIACyAFC8ICAQV/IwBBEGsiBSQAIAEgAkcEQCAAKAIAIgMgAUEFdGohBAJAIAMgAkEFdGoiAigCBCIDRQ0AIAQoAgQNACAEIAM2AgQgAkEANgIECyACKAIABEAgACgCNCEGIAIoAgwEQCAFIAIpAgw3AwggBiAFQQhqEAoLIAIoAhQEQCAFIAIpAhQ3AwAgBiAFEAoLIAIoAgQiAwRAIAMoAgAiBwRAIAcjCSgCABECACACKAIEIQMLIANBADYCCCADQgA3AgAgAyMJKAIAEQIACyACKAIAIABBJGogBhAaCyACIAQpAgA3AgAgAiAEKQIYNwIYIAIgBCkCEDcCECACIAQpAgg3AgggACgCBCABQX9zakEFdCICBEAgACgCACABQQV0aiIBIAFBIGogAvwKAAALIAAgACgCBEEBazYCBAsgBUEQaiQAC+0DAgt/AX4gACgCACIFIAAoAgQiBkEEdGoiA0EEaygCACELIANBCWstAAAhAiADQQprLQAAIQECQCADQRBrKAIAIgRBAXEEQCABIAJqIQkMAQsgBCgCECAEKAIEaiEJIAQtACxBwABxRQ0AIANBDGsvAQAgAUEQdHIgAkEYdHIhCiAEKAIkIgMEQANAIAQgA0EDdGshByADIQEDQAJAAkAgByABQQFrIgFBA3RqIggoAgAiAkEBcQ0AIAItACxBwABxRQ0AIAIoAiQhAyAIKAIEIQogAiEEDAELIAENAQsLIAMNAAsLIAAgCjYCECAAIAQ2AgwLIAAgBkEBayICNgIEAkAgAkUNACAJIAtqIQMDQAJAIAIhASAFIAZBBHRqQSBrKAIAIgdBAXFFBEAgBygCJCIIIAUgAUEEdGooAghBAWoiBEsNAQsgACABQQFrIgI2AgQgASEGIAINAQwCCwsgACgCCCICIAZJBEAgBUEIIAJBAXQiASAGIAEgBksbIgEgAUEITRsiAUEEdCMHKAIAEQEAIQUgACABNgIIIAcoAiQhCCAAKAIEIQELIAAgBTYCACAAIAFBAWo2AgQgByAIQQN0ayAEQQN0aikCACEMIAUgAUEEdGoiACADNgIMIAAgBDYCCCAAIAw3AgALC9kEAgd/AX4jAEEgayICJAACQCAAKAKgCSIBRQ0AIAAoAogKIgNFDQAgASgCdCIBRQ0AIAMgARECAAsgAEEANgKICiAAKAKYCgRAIAIgAEGYCmopAgA3AxggAEGICWogAkEYahAKIABCADcCmAoLIABCADcCgAogAEEANgL4CSAAKAIgBEBBACEBIABBADYCfCAAQQA6AIABIABCADcCJCAAQQA2AiAgACgCRCEFAkAgACgCZCIDBEADQAJAIAUgAUEYbGoiBigCFCIHRQ0AIAcgBigCECIETQ0AIAYpAgAhCCAAIAE2AmggACAINwIkIAAgBDYCIEEAIQEgACgCSEUNAyAAKAJsIgMgBE0EQCAEIAAoAnAgA2pJDQQLIABBADYCSCAAQgA3AmwMAwsgAUEBaiIBIANHDQALCyAAIAM2AmggBSADQRhsaiIBQQRrKAIAIQMgAUEQaykCACEIIABBADYCSCAAIAg3AiQgACADNgIgIABCADcCbEEBIQELIABBADYCACAAIAE2AnQLIAAoAoQJEDsgAEHgCWohASAAKALgCQRAIAIgASkCADcDECAAQYgJaiACQRBqEAoLIAAoAugJBEAgAiAAQegJaikCADcDCCAAQYgJaiACQQhqEAoLIAFCADcCACABQQA2AhAgAUIANwIIIAAoArQJBEAgAiAAQbQJaikCADcDACAAQYgJaiACEAogAEIANwK0CQsgAEEAOgDGCiAAQQA2ApAKIABBADsBxAogAEIANwK0CiAAQgA3AqwKIABBvApqQQA2AgAgAkEgaiQAC8kCAQV/IwBBEGsiBCQAAkAgACgCcCIFIAAoAiAgACgCbGsiAUYEQCAAQQA2AgAgAEEBNgJ0DAELIwIhAyAAKAJIIAFqIQICQAJAAkACQCAAKAJUDgMAAwIBCyACLAAAIgNBAEgEQCMCQQFqIQMMAwsgAEEBNgJ0IAAgAzYCAAwDCyAAKAJYIQMMAQsjAkECaiEDCyAAIAIgBSABayICIAAgAxEEADYCdCAAKAIAIQECQCACQQNLDQAgAUF/Rw0AIAAgACgCICIBNgJsIAAoAlAhAiAAKAJMIQUgBCAAKQIkNwMIIAAgBSABIARBCGogAEHwAGogAhEGACIBNgJIIAAgACgCcCICBH8gAQUgAEEANgJIIAAgACgCZDYCaEEACyACIAAgAxEEADYCdCAAKAIAIQELIAFBf0cNACAAQQE2AnQLIARBEGokAAtaAgF/AX4CQAJ/QQAgAEUNABogAK0gAa1+IgOnIgIgACABckGAgARJDQAaQX8gAiADQiCIpxsLIgIQIiIARQ0AIABBBGstAABBA3FFDQAgAEEAIAIQNBoLIAAL6wMBCH8CQCACQf3/A0sNACAAKAIEIgMgAk0NACAAKAIUIAFNDQAgACgCGCEEIAIgACgCDEkEQAJAAkAgASAETwRAIAAoAiwgACgCMCABIARrQQJ0aigCAEEBdGoiBC8BACIKRQRAQQAhAwwDCyAEQQJqIQQDQCAEQQRqIQMgBC8BAiIJBH8gAyAJQQF0akEAIQYDQCADLwEAIAJGDQQgA0ECaiEDIAZBAWoiBiAJRw0ACwUgAwshBEEAIQMgCEEBaiIIIApHDQALDAILIAAoAiggASADbEEBdGogAkEBdGovAQAhAwwBCyAELwEAIQMLIAAoAjQgA0H//wNxQQN0aiIALQAAIgJFDQEgACACQQN0aiIALQAADQEgASAAQQhqIgBBBmsvAQAgAEEEay0AAEEBcRshBQwBCwJAIAEgBE8EQCAAKAIsIAAoAjAgASAEa0ECdGooAgBBAXRqIgAvAQAiB0UNAiAAQQJqIQEDQCABQQRqIQAgAS8BAiIDBH8gACADQQF0agNAIAAvAQAgAkYNBCAAQQJqIQAgBUEBaiIFIANHDQALBSAACyEBQQAhBSAGQQFqIgYgB0cNAAsMAgsgACgCKCABIANsQQF0aiACQQF0ai8BACEFDAELIAEvAQAhBQsgBUH//wNxCxcBAn8DQCAAEEkiAkEBRg0ACyACQQJGC8YBAQV/IAEoAhAhAyABKAIIIQQgASgCBCEFIAEoAgAhBiABKAIUIQIgACABKAIMOwEQIAAgAjYCACAAQQA2AgggACgCBCEBIAAoAgwEf0EABQJ/IAEEQCABQeABIwcoAgARAQAMAQtB4AEjCCgCABEAAAshASAAQQg2AgwgACgCCAshAiAAIAE2AgQgACACQQFqNgIIIAEgAkEcbGoiAEEANgIYIABCADcCECAAIAQ2AgwgACAFNgIIIAAgBjYCBCAAIAM2AgALzQMBBX8CQAJAIAAoAhAiBEUNACAAKAIMIQYDQAJAIAIgBiADQQN0aiIFKAIERgRAIAAoAgAgBSgCAGogASACEBtFDQELIANBAWoiAyAERw0BDAILCyADQQBODQELIAAoAgAhAyAAKAIEIQYgAkEBaiIFBEAgBSAGaiIEIAAoAggiB00EfyAGBUEIIAdBAXQiByAEIAQgB0kbIgQgBEEITRshBAJ/IAMEQCADIAQjBygCABEBAAwBCyAEIwgoAgARAAALIQMgACAENgIIIAAoAgQLIQQgACADNgIAIAUEQCADIARqQQAgBfwLAAsgACAAKAIEIAVqNgIEIAAoAgAhAwsgAgRAIAMgBmogASAC/AoAAAsgACgCACAAKAIEakEBa0EAOgAAIAAoAgwhAyAAIAAoAhAiBEEBaiIBIAAoAhQiBUsEf0EIIAVBAXQiBCABIAEgBEkbIgEgAUEITRsiBEEDdCEBAn8gAwRAIAMgASMHKAIAEQEADAELIAEjCCgCABEAAAshAyAAIAQ2AhQgACgCECIEQQFqBSABCzYCECAAIAM2AgwgAyAEQQN0aiIBIAI2AgQgASAGNgIAIAAvARBBAWshAwsgA0H//wNxC7QKAQh/QQEhAiABKAIMQSJGBEAgASgCACEIIAEQDBogASgCACEEIABBADYCiAECfwNAAkAgASgCDCECAn8CQAJAIANBAXEEQCAAKAKIASEEIAAoAoQBIQMCQAJAAkACQAJAIAJB7gBrDgcABAQEAQQCAwsgACAEQQFqIgIgACgCjAEiBUsEf0EIIAVBAXQiBCACIAIgBEkbIgIgAkEITRshAgJ/IAMEQCADIAIjBygCABEBAAwBCyACIwgoAgARAAALIQMgACACNgKMASAAKAKIASIEQQFqBSACCzYCiAEgACADNgKEASADIARqQQo6AAAMBgsgACAEQQFqIgIgACgCjAEiBUsEf0EIIAVBAXQiBCACIAIgBEkbIgIgAkEITRshAgJ/IAMEQCADIAIjBygCABEBAAwBCyACIwgoAgARAAALIQMgACACNgKMASAAKAKIASIEQQFqBSACCzYCiAEgACADNgKEASADIARqQQ06AAAMBQsgACAEQQFqIgIgACgCjAEiBUsEf0EIIAVBAXQiBCACIAIgBEkbIgIgAkEITRshAgJ/IAMEQCADIAIjBygCABEBAAwBCyACIwgoAgARAAALIQMgACACNgKMASAAKAKIASIEQQFqBSACCzYCiAEgACADNgKEASADIARqQQk6AAAMBAsgAkEwRg0CCyABKAIAIQYCQCAEIAEtABAiAmoiBSAAKAKMAU0NAAJ/IAMEQCADIAUjBygCABEBAAwBCyAFIwgoAgARAAALIQMgACAFNgKMASAAKAKIASIHIARNDQAgByAEayIHRQ0AIAMgBWogAyAEaiAH/AoAAAsCQCACRSIFDQAgAyAEaiEEIAYEQCAFDQEgBCAGIAL8CgAADAELIAJFDQAgBEEAIAL8CwALIAAgAzYChAEgACAAKAKIASACajYCiAEMAgsCQAJAAn8CQCACQdwARwRAIAJBCkYNBEEAIAJBIkcNBxogACgChAEhAiABKAIAIgggBGsiAyAAKAKIASIFaiIGIAAoAowBTQ0DIAJFDQEgAiAGIwcoAgARAQAMAgsgACgChAEhAgJAIAEoAgAiByAEayIDIAAoAogBIgVqIgYgACgCjAFNDQACfyACBEAgAiAGIwcoAgARAQAMAQsgBiMIKAIAEQAACyECIAAgBjYCjAEgACgCiAEiCSAFTQ0AIAkgBWsiCUUNACACIAZqIAIgBWogCfwKAAALAkAgBCAHRg0AIAIgBWohBSAEBEAgA0UNASAFIAQgA/wKAAAMAQsgA0UNACAFQQAgA/wLAAsgACACNgKEASAAIAAoAogBIANqNgKIASABKAIAQQFqIQRBAQwGCyAGIwgoAgARAAALIQIgACAGNgKMASAAKAKIASIHIAVNDQAgByAFayIHRQ0AIAIgBmogAiAFaiAH/AoAAAsCQCAEIAhGDQAgAiAFaiEFIAQEQCADRQ0BIAUgBCAD/AoAAAwBCyADRQ0AIAVBACAD/AsACyAAIAI2AoQBIAAgACgCiAEgA2o2AogBQQAMBgsMAwsgACAEQQFqIgIgACgCjAEiBUsEf0EIIAVBAXQiBCACIAIgBEkbIgIgAkEITRshAgJ/IAMEQCADIAIjBygCABEBAAwBCyACIwgoAgARAAALIQMgACACNgKMASAAKAKIASIEQQFqBSACCzYCiAEgACADNgKEASADIARqQQA6AAALIAEoAgAgAS0AEGohBEEACyEDIAEQDA0BCwsgAUEAOgAQIAEgCDYCAEEBCyECIAEQDBoLIAIL3wYCD38CfgJAIAAtABwNACAAKAIEIgcgACgCCCIIQRxsakEcaygCACILKAIAIgNBAXENAANAIAMoAiQiD0UEQEEADwsgByAIQRxsaiIDQRRrKQIAIREgA0EYaygCACEDQQAhDEEAIQkCQANAQQAhBgJ/AkACQCALLQAAQQFxBH9BAAUgCygCACICIAIoAiRBA3RrCyAJQQN0aiIGKAIAIgVBAXFFBEAgBSgCBCADaiIKIAUoAhBqIgIgAUsNASAFKAIYQQAgBSgCDEEAIBFCIIinIAUoAggiBBtqIAUoAhQiAxtqrUIghiADIAQgEadqaq2EIREgBS8BLCIDQQRxRSENAkAgA0HAAHFFDQAgBigCBCEOIAUoAiQiBARAA0AgBSAEQQN0ayEQIAQhBgNAAkACQCAQIAZBAWsiBkEDdGoiCigCACIDQQFxDQAgAy0ALEHAAHFFDQAgAygCJCEEIAooAgQhDiADIQUMAQsgBg0BCwsgBA0ACyAFRQ0BCyAAIA42AiQgACAFNgIgCyACDAMLIAMgBi0ABmoiCiAGLQAHIgRqIgIgAU0NAQsgACAIQQFqIgQgACgCDCICSwR/QQggAkEBdCICIAQgAiAESxsiAiACQQhNGyICQRxsIQQCfyAHBEAgByAEIwcoAgARAQAMAQsgBCMIKAIAEQAACyEHIAAgAjYCDCAAKAIIIghBAWoFIAQLNgIIIAAgBzYCBCAHIAhBHGxqIgJBADYCGCACIAw2AhQgAiAJNgIQIAIgETcCCCACIAM2AgQgAiAGNgIAIAAoAgQiByAAKAIIIghBHGxqIgJBCGsoAgAhBQJ/IAJBHGsoAgAiCygCACIDQQFxIgYEQCADQQF2QQFxDAELIAMvASxBAXELRQRAIAhBAkkNBCACQThrKAIAKAIALwFCIgRFDQQgACgCFCICKAJUIAIvASQgBGxBAXRqIAVBAXRqLwEARQ0ECyABIApJBEAgAEEBOgAcQQEPCyAAIAAoAhhBAWo2AhhBAQ8LIAYtAARBACARQiCIpyAGMQAFQg+DIhKnG2ogBGqtQiCGIBEgEnxC/////w+DhCERIAVBf3NBA3ZBAXEhDSACCyEDIAwgDWohDCAJQQFqIgkgD0cNAAtBAA8LIAZFDQALC0EAC/4CAQN/IwBBIGsiBCQAAkAgACgCSEUNACAAKAJgIQICQCABBEAgAkUNASAEIAAoAgAiAjYCACAAQYQBaiIDQYAIIwFBmgtB/QggAkEga0HfAEkbaiAEEAsaIAAoAlxBASADIAAoAmARAwAMAQsgAkUNACAEIAAoAgAiAjYCECAAQYQBaiIDQYAIIwFBrgtBjwkgAkEga0HfAEkbaiAEQRBqEAsaIAAoAlxBASADIAAoAmARAwALAkAgACgCVA0AIAAoAnRBAUcNACAAKAIAQQpGDQAgACgCIEEBaiICIAAoAkQgACgCaEEYbGooAhRPDQAgAiAAKAJsIgMgACgCcGpPDQAgACgCSCACIANraiwAACIDQQBIDQAgAC0AgAFBAUYEQCAAIAAoAnxBAWo2AnwLIAAgAjYCICAAIAAoAihBAWo2AiggAQRAIAAgAEEgaiIBKQIANwIsIAAgASgCCDYCNAsgACADQf8BcTYCAAwBCyAAIAEQXAsgBEEgaiQAC7ICAQd/AkAgAEH//wdLDQAjASICQYAwaiACQfAvaiAAIABB/wFxIgZBA24iA0EDbGtB/wFxQQJ0aigCACADIAJB0DpqIgMgAyAAQQh2IgRqLQAAQdYAbGpqLQAAbEELdkEGcEECdGogAkHAzwBqIARqLQAAQQJ0aigCACIDQQh1IQIgA0H/AXEiA0EBTQRAIAJBACABIANza3EgAGoPCyACQf8BcSIDRQ0AIAJBCHYhAgNAIwFBwDdqIANBAXYiBCACaiIFQQF0aiIHLQAAIgggBkYEQCMBQYAwaiAHLQABQQJ0aigCACICQf8BcSIDQQFNBEBBACABIANzayACQQh1cSAAag8LQX9BASABGyAAag8LIAIgBSAGIAhJIgUbIQIgBCADIARrIAUbIgMNAAsLIAALqwwBCH8CQCAARQ0AIABBCGsiAyAAQQRrKAIAIgFBeHEiAGohBSMBIQQCQCABQQFxDQAgAUECcUUNASADIAMoAgAiAWsiAyAEQcT2AGooAhBJDQEgACABaiEAAkACQAJAIwFBxPYAaiIGKAIUIANHBEAgAygCDCECIAFB/wFNBEAgAiADKAIIIgRHDQIgBiIEIAQoAgBBfiABQQN2d3E2AgAMBQsgAygCGCEHIAIgA0cEQCADKAIIIgEgAjYCDCACIAE2AggMBAsgAygCFCIBBH8gA0EUagUgAygCECIBRQ0DIANBEGoLIQQDQCAEIQYgASICQRRqIQQgAigCFCIBDQAgAkEQaiEEIAIoAhAiAQ0ACyAGQQA2AgAMAwsgBSgCBCIBQQNxQQNHDQMjAUHE9gBqIAA2AgggBSABQX5xNgIEIAMgAEEBcjYCBCAFIAA2AgAPCyAEIAI2AgwgAiAENgIIDAILQQAhAgsgB0UNAAJAIwFBxPYAaiIGIAMoAhwiAUECdGoiBCgCsAIgA0YEQCAEIAI2ArACIAINASAGIgQgBCgCBEF+IAF3cTYCBAwCCwJAIAMgBygCEEYEQCAHIAI2AhAMAQsgByACNgIUCyACRQ0BCyACIAc2AhggAygCECIBBEAgAiABNgIQIAEgAjYCGAsgAygCFCIBRQ0AIAIgATYCFCABIAI2AhgLIAMgBU8NACAFKAIEIgFBAXFFDQACQAJAAkACQCABQQJxRQRAIwFBxPYAaiIEKAIYIAVGBEAgBCIBIAM2AhggASABKAIMIABqIgA2AgwgAyAAQQFyNgIEIAMgASgCFEcNBiABQQA2AgggAUEANgIUDwsjAUHE9gBqIgQoAhQiCCAFRgRAIAQiASADNgIUIAEgASgCCCAAaiIANgIIIAMgAEEBcjYCBCAAIANqIAA2AgAPCyABQXhxIABqIQAgBSgCDCECIAFB/wFNBEAgBSgCCCIEIAJGBEAjAUHE9gBqIgQgBCgCAEF+IAFBA3Z3cTYCAAwFCyAEIAI2AgwgAiAENgIIDAQLIAUoAhghByACIAVHBEAgBSgCCCIBIAI2AgwgAiABNgIIDAMLIAUoAhQiAQR/IAVBFGoFIAUoAhAiAUUNAiAFQRBqCyEEA0AgBCEGIAEiAkEUaiEEIAIoAhQiAQ0AIAJBEGohBCACKAIQIgENAAsgBkEANgIADAILIAUgAUF+cTYCBCADIABBAXI2AgQgACADaiAANgIADAMLQQAhAgsgB0UNAAJAIwFBxPYAaiIGIAUoAhwiAUECdGoiBCgCsAIgBUYEQCAEIAI2ArACIAINASAGIgQgBCgCBEF+IAF3cTYCBAwCCwJAIAUgBygCEEYEQCAHIAI2AhAMAQsgByACNgIUCyACRQ0BCyACIAc2AhggBSgCECIBBEAgAiABNgIQIAEgAjYCGAsgBSgCFCIBRQ0AIAIgATYCFCABIAI2AhgLIAMgAEEBcjYCBCAAIANqIAA2AgAgAyAIRw0AIwFBxPYAaiAANgIIDwsgAEH/AU0EQCMBQcT2AGoiAiIEIABB+AFxakEoaiEBAn8gBCgCACIEQQEgAEEDdnQiAHFFBEAgAiAAIARyNgIAIAEMAQsgASgCCAshACABIAM2AgggACADNgIMIAMgATYCDCADIAA2AggPC0EfIQIgAEH///8HTQRAIABBJiAAQQh2ZyIBa3ZBAXEgAUEBdGtBPmohAgsgAyACNgIcIANCADcCECMBQcT2AGoiByIGIAJBAnRqIgFBsAJqIQQCfwJAAn8gBigCBCIGQQEgAnQiBXFFBEAgByAFIAZyNgIEIAEgAzYCsAJBGCECQQgMAQsgAEEZIAJBAXZrQQAgAkEfRxt0IQIgASgCsAIhBANAIAQiASgCBEF4cSAARg0CIAJBHXYhBCACQQF0IQIgASAEQQRxaiIGKAIQIgQNAAsgBiADNgIQQRghAiABIQRBCAshACADIgEMAQsgASgCCCIEIAM2AgwgASADNgIIQRghAEEIIQJBAAshBiACIANqIAQ2AgAgAyABNgIMIAAgA2ogBjYCACMBQcT2AGoiACAAKAIgQQFrIgBBfyAAGzYCIAsL8gICAn8BfgJAIAJFDQAgACABOgAAIAAgAmoiA0EBayABOgAAIAJBA0kNACAAIAE6AAIgACABOgABIANBA2sgAToAACADQQJrIAE6AAAgAkEHSQ0AIAAgAToAAyADQQRrIAE6AAAgAkEJSQ0AIABBACAAa0EDcSIEaiIDIAFB/wFxQYGChAhsIgE2AgAgAyACIARrQXxxIgRqIgJBBGsgATYCACAEQQlJDQAgAyABNgIIIAMgATYCBCACQQhrIAE2AgAgAkEMayABNgIAIARBGUkNACADIAE2AhggAyABNgIUIAMgATYCECADIAE2AgwgAkEQayABNgIAIAJBFGsgATYCACACQRhrIAE2AgAgAkEcayABNgIAIAQgA0EEcUEYciIEayICQSBJDQAgAa1CgYCAgBB+IQUgAyAEaiEBA0AgASAFNwMYIAEgBTcDECABIAU3AwggASAFNwMAIAFBIGohASACQSBrIgJBH0sNAAsLIAAL0wEBB38gACgCCCICQQFrIgQEQAJAIAJBAmsiAUUEQEEBIQMMAQsgACgCBCEGIAQhAgNAIAIhAwJAAn8gBiABIgJBHGxqIgUoAgAoAgAiAUEBcQRAIAFBAnENBCABQQN2QQFxDAELIAEvASwiAUEBcQ0DIAFBAnZBAXELDQAgBUEcaygCACgCAC8BQiIBRQ0AIAAoAgAoAggiBygCVCAHLwEkIAFsQQF0aiAFKAIUQQF0ai8BAA0CCyACQQFrIgENAAtBASEDCyAAIAM2AggLIARBAEcL+wIBBH8gACgCBCIDIAEoAgQiAkkEQCAAKAIAIQQgACgCCCIFIAJJBEBBCCAFQQF0IgMgAiACIANJGyICIAJBCE0bIQICfyAEBEAgBCACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEEIAAgAjYCCCAAKAIEIQMgASgCBCECCyAAIAQ2AgAgAiADayICBEAgAyAEakEAIAL8CwALIAAgASgCBCICNgIECyACQf//A3EEQEEAIQNBACEEA0AgASgCACADai0AACECAkACQAJAAkACQAJAIAAoAgAgA2oiAy0AAA4FBQECAwAEC0EEIQIMBAsgAkH/AXFBBU8NAkKBhIigwAAgAkEDdK1C+AGDiKchAgwDCyACQf8BcUEFTw0BQoKEiKDAACACQQN0rUL4AYOIpyECDAILIAJB/wFxQQVPDQBCg4iQoMAAIAJBA3StQvgBg4inIQIMAQtBACECCyADIAI6AAAgBEEBaiIEQf//A3EiAyABLwEESQ0ACwsLtTUCG38CfiMAQdACayIEJAAgACgChAkiAygCACABQQV0aiIFKAIAIgYoAgghHSAGKAIEIRkgAygCBCEQIAYoApwBIhQgBSgCCCINSQRAIAUgFDYCCCAUIQ0LIAUoAgQhFiAGKAKYASEXAkAgBSgCHEEBRwRAIAYvAQANASAGKAIUDQELIBdB9ANqIRcLAkAgFkUNACACLQAAQQFxRQRAIAIoAgAvAShB//8DRg0BCyAWKAIERQ0AIABBvAlqIQsgAEGICWohGiAXIBlqIREgDSAURyEYA0ACQAJAIBYoAgAgG0EUbGoiAy8BECISRQ0AIAMoAgAiCSAZRg0AIAMoAgwhDiADKAIEIQggEARAIAAoAoQJKAIAIQZBACEDA0AgEiAGIANBBXRqKAIAIgUvAQBGBEAgBSgCBCAZRg0DCyADQQFqIgMgEEcNAAsLIAAgASARIAlrIA5B5ABsaiAdIAhrQR5sahBsDQECfyACLQAAQQFxBEAgAi0AAQwBCyACKAIALwEoCyETAkAgACgCoAkiBSgCGCIDIBJNBEAgBSgCLCAFKAIwIBIgA2tBAnRqKAIAQQF0aiIDLwEAIghFDQIgA0ECaiEGQQAhCQNAIAZBBGohAyAGLwECIg8EfyADIA9BAXRqQQAhBwNAIAMvAQAgE0H//wNxRg0EIANBAmohAyAHQQFqIgcgD0cNAAsFIAMLIQYgCUEBaiIJIAhHDQALDAILIAUoAiggBSgCBCASbEEBdGogE0H//wNxQQF0aiEGCyAGLwEARQ0AIAAoAoQJIQMgBCAOIBhqIhw2ArACIARB2AFqIAMgASMCQQpqIARBsAJqIBwQGSAEKALcASIFRQ0AQQAhFUF/IQ4DQCAEIAQoAtgBIBVBBHRqIg8pAgg3A9ABIAQgDykCADcDyAECQAJAIA4gBCgC1AEiB0YEQEEAIQMgBCgCyAEhCCAEKALMASIGBEADQCAEIAggA0EDdGopAgA3A4gBIBogBEGIAWoQCiADQQFqIgMgBkcNAAsLIAgEQCAIIwkoAgARAgALIAUgFUF/c2pBBHQiA0UNASAPIA9BEGogA/wKAAAMAQsgEiAAKAKECSIJKAIAIAdBBXRqIgMoAgAiCC8BAEcEQCADQQI2AhxBACEDIAQoAsgBIQggBCgCzAEiBgRAA0AgBCAIIANBA3RqKQIANwOwASAaIARBsAFqEAogA0EBaiIDIAZHDQALCyAEQQA2AswBIAgEQCAIIwkoAgARAgALIAUgFUF/c2pBBHQiA0UNASAPIA9BEGogA/wKAAAMAQtBACEDAkAgCC8BkAEiBUUNAAJAA0ACQAJAIAggA0EEdGooAhQiBkUNACAGQQFxDQAgBi8BKEH//wNHDQAgBEEAOgCYAiAEQbACaiAJIAcjAkELaiAEQZgCakEBEBkgBCgCtAJFDQQgCSAEKAKwAiIDKAIMIAcQJiADKAIEIg9FDQQgAygCACIOKAIAIgxBAXENAyAMKAIkIghFDQNBACEDIAhBA3QiEyMIKAIAEQAAIQYgCCEJA0AgAyIFQQN0IgcgDCAMKAIkQQN0a2opAgAiHqciA0EBcUUEQCADIAMoAgBBAWo2AgAgAygCABoLIAVBAWohAwJAIAUgCUkNAEEIIAlBAXQiBSADIAMgBUkbIgUgBUEITRsiCUEDdCEFIAYEQCAGIAUjBygCABEBACEGDAELIAUjCCgCABEAACEGCyAGIAdqIB43AgAgAyAIRw0ACwwBCyADQQFqIgMgBUcNAQwDCwsgACgCoAkhBSATQcwAaiIDIAlBA3RLBEAgBiADIwcoAgARAQAhBgsgBEIANwPAAiAEQgA3A7gCIARCADcDoAIgBEEANgKoAiAEQRg7AYACIARCADcDyAIgBEIANwOwAiAEQQA7AZQCIARCADcDmAIgBEIANwPwASAEQf7/AzsBhAIgBEEAOwH8ASAEIAg2AogCIARBATYC6AEgBiATaiIDIAQoAugBNgIAIAMgBCkDyAI3AhwgAyAEKQPAAjcCFCADIAQpA7gCNwIMIAMgBCkDsAI3AgQgAyAEKAKIAjYCJCADIAQvAYQCOwEoIAMgBC8BlAI7ASogAyAELwGAAjsBLCADIAQoAqgCNgE+IAMgBCkDoAI3ATYgAyAEKQOYAjcBLiADIAQvAfwBOwFCIAMgBCkD8AE3AkQgBEEANgLEASAEIAM2AsABIAQgBCkDwAE3A6gBIARBqAFqIAUQFSAEKALIASEDIAQpA8ABIR4gBCgCzAEiCEEBaiIGIAQoAtABSwRAIAZBA3QhBQJ/IAMEQCADIAUjBygCABEBAAwBCyAFIwgoAgARAAALIQMgBCAGNgLQAQsCQCAIRQ0AIAhBA3QiBUUNACADQQhqIAMgBfwKAAALIAMgHjcAACAEIAM2AsgBIAQgBCgCzAFBAWo2AswBC0EAIQMDQCAEIA4gA0EDdGopAgA3A6ABIBogBEGgAWoQCiADQQFqIgMgD0cNAAsgDiMJKAIAEQIACyAEQcgBaiALEHMCQCAEKALMASIIBEAgACgCoAkhBSAEKALIASEHIAhBA3QiA0HMAGoiBiAEKALQAUEDdEsEQCAHIAYjBygCABEBACEHIAQgBkEDdjYC0AEgBCAHNgLIAQsgBEIANwPIAiAEQgA3A8ACIARCADcDuAIgBEIANwOgAiAEQQA2AqgCIARBATYCiAIgBEIANwOwAiAEQQA7AYACIARCADcDmAIgBEIANwPwASAEQf//AzsBlAIgBEEbOwH8ASAEQQA7AfoBIAQgCDYChAIgAyAHaiIDIAQoAogCNgIAIAMgBCkDyAI3AhwgAyAEKQPAAjcCFCADIAQpA7gCNwIMIAMgBCkDsAI3AgQgAyAEKAKEAjYCJCADIAQvAZQCOwEoIAMgBC8BgAI7ASogAyAELwH8ATsBLCADIAQoAqgCNgE+IAMgBCkDoAI3ATYgAyAEKQOYAjcBLiADIAQvAfoBOwFCIAMgBCkD8AE3AkQgBEEANgLsASAEIAM2AugBIAQgBCkD6AE3A5gBIARBmAFqIAUQFSADIAMvASxBBHI7ASwgBCAEKQPoASIeNwOwAiAAKAKECSAEIB43A5ABIAQoAtQBIg4gBEGQAWpBACASEBYMAQsgBCgCyAEiAwRAIAMjCSgCABECAAsgBEIANwPIASAEKALUASEOC0EAIQUgACgCwAkEQANAIAAoArwJIAVBA3RqKQIAIR4gACgChAkiBigCACAOQQV0aiITKAIAIQkCfyAGKAIoIgMEQCAGIANBAWsiAzYCKCAGKAIkIANBAnRqKAIADAELQaQBIwgoAgARAAALIgogEjsBACAKQQJqQQBBkgH8CwAgHqchDCAKQgA3ApgBIApBATYClAEgCkEANgKgAQJAIAoCfwJAAkAgCQRAIAogHjcCFCAKIAk2AhAgCkEBOwGQASAKIAkpAgQ3AgQgCiAJKAIMNgIMIAogCSgCmAEiAzYCmAEgCiAJKAKgASIINgKgASAKIAkoApwBIgc2ApwBIAxFDQEgDEEBcSIGDQIgCiAMLQAtQQJxBH9B4gQFIAwoAiALIANqNgKYAUEAIAwoAgwgDCgCFCIDGyEPIAMgDCgCCGohCSAMKAIYIQMgDCgCECAMKAIEagwDCyAKQgA3AgRBACEHIApBADYCDCAMDQMLIBMgBzYCCAwCCyAKIAMgDEEadEEfdUHiBHFqNgKYASAeQiCIp0H/AXEhDyAeQiiIp0EPcSEJIB5COIinIgMgHkIwiKdB/wFxagsgCigCBGo2AgQgCiAKKAIIIAlqrSADIA9qQQAgCigCDCAJG2qtQiCGhDcCCAJAIAZFBEBBACEJIAogDCgCJCIDBH8gDCgCOAVBAAsgB2ogDC8BLEEBcWogDC8BKEH+/wNGajYCnAEgA0UNASAMKAI8IQkMAQsgCiAHIAxBAXZBAXFqNgKcAUEAIQkLIAogCCAJajYCoAELIBMgCjYCACAFQQFqIgUgACgCwAlJDQALCyAVQQFqIRUgBCgC3AEhBQwBCyAEIAVBAWsiBTYC3AELIAUgFUsNAAsgDkF/Rg0AAkAgACgCYA0AIAAoAowKDQBBASELDAQLIAQgHDYChAEgBCASNgKAASAAQYQBaiIDQYAIIwFB+AFqIARBgAFqEAsaIAAoAmAiBQRAIAAoAlxBACADIAURAwALIAAoAowKRQRAQQEhCwwECwNAAkACQAJAIAMtAAAiB0EiRg0AIAdB3ABGDQAgBw0BIAAoAowKIgMNAkEBIQsMBwtB3AAgACgCjAoQCSADLQAAIQcLIAfAIAAoAowKEAkgA0EBaiEDDAELCyAAKAKECSAAKAKgCSADEB1BASELIwFB6wtqIAAoAowKEBQMAwsgG0EBaiIbIBYoAgRJDQELC0EAIQsLIAAoAoQJIgMoAgQiByAQSwRAIABBhAFqIQUDQAJAIAMoAgAgEEEFdGooAhxFDQACQCAAKAJgRQRAIAAoAowKRQ0BCyAEIBA2AnAgBUGACCMBQc0AaiAEQfAAahALGiAAKAJgIgMEQCAAKAJcQQAgBSADEQMACyAFIQcgACgCjApFDQADQAJAAkAgBy0AACIDQSJGDQAgA0HcAEYNACADDQEMAwtB3AAgACgCjAoQCSAHLQAAIQMLIAPAIAAoAowKEAkgB0EBaiEHDAALAAsgACgChAkgEBARIBBBAWshECAAKAKECSEDIAAoAowKIgZFDQAgAyAAKAKgCSAGEB0jAUHrC2ogACgCjAoQFCAAKAKECSEDCyAQQQFqIhAgAygCBCIHSQ0ACwsCQAJAAn8gAi0AACIGQQFxBEAgAi0AAQwBCyACKAIALwEoC0H//wNxRQRAAkAgACgCYCIFRQRAIAAoAowKRQ0DIAAjAUGoCGoiAykAADcAhAEgACADKAAINgCMASAAQYQBaiEHDAELIAAjAUGoCGoiAykAADcAhAEgACADKAAINgCMASAAKAJcQQAgAEGEAWoiByAFEQMAIAAoAowKRQ0CCwNAAkACQCAHLQAAIgNBIkYNACADQdwARg0AIAMNAQwEC0HcACAAKAKMChAJIActAAAhAwsgA8AgACgCjAoQCSAHQQFqIQcMAAsACwJAIAtFBEAgAigCACEFDAELIAdBB08EQCADKAIAIAFBBXRqQQI2AhwgBCACKQIANwMYIABBiAlqIARBGGoQCgwDCyACKAIAIQUgBkEBcQ0AIAUtACxBgAFxRQ0AIAMoAgAgAUEFdGpBAjYCHCAEIAIpAgA3A2ggAEGICWogBEHoAGoQCgwCCyAXQeQAaiEGAn8gBUEBcQRAIAItAAYgAi0AB2ohCyACLQAFQQ9xDAELIAUoAhAgBSgCBGohCyAFKAIUIAUoAghqCyEDIAAgASAGIAtqIANBHmxqEGwEQCAAKAKECSgCACABQQV0akECNgIcIAQgAikCADcDICAAQYgJaiAEQSBqEAoMAgsgBUEIdiEOIAAoAqAJIRECQAJAIAVBAXEEQCAOQf8BcSELDAELIAUvASgiC0H9/wNLDQELAkACQCARKAIYIgNBAU0EQCARKAIsIBEoAjBBASADa0ECdGooAgBBAXRqIgMvAQAiD0UEQEEAIQMMAwsgA0ECaiEIQQAhCQNAIAhBBGohAyAILwECIhgEfyADIBhBAXRqQQAhBwNAIAMvAQAgC0YNBCADQQJqIQMgB0EBaiIHIBhHDQALBSADCyEIQQAhAyAJQQFqIgkgD0cNAAsMAgsgESgCKCARKAIEQQF0aiALQQF0ai8BACEDDAELIAgvAQAhAwsgESgCNCADQf//A3FBA3RqIgYtAAAiA0UNACAGIANBA3RqIgMtAAANACADLQAEQQFHDQAgBCACKQIAIh43A5gCIB5CIIghHwJAIB6nIgZBAXEEQCAGIQUMAQsgBiIFKAIAQQFGDQAgBSgCJEEDdEHMAGoiAyMIKAIAEQAAIQcgAwRAIAcgBSAFKAIkQQN0ayAD/AoAAAsgAEGICWogByAGKAIkIgtBA3RqIQUCQCALBEBBACEDA0AgByADQQN0aigCACIIQQFxRQRAIAggCCgCAEEBajYCACAIKAIAGiAGKAIkIQsLIANBAWoiAyALSQ0ACwwBCyAGLQAsQcAAcUUNACAGKAIwIQMgBCAGKQJENwPAAiAEIAYpAjw3A7gCIAQgBikCNDcDsAICQCAGKAJIIghBGUkNACAIIwgoAgARAAAhAyAGKAJIIghFDQAgAyAGKAIwIAj8CgAACyAFIAM2AjAgBSAEKQOwAjcCNCAFIAQpA7gCNwI8IAUgBCkDwAI3AkQLIAVBATYCACAEIAQpA5gCNwNgIARB4ABqEApCACEfCwJAIAVBAXEEQCAFQQhyIQUMAQsgBSAFLwEsQQRyOwEsCyACIAWtIh4gH0IghoQ3AgAgHkIIiKchDgsCQCAAKAJgRQRAIAAoAowKRQ0BCyAAQYQBaiEDIAAoAqAJIQYjAUGrCmohBwJAAkACQCAFQQFxBH8gDkH/AXEFIAUvASgLQf//A3EiBUH+/wNrDgIAAgELIwFBqgpqIQcMAQtBACEHIAYoAgggBigCBGogBU0NACAGKAI4IAVBAnRqKAIAIQcLIAQgBzYCUCADQYAIIwFBwQVqIARB0ABqEAsaIAAoAmAiBQRAIAAoAlxBACADIAURAwALIAAoAowKRQ0AA0ACQAJAIAMtAAAiB0EiRg0AIAdB3ABGDQAgBw0BDAMLQdwAIAAoAowKEAkgAy0AACEHCyAHwCAAKAKMChAJIANBAWohAwwACwALQQgjCCgCABEAACIFIAIpAgAiHzcCACAAKAKgCSEDIAVB1AAjBygCABEBACEFIARCADcDwAIgBEIANwO4AiAEQgA3A6ACIARBADYCqAIgBEEYOwGEAiAEQgA3A8gCIARBATYC8AEgBEIANwOwAiAEQQA7AYgCIARCADcDmAIgBEIANwPIASAEQQE2AugBIARB/v8DOwHAASAEQQA7AZQCIAUgBCgC8AE2AgggBSAEKQPIAjcCJCAFIAQpA8ACNwIcIAUgBCkDuAI3AhQgBSAEKQOwAjcCDCAFIAQoAugBNgIsIAUgBC8BwAE7ATAgBSAELwGIAjsBMiAFIAQvAYQCOwE0IAUgBCgCqAI2AUYgBSAEKQOgAjcBPiAFIAQpA5gCNwE2IAUgBC8BlAI7AUogBSAEKQPIATcCTCAEQQA2AtwBIAQgBUEIajYC2AEgBCAEKQPYATcDSCAEQcgAaiADEBUCQAJAIA0gFEYEQCAAKAKECSAEIAQpA9gBIh43A7gBIAQgHjcDMCABIARBMGpBAEEAEBYgH6dBAXFFDQEMAgsgACgChAkhAyAEQQE2ApgCIARBsAJqIAMgASMCQQpqIARBmAJqQQEQGSAEKAKwAiEIAkAgBCgCtAIiBkEBTQRAIAgoAgwhBSAAKAKECSEDDAELIABBiAlqIQVBASELA0BBACEDIAggC0EEdGoiDSgCBARAA0AgBCANKAIAIANBA3RqKQIANwNAIAUgBEFAaxAKIANBAWoiAyANKAIESQ0ACwsgDUEANgIEIA0oAgAiAwRAIAMjCSgCABECAAsgDUEANgIIIA1CADcCACALQQFqIgsgBkcNAAsgCCgCDCIFQQFqIgcgACgChAkiAygCBE8NAANAIAMgBxARIAgoAgwiBUEBaiIHIAAoAoQJIgMoAgRJDQALCyADIAUgARAmIAgoAgAhAyAIIAgoAgQiBUEBaiINIAgoAggiBksEf0EIIAZBAXQiBSANIAUgDUsbIgUgBUEITRsiBUEDdCEGAn8gAwRAIAMgBiMHKAIAEQEADAELIAYjCCgCABEAAAshAyAIIAU2AgggCCgCBCIFQQFqBSANCzYCBCAIIAM2AgAgAyAFQQN0aiAEKQPYATcCACAEQZgCakH+/wMgBCgCsAJBACAAKAKgCRByIAQgBCkDmAIiHjcD2AEgAi0AACAAKAKECSAEIB43AzggBCAeNwO4ASABIARBOGpBAEEAEBZBAXENAQsgAigCACIGLQAsQcAAcUUNACAAKAKECSEJAkAgBkEBcUUEQCACKAIEIQggBigCJCIFBEADQCAGIAVBA3RrIRQgBSEDA0ACQAJAIBQgA0EBayIDQQN0aiINKAIAIgJBAXENACACLQAsQcAAcUUNACACKAIkIQUgDSgCBCEIIAIhBgwBCyADDQELCyAFDQALCyAJKAIAIAFBBXRqIQMgBkUNASAGQQFxDQEgBiAGKAIAQQFqNgIAIAYoAgAaDAELIAkoAgAgAUEFdGohA0EAIQZBACEICyADKAIMBEAgCSgCNCAEIAMpAgw3AyggBEEoahAKCyADIAg2AhAgAyAGNgIMCwJAIAAoAoQJIgEoAgQiBkUEQEEBIQMMAQsgASgCACEFQQAhBwNAIAUgB0EFdGoiDSgCHCEDIA0oAgAiAigCnAEiASANKAIISQRAIA0gATYCCAsCQCADQQFGDQAgAi8BAEUNAEEAIQMMAgtBASEDIAdBAWoiByAGRw0ACwsgACADOgDGCgwBCyAAKAKgCSEDQQBBzAAjBygCABEBACEFIARCADcDyAIgBEIANwPAAiAEQgA3A7gCIARCADcDoAIgBEEANgKoAiAEQQE2AtgBIARCADcDsAIgBEEAOwHAASAEQgA3A5gCIARCADcDyAEgBEEANgLwASAEQf//AzsB6AEgBEEbOwGIAiAEQQA7AYQCIAUgBCgC2AE2AgAgBSAEKQPIAjcCHCAFIAQpA8ACNwIUIAUgBCkDuAI3AgwgBSAEKQOwAjcCBCAFIAQoAvABNgIkIAUgBC8B6AE7ASggBSAELwHAATsBKiAFIAQvAYgCOwEsIAUgBCgCqAI2AT4gBSAEKQOgAjcBNiAFIAQpA5gCNwEuIAUgBC8BhAI7AUIgBSAEKQPIATcCRCAEQQA2ApACIAQgBTYCjAIgBCAEKQKMAjcDECAEQRBqIAMQFSAFIAUvASxB+/8DcTsBLCAAKAKECSAEIAQpAowCNwMIIAEgBEEIakEAQQEQFiAEIAIpAgA3AwAgACABIAQQTgsgBEHQAmokAAvWBQIJfwF+IwBBIGsiByQAIAMoAgQiBQR/IAMoAgAgBUEEdGoiBUEQaygCACEEIAVBDGsoAgAFQQALIQUCQCAEQQFxDQACQAJAIAQoAiRFDQAgAEGEAWohCQNAIAQvASogAkYNAQJAIAAoAmBFBEAgACgCjApFDQELIARBAXEEfyAEQYD+A3FBCHYFIAQvASgLIQYgACgCoAkhBSMBQasKaiEEAkACQAJAIAZB//8DcSIGQf7/A2sOAgACAQsjAUGqCmohBAwBC0EAIQQgBSgCCCAFKAIEaiAGTQ0AIAUoAjggBkECdGooAgAhBAsgByAENgIQIAlBgAgjAUH5A2ogB0EQahALGiAAKAJgIgUEQCAAKAJcQQAgCSAFEQMACyAJIQUgACgCjApFDQADQAJAAkAgBS0AACIEQSJGDQAgBEHcAEYNACAEDQEMAwtB3AAgACgCjAoQCSAFLQAAIQQLIATAIAAoAowKEAkgBUEBaiEFDAALAAsCQCADKAIAIgYgAygCBCIEQQR0aiIIQRBrKAIAIgVBAXENACAFKAIkIgpFDQAgCEEEaygCACELIAMgBEEBaiIIIAMoAggiDEsEfyAGQQggDEEBdCIEIAggBCAISxsiBCAEQQhNGyIEQQR0IwcoAgARAQAhBiADIAQ2AgggBSgCJCEKIAMoAgQiBEEBagUgCAs2AgQgAyAGNgIAIAUgCkEDdGspAgAhDSAGIARBBHRqIgUgCzYCDCAFQQA2AgggBSANNwIAIAMoAgQhBAsCfyAERQRAQQAhBEEADAELIAMoAgAgBEEEdGoiBUEQaygCACEEIAVBDGsoAgALIQUgBEEBcQ0CQQEhBiAEKAIkDQALCyAGQQFxRQ0BCyAHIAEpAgA3AwggAEGICWogB0EIahAKIAEgBTYCBCABIAQ2AgAgBEEBcQ0AIAQgBCgCAEEBajYCACAEKAIAGgsgB0EgaiQAC/MDAQV/IwFBqwpqIQUCQAJAAkAgAwJ/IAAoAgAiBkEBcQRAIAZBgP4DcUEIdgwBCyAGLwEoCyADG0H//wNxIgNB/v8Daw4CAAIBCyMBQaoKaiEFDAELQQAhBSACKAIIIAIoAgRqIANNDQAgAigCOCADQQJ0aigCACEFCwNAAkACQAJAAkACQAJAIAUtAAAiAw4jBQMDAwMDAwMDAQADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwQCCyMBQYsIaiAEEBQgBUEBaiEFDAULIwFBmgNqIAQQFCAFQQFqIQUMBAsgA0HcAEYNAQsgA8AgBBAJIAVBAWohBQwCC0HcACAEEAkgBSwAACAEEAkgBUEBaiEFDAELCwJAIAAoAgAiA0EBcQ0AIAMoAiQiCUUNACADLwFCIAIvASRsIQNBACEGA0BBACEHAkACfyAALQAAQQFxBH9BAAUgACgCACIFIAUoAiRBA3RrCyAGQQN0aiIFKAIAIghBAXEEQCAIQQN2QQFxDAELIAgvASxBAnZBAXELDQAgA0UNACACKAJUIANBAXRqLwEAIQcgA0EBaiEDCyAFIAEgAiAHIAQQOQJ/IAUoAgAiB0EBcQRAIAUtAAYgBS0AB2oMAQsgBygCECAHKAIEagsgAWohASAGQQFqIgYgCUcNAAsLC4oDAgV/AX4jAUH8C2ohBUEBIQQCQAJAIAFFDQAgAkUNAEEAIQUDQEEAIQQgBSABIANBGGxqIgYoAhAiB0sNAiAGKAIUIgUgB0kNAiADQQFqIgMgAkcNAAsgAiEEIAEhBQsgACAAKAJEIARBGGwiASMHKAIAEQEAIgI2AkQgAQRAIAIgBSAB/AoAAAsgACAENgJkIAAoAkQhBSAAKAIgIQFBACEDAkADQAJAIAUgA0EYbGoiBigCFCIHIAFNDQAgByAGKAIQIgJNDQAgASACTQRAIAAgBikCADcCJCAAIAI2AiAgAiEBCyAAIAM2AmhBACEDIAAoAkhFDQIgACgCbCICIAFNBEAgASAAKAJwIAJqSQ0DCyAAQQA2AkggAEIANwJsDAILIANBAWoiAyAERw0ACyAAIAQ2AmggBSAEQRhsaiIBQQRrKAIAIQIgAUEQaykCACEIIABBADYCSCAAIAg3AiQgACACNgIgIABCADcCbEEBIQMLIABBADYCACAAIAM2AnRBASEECyAEC/cCAQd/IwBBEGsiBCQAIAAoAjAiAQRAIAEgASgClAFBAWo2ApQBCyAAKAIEIgEEQCAAQSRqIQYDQCAAKAIAIANBBXRqIgIoAgAEQCAAKAI0IQUgAigCDARAIAQgAikCDDcDCCAFIARBCGoQCgsgAigCFARAIAQgAikCFDcDACAFIAQQCgsgAigCBCIBBEAgASgCACIHBEAgByMJKAIAEQIAIAIoAgQhAQsgAUEANgIIIAFCADcCACABIwkoAgARAgALIAIoAgAgBiAFEBogACgCBCEBCyADQQFqIgMgAUkNAAsLIABBADYCBCAAKAIAIQEgACgCCAR/QQAFAn8gAQRAIAFBgAIjBygCABEBAAwBC0GAAiMIKAIAEQAACyEBIABBCDYCCCAAKAIECyEDIAAgATYCACAAIANBAWo2AgQgACgCMCECIAEgA0EFdGoiAEIANwIEIAAgAjYCACAAQgA3AgwgAEIANwIUIABBADYCHCAEQRBqJAALyQECBn8BfiMAQSBrIgIkACAAKAIAIQQgAC0AAEEBcUUEQCAEKAIkIQMLIAEoAgAhBgNAAkAgA0EARyEFIANFDQAgAiAEIAQoAiRBA3RrIANBAWsiA0EDdGopAgAiCDcDGCAIpyIAQQFxBH8gCEI4iKcgCEIwiKdB/wFxagUgACgCECAAKAIEagtFIgcgACAGR3FFBEAgByEFDAELIAIgAikDGDcDECACIAEpAgA3AwggAkEQaiACQQhqEDxFDQELCyACQSBqJAAgBQuSCQIVfwF+IwBB4ABrIgMkAAJAAkAgAkUNACABKAIQKAIAIgZBAXENACADKAJcIQcgAygCWCELIAMoAlQhDyADKAJQIQggAygCTCEQIAMoAkghCQNAIAYoAiQiFUUNASAGKAIwRQ0BAkACQAJAIAEoAhQiESgCCCIKKAIgRQ0AIAooAkAgBi8BQiIMQQJ0aiINLwECIg5FDQAgCigCRCANLwEAQQJ0aiIEIA5BAnRqIQ4CQANAIAQvAQAgAk8NASAEQQRqIgQgDkcNAAsgAEIANwIAIABCADcCECAAQgA3AggMBgsCQANAIA5BBGsiDS8BACACTQ0BIA0iDiAERw0ACyAAQgA3AgAgAEIANwIQIABCADcCCAwGCyAMBH8gCigCVCAKLwEkIAxsQQF0agVBAAshFiAGRQ0BIAYgFUEDdGshFyABKAIAIQogASgCBCENIAEoAgghDEEAIRJBACEGA0AgBCETAkACQANAIAYgFUYNAUEAIQ8CfyAXIAZBA3RqIgsoAgAiBUEBcSIUBEAgBUEDdkEBcQwBCyAFLwEsQQJ2QQFxC0UEQCAWBH8gFiASQQF0ai8BAAVBAAshDyASQQFqIRILAn8gBkUEQCAKIQkgDCEIIA0MAQsCfyAUBEAgCy0ABCEIIAstAAYhCSALLQAFQQ9xDAELIAUoAgwhCCAFKAIEIQkgBSgCCAshBEEAIAwgBBsgCGohCCAJIApqIQkgBCANagshEAJ/IBQEQCAFQQN2QQFxIQQgCCALLQAHIgdqIQwgByAJaiEKIBAMAQsgBSgCGEEAIAggBSgCFCIHG2ohDCAFKAIQIAlqIQogBS8BLEECdkEBcSEEIAcgEGoLIQ0gBkEBaiEGIAQEQCARIQcMAQsgESEHIBMtAAIgEkEBa0sNAAsgAyARNgJcIAMgCzYCWCADIA82AlQgAyAINgJQIAMgEDYCTCADIAk2AkggE0EEaiEEAkAgEy0AA0EBRgRAIAQgDkYNByADIAMpA1A3AwggAyADKQNYNwMQIAMgAykDSDcDACADQTBqIAMgAhA9IAMoAkANAQwECwJAAkAgFARAIAVBAnEgD3INAQwFCyAFLQAsQQFxDQAgD0UNAQsgACADKQNINwIAIAAgAykDWDcCECAAIAMpA1A3AggMCgsgBSgCJEUNAiAFKAIwRQ0CIAMgAykDWDcDKCADIAMpA1A3AyAgAyADKQNINwMYIAAgA0EYakEAQQEQPgwJCyAAIAMpAjA3AgAgACADQUBrKQIANwIQIAAgAykCODcCCAwICyADIAc2AlwgAyALNgJYIAMgDzYCVCADIAg2AlAgAyAQNgJMIAMgCTYCSAwDCyAEIA5HDQALIABCADcCACAAQgA3AhAgAEIANwIIDAULIABCADcCACAAQgA3AhAgAEIANwIIDAQLIABCADcCACAAQgA3AhAgAEIANwIIDAMLIAEgAykDSDcCACABIAMpA1giGDcCECABIAMpA1A3AgggGKcoAgAiBkEBcUUNAAsLIABCADcCACAAQgA3AhAgAEIANwIICyADQeAAaiQAC68GARJ/AkAgASgCECgCACIGQQFxDQBBMEE0IAMbIRQgASgCFCENIAEoAgghCCABKAIEIQUgASgCACEEA0AgBigCJEUNAUEAIQFBACEPIAYvAUIiCQRAIA0oAggiDCgCVCAMLwEkIAlsQQF0aiEPCyAGKAIkIhJFDQEgBiASQQN0ayEVIAQhDCAFIQkgCCEQQQAhEUEAIQ4CQANAQQAhCwJ/IBUgAUEDdGoiCigCACIEQQFxIgUEQCAEQQN2QQFxDAELIAQvASxBAnZBAXELRQRAIA8EfyAPIBFBAXRqLwEABUEACyELIBFBAWohEQsCfyABRQRAIAwhBCAQIQggCQwBCwJ/IAUEQCAKLQAEIQggCi0ABiEGIAotAAVBD3EMAQsgBCgCDCEIIAQoAgQhBiAEKAIICyEFQQAgECAFGyAIaiEIIAYgDGohBCAFIAlqCyEFAn8CQAJAAkACfwJAIAooAgAiB0EBcSIGBEAgAUEBaiEBIAggCi0AByIJaiEQIAQgCWohDCADDQEgBSEJDAMLIAcoAhhBACAIIAcoAhQiCRtqIRAgAUEBaiEBIAcoAhAgBGohDCAFIAlqIQkgA0UNAiAHLwEsQQFxDAELIAUhCSAHQQF2QQFxCyALcg0BDAILAkAgC0H+/wNrDgICAQALIAtFBEAgBgRAIAdBAnFFDQMgB0ECdkEBcUUNAwwCCyAHLwEsIgdBAXFFDQIgB0EBdkEBcUUNAgwBCyANKAIIKAJIIAtBA2xqLQABQQFxRQ0BCyAOQQFqIAIgDkcNARogACANNgIUIAAgCjYCECAAIAs2AgwgACAINgIIIAAgBTYCBCAAIAQ2AgAPC0EAIRMCQCAKKAIAIgZBAXENACAGKAIkRQ0AIAIgDmsiByAGIBRqKAIAIhNJDQMLIA4gE2oLIQ4gASASRw0ACyAAIA02AhQgACAKNgIQIAAgCzYCDCAAIAg2AgggACAFNgIEIAAgBDYCAAwCCyAAIA02AhQgACAKNgIQIAAgCzYCDCAAIAg2AgggACAFNgIEIAAgBDYCACAHIQIMAAsACyAAQgA3AgAgAEIANwIQIABCADcCCAtqAQJ/AkAgAC8BDCIBBEBBASECAkACQCABQf7/A2sOAgADAQtBAA8LIAAoAhQoAggoAkggAUEDbGotAAFBAEcPCyAAKAIQKAIAIgBBAXEEQCAAQQJ2QQFxDwsgAC8BLEEBdkEBcSECCyACC3ABAn9B//8DIQICQAJAIAAoAgwiAUH//wNxRQRAIAAoAhAoAgAiAUEBcQRAIAFBgP4DcUEIdiEBDAILIAEvASghAQsgAUH//wNxQf//A0YNAQsgACgCFCgCCCgCTCABQf//A3FBAXRqLwEAIQILIAILXwIDfwF+IAEoAgghAiABKAIEIQMCfyABKAIQKQIAIgWnIgFBAXEEQCAFQjiIpwwBC0EAIAIgASgCFCIEGyECIAMgBGohAyABKAIYCyEBIAAgAzYCACAAIAEgAmo2AgQLfQEDfwJAAkAgACIBQQNxRQ0AIAEtAABFBEBBAA8LA0AgAUEBaiIBQQNxRQ0BIAEtAAANAAsMAQsDQCABIgJBBGohAUGAgoQIIAIoAgAiA2sgA3JBgIGChHhxQYCBgoR4Rg0ACwNAIAIiAUEBaiECIAEtAAANAAsLIAEgAGsLWQEBfyAAIAAoAkgiAUEBayABcjYCSCAAKAIAIgFBCHEEQCAAIAFBIHI2AgBBfw8LIABCADcCBCAAIAAoAiwiATYCHCAAIAE2AhQgACABIAAoAjBqNgIQQQALBQAQAwALUQEBfwJAAkACQCABQf7/A2sOAgACAQtBAw8LIAAoAkggAUEDbGoiAC0AASAALQAAIgFxQX9zQQFxQQJBAyAALQACQQFxGyABQQFxGyECCyACC8IFAQ1/AkACQCAAKAIEIgVFBEAMAQsgAi8BQCENIAAoAgAhCCAFQQFHBEADQAJAIAggBiAFQQF2Ig9qIgNBAnRqKAIAIgkvAUAiDiANSQ0AQQAhBAJAIA4EQANAIAQgDUYNAiAJIARBA3QiB2oiCi8BBCILIAIgB2oiBy8BBCIMSQ0CIAsgDEsNAyAKLwECIgsgBy8BAiIMSQ0CIAsgDEsNAyAKLwEAIgsgBy8BACIMSQ0CIAsgDEsNAyAKLwEGQf//AXEiCiAHLwEGQf//AXEiB0kNAiAHIApJDQMgBEEBaiIEIA5HDQALCyAJLwFCIAIvAUJLDQELIAMhBgsgBSAPayIFQQFLDQALCyAIIAZBAnRqKAIAIgovAUAiByANSQ0AAkACQCAHBEBBACEEA0AgBCANRg0CIAogBEEDdCIFaiIDLwEEIgggAiAFaiIFLwEEIglJDQIgCCAJSw0EIAMvAQIiCCAFLwECIglJDQIgCCAJSw0EIAMvAQAiCCAFLwEAIglJDQIgCCAJSw0EIAMvAQZB//8BcSIDIAUvAQZB//8BcSIFSQ0CIAMgBUsNBCAEQQFqIgQgB0cNAAsLIAovAUIiAyACLwFCIgRPDQELIAZBAWohBgwBCyADIARNDQELAn8gASgCBCIDBEAgASADQQFrIgM2AgQgASgCACADQQJ0aigCAAwBC0HGACMIKAIAEQAACyIBIAJBxgD8CgAAIAAoAgAhBCAAKAIEIgJBAWoiAyAAKAIISwRAIANBAnQhAgJ/IAQEQCAEIAIjBygCABEBAAwBCyACIwgoAgARAAALIQQgACADNgIIIAAoAgQhAgsgBkECdCEDAkAgAiAGTQ0AIAIgBmtBAnQiAkUNACADIARqIgZBBGogBiAC/AoAAAsgAyAEaiABNgAAIAAgBDYCACAAIAAoAgRBAWo2AgQLC9sCAQp/AkAgAkUEQAwBCwNAIAEgB0EDdGoiAy4BBCEJAkACQAJAIAMtAAAOBAABAgACCyAJQYECcUUgBnIhBgwBCyADLQABIgpFDQAgAy8BBiEMIAMvAQIhCyAAKAKoCSEFQQAhAyAAKAKsCSIEBEADQCALIAUgA0EEdGoiCC8BBEYEQCAIKAIAIApGDQMLIANBAWoiAyAERw0ACwsgACAEQQFqIgMgACgCsAkiCEsEf0EIIAhBAXQiBCADIAMgBEkbIgMgA0EITRsiBEEEdCEDAn8gBQRAIAUgAyMHKAIAEQEADAELIAMjCCgCABEAAAshBSAAIAQ2ArAJIAAoAqwJIgRBAWoFIAMLNgKsCSAAIAU2AqgJIAUgBEEEdGoiA0EAOwEOIAMgDDsBDCADIAk2AgggA0EAOwEGIAMgCzsBBCADIAo2AgALIAdBAWoiByACRw0ACwsgBkEBcQuqBgIHfwF+IwBB0ABrIgMkAAJAAkAgACgCCCIEQQJJDQAgA0E0aiEFIANBFGohBiAEIQIDQCAAIAJBAWsiAjYCCCADIAAoAgQgAkEcbGoiAigCGDYCSCADQUBrIAIpAhA3AwAgAyACKQIINwM4IAMgAikCADcDMAJAAkAgAkEcaygCACIHKAIAIgJBAXFFBEAgAigCJA0BCyADQgA3AwggACgCACECIANBADYCLCADIAI2AhAMAQsgACgCACEIIAcpAgAhCSADIAIvAUIiAgR/IAgoAggiBygCVCAHLwEkIAJsQQF0agVBAAs2AiwgAyAINgIQIAMgCTcDCAsgAyADKQNANwMgIAYgBSgCCDYCCCAGIAUpAgA3AgAgAyADKAJINgIoIANBADoAByADQQhqIANBMGogA0EHaiABEQQAGiADLQAHQQFGBEAgACgCCEEBaiAESQ0CCwJAIANBCGogA0EwaiADQQdqIAERBABFDQACfwNAIAMtAAdBAUYEQCAAKAIEIQIgACAAKAIIIgRBAWoiASAAKAIMIgVLBH9BCCAFQQF0IgQgASABIARJGyIBIAFBCE0bIgRBHGwhAQJ/IAIEQCACIAEjBygCABEBAAwBCyABIwgoAgARAAALIQIgACAENgIMIAAoAggiBEEBagUgAQs2AgggACACNgIEQQIhASACIARBHGxqDAILAkACQCADKAIwKAIAIgJBAXENACACKAIkRQ0AIAIoAjANAQsgA0EIaiADQTBqIANBB2ogAREEAEUNAwwBCwtBASEBIAAoAgQhAiAAIAAoAggiBUEBaiIEIAAoAgwiBksEf0EIIAZBAXQiBSAEIAQgBUkbIgQgBEEITRsiBUEcbCEEAn8gAgRAIAIgBCMHKAIAEQEADAELIAQjCCgCABEAAAshAiAAIAU2AgwgACgCCCIFQQFqBSAECzYCCCAAIAI2AgQgAiAFQRxsagsiAiADKQMwNwIAIAIgAygCSDYCGCACIANBQGspAwA3AhAgAiADKQM4NwIIDAMLIAAoAggiAkECTw0ACwsgACAENgIIQQAhAQsgA0HQAGokACABC/MFAgt/AX4jAEHQAGsiAiQAAkACQCAAKAIEIgUgACgCCCIDQRxsaiIIQRxrKAIAIgkoAgAiBkEBcUUEQCAGKAIkDQELIAJCADcDCCAAKAIAIQEgAkIANwIcIAJCADcCJCACQQA2AiwgAkIANwIUIAIgATYCEAwBCyAAKAIAIgooAgghBCAGLwFCIgEEfyAEKAJUIAQvASQgAWxBAXRqBUEACyELIAhBBGsoAgAhAQJAAkAgA0EBayIHRQ0AIAYvASwiBkEBcQ0AIAZBBHENASAFIAdBHGxqIgZBHGsoAgAoAgAvAUIiB0UNASABIAQoAlQgBC8BJCAHbEEBdGogBigCFEEBdGovAQBBAEdqIQEMAQsgAUEBaiEBCyAJKQIAIQwgAiAKNgIQIAIgDDcDCCACIAhBGGsiBCgCCDYCHCACIAQpAgA3AhQgAiALNgIsIAIgATYCKCACQgA3AyALQQAhBAJAIAJBCGogAkEwaiACQc8AahAlRQ0AAkADQCACLQBPQQFGBEAgACADQQFqIgEgACgCDCIESwR/QQggBEEBdCIDIAEgASADSRsiASABQQhNGyIDQRxsIQECfyAFBEAgBSABIwcoAgARAQAMAQsgASMIKAIAEQAACyEFIAAgAzYCDCAAKAIIIgNBAWoFIAELNgIIIAAgBTYCBEECIQQMAgsCQAJAIAIoAjAoAgAiAUEBcQ0AIAEoAiRFDQAgASgCMA0BCyACQQhqIAJBMGogAkHPAGoQJQ0BDAMLC0EBIQQgACADQQFqIgEgACgCDCIGSwR/QQggBkEBdCIDIAEgASADSRsiASABQQhNGyIDQRxsIQECfyAFBEAgBSABIwcoAgARAQAMAQsgASMIKAIAEQAACyEFIAAgAzYCDCAAKAIIIgNBAWoFIAELNgIIIAAgBTYCBAsgBSADQRxsaiIBIAIpAjA3AgAgASACKAJINgIYIAEgAkFAaykCADcCECABIAIpAjg3AggLIAJB0ABqJAAgBAvCCAERfwJAIAAtABxFBEAgACgCCCEEIAAoAgQhBgJAA0ACQAJ/IAYgBCIIQRxsaiICQRxrKAIAIgUoAgAiAUEBcQRAIAFBAXZBAXEMAQsgAS8BLEEBcQtFBEAgCEECSQ0BIAJBOGsoAgAoAgAvAUIiAUUNASAAKAIUIgMoAlQgAy8BJCABbEEBdGogAkEIaygCAEEBdGovAQBFDQELIAAgACgCGEEBazYCGAsgACAIQQFrIgQ2AgggBEUNASAGIARBHGxqIgEoAhQhDSABKAIMIQ4gASgCCCEPIAEoAgQhECABKAIQIQogAUEcaygCAAJAIAUoAgAiAkEBcQ0AIAItACxBwABxRQ0AIAUoAgQhCSACKAIkIgMEQANAIAIgA0EDdGshDCADIQEDQAJAAkAgDCABQQFrIgFBA3RqIhEoAgAiB0EBcQ0AIActACxBwABxRQ0AIAcoAiQhAyARKAIEIQkgByECDAELIAENAQsLIAMNAAsgAkUNAQsgACAJNgIkIAAgAjYCIAsoAgAiB0EBcQ0AIAcoAiQiDCAKQQFqIgpNDQALAkAgBSgCACIBQQFxBEAgBS0AByICIAUtAAZqIQkgBS0ABUEPcSEDIAUtAAQhBQwBC0EAIAEoAgwgASgCFCICGyEFIAEoAhAgASgCBGohCSACIAEoAghqIQMgASgCGCECCyABQQFxBH8gAUEDdkEBcQUgAS8BLEECdkEBcQshCyAAKAIMIgEgCEkEQEEIIAFBAXQiASAIIAEgCEsbIgEgAUEITRsiBEEcbCEBAn8gBgRAIAYgASMHKAIAEQEADAELIAEjCCgCABEAAAshBiAAIAQ2AgwgACgCCCEECyAAIAY2AgQgACAEQQFqNgIIIAYgBEEcbGoiAUEANgIYIAEgDSALRWo2AhQgASAKNgIQIAEgAyAPaq0gAiAFakEAIA4gAxtqrUIghoQ3AgggASAJIBBqNgIEIAEgByAMQQN0ayAKQQN0aiICNgIAAkACfyAAKAIEIAAoAggiBEEcbGoiA0EcaygCACgCACIBQQFxBEAgAUEBdkEBcQwBCyABLwEsQQFxC0UEQCAEQQJJDQEgA0E4aygCACgCAC8BQiIBRQ0BIAAoAhQiBCgCVCAELwEkIAFsQQF0aiADQQhrKAIAQQF0ai8BAEUNAQsCfyACKAIAIgFBAXEEQCACLQAGDAELIAEoAgQLBEAgAEEBOgAcDwsMAwsgAEEAEDAaCw8LIABBADoAHAJAAn8gACgCBCAAKAIIIgNBHGxqIgJBHGsoAgAoAgAiAUEBcQRAIAFBAXZBAXEMAQsgAS8BLEEBcQtFBEAgA0ECSQ0BIAJBOGsoAgAoAgAvAUIiAUUNASAAKAIUIgMoAlQgAy8BJCABbEEBdGogAkEIaygCAEEBdGovAQBFDQELDAELIABBABAwGg8LIAAgACgCGEEBajYCGAvmBAEEfyAABEAgACgCPCIBBEAgASMJKAIAEQIACyAAQQA2AkQgAEIANwI8IAAoAkgiAQRAIAEjCSgCABECAAsgAEEANgJQIABCADcCSCAAKAJUIgEEQCABIwkoAgARAgALIABBADYCXCAAQgA3AlQgACgCYCIBBEAgASMJKAIAEQIACyAAQQA2AmggAEIANwJgIAAoAmwiAQRAIAEjCSgCABECAAsgAEEANgJ0IABCADcCbCAAKAKEASIBBEAgASMJKAIAEQIACyAAQQA2AowBIABCADcChAEgACgCeCIBBEAgASMJKAIAEQIACyAAQQA2AoABIABCADcCeCAAKAKQASIBBEAgASMJKAIAEQIACyAAQQA2ApgBIABCADcCkAECQCAAKAKcASIBRQ0AIAEoAlwNACABKAJoIAFHDQAgASABKAKoASICQQFrNgKoASACQQFHDQAgASMJKAIAEQIACyAAKAIAIgEEQCABIwkoAgARAgALIABBADYCCCAAQgA3AgAgACgCDCIBBEAgASMJKAIAEQIACyAAQQA2AhQgAEIANwIMIAAoAhgiAQRAIAEjCSgCABECAAtBACEBIABBADYCICAAQgA3AhggACgCJCICBEAgAiMJKAIAEQIACyAAQQA2AiwgAEIANwIkIAAoAjQiAgRAA0AgACgCMCABQQxsaiIDKAIAIgQEQCAEIwkoAgARAgAgACgCNCECCyADQQA2AgggA0IANwIAIAFBAWoiASACSQ0ACwsgACgCMCIBBEAgASMJKAIAEQIACyAAQQA2AjggAEIANwIwIAAjCSgCABECAAsLrxsBKX8jAEHQAGsiCyQAIANBADYCQCADQQA2AjQgA0EYaiEXIANBJGohHiADQQxqIRIgC0EOaiEiIAtBDGohKAJAA0ACQCADKAIERQRAIAMoAhxFDQMgIyADKAI0IiNPDQMgCyADKAIINgIQIAsgAykCADcDCCADIBcoAgg2AgggAyAXKQIANwIAIBcgCygCEDYCCCAXIAspAwg3AgAgH0EBaiEfDAELIAMoAgwhCSADKAIkIQQCQCADKAIQIg0gAygCKCIFaiIGIAMoAixNDQAgBkECdCEHAn8gBARAIAQgByMHKAIAEQEADAELIAcjCCgCABEAAAshBCADIAY2AiwgAygCKCIGIAVNDQAgBiAFa0ECdCIGRQ0AIAQgB2ogBCAFQQJ0aiAG/AoAAAsCQCANRQ0AIA1BAnQhByAEIAVBAnRqIQUgCQRAIAdFDQEgBSAJIAf8CgAADAELIAdFDQAgBUEAIAf8CwALIAMgBDYCJEEAIQQgA0EANgIQIAMgAygCKCANajYCKEEAIRYCQCADKAIERQ0AA0AgAygCACAWQQJ0aigCACEOAkACfwJAIARFBEAgDi8BQCEIDAELAkACQAJAIA4vAUAiCCASKAIAIARBAnRqQQRrKAIAIg0vAUAiCUkNACAIBEBBACEEA0AgBCAJRg0DIA4gBEEDdCIHaiIFLwEEIgYgByANaiIHLwEEIg9JDQMgBiAPSw0CIAUvAQIiBiAHLwECIg9JDQMgBiAPSw0CIAUvAQAiBiAHLwEAIg9JDQMgBiAPSw0CIAUvAQZB//8BcSIFIAcvAQZB//8BcSIHSQ0DIAUgB0sNAiAEQQFqIgQgCEcNAAsLIA4vAUIiBSANLwFCIgRJDQMgBCAFTw0CCwNAIAMoAgAgFkECdGooAgAhBQJ/IAMoAigiBARAIAMgBEEBayIENgIoIAMoAiQgBEECdGooAgAMAQtBxgAjCCgCABEAAAsiCSAFQcYA/AoAACADKAIMIQQgAyADKAIQIghBAWoiBSADKAIUIgdLBH9BCCAHQQF0IgcgBSAFIAdJGyIFIAVBCE0bIgdBAnQhBQJ/IAQEQCAEIAUjBygCABEBAAwBCyAFIwgoAgARAAALIQQgAyAHNgIUIAMoAhAiCEEBagUgBQs2AhAgAyAENgIMIAQgCEECdGogCTYCACAWQQFqIhYgAygCBEkNAAsMBgsgDiAIQQN0akEIawwCCyASIB4gDhBGDAILIA4gCEEDdGpBCGsgDiAIQf//A3EbCyEKIAJFDQAgCi8BAiEHQQAhBCACIgVBAk8EQANAIAQgBCAFQQF2Ig1qIgQgASAEQRxsai8BACAHSxshBCAFIA1rIgVBAUsNAAsLIAEgBEEcbGoiGi8BACAHRw0AIAovAQYgDi8BQkEUbCEEIAovAQQhGwJ/IAovAQAiGCAAKAKcASITKAIYIgdJIilFBEAgEygCLCATKAIwIBggB2tBAnRqKAIAQQF0aiIHQQJqISAgBy8BAAwBCyATKAIoIBMoAgQgGGxBAXRqIQdBACEgQQALISFB//8BcSEqIAAoAjwgBGohFEEBIRwgG0EBaiElQQAhJkH//wMhESAbQQF0IStBACENQQAhHQNAAkACQAJ/AkAgKUUEQCAgIAdBAmoiBEYEQCAhQf//A3FFDQcgB0EGaiIFIAcvAQRBAXRqISAgIUEBayEhIAcvAQYhEQwCCyAELwEAIREgBAwCCwJAIBMoAgQiBUEAIBFBAWogHBsiEUH//wNxIgRNDQADQCAHIARBAXRqLwEADQEgBSARQQFqIhFB//8DcSIESw0ACwsgBCAFTw0FIAcgBEEBdGohBCAHIQULIAQvAQAhBCATKAIMIBFB//8DcU0EQCAFIQcMAgsgEygCNCAEQQN0aiIEQQhqISYgBC0AACEdQQAhDSAFCyEHIB1FBEAgDSEEDAELQQAhHCAmIB1BA3RqIgVBCGstAAANAiAFQQRrLQAABEAgDSEEIBshBSAYIQ8MAgsgBUEGay8BACEPIA0hBCAlIQUMAQtBACENQQAhHUEAIRwgJSEFIAQhDyAEQf//A3FFDQELIAQhDSAFQf8AcSEZQQAhEAJAIBooAhQiBUUNACAaKAIQIQYgBSIEQQFHBEADQAJAAkAgBiAQIARBAXYiDGoiCUEGbGoiCC8BACIKIA9B//8DcSIVSQ0AIAogFUsNASAILQAEIgpB/wBxIhUgGUkNACAKwEEASA0BIBUgGUsNASAILwECDQELIAkhEAsgBCAMayIEQQFLDQALCyAGIBBBBmxqIgQvAQAiCSAPQf//A3EiBk8EQCAGIAlJDQEgBC0ABEH/AHEgGU8NAQsgEEEBaiEQCyAFIBBNDQAgEUH//wNxIRUDQCAQQQZsIQUgEEEBaiEQIA9B//8DcSIsIAUgGigCEGoiBS8BAEcNASAFLQAEIgTAIARB/wBxIBlHDQEgACgCnAEhBgJAIAUvAQIiBQRAIAYoAlQgBi8BJCAFbEEBdGogK2ovAQAiCQ0BC0EAIQkgBigCSCAVQQNsai0AAEEBRw0AIAYoAkwgFUEBdGovAQAhCQsCQCAqIgwNAEEAIQwgBigCIEUNACAGKAJAIAVBAnRqIgUvAQIiCEUNACAGKAJEIAUvAQBBAnRqIgQgCEECdGohBQNAAkAgBC0AAw0AIBsgBC0AAkcNACAELwEAIQwMAgsgBEEEaiIEIAVHDQALCyALQQhqIgggDkHGAPwKAAAgCy8BSCIFQQN0IAhqIgRBBGsgKCAFGyAZOwEAIARBCGsgCCAFGyIIIA87AQBBAEgEQCAEQQJrICIgBRsiCiAKLwEAQYCAAnI7AQALAkACQAJAAkACf0EBIBQvAQAiCkH//wNGDQAaAkAgCQRAAn8gCkUEQEEBIBQvARJBAXFFDQEaIAYoAkggCUEDbGotAAEMAQsgCSAKRgsgFC8BBCIERSAEIAxB//8DcUZycSEEIBQvAQIiBkUNAUEAIgkgDi8BQCIMRQ0CGgNAIA4gCUEDdGovAQIgBkYNAiAJQQFqIgkgDEcNAAtBAAwCC0EAIBUgBigCDEkNARogBEECayAiIAUbLgEAQQBOBEAgBUEHTwRAIANBAToASAwHCyALIAVBAWoiBTsBSCALIAVB//8DcUEDdGohCAtBACEKIAhBADsBBCAIIBE7AQIgCCAYOwEAIAggDEH//wFxOwEGQQAhCSALLwFIIgVFDQMDQAJAIAlFDQAgC0EIaiAJQQN0ai8BAiEGQQAhBANAIAYgC0EIaiAEQQN0ai8BAkcEQCAJIARBAWoiBEcNAQwCCwsgCkEBaiEKCyAJQQFqIgkgBUcNAAsgCiAfSw0CQQAMAQsgBAsCQCAFRQ0AA0AgCC4BBkEATg0BIAsgBUEBayIFOwFIIAsgBUH//wNxIgRBA3RqIQggBA0ACwtFDQEgACgCPCEFIAsvAUohBANAIAUgBEEBaiIEQf//A3FBFGxqIgkvAQwiBkH//wNHBEAgBiAULwEMSw0BCwsgCyAEOwFKQQEhJwwCCyAXIB4gC0EIahBGDAILQQAhJyAUIQkgGCAsRg0BCwNAIAkvARIiBUEIcQRAIAsgCy8BSkEBajsBSiAJQRRqIQkMAQsCQCAFQRBxDQAgACgCPCALLwFKIgpBFGxqLwEMIBQvAQxHBEAgAygCPCEKIAMoAkAiBgR/IA4vAUQhCEEAIQQgBiIFQQFHBEADQCAEIAVBAXYiDCAEaiIEIAogBEEBdGovAQAgCEsbIQQgBSAMayIFQQFLDQALCyAIIAogBEEBdGovAQAiBUYNAiAEIAUgCElqBUEACyEEIAZBAWoiBSADKAJESwRAIAVBAXQhBgJ/IAoEQCAKIAYjBygCABEBAAwBCyAGIwgoAgARAAALIQogAyAFNgJEIAMoAkAhBgsgBEEBdCEFAkAgBCAGTw0AIAYgBGtBAXQiBEUNACAFIApqIgZBAmogBiAE/AoAAAsgBSAKaiAOLwBEOwAAIAMgCjYCPCADIAMoAkBBAWo2AkAMAQsgCy8BSEUEQCADKAIwIQxBACEEIAMoAjQiBiEFAkACQAJAIAYiCA4CAgEACwNAIAQgBUEBdiIIIARqIgQgDCAEQQF0ai8BACAKSxshBCAFIAhrIgVBAUsNAAsLIAwgBEEBdGovAQAiBSAKRg0CIAQgBSAKSWohCAsgBkEBaiIFIAMoAjhLBEAgBUEBdCEEAn8gDARAIAwgBCMHKAIAEQEADAELIAQjCCgCABEAAAshDCADIAU2AjggAygCNCEGCyAIQQF0IQUCQCAGIAhNDQAgBiAIa0EBdCIERQ0AIAUgDGoiBkECaiAGIAT8CgAACyAFIAxqIAo7AAAgAyAMNgIwIAMgAygCNEEBajYCNAwBCyASIB4gC0EIahBGCyAnRQ0BIAkvAQ4iBUH//wNGDQEgBSALLwFKTQ0BIAsgBTsBSiAAKAI8IAVBFGxqIQkMAAsACyAaKAIUIBBLDQALDAALAAsgFkEBaiIWIAMoAgRPDQEgAygCECEEDAALAAsgCyADKAIINgIQIAsgAykCADcDCCADIBIoAgg2AgggAyASKQIANwIAIBIgCygCEDYCCCASIAspAwg3AgALICRBAWoiJEGAAkcNAAsgA0EBOgBICyALQdAAaiQAC7kgAhl/AX4jAEGAAmsiCCQAIAAoAoQJIgkoAgQhGiAIIAM2AtgBIAhBhAFqIAkgASMCQQpqIAhB2AFqIAMQGSAAKAKECSIDKAIEIgsEfyADKAIAIRFBACEJQQAhAyALQQRPBEAgC0F8cSEMA0AgCSARIANBBXRqIhAoAhxBAkZqIBAoAjxBAkZqIBAoAlxBAkZqIBAoAnxBAkZqIQkgA0EEaiEDIA1BBGoiDSAMRw0ACwsgC0EDcSIQBEADQCAJIBEgA0EFdGooAhxBAkZqIQkgA0EBaiEDIApBAWoiCiAQRw0ACwsgCUEKagVBCgshGyAIKAKIASISBEBBGEEAIAJB/f8DSxshHCAAQYQBaiERIABBiAlqIRcgAEG8CWohHSACQQNsIR5BACEQA0AgCCgChAEiDiAQQQR0aiIDKAIEIQogAygCACEJAkAgGyADKAIMIhQgGGsiGUkEQCAAKAKECSAZEBFBACEDIAoEQANAIAggCSADQQN0aikCADcDCCAXIAhBCGoQCiADQQFqIgMgCkcNAAsLIAkEQCAJIwkoAgARAgALIBhBAWohGCAQQQFqIgMgEk8NAQNAIAMhCgJAAkAgACgCYCIJRQRAIAAoAowKRQ0CIBEjASIDKQCdAzcAACARIAMpALwDNwAfIBEgAykAtQM3ABggESADKQCtAzcAECARIAMpAKUDNwAIDAELIBEjASIDKQCdAzcAACARIAMpALwDNwAfIBEgAykAtQM3ABggESADKQCtAzcAECARIAMpAKUDNwAIIAAoAlxBACARIAkRAwAgACgCjApFDQELIBEhCQNAAkACQCAJLQAAIgNBIkYNACADQdwARg0AIAMNAQwDC0HcACAAKAKMChAJIAktAAAhAwsgA8AgACgCjAoQCSAJQQFqIQkMAAsACyAOIApBBHRqIgwoAgwgFEcNAiAMKAIAIQlBACEDIAwoAgQiEARAA0AgCCAJIANBA3RqKQIANwMAIBcgCBAKIANBAWoiAyAQRw0ACwsgCQRAIAkjCSgCABECAAsgCiIQQQFqIgMgEkcNAAsMAQsgCCADKAIINgKAASAIIAo2AnwgCCAJNgJ4IAhB+ABqIgMgHRBzIAhB8ABqIAIgAyAFIAAoAqAJEHICQCAQQQFqIgkgEk8NACAIKAKEASAJQQR0aiIDKAIMIBRHDQADQCAJIRAgAygCCCEWIAMoAgQhDCADKAIAIQ4gAEEANgLMCQJAIAwiCkUEQCAIIAgpA3A3A5ABIAAoAtQJIQNBACEKQQAhCQwBCwJAAn8DQCAAKALMCSIJAn8gDiAKQQN0aiIDQQhrKAIAIg1BAXEEQCANQQN2QQFxDAELIA0vASxBAnZBAXELRQ0BGiADQQRrKAIAIRIgACgCyAkhAyAAIAlBAWoiCyAAKALQCSIPSwR/QQggD0EBdCIJIAsgCSALSxsiCSAJQQhNGyILQQN0IQkCfyADBEAgAyAJIwcoAgARAQAMAQsgCSMIKAIAEQAACyEDIAAgCzYC0AkgACgCzAkiCUEBagUgCws2AswJIAAgAzYCyAkgAyAJQQN0aiIDIBI2AgQgAyANNgIAIApBAWsiCg0AC0EAIQogACgCzAkLIglBAkkNAEEAIQMgCUEBdiINQQFHBEAgDUH+////B3EhDUEAIQsDQCAAKALICSISIANBA3QiD2oiEykCACEhIBMgEiAAKALMCSADQX9zakEDdCITaikCADcCACAAKALICSATaiAhNwIAIAAoAsgJIhIgD2oiDykCCCEhIA8gEiAAKALMCSADQf7///8Bc2pBA3QiD2opAgA3AgggACgCyAkgD2ogITcCACADQQJqIQMgC0ECaiILIA1HDQALCyAJQQJxRQ0AIAAoAsgJIgkgA0EDdGoiDSkCACEhIA0gCSAAKALMCSADQX9zakEDdCIDaikCADcCACAAKALICSADaiAhNwIACyAIIAgpA3A3A5ABIAAoAtQJIQMgACgC3AkgCk8EQCAKQQN0IQkMAQsgCkEDdCEJAn8gAwRAIAMgCSMHKAIAEQEADAELIAkjCCgCABEAAAshAyAAIAo2AtwJCyAAIAo2AtgJIAkEQCADIA4gCfwKAAALIAAgAzYC1AlBASELIAAoAqAJIRJBAiENAkACQAJAAn8gCC0AkAFBAXEEQCAILQCRAQwBCyAIKAKQAS8BKAsiFUH//wNxIg9B/v8Daw4CAAIBC0EAIQ1BACELDAELIBIoAkggD0EDbGoiCS0AAEHlAHEhCyAJLQABQQF0IQ0LIAAoAtgJIglBA3RBzABqIhMgACgC3AlBA3RLBEAgAyATIwcoAgARAQAhAyAAIBNBA3Y2AtwJIAAgAzYC1AkgACgC2AkhCQsgCEIANwPwASAIQgA3A+gBIAhCADcD4AEgCEIANwO4ASAIQQA2AsABIAhBATYC/AEgCEIANwPYASAIQQA7AcwBIAhCADcDsAEgCEIANwOgASAIQQA7Aa4BIAggFTsB0AEgCCALIA1yQf8BcUEYQQAgD0H9/wNLG3I7AcgBIAggCTYC1AEgAyAJQQN0aiIDIAgoAvwBNgIAIAMgCCkD8AE3AhwgAyAIKQPoATcCFCADIAgpA+ABNwIMIAMgCCkD2AE3AgQgAyAIKALUATYCJCADIAgvAdABOwEoIAMgCC8BzAE7ASogAyAILwHIATsBLCADIAgoAsABNgE+IAMgCCkDuAE3ATYgAyAIKQOwATcBLiADIAgvAa4BOwFCIAMgCCkDoAE3AkQgCEEANgKcASAIIAM2ApgBIAggCCkCmAE3A1ggCEHYAGogEhAVIAggCCkDkAE3A1AgCCAIKQKYATcDSAJAIAAgCEHQAGogCEHIAGoQbQRAQQAhAyAAKALACQRAA0AgCCAAKAK8CSADQQN0aikCADcDOCAXIAhBOGoQCiADQQFqIgMgACgCwAlJDQALCyAAQQA2AsAJIAggCCkDcCIhNwNoIAggITcDMCAXIAhBMGoQCiAAKALICSEDIAAgACgCvAk2AsgJIAAgAzYCvAkgACkCwAkhISAAIAApAswJNwLACSAAICE3AswJQQEhAyAAKAKgCSEMQQIhCQJAAkACQCACQf7/A2sOAgACAQtBACEJQQAhAwwBCyAMKAJIIB5qIgktAABB5QBxIQMgCS0AAUEBdCEJCyAKQQN0Ig1BzABqIgsgFkEDdEsEQCAOIAsjBygCABEBACEOCyAIQgA3A/ABIAhCADcD6AEgCEIANwPgASAIQgA3A7gBIAhBADYCwAEgCEEBNgKQASAIQgA3A9gBIAhBADsB0AEgCEIANwOwASAIQgA3A6ABIAggAjsB1AEgCCAFOwHIASAIIBwgAyAJckH/AXFyOwHMASAIIAo2AvwBIA0gDmoiAyAIKAKQATYCACADIAgpA/ABNwIcIAMgCCkD6AE3AhQgAyAIKQPgATcCDCADIAgpA9gBNwIEIAMgCCgC/AE2AiQgAyAILwHUATsBKCADIAgvAdABOwEqIAMgCC8BzAE7ASwgAyAIKALAATYBPiADIAgpA7gBNwE2IAMgCCkDsAE3AS4gAyAILwHIATsBQiADIAgpA6ABNwJEIAhBADYCnAEgCCADNgKYASAIIAgpA5gBNwMoIAhBKGogDBAVIAggCCkDmAE3A3AMAQtBACEDIABBADYCzAkgDARAA0AgCCAOIANBA3RqKQIANwNAIBcgCEFAaxAKIANBAWoiAyAMRw0ACwsgDkUNACAOIwkoAgARAgALIBBBAWoiCSAIKAKIASISTw0BIAgoAoQBIAlBBHRqIgMoAgwgFEYNAAsLIAAoAqAJIBlBBXQiEyAAKAKECSgCAGooAgAvAQAiCSACECshDwJAIAdFDQAgCSAPRw0AIAgoAnAiAyADLwEsQQRyOwEsCyAIKAJwIQMCQAJAIAYNACASQQFLDQAgGkECSQ0BCyADIAMvASxBGHI7ASxB//8DIQkLIAMgCTsBKiADIAMoAjwgBGo2AjwgACgChAkgCCAIKQNwIiE3A2AgCCAhNwMgQQAhCyAZIAhBIGpBACAPEBYgACgCwAkEQANAIAAoArwJIAtBA3RqKQIAISEgACgChAkiAygCACATaiIWKAIAIQkCfyADKAIoIgoEQCADIApBAWsiCjYCKCADKAIkIApBAnRqKAIADAELQaQBIwgoAgARAAALIgMgDzsBACADQQJqQQBBkgH8CwAgIachCiADQgA3ApgBIANBATYClAEgA0EANgKgAQJAAn8CQAJAIAkEQCADQQA2AhwgAyAhNwIUIAMgCTYCECADQQE7AZABIAMgCSkCBDcCBCADIAkoAgw2AgwgAyAJKAKYASIMNgKYASADIAkoAqABIh82AqABIAMgCSgCnAEiCTYCnAEgCkUNASAKQQFxIiANAiADIAotAC1BAnEEf0HiBAUgCigCIAsgDGo2ApgBQQAgCigCDCAKKAIUIhUbIQwgCigCECAKKAIEaiENIAooAhghDiAVIAooAghqDAMLIANCADcCBEEAIQkgA0EANgIMIAoNAwsgFiAJNgIIDAILIAMgDCAKQRp0QR91QeIEcWo2ApgBICFCIIinQf8BcSEMICFCOIinIg4gIUIwiKdB/wFxaiENICFCKIinQQ9xCyEVIAMgAygCBCANajYCBCADIAMoAgggFWqtIAwgDmpBACADKAIMIBUbaq1CIIaENwIIAkAgIEUEQEEAIQ4gAyAKKAIkIgwEfyAKKAI4BUEACyAJaiAKLwEsQQFxaiAKLwEoQf7/A0ZqNgKcASAMRQ0BIAooAjwhDgwBCyADIAkgCkEBdkEBcWo2ApwBQQAhDgsgAyAOIB9qNgKgAQsgFiADNgIAIAtBAWoiCyAAKALACUkNAAsLQQAhAyAUIBhGDQADQAJAIAEgA0YNACAAKAKECSIPKAIAIgogA0EFdGoiCSgCHA0AIAogE2oiFCgCHA0AIAkoAgAiDi8BACIVIBQoAgAiDS8BAEcNACAOKAIEIA0oAgRHDQAgDigCmAEgDSgCmAFHDQAjAUGUDGohDCAUKAIMIQoCQCAJKAIMIgtFDQAgC0EBcQ0AIAstACxBwABxRQ0AIAwgC0EwaiALKAIkGyEMCyMBQZQMaiELAkAgCkUNACAKQQFxDQAgCi0ALEHAAHFFDQAgCyAKQTBqIAooAiQbIQsLIAwoAhghFgJAIAsoAhgiCkEZTwRAIAogFkcNAiAMKAIAIQwgCygCACELDAELIAogFkcNAQsgDCALIAoQEg0AIA0vAZABBH9BACEDA0AgDygCNCEKIAkoAgAgCCANIANBBHRqIg4pAhg3AxggCCAOKQIQNwMQIAhBEGogChAgIANBAWoiAyAUKAIAIg0vAZABSQ0ACyAJKAIAIg4vAQAFIBULQf//A3FFBEAgCSAOKAKcATYCCAsgDyAZEBEgGEEBaiEYDAILIANBAWoiAyAZRw0ACwsgEEEBaiIQIBJJDQALIAAoAoQJKAIEIQsLIAhBgAJqJABBfyAaIAsgGk0bC5EKAhF/AX4jAEHAAWsiAyQAIAAoAoQJIAMgAikCADcDOCABIANBOGpBAEEBEBYgA0HcAGogACgChAkgASMCQQ1qQQBBABAZIAMoAmAEQCAAQbQJaiEOIABBiAlqIQ8DQCADKAJcIBBBBHRqIgUoAgghCyAFKAIEIQIgBSgCACEHIANCADcDUEIAIRQCQCACIgVFDQADQCADIAcgBUEBayIIQQN0IhFqKQIAIhQ3A0gCQAJAIBSnIgRBAXEEQCAUQgiDQgBSDQJBACEKQQEhDEEAIQYMAQsgBC0ALEEEcQ0BIAQgBCgCJCIGQQN0ayEKIAZFBEBBACEGQQEhDAwBC0EAIQxBACEEIAZBAUcEQCAGQX5xIRJBACENA0AgCiAEQQN0aiITKAIAIglBAXFFBEAgCSAJKAIAQQFqNgIAIAkoAgAaCyATKAIIIglBAXFFBEAgCSAJKAIAQQFqNgIAIAkoAgAaCyAEQQJqIQQgDUECaiINIBJHDQALCyAGQQFxRQ0AIAogBEEDdGooAgAiBEEBcQ0AIAQgBCgCAEEBajYCACAEKAIAGgsgCyACIAZqQQFrIgRJBEAgBEEDdCELAn8gBwRAIAcgCyMHKAIAEQEADAELIAsjCCgCABEAAAshByAEIQsLAkAgAiAFTQ0AIAIgBWtBA3QiAkUNACAHIAYgCGpBA3RqIAcgBUEDdGogAvwKAAALAkAgDA0AIAZBA3QhAiAHIBFqIQUgCgRAIAJFDQEgBSAKIAL8CgAADAELIAJFDQAgBUEAIAL8CwALAn8gAy0ASEEBcQRAIAMoAkghCCADLQBJDAELIAMoAkgiCC8BKAshAkEBIQUgACgCoAkhBiAILwFCIQlBAiEIAkACQAJAIAJB//8DcSIKQf7/A2sOAgACAQtBACEIQQAhBQwBCyAGKAJIIApBA2xqIggtAABB5QBxIQUgCC0AAUEBdCEICyAEQQN0IgxBzABqIg0gC0EDdEsEQCAHIA0jBygCABEBACEHCyADQgA3A7ABIANCADcDqAEgA0IANwOgASADQgA3A4ABIANBADYCiAEgA0EBNgK8ASADQgA3A5gBIANBADsBjgEgA0IANwN4IANCADcDaCADIAk7AXYgAyACOwGQASADIAUgCHJB/wFxQRhBACAKQf3/A0sbcjsBjAEgAyAENgKUASAHIAxqIgIgAygCvAE2AgAgAiADKQOwATcCHCACIAMpA6gBNwIUIAIgAykDoAE3AgwgAiADKQOYATcCBCACIAMoApQBNgIkIAIgAy8BkAE7ASggAiADLwGOATsBKiACIAMvAYwBOwEsIAIgAygCiAE2AT4gAiADKQOAATcBNiACIAMpA3g3AS4gAiADLwF2OwFCIAIgAykDaDcCRCADQQA2AkQgAyACNgJAIAMgAykDQDcDMCADQTBqIAYQFSADIAMpA0AiFDcDUCADIAMpA0g3AyggDyADQShqEAoMAgsgCCIFDQALQgAhFAsgACAAKAKQCkEBajYCkAoCQAJAIAAoArQJBEAgAyAOKQIANwMgIAMgAykDUDcDGCAAIANBIGogA0EYahBtRQ0BIAMgDikCADcDCCAPIANBCGoQCgsgDiAUNwIADAELIAMgAykDUDcDECAPIANBEGoQCgsgEEEBaiIQIAMoAmBJDQALCyAAKAKECSADKAJcKAIMEBEgACgChAkoAgAgAUEFdGpBAjYCHCADQcABaiQAC6cTAhh/AX4jAEEwayILJAAgC0EkaiAAKAKECSIJIAEjAkEMakEAQQAQGQJ/IAsoAigiGARAIABBhAFqIRMgAEGICWohGQNAIAkgCygCJCICKAIMIAEQJiACIAE2AgxBACERQQAhFANAIAsoAiQgFEEEdGoiAigCBCEVIAIoAgxBBXQiFiAAKAKECSgCAGooAgAvAQAhCiALIAIoAgAiFykCACIaNwMYAkAgGqciAkEBcQ0AQQAhECACKAIkIhJFDQADQCAKIQICQAJAAkACQCALKAIYIgogCigCJEEDdGsgEEEDdGopAgAiGqciB0EBcSIMRQRAQQAhCiAHKAIkQQBHIREgBy8BKCIJQf//A0YNAyAHLQAsQQRxRQ0BIAIhCgwDC0EAIREgB0EIcQRAIAIhCgwECyAHQYD+A3FBCHYhCQwBCyAJQf7/A0YNAQtBACEKAkAgACgCoAkiDSgCBCIEIAlNDQAgAkH//wNxIgggDSgCFE8NACANKAIYIQYgCSANKAIMSQRAAkACQCAGIAhNBEAgDSgCLCANKAIwIAggBmtBAnRqKAIAQQF0aiIELwEAIg5FBEBBACEEDAMLIARBAmohBkEAIQUDQCAGQQRqIQQgBi8BAiIPBH8gBCAPQQF0akEAIQMDQCAELwEAIAlGDQQgBEECaiEEIANBAWoiAyAPRw0ACwUgBAshBkEAIQQgBUEBaiIFIA5HDQALDAILIA0oAiggBCAIbEEBdGogCUEBdGovAQAhBAwBCyAGLwEAIQQLIA0oAjQgBEH//wNxQQN0aiIGLQAAIgRFDQEgBiAEQQN0aiIELQAADQEgAiAEQQhqIgJBBmsvAQAgAkEEay0AAEEBcRshCgwBCwJAIAYgCE0EQCANKAIsIA0oAjAgCCAGa0ECdGooAgBBAXRqIgIvAQAiCEUNAiACQQJqIQJBACEDA0AgAkEEaiEEIAIvAQIiDgR/IAQgDkEBdGoDQCAELwEAIAlGDQQgBEECaiEEIApBAWoiCiAORw0ACwUgBAshAkEAIQogA0EBaiIDIAhHDQALDAILIA0oAiggBCAIbEEBdGogCUEBdGovAQAhCgwBCyACLwEAIQoLIAwNAQsgByAHKAIAQQFqNgIAIAcoAgAaCyAAKAKECSIEKAIAIBZqIg4oAgAhCAJ/IAQoAigiAgRAIAQgAkEBayICNgIoIAQoAiQgAkECdGooAgAMAQtBpAEjCCgCABEAAAsiAyAKOwEAIANBAmpBAEGSAfwLACADQgA3ApgBIANBATYClAEgA0EANgKgAQJAIAMCfwJAAkAgCARAIANBADsAHSADIBE6ABwgAyAaNwIUIAMgCDYCECADQQE7AZABIANBADoAHyADIAgpAgQ3AgQgAyAIKAIMNgIMIAMgCCgCmAEiAjYCmAEgAyAIKAKgASIGNgKgASADIAgoApwBIgQ2ApwBIAdFDQEgDA0CIAMgBy0ALUECcQR/QeIEBSAHKAIgCyACajYCmAFBACAHKAIMIAcoAhQiAhshCCACIAcoAghqIQIgBygCGCEFIAcoAhAgBygCBGoMAwsgA0IANwIEQQAhBCADQQA2AgwgBw0DCyAOIAQ2AggMAgsgAyACIAdBGnRBH3VB4gRxajYCmAEgGkIgiKciD0H/AXEhCCAPQQh2QQ9xIQIgD0EYdiIFIA9BEHZB/wFxagsgAygCBGo2AgQgAyADKAIIIAJqrSAFIAhqQQAgAygCDCACG2qtQiCGhDcCCAJAIAxFBEBBACEMIAMgBygCJCICBH8gBygCOAVBAAsgBGogBy8BLEEBcWogBy8BKEH+/wNGajYCnAEgAkUNASAHKAI8IQwMAQsgAyAEIAdBAXZBAXFqNgKcAUEAIQwLIAMgBiAMajYCoAELIA4gAzYCACAQQQFqIhAgEkcNAAsLQQEhECAVQQFLBEADQCAXIBBBA3RqKQIAIRogACgChAkiBCgCACAWaiIPKAIAIQYCfyAEKAIoIgIEQCAEIAJBAWsiAjYCKCAEKAIkIAJBAnRqKAIADAELQaQBIwgoAgARAAALIgUgCjsBACAFQQJqQQBBkgH8CwAgGqchAyAFQgA3ApgBIAVBATYClAEgBUEANgKgAQJAIAUCfwJAAkAgBgRAIAVBADYCHCAFIBo3AhQgBSAGNgIQIAVBATsBkAEgBSAGKQIENwIEIAUgBigCDDYCDCAFIAYoApgBIgQ2ApgBIAUgBigCoAEiDjYCoAEgBSAGKAKcASICNgKcASADRQ0BIANBAXEiCA0CIAUgAy0ALUECcQR/QeIEBSADKAIgCyAEajYCmAFBACADKAIMIAMoAhQiBBshEiAEIAMoAghqIQwgAygCGCEGIAMoAhAgAygCBGoMAwsgBUIANwIEQQAhAiAFQQA2AgwgAw0DCyAPIAI2AggMAgsgBSAEIANBGnRBH3VB4gRxajYCmAEgGkIgiKdB/wFxIRIgGkIoiKdBD3EhDCAaQjiIpyIGIBpCMIinQf8BcWoLIAUoAgRqNgIEIAUgBSgCCCAMaq0gBiASakEAIAUoAgwgDBtqrUIghoQ3AggCQCAIRQRAQQAhDCAFIAMoAiQiBAR/IAMoAjgFQQALIAJqIAMvASxBAXFqIAMvAShB/v8DRmo2ApwBIARFDQEgAygCPCEMDAELIAUgAiADQQF2QQFxajYCnAFBACEMCyAFIAwgDmo2AqABCyAPIAU2AgAgEEEBaiIQIBVHDQALCyALIAspAxg3AxAgGSALQRBqEAogFyMJKAIAEQIAAkAgACgCYEUEQCAAKAKMCkUNAQsgACgCoAkhCiMBQasKaiEJAkACQAJAAn8gCy0AGEEBcQRAIAstABkMAQsgCygCGC8BKAtB//8DcSICQf7/A2sOAgACAQsjAUGqCmohCQwBC0EAIQkgCigCCCAKKAIEaiACTQ0AIAooAjggAkECdGooAgAhCQsgCyAJNgIAIBNBgAgjAUGlB2ogCxALGiAAKAJgIgIEQCAAKAJcQQAgEyACEQMACyATIQIgACgCjApFDQADQAJAAkAgAi0AACIJQSJGDQAgCUHcAEYNACAJDQEgACgCjAoiAkUNAyAAKAKECSAAKAKgCSACEB0jAUHrC2ogACgCjAoQFAwDC0HcACAAKAKMChAJIAItAAAhCQsgCcAgACgCjAoQCSACQQFqIQIMAAsACyAUQQFqIhQgCygCKEkNAAtBASARRQ0CGiALQSRqIAAoAoQJIgkgASMCQQxqQQBBABAZIAsoAigNAAsLIBhBAEcLIAtBMGokAAvFAwEHfyMAQRBrIQQCfyACLQAAIgdBAXFFBEAgAigCACIFQcQAQSggBSgCJCIGG2ovAQAhCCAFQSpqIAZFDQEaIAVBxgBqDAELIAItAAEhCCACQQJqCy8BACEGIAAoAqAJIgooAlghAAJAIAooAgBBDk0EQCAAIAFBAnRqIgkvAQAhBSAJLwECIQkgBEEAOwEMIAQgCTsBCiAEIAU7AQggACAGQQJ0aigBACEAIARBADsBBCAEIAA2AgAMAQsgBCAAIAFBBmxqIgUvAQQ7AQwgBCAFKAEAIgU2AgggBCAAIAZBBmxqIgAvAQQ7AQQgBCAAKAEANgIACwJAIAVB//8DcUH//wNGBEBBACEADAELAkAgAygCBEUNACAEKAIAIAQoAghzIAQvAQQgBC8BDHNyDQAgCi8BZCAIRwRAQQEhAAwCCyAHQQFxBH8gB0EGdkEBcQUgAigCAC8BLEEKdkEBcQsNAEEBIQAgAkECaiACKAIAQSpqIAdBAXEbLwEAIAFGDQELAn8gAigCACIAQQFxBEAgAi0ABwwBCyAAKAIQCyECQQAhACAIRSACQQBHckUNACAELwEKDQAgAy0ACCEACyAAQQFxC+QCAQN/AkAgACgCFCICIAEoAgQiA08EQCACQX9GDQEgACABKAIIIAIgA2tqIgM2AhQgACAAKAIMIgIgASgCICACIAEoAhhrIgRBACACIARPG2ogACgCCCICIAEoAhQiBEsbrUIghiABKAIcIAIgBGsiBEEAIAIgBE8baq2ENwIIIAMgASgCCE8NASAAQn83AgggAEF/NgIUDAELIAIgASgCACIDTQ0AIAAgAzYCFCAAIAEpAgw3AggLAkAgACgCECICIAEoAgQiA08EQCAAIAEoAgggAiADa2oiAzYCECAAIAAoAgQiAiABKAIgIAIgASgCGGsiBEEAIAIgBE8baiAAKAIAIgIgASgCFCIESxutQiCGIAEoAhwgAiAEayIEQQAgAiAETxtqrYQ3AgAgAyABKAIITw0BIABCfzcCACAAQX82AhAPCyACIAEoAgAiA00NACAAIAM2AhAgACABKQIMNwIACwuDDQEUfyMAQSBrIg4kACAAKAKECSILKAIEIhAgAUsEQCACQf3/A0shFSACQQF0IRYgECETIAEhDANAIAsoAgAhEgJAIAwgEEsEQCASIAxBBXRqIQ0gECEDA0ACQCASIANBBXRqIgQoAhwNACANKAIcDQAgBCgCACIILwEAIgkgDSgCACIHLwEARw0AIAgoAgQgBygCBEcNACAIKAKYASAHKAKYAUcNACMBQZQMaiEKIA0oAgwhBQJAIAQoAgwiBkUNACAGQQFxDQAgBi0ALEHAAHFFDQAjAUGUDGogBkEwaiAGKAIkGyEKCyMBQZQMaiEGAkAgBUUNACAFQQFxDQAgBS0ALEHAAHFFDQAjAUGUDGogBUEwaiAFKAIkGyEGCyAKKAIYIRQCQCAGKAIYIgVBGU8EQCAFIBRHDQIgCigCACEKIAYoAgAhBgwBCyAFIBRHDQELIAogBiAFEBINACAHLwGQAQR/QQAhAwNAIAsoAjQhCSAEKAIAIA4gByADQQR0aiIIKQIYNwMIIA4gCCkCEDcDACAOIAkQICADQQFqIgMgDSgCACIHLwGQAUkNAAsgBCgCACIILwEABSAJC0UEQCAEIAgoApwBNgIICyALIAwQEQwDCyADQQFqIgMgDEcNAAsLIBIgDEEFdGooAgAvAQAhAyAAQQA2AqwJIAAoAqAJIQcCQCACBEBBACEEQQAhBSAVRQRAAkACQCAHKAIYIgkgA00EQCAHKAIsIAcoAjAgAyAJa0ECdGooAgBBAXRqIgMvAQAiBUUEQEEAIQMMAwsgA0ECaiEJQQAhCANAIAlBBGohAyAJLwECIgoEfyADIApBAXRqQQAhBANAIAMvAQAgAkYNBCADQQJqIQMgBEEBaiIEIApHDQALBSADCyEJQQAhAyAIQQFqIgggBUcNAAsMAgsgBygCKCAHKAIEIANsQQF0aiAWai8BACEDDAELIAkvAQAhAwsgBygCNCADQf//A3FBA3RqIgNBCGohBSADLQAAIQQLIAAgBSAEEEchCiAAKAKsCSEDDAELAkAgBygCGCIJIANNBEAgBygCLCAHKAIwIAMgCWtBAnRqKAIAQQF0aiIDQQJqIQkgAy8BACEIQQAhC0EAIQ1BACEKA0ACfyAJIANBAmoiBEYEQCAIQf//A3FFDQQgA0EGaiIGIAMvAQRBAXRqIQkgCEEBayEIQQAhCyAGIAMvAQYiBSAHKAIMTw0BGiAHKAI0IAQvAQBBA3RqIgNBCGohDSADLQAAIQsgBgwBCyAELwEAIQUgBAshAyAFQf//A3EiBkUNACAAKAKgCSgCDCAGTQ0AIAAgDSALQf//A3EQRyAKciEKDAALAAtBASEJIAcoAiggBygCBCADbEEBdGohCEEAIQ1B//8DIQNBACEKA0AgBygCBCEGA0ACQCAGQQAgA0EBaiAJQQFxGyIDQf//A3EiBE0NAANAIAggBEEBdGovAQANASAGIANBAWoiA0H//wNxIgRLDQALCyAEIAZPDQJBACEJQQAhCyADQf//A3EiBSAHKAIMSQRAIAcoAjQgCCAEQQF0ai8BAEEDdGoiBEEIaiENIAQtAAAhCwsgBUUNACAAKAKgCSgCDCAFTQ0ACyAAIA0gCxBHIApyIQoMAAsAC0EBIQggACgCrAkiA0EBTQ0AA0AgACgCqAkiBSAIQQR0aiIDLwEEIQYgAygCACEHIA4gAy8BDjsBGCAOIAMpAQY3AxACQCAIIgNBAEwNAANAIAAoAqgJIgUgA0EBayIJQQR0aiIELwEEIAZPDQEgBSADQQR0aiIFIAQpAgA3AgAgBSAEKQIINwIIIANBAUsgCSEDDQALIAAoAqgJIQVBACEDCyAFIANBBHRqIgMgBjsBBCADIAc2AgAgAyAOKQMQNwEGIAMgDi8BGDsBDiAIQQFqIgggACgCrAkiA0kNAAsLQQAhBAJAIANFBEBBfyEFDAELA0AgACAMIAAoAqgJIARBBHRqIgMvAQQgAygCACADKAIIIAMvAQxBAUEAEE0hBSAEQQFqIgMhBCADIAAoAqwJSQ0ACwtBASEDAkAgCkEBcUUEQAJAIAVBf0YNACARQQVLDQAgACgChAkgBSAMECYMAwsgAg0BIA8hAwsgEyAMQQFqIAEgDEYbIQwgAyEPDAELIAAoAoQJIAwQEQsgEUEBaiERIAwgACgChAkiCygCBCITSQ0ACwsgDkEgaiQAIA9BAXEL2wcCDH8DfiABIANyBEAgAUEARyEGIANBAEchBwNAIAAgCkEYbGohBQJ/IAtBAXEiDgRAIAUpAgghEiAFKAIUDAELIAZBAXFFBEBCfyESQX8MAQsgBSkCACESIAUoAhALIQUgAiANQRhsaiEGAkAgBQJ/IAxBAXEiDwRAIAYpAgghESAGKAIUDAELIAdBAXFFBEBCfyERQX8MAQsgBikCACERIAYoAhALIgZJBEACQCAOIA9GDQACQCAEKAIEIgZFDQAgCSAEKAIAIAZBGGxqIgdBBGsiCCgCAEsNACAIIAU2AgAgB0EQayASNwIADAELIAUgCU0NACAEKAIAIQggBCAGQQFqIgcgBCgCCCIPSwR/QQggD0EBdCIGIAcgBiAHSxsiBiAGQQhNGyIHQRhsIQYCfyAIBEAgCCAGIwcoAgARAQAMAQsgBiMIKAIAEQAACyEIIAQgBzYCCCAEKAIEIgZBAWoFIAcLNgIEIAQgCDYCACAIIAZBGGxqIgYgBTYCFCAGIAk2AhAgBiASNwIIIAYgEzcCAAsgC0EBcyELIAogDmohCgwBCyALIAxzIQcCQCAFIAZLBEACQCAHQQFxRQ0AAkAgBCgCBCIFRQ0AIAkgBCgCACAFQRhsaiIHQQRrIggoAgBLDQAgCCAGNgIAIAdBEGsgETcCAAwBCyAGIAlNDQAgBCgCACEIIAQgBUEBaiIHIAQoAggiDksEf0EIIA5BAXQiBSAHIAUgB0sbIgUgBUEITRsiB0EYbCEFAn8gCARAIAggBSMHKAIAEQEADAELIAUjCCgCABEAAAshCCAEIAc2AgggBCgCBCIFQQFqBSAHCzYCBCAEIAg2AgAgCCAFQRhsaiIFIAY2AhQgBSAJNgIQIAUgETcCCCAFIBM3AgALIAxBAXMhDAwBCwJAIAdBAXFFDQACQCAEKAIEIgVFDQAgCSAEKAIAIAVBGGxqIgdBBGsiCCgCAEsNACAIIAY2AgAgB0EQayARNwIADAELIAYgCU0NACAEKAIAIQcgBCAFQQFqIgggBCgCCCIQSwR/QQggEEEBdCIFIAggBSAISxsiBSAFQQhNGyIIQRhsIQUCfyAHBEAgByAFIwcoAgARAQAMAQsgBSMIKAIAEQAACyEHIAQgCDYCCCAEKAIEIgVBAWoFIAgLNgIEIAQgBzYCACAHIAVBGGxqIgUgBjYCFCAFIAk2AhAgBSARNwIIIAUgEzcCAAsgDEEBcyEMIAtBAXMhCyAKIA5qIQoLIA0gD2ohDSAGIQUgESESCyADIA1LIQcgEiETIAUhCSABIApLIgYNACAHDQALCwvkBwEPfwJAIAIgBE0EQCACIARHDQEgAyAFTQ0BCyAAQgA3AgAgAEIANwIQIABCADcCCA8LIAFBCGooAgAhCiABQRBqKAIAIQcgASgCFCEUIAEoAgQhCCABKAIAIQ4gACABKQIQNwIQIAAgASkCCDcCCCAAIAEpAgA3AgACQCAHKAIAIgFBAXENAANAIAEoAiRFDQEgAS8BQiIPBH8gFCgCCCIHKAJUIAcvASQgD2xBAXRqBUEACyETIAEoAiQiFUUNAQJ/IAEgFUEDdGsiECgCACIBQQFxIgdFBEAgAS8BLEECdkEBcQwBCyABQQN2QQFxCyILRSERQQAhDAJAIAsNACATRQ0AIBMvAQAhDEEBIRELAn8gB0UEQEEAIAogASgCFCIHGyELIAEoAhghCSABKAIQIQ0gByAIagwBCyAQLQAHIg0hCSAKIQsgCAshByAJIAtqIQkCQAJAIAQgB0sNACAEIAdGIAUgCUtxDQAgByAIRiAJIApGcUUEQCACIAdHDQIgAyAJTw0BDAILIAIgCEcNASADIApNDQELQQEhCyAVQQFGDQIgDSAOaiEOA0BBACEMAn8gECALQQN0aiIPKAIAIgFBAXEiDQRAIAFBA3ZBAXEMAQsgAS8BLEECdkEBcQtFBEAgEwR/IBMgEUEBdGovAQAFQQALIQwgEUEBaiERCwJ/IAtFBEAgCSEKIAcMAQsCfyANBEAgDy0ABUEPcSEIIA8tAAYhEiAPLQAEDAELIAEoAgghCCABKAIEIRIgASgCDAtBACAJIAgbaiEKIA4gEmohDiAHIAhqCyEIAn8gDQRAIA8tAAciEiEJIAohDSAIDAELQQAgCiABKAIUIgcbIQ0gASgCGCEJIAEoAhAhEiAHIAhqCyEHIAkgDWohCQJAIAQgB0sNACAEIAdGIAUgCUtxDQACQAJAIAcgCEcNACAJIApHDQAgAiAIRw0BIAMgCk0NAQwCCyACIAdHDQAgAyAJTw0BCyAPIRAMAgsgDiASaiEOIAtBAWoiCyAVRw0ACwwCCyACIAhJDQEgAiAIRiADIApJcQ0BAkACQCAGBEAgAUEBcQR/IAFBAXZBAXEFIAEvASxBAXELIAxyDQEMAgsCQCAMQf7/A2sOAgIBAAsCQCAMRQRAIAFBAXFFDQEgAUECcUUNAyABQQJ2QQFxDQIMAwsgFCgCCCgCSCAMQQNsai0AAUEBcUUNAgwBCyABLwEsIgFBAXFFDQEgAUEBdkEBcUUNAQsgACAUNgIUIAAgEDYCECAAIAw2AgwgACAKNgIIIAAgCDYCBCAAIA42AgALIBAoAgAiAUEBcUUNAAsLC+YGARB/IAIgA0sEQCAAQgA3AgAgAEIANwIQIABCADcCCA8LIAFBCGooAgAhCCABQRBqKAIAIQUgASgCFCETIAEoAgQhCyABKAIAIQkgACABKQIQNwIQIAAgASkCCDcCCCAAIAEpAgA3AgACQCAFKAIAIgFBAXENAANAIAEoAiRFDQEgAS8BQiIMBH8gEygCCCIFKAJUIAUvASQgDGxBAXRqBUEACyESIAEoAiQiFEUNAQJ/IAEgFEEDdGsiDCgCACIBQQFxIgVFBEAgAS8BLEECdkEBcQwBCyABQQN2QQFxCyIHRSEOQQAhCgJAIAcNACASRQ0AIBIvAQAhCkEBIQ4LAn8gBUUEQEEAIAggASgCFCIFGyENIAEoAhghBiABKAIQIQcgBSALagwBCyAMLQAHIgchBiAIIQ0gCwshBQJAAkAgByAJaiIPIANJDQAgB0UEQCAMIQYMAgsgAiAPTw0AIAwhBgwBC0EBIQcgFEEBRg0CIAYgDWohCANAQQAhCgJ/IAwgB0EDdGoiBigCACIBQQFxIhAEQCABQQN2QQFxDAELIAEvASxBAnZBAXELRQRAIBIEfyASIA5BAXRqLwEABUEACyEKIA5BAWohDgsCfyAHRQRAIAUhCyAPDAELAn8gEARAIAYtAAVBD3EhCSAGLQAGIREgBi0ABAwBCyABKAIIIQkgASgCBCERIAEoAgwLQQAgCCAJG2ohCCAFIAlqIQsgDyARagshCQJ/IBAEQCAGLQAHIg0hESAIIRAgCwwBC0EAIAggASgCFCIFGyEQIAEoAhghESABKAIQIQ0gBSALagshBSADIAkgDWoiD00EQCANRQ0CIAIgD0kNAgsgECARaiEIIAdBAWoiByAURw0ACwwCCyACIAlJDQECQAJAIAQEQCABQQFxBH8gAUEBdkEBcQUgAS8BLEEBcQsgCnINAQwCCwJAIApB/v8Daw4CAgEACwJAIApFBEAgAUEBcUUNASABQQJxRQ0DIAFBAnZBAXENAgwDCyATKAIIKAJIIApBA2xqLQABQQFxRQ0CDAELIAEvASwiAUEBcUUNASABQQF2QQFxRQ0BCyAAIBM2AhQgACAGNgIQIAAgCjYCDCAAIAg2AgggACALNgIEIAAgCTYCAAsgBigCACIBQQFxRQ0ACwsLzAYCFX8BfiABKAIEIQogASgCCCEGIAEoAhQhECABKAIAIQQgASgCECgCACEBAkADQCAZQiCIpyESIBmnIRMDQEEAIQtBACEHQQAhCEEAIQxBACEJAn9BACABQQFxDQAaIAEoAiRFBEBBAAwBCyABLwFCIgUEQCAQKAIIIgcoAlQgBy8BJCAFbEEBdGohDAsgCiEHIAYhCCABIQkgBAshBUEAIQ0DQAJAIAlFDQAgCyAJQSRqKAIAIgFGDQADQEEAIQ4CfyALQQN0QQAgCSABQQN0ayAJQQFxG2oiASgCACIEQQFxIgYEQCAEQQN2QQFxDAELIAQvASxBAnZBAXELRQRAIAwEfyAMIA1BAXRqLwEABUEACyEOIA1BAWohDQsCfyALRQRAIAUhBCAIIQYgBwwBCwJ/IAYEQCABLQAFQQ9xIQogAS0ABCEGIAEtAAYMAQsgBCgCDCEGIAQoAgghCiAEKAIEC0EAIAggChsgBmohBiAFaiEEIAcgCmoLIQogACAQNgIUIAAgATYCECAAIA42AgwgACAGNgIIIAAgCjYCBCAAIAQ2AgACfyABKAIAIgVBAXEEQCABLQAHIgUhCCAGIQ8gCgwBC0EAIAYgBSgCFCIHGyEPIAUoAhghCCAFKAIQIQUgByAKagshByALQQFqIQsgCCAPaiEIIAQgBWohBQJAAn8gASkCACIZpyIBQQFxBEAgGUI4iKcMAQsgASgCEAsgBGogAk0NAAJAIAMEQCAZp0EBcQR/IAFBAXZBAXEFIAEvASxBAXELIA5yRQ0BDAgLAkAgDkH+/wNrDgIBCAALIA5FBEAgGadBAXEEQCABQQJxRQ0CIAFBAnZBAXFFDQIMCQsgAS8BLCIPQQFxRQ0BIA9BAXZBAXFFDQEMCAsgECgCCCgCSCAOQQNsai0AAUEBcQ0HCyAZp0EBcQ0AIAEoAiRFDQAgASgCMEUNACALIAkoAiRGDQQgB60gCK1CIIaEIRlBASERIAkhFCAFIRUgCyEWIA0hFyAMIRgMBQsgCyAJKAIkIgFHDQALCyARQQAhESAVIQUgEyEHIBIhCCAWIQsgFyENIBghDCAUIQkNAAsLCyAAQgA3AgAgAEIANwIQIABCADcCCAsL6hACKX8CfiMAQcABayIDJAAgAyABKAIQIicpAgAiLDcDiAEgLEI4iCEtICynIgRBAXEEfyAtpyAsQjCIp0H/AXFqBSAEKAIQIAQoAgRqCyEoIARBAXEEfyAtpwUgBCgCEAshESABKAIQIQUCfyABKAIUIggoAgAiCUEBcQRAIAgtAAVBD3EhBiAILQAGIQogCC0ABAwBCyAJKAIIIQYgCSgCBCEKIAkoAgwLIQQgASgCACEJIAMgCDYCvAEgAyAINgK4ASADQQA2ArQBIAMgBDYCsAEgAyAGNgKsASADIAo2AqgBAkACQAJAIAUgCEYNACADIAMpArABNwNwIAMgAykCuAE3A3ggAyADKQKoATcDaCADIAEpAgg3A1ggAyABKQIQNwNgIAMgASkCADcDUCADQZABaiADQegAaiADQdAAahAYAn8CQCADKAKgASIMIAVGDQAgDEUNAANAAkAgAyADKQKgASIsNwO4ASADIAMpApgBIi03A7ABIANBQGsgLTcDACADICw3A0ggAyADKQKQASIsNwOoASADICw3AzggAyABKQIINwMoIAMgASkCEDcDMCADIAEpAgA3AyAgA0GQAWogA0E4aiADQSBqEBggAygCoAEiBCAFRg0AIAQNAQsLIAMoArgBIghFDQIgAygCsAEhBCADKAKsASEGIAMoAqgBIQogAygCvAEMAQsgCAshDCAJIBFqIRtBMEE0IAIbISlBACERA0ACQAJAIAgoAgAiAUEBcQ0AIAEoAiRFDQBBACEHQQAhEiABLwFCIgUEQCAMKAIIIgkoAlQgCS8BJCAFbEEBdGohEgsCQAJAIAEoAiQiI0UNAAJ/IAEgI0EDdGsiCCgCACIBQQFxIgVFBEAgAS8BLEECdkEBcQwBCyABQQN2QQFxCyIHRSETQQAhCwJAIAcNACASRQ0AIBIvAQAhC0EBIRMLAn8gBUUEQEEAIAQgASgCFCIFGyEOIAUgBmohJCABKAIQIQcgASgCGAwBCyAGISQgBCEOIAgtAAciBwshDyAIICdGBEBBACEHDAELAkACQCAHIApqIiAgG0sNACAbICBGBEAgKA0BIAMgCCkCACIsNwMYIAMgLDcDgAEgAyADKQOIATcDECADQRhqIANBEGoQPA0BIAgoAgAhAQsCQAJAAkAgAkUEQEEBIQcgCCEFIAwhCQJAIAtB/v8Daw4CAgQACyALRQRAAn8gAUEBcUUEQCABLwEsIgFBAXFFDQQgAUEBdkEBcQwBCyABQQJxRQ0DIAFBAnZBAXELRQ0CDAMLIAwoAggoAkggC0EDbGotAAFBAXENAgwBC0EBIQcCfyABQQFxRQRAIAEvASxBAXEMAQsgAUEBdkEBcQsgC3INAQsCQCAIKAIAIgFBAXENACABKAIkRQ0AQQAhByABIClqKAIADQFBACEKQQAhBkEAIQRBACELQQAhBUEAIQkMAgtBACEKQQAhBkEAIQRBACELQQAhBUEAIQlBACEHDAELIAghBSAMIQkLQQEhJSAjQQFGDQMgDiAPaiEQA0AgByEUIAkhFSAFIQ4gCyEWIAQhFyAGIRggCiEZQQAhDwJ/IAggJUEDdGoiDSgCACIBQQFxIgYEQCABQQN2QQFxDAELIAEvASxBAnZBAXELRQRAIBIEfyASIBNBAXRqLwEABUEACyEPIBNBAWohEwsCfyAGBEAgDS0ABCEKIA0tAAYhByANLQAFQQ9xDAELIAEoAgwhCiABKAIEIQcgASgCCAshBEEAIBAgBBsgCmohECAEICRqIRoCfyAGBEAgDS0AByIGISogECErIBoMAQtBACAQIAEoAhQiBBshKyABKAIYISogASgCECEGIAQgGmoLISQgDSAnRgRAIBQhByAVIQkgDiEFIBYhCyAXIQQgGCEGIBkhCgwFCwJAIAYgByAgaiImaiIgIBtLDQAgGyAgRgRAICgNASADIA0pAgAiLDcDCCADICw3A4ABIAMgAykDiAE3AwAgA0EIaiADEDwNASANKAIAIQELAkACQAJAAkAgAgRAQQEhByABQQFxBH8gAUEBdkEBcQUgAS8BLEEBcQsgD3JFDQEMAgtBASEHICYhCiAaIQYgECEEIA8hCyANIQUgDCEJAkAgD0H+/wNrDgIBBAALAkAgD0UEQCABQQFxRQ0BIAFBAnFFDQIgAUECdkEBcUUNAgwDCyAMKAIIKAJIIA9BA2xqLQABQQFxRQ0BDAILIAEvASwiAUEBcUUNACABQQF2QQFxDQELIA0oAgAiAUEBcQ0BIAEoAiRFDQEgGSEKIBghBiAXIQQgFiELIA4hBSAVIQkgFCEHIAEgKWooAgBFDQJBACEHCyAmIQogGiEGIBAhBCAPIQsgDSEFIAwhCQwBCyAZIQogGCEGIBchBCAWIQsgDiEFIBUhCSAUIQcLICogK2ohECAlQQFqIiUgI0cNAQwFCwsgJiEKIBAhBCAaIQYgDSEIDAELQQAhGUEAIRhBACEXQQAhFkEAIQ5BACEVQQAhFAsgDkUNAyAZIR8gGCEeIBchHSAWISIgDiEcIBUhESAUISEMAwtBACEJQQAhBUEAIQtBACEEQQAhBkEAIQoLIAdBAXEEQCAAIAk2AhQgACAFNgIQIAAgCzYCDCAAIAQ2AgggACAGNgIEIAAgCjYCAAwGCyAFRQ0AIAkhDCAFIQgMAQsgIUEBcQ0DQQAhIiARIQwgHCEIIB0hBCAeIQYgHyEKQQAhH0EAIR5BACEdQQAhHEEAIRFBACEhCyAIDQALCyAAQgA3AgAgAEIANwIQIABCADcCCAwBCyAAIBE2AhQgACAcNgIQIAAgIjYCDCAAIB02AgggACAeNgIEIAAgHzYCAAsgA0HAAWokAAvYCgIifwJ+IwBBkAFrIgMkAAJ/IAEoAhApAgAiJaciHkEBcQRAICVCOIinDAELIB4oAhALIR8gASgCECEGAn8gASgCFCIEKAIAIgVBAXEEQCAELQAEIQsgBC0ABiEMIAQtAAVBD3EMAQsgBSgCDCELIAUoAgQhDCAFKAIICyEPIAEoAgAhFyADIAQ2AowBIAMgBDYCiAEgA0EANgKEASADIAs2AoABIAMgDzYCfCADIAw2AngCQAJAAkAgBCAGRg0AIAMgAykCgAE3A1AgAyADKQKIATcDWCADIAMpAng3A0ggAyABKQIINwM4IANBQGsgASkCEDcDACADIAEpAgA3AzAgA0HgAGogA0HIAGogA0EwahAYAn8CQCADKAJwIgUgBkYNACAFRQ0AA0ACQCADIAMpAnAiJTcDiAEgAyADKQJoIiY3A4ABIAMgJjcDICADICU3AyggAyADKQJgIiU3A3ggAyAlNwMYIAMgASkCCDcDCCADIAEpAhA3AxAgAyABKQIANwMAIANB4ABqIANBGGogAxAYIAMoAnAiBSAGRg0AIAUNAQsLIAMoAogBIgRFDQIgAygCgAEhCyADKAJ8IQ8gAygCeCEMIAMoAowBDAELIAQLIRMgFyAfaiEhQTBBNCACGyEiA0AgEyESQQAhDUEAIRBBACEOQQAhFAJAAn8CQAJAAkACf0EAIAQoAgAiBkEBcQ0AGiAGKAIkRQRAQQAMAQsgBi8BQiIBBEAgEigCCCIFKAJUIAUvASQgAWxBAXRqIRQLIAwhDSAPIRAgCyEOIAYLIgEEQEEAIRVBACABIAEoAiQiI0EDdGsgAUEBcRshJEEAIQFBACETQQAhBEEAIQtBACEPQQAhDAJAA0AgASAjRg0BQQAhEQJ/ICQgAUEDdGoiCigCACIHQQFxIhYEQCAHQQN2QQFxDAELIAcvASxBAnZBAXELRQRAIBQEfyAUIBVBAXRqLwEABUEACyERIBVBAWohFQsCfyABRQRAIA4hBiAQIQUgDQwBCwJ/IBYEQCAKLQAFQQ9xIQggCi0ABiEJIAotAAQMAQsgBygCCCEIIAcoAgQhCSAHKAIMC0EAIA4gCBtqIQYgCCAQaiEFIAkgDWoLIQgCfyAWBEAgCi0AByINIQ4gBiEJIAUMAQtBACAGIAcoAhQiEBshCSAHKAIYIQ4gBygCECENIAUgEGoLIRAgAUEBaiEBIAkgDmohDiAIIA1qIg0gIU0NACAIIBdNIAggF0kgHxtBAUYEQCAHIB5GDQEgEiETIAohBCAGIQsgBSEPIAghDAwBCwJAIAIEQCAWBH8gB0EBdkEBcQUgBy8BLEEBcQsgEXJFDQEMBwsCQCARQf7/A2sOAgEHAAsgEUUEQCAWBEAgB0ECcUUNAiAHQQJ2QQFxDQgMAgsgBy8BLCIJQQFxRQ0BIAlBAXZBAXENBwwBCyASKAIIKAJIIBFBA2xqLQABQQFxDQYLIAooAgAiCUEBcQ0AIAkoAiRFDQAgCSAiaigCAEUNAAsgBA0CIAohBCASIRMgBiELIAUhDyAIIQwMBgsgBA0FCyAYDQFBACEYIBohBCAZIRMgGyELIBwhDyAdIQwMBAtBAAwCCyAAIBk2AhQgACAaNgIQIAAgIDYCDCAAIBs2AgggACAcNgIEIAAgHTYCAAwGCyAERQ0EQQELIRggCCEdIAUhHCAGIRsgESEgIAohGiASIRkLIAQNAAsLIABCADcCACAAQgA3AhAgAEIANwIIDAELIAAgEjYCFCAAIAo2AhAgACARNgIMIAAgBjYCCCAAIAU2AgQgACAINgIACyADQZABaiQACy4BAX8jAEEQayIBIAAoAhAoAgAiADYCDCABQQxqQQJyIABBKmogAEEBcRsvAQALlBEBDH8jAEGwAWsiCiQAQcACIwgoAgARAAAiC0IANwARIAtBAToAECALIwFBoQpqNgIMIAtBADoACyALIAU6AAogCyAEOwEIIAsgADcCACALQgA3ABkgC0IANwAgIAEhBEEBIQxBCCEPA0ACQCALIAxBKGwiEWoiBkEoaygCACIHRQRAAkAgBkEYay0AAA0AIAQgASACQQFLIgUbIAIjAUHpC2pBABALIARqIQQgBkEcaygCACIHRQ0AIAogBzYCACAEIAEgBRsgAiMBQeYLaiAKEAsgBGohBAsgBCABIAJBAUsbIAIjAUH9CmpBABALIARqIQQgDEEBayEMDAELAkACQCAGQRdrIg4tAABBAUYEQCAHQQFxDQIMAQsCQAJAAkACQAJAAkACQCAHQQFxIgkEfyAHQQV2QQFxBSAHLwEsQQl2QQFxCw0AIAZBIGsvAQAiCARAIAZBHmstAAANASAGQRhrLQAADQMMBAsCfyAJBEAgB0ECcUUNAyAHQQJ2QQFxDAELIAcvASwiBUEBcUUNAiAFQQF2QQFxC0UNAQsCQCAGQRhrLQAADQAgBCABIAJBAUsiBRsgAiMBQekLakEAEAsgBGohBCAGQRxrKAIAIghFDQAgCiAINgJgIAQgASAFGyACIwFB5gtqIApB4ABqEAsgBGohBAsCQCAHQQFxIgVFBEACQCAHLwEoIghB//8DRw0AIAcoAiQNACAHKAIQRQ0AIAQgASACQQFLIgUbIAIjAUHZC2pBABALIARqIgggASAFGyEEAn8CQAJAAkACQAJAAkAgBygCMCIFQQFqDg8AAQUFBQUFBQUFAwIFBQQFCyAEIAIjAUHBCmpBABALDAULIAQgAiMBQcULakEAEAsMBAsgBCACIwFBlQtqQQAQCwwDCyAEIAIjAUGLC2pBABALDAILIAQgAiMBQZALakEAEAsMAQsgBUEga0HeAE0EQCAKIAU2AkAgBCACIwFBwAtqIApBQGsQCwwBCyAKIAU2AlAgBCACIwFB7AlqIApB0ABqEAsLIAhqIQRBASEIDAgLIAZBIGsvAQAiCSAIIAkbIQkMAQsgBkEgay8BACIJDQAgB0GA/gNxQQh2IQkLIwFBqwpqIQgCQAJAAkAgCUH+/wNrDgIAAgELIwFBqgpqIQgMAQtBACEIIAMoAgggAygCBGogCU0NACADKAI4IAlBAnRqKAIAIQgLIAQgASACQQFLGyEJIAUEfyAHQQV2QQFxBSAHLwEsQQl2QQFxCwRAIAkgAiMBQc8LakEAEAsgBGohBCAGQR5rLQAARQRAIAUEfyAHQQJ2QQFxBSAHLwEsQQF2QQFxC0UNBQsgCiAINgIgQQEhCCAEIAEgAkEBSxsgAiMBQd8HaiAKQSBqEAsgBGohBCAHQQFxRQ0GDAULIAogCDYCECAJIAIjAUHeB2ogCkEQahALIARqIQRBASEIIAdBAXFFDQUMBAsgBkEYay0AAEUNASAJBEAgB0GA/gNxQQh2IQgMAQsgBy8BKCEICyMBQasKaiEFAkACQAJAIAhB//8DcSIIQf7/A2sOAgACAQsjAUGqCmohBQwBC0EAIQUgAygCCCADKAIEaiAITQ0AIAMoAjggCEECdGooAgAhBQsCfwJAIAlFBEAgBygCJEUNASAKIAU2ApABIAQgASACQQFLGyACIwFB3gdqIApBkAFqEAsgBGohBEEAIQgMBgsgB0ECdkEBcQwBCyAHLwEsQQF2QQFxCyAEIAEgAkEBSxshCARAIAogBTYCgAEgCCACIwFB8QpqIApBgAFqEAsgBGohBAwBCyAKIAU2AnAgCCACIwFBhAtqIApB8ABqEAsgBGohBAtBACEIIAkNAQwCCyAKIAg2AjBBASEIIAQgASACQQFLGyACIwFBygtqIApBMGoQCyAEaiEEIAdBAXFFDQELIAZBFmsgCDoAACAOQQE6AAAMAgsCQCAHKAIkRQ0AIAZBDGsgBy8BQiIFBH8gAygCVCADLwEkIAVsQQF0agVBAAs2AgAgBkEEayEFIAZBCGshCSADKAIgRQRAIAlBADYCACAFQQA2AgAMAQsgAygCQCAHLwFCQQJ0aiINLwECIRAgCSANLwEAQQJ0IgkgAygCRGo2AgAgBSADKAJEIAlqIBBBAnRqNgIACyAGQRZrIAg6AAAgDkEBOgAACyAGQRRrIggoAgAiBSAHKAIkIglPDQAgByAJQQN0ayAFQQN0aiIFKQIAIQAgBSgCACEFIApCADcDqAEgCkIANwOgASAKQgA3A5gBAn8gBUEBcQR/IAVBA3ZBAXEFIAUvASxBAnZBAXELBEBBACEJQQAhBUEADAELQQAhCQJ/IAZBDGsoAgAiBUUEQEEAIQVBAAwBCyAFIAZBEGsoAgBBAXRqLwEAIgVBAmpB//8DcUEDTwRAIAMoAkggBUEDbGotAAFBAEcMAQsgBQsgBkEWay0AAEUEQCAGQRxrKAIAIQkLAkAgBkEIaygCACIHIAZBBGsoAgAiDU8NACAGQRBrIRADQAJAIActAAMNACAQKAIAIActAAJHDQAgAygCPCAHLwEAQQJ0aigCACEJDAILIAdBBGoiByANSQ0ACwsgBkEQayIGIAYoAgBBAWo2AgBBAXELIQcgCCAIKAIAQQFqNgIAIA8gDEEBaiIMSQRAIAtBCCAPQQF0IgYgDCAGIAxLGyIGIAZBCE0bIg9BKGwjBygCABEBACELCyALIBFqIgYgCTYCDCAGQQA6AAsgBiAHOgAKIAYgBTsBCCAGIAA3AgAgBiAKKQOYATcCECAGIAopA6ABNwIYIAYgCikDqAE3AiAMAQsgBkEWay0AAEEBRgRAIAQgASACQQFLGyACIwFBiQtqQQAQCyAEaiEECyAMQQFrIQwLIAwNAAsgCyMJKAIAEQIAIApBsAFqJAAgBCABawsyAgF/AX4gACgCACEBIAAoAhApAgAiAqciAEEBcQRAIAJCOIinIAFqDwsgACgCECABagvaAwIFfwF+IwBBEGsiBSQAAkAgACgCdCICRQRAIAAoAiAhAwwBCwJAIAAoAgAiA0EKRgRAIABBAToAgAEgAEEANgIoIABBADYCfCAAIAAoAiRBAWo2AiQgACgCICEEDAELAkAgACgCICIERSADQf/9A0ZxDQAgAC0AgAFBAUcNACAAIAAoAnxBAWo2AnwLIAAgACgCKCACajYCKAsgACACIARqIgM2AiALIAAoAkQgACgCaCIEQRhsaiECA0ACQAJAIAIoAhQiBiADSwRAIAYgAigCEEcNAQsgACgCZCIGIARLBEAgACAEQQFqIgQ2AmgLIAQgBkkNAUEAIQILIAEEQCAAIAApAiA3AiwgACAAKAIoNgI0CwJAIAIEQAJAIAAoAmwiASADTQRAIAMgACgCcCABakkNAQsgACADNgJsIAAoAlAhASAAKAJMIQQgBSAAKQIkNwMIIAAgBCADIAVBCGogAEHwAGogAREGADYCSCAAKAJwDQAgAEEANgJIIAAgACgCZDYCaAsgABApDAELIABBADYCSCAAQgA3AmwgAEEBNgJ0IABBADYCAAsgBUEQaiQADwsgAikCGCEHIAAgAigCKCIDNgIgIAAgBzcCJCACQRhqIQIMAAsAC84LAQd/IAAgAWohBQJAAkAgACgCBCIDQQFxDQAgA0ECcUUNASAAKAIAIgMgAWohAQJAAkACQCAAIANrIgAjAUHE9gBqIgYoAhRHBEAgACgCDCECIANB/wFNBEAgAiAAKAIIIgRHDQIgBiICIAIoAgBBfiADQQN2d3E2AgAMBQsgACgCGCEHIAAgAkcEQCAAKAIIIgMgAjYCDCACIAM2AggMBAsgACgCFCIEBH8gAEEUagUgACgCECIERQ0DIABBEGoLIQMDQCADIQYgBCICQRRqIQMgAigCFCIEDQAgAkEQaiEDIAIoAhAiBA0ACyAGQQA2AgAMAwsgBSgCBCIDQQNxQQNHDQMjAUHE9gBqIAE2AgggBSADQX5xNgIEIAAgAUEBcjYCBCAFIAE2AgAPCyAEIAI2AgwgAiAENgIIDAILQQAhAgsgB0UNAAJAIwFBxPYAaiIGIAAoAhwiA0ECdGoiBCgCsAIgAEYEQCAEIAI2ArACIAINASAGIgIgAigCBEF+IAN3cTYCBAwCCwJAIAAgBygCEEYEQCAHIAI2AhAMAQsgByACNgIUCyACRQ0BCyACIAc2AhggACgCECIDBEAgAiADNgIQIAMgAjYCGAsgACgCFCIDRQ0AIAIgAzYCFCADIAI2AhgLAkACQAJAAkAgBSgCBCIDQQJxRQRAIwFBxPYAaiICKAIYIAVGBEAgAiIDIAA2AhggAyADKAIMIAFqIgE2AgwgACABQQFyNgIEIAAgAygCFEcNBiADIgBBADYCCCAAQQA2AhQPCyMBQcT2AGoiAigCFCIIIAVGBEAgAiIDIAA2AhQgAyADKAIIIAFqIgE2AgggACABQQFyNgIEIAAgAWogATYCAA8LIANBeHEgAWohASAFKAIMIQIgA0H/AU0EQCAFKAIIIgQgAkYEQCMBQcT2AGoiAiACKAIAQX4gA0EDdndxNgIADAULIAQgAjYCDCACIAQ2AggMBAsgBSgCGCEHIAIgBUcEQCAFKAIIIgMgAjYCDCACIAM2AggMAwsgBSgCFCIEBH8gBUEUagUgBSgCECIERQ0CIAVBEGoLIQMDQCADIQYgBCICQRRqIQMgAigCFCIEDQAgAkEQaiEDIAIoAhAiBA0ACyAGQQA2AgAMAgsgBSADQX5xNgIEIAAgAUEBcjYCBCAAIAFqIAE2AgAMAwtBACECCyAHRQ0AAkAjAUHE9gBqIgYgBSgCHCIDQQJ0aiIEKAKwAiAFRgRAIAQgAjYCsAIgAg0BIAYiAiACKAIEQX4gA3dxNgIEDAILAkAgBSAHKAIQRgRAIAcgAjYCEAwBCyAHIAI2AhQLIAJFDQELIAIgBzYCGCAFKAIQIgMEQCACIAM2AhAgAyACNgIYCyAFKAIUIgNFDQAgAiADNgIUIAMgAjYCGAsgACABQQFyNgIEIAAgAWogATYCACAAIAhHDQAjAUHE9gBqIAE2AggPCyABQf8BTQRAIwFBxPYAaiIEIgIgAUH4AXFqQShqIQMCfyACKAIAIgJBASABQQN2dCIBcUUEQCAEIAEgAnI2AgAgAwwBCyADKAIICyEBIAMgADYCCCABIAA2AgwgACADNgIMIAAgATYCCA8LQR8hAiABQf///wdNBEAgAUEmIAFBCHZnIgNrdkEBcSADQQF0a0E+aiECCyAAIAI2AhwgAEIANwIQIwFBxPYAaiIHIgQgAkECdGoiA0GwAmohBgJAAkAgBCgCBCIEQQEgAnQiBXFFBEAgByAEIAVyNgIEIAMgADYCsAIgACAGNgIYDAELIAFBGSACQQF2a0EAIAJBH0cbdCECIAMoArACIQMDQCADIgQoAgRBeHEgAUYNAiACQR12IQMgAkEBdCECIAQgA0EEcWoiBigCECIDDQALIAYgADYCECAAIAQ2AhgLIAAgADYCDCAAIAA2AggPCyAEKAIIIgEgADYCDCAEIAA2AgggAEEANgIYIAAgBDYCDCAAIAE2AggLC6oIAQt/IABFBEAgARAiDwsgAUFATwRAIwFB+PQAakEwNgIAQQAPCwJ/QRAgAUELakF4cSABQQtJGyEFIABBCGsiBCgCBCIJQXhxIQgCQCAJQQNxRQRAIAVBgAJJDQEgBUEEaiAITQRAIAQhAiAIIAVrIwFBnPoAaigCCEEBdE0NAgtBAAwCCyAEIAhqIQYCQCAFIAhNBEAgCCAFayIHQRBJDQEgBCAFIAlBAXFyQQJyNgIEIAQgBWoiAiAHQQNyNgIEIAYgBigCBEEBcjYCBCACIAcQXQwBCyAGKAIEIQcjAUHE9gBqIgMiAigCGCAGRgRAQQAgBSACKAIMIAhqIgJPDQMaIAQgBSAJQQFxckECcjYCBCAEIAVqIgggAiAFayIHQQFyNgIEIAMiAiAHNgIMIAIgCDYCGAwBCyMBQcT2AGoiAigCFCAGRgRAQQAgBSACKAIIIAhqIgJLDQMaAkAgAiAFayIDQRBPBEAgBCAFIAlBAXFyQQJyNgIEIAQgBWoiByADQQFyNgIEIAIgBGoiAiADNgIAIAIgAigCBEF+cTYCBAwBCyAEIAlBAXEgAnJBAnI2AgQgAiAEaiICIAIoAgRBAXI2AgRBACEDQQAhBwsjAUHE9gBqIgIgBzYCFCACIAM2AggMAQtBACECIAdBAnENASAHQXhxIAhqIgsgBUkNASALIAVrIQwgBigCDCEDAkAgB0H/AU0EQCAGKAIIIgIgA0YEQCMBQcT2AGoiAiACKAIAQX4gB0EDdndxNgIADAILIAIgAzYCDCADIAI2AggMAQsgBigCGCEKAkAgAyAGRwRAIAYoAggiAiADNgIMIAMgAjYCCAwBCwJAIAYoAhQiAgR/IAZBFGoFIAYoAhAiAkUNASAGQRBqCyEIA0AgCCEHIAIiA0EUaiEIIAIoAhQiAg0AIANBEGohCCADKAIQIgINAAsgB0EANgIADAELQQAhAwsgCkUNAAJAIwFBxPYAaiIIIAYoAhwiB0ECdGoiAigCsAIgBkYEQCACIAM2ArACIAMNASAIIAgoAgRBfiAHd3E2AgQMAgsCQCAGIAooAhBGBEAgCiADNgIQDAELIAogAzYCFAsgA0UNAQsgAyAKNgIYIAYoAhAiAgRAIAMgAjYCECACIAM2AhgLIAYoAhQiAkUNACADIAI2AhQgAiADNgIYCyAMQQ9NBEAgBCAJQQFxIAtyQQJyNgIEIAQgC2oiAiACKAIEQQFyNgIEDAELIAQgBSAJQQFxckECcjYCBCAEIAVqIgcgDEEDcjYCBCAEIAtqIgIgAigCBEEBcjYCBCAHIAwQXQsgBCECCyACCyICBEAgAkEIag8LIAEQIiIERQRAQQAPCyAEIABBfEF4IABBBGsoAgAiAkEDcRsgAkF4cWoiAiABIAEgAksbECQaIAAQMyAEC58CACAARQRAQQAPCwJ/AkAgAAR/IAFB/wBNDQECQCMBQbT1AGooAmAoAgBFBEAgAUGAf3FBgL8DRg0DDAELIAFB/w9NBEAgACABQT9xQYABcjoAASAAIAFBBnZBwAFyOgAAQQIMBAsgAUGAQHFBgMADRyABQYCwA09xRQRAIAAgAUE/cUGAAXI6AAIgACABQQx2QeABcjoAACAAIAFBBnZBP3FBgAFyOgABQQMMBAsgAUGAgARrQf//P00EQCAAIAFBP3FBgAFyOgADIAAgAUESdkHwAXI6AAAgACABQQZ2QT9xQYABcjoAAiAAIAFBDHZBP3FBgAFyOgABQQQMBAsLIwFB+PQAakEZNgIAQX8FQQELDAELIAAgAToAAEEBCwvEAwEEfyMAQaABayIEJAAgBCAAIARBngFqIAEbIgY2ApQBIAQgAUEBayIAQQAgACABTRs2ApgBIARBAEGQAfwLACAEQX82AkwgBCMCQR1qNgIkIARBfzYCUCAEIARBnwFqNgIsIAQgBEGUAWo2AlQgBkEAOgAAIwBB0AFrIgUkACAFIAM2AswBIAVBoAFqIgBBAEEo/AsAIAUgBSgCzAE2AsgBAkBBACACIAVByAFqIAVB0ABqIAAjAiIAQRtqIgYgAEEcaiIAEGNBAEgEQEF/IQAMAQsgBCgCTEEASCAEIAQoAgAiAUFfcTYCAAJ/AkACQCAEKAIwRQRAIARB0AA2AjAgBEEANgIcIARCADcDECAEKAIsIQcgBCAFNgIsDAELIAQoAhANAQtBfyAEEEMNARoLIAQgAiAFQcgBaiAFQdAAaiAFQaABaiAGIAAQYwshAiAHBEAgBEEAQQAgBCgCJBEEABogBEEANgIwIAQgBzYCLCAEQQA2AhwgBCgCFCEAIARCADcDECACQX8gABshAgsgBCAEKAIAIgAgAUEgcXI2AgBBfyACIABBIHEbIQANAAsgBUHQAWokACAEQaABaiQAIAALvAIAAkACQAJAAkACQAJAAkACQAJAAkACQCABQQlrDhIACAkKCAkBAgMECgkKCggJBQYHCyACIAIoAgAiAUEEajYCACAAIAEoAgA2AgAPCyACIAIoAgAiAUEEajYCACAAIAEyAQA3AwAPCyACIAIoAgAiAUEEajYCACAAIAEzAQA3AwAPCyACIAIoAgAiAUEEajYCACAAIAEwAAA3AwAPCyACIAIoAgAiAUEEajYCACAAIAExAAA3AwAPCyACIAIoAgBBB2pBeHEiAUEIajYCACAAIAErAwA5AwAPCyAAIAIgAxEFAAsPCyACIAIoAgAiAUEEajYCACAAIAE0AgA3AwAPCyACIAIoAgAiAUEEajYCACAAIAE1AgA3AwAPCyACIAIoAgBBB2pBeHEiAUEIajYCACAAIAEpAwA3AwALbwEFfyAAKAIAIgMsAABBMGsiAUEJSwRAQQAPCwNAQX8hBCACQcyZs+YATQRAQX8gASACQQpsIgVqIAEgBUH/////B3NLGyEECyAAIANBAWoiBTYCACADLAABIAQhAiAFIQNBMGsiAUEKSQ0ACyACC5wTAhN/An4jAEFAaiIIJAAgCCABNgI8IAhBKWohFyAIQSdqIRggCEEoaiESAkACQAJAAkADQEEAIQcDQCABIQ0gByAOQf////8Hc0oNAiAHIA5qIQ4CQAJAAkACQAJAIAEiBy0AACILBEADQAJAAkAgC0H/AXEiAUUEQCAHIQEMAQsgAUElRw0BIAchCwNAIAstAAFBJUcEQCALIQEMAgsgB0EBaiEHIAstAAIgC0ECaiIBIQtBJUYNAAsLIAcgDWsiByAOQf////8HcyIZSg0KIAAEQCAAIA0gBxAOCyAHDQggCCABNgI8IAFBAWohB0F/IRACQCABLAABQTBrIglBCUsNACABLQACQSRHDQAgAUEDaiEHQQEhEyAJIRALIAggBzYCPEEAIQwCQCAHLAAAIgtBIGsiAUEfSwRAIAchCQwBCyAHIQlBASABdCIBQYnRBHFFDQADQCAIIAdBAWoiCTYCPCABIAxyIQwgBywAASILQSBrIgFBIE8NASAJIQdBASABdCIBQYnRBHENAAsLAkAgC0EqRgRAAn8CQCAJLAABQTBrIgFBCUsNACAJLQACQSRHDQACfyAARQRAIAQgAUECdGpBCjYCAEEADAELIAMgAUEDdGooAgALIQ8gCUEDaiEBQQEMAQsgEw0GIAlBAWohASAARQRAIAggATYCPEEAIRNBACEPDAMLIAIgAigCACIHQQRqNgIAIAcoAgAhD0EACyETIAggATYCPCAPQQBODQFBACAPayEPIAxBgMAAciEMDAELIAhBPGoQYiIPQQBIDQsgCCgCPCEBC0EAIQdBfyEKAn9BACABLQAAQS5HDQAaIAEtAAFBKkYEQAJ/AkAgASwAAkEwayIJQQlLDQAgAS0AA0EkRw0AIAFBBGohAQJ/IABFBEAgBCAJQQJ0akEKNgIAQQAMAQsgAyAJQQN0aigCAAsMAQsgEw0GIAFBAmohAUEAIABFDQAaIAIgAigCACIJQQRqNgIAIAkoAgALIQogCCABNgI8IApBAE4MAQsgCCABQQFqNgI8IAhBPGoQYiEKIAgoAjwhAUEBCyEUA0AgByEVQRwhCSABIhYsAAAiB0H7AGtBRkkNDCABQQFqIQEjASAVQTpsaiAHakHPK2otAAAiB0EBa0H/AXFBCEkNAAsgCCABNgI8AkAgB0EbRwRAIAdFDQ0gEEEATgRAIABFBEAgBCAQQQJ0aiAHNgIADA0LIAggAyAQQQN0aikDADcDMAwCCyAARQ0JIAhBMGogByACIAYQYQwBCyAQQQBODQxBACEHIABFDQkLIAAtAABBIHENDCAMQf//e3EiCyAMIAxBgMAAcRshDCMBIRFBACEQIBIhCQJAAkACfwJAAkACQAJAAkACQAJ/AkACQAJAAkACQAJAAkAgFi0AACIWwCIHQVNxIAcgFkEPcUEDRhsgByAVGyIHQdgAaw4hBBcXFxcXFxcXEBcJBhAQEBcGFxcXFwIFAxcXChcBFxcEAAsCQCAHQcEAaw4HEBcLFxAQEAALIAdB0wBGDQsMFgsgCCkDMCEaIwEMBQtBACEHAkACQAJAAkACQAJAAkAgFQ4IAAECAwQdBQYdCyAIKAIwIA42AgAMHAsgCCgCMCAONgIADBsLIAgoAjAgDqw3AwAMGgsgCCgCMCAOOwEADBkLIAgoAjAgDjoAAAwYCyAIKAIwIA42AgAMFwsgCCgCMCAOrDcDAAwWC0EIIAogCkEITRshCiAMQQhyIQxB+AAhBwsjASERIBIhASAHQSBxIQ0gCCkDMCIaIhtCAFIEQANAIAFBAWsiASMBQeAvaiAbp0EPcWotAAAgDXI6AAAgG0IPViAbQgSIIRsNAAsLIAEhDSAaUA0DIAxBCHFFDQMjASAHQQR2aiERQQIhEAwDCyASIQEgCCkDMCIaIhtCAFIEQANAIAFBAWsiASAbp0EHcUEwcjoAACAbQgdWIBtCA4ghGw0ACwsgASENIAxBCHFFBEAjASERDAMLIAogFyANayIBIAEgCkgbIQojASERDAILIAgpAzAiGkIAUwRAIAhCACAafSIaNwMwQQEhECMBDAELIAxBgBBxBEBBASEQIwFBAWoMAQsjASIBQQJqIAEgDEEBcSIQGwshESAaIBIQIyENCyAUIApBAEhxDRIgDEH//3txIAwgFBshDAJAIBpCAFINACAKDQAgEiENQQAhCgwPCyAKIBpQIBIgDWtqIgEgASAKSBshCgwOCyAILQAwIQcMDAsgCCgCMCIBIwEiEUH2CmogARsiDSIBQQBB/////wcgCiAKQf////8HTxsiBxBlIgkgAWsgByAJGyIBIA1qIQkgCkEATg0KIAktAAANECMBIREMCgsgCCkDMCIaQgBSDQFBACEHDAoLIAoEQCAIKAIwDAILQQAhByAAQSAgD0EAIAwQDwwCCyAIQQA2AgwgCCAaPgIIIAggCEEIaiIHNgIwQX8hCiAHCyELQQAhBwNAAkAgCygCACIJRQ0AIAhBBGogCRBfIglBAEgNECAJIAogB2tLDQAgC0EEaiELIAcgCWoiByAKSQ0BCwtBPSEJIAdBAEgNDSAAQSAgDyAHIAwQDyAHRQRAQQAhBwwBC0EAIQkgCCgCMCELA0AgCygCACINRQ0BIAhBBGoiCiANEF8iDSAJaiIJIAdLDQEgACAKIA0QDiALQQRqIQsgByAJSw0ACwsgAEEgIA8gByAMQYDAAHMQDyAPIAcgByAPSBshBwwJCyAUIApBAEhxDQpBPSEJIAAgCCsDMCAPIAogDCAHIAURDQAiB0EATg0IDAsLIActAAEhCyAHQQFqIQcMAAsACyAADQogE0UNBEEBIQcDQCAEIAdBAnRqKAIAIgAEQCADIAdBA3RqIAAgAiAGEGFBASEOIAdBAWoiB0EKRw0BDAwLCyAHQQpPBEBBASEODAsLA0AgBCAHQQJ0aigCAA0BQQEhDiAHQQFqIgdBCkcNAAsMCgtBHCEJDAcLIAshDCABIQoMAQsgCCAHOgAnIwEhEUEBIQogGCENIAshDAsgCiAJIA1rIgsgCiALShsiCiAQQf////8Hc0oNA0E9IQkgDyAKIBBqIgEgASAPSBsiByAZSw0EIABBICAHIAEgDBAPIAAgESAQEA4gAEEwIAcgASAMQYCABHMQDyAAQTAgCiALQQAQDyAAIA0gCxAOIABBICAHIAEgDEGAwABzEA8gCCgCPCEBDAELCwtBACEODAMLQT0hCQsjAUH49ABqIAk2AgALQX8hDgsgCEFAayQAIA4LfgIBfwF+IAC9IgNCNIinQf8PcSICQf8PRwR8IAJFBEAgASAARAAAAAAAAAAAYQR/QQAFIABEAAAAAAAA8EOiIAEQZCEAIAEoAgBBQGoLNgIAIAAPCyABIAJB/gdrNgIAIANC/////////4eAf4NCgICAgICAgPA/hL8FIAALC+UBAQJ/IAJBAEchAwJAAkACQCAAQQNxRQ0AIAJFDQAgAUH/AXEhBANAIAAtAAAgBEYNAiACQQFrIgJBAEchAyAAQQFqIgBBA3FFDQEgAg0ACwsgA0UNAQJAIAFB/wFxIgMgAC0AAEYNACACQQRJDQAgA0GBgoQIbCEDA0BBgIKECCAAKAIAIANzIgRrIARyQYCBgoR4cUGAgYKEeEcNAiAAQQRqIQAgAkEEayICQQNLDQALCyACRQ0BCyABQf8BcSEBA0AgASAALQAARgRAIAAPCyAAQQFqIQAgAkEBayICDQALC0EAC2gBA38gAEUEQEEADwsCfyMBQbAraiEBIAAEQANAIAEiAigCACIDBEAgAUEEaiEBIAAgA0cNAQsLIAJBACADGwwBCyABIQIDQCACIgBBBGohAiAAKAIADQALIAEgACABa0F8cWoLQQBHC0IBAX8gAEH//wdNBEAjAUHwDGoiASABIABBCHZqLQAAQQV0aiAAQQN2QR9xai0AACAAQQdxdkEBcQ8LIABB/v8LSQvCAQEDfwJAIAIoAhAiAwR/IAMFIAIQQw0BIAIoAhALIAIoAhQiBGsgAUkEQCACIAAgASACKAIkEQQADwsCQAJAIAIoAlBBAEgNACABRQ0AIAEhAwNAIAAgA2oiBUEBay0AAEEKRwRAIANBAWsiAw0BDAILCyACIAAgAyACKAIkEQQAIgQgA0kNAiABIANrIQEgAigCFCEEDAELIAAhBUEAIQMLIAQgBSABECQaIAIgAigCFCABajYCFCABIANqIQQLIAQLgAEBAn8jAEEQayICJAAgAiABOgAPAkACQCAAKAIQIgMEfyADBSAAEEMNAiAAKAIQCyAAKAIUIgNGDQAgACgCUCABQf8BcUYNACAAIANBAWo2AhQgAyABOgAADAELIAAgAkEPakEBIAAoAiQRBABBAUcNACACLQAPGgsgAkEQaiQAC24BBH8CQCAALwEgIgVFDQAgACgCPCEGQQEhAEEBIQMDQAJAAkAgASAGIABBAnRqKAIAIgAgAhAbQQFqDgIDAAELIAAgAmotAAANACADIQQMAgsgA0EBaiIDQf//A3EiACAFTQ0ACwsgBEH//wNxC6sDAQR/IwBBEGsiBSQAAkACQCABKAIEIgNBf0cEQCAAKAI0IQQMAQsCQCAAKAJUIgNFBEAgACgCOCIDIAAoAkxPBEAgAUF/NgIEDAILIAAoAjQhBCAAKAI8IgIgA0sEfyADBUEIIAJBAXQiAiADQQFqIgYgAiAGSxsiAiACQQhNGyIGQQxsIQICfyAEBEAgBCACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEEIAAgBjYCPCAAKAI4CyECIAAgBDYCNCAAIAJBAWo2AjggBCACQQxsaiIAQQA2AgggAEIANwIAIAEgAzYCBAwCCyAAIANBAWsiAzYCVCAAKAI0IgQgACgCUCADQQJ0aigCACIDQQxsakEANgIEIAEgAzYCBCADQX9HDQELIABBAToArwFBACEDIAAgBUEMaiAFQQhqIAVBBGpBABB1RQ0BIAIgBSgCDCICRg0BIAEgACgCGCACQRhsaiICKAIENgIEIAJBfzYCBCACIAIoARJBgIABcjYBEiAAKAI0IAEoAgRBDGxqIgNBADYCBAwBCyAEIANBDGxqIQMLIAVBEGokACADC7IEAQ5/AkAgACgCtAkiA0UNAAJ/IANBGnRBH3VB4gRxIANBAXENABpB4gQgAy0ALUECcQ0AGiADKAIgCyACSw0AQQEPCyAAKAKECSIAKAIAIg0gAUEFdGoiBygCACIIKAIEIQwgCCgCnAEiBCAHKAIISQRAIAcgBDYCCAsCQCAAKAIEIg4EQCAIKAKgASEPQQAhAANAAkAgACABRg0AIA0gAEEFdGoiCSgCHA0AIAkoAgAiBigCBCIQIAxJDQAgBigCmAEiCyEFIAYvAQAiCkUEQCALIAtB9ANqIAYoAhQbIQULIAYoApwBIgQgCSgCCCIDSQRAIAkgBDYCCCAEIQMLIApFDQAgAiAFSQ0AAkAgAiAFSwRAQQEhCiAEIANrQQFqIAIgBWtsQYgOTQ0BDAULIAYoAqABIA9MDQELIAcoAhwNACAGLwEAIAgvAQBHDQAgDCAQRw0AIAsgCCgCmAFHDQAjAUGUDGohBSAHKAIMIQMCQCAJKAIMIgRFDQAgBEEBcQ0AIAQtACxBwABxRQ0AIwFBlAxqIARBMGogBCgCJBshBQsjAUGUDGohBAJAIANFDQAgA0EBcQ0AIAMtACxBwABxRQ0AIwFBlAxqIANBMGogAygCJBshBAsgBSgCGCEGAkAgBCgCGCIDQRlPBEAgAyAGRw0CIAUoAgAhBSAEKAIAIQQMAQsgAyAGRw0BCyAFIAQgAxASDQBBAQ8LIABBAWoiACAORw0ACwtBACEKCyAKC8UfAgx/A34jAEGAAWsiByQAAkAgASgCACIGRQRAQQEhCQwBCyACKAIAIgVFDQACfyAFQRp0QR91QeIEcSAFQQFxDQAaQeIEIAUtAC1BAnENABogBSgCIAshBCAGQQh2IQogBUEIdiELAkACQAJAIAZBAXFFBEAgBi0ALUECcUUEQCAEIAYoAiAiA0kNAgwEC0HiBCEDIARB4gRJDQEMAwsgBkEgcSIDRQ0BIARB4QRLDQELAkAgACgCYA0AIAAoAowKDQBBASEJDAMLIAAoAqAJIQIjAUGrCmohBAJAAkACQCAFQQFxBH8gC0H/AXEFIAUvASgLQf//A3EiAUH+/wNrDgIAAgELIwFBqgpqIQQMAQtBACEEIAIoAgggAigCBGogAU0NACACKAI4IAFBAnRqKAIAIQQLIABBhAFqIQEjAUGrCmohAwJAAkACQCAGQQFxBH8gCkH/AXEFIAYvASgLQf//A3EiBUH+/wNrDgIAAgELIwFBqgpqIQMMAQtBACEDIAIoAgggAigCBGogBU0NACACKAI4IAVBAnRqKAIAIQMLIAcgAzYCBCAHIAQ2AgAgAUGACCMBQY8EaiAHEAsaIAAoAmAiAgRAIAAoAlxBACABIAIRAwALIAAoAowKRQRAQQEhCQwDC0EBIQkDQAJAAkAgAS0AACIDQSJGDQAgA0HcAEYNACADDQEMBQtB3AAgACgCjAoQCSABLQAAIQMLIAPAIAAoAowKEAkgAUEBaiEBDAALAAtB4gRBACADGyEDCwJAAkACQCAFQQFxRQRAIAUtAC1BAnEEf0HiBAUgBSgCIAsgA0sNASAFKAIkDQIMAwsgBUEgcUUNAiADQeEESw0CCyAAKAJgRQRAIAAoAowKRQ0DCyAAKAKgCSECIwFBqwpqIQMCQAJAAkAgBkEBcQR/IApB/wFxBSAGLwEoC0H//wNxIgFB/v8Daw4CAAIBCyMBQaoKaiEDDAELQQAhAyACKAIIIAIoAgRqIAFNDQAgAigCOCABQQJ0aigCACEDCyAAQYQBaiEBIwFBqwpqIQQCQAJAAkAgBUEBcQR/IAtB/wFxBSAFLwEoC0H//wNxIgVB/v8Daw4CAAIBCyMBQaoKaiEEDAELQQAhBCACKAIIIAIoAgRqIAVNDQAgAigCOCAFQQJ0aigCACEECyAHIAQ2AhQgByADNgIQIAFBgAgjAUGPBGogB0EQahALGiAAKAJgIgIEQCAAKAJcQQAgASACEQMACyAAKAKMCkUNAgNAAkACQCABLQAAIgNBIkYNACADQdwARg0AIAMNAQwFC0HcACAAKAKMChAJIAEtAAAhAwsgA8AgACgCjAoQCSABQQFqIQEMAAsACyAFKAI8IQgLAkACQAJAAkAgBkEBcUUEQCAGKAIkDQFBACEDIAhBAEoNAgwECyAIQQBKDQFBACEDDAMLIAggBigCPEwNAQsCQCAAKAJgDQAgACgCjAoNAEEBIQkMAwsgACgCoAkhASMBQasKaiEJAkACQAJAIAVBAXEEfyALQf8BcQUgBS8BKAtB//8DcSICQf7/A2sOAgACAQsjAUGqCmohCQwBC0EAIQkgASgCCCABKAIEaiACTQ0AIAEoAjggAkECdGooAgAhCQtBACECAkAgBUEBcQ0AIAUoAiRFDQAgBSgCPCECCyMBQasKaiEEAkACQAJAIAZBAXEEfyAKQf8BcQUgBi8BKAtB//8DcSIDQf7/A2sOAgACAQsjAUGqCmohBAwBC0EAIQQgASgCCCABKAIEaiADTQ0AIAEoAjggA0ECdGooAgAhBAsgAEGEAWohAUEAIQgCQCAGQQFxDQAgBigCJEUNACAGKAI8IQgLIAcgCDYCLCAHIAQ2AiggByACNgIkIAcgCTYCICABQYAIIwFBpAlqIAdBIGoQCxogACgCYCICBEAgACgCXEEAIAEgAhEDAAsgACgCjApFBEBBASEJDAMLQQEhCQNAAkACQCABLQAAIgNBIkYNACADQdwARg0AIAMNAQwFC0HcACAAKAKMChAJIAEtAAAhAwsgA8AgACgCjAoQCSABQQFqIQEMAAsACyAGKAI8IQMLAkAgBUEBcQ0AIAUoAiRFDQAgBSgCPCEJCyADIAlKBEACQCAAKAJgDQAgACgCjAoNAEEAIQkMAgsgACgCoAkhASMBQasKaiEJAkACQAJAIAZBAXEEfyAKQf8BcQUgBi8BKAtB//8DcSICQf7/A2sOAgACAQsjAUGqCmohCQwBC0EAIQkgASgCCCABKAIEaiACTQ0AIAEoAjggAkECdGooAgAhCQtBACECAkAgBkEBcQ0AIAYoAiRFDQAgBigCPCECCyMBQasKaiEDAkACQAJAIAVBAXEEfyALQf8BcQUgBS8BKAtB//8DcSIGQf7/A2sOAgACAQsjAUGqCmohAwwBC0EAIQMgASgCCCABKAIEaiAGTQ0AIAEoAjggBkECdGooAgAhAwsgAEGEAWohAUEAIQgCQCAFQQFxDQAgBSgCJEUNACAFKAI8IQgLIAcgCDYCPCAHIAM2AjggByACNgI0IAcgCTYCMCABQYAIIwFBpAlqIAdBMGoQCxogACgCYCICBEAgACgCXEEAIAEgAhEDAAtBACEJIAAoAowKRQ0BA0ACQAJAIAEtAAAiA0EiRg0AIANB3ABGDQAgAw0BDAQLQdwAIAAoAowKEAkgAS0AACEDCyADwCAAKAKMChAJIAFBAWohAQwACwALQQEhCQJAIAZBAXEEQCAGQSBxRQ0BDAILIAYtAC1BAnENASAGKAIgDQELIAcgASkCADcDeCAHIAIpAgA3A3ACfyAAQYgJaiIBKAIMIQIgASABKAIQIgNBAWoiBCABKAIUIghLBH9BCCAIQQF0IgMgBCADIARLGyIDIANBCE0bIgRBA3QhAwJ/IAIEQCACIAMjBygCABEBAAwBCyADIwgoAgARAAALIQIgASAENgIUIAEoAhAiA0EBagUgBAs2AhAgASACNgIMIAIgA0EDdGogBykCeDcCACABKAIMIQIgASABKAIQIgNBAWoiBCABKAIUIghLBH9BCCAIQQF0IgMgBCADIARLGyIDIANBCE0bIgRBA3QhAwJ/IAIEQCACIAMjBygCABEBAAwBCyADIwgoAgARAAALIQIgASAENgIUIAEoAhAiA0EBagUgBAs2AhAgASACNgIMIAIgA0EDdGogBykCcDcCAEEAIAEoAhAiAkUNABoDQCABIAJBAWsiAzYCECAHIAEoAgwiBCADQQN0aikCACIRNwJwIAEgAkECayICNgIQIAcgBCACQQN0aikCACIPNwJ4IA9CCIghECARpyEDIA+nIghBAXEiDAR/IBCnQf8BcQUgCC8BKAshDQJAAkACfwJAIANBAXEiDgRAIANBgP4DcUEIdiIEIA1B//8DcU0NAUF/DAILIAMvASgiBCANQf//A3FNDQBBfwwBCwJAAn8gDARAQQAgBCAQp0H/AXFPDQEaDAILIAQgCC8BKEkNASAIKAIkCyENQQAhBAJAIA4NACANIAMoAiQiBE8NAEF/DAILIAwNAyAEIAgoAiQiA08NAgtBAQsgAUEANgIQDAMLIANFDQADQCADQQFrIgNBA3QiAiAHKAJwIgQgBCgCJEEDdGtqKQIAIQ8gAiAHKAJ4IgQgBCgCJEEDdGtqKQIAIRAgASgCDCECIAEgASgCECIEQQFqIgggASgCFCIMSwR/QQggDEEBdCIEIAggBCAISxsiBCAEQQhNGyIIQQN0IQQCfyACBEAgAiAEIwcoAgARAQAMAQsgBCMIKAIAEQAACyECIAEgCDYCFCABKAIQIgRBAWoFIAgLNgIQIAEgAjYCDCACIARBA3RqIBA3AgAgASgCDCECIAEgASgCECIEQQFqIgggASgCFCIMSwR/QQggDEEBdCIEIAggBCAISxsiBCAEQQhNGyIIQQN0IQQCfyACBEAgAiAEIwcoAgARAQAMAQsgBCMIKAIAEQAACyECIAEgCDYCFCABKAIQIgRBAWoFIAgLNgIQIAEgAjYCDCACIARBA3RqIA83AgAgAw0ACyABKAIQIQILIAINAAtBAAshAiAAKAJgIQECfwJAAkACQAJAIAJBAWoOAwACAQILAkAgAQ0AIAAoAowKDQBBACEJDAULIAAoAqAJIQIjAUGrCmohAQJAAkACQCAGQQFxBH8gCkH/AXEFIAYvASgLQf//A3EiA0H+/wNrDgIAAgELIwFBqgpqIQEMAQtBACEBIAIoAgggAigCBGogA00NACACKAI4IANBAnRqKAIAIQELIABBhAFqIwFBqwpqIQMCQAJAAkAgBUEBcQR/IAtB/wFxBSAFLwEoC0H//wNxIgVB/v8Daw4CAAIBCyMBQaoKaiEDDAELQQAhAyACKAIIIAIoAgRqIAVNDQAgAigCOCAFQQJ0aigCACEDCyAHIAM2AlQgByABNgJQQYAIIwFBvgRqIAdB0ABqEAsaDAILAkAgAQ0AIAAoAowKDQAMBAsgACgCoAkhAiMBQasKaiEBAkACQAJAIAVBAXEEfyALQf8BcQUgBS8BKAtB//8DcSIDQf7/A2sOAgACAQsjAUGqCmohAQwBC0EAIQEgAigCCCACKAIEaiADTQ0AIAIoAjggA0ECdGooAgAhAQsgAEGEAWojAUGrCmohAwJAAkACQCAGQQFxBH8gCkH/AXEFIAYvASgLQf//A3EiBUH+/wNrDgIAAgELIwFBqgpqIQMMAQtBACEDIAIoAgggAigCBGogBU0NACACKAI4IAVBAnRqKAIAIQMLIAcgAzYCZCAHIAE2AmBBgAgjAUG+BGogB0HgAGoQCxpBAQwCCwJAIAENACAAKAKMCg0AQQAhCQwDCyAAKAKgCSECIwFBqwpqIQECQAJAAkAgBkEBcQR/IApB/wFxBSAGLwEoC0H//wNxIgNB/v8Daw4CAAIBCyMBQaoKaiEBDAELQQAhASACKAIIIAIoAgRqIANNDQAgAigCOCADQQJ0aigCACEBCyAAQYQBaiMBQasKaiEDAkACQAJAIAVBAXEEfyALQf8BcQUgBS8BKAtB//8DcSIFQf7/A2sOAgACAQsjAUGqCmohAwwBC0EAIQMgAigCCCACKAIEaiAFTQ0AIAIoAjggBUECdGooAgAhAwsgByADNgJEIAcgATYCQEGACCMBQecEaiAHQUBrEAsaC0EACyEJIAAoAmAiAQRAIAAoAlxBACAAQYQBaiABEQMACwJAIAAoAowKRQ0AIABBhAFqIQEDQAJAAkAgAS0AACICQSJGDQAgAkHcAEYNACACDQEMAwtB3AAgACgCjAoQCSABLQAAIQILIALAIAAoAowKEAkgAUEBaiEBDAALAAsLIAdBgAFqJAAgCQvzAgEKfwJAIAAoAggiB0EBayIBRQ0AIAAoAgQhCCAHIQQDQCAEIQIgCCABIgRBHGxqIgUoAgAoAgAhAQJ/AkACQCACIAdGBEAgAUEBcQ0BDAILAkACfyABQQFxIgkEQCABQQJxDQcgAUEDdkEBcQwBCyABLwEsIgNBAXENBiADQQJ2QQFxCw0AIAVBHGsoAgAoAgAvAUIiA0UNACAAKAIAKAIIIgooAlQgCi8BJCADbEEBdGogBSgCFEEBdGovAQANBQsgCUUNAQsgAUEDdkEBcQwBCyABLwEsQQJ2QQFxCw0BAkAgACgCACgCCCIBKAIgRQ0AIAEoAkAgCCACQRxsakE4aygCACgCAC8BQkECdGoiAi8BAiIDRQ0AIAEoAkQgAi8BAEECdGoiASADQQJ0aiECA0ACQCABLQADRQRAIAUoAhQgAS0AAkYNAQsgAiABQQRqIgFLDQEMAgsLIAEvAQAhBgwCCyAEQQFrIgENAAsLIAYL0wkCHX8BfgJAIAAoAgQiCCAAKAIIIhtBHGxqIglBHGsoAgAoAgAiBEEBcQ0AIBshDQNAIAQoAiRFDQEgACgCACgCCCEKIAQvAUIiBQR/IAooAlQgCi8BJCAFbEEBdGoFQQALIRwgCUEEaygCACEPAkACQCANQQFrIgVFDQAgBC8BLCILQQFxDQAgC0EEcQ0BIAggBUEcbGoiBUEcaygCACgCAC8BQiILRQ0BIA8gCigCVCAKLwEkIAtsQQF0aiAFKAIUQQF0ai8BAEEAR2ohDwwBCyAPQQFqIQ8LIAQoAiQiGEUNAUEAIAQgGEEDdGsiHyAEQQFxGyEgIAlBGGsoAgAhDCAJQRRrKAIAIQUgCUEQaygCACEEQQAhBkEAIR0DQCAPIRYgHSELIAQhCSAFIQogDCETAn8gICAGIhlBA3RqIhcoAgAiB0EBcSIaBEAgB0ECcUEBdiIUIQYgB0EDdkEBcQwBCyAHLwEsIhRBAXEhBiAUQQJ2QQFxCwR/IAsFIBwEQCAcIAtBAXRqLwEAIAZyQQBHIhQhBgsgC0EBagshHQJ/An8CQCAaRQRAIAcoAiQNAUEADAILIAYgFmohDyAXLQAHIgYhDCAJIQQgCgwCCyAHKAI4CyEMQQAgCSAHKAIUIgUbIQQgBiAWaiAMaiEPIAcoAhghDCAHKAIQIQYgBSAKagshBSAEIAxqIQQgBiATaiEMIBggGUEBaiIGSwRAAn8gHyAGQQN0aikCACIhpyIOQQFxBEAgIUIgiKdB/wFxIRUgIUIwiKdB/wFxIRAgIUIoiKdBD3EMAQsgDigCDCEVIA4oAgQhECAOKAIICyIRIAVqIQUgDCAQaiEMQQAgBCARGyAVaiEECwJ/IBoEQCATIBctAAciHmohFSAJIREgCgwBC0EAIAkgBygCFCIOGyERIAcoAhAgE2ohFSAHKAIYIR4gCiAOagshDkEAIRACf0EAIAEgFU8NABpBASACIA5JDQAaIAIgDkYgESAeaiADS3ELIRECQCAaDQAgBygCJEUNACAHKAIwIRALAkAgEQRAIBRBAXEEQCAAIA1BAWoiBCAAKAIMIgFLBH9BCCABQQF0IgEgBCABIARLGyIBIAFBCE0bIgJBHGwhAQJ/IAgEQCAIIAEjBygCABEBAAwBCyABIwgoAgARAAALIQggACACNgIMIAAoAggiDUEBagUgBAs2AgggACAINgIEIAggDUEcbGoiACAWNgIYIAAgCzYCFCAAIBk2AhAgACAJNgIMIAAgCjYCCCAAIBM2AgQgACAXNgIAIBKtDwsgEEUNASAAIA1BAWoiBCAAKAIMIgVLBH9BCCAFQQF0IgUgBCAEIAVJGyIEIARBCE0bIgVBHGwhBAJ/IAgEQCAIIAQjBygCABEBAAwBCyAEIwgoAgARAAALIQggACAFNgIMIAAoAggiDUEBagUgBAs2AgggACAINgIEIAggDUEcbGoiBCAWNgIYIAQgCzYCFCAEIBk2AhAgBCAJNgIMIAQgCjYCCCAEIBM2AgQgBCAXNgIAIAAoAgQiCCAAKAIIIg1BHGxqIglBHGsoAgAoAgAiBEEBcUUNAwwECyAUQQFxBEAgEkEBaiESDAELIBAgEmohEgsgBiAYRw0ACwsLIAAgGzYCCEJ/C5AFAgt/AX4jAEHgAGsiASQAAkAgACgCBCIHIAAoAggiBUEcbGoiBkEcaygCACIJKAIAIgJBAXENACACKAIkRQ0AIAAoAgAiCigCCCEEIAIvAUIiAwR/IAQoAlQgBC8BJCADbEEBdGoFQQALIQsgBkEEaygCACEDAkACQCAFQQFrIghFDQAgAi8BLCICQQFxDQAgAkEEcQ0BIAcgCEEcbGoiAkEcaygCACgCAC8BQiIIRQ0BIAMgBCgCVCAELwEkIAhsQQF0aiACKAIUQQF0ai8BAEEAR2ohAwwBCyADQQFqIQMLIAkpAgAhDCABIAo2AiAgASAMNwMYIAEgBkEYayIEKAIINgIsIAEgBCkCADcCJCABIAs2AjwgASADNgI4IAFCADcDMEEAIQMgDKciBEUNACAEKAIkRQ0AIAFCADcDECABQgA3AwggAUIANwMAIAFBGGogAUFAayABQd8AahAlRQRADAELQQAhBANAIAEoAkAhAgJAIAEtAF8Ef0ECBSACKAIAIgZBAXENASAGKAIkRQ0BIAYoAjBFDQFBAQshAyABIAEpAlQ3AxAgASABKQJMNwMIIAEgASkCRDcDACACIQQLIAFBGGogAUFAayABQd8AahAlDQALIARFBEBBACEDDAELIAAgBUEBaiICIAAoAgwiBksEf0EIIAZBAXQiBSACIAIgBUkbIgIgAkEITRsiBUEcbCECAn8gBwRAIAcgAiMHKAIAEQEADAELIAIjCCgCABEAAAshByAAIAU2AgwgACgCCCIFQQFqBSACCzYCCCAAIAc2AgQgByAFQRxsaiIAIAQ2AgAgACABKQMANwIEIAAgASkDCDcCDCAAIAEpAxA3AhQLIAFB4ABqJAAgAwuLAQEGfyABKAIUIQIgASgCDCEDIAEoAhAhBCABKAIAIQUgASgCBCEGIAEoAgghB0HgASMIKAIAEQAAIgFBADYCGCABQgA3AhAgASAHNgIMIAEgBjYCCCABIAU2AgQgASAENgIAIABBADsBEiAAIAM7ARAgAEKBgICAgAE3AgggACABNgIEIAAgAjYCAAvTAwEGfyMAQeAAayIFJABBASEIQQIhCQJAAkACQCABQf7/A2sOAgACAQtBACEJQQAhCAwBCyAEKAJIIAFBA2xqIgYtAABB5QBxIQggBi0AAUEBdCEJCyACKAIAIQYgAigCBCIHQQN0QcwAaiIKIAIoAghBA3RLBEAgBiAKIwcoAgARAQAhBiACIApBA3Y2AgggAiAGNgIAIAIoAgQhBwsgBUIANwNQIAVCADcDSCAFQUBrIgJCADcDACAFQgA3AyAgBUEANgIoIAVBATYCXCAFQgA3AzggBUEAOwEuIAVCADcDGCAFQgA3AwggBSADOwEWIAUgATsBMCAFIAggCXJB/wFxQRhBACABQf3/A0sbcjsBLCAFIAc2AjQgBiAHQQN0aiIBIAUoAlw2AgAgASAFKQNQNwIcIAEgBSkDSDcCFCABIAIpAwA3AgwgASAFKQM4NwIEIAEgBSgCNDYCJCABIAUvATA7ASggASAFLwEuOwEqIAEgBS8BLDsBLCABIAUoAig2AT4gASAFKQMgNwE2IAEgBSkDGDcBLiABIAUvARY7AUIgASAFKQMINwJEIABBADYCBCAAIAE2AgAgBSAAKQIANwMAIAUgBBAVIAVB4ABqJAALhwQCBn8BfiABQQA2AgQCQCAAKAIEIgJFDQADQAJ/IAAoAgAgAkEDdGoiBEEIaygCACIGQQFxBEAgBkEDdkEBcQwBCyAGLwEsQQJ2QQFxCwRAIARBBGsoAgAhBSAAIAJBAWs2AgQgASgCACECIAEgASgCBCIEQQFqIgMgASgCCCIHSwR/QQggB0EBdCIEIAMgAyAESRsiAyADQQhNGyIEQQN0IQMCfyACBEAgAiADIwcoAgARAQAMAQsgAyMIKAIAEQAACyECIAEgBDYCCCABKAIEIgRBAWoFIAMLNgIEIAEgAjYCACACIARBA3RqIgIgBTYCBCACIAY2AgAgACgCBCICDQELCyABKAIEIgBBAkkNAEEAIQIgAEEBdiIDQQFHBEAgA0H+////B3EhBkEAIQMDQCABKAIAIgQgAkEDdCIFaiIHKQIAIQggByAEIAEoAgQgAkF/c2pBA3QiB2opAgA3AgAgASgCACAHaiAINwIAIAEoAgAiBCAFaiIFKQIIIQggBSAEIAEoAgQgAkH+////AXNqQQN0IgVqKQIANwIIIAEoAgAgBWogCDcCACACQQJqIQIgA0ECaiIDIAZHDQALCyAAQQJxRQ0AIAEoAgAiACACQQN0aiIDKQIAIQggAyAAIAEoAgQgAkF/c2pBA3QiAmopAgA3AgAgASgCACACaiAINwIACwtzAQF/AkACQCAAKAIAQQ9JDQAgAUH9/wNLDQAgACgCCCAAKAIEaiABTQ0AIAAoAkggAUEDbGotAAJBAXENAQsgAkEANgIAQQAPCyAAKAKcASABQQJ0aiIBLwEAIQMgAiABLwECNgIAIAAoAqABIANBAXRqC8sDAgp/AX4gAUF/NgIAIAJBfzYCACADQX82AgACQCAAKAIcRQRADAELIABBQGshDgNAAkAgACgCGCAHQRhsaiIIKAESIgtBgIABcQ0AIA4hBSAIKAIEIgYgACgCOEkEQCAAKAI0IAZBDGxqIQULIAtB/x9xIgYgBSgCBE8NACAFKAIAIAZBHGxqIgUoAgghDCAFKAIEIQogBSgCACEGAkACQAJAIAUoAhApAgAiD6ciBUEBcQRAIAAoAnQgBiAPQjiIpyIFakkNAQwCCyAAKAJ0IAUoAhAgBmpPDQFBACAMIAUoAhQiDRshDCAKIA1qIQogBSgCGCEFCyAKIAAoAmQiDUkNACAKIA1HDQEgACgCaCAFIAxqSQ0BCyAIIAtBAWpB/x9xIAtBgOB+cXI2ARIgB0EBayEHDAELAkACQCAJRQ0AIAYgAigCACIFSQ0AIAUgBkcNASADKAIAIAgvARBNDQELIAAoAgAoAjwgCC8BDkEUbGovARIhBQJAIAQEQCAEIAVBggFxQYABRjoAAAwBCyAFQYABcQ0CCyABIAc2AgAgAiAGNgIAIAMgCC8BEDYCAAtBASEJCyAHQQFqIgcgACgCHEkNAAsLIAkL2xMCEX8BfiMAQTBrIggkACAAQUBrIQwgAEE0aiENIABBJGohECAAIQYCQANAIAYQeyAIQQA6AAsgBiAIQQxqIAhBFGogCEEQaiAIQQtqEHUhEgJAAkACQCAGKAIoIgNFDQAgCCgCECETIAgoAhQhEQNAAkACQAJAAkAgBigCJCIEKAIEIgUgBigCOEkEQCAEKAESIgdB/x9xIgAgDSgCACAFQQxsaiIDKAIETw0BIARBEmohBQwDCyAEKAESIgdB/x9xIgAgBigCRE8NASAEQRJqIQUgDCEDDAILIANBfzYCBCAGKAJQIQMgBiAGKAJUIgdBAWoiBCAGKAJYIgBLBH9BCCAAQQF0IgAgBCAAIARLGyIAIABBCE0bIgBBAnQhBAJ/IAMEQCADIAQjBygCABEBAAwBCyAEIwgoAgARAAALIQMgBiAANgJYIAYoAlQiB0EBagUgBAs2AlQgBiADNgJQIAMgB0ECdGogBTYCACAGKAIoIQMLIAYgA0ECTwR/IAYoAiQiBCAEIANBGGxqQRhrIgApAgA3AgAgBCAAKQIQNwIQIAQgACkCCDcCCCAGKAIoBSADC0EBayILNgIoQQAhAyALBEADQCADQQF0IgBBAmohDyADIQQCQCAAQQFyIgkgC08NACAGKAIkIgAgA0EYbGohByAMIQUgACAJQRhsaiIOKAIEIgAgBigCOCIKSQRAIA0oAgAgAEEMbGohBQsgDCEAIAogBygCBCIESwRAIA0oAgAgBEEMbGohAAsgAyEEIA4oARJB/x9xIgogBSgCBE8NAAJAIAcoARJB/x9xIgQgACgCBE8NACAFKAIAIApBHGxqKAIAIgUgACgCACAEQRxsaigCACIARwRAIAMhBCAAIAVLDQEMAgsgDi8BECIFIAcvARAiAEcEQCADIQQgACAFSw0BDAILIAMhBCAOKAIIIAcoAghPDQELIAkhBAsCQCALIA9NDQAgBigCJCIFIARBGGxqIQcgDCEAIAUgD0EYbGoiDigCBCIFIAYoAjgiCkkEQCANKAIAIAVBDGxqIQALIAwhBSAKIAcoAgQiCUsEQCANKAIAIAlBDGxqIQULIA4oARJB/x9xIgkgACgCBE8NAAJAIAcoARJB/x9xIgogBSgCBE8NACAAKAIAIAlBHGxqKAIAIgkgBSgCACAKQRxsaigCACIARwRAIAAgCUsNAQwCCyAOLwEQIgUgBy8BECIARwRAIAAgBUsNAQwCCyAOKAIIIAcoAghPDQELIA8hBAsgAyAERwRAIAggECgCACIFIANBGGxqIgNBEGopAgA3AyggCCADKQIINwMgIAggAykCADcDGCADIAUgBEEYbCIAaiIFKQIANwIAIAMgBSkCCDcCCCADIAUpAhA3AhAgECgCACAAaiIAIAgpAxg3AgAgACAIKQMoNwIQIAAgCCkDIDcCCCAEIQMMAQsLIAYoAighAwsgBiADNgIwDAELIAMoAgAgAEEcbGoiACgCCCEPIAAoAgQhCiAAKAIAIQsCf0EBAn8gACgCECkCACIUpyIDQQFxBEAgDyEJIAogBigCdCALIBRCOIinIgNqSQ0BGkEBDAILQQEgBigCdCADKAIQIAtqTw0BGkEAIA8gAygCFCIAGyEJIAMoAhghAyAAIApqCyIAIAYoAmQiDkkNABogACAORiAGKAJoIAMgCWpPcQshAwJAAkACQCALIAYoAnhPDQAgCiAGKAJsIgBLDQAgAyAAIApGIA8gBigCcE9xckEBRw0BCyAFIAdBAWpB/x9xIAdBgGBxcjYBACAGKAIoIQ5BACEDQQAhBANAIANBAXQiAEECaiEPAkAgAEEBciIJIA5PDQAgBigCJCIAIANBGGxqIQcgDCEFIAAgCUEYbGoiCygCBCIAIAYoAjgiCkkEQCANKAIAIABBDGxqIQULIAwhACAKIAcoAgQiBEsEQCANKAIAIARBDGxqIQALIAMhBCALKAESQf8fcSIKIAUoAgRPDQACQCAHKAESQf8fcSIEIAAoAgRPDQAgBSgCACAKQRxsaigCACIFIAAoAgAgBEEcbGooAgAiAEcEQCADIQQgACAFSw0BDAILIAsvARAiBSAHLwEQIgBHBEAgAyEEIAAgBUsNAQwCCyADIQQgCygCCCAHKAIITw0BCyAJIQQLAkAgDiAPTQ0AIAYoAiQiBSAEQRhsaiEHIAwhACAFIA9BGGxqIgsoAgQiBSAGKAI4IgpJBEAgDSgCACAFQQxsaiEACyAMIQUgCiAHKAIEIglLBEAgDSgCACAJQQxsaiEFCyALKAESQf8fcSIJIAAoAgRPDQACQCAHKAESQf8fcSIKIAUoAgRPDQAgACgCACAJQRxsaigCACIJIAUoAgAgCkEcbGooAgAiAEcEQCAAIAlLDQEMAgsgCy8BECIFIAcvARAiAEcEQCAAIAVLDQEMAgsgCygCCCAHKAIITw0BCyAPIQQLIAMgBEYNAiAIIBAoAgAiBSADQRhsaiIDQRBqKQIANwMoIAggAykCCDcDICAIIAMpAgA3AxggAyAFIARBGGwiAGoiBSkCADcCACADIAUpAgg3AgggAyAFKQIQNwIQIBAoAgAgAGoiACAIKQMYNwIAIAAgCCkDKDcCECAAIAgpAyA3AgggBCEDDAALAAtBASEDIAsgEUkNBCALIBFHDQMgEyAELwEQTQ0DDAQLIAYoAighAwsgAw0ACwsgCC0AC0EBRw0BIAYoAhgiAEUNASAAIAgoAgxBGGxqIQRBACEDCyAEKAIAIgdBf0YEQCAGIAYoApQBIgdBAWo2ApQBIAQgBzYCAAsgASAHNgIAIAEgBC8BEDsBBCAEKAIEIgAgBigCOEkEQCANKAIAIABBDGxqIQwLIAEgDCgCADYCCCABIAwoAgQ7AQYgAiAEKAESQf8fcTYCAEEBIQAgBCAEKAESIgFBAWpB/x9xIAFBgGBxcjYBEiADRQ0CIBBBACANEHcMAgsCQCAGKAJUDQAgBigCOCIAIAYoAkxPIBJxRQ0AAkAgBigCGCIJIAgoAgwiBEEYbGooAgQiBSAATw0AIA0oAgAgBUEMbGoiACgCBEF/Rg0AIABBfzYCBCAGKAJQIQMgBgJ/IAYoAlgEQEEAIQRBAQwBCwJ/IAMEQCADQSAjBygCABEBAAwBC0EgIwgoAgARAAALIQMgBkEINgJYIAYoAhghCSAGKAJUIgRBAWoLNgJUIAYgAzYCUCADIARBAnRqIAU2AgAgCCgCDCEECyAGKAIcIARBf3NqQRhsIgMEQCAJIARBGGxqIgAgAEEYaiAD/AoAAAsgBiAGKAIcQQFrNgIcCyAGQQEQfA0AIAYoAigNAAtBACEACyAIQTBqJAAgAAuTBQELfyMAQSBrIQsgAkEMaiEMIAAoAgQhDSABIQUDQCABQQF0IgNBAmohBgJAIANBAXIiCCANTw0AIAAoAgAiBSABQRhsaiEHIAwhAyAFIAhBGGxqIgkoAgQiBSACKAIEIgpJBEAgAigCACAFQQxsaiEDCyAMIQQgCiAHKAIEIgVLBEAgAigCACAFQQxsaiEECyABIQUgCSgBEkH/H3EiCiADKAIETw0AAkAgBygBEkH/H3EiBSAEKAIETw0AIAMoAgAgCkEcbGooAgAiAyAEKAIAIAVBHGxqKAIAIgRHBEAgASEFIAMgBEkNAQwCCyAJLwEQIgMgBy8BECIERwRAIAEhBSADIARJDQEMAgsgASEFIAkoAgggBygCCE8NAQsgCCEFCwJAIAYgDU8NACAAKAIAIgQgBUEYbGohCCAMIQMgBCAGQRhsaiIHKAIEIgQgAigCBCIJSQRAIAIoAgAgBEEMbGohAwsgDCEEIAkgCCgCBCIKSwRAIAIoAgAgCkEMbGohBAsgBygBEkH/H3EiCSADKAIETw0AAkAgCCgBEkH/H3EiCiAEKAIETw0AIAMoAgAgCUEcbGooAgAiAyAEKAIAIApBHGxqKAIAIgRHBEAgAyAESQ0BDAILIAcvARAiAyAILwEQIgRHBEAgAyAESQ0BDAILIAcoAgggCCgCCE8NAQsgBiEFCyABIAVHBEAgCyAAKAIAIgYgAUEYbGoiAUEQaikCADcDGCALIAEpAgg3AxAgCyABKQIANwMIIAEgBiAFQRhsIgNqIgYpAgA3AgAgASAGKQIINwIIIAEgBikCEDcCECAAKAIAIANqIgEgCykDCDcCACABIAspAxg3AhAgASALKQMQNwIIIAUhAQwBCwsL/QQCBH8CfgJAAkAgAS0AE0HAAHENACAAIAFBfxBrIgBFDQEgAi8BBiIGQf//A0YNACAAKAIAIQEgACAAKAIEIgVBAWoiBCAAKAIIIgdLBH9BCCAHQQF0IgUgBCAEIAVJGyIEIARBCE0bIgVBHGwhBAJ/IAEEQCABIAQjBygCABEBAAwBCyAEIwgoAgARAAALIQEgACAFNgIIIAAoAgQiBUEBagUgBAs2AgQgACABNgIAIAMpAgghCCADKQIQIQkgASAFQRxsaiIBIAMpAgA3AgAgASAGNgIYIAEgCTcCECABIAg3AgggAi8BCCIGQf//A0YNACAAKAIAIQEgACAAKAIEIgVBAWoiBCAAKAIIIgdLBH9BCCAHQQF0IgUgBCAEIAVJGyIEIARBCE0bIgVBHGwhBAJ/IAEEQCABIAQjBygCABEBAAwBCyAEIwgoAgARAAALIQEgACAFNgIIIAAoAgQiBUEBagUgBAs2AgQgACABNgIAIAMpAgghCCADKQIQIQkgASAFQRxsaiIBIAMpAgA3AgAgASAGNgIYIAEgCTcCECABIAg3AgggAi8BCiIFQf//A0YNACAAKAIAIQEgACAAKAIEIgRBAWoiAiAAKAIIIgZLBH9BCCAGQQF0IgQgAiACIARJGyICIAJBCE0bIgRBHGwhAgJ/IAEEQCABIAIjBygCABEBAAwBCyACIwgoAgARAAALIQEgACAENgIIIAAoAgQiBEEBagUgAgs2AgQgACABNgIAIAMpAgghCCADKQIQIQkgASAEQRxsaiIAIAMpAgA3AgAgACAFNgIYIAAgCTcCECAAIAg3AggLDwsgASABKAESQYCAAXI2ARILtwQBCn8jAEEgayIGJAAgACgCGCEDIAYgASgCACICKQIQNwMYIAYgAikCCDcDECAGIAIpAgA3AwggAiADayIJQRhtIQogBkF/NgIMAn8gAigCBEF/RwRAQQAgACAGQQhqIAoQayIDRQ0BGiACKAIEIgIgACgCOE8EfyAAQUBrBSAAKAI0IAJBDGxqCyIEKAIAIQsgAygCACECAkAgBCgCBCIIIAMoAgQiBGoiByADKAIITQ0AIAdBHGwhBQJ/IAIEQCACIAUjBygCABEBAAwBCyAFIwgoAgARAAALIQIgAyAHNgIIIAMoAgQiByAETQ0AIAcgBGtBHGwiB0UNACACIAVqIAIgBEEcbGogB/wKAAALAkAgCEUNACAIQRxsIQUgAiAEQRxsaiEEIAsEQCAFRQ0BIAQgCyAF/AoAAAwBCyAFRQ0AIARBACAF/AsACyADIAI2AgAgAyADKAIEIAhqNgIEIAAoAhghAwsgACgCHCICQQFqIgQgACgCIEsEQCAEQRhsIQICfyADBEAgAyACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEDIAAgBDYCICAAKAIcIQILAkAgCkEBaiIEIAJPDQAgAiAEa0EYbCICRQ0AIAMgCWoiBUEwaiAFQRhqIAL8CgAACyADIAlqIgIgBikDGDcAKCACIAYpAxA3ACAgAiAGKQMINwAYIAAgAzYCGCAAIAAoAhxBAWo2AhwgASACNgIAIAAoAhggBEEYbGoLIAZBIGokAAv5AgEKfyAAKAJcIAAoAgAoAjwgAS8BACIJQRRsai8BDCIKayEHIAAoAhghBAJAAkAgACgCHCIDRQ0AIAMhAgNAIAQgAkEYbGoiBkEMay8BACIIIAdJBEAgAiEFDAILAkAgByAIRw0AIAZBCGsvAQAiCCABLwECIgtGBEAgBkEKay8BACAJRg0ECyAIIAtLDQAgAiEFDAILIAJBAWsiAg0ACwsgAS8BAiEGIANBAWoiASAAKAIgSwRAIAFBGGwhAgJ/IAQEQCAEIAIjBygCABEBAAwBCyACIwgoAgARAAALIQQgACABNgIgIAAoAhwhAwtBgKACQYAgIApBAUYbIQIgBUEYbCEBAkAgAyAFTQ0AIAMgBWtBGGwiBUUNACABIARqIgNBGGogAyAF/AoAAAsgASAEaiIBQQA7ABYgASACNgASIAEgBjsAECABIAk7AA4gASAHOwAMIAFBfzYACCABQn83AAAgACAENgIYIAAgACgCHEEBajYCHAsLpAMBC38gACgCMCIGIAAoAigiAUkEQCMAQSBrIQUgAEFAayEJA0BBASECIAYEQANAIAAoAiQiAyAGIgFBAWsiCkEBdiIGQRhsIgtqIQQgCSECIAMgAUEYbGoiAygCBCIBIAAoAjgiB0kEQCAAKAI0IAFBDGxqIQILIAkhASAHIAQoAgQiCEsEQCAAKAI0IAhBDGxqIQELAkAgAygBEkH/H3EiByACKAIETw0AAkAgBCgBEkH/H3EiCCABKAIETw0AIAIoAgAgB0EcbGooAgAiAiABKAIAIAhBHGxqKAIAIgFHBEAgASACSw0BDAILIAMvARAiAiAELwEQIgFHBEAgASACSw0BDAILIAMoAgggBCgCCE8NAQsgBSADKQIQNwMYIAUgAykCCDcDECAFIAMpAgA3AwggAyAEKQIANwIAIAMgBCkCCDcCCCADIAQpAhA3AhAgACgCJCALaiICIAUpAwg3AgAgAiAFKQMYNwIQIAIgBSkDEDcCCCAKQQFLDQELCyAAKAIoIQEgACgCMEEBaiECCyAAIAI2AjAgAiIGIAFJDQALCwv+RgIffwF+IwBBoAFrIgYkACAAQUBrIRggAEEEaiEUIABBoAFqIR4DQEEAIQ8DQAJAIAAtAK4BQQFHDQAgACgCHCICRQ0AA0AgACACQQFrIgM2AhwCQCAAKAIYIAJBGGxqQRRrKAIAIgQgACgCOE8EQCADIQIMAQsgAyECIAAoAjQgBEEMbGoiAygCBEF/Rg0AIANBfzYCBCAAKAJQIQIgACAAKAJUIgVBAWoiAyAAKAJYIglLBH9BCCAJQQF0IgUgAyADIAVJGyIDIANBCE0bIgVBAnQhAwJ/IAIEQCACIAMjBygCABEBAAwBCyADIwgoAgARAAALIQIgACAFNgJYIAAoAlQiBUEBagUgAws2AlQgACACNgJQIAIgBUECdGogBDYCACAAKAIcIQILIAINAAsLAkAgAAJ/AkACfwJAAkAgD0EBcQ0AIAAtAK4BQQFGDQAgACAAKAIcIAAoAqgBakEBaiICNgKoAQJAIAJB6AdJDQAgAEEANgKoASAAKAKcASICRQ0AIAIoAgQiAkUNACAAIAAoAgggACgCDEEcbGpBGGsoAgA2AqQBIB4gAhEAAEUNACAAQQE6AK4BDAgLIAAtAK0BQQFGBEBBACEPIAAtAKwBQQFHDQZBACEHQQAhA0EAIAAoAhwiCUUNBRoDQAJAAkAgACgCACgCPCAAKAIYIgQgA0EYbGoiAi8BDkEUbGovAQwiBUH//wNGBEAgACgCXCIFIAIvAQxPQQAgBRsNASAAIAAoApgBIgRBAWo2ApgBIAIgBDYCCCAAKAIkIQUgACAAKAIoIgpBAWoiBCAAKAIsIghLBH9BCCAIQQF0IgggBCAEIAhJGyIEIARBCE0bIghBGGwhBAJ/IAUEQCAFIAQjBygCABEBAAwBCyAEIwgoAgARAAALIQUgACAINgIsIAAoAigiCkEBagUgBAs2AiggACAFNgIkIAUgCkEYbGoiBCACKQIANwIAIAQgAikCEDcCECAEIAIpAgg3AghBASEPIAdBAWohBwwCCyAAKAJcIAIvAQwgBWpPDQACQCACKAIEIgQgACgCOE8NACAAKAI0IARBDGxqIgIoAgRBf0YNACACQX82AgQgACgCUCEFIAAgACgCVCIKQQFqIgIgACgCWCIISwR/QQggCEEBdCIIIAIgAiAISRsiAiACQQhNGyIIQQJ0IQICfyAFBEAgBSACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEFIAAgCDYCWCAAKAJUIgpBAWoFIAILNgJUIAAgBTYCUCAFIApBAnRqIAQ2AgALIAdBAWohBwwBCyAHRQRAQQAhBwwBCyAEIAMgB2tBGGxqIgQgAikCADcCACAEIAIpAhA3AhAgBCACKQIINwIICyAJIANBAWoiA0cNAAsMBAtBACEHAn9BAAJ/IAAoAggiBSAAKAIMIgNBHGxqIgJBHGsoAgAiCygCACIEQQFxBEAgBEEDdkEBcQwBCyAELwEsQQJ2QQFxCw0AGiADQQJJBEAgAC8BFAwBC0EAIAJBOGsoAgAoAgAvAUIiBEUNABogFCgCACgCCCIJKAJUIAkvASQgBGxBAXRqIAJBCGsoAgBBAXRqLwEACyEEIAJBGGsoAgAhECACQRRrKAIAIQkgAkEQaygCACEMIAYgFCgCACISNgKcASAGIAs2ApgBIAYgBEH//wNxIhE2ApQBIAYgDDYCkAEgBiAJNgKMASAGIBA2AogBQQEhFSADQQJIBEBBASENQQAhDkEADAMLAkACQCADQQJrIgJFDQADQAJAIAUgAkEcbGoiA0EcaygCACgCAC8BQiIIRQ0AIBIoAggiCigCVCAKLwEkIAhsQQF0aiADKAIUQQF0ai8BACIHRQ0AIAMhBQwDCwJ/IAMoAgAoAgAiCEEBcQRAIAhBAXZBAXEMAQsgCC8BLEEBcQtFBEAgAkEBayICRQ0CDAELCyADIQULQQAhBwsCQCAFKAIAIg5FBEBBASENQQAhDgwBCyAFKAIMIQggBSgCCCEDIAUoAgQhBQJ/IA4pAgAiIaciAkEBcQRAIAggIUI4iKciAmohCiADDAELIAIoAhhBACAIIAIoAhQiDRtqIQogAigCECECIAMgDWoLIQ9BACENIAIgBWoiFiAAKAJ0IhpNIAJFIBYgGkZxRXENAgJAIA8gACgCZCIWSw0AIA8gFkciD0UgACgCaCIWIApJcQ0AIAINAyAPDQMgCiAWRw0DCyAFIAAoAnhPDQIgAyAAKAJsIgJJDQAgAiADRiAIIAAoAnBJcSEVCyASDAILIAZBoAFqJAAgD0EBcQ8LQQAhFSASCyEXAkAgCykCACIhpyICQQFxIgoEQCAMICFCOIinIgNqIQsgCSEIDAELIAIoAhhBACAMIAIoAhQiAxtqIQsgAyAJaiEIIAIoAhAhAwsgAyAQaiEFQQAhFgJ/QQAgFUUNABogACgCdCIPIAVPBEBBACADRSAFIA9GcUUNARoLAkAgCCAAKAJkIg9LDQAgCCAPRyIPRSAAKAJoIhogC0lxDQBBACADDQEaQQAgDw0BGkEAIAsgGkcNARoLQQAgECAAKAJ4Tw0AGkEBIAkgACgCbCIPSQ0AGiAJIA9GIAwgACgCcElxCyEaAkAgACgCjAEiEyAFTyADRSAFIBNGcUVxDQACQCAIIAAoAnwiD0sNACAIIA9HIg9FIAAoAoABIhkgC0lxDQAgAw0BIA8NASALIBlHDQELIBAgACgCkAFPDQBBASEWIAkgACgChAEiA0kNACADIAlGIAwgACgCiAFJcSEWC0EAIQ8CQCAQIBNJDQAgACgCfCIDIAlPBEAgAyAJRw0BIAwgACgCgAFJDQELIAUgACgCkAFLDQAgACgChAEiAyAITQRAIAMgCEcNASALIAAoAogBSw0BCyAALQCsAUEBRw0AAn8CQCARRQRAIAoEQCACQYD+A3FBCHYhBAwCCyACLwEoIQQLQf//AyAEQf//A3FB//8DRg0BGgsgEigCCCgCTCAEQf//A3FBAXRqLwEACyEdQQEhCwJAAkACQCARQf7/A2sOAgACAQtBACELDAELIBEEQCASKAIIKAJIIBFBA2xqLQABQQBHIQsMAQsgCgRAIAJBAnZBAXEhCwwBCyACLwEsQQF2QQFxIQsLIAoEfyACQQV2QQFxBSACLwEsQQl2QQFxCyETIAZCADcDeCAGQgA3A3AgBkEINgJsIAZB8ABqIR9BACEKIAYoAmwhICAGQQA7AYIBIAZBADYCbCAGQQA6AIcBIAZBADoAhgEgBkEAOgCFAQJAIBQoAggiA0EBayICRQ0AIBQoAgQhGSAUKAIAKAIIIQkDQCADIQQgGSACIgNBHGxqIQggGSAEQRxsakE4aygCACIQKAIALwFCIgIEfyAJKAJUIAkvASQgAmxBAXRqBUEACyEMAkACQAJ/IAgoAgAiGygCACIFQQFxIhIEQCAFQQN2QQFxDAELIAUvASxBAnZBAXELDQAgDEUNACAMIAgoAhRBAXRqLwEAIgINAQsgEgRAIAVBgP4DcUEIdiECDAELIAUvASghAgsCQAJAAkAgAkH+/wNrDgICAQALIAkoAkggAkEDbGohBSAUKAIIIARHBEAgBS0AAEEBcQ0ECyAFLQACQQFxRQ0BIAogIE8NASAfIApBAXRqIAI7AQAgBiAKQQFqIgo2AmwMAQsgBCAUKAIIRw0CCwJAIAYtAIYBDQAgECgCACgCJCEcAn8gGygCACICQQFxBEAgAkEDdkEBcQwBCyACLwEsQQJ2QQFxCyECIAgoAhBBAWoiBCAcTw0AIAgoAhQgAkVqIRIDQAJAAkACfyAQKAIAIgIgAigCJEEDdGsgBEEDdGooAgAiBUEBcSIRBEAgBUEDdkEBcQwBCyAFLwEsQQJ2QQFxCw0AIAxFDQAgDCASQQF0ai8BACICDQELIBEEQCAFQYD+A3FBCHYhAgwBCyAFLwEoIQILIBICfwJAAkACQAJAAkACQCACQf7/A2sOAgEDAAsgCSgCSCACQQNsaiICLQAAQQFxRQ0AIAItAAEgBkEBOgCHAUEBcQ0DIBFFDQEMBAsgEQ0DIAUoAiRFDQAgBSgCMEUNACAGQQE6AIcBIAUoAjQNAgsgBS8BLEECdkEBcQwDCyAGQQE6AIcBCyAGQQE6AIYBDAMLIAVBA3ZBAXELRWohEiAEQQFqIgQgHEcNAAsLAkACfyAbKAIAIgJBAXEEQCACQQN2QQFxDAELIAIvASxBAnZBAXELDQAgCSgCIEUNACAJKAJEIAkoAkAgECgCAC8BQkECdGoiBC8BAEECdGoiAiAELwECIgVBAnRqIQwgBi8BggEiBEUEQCAFRQ0BIAIhBANAAkAgBC0AA0UEQCAIKAIUIAQtAAJGDQELIARBBGoiBCAMSQ0BDAMLCyAGIAQvAQAiBDsBggEgBEUNAQsgBUUNAANAAkAgAi8BACAERw0AIAgoAhQgAi0AAk8NACAGQQE6AIUBDAILIAJBBGoiAiAMSQ0ACwsgA0EBayICDQALCwJ/QQAgDQ0AGgJAIAdFBEAgDigCACICQQFxBEAgAkGA/gNxQQh2IQcMAgsgAi8BKCEHCyAHQf//A3FB//8DRw0AQQEMAQsgFygCCCgCTCAHQf//A3FBAXRqLwEAQf//A0YLIQkgACgCACICLwGgASEHAkAgHUH//wNxIg1B//8DRiISDQAgB0H//wNxRQRAQQAhBwwBC0EAIQMgBigCbCEIIAYvAYIBIQogFUUgCXJBAXEhDgNAIAIoAjwgAigCSCADQQZsaiIELwEAQRRsaiIFLwEMIQcgACgCXCEMAkACQCAELQAEQQFGBEAgGg0BDAILIA4NAQsgBS8BBCIQQQAgCiAQRxsNAEEAIAUvAQIgCBsNACAAKAJgIAwgB2tJDQAgACAEEHogACgCACECCyADQQFqIgMgAi8BoAEiB0kNAAsLAkAgAigCTCIIIAdB//8DcSIDayIHRQ0AIAIoAjwhBCACKAJIIQUgB0EBRwRAA0AgB0EBdiIKIANqIg4gAyANIAQgBSAOQQZsai8BAEEUbGovAQBLGyEDIAcgCmsiB0EBSw0ACwsCQCANIAQgBSADQQZsai8BAEEUbGovAQAiB00NACADQQFqIgMgCE8NACAEIAUgA0EGbGovAQBBFGxqLwEAIQcLIA0gB0H//wNxRw0AIAAoAlwgBCAFIANBBmxqIgcvAQBBFGxqIgUvAQxrIQQgBi8BggEhCCAVRSAJckEBcSEJA0ACQAJAIActAARBAUYEQCAaDQEMAgsgCQ0BCyAFLwEEIgVBACAFIAhHGw0AIAQgACgCYEsNACAAIAcQeiAAKAIAIQILIANBAWoiAyACKAJMRg0BIAIoAjwgAigCSCADQQZsaiIHLwEAQRRsaiIFLwEAIA1GDQALCyAAKAIcRQ0AIA1B//8DRyEVIAYtAIUBIREgBi0AhgEhECAGLQCHASEZIAYvAYIBIRtBACEJA0AgBiAJQRhsIhwgACgCGGoiBTYCaCAAKAIAKAI8IQQgBSAFKAESIgNB/79/cSIINgESQQEhAgJAIAAoAlwgBCAFLwEOQRRsIgxqIgQvAQwgBS8BDGpHBEAgCSEDDAELAn8gBC8BACICRQRAIAQvARIiB0GABHFBCXYiAiASciALckEBcQRAIBMgFSACGwwCCyAHQQFzDAELIAQvARIhB0EAIAIgDUcNABogB0GABHFFIBNyCyAHQQRxRSAQQQFzcnEhAiADQYAgcUUgB0ECcUUgC0F/c3IgA0EQdnJxAn8CQCAELwECIg5FDQBBACIDIAYoAmwiF0UNARoDQCAGQfAAaiADQQF0ai8BACAORg0BIANBAWoiAyAXRw0AC0EADAELIAILIQMgGXEhCiAELwEEIgIEQCAKIBFxIAogAiAbRiICGyEKIAIgA3EhAwsCfwJAAkACQAJAAkAgBC8BECICBEAgACgCACgCeCACQQF0aiECA0AgAi8BACIORQ0CIAZBQGsgBikCkAE3AwAgBiAGKQKYATcDSCAGIAYpAogBNwM4IAZB0ABqIAZBOGogDhA9IAJBAmohAiAGKAJgRQ0ACwwDCyADQQFxDQEMAgsgA0EBcUUNAQtBACEOAkAgCkEBcUUNAAJAIAdBwABxDQAgACgCACgCPCAMaiEDQQEhAgNAIAJBFGwhCiACQQFqIQIgAyAKaiIHLwESIgpBCHENAAsgBy8BDCICQf//A0YNASADLwEMIgcgAk8EQCAKQQJxRQ0CIAIgB0cNAgsgCkGAAnFFDQAgAy8BAA0BCyAAIAZB6ABqEHlBAEchDiAGKAJoIgUoARIhCAsCQCAIQYCAAnFFDQACQCAAKAIMIgJBAk4EQCAAKAIIIQcCQCACQQJrIgJFBEBBACEKDAELA0ACQCAHIAJBHGxqIgNBHGsoAgAoAgAvAUIiCgRAIBQoAgAoAggiDCgCVCAMLwEkIApsQQF0aiADKAIUQQF0ai8BACIKDQELQQAhCgJ/IAMoAgAoAgAiDEEBcQRAIAxBAXZBAXEMAQsgDC8BLEEBcQsNACACQQFrIgINAQwCCwsgAyEHCyAHKQIEISEgBygCDCEDIAcoAgAhAiAGIBQoAgA2AmQgBiACNgJgIAYgCjYCXCAGIAM2AlggBiAhNwJQIAINAQsgBSAIQYCAAXI2ARIMAQsgBSAIQf//fXE2ARIgBCEDA0AgAyICQRRrIQMgAkECay0AAEEYcQ0AIAJBCGsvAQANAAsgAkEOay8BAEH//wNGDQAgBiAGKQJgNwMwIAYgBikCWDcDKCAGIAYpAlA3AyAgACAFIAMgBkEgahB4CyAELwEGQf//A0cEQCAGIAYpApgBNwMYIAYgBikCkAE3AxAgBiAGKQKIATcDCCAAIAUgBCAGQQhqEHgLIAUoARIiAkGAgAFxDQEgBSAFLwEOQQFqIgM7AQ4gACgCACgCPCADQf//A3FBFGxqIQMgBQJ/AkAgBC8BAA0AIAQvARJBAXENACADLQASQQJxRQ0AIAJBgCByDAELIAJB/99+cQtB//97cTYBEiABBEAgAy0AEkEHdiAPciEPC0F/IAlBf0YNAxogCUEBaiEIIAkhAgNAIAYgACgCGCACQRhsaiIENgJQAkAgACgCACgCPCAELwEOIgpBFGxqIgMvAQ4iB0H//wNGDQAgAy8BEiIFQRBxBEAgBCAHOwEOIAJBAWshAgwBCyAFQQhxBEAgBCAKQQFqOwEOIAMvARIhBSACQQFrIQILAkAgBUGACHFFDQAgBUEEcUUNACAQQQFxDQELIAAgBkHQAGoQeSIERQ0AIAQgAy8BDjsBDiAOQQFqIQ4gCEEBaiEIIAMvARIiBUEIcQRAIAQgBCgBEkGAIHI2ARIgAy8BEiEFCyAFQYAIcUUNACAFQQJxRQRAIAQgBCgBEkH//3txQYCABEEAIAAoAgAoAjwgAy8BDkEUbGovAQwgAy8BDEYbcjYBEgwBCyAAKAIAKAI8IAYoAlAvAQ5BFGxqQQhrLwEAIAMvAQxPDQAgBCAEKAESQYAgcjYBEgsgAkEBaiICIAhJDQALDAILQQAhDiAKQQFxDQEgBSgCBCIEIAAoAjhPDQAgACgCNCAEQQxsaiICKAIEQX9GDQAgAkF/NgIEIAAoAlAhAyAAIAAoAlQiBUEBaiICIAAoAlgiCEsEf0EIIAhBAXQiBSACIAIgBUkbIgIgAkEITRsiBUECdCECAn8gAwRAIAMgAiMHKAIAEQEADAELIAIjCCgCABEAAAshAyAAIAU2AlggACgCVCIFQQFqBSACCzYCVCAAIAM2AlAgAyAFQQJ0aiAENgIACyAAKAIcIAlBf3NqQRhsIgIEQCAAKAIYIBxqIgMgA0EYaiAC/AoAAAsgACAAKAIcQQFrNgIcIAlBAWsMAQsgCQshAyAOQQFqIQILIAIgA2oiCSAAKAIcIgxJDQALQQEhCSAMQQJPBEADQAJAAkAgACgCGCAJQRhsaiICLwEMIg0gAkEMay8BACIDRwRAIAMgDU0NAiACLwEQIQoMAQsgAi8BECIKIAJBCGsvAQAiA0cEQCADIApLDQEMAgsgGCEDIAIoAgQiBCAAKAI4IgVJBEAgACgCNCAEQQxsaiEDCyAYIQcgBSACQRRrKAIAIgRLBEAgACgCNCAEQQxsaiEHCyAHKAIEIQQCQCADKAIEIgVFDQAgBEUNACADKAIAKAIAIAcoAgAoAgBJDQEMAgsgBQ0BIARFDQELIAIoAgghDiACLwEOIQwgAigCBCELIAIoAgAhECAGIAIvARY7AVQgBiACKAESNgJQIAIgAkEYayIDKQIANwIAIAIgAykCCDcCCCACIAMpAhA3AhBBACEEAkAgCSICQQFrIgNFDQADQCACIQUgAyECAkAgACgCGCISIAVBGGxqIgNBJGsvAQAiBSANRwRAIAUgDUsNASACIQQMAwsgCkH//wNxIgUgA0Egay8BACIIRwRAIAUgCEkNASACIQQMAwsgGCEIIAAoAjgiBSALSwRAIAAoAjQgC0EMbGohCAsgGCEHIAUgA0EsaygCACIDSwRAIAAoAjQgA0EMbGohBwsgBygCBCEDAkAgCCgCBCIFRQ0AIANFDQAgCCgCACgCACAHKAIAKAIASQ0BIAIhBAwDCyAFBEAgAiEEDAMLIAMNACACIQQMAgsgEiACQRhsaiIDIANBGGsiBSkCADcCACADIAUpAhA3AhAgAyAFKQIINwIIIAJBAWsiAw0ACwsgACgCGCAEQRhsaiICIAo7ARAgAiAMOwEOIAIgDTsBDCACIA42AgggAiALNgIEIAIgEDYCACACIAYoAlA2ARIgAiAGLwFUOwEWIAAoAhwhDAsgCUEBaiIJIAxJDQALC0EAIQ0gDEUNAANAAkAgDUEYbCIZIAAoAhhqIgstABNBwABxRQRAAkACQCANIgpBAWoiBSAMTw0AA0AgBUEYbCIbIAAoAhhqIgcvAQwgCy8BDEcNASAHLwEQIAsvARBHDQEgGCECIAsoAgQiBCAAKAI4IglPIg5FBEAgACgCNCAEQQxsaiECCyAYIQMgBygCBCIQIAlPIhJFBEAgACgCNCAQQQxsaiEDCwJAIAIoAgQiCUUNACADKAIERQ0AIAIoAgAgCUEcbGoiAkEcaygCACEJIAMoAgAoAgACfyACQQxrKAIAKQIAIiGnIgJBAXEEQCAhQjiIpwwBCyACKAIQCyAJak8NAgsgGCEIIA5FBEAgACgCNCAEQQxsaiEICyAYIQkgEkUEQCAAKAI0IBBBDGxqIQkLQQEhDiAGQQE6AGggBkEBOgBQIAkoAgQhFUEAIQMCQAJAAkACQCAIKAIEIhwEQEEBIQRBACECA0ACQAJAIAMgFUkEQAJAAkAgCCgCACACQRxsaiIRKAIQIhcgCSgCACADQRxsaiITKAIQIh1GBEAgESgCGCATKAIYRw0BIANBAWohAyACQQFqIQIMBQsgESgCACIRIBMoAgAiE0kNAyARIBNNBEACfyAXKQIAIiGnIhdBAXEEQCAhQjiIpwwBCyAXKAIQCyARaiERIBECfyAdKQIAIiGnIhdBAXEEQCAhQjiIpwwBCyAXKAIQCyATaiITSw0EIBEgE08NAQsMAQsgAkEBaiECQQAhBAsgA0EBaiEDQQAhDgwCCyAGIAQ6AGggBiAOOgBQIAZB6ABqIQIMBAsgAkEBaiECQQAhBAsgAiAcSQ0ACyAGIAQ6AGggBiAOOgBQCyAGQdAAaiECIAMgFUkNACAOQQFxDQEMAgsgAkEAOgAAIAYtAFBFDQELIAcoARIhAgJAIAsvAQ4gBy8BDkcNACACQYAgcUUEQCALLQATQRBxDQELAkAgEg0AIAAoAjQgEEEMbGoiAigCBEF/Rg0AIAJBfzYCBCAAKAJQIQIgACAAKAJUIgdBAWoiAyAAKAJYIgRLBH9BCCAEQQF0IgQgAyADIARJGyIDIANBCE0bIgRBAnQhAwJ/IAIEQCACIAMjBygCABEBAAwBCyADIwgoAgARAAALIQIgACAENgJYIAAoAlQiB0EBagUgAws2AlQgACACNgJQIAIgB0ECdGogEDYCACAAKAIcIQwLIAwgCmtBGGxBMGsiAgRAIAAoAhgiAyAbaiADIApBGGxqQTBqIAL8CgAACyAAIAAoAhxBAWs2AhwMAgsgByACQYDAAHI2ARILIAYtAGhBAUYEQCALKAESIQICQCALLwEOIAcvAQ5HDQAgAkGAIHFFBEAgBy0AE0EQcQ0BCwJAIAsoAgQiBCAAKAI4Tw0AIAAoAjQgBEEMbGoiAigCBEF/Rg0AIAJBfzYCBCAAKAJQIQMgACAAKAJUIgVBAWoiAiAAKAJYIglLBH9BCCAJQQF0IgUgAiACIAVJGyICIAJBCE0bIgVBAnQhAgJ/IAMEQCADIAIjBygCABEBAAwBCyACIwgoAgARAAALIQMgACAFNgJYIAAoAlQiBUEBagUgAgs2AlQgACADNgJQIAMgBUECdGogBDYCAAsgACgCHCANQX9zakEYbCICBEAgACgCGCAZaiIDIANBGGogAvwKAAALIAAgACgCHEEBayIMNgIcIA1BAWshDQwFCyALIAJBgMAAcjYBEgsgBSEKCyAKQQFqIgUgACgCHCIMSQ0ACwsgACgCACgCPCALLwEOQRRsai8BDEH//wNHDQAgCy0AE0EgcQ0AIAAgACgCmAEiAkEBajYCmAEgCyACNgIIIAAoAiQhAiAAIAAoAigiB0EBaiIDIAAoAiwiBEsEf0EIIARBAXQiBCADIAMgBEkbIgMgA0EITRsiBEEYbCEDAn8gAgRAIAIgAyMHKAIAEQEADAELIAMjCCgCABEAAAshAiAAIAQ2AiwgACgCKCIHQQFqBSADCzYCKCAAIAI2AiQgAiAHQRhsaiICIAspAgA3AgAgAiALKQIQNwIQIAIgCykCCDcCCCAAKAIcIAsgACgCGGtBGG1Bf3NqQRhsIgIEQCALIAtBGGogAvwKAAALIAAgACgCHEEBayIMNgIcIA1BAWshDUEBIQ8LIA1BAWohDQwBCyAMIA1Bf3NqQRhsIgIEQCALIAtBGGogAvwKAAALIAAgACgCHEEBayIMNgIcCyAMIA1LDQALCwJAAkACQCAWRQ0AAkAgGgRAIAAoAlwgACgCYEkNAQsgACgCHCIDBEAgACgCGCEEIAAoAgAoAjwhBUEAIQIDQCAFIAQgAkEYbGoiCS8BDkEUbGovAQwiCEH//wNHBEAgACgCXCAJLwEMIAhqSQ0DCyACQQFqIgIgA0cNAAsLIAAoAlwgACgCYE8NASAALQCsAQ0BIAAoAgggACgCDEEcbGpBHGsoAgAoAgAiAkEBcQ0AIAItACxBA3ENACACKAIkRQ0AAkACQAJAIAAoAgAiBCgClAEiAw4CBAABCyACLwEoIQggBCgCkAEhCUEAIQIMAQsgAi8BKCEIIAQoApABIQlBACECA0AgAiADQQF2IgQgAmoiAiAJIAJBAXRqLwEAIAhB//8DcUsbIQIgAyAEayIDQQFLDQALCyAJIAJBAXRqLwEAIAhB//8DcUcNAQtBACECIBQQSUEBaw4CAgEACyAAQQE6AK0BDAULQQEhAiAAIAAoAlxBAWo2AlwLIAAgAjoArAEMAwsgACgCHCAHaws2AhwLAkACQAJAIBQjAkEOahBIQQFrDgIBAAILIAAtAKwBRQRAIABBAToArAEgACAAKAJcQQFqNgJcCyAAQQA6AK0BDAILIAAtAKwBQQFGBEAgAEEAOgCsASAAIAAoAlxBAWs2AlwLIABBADoArQEMAQsgACgCDCIDQQFrIgIEQAJAIANBAmsiAwRAIAAoAgghCQNAIAIhBQJAAn8gCSADIgJBHGxqIgQoAgAoAgAiA0EBcQRAIANBAnENBSADQQN2QQFxDAELIAMvASwiA0EBcQ0EIANBAnZBAXELDQAgBEEcaygCACgCAC8BQiIDRQ0AIBQoAgAoAggiCCgCVCAILwEkIANsQQF0aiAEKAIUQQF0ai8BAA0DCyACQQFrIgMNAAsLQQEhBQsgACAFNgIMIAAgACgCXEEBazYCXAUgAEEBOgCuAQsMAAsACwAL+woBDH8CfyAAKAIoRQRAQQAgAEEAEHxFDQEaCyAAQSRqIQkCQCAAKAIwRQ0AIAAQeyAAKAIwIgZFBEBBACEGDAELIAAoAigiBUECSQ0AIAVBAWsiA0EDcSEHIAkoAgAhAgJAIAVBAmtBA0kEQEEBIQVBACEDDAELIANBfHEhCkEAIQNBASEFA0AgBUEDaiAFQQJqIAVBAWogBSADIAIgBUEYbGoiCCgCCCACIANBGGxqKAIISRsiAyAIKAIgIAIgA0EYbGooAghJGyIDIAgoAjggAiADQRhsaigCCEkbIgMgCCgCUCACIANBGGxqKAIISRshAyAFQQRqIQUgBEEEaiIEIApHDQALCyAHRQ0AA0AgBSADIAIgBUEYbGooAgggAiADQRhsaigCCEkbIQMgBUEBaiEFIAtBAWoiCyAHRw0ACwsgCSgCACADQRhsaiICKAIAIgVBf0YEQCAAIAAoApQBIgVBAWo2ApQBIAIgBTYCAAsgASAFNgIAIAEgAi8BEDsBBCAAQTRqIQUCQCACKAIEIgggACgCOE8EQCABIAAoAkA2AgggASAAKAJEOwEGDAELIAEgBSgCACAIQQxsaiICKAIANgIIIAEgAigCBCIBOwEGIAFBf0YNACACQX82AgQgACgCUCEBIAAgACgCVCIEQQFqIgIgACgCWCIGSwR/QQggBkEBdCIEIAIgAiAESRsiAiACQQhNGyIEQQJ0IQICfyABBEAgASACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEBIAAgBDYCWCAAKAJUIgRBAWoFIAILNgJUIAAgATYCUCABIARBAnRqIAg2AgAgACgCMCEGCwJAIAYEQCMAQSBrIggkAAJAIAMiASAJKAIEQQFrIgJGBEAgCSADNgIEDAELIAkoAgAiBCABQRhsIgZqIgMgBCACQRhsaiICKQIANwIAIAMgAikCEDcCECADIAIpAgg3AgggCSAJKAIEQQFrNgIEAkAgAUUNACAJKAIAIgIgAUEBa0EBdkEYbGohAyACIAZqIgIoAgQiBCAFKAIEIgZPBH8gBUEMagUgBSgCACAEQQxsagshBCAGIAMoAgQiB00EfyAFQQxqBSAFKAIAIAdBDGxqCyEGIAIoARJB/x9xIgcgBCgCBE8NAAJAIAMoARJB/x9xIgogBigCBE8NACAEKAIAIAdBHGxqKAIAIgQgBigCACAKQRxsaigCACIGRwRAIAQgBkkNAQwCCyACLwEQIgQgAy8BECIGRwRAIAQgBk8NAgwBCyACKAIIIAMoAghPDQELIAVBDGohAwNAIAkoAgAiBiABIgRBAWsiCkEBdiIBQRhsIgtqIQcgAyECIAYgBEEYbGoiBigCBCIEIAUoAgQiDEkEQCAFKAIAIARBDGxqIQILIAMhBCAMIAcoAgQiDUsEQCAFKAIAIA1BDGxqIQQLIAYoARJB/x9xIgwgAigCBE8NAgJAIAcoARJB/x9xIg0gBCgCBE8NACACKAIAIAxBHGxqKAIAIgIgBCgCACANQRxsaigCACIERwRAIAIgBEkNAQwECyAGLwEQIgIgBy8BECIERwRAIAIgBEkNAQwECyAGKAIIIAcoAghPDQMLIAggBikCEDcDGCAIIAYpAgg3AxAgCCAGKQIANwMIIAYgBykCADcCACAGIAcpAgg3AgggBiAHKQIQNwIQIAkoAgAgC2oiAiAIKQMINwIAIAIgCCkDGDcCECACIAgpAxA3AgggCkECTw0ACwwBCyAJIAEgBRB3CyAIQSBqJAAgACAAKAIoNgIwDAELIAAoAiggA0F/c2pBGGwiAQRAIAAoAiQgA0EYbGoiAyADQRhqIAH8CgAACyAAIAAoAihBAWs2AigLQQELC1gBA38CQAJAIAIoAgAiAyACKAIEIgRyRQRAIAJCfzcCAAwBCyABKAIAIgUgA0sNASADIAVHDQAgASgCBCAESw0BCyAAIAEpAgA3AnwgACACKQIANwKEAQsLVwEDfwJAAkAgAigCACIDIAIoAgQiBHJFBEAgAkJ/NwIADAELIAEoAgAiBSADSw0BIAMgBUcNACABKAIEIARLDQELIAAgASkCADcCZCAAIAIpAgA3AmwLC50EAQZ/IwBBIGsiBCQAIAQgAikCEDcDGCAEIAIpAgg3AxAgBCACKQIANwMIIABBADYCMCAAQQA2AiggAEEANgIcIAQoAhghBSAEKAIQIQYgBCgCDCEIIAQoAgghCSAEKAIcIQIgACAEKAIUOwEUIAAgAjYCBCAAQQA2AgwgACgCCCECIAAoAhAEf0EABQJ/IAIEQCACQeABIwcoAgARAQAMAQtB4AEjCCgCABEAAAshAiAAQQg2AhAgACgCDAshByAAIAI2AgggACAHQQFqNgIMIAIgB0EcbGoiAkEANgIYIAJCADcCECACIAY2AgwgAiAINgIIIAIgCTYCBCACIAU2AgAgAEEANgJUIAAoAjgEQCAAKAJQIQdBACECA0AgACgCNCACQQxsakF/NgIEIAAgACgCVCIGQQFqIgUgACgCWCIISwR/QQggCEEBdCIGIAUgBSAGSRsiBSAFQQhNGyIGQQJ0IQUCfyAHBEAgByAFIwcoAgARAQAMAQsgBSMIKAIAEQAACyEHIAAgBjYCWCAAKAJUIgZBAWoFIAULNgJUIAAgBzYCUCAHIAZBAnRqIAI2AgAgAkEBaiICIAAoAjhJDQALCyAAQgA3ApQBIABBATYCrAEgAEEANgJcIAAgATYCACAAQgA3ApwBIABCADcCpAEgAwRAIAAgAzYCnAEgAygCACEBIABBADYCpAEgACABNgKgAQsgBEEgaiQAC/kBAQJ/QbABIwgiASgCABEAACIAQQBBzAD8CwAgAEIANwJQIABBfzYCTCAAQgA3AlggAEIANwKUASAAQX82ApABIABC/////w83AogBIABCgICAgHA3AoABIABC/////w83AnggAEL/////DzcCcCAAQoCAgIBwNwJoIABC/////w83AmAgAEIANwKcASAAQgA3AqQBIABBADYCrAEgAEHAASABKAIAEQAANgIYIABBCDYCICAAKAIkIQEgACgCLEEHTQRAAn8gAQRAIAFBwAEjBygCABEBAAwBC0HAASMIKAIAEQAACyEBIABBCDYCLAsgACABNgIkIAALIwEBfyAAKAJkIAFLBH8gACgCYCABQRxsai0AGAVBAAtBAXELUAEDfyAAKAJMIgJFBEBBAQ8LIAAoAkghA0EAIQADQAJAIAEgAyAAQQZsaiIELwECRw0AIAQtAARBAUYNAEEADwsgAEEBaiIAIAJHDQALQQELEAAgACgCYCABQRxsaigCFAsQACAAKAJgIAFBHGxqKAIQCzYBAX8gACgCYCABQRxsaiIBKAIIIQMgAiABKAIMIgE2AgAgAUUEQEEADwsgACgCVCADQQN0agstAQF/IAAoAiQgAUH//wNxQQN0aiIBKAIAIQMgACgCGCACIAEoAgQ2AgAgA2oLLwEBfyACQf//A3EiAiAAKAIwIAFBDGxqIgAoAgRJBH8gACgCACACai0AAAVBAAsLLQEBfyAAKAIMIAFB//8DcUEDdGoiASgCACEDIAAoAgAgAiABKAIENgIAIANqCwcAIAAoAigLBwAgACgCEAsHACAAKAJkC/ANAQd/IwBBoAFrIgYkAEGkASMIKAIAEQAAIQMgBkEAQZwB/AsAAkAgACgCnAEiAUUNACABKAJcDQAgASgCaCABRw0AIAEgASgCqAFBAWo2AqgBCyAALwGgASECIAMgBkGcAfwKAAAgA0EAOwGiASADIAI7AaABIAMgATYCnAEgAygCPCEBIAAoAjwhBQJAIAAoAkAiBCADKAJETQRAIARBFGwhAgwBCyAEQRRsIQICfyABBEAgASACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEBIAMgBDYCRAsgAyAENgJAIAIEQCABIAUgAvwKAAALIAMgATYCPCADKAJIIQEgACgCSCEFAkAgACgCTCIEIAMoAlBNBEAgBEEGbCECDAELIARBBmwhAgJ/IAEEQCABIAIjBygCABEBAAwBCyACIwgoAgARAAALIQEgAyAENgJQCyADIAQ2AkwgAgRAIAEgBSAC/AoAAAsgAyABNgJIIAMoAlQhASAAKAJUIQUCQCAAKAJYIgQgAygCXE0EQCAEQQN0IQIMAQsgBEEDdCECAn8gAQRAIAEgAiMHKAIAEQEADAELIAIjCCgCABEAAAshASADIAQ2AlwLIAMgBDYCWCACBEAgASAFIAL8CgAACyADIAE2AlQgAygCYCEBIAAoAmAhBQJAIAAoAmQiBCADKAJoTQRAIARBHGwhAgwBCyAEQRxsIQICfyABBEAgASACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEBIAMgBDYCaAsgAyAENgJkIAIEQCABIAUgAvwKAAALIAMgATYCYCADKAJsIQEgACgCbCEFAkAgACgCcCIEIAMoAnRNBEAgBEEDdCECDAELIARBA3QhAgJ/IAEEQCABIAIjBygCABEBAAwBCyACIwgoAgARAAALIQEgAyAENgJ0CyADIAQ2AnAgAgRAIAEgBSAC/AoAAAsgAyABNgJsIAMoAnghASAAKAJ4IQUCQCAAKAJ8IgQgAygCgAFNBEAgBEEBdCECDAELIARBAXQhAgJ/IAEEQCABIAIjBygCABEBAAwBCyACIwgoAgARAAALIQEgAyAENgKAAQsgAyAENgJ8IAIEQCABIAUgAvwKAAALIAMgATYCeCADKAKEASEBIAAoAoQBIQQgACgCiAEiAiADKAKMAUsEQAJ/IAEEQCABIAIjBygCABEBAAwBCyACIwgoAgARAAALIQEgAyACNgKMAQsgAyACNgKIASACBEAgASAEIAL8CgAACyADIAE2AoQBIAMoApABIQEgACgCkAEhBQJAIAAoApQBIgQgAygCmAFNBEAgBEEBdCECDAELIARBAXQhAgJ/IAEEQCABIAIjBygCABEBAAwBCyACIwgoAgARAAALIQEgAyAENgKYAQsgAyAENgKUASACBEAgASAFIAL8CgAACyADIAE2ApABIAMoAgAhASAAKAIAIQQgACgCBCICIAMoAghLBEACfyABBEAgASACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEBIAMgAjYCCAsgAyACNgIEIAIEQCABIAQgAvwKAAALIAMgATYCACADKAIMIQEgACgCDCEFAkAgACgCECIEIAMoAhRNBEAgBEEDdCECDAELIARBA3QhAgJ/IAEEQCABIAIjBygCABEBAAwBCyACIwgoAgARAAALIQEgAyAENgIUCyADIAQ2AhAgAgRAIAEgBSAC/AoAAAsgAyABNgIMIAMoAhghASAAKAIYIQQgACgCHCICIAMoAiBLBEACfyABBEAgASACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEBIAMgAjYCIAsgAyACNgIcIAIEQCABIAQgAvwKAAALIAMgATYCGCADKAIkIQEgACgCJCEFAkAgACgCKCIEIAMoAixNBEAgBEEDdCECDAELIARBA3QhAgJ/IAEEQCABIAIjBygCABEBAAwBCyACIwgoAgARAAALIQEgAyAENgIsCyADIAQ2AiggAgRAIAEgBSAC/AoAAAsgAyABNgIkIAMoAjAhASAAKAIwIQUCQCAAKAI0IgQgAygCOE0EQCAEQQxsIQIMAQsgBEEMbCECAn8gAQRAIAEgAiMHKAIAEQEADAELIAIjCCgCABEAAAshASADIAQ2AjgLIAMgBDYCNCACBEAgASAFIAL8CgAACyADIAE2AjAgAygCNARAQQAhBQNAIAAoAjBBACECIAVBDGwiByADKAIwaiIEQQA2AgggBEIANwIAIAdqIgEoAgAhByABKAIEIgEEQCABIwgoAgARAAAhAiAEIAE2AggLIAQgATYCBCABBEAgAiAHIAH8CgAACyAEIAI2AgAgBUEBaiIFIAMoAjRJDQALCyAGQaABaiQAIAMLg1oCG38BfiMAQbABayIFJAACQAJAIAAEQCAAKAIAQRBrQXxLDQELIARBBjYCAAwBC0GkASMIKAIAEQAAIQYgBUIANwNYIAVCADcDUCAFQgA3A0ggBUFAayIHQgA3AwAgBUIANwM4IAVCADcDMAJAIAAoAlwNACAAKAJoIABHDQAgACAAKAKoAUEBajYCqAELIAYgBSkDMDcCACAGIAUpA1g3AiggBiAFKQNQNwIgIAYgBSkDSDcCGCAGIAcpAwA3AhAgBiAFKQM4NwIIIAZBMGpBAEHsAPwLACAGQQA2AqABIAYgADYCnAEgBkEQIwgoAgARAAAiADYCeCAGQQg2AoABIAYgBigCfCIHQQFqNgJ8IAAgB0EBdGpBADsBACAFQgA3AiggBSABIAJqNgIkIAUgATYCICAFIAE2AhwgBUEcaiIAEAwaIAAQDQJAIAUoAhwiCiAFKAIkSQRAA0AgBigCYCEBIAYoAlghCCAGKAJAIQACQCAGKAJkIgdBAWoiAiAGKAJoIgtNBEAgByEODAELQQggC0EBdCILIAIgAiALSRsiAiACQQhNGyILQRxsIQICfyABBEAgASACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEBIAYgCzYCaCAGKAJkIg5BAWohAiAFKAIcIQoLIAYgAjYCZCAGIAE2AmAgBUEAOgAaIAVBADsBGCAFKAIgIQIgASAOQRxsaiIBQQA6ABggAUEANgIUIAFBADYCDCABIAg2AgggAUEANgIEIAEgADYCACABIAogAms2AhAgASAFLwEYOwAZIAEgBS0AGjoAGyAFQQA2AhQgBUIANwIMIAQgBiAFQRxqQQBBAEEAIAVBDGoQHzYCACAGKAI8IQEgBiAGKAJAIgpBAWoiAiAGKAJEIgtLBH9BCCALQQF0IgsgAiACIAtJGyICIAJBCE0bIgtBFGwhAgJ/IAEEQCABIAIjBygCABEBAAwBCyACIwgoAgARAAALIQEgBiALNgJEIAYoAkAiCkEBagUgAgs2AkAgBiABNgI8IAVB//8DOwFkIAVBfzYCYCABIApBFGxqIgFBADYBAiABQQA7AQAgASAFKAJgNgEGIAEgBS8BZDsBCiABQv////8PNwEMIAYoAmAgBigCZEEcbGoiAkEYayINIAYoAkAgAGs2AgAgAkEQayAGKAJYIAhrNgIAIAJBCGsgBSgCHCAFKAIgayIBNgIAIAQoAgAiCARAIAhBf0YEQCAEQQE2AgALIAMgATYCACAFKAIMIgBFDQMgACMJKAIAEQIADAMLIAYoAjAhASACQRxrIAYgBigCNCIKQQFqIgkgBigCOCIISwR/QQggCEEBdCIIIAkgCCAJSxsiCCAIQQhNGyILQQxsIQgCfyABBEAgASAIIwcoAgARAQAMAQsgCCMIKAIAEQAACyEBIAYgCzYCOCAGKAI0IgpBAWoFIAkLNgI0IAYgATYCMCABIApBDGxqIgEgBSkCDDcCACABIAUoAhQ2AghB//8DIQkDQAJ/AkAgBigCPCICIABBFGxqIgEvAQANACABLwEMDQAgAS8BBA0AIAIgAEEBaiISQRRsaiIPLwEARQ0AIA8vAQxBAUcNACAPLQASQQJxDQAgAS8BDgwBCyABIQ8gACESIAkLIQggBigCQCEBIA8vAQwiC0UhDCASIQACQANAIABBAWoiACABTw0BIAIgAEEUbGoiEC0AEkEQcQ0BIBAvAQwgC0cNAAtBACEMCyAPLwEAIRACQCAGKAJMIgsgBi8BoAEiAGsiAUUEQCAGKAJIIQkMAQsgBigCSCEJIAFBAUcEQANAIAFBAXYiESAAaiIKIAAgECACIAkgCkEGbGovAQBBFGxqLwEASxshACABIBFrIgFBAUsNAAsLIAAgECACIAkgAEEGbGovAQBBFGxqLwEAS2ohAAsCQCAAIAtPDQADQCACIAkgAEEGbGoiAS8BAEEUbGovAQAgEEcNASABLwECIAdB//8DcU8NASAAQQFqIgAgC0cNAAsgCyEACyALQQFqIgEgBigCUEsEQCABQQZsIQICfyAJBEAgCSACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEJIAYgATYCUCAGKAJMIQsLIABBBmwhAQJAIAAgC08NACALIABrQQZsIgBFDQAgASAJaiICQQZqIAIgAPwKAAALIAEgCWoiAEEAOgAFIAAgDDoABCAAIAc7AAIgACASOwAAIAYgCTYCSCAGIAYoAkxBAWo2AkwgDy8BAEUEQCAGIAYvAaABQQFqOwGgAQsgDy8BDiIAQf//A0cEQCAIIQkMAQtB//8DIQkgCEH//wNxIgBB//8DRw0ACygCACIAIAAgDSgCAGpBAWsiC0kEQCAGKAI8IQEDQAJAIAEgAEEUbCIQaiICLwESQShxQShHDQAgAi8BDiIIQf//A0YNACAAIAhNDQAgASAIQRRsaiICLwEOIgdB//8DRg0AIAcgCE0NACAHIAtPDQAgBigCQCEHIAUgAikBADcDYCAFIAIpAQY3AWYgAi8BDCENIAIoARAhAgJAIAdBAWoiDiAGKAJEIgxNBEAgByEPDAELIAFBCCAMQQF0IgEgDiABIA5LGyIBIAFBCE0bIgxBFGwjBygCABEBACEBIAYgDDYCRCAGKAJAIg9BAWohDgsgBiAONgJAIAYgATYCPCABIA9BFGxqIgEgBSkDYDcBACAFKQFmISAgASACNgEQIAFB//8DOwEOIAEgIDcBBiAFQf//AzsBCCAFQX82AgQgBigCPCEBIAYgBigCQCIOQQFqIgIgBigCRCIMSwR/QQggDEEBdCIMIAIgAiAMSRsiAiACQQhNGyIMQRRsIQICfyABBEAgASACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEBIAYgDDYCRCAGKAJAIg5BAWoFIAILNgJAIAYgATYCPCABIA5BFGxqIgFBADYBAiABQQA7AQAgASAFKAIENgEGIAEgBS8BCDsBCiABQYCAwAA2ARAgASAIQQFqOwEOIAEgDTsBDCAGKAI8IgEgEGogBzsBDgsgAEEBaiIAIAtHDQALCyAFKAIcIgogBSgCJEkNAAsLQQAhEwJAIAYoAkwiAkUEQAwBC0EAIQBBACEJA0ACQCAGKAJIIABBBmxqIgEtAAQNACAGKAI8IAEvAQBBFGxqLwEARQ0AAkAgGUEBaiIBIAlNDQBBCCAJQQF0IgIgASABIAJJGyICIAJBCE0bIglBAXQhAiAWBEAgFiACIwcoAgARAQAhFgwBCyACIwgoAgARAAAhFgsgFiAZQQF0aiAAOwEAIAYoAkwhAiABIRkLIABBAWoiACACSQ0ACwsCQAJAAkAgBigCQEUEQEEBIR4MAQtBACEMQQAhCEEAIQ8DQAJ/IAYoAjwgE0EUbGoiBy8BDCILQf//A0YEQCAHIAcvARJBgANyOwESIBNBAWoMAQsgByAHLwESIhBBv39xQcAAQQAgBy8BBkH//wNHG3IiDjsBEgJAIBNBAWoiACAGKAJAIgFPDQAgBigCPCAAQRRsaiICLwEMIg1B//8DRyALIA1JcSENAkACQAJAAkAgBy8BACIRBEAgDUUNBSACLwEGQf//A0cEQCAHIBBBwAByOwESCyACIAIvARJBgANyOwESIBNBAmoiCiAGKAJAIgFPDQMgBigCPCAKQRRsaiICLwEMIgtB//8DRg0DIAsgBy8BDEsNAQwCCyANRQ0EIAIvAQZB//8DRwRAIAcgEEHAAHIiDjsBEiAGKAJAIQELIBNBAmoiCiABTw0DA0AgBigCPCAKQRRsaiICLwEMIhBB//8DRg0CIAsgEE8NAiACLwEGQf//A0cEQCAHIA5BwAByIg47ARIgBigCQCEBCyAKQQFqIgogAUkNAAsMAQsDQCACLwEGQf//A0cEQCAHIAcvARJBwAByOwESCyACIAIvARJBgANyOwESIApBAWoiCiAGKAJAIgFPDQEgBigCPCAKQRRsaiICLwEMIgtB//8DRg0BIAsgBy8BDEsNAAsLIBFFDQELAkAgCEEBaiIBIA9NDQBBCCAPQQF0IgIgASABIAJJGyICIAJBCE0bIg9BAnQhAiAMBEAgDCACIwcoAgARAQAhDAwBCyACIwgoAgARAAAhDAsgDCAIQQJ0aiATNgIAIAEhCCAADAILIAcvAQIiC0UNACAGKAKcASICKAIAQQ9JDQBBACEOAkAgC0H9/wNLBEBBACENDAELQQAhDSACKAIIIAIoAgRqIAtNDQAgAigCSCALQQNsai0AAkEBcUUNACACKAKgASACKAKcASALQQJ0aiICLwEAQQF0aiENIAIvAQIhDgsgACABTw0AIAYoAjwhCyAAIQoDQCALIApBFGxqIhAvAQwiAkH//wNGDQEgAiAHLwEMIhNNDQECQCATQQFqIAJHDQAgEC8BACIQRQ0AQQAhAiAOBEADQCAQIA0gAkEBdGovAQBGDQIgAkEBaiICIA5HDQALCyAGKAJwIhBFDQAgBigCbCETQQAhAgNAIBMgAkEDdGoiES8BBCAKSQRAIBAgAkEBaiICRw0BDAILCyADIBEoAgA2AgBBACERIAwhEwwHCyAKQQFqIgogAUcNAAsLIAALIRMgEyAGKAJASQ0ACyAIRQRAQQEhHiAMIRMMAQtBACEOQQAhC0EAIQcDQCAGKAI8IAwgGkECdGooAgBBFGxqLwEAIRBBACEAIAVBADsBeCAFQgA3A3AgBUIANwNoIAVCADcDYCALIgEhAgJAAkACQAJAIAEOAgIBAAsDQCAAIAFBAXYiAiAAaiIAIA4gAEEcbGovAQAgEEsbIQAgASACayIBQQFLDQALCyAQIA4gAEEcbGovAQAiAUYNASAAIAEgEElqIQILIAcgC0EBaiIASQRAIABBHGwhAQJ/IA4EQCAOIAEjBygCABEBAAwBCyABIwgoAgARAAALIQ4gACEHCyACQRxsIQECQCACIAtPDQAgCyACa0EcbCICRQ0AIAEgDmoiC0EcaiALIAL8CgAACyABIA5qIgEgEDsAACABIAUpA2A3AAIgASAFKQNoNwAKIAEgBSkDcDcAEiABIAUvAXg7ABogACELCyAaQQFqIhogCEcNAAsgDCETIAghGgwBC0EAIQdBACELQQAhDgsgBigCnAEiDS8BBCANLwEMIgpLBEADQAJAIApB/v8DRwRAIA0oAkggCkEDbGotAABBAXENAQtBACEAIAVBADsBeCAFQgA3A3AgBUIANwNoIAVCADcDYCALIgEhAgJAAkACQCABDgICAQALA0AgACABQQF2IgIgAGoiACAKIA4gAEEcbGovAQBJGyEAIAEgAmsiAUEBSw0ACwsgCiAOIABBHGxqLwEAIgFGDQEgACABIApJaiECCyAHIAtBAWoiAEkEQCAAQRxsIQECfyAOBEAgDiABIwcoAgARAQAMAQsgASMIKAIAEQAACyEOIAAhBwsgAkEcbCEBAkAgAiALTw0AIAsgAmtBHGwiAkUNACABIA5qIghBHGogCCAC/AoAAAsgASAOaiIBIAo7AAAgASAFLwF4OwAaIAEgBSkDcDcAEiABIAUpA2g3AAogASAFKQNgNwACIAYoApwBIQ0gACELCyAKQQFqIgogDS8BBEkNAAsLIA0oAhRBgQJsQQIjCigCABEBACEdIAYoApwBIhUvARRB/v8DcQRAQQEhEgNAAn8gEiAVKAIYIgBJIhtFBEAgFSgCLCAVKAIwIBIgAGtBAnRqKAIAQQF0aiIHQQJqIRwgBy8BAAwBCyAVKAIoIBUoAgQgEmxBAXRqIQdBACEcQQALIRdBACEMQf//AyERQQEhCUEAIRBBACEUA0ACQAJAAkACQCAbRQRAIBwgB0ECaiIPRgRAIBdB//8DcUUNBSAHQQZqIgAgBy8BBEEBdGohHCAXQQFrIRcgBy8BBiERDAILIA8vAQAhEQwCCwJAIBUoAgQiAUEAIBFBAWogCUEBcRsiEUH//wNxIgBNDQADQCAHIABBAXRqLwEADQEgASARQQFqIhFB//8DcSIASw0ACwsgACABTw0DIAcgAEEBdGohDyAHIQALIA8vAQAhCCAVKAIMIBFB//8DcU0EQCAAIQcMAgsgFSgCNCAIQQN0aiIBQQhqIRQgAS0AACEMQQAhECAAIQ8LIAxFBEAgDyEHIBAhCAwBC0EAIQgDQAJAAkACQCAUIAhBA3RqIgotAAAOAgEAAgsgBigCnAEiAigCTCAKLwECIgFBAXRqIg1BAmohB0EAIQACQCACKAJQIgIvAQAiCUEBa0H//wNxIAFPDQADQAJAIABBAmohGCACIABBAXRqLwECIQAgCUH//wNxIAFGDQAgASACIAAgGGoiAEEBdGovAQAiCUEBa0H//wNxSw0BDAILCyACIBhBAXRqIg0gDSAAQQF0aiIHTw0CCyALRQ0BA0AgDS8BACECQQAhACALIgFBAk8EQANAIAAgAUEBdiIJIABqIgAgDiAAQRxsai8BACACSxshACABIAlrIgFBAUsNAAsLAkAgDiAAQRxsaiIALwEAIAJHDQAgACgCECEBIAAoAhQiAgRAIBIgASACQQZsakEGay8BAEYNAQsgACACQQFqIgkgACgCGCIYSwR/QQggGEEBdCICIAkgAiAJSxsiAiACQQhNGyIJQQZsIQICfyABBEAgASACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEBIAAgCTYCGCAAKAIUIgJBAWoFIAkLNgIUIAAgATYCECAKLQABIQkgCi8BBiEYIAEgAkEGbGoiAEEAOgAFIAAgGDsBAiAAIBI7AQAgACAJQYABcjoABAsgDUECaiINIAdJDQALDAELIAotAAQNACAdIAovAQJBggRsaiIALwEAIgEEQCABQf8BSw0BIBIgACABQQF0ai8BAEYNAQsgACABQQFqIgE7AQAgACABQf//A3FBAXRqIBI7AQALIAhBAWoiCCAMRw0AC0EAIQkgDyEHDAILQQAhCUEAIQxBACEQIAhB//8DcSIARQ0BAkAgACASRg0AIB0gAEGCBGxqIgAvAQAiAQRAIAFB/wFLDQEgEiAAIAFBAXRqLwEARg0BCyAAIAFBAWoiATsBACAAIAFB//8DcUEBdGogEjsBAAsgBigCnAEiASgCAEEOTwRAIAghECASIAEoAoQBIBJBAXRqLwEARw0CCyABKAJMIBFB//8DcSICQQF0aiINQQJqIQ9BACEAAkAgASgCUCIBLwEAIglBAWtB//8DcSACTw0AA0ACQCAAQQJqIQogASAAQQF0ai8BAiEAIAlB//8DcSACRg0AIAIgASAAIApqIgBBAXRqLwEAIglBAWtB//8DcUsNAQwCCwtBACEJIAghECABIApBAXRqIg0gDSAAQQF0aiIPTw0CC0EAIQkgCCEQIAtFDQEDQCANLwEAIQJBACEAIAsiAUECTwRAA0AgACABQQF2IgggAGoiACAOIABBHGxqLwEAIAJLGyEAIAEgCGsiAUEBSw0ACwsCQCAOIABBHGxqIgAvAQAgAkcNACAAKAIEIQEgACgCCCICBEAgEiABIAJBAXRqQQJrLwEARg0BCyAAIAJBAWoiCSAAKAIMIghLBH9BCCAIQQF0IgIgCSACIAlLGyICIAJBCE0bIghBAXQhAgJ/IAEEQCABIAIjBygCABEBAAwBCyACIwgoAgARAAALIQEgACAINgIMIAAoAggiAkEBagUgCQs2AgggACABNgIEIAEgAkEBdGogEjsBAAsgDUECaiINIA9JDQALQQAhCQwBCwsgEkEBaiISIAYoApwBIhUvARRJDQALCwJAIAtFBEBBACELQQAhEAwBC0EAIRdBACEVQQAhEANAAkAgDiAXQRxsaiIIKAIUIgFFBEAgCCgCBCIABEAgACMJKAIAEQIACyAIQQA2AgwgCEIANwIEIAsgF0F/c2pBHGwiAARAIAggCEEcaiAA/AoAAAsgC0EBayELDAELIAgoAhAhAgJAIAEgFU0EQCABQQZsIQAMAQsgAUEGbCEAAn8gEARAIBAgACMHKAIAEQEADAELIAAjCCgCABEAAAshECABIRULIAAEQCAQIAIgAPwKAAALA0ACQCAQIAFBAWsiEUEGbGoiAC0ABEH/AHEiAUECSQRAIBEhAQwBCyAdIAAvAQBBggRsaiICLwEAIhRFBEAgESEBDAELIAAvAQIhByACQQJqIRwgAUEBayENQQAhDwNAIBwgD0EBdGovAQAhCSAIKAIQIQpBACECIAgoAhQiDCEAAkACQAJAAkAgDCIBDgICAQALA0ACQAJAIAkgCiAAQQF2IhggAmoiAUEGbGoiEi8BACIbSw0AIAkgG0kNASASLQAEIhtB/wBxIh8gDUkNACAbwEEASA0BIA0gH0kNASASLwECIAdLDQELIAEhAgsgACAYayIAQQFLDQALCwJAAkAgCSAKIAJBBmxqIgAvAQAiAUsNACABIAlLBEAgAiEBDAMLIAAtAAQiAUH/AHEiEiANSQ0AIAHAQQBIBEAgAiEBDAMLIA0gEkkEQCACIQEMAwsgByAALwECIgBNDQELIAJBAWohAQwBCyACIQEgACAHSw0AIBEhAQwBCyAMQQFqIgAgCCgCGEsEQCAAQQZsIQICfyAKBEAgCiACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEKIAggADYCGCAIKAIUIQwLIAFBBmwhAAJAIAEgDE8NACAMIAFrQQZsIgFFDQAgACAKaiICQQZqIAIgAfwKAAALIAAgCmoiAEEAOgAFIAAgDToABCAAIAc7AAIgACAJOwAAIAggCjYCECAIIAgoAhRBAWo2AhQCQCARQQFqIgEgFU0NAEEIIBVBAXQiACABIAAgAUsbIgAgAEEITRsiFUEGbCEAIBAEQCAQIAAjBygCABEBACEQDAELIAAjCCgCABEAACEQCyAQIBFBBmxqIgBBADoABSAAIA06AAQgACAHOwECIAAgCTsBACABIRELIA9BAWoiDyAURw0ACwsgAQ0ACyAXQQFqIRcLIAsgF0sNAAsLIAVB4ABqQQBBzAD8CwBBASERAkAgHg0AQQAhFCADAn8DQAJAAkAgBigCPCATIBRBAnRqLwEAIhFBFGxqIgIvAQAiCEH//wNGDQACQCALBEBBACEAIAsiAUECTwRAA0AgACABQQF2IgcgAGoiACAOIABBHGxqLwEAIAhLGyEAIAEgB2siAUEBSw0ACwsgDiAAQRxsaiINLwEAIAhGDQELIBFBAWohByAGKAJsIQJBACEBAkACQAJAIAYoAnAiAA4CAgEACwNAIAEgAEEBdiIIIAFqIgEgByACIAFBA3RqLwEESRshASAAIAhrIgBBAUsNAAsLIAEgByACIAFBA3RqLwEEIgBHIAAgEU1xaiEACyACIABBA3RqDAQLIAIvAQwhDyAFKAJgIQwgBSgChAEhACAFKAJkIgIgBSgCiAEiCWoiASAFKAKMASIHSwRAIAFBAnQhBwJ/IAAEQCAAIAcjBygCABEBAAwBCyAHIwgoAgARAAALIQAgBSABNgKMASABIQcLAkAgAkUNACACQQJ0IQIgACAJQQJ0aiEJIAwEQCACRQ0BIAkgDCAC/AoAAAwBCyACRQ0AIAlBACAC/AsACyAFQQA2AmQgBSgCeCEJIAcgBSgCfCICIAFqIgxJBEAgDEECdCEHAn8gAARAIAAgByMHKAIAEQEADAELIAcjCCgCABEAAAshACAFIAw2AowBCwJAIAJFDQAgAkECdCECIAAgAUECdGohASAJBEAgAkUNASABIAkgAvwKAAAMAQsgAkUNACABQQAgAvwLAAsgBSAANgKEASAFIAw2AogBIAVBADYCfCANKAIIBEAgEUEBaiEJQQAhAgNAIA0oAgQgAkEBdGovAQAhAQJ/IAUoAogBIgAEQCAFIABBAWsiADYCiAEgBSgChAEgAEECdGooAgAMAQtBxgAjCCgCABEAAAsiAEIANwEEIAAgCDsBAiAAIAE7AQAgACAIOwFEIAAgCTsBQiAAQQE7AUAgAEIANwEMIABCADcBFCAAQgA3ARwgAEIANwEkIABCADcBLCAAQgA3ATQgAEEANgE8IAUoAmAhASAFKAJkIgpBAWoiByAFKAJoIgxLBEBBCCAMQQF0IgwgByAHIAxJGyIMIAxBCE0bIhJBAnQhDAJ/IAEEQCABIAwjBygCABEBAAwBCyAMIwgoAgARAAALIQEgBSASNgJoCyAFIAc2AmQgBSABNgJgIAEgCkECdGogADYCACACQQFqIgIgDSgCCEkNAAsLIAVBADoAqAEgBiAOIAsgBUHgAGoQTCAFLQCoAUEBRgRAIBFBAWoiACAGKAJAIglPDQEDQCAGKAI8IABBFGxqIgEvAQwiAiAPTQ0CIAJB//8DRg0CIAEvARIiAkEQcUUEQCABIAJB7/wDcTsBEiAGKAJAIQkLIABBAWoiACAJSQ0ACwwBCyAFKAKUASEJIAUoAqABRQ0BQQAhACAJRQ0AA0ACQCAGKAI8IAUoApABIABBAXRqLwEAQRRsaiIBLwEMIgJB//8DRg0AIAIgD00NACABLwESIgJBEHENACABIAJB7/wDcTsBEiAFKAKUASEJCyAAQQFqIgAgCUkNAAsLQQEhESAUQQFqIhQgGkcNAQwDCwsgCQRAIAUoApABIAlBAXRqQQJrLwEAIRELIAYoAmwhCEEAIQAgBigCcCIHIQECQAJAAkAgByICDgICAQALA0AgACABQQF2IgIgAGoiACAIIABBA3RqLwEEIBFB//8DcUsbIQAgASACayIBQQFLDQALCyAAIAggAEEDdGovAQQgEUH//wNxSWohAgsgCCACIAdBAWsgAiAHSRtBA3RqCygCADYCAEEAIRELQQAhFAJAIAYoAmRFBEBBACEPDAELQQAhDEEAIQ8DQEEAIQ0CQCAGKAJgIBRBHGxqIgMoAggiByAHIAMoAgxqIglPDQADQAJAIAYoAlQgB0EDdGoiACgCAEEBRw0AIAAoAgQhCEEAIQAgDSIBIQICQAJAAkAgAQ4CAgEACwNAIAAgAUEBdiICIABqIgAgDyAAQQF0ai8BACAIQf//A3FLGyEAIAEgAmsiAUEBSw0ACwsgDyAAQQF0ai8BACIBIAhB//8DcSICRg0BIAAgASACSWohAgsgDCANQQFqIgBJBEAgAEEBdCEBAn8gDwRAIA8gASMHKAIAEQEADAELIAEjCCgCABEAAAshDyAAIQwLIAJBAXQhAQJAIAIgDU8NACANIAJrQQF0IgJFDQAgASAPaiINQQJqIA0gAvwKAAALIAEgD2ogCDsAACAAIQ0LIAdBAWoiByAJRw0ACyADKAIAIgcgByADKAIEaiIDTw0AIA1FDQAgDUEBRwRAA0BBACEAIA0hAQJAIAYoAjwgB0EUbGoiAi8BBiIIQf//A0YNAANAIAAgAUEBdiIJIABqIgAgDyAAQQF0ai8BACAISxshACABIAlrIgFBAUsNAAsCQCAPIABBAXRqLwEAIAhGDQBBACEAIA0hASACLwEIIghB//8DRg0BA0AgACABQQF2IgkgAGoiACAPIABBAXRqLwEAIAhLGyEAIAEgCWsiAUEBSw0ACyAPIABBAXRqLwEAIAhGDQBBACEAIA0hASACLwEKIghB//8DRg0BA0AgACABQQF2IgkgAGoiACAPIABBAXRqLwEAIAhLGyEAIAEgCWsiAUEBSw0ACyAPIABBAXRqLwEAIAhHDQELIAIgAi8BEkH//gNxOwESCyAHQQFqIgcgA0cNAAwCCwALA0ACQCAGKAI8IAdBFGxqIgAvAQYiAUH//wNGDQACQCABIA8vAQAiAUYNACAALwEIIgJB//8DRg0BIAEgAkYNACAALwEKIgJB//8DRg0BIAEgAkcNAQsgACAALwESQf/+A3E7ARILIAdBAWoiByADRw0ACwsgFEEBaiIUIAYoAmRJDQALCwJAIAYoAkBFDQADQEEBIQ0gBigCQCICQQFrIgBFDQEDQCACIQECQCAGKAI8IgMgACICQRRsaiIHLwEMQf//A0YNACAHLQASQYABcQ0AA0ACQCADIABBFGxqLwEOIgBB//8DRg0AIAAgAkkNACADIABBFGxqLQASQYABcUUNAQwCCwsgAyABQRRsaiIBQRZrIgMvAQAiAEEQcQ0AIABBgAFxRQ0AIAFBHGsvAQBB//8DRg0AIAMgAEHv/gNxOwEAQQAhDQsgAkEBayIADQALIA1BAXFFDQALCyAFQQA6AKgBIBkEQEEAIRQDQCAWIBRBAXRqLwEAIAYoAkghDCAFKAJgIQMgBSgChAEhACAFKAJkIgIgBSgCiAEiCGoiASAFKAKMASIKSwRAIAFBAnQhBwJ/IAAEQCAAIAcjBygCABEBAAwBCyAHIwgoAgARAAALIQAgBSABNgKMASABIQoLAkAgAkUNACACQQJ0IQIgACAIQQJ0aiEHIAMEQCACRQ0BIAcgAyAC/AoAAAwBCyACRQ0AIAdBACAC/AsACyAFQQA2AmQgBSgCeCEHIAogBSgCfCICIAFqIgNJBEAgA0ECdCEIAn8gAARAIAAgCCMHKAIAEQEADAELIAgjCCgCABEAAAshACAFIAM2AowBC0EGbAJAIAJFDQAgAkECdCECIAAgAUECdGohASAHBEAgAkUNASABIAcgAvwKAAAMAQsgAkUNACABQQAgAvwLAAsgDGohByAFIAA2AoQBIAUgAzYCiAFBACEMIAVBADYCfCALBEADQAJAAkACQCAOIAxBHGxqIgIvAQAiAEH+/wNrDgIBAgALIAYoApwBKAJIIABBA2xqIgAtAABBAXENASAALQABQQFxDQELIAIoAghFDQBBACEJA0AgAigCBCAJQQF0ai8BACEDIAcvAQAhCCACLwEAIQECfyAFKAKIASIABEAgBSAAQQFrIgA2AogBIAUoAoQBIABBAnRqKAIADAELQcYAIwgoAgARAAALIgBCADcBBCAAIAE7AQIgACADOwEAIAAgATsBRCAAIAg7AUIgAEEBOwFAIABCADcBDCAAQgA3ARQgAEIANwEcIABCADcBJCAAQgA3ASwgAEIANwE0IABBADYBPCAFKAJgIQEgBSgCZCINQQFqIgMgBSgCaCIISwRAQQggCEEBdCIIIAMgAyAISRsiCCAIQQhNGyIKQQJ0IQgCfyABBEAgASAIIwcoAgARAQAMAQsgCCMIKAIAEQAACyEBIAUgCjYCaAsgBSADNgJkIAUgATYCYCABIA1BAnRqIAA2AgAgCUEBaiIJIAIoAghJDQALCyAMQQFqIgwgC0cNAAsLIAYgDiALIAVB4ABqEEwgBSgCoAEiCARAIAYoAmAgBy8BAkEcbGpBAToAGCAGKAKQASEKIAYoApQBIQdBACESA0AgBSgCnAEgEkEBdGovAQAhA0EAIQAgByIBIQICQAJAAkACQCABDgICAQALA0AgACABQQF2IgIgAGoiACAKIABBAXRqLwEAIANLGyEAIAEgAmsiAUEBSw0ACwsgAyAKIABBAXRqLwEAIgFGDQEgACABIANJaiECCyAHQQFqIgAgBigCmAFLBEAgAEEBdCEBAn8gCgRAIAogASMHKAIAEQEADAELIAEjCCgCABEAAAshCiAGIAA2ApgBIAYoApQBIQcLIAJBAXQhAAJAIAIgB08NACAHIAJrQQF0IgFFDQAgACAKaiICQQJqIAIgAfwKAAALIAAgCmogAzsAACAGIAo2ApABIAYgBigClAFBAWoiBzYClAEgBSgCoAEhCAsgEkEBaiISIAhJDQALCyAUQQFqIhQgGUcNAAsLAkACQCALBEBBACEBA0AgDiABQRxsaiIAKAIEIgIEQCACIwkoAgARAgALIABBADYCDCAAQgA3AgQgACgCECICBEAgAiMJKAIAEQIACyAAQQA2AhggAEIANwIQIAFBAWoiASALRw0ACwwBCyAORQ0BCyAOIwkoAgARAgALIAUoAmAhAQJAAkAgBSgCZCICBEBBACEJQQAhACACQQRPBEAgAkF8cSEIQQAhDgNAIAEgAEECdGoiAygCACMJIgcoAgARAgAgAygCBCAHKAIAEQIAIAMoAgggBygCABECACADKAIMIAcoAgARAgAgAEEEaiEAIA5BBGoiDiAIRw0ACwsgAkEDcSICRQ0BA0AgASAAQQJ0aigCACMJKAIAEQIAIABBAWohACAJQQFqIgkgAkcNAAsMAQsgAUUNAQsgASMJKAIAEQIAC0EAIQAgBUEANgJgIAUoAmwhAgJAAkAgBSgCcCIBBEAgAUEETwRAIAFBfHEhCEEAIQoDQCACIABBAnRqIgMoAgAjCSIHKAIAEQIAIAMoAgQgBygCABECACADKAIIIAcoAgARAgAgAygCDCAHKAIAEQIAIABBBGohACAKQQRqIgogCEcNAAsLIAFBA3EiA0UNAUEAIQEDQCACIABBAnRqKAIAIwkoAgARAgAgAEEBaiEAIAFBAWoiASADRw0ACwwBCyACRQ0BCyACIwkoAgARAgALQQAhACAFQQA2AmwgBSgCeCECAkACQCAFKAJ8IgEEQCABQQRPBEAgAUF8cSEIQQAhCgNAIAIgAEECdGoiAygCACMJIgcoAgARAgAgAygCBCAHKAIAEQIAIAMoAgggBygCABECACADKAIMIAcoAgARAgAgAEEEaiEAIApBBGoiCiAIRw0ACwsgAUEDcSIDRQ0BQQAhAQNAIAIgAEECdGooAgAjCSgCABECACAAQQFqIQAgAUEBaiIBIANHDQALDAELIAJFDQELIAIjCSgCABECAAtBACEAIAVBADYCeCAFKAKEASECAkACQCAFKAKIASIBBEAgAUEETwRAIAFBfHEhCEEAIQoDQCACIABBAnRqIgMoAgAjCSIHKAIAEQIAIAMoAgQgBygCABECACADKAIIIAcoAgARAgAgAygCDCAHKAIAEQIAIABBBGohACAKQQRqIgogCEcNAAsLIAFBA3EiA0UNAUEAIQEDQCACIABBAnRqKAIAIwkoAgARAgAgAEEBaiEAIAFBAWoiASADRw0ACwwBCyACRQ0BCyACIwkoAgARAgALIAUoApABIgAEQCAAIwkoAgARAgALIAUoApwBIgAEQCAAIwkoAgARAgALIBAEQCAQIwkoAgARAgALIA8EQCAPIwkoAgARAgALIB0jCSgCABECAAsgFgRAIBYjCSgCABECAAsgEwRAIBMjCSgCABECAAsgEUUEQCAEQQU2AgAMAQsgBigChAEiAARAIAAjCSgCABECAAsgBkEANgKMASAGQgA3AoQBDAELIAYQS0EAIQYLIAVBsAFqJAAgBguoAgEJfyABKAIQIgYgACgCBEsEQEEBDwsgASgCACIDLwEAIQkgACgCACIEKAIAIQUgBCgCBCIHIQICQANAIAJFDQEgBSACQQFrIgJBFGxqIggoAgwiCiAGSQ0BIAYgCkcNACAILwEQIAlHDQALQQAPCyAHQQFqIgIgBCgCCCIISwRAQQggCEEBdCIDIAIgAiADSRsiAiACQQhNGyIDQRRsIQICfyAFBEAgBSACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEFIAQgAzYCCCABKAIAIQMgACgCACIEKAIEIgdBAWohAgsgBCACNgIEIAQgBTYCACADKAIMIQEgBSAHQRRsaiIAIAMpAgQ3AgAgAEEAOwESIAAgCTsBECAAIAY2AgwgACABNgIIQQALgAEBAn8gABAoAkAgACgCoAkiAkUNACACKAJcDQAgAigCaCACRw0AIAIgAigCqAEiA0EBazYCqAEgA0EBRw0AIAIjCSgCABECAAtBACECIABBADYCoAkCQCABBEAgASgCAEEQa0F9SQ0BIAEoAlxFDQELIAAgATYCoAlBASECCyACC7EIAQl/IwBBIGsiAyQAIAAEQCAAECgCQCAAKAKgCSIBRQ0AIAEoAlwNACABKAJoIAFHDQAgASABKAKoASICQQFrNgKoASACQQFHDQAgASMJKAIAEQIACyAAQQA2AqAJIAAoAoQJIQEjAEEQayIGJAAgASgCDCICBEAgAiMJKAIAEQIAIAFBADYCFCABQgA3AgwLIAEoAhgiAgRAIAIjCSgCABECACABQQA2AiAgAUIANwIYCyABKAIwIAFBJGoiCCABKAI0EBogASgCBCICBEADQCABKAIAIAVBBXRqIgQoAgAEQCABKAI0IQcgBCgCDARAIAYgBCkCDDcDCCAHIAZBCGoQCgsgBCgCFARAIAYgBCkCFDcDACAHIAYQCgsgBCgCBCICBEAgAigCACIJBEAgCSMJKAIAEQIAIAQoAgQhAgsgAkEANgIIIAJCADcCACACIwkoAgARAgALIAQoAgAgCCAHEBogASgCBCECCyAFQQFqIgUgAkkNAAsLQQAhAiABQQA2AgQgASgCJCIFBEACQCABKAIoBEADQCABKAIkIAJBAnRqKAIAIwkoAgARAgAgAkEBaiICIAEoAihJDQALIAgoAgAiBUUNAQsgBSMJKAIAEQIACyABQQA2AiwgAUIANwIkCyABKAIAIgIEQCACIwkoAgARAgALIAFBADYCCCABQgA3AgAgASMJKAIAEQIAIAZBEGokACAAKAKoCSIBBEAgASMJKAIAEQIAIABBADYCsAkgAEIANwKoCQsgACgCoAoiAQRAIAEjCSgCABECACAAQQA2AqgKIABCADcCoAoLIAAoApgKBEAgAyAAQZgKaikCADcDGCAAQYgJaiADQRhqEAogAEIANwKYCgsgACgCRCMJKAIAEQIAIABB4AlqIQEgACgC4AkEQCADIAEpAgA3AxAgAEGICWogA0EQahAKCyAAKALoCQRAIAMgAEHoCWopAgA3AwggAEGICWogA0EIahAKCyABQgA3AgBBACECIAFBADYCECABQgA3AgggACgCiAkiAQRAAkAgACgCjAkEQANAIAAoAogJIAJBA3RqKAIAIwkoAgARAgAgAkEBaiICIAAoAowJSQ0ACyAAKAKICSIBRQ0BCyABIwkoAgARAgALIABBADYCkAkgAEIANwKICQsgACgClAkiAQRAIAEjCSgCABECACAAQQA2ApwJIABCADcClAkLIAAoAvQJIgEEQCABIwkoAgARAgALIABBADYC/AkgAEIANwL0CSAAKAK8CSIBBEAgASMJKAIAEQIACyAAQQA2AsQJIABCADcCvAkgACgCyAkiAQRAIAEjCSgCABECAAsgAEEANgLQCSAAQgA3AsgJIAAoAtQJIgEEQCABIwkoAgARAgALIABBADYC3AkgAEIANwLUCSAAIwkoAgARAgALIANBIGokAAuzAQIFfwF+IAApAgAiCEIgiKchAyAIpyEEAkAgASgCACIFIAIoAgQiB08EQCADIAIoAiAgAyACKAIYayIGQQAgAyAGTxtqIAQgAigCFCIGSxshAyACKAIcIAQgBmsiBkEAIAQgBk8baiEEIAIoAgggBSAHa2ohBQwBCyAFIAIoAgBNDQAgAikCHCIIQiCIpyEDIAIoAgghBSAIpyEECyAAIAStIAOtQiCGhDcCACABIAU2AgALGwAgACABEF4hAAJAIAFFDQAgAA0AEEQACyAACxsAIAAgARAqIQECQCAARQ0AIAENABBEAAsgAQuQAQEDf0ECIQRBfyEDAkAgAUECSQR/IAEFIAIgAC8BACIDQQh0IANBCHZyIgNB//8DcSIFNgIAIAFBfnFBAkYNASADQYD4A3FBgLADRw0BIAAvAQIiAEEIdCAAQQh2ciIAQYD4A3FBgLgDRw0BIABB//8DcSAFQQp0akGAuP8aayEDQQQLIQQgAiADNgIACyAEC80CAQR/IAIgACwAACIDQf8BcSIENgIAQQEhBQJAIANBAEgEQAJAIAFBAUYNAAJAIANBYE8EQAJAIANBb00EQCACIARBD3EiBDYCACMBQd4KaiAEai0AACAALQABIgNBBXZ2QQFxRQ0EIANBP3EhBkECIQMMAQsgAiAEQfABayIENgIAIANBdEsNAyMBQbAMaiAALQABIgNBBHZqLAAAIAR2QQFxRQ0DIAIgA0E/cSAEQQZ0ciIENgIAQQIhBSABQQJGDQNBAyEDIAAtAAJBgH9zIgZB/wFxQT9LDQMLIAIgBkH/AXEgBEEGdHIiBDYCACADIAEiBUcNAQwCCyADQUJJDQEgAiAEQR9xIgQ2AgBBASEDCyAAIANqLQAAQYB/c0H/AXEiAEE/TQ0CIAMhBQsgAkF/NgIACyAFDwsgAiAEQQZ0IAByNgIAIANBAWoLbgECf0ECIQRBfyEDAkAgAUECSQR/IAEFIAIgAC8BACIDNgIAIAFBfnFBAkYNASADQYD4A3FBgLADRw0BIAAvAQIiAEGA+ANxQYC4A0cNASADQQp0IABqQYC4/xprIQNBBAshBCACIAM2AgALIAQLaQECfwJAIAAoAmgiASAAKAJkRg0AIAFFDQAgACgCICAAKAJEIAFBGGxqIgEoAhBHDQAgAUEEaygCACECIAAgAUEQaykCADcCPCAAIAI2AjgPCyAAIAApAiA3AjggAEFAayAAKAIoNgIAC4YEAgl/AX4jAEEQayIFJAAgAEEBOgB4AkAgAC0AgAENACAAKAIgIgkgACgCKCIEayEBIAAoAiQhAiAEBEAgAEEANgJ8IABBADoAgAELIABBADYCKCAAIAI2AiQgACABNgIgIAAoAkQhBwJAAn8gACgCZCIGBEADQAJAIAcgA0EYbGoiCCgCFCIEIAFNDQAgBCAIKAIQIgJNDQAgASACTQRAIAAgCCkCADcCJCAAIAI2AiAgAiEBCyAAIAM2AmhBACEDIAAoAkhFDQQgACgCbCICIAFNBEAgASAAKAJwIAJqSQ0FCyAAQQA2AkhBAAwDCyADQQFqIgMgBkcNAAsLIAAgBjYCaCAHIAZBGGxqIgJBBGsoAgAhASACQRBrKQIAIQogAEEANgJIIAAgCjcCJCAAIAE2AiBBAQshAyAAQQA2AnALIABBAToAgAEgAEEANgIAIAAgAzYCdCAAQQA2AnwgACABNgJsIAAoAlAhBCAAKAJMIQIgBSAAKQIkNwMIIAAgAiABIAVBCGogAEHwAGogBBEGADYCSCAAKAJwRQRAIABBADYCSCAAIAAoAmQ2AmgMAQsgACgCaCAAKAJkRg0AIAAQKQNAIAAoAiAgCU8NASAAKAJoIAAoAmRGDQEgACgCSEUNASAAQQAQXCAAKAJoIAAoAmRHDQALCyAAKAJ8IAVBEGokAAsrAQJ/IAAoAmgiAiAAKAJkSQR/IAAoAiAgACgCRCACQRhsaigCEEYFQQALCxsBAX8gABAiIQECQCAARQ0AIAENABBEAAsgAQsNACAAKAJoIAAoAmRGC00BAn8gAS0AACECAkAgAC0AACIDRQ0AIAIgA0cNAANAIAEtAAEhAiAALQABIgNFDQEgAUEBaiEBIABBAWohACACIANGDQALCyADIAJrCxcAIABBMGtBCkkgAEEgckHhAGtBBklyC4ICAQJ/AkACQAJAAkAgASAAIgNzQQNxDQAgAkEARyEEAkAgAUEDcUUNACACRQ0AA0AgAyABLQAAIgQ6AAAgBEUNBSADQQFqIQMgAkEBayICQQBHIQQgAUEBaiIBQQNxRQ0BIAINAAsLIARFDQIgAS0AAEUNAyACQQRJDQADQEGAgoQIIAEoAgAiBGsgBHJBgIGChHhxQYCBgoR4Rw0CIAMgBDYCACADQQRqIQMgAUEEaiEBIAJBBGsiAkEDSw0ACwsgAkUNAQsDQCADIAEtAAAiBDoAACAERQ0CIANBAWohAyABQQFqIQEgAkEBayICDQALC0EAIQILIANBACACEDQaIAALSQEBfyMAQRBrIgMkACADIAI2AgwgACgCYARAIABBhAFqIgJBgAggASADKAIMEGAaIAAoAlxBASACIAAoAmARAwALIANBEGokAAvoAgECfwJAIAAgAUYNACABIAAgAmoiBGtBACACQQF0a00EQCAAIAEgAhAkDwsgACABc0EDcSEDAkACQCAAIAFJBEAgAwRAIAAhAwwDCyAAQQNxRQRAIAAhAwwCCyAAIQMDQCACRQ0EIAMgAS0AADoAACABQQFqIQEgAkEBayECIANBAWoiA0EDcQ0ACwwBCwJAIAMNACAEQQNxBEADQCACRQ0FIAAgAkEBayICaiIDIAEgAmotAAA6AAAgA0EDcQ0ACwsgAkEDTQ0AA0AgACACQQRrIgJqIAEgAmooAgA2AgAgAkEDSw0ACwsgAkUNAgNAIAAgAkEBayICaiABIAJqLQAAOgAAIAINAAsMAgsgAkEDTQ0AA0AgAyABKAIANgIAIAFBBGohASADQQRqIQMgAkEEayICQQNLDQALCyACRQ0AA0AgAyABLQAAOgAAIANBAWohAyABQQFqIQEgAkEBayICDQALCyAACwsAIABBABAyIABHCz4BAX8gAEH//wdNBH8jAUHA0wBqIgEgASAAQQh2ai0AAEEFdGogAEEDdkEfcWotAAAgAEEHcXZBAXEFQQALC0kBAn8gABBCIABqIQMCQCACRQ0AA0AgAS0AACIERQ0BIAMgBDoAACADQQFqIQMgAUEBaiEBIAJBAWsiAg0ACwsgA0EAOgAAIAALDQAgAEEgRiAAQQlGcgsLACAAQQEQMiAARwsEACMACxAAIwAgAGtBcHEiACQAIAALBgAgACQACwoAIABBMGtBCkkLBwAgAC8BHAsIACAAQQEQMgsIACAAQQAQMgsZACMNKAIARQRAIw4gATYCACMNIAA2AgALC/ICAQV/IAAoAhQiAUECRwRAIAAoAgQhAwJ/AkACQCAALQAQQQFGBEBBAiEBIAAgA0ECaiICNgIEIAAoAgggAkYEQEEAIAAvAQ4iAkUNBBogACACQQFrOwEOIAMvAQIhASAAIANBBmoiAjYCBCAAIAE7AQwgACACIAMvAQRBAXRqNgIIIAAgAy8BBiICOwEcIAAoAgAhBAwCCyAAIAIvAQA7ARwMAgsCQCAAKAIAIgQoAgQiBSABBH8gAC8BHEEBagVBAAsiAkH//wNxIgFNDQADQCADIAFBAXRqLwEADQEgBSACQQFqIgJB//8DcSIBSw0ACwsgASAFTwRAQQIhAUEADAMLIAAgAjsBHCAAIAMgAUEBdGovAQAiATsBDAtBACEDIAAgBCgCDCACQf//A3FLBH8gBCgCNCABQQN0aiIBLQAAIQMgACABQQhqNgIYQQAFIAELOwEeIAAgAzsBIAtBASEBQQELIQIgACABNgIUCyACC6gBAQV/IAAoAlQiAygCACEFIAMoAgQiBCAAKAIUIAAoAhwiB2siBiAEIAZJGyIGBEAgBSAHIAYQJBogAyADKAIAIAZqIgU2AgAgAyADKAIEIAZrIgQ2AgQLIAQgAiACIARLGyIEBEAgBSABIAQQJBogAyADKAIAIARqIgU2AgAgAyADKAIEIARrNgIECyAFQQA6AAAgACAAKAIsIgE2AhwgACABNgIUIAILsgUCBn4EfyABIAEoAgBBB2pBeHEiAUEQajYCACAAIAEpAwAhAyABKQMIIQYjAEEgayIAJAAgBkL///////8/gyECAn4gBkIwiEL//wGDIgSnIghBgfgAa0H9D00EQCACQgSGIANCPIiEIQIgCEGA+ABrrSEEAkAgA0L//////////w+DIgNCgYCAgICAgIAIWgRAIAJCAXwhAgwBCyADQoCAgICAgICACFINACACQgGDIAJ8IQILQgAgAiACQv////////8HViIBGyECIAGtIAR8DAELAkAgAiADhFANACAEQv//AVINACACQgSGIANCPIiEQoCAgICAgIAEhCECQv8PDAELIAhB/ocBSwRAQgAhAkL/DwwBC0GA+ABBgfgAIARQIgkbIgogCGsiAUHwAEoEQEIAIQJCAAwBCyACIAJCgICAgICAwACEIAkbIQJBACEJIAggCkcEQCADIQQgAiEFAkBBgAEgAWsiCEHAAHEEQCADIAhBQGqthiEFQgAhBAwBCyAIRQ0AIAUgCK0iB4YgBEHAACAIa62IhCEFIAQgB4YhBAsgACAENwMQIAAgBTcDGCAAKQMQIAApAxiEQgBSIQkLAkAgAUHAAHEEQCACIAFBQGqtiCEDQgAhAgwBCyABRQ0AIAJBwAAgAWuthiADIAGtIgSIhCEDIAIgBIghAgsgACADNwMAIAAgAjcDCCAAKQMIQgSGIAApAwAiA0I8iIQhAgJAIAmtIANC//////////8Pg4QiA0KBgICAgICAgAhaBEAgAkIBfCECDAELIANCgICAgICAgIAIUg0AIAJCAYMgAnwhAgsgAkKAgICAgICACIUgAiACQv////////8HViIBGyECIAGtCyEDIABBIGokACAGQoCAgICAgICAgH+DIANCNIaEIAKEvzkDAAvcFwMSfwF8A34jAEGwBGsiCyQAIAtBADYCLAJAIAG9IhlCAFMEQCMBQQpqIRRBASEQIAGaIgG9IRkMAQsgBEGAEHEEQCMBQQ1qIRRBASEQDAELIwFBCmoiBkEGaiAGQQFqIARBAXEiEBshFCAQRSEXCwJAIBlCgICAgICAgPj/AINCgICAgICAgPj/AFEEQCAAQSAgAiAQQQNqIgcgBEH//3txEA8gACAUIBAQDiAAIwEiBkGHCGogBkGxCmogBUEgcSIDGyAGQbQIaiAGQb0KaiADGyABIAFiG0EDEA4gAEEgIAIgByAEQYDAAHMQDyACIAcgAiAHShshDQwBCyALQRBqIRECQAJAAkAgASALQSxqEGQiASABoCIBRAAAAAAAAAAAYgRAIAsgCygCLCIGQQFrNgIsIAVBIHIiFUHhAEcNAQwDCyAFQSByIhVB4QBGDQIgCygCLCEMDAELIAsgBkEdayIMNgIsIAFEAAAAAAAAsEGiIQELQQYgAyADQQBIGyEKIAtBMGpBoAJBACAMQQBOG2oiDiEHA0AgByAB/AMiAzYCACAHQQRqIQcgASADuKFEAAAAAGXNzUGiIgFEAAAAAAAAAABiDQALAkAgDEEATARAIAwhCSAHIQYgDiEIDAELIA4hCCAMIQkDQEEdIAkgCUEdTxshAwJAIAdBBGsiBiAISQ0AIAOtIRtCACEZA0AgBiAGNQIAIBuGIBl8IhogGkKAlOvcA4AiGUKAlOvcA359PgIAIAZBBGsiBiAITw0ACyAaQoCU69wDVA0AIAhBBGsiCCAZPgIACwNAIAggByIGSQRAIAZBBGsiBygCAEUNAQsLIAsgCygCLCADayIJNgIsIAYhByAJQQBKDQALCyAJQQBIBEAgCkEZakEJbkEBaiESIBVB5gBGIRMDQEEJQQAgCWsiAyADQQlPGyENAkAgBiAITQRAQQBBBCAIKAIAGyEHDAELQYCU69wDIA12IRZBfyANdEF/cyEPQQAhCSAIIQcDQCAHIAcoAgAiAyANdiAJajYCACADIA9xIBZsIQkgB0EEaiIHIAZJDQALQQBBBCAIKAIAGyEHIAlFDQAgBiAJNgIAIAZBBGohBgsgCyALKAIsIA1qIgk2AiwgDiAHIAhqIgggExsiAyASQQJ0aiAGIAYgA2tBAnUgEkobIQYgCUEASA0ACwtBACEJAkAgBiAITQ0AIA4gCGtBAnVBCWwhCUEKIQcgCCgCACIDQQpJDQADQCAJQQFqIQkgAyAHQQpsIgdPDQALCyAKIAlBACAVQeYARxtrIBVB5wBGIApBAEdxayIDIAYgDmtBAnVBCWxBCWtIBEAgC0EwakGEYEGkYiAMQQBIG2ogA0GAyABqIgxBCW0iA0ECdGohDUEKIQcgDCADQQlsayIDQQdMBEADQCAHQQpsIQcgA0EBaiIDQQhHDQALCwJAIA0oAgAiDCAMIAduIhIgB2xrIg9FIA1BBGoiAyAGRnENAAJAIBJBAXFFBEBEAAAAAAAAQEMhASAHQYCU69wDRw0BIAggDU8NASANQQRrLQAAQQFxRQ0BC0QBAAAAAABAQyEBC0QAAAAAAADgP0QAAAAAAADwP0QAAAAAAAD4PyADIAZGG0QAAAAAAAD4PyAPIAdBAXYiA0YbIAMgD0sbIRgCQCAXDQAgFC0AAEEtRw0AIBiaIRggAZohAQsgDSAMIA9rIgM2AgAgASAYoCABYQ0AIA0gAyAHaiIDNgIAIANBgJTr3ANPBEADQCANQQA2AgAgCCANQQRrIg1LBEAgCEEEayIIQQA2AgALIA0gDSgCAEEBaiIDNgIAIANB/5Pr3ANLDQALCyAOIAhrQQJ1QQlsIQlBCiEHIAgoAgAiA0EKSQ0AA0AgCUEBaiEJIAMgB0EKbCIHTw0ACwsgDUEEaiIDIAYgAyAGSRshBgsDQCAGIgwgCE0iB0UEQCAGQQRrIgYoAgBFDQELCwJAIBVB5wBHBEAgBEEIcSETDAELIAlBf3NBfyAKQQEgChsiBiAJSiAJQXtKcSIDGyAGaiEKQX9BfiADGyAFaiEFIARBCHEiEw0AQXchBgJAIAcNACAMQQRrKAIAIg9FDQBBCiEDQQAhBiAPQQpwDQADQCAGIgdBAWohBiAPIANBCmwiA3BFDQALIAdBf3MhBgsgDCAOa0ECdUEJbCEDIAVBX3FBxgBGBEBBACETIAogAyAGakEJayIDQQAgA0EAShsiAyADIApKGyEKDAELQQAhEyAKIAMgCWogBmpBCWsiA0EAIANBAEobIgMgAyAKShshCgtBfyENIApB/f///wdB/v///wcgCiATciIPG0oNASAKIA9BAEdqQQFqIRYCQCAFQV9xIgdBxgBGBEAgCSAWQf////8Hc0oNAyAJQQAgCUEAShshBgwBCyARIAkgCUEfdSIDcyADa60gERAjIgZrQQFMBEADQCAGQQFrIgZBMDoAACARIAZrQQJIDQALCyAGQQJrIhIgBToAACAGQQFrQS1BKyAJQQBIGzoAACARIBJrIgYgFkH/////B3NKDQILIAYgFmoiAyAQQf////8Hc0oNASAAQSAgAiADIBBqIgkgBBAPIAAgFCAQEA4gAEEwIAIgCSAEQYCABHMQDwJAAkACQCAHQcYARgRAIAtBEGpBCXIhBSAOIAggCCAOSxsiAyEIA0AgCDUCACAFECMhBgJAIAMgCEcEQCAGIAtBEGpNDQEDQCAGQQFrIgZBMDoAACAGIAtBEGpLDQALDAELIAUgBkcNACAGQQFrIgZBMDoAAAsgACAGIAUgBmsQDiAIQQRqIgggDk0NAAsgDwRAIAAjAUHvCmpBARAOCyAIIAxPDQEgCkEATA0BA0AgCDUCACAFECMiBiALQRBqSwRAA0AgBkEBayIGQTA6AAAgBiALQRBqSw0ACwsgACAGQQkgCiAKQQlOGxAOIApBCWshBiAIQQRqIgggDE8NAyAKQQlKIAYhCg0ACwwCCwJAIApBAEgNACAMIAhBBGogCCAMSRshAyALQRBqQQlyIQwgCCEHA0AgDCAHNQIAIAwQIyIGRgRAIAZBAWsiBkEwOgAACwJAIAcgCEcEQCAGIAtBEGpNDQEDQCAGQQFrIgZBMDoAACAGIAtBEGpLDQALDAELIAAgBkEBEA4gBkEBaiEGIAogE3JFDQAgACMBQe8KakEBEA4LIAAgBiAMIAZrIgUgCiAFIApIGxAOIAogBWshCiAHQQRqIgcgA08NASAKQQBODQALCyAAQTAgCkESakESQQAQDyAAIBIgESASaxAODAILIAohBgsgAEEwIAZBCWpBCUEAEA8LIABBICACIAkgBEGAwABzEA8gAiAJIAIgCUobIQ0MAQsgFCAFQRp0QR91QQlxaiEJAkAgA0ELSw0AQQwgA2shBkQAAAAAAAAwQCEYA0AgGEQAAAAAAAAwQKIhGCAGQQFrIgYNAAsgCS0AAEEtRgRAIBggAZogGKGgmiEBDAELIAEgGKAgGKEhAQsgESALKAIsIgcgB0EfdSIGcyAGa60gERAjIgZGBEAgBkEBayIGQTA6AAAgCygCLCEHCyAQQQJyIQogBUEgcSEMIAZBAmsiDiAFQQ9qOgAAIAZBAWtBLUErIAdBAEgbOgAAIARBCHFFIANBAExxIQggC0EQaiEHA0AgByIFIAH8AiIGIwFB4C9qai0AACAMcjoAACABIAa3oUQAAAAAAAAwQKIhAQJAIAdBAWoiByALQRBqa0EBRw0AIAFEAAAAAAAAAABhIAhxDQAgBUEuOgABIAVBAmohBwsgAUQAAAAAAAAAAGINAAtBfyENIANB/f///wcgCiARIA5rIghqIgZrSg0AIABBICACIAYgA0ECaiAHIAtBEGoiBWsiByAHQQJrIANIGyAHIAMbIgNqIgYgBBAPIAAgCSAKEA4gAEEwIAIgBiAEQYCABHMQDyAAIAUgBxAOIABBMCADIAdrQQBBABAPIAAgDiAIEA4gAEEgIAIgBiAEQYDAAHMQDyACIAYgAiAGShshDQsgC0GwBGokACANC40CAQZ/AkAgASgCFCIHIAJNDQAgACgCACEDAkAgASgCXA0AIAEoAmggAUcNACABIAEoAqgBQQFqNgKoAQsCfyABKAIYIgUgAk0EQCABKAIsIAEoAjAgAiAFa0ECdGooAgBBAXRqIgRBAmohBiAELwEADAELIAEoAiggASgCBCACbEEBdGohBEEACyEIIABCADcAESAAIAg7AQ4gAEEAOwEMIAAgBjYCCCAAIAQ2AgQgACABNgIAIABC//8DNwIcIAAgAiAFTzoAECAAQQA2ABggA0UNACADKAJcDQAgAygCaCADRw0AIAMgAygCqAEiAEEBazYCqAEgAEEBRw0AIAMjCSgCABECAAsgAiAHSQunAQEFfyABIAAoAgAiAigCFCIFSQRAAn8gAigCGCIDIAFNBEAgAigCLCACKAIwIAEgA2tBAnRqKAIAQQF0aiICQQJqIQQgAi8BAAwBCyACKAIoIAIoAgQgAWxBAXRqIQJBAAshBiAAQgA3ABEgACAGOwEOIABBADsBDCAAIAQ2AgggACACNgIEIABC//8DNwIcIAAgASADTzoAECAAQQA2ABgLIAEgBUkL+gIBB38jAEEgayIDJAAgAyAAKAIcIgQ2AhAgACgCFCEFIAMgAjYCHCADIAE2AhggAyAFIARrIgE2AhQgASACaiEFQQIhBwJ/AkACQAJAIAAoAjwgA0EQaiIBQQIgA0EMahAAIgQEfyMBQfj0AGogBDYCAEF/BUEACwRAIAEhBAwBCwNAIAUgAygCDCIGRg0CIAZBAEgEQCABIQQMBAsgAUEIQQAgBiABKAIEIghLIgkbaiIEIAYgCEEAIAkbayIIIAQoAgBqNgIAIAFBDEEEIAkbaiIBIAEoAgAgCGs2AgAgBSAGayEFIAAoAjwgBCIBIAcgCWsiByADQQxqEAAiBgR/IwFB+PQAaiAGNgIAQX8FQQALRQ0ACwsgBUF/Rw0BCyAAIAAoAiwiATYCHCAAIAE2AhQgACABIAAoAjBqNgIQIAIMAQsgAEEANgIcIABCADcDECAAIAAoAgBBIHI2AgBBACAHQQJGDQAaIAIgBCgCBGsLIANBIGokAAtOAQF/IAAoAjwjAEEQayIAJAAgASACQf8BcSAAQQhqEAIiAgR/IwFB+PQAaiACNgIAQX8FQQALIQIgACkDCCEBIABBEGokAEJ/IAEgAhsLUwECfyAABEACQCAAKAIAIgFFDQAgASgCXA0AIAEoAmggAUcNACABIAEoAqgBIgJBAWs2AqgBIAJBAUcNACABIwkoAgARAgALIAAjCSgCABECAAsLHwAgACgCPBAEIgAEfyMBQfj0AGogADYCAEF/BUEACwv1BgEDfyMAQZABayIQJAAjAUH09ABqIhIoAgAiEUUEQCASEIEBIhE2AgALIBEgDjYCTCAQIwwiESgCADYCiAEgECARKAIMQQF0NgKAASAQIBEoAgg2AnwgECABNgKMASAQIBEoAhA2AoQBIBAgESgCBEEBdDYCeCAQIANBAXQ2AnQgECACNgJwIBAgBUEBdDYCbCAQIAQ2AmggECAJQQF0NgJkIBAgCDYCYCAQIAtBAXQ2AlwgECAKNgJYIwEiA0H09ABqIgEoAgAgECAQKQJwNwM4IBAgECkCaDcDMCAQQThqIBBBMGoQfyABKAIAIQIgBkEBdCIEIAdBAXQiBUF/IAUbIgVNBEAgAiAFNgJ4IAIgBDYCdAsgECAQKQJgNwMoIBAgECkCWDcDICABKAIAIBBBKGogEEEgahB+IAEoAgAhAiAMQQF0IgQgDUEBdCIFQX8gBRsiBU0EQCACIAU2ApABIAIgBDYCjAELIAEoAgAgDjYCTCABKAIAIA82AmAgECAQKQKAATcDECAQIBApAogBNwMYIBAgA0H48gBqKQMANwNQIBAgECkCeDcDCCABKAIAIAAgEEEIaiAQQdAAahCAAUEAIQdBACEGIAEoAgAgEEHEAGogEEFAaxB2BEBBACEPQQAhBUEAIREDQAJAIBFBA2oiAyAQLwFKQQZsaiIAIAVNDQBBCCAFQQF0IgEgACAAIAFJGyIAIABBCE0bIgVBAnQhACAHBEAgByAAIwcoAgARAQAhBwwBCyAAIwgoAgARAAAhBwtBACENIBAvAUpBGGxBDGoiAARAIAcgEUECdGpBACAA/AsACyAQLwFIIQEgByAPQQJ0aiIAIBAvAUoiAjYCBCAAIAE2AgAgACAQKAJANgIIIA9BA2ohDyACBEADQCAHIA9BAnRqIgAgECgCTCANQRxsaiIBKAIYNgIAIAEoAgAhBCABKAIIIQggASgCECEJIAEoAgQhCiAAIAEoAgw2AhQgACAKNgIMIAAgCTYCBCAAIAhBAXY2AhAgACAEQQF2NgIIIA9BBmohDyANQQFqIg0gAkcNAAsLIAZBAWohBiACQQZsIANqIREjAUH09ABqKAIAIBBBxABqIBBBQGsQdg0ACwsjDCIAIwFB9PQAaigCAC0ArwE2AgggACAHNgIEIAAgBjYCACAQQZABaiQACwkAIAAoAgQQBQvmBgEDfyMAQZABayIQJAAjAUH09ABqIhIoAgAiEUUEQCASEIEBIhE2AgALIBEgDkF/IA4bNgJMIBAjDCIRKAIANgKIASAQIBEoAgxBAXQ2AoABIBAgESgCCDYCfCAQIAE2AowBIBAgESgCEDYChAEgECARKAIEQQF0NgJ4IBAgA0EBdDYCdCAQIAI2AnAgECAFQQF0NgJsIBAgBDYCaCAQIAlBAXQ2AmQgECAINgJgIBAgC0EBdDYCXCAQIAo2AlgjASIDQfT0AGoiASgCACAQIBApAnA3AzggECAQKQJoNwMwIBBBOGogEEEwahB/IAEoAgAhAiAGQQF0IgQgB0EBdCIFQX8gBRsiBU0EQCACIAU2AnggAiAENgJ0CyAQIBApAmA3AyggECAQKQJYNwMgIAEoAgAgEEEoaiAQQSBqEH4gASgCACECIAxBAXQiBCANQQF0IgVBfyAFGyIFTQRAIAIgBTYCkAEgAiAENgKMAQsgASgCACAONgJMIAEoAgAgDzYCYCAQIBApAoABNwMQIBAgECkCiAE3AxggECADQfjyAGopAwA3A1AgECAQKQJ4NwMIIAEoAgAgACAQQQhqIBBB0ABqEIABQQAhB0EAIQYgASgCACAQQcQAahB9BEBBACEPQQAhBUEAIREDQAJAIBFBAmoiAyAQLwFKQQZsaiIAIAVNDQBBCCAFQQF0IgEgACAAIAFJGyIAIABBCE0bIgVBAnQhACAHBEAgByAAIwcoAgARAQAhBwwBCyAAIwgoAgARAAAhBwtBACENIBAvAUpBGGxBCGoiAARAIAcgEUECdGpBACAA/AsACyAQLwFIIQAgByAPQQJ0aiIBIBAvAUoiAjYCBCABIAA2AgAgD0ECaiEPIAIEQANAIAcgD0ECdGoiACAQKAJMIA1BHGxqIgEoAhg2AgAgASgCACEEIAEoAgghCCABKAIQIQkgASgCBCEKIAAgASgCDDYCFCAAIAo2AgwgACAJNgIEIAAgCEEBdjYCECAAIARBAXY2AgggD0EGaiEPIA1BAWoiDSACRw0ACwsgBkEBaiEGIAJBBmwgA2ohESMBQfT0AGooAgAgEEHEAGoQfQ0ACwsjDCIAIwFB9PQAaigCAC0ArwE2AgggACAHNgIEIAAgBjYCACAQQZABaiQAC9kBAQN/IwBBMGsiASQAIAEjDCICKAIANgIoIAEgAigCDEEBdDYCICABIAA2AiwgASABKQIoNwMQIAEgAigCEDYCJCABIAEpAiA3AwggASACKAIINgIcIAEgAigCBEEBdDYCGCABIAEpAhg3AwAgASgCFCgCCCEDAn8CfyABKAIQKAIAIgBBAXEEQEH//wMgAEEQdiICQf//A0YNAhogAEGA/gNxQQh2DAELQf//AyAALwEqIgJB//8DRg0BGiAALwEoCyEAIAMgAiAAQf//A3EQKwsgAUEwaiQAC3cBAn8jAEEwayIBJAAgASMMIgIoAgA2AiggASACKAIMQQF0NgIgIAEgADYCLCABIAEpAig3AxAgASACKAIQNgIkIAEgASkCIDcDCCABIAIoAgg2AhwgASACKAIEQQF0NgIYIAEgASkCGDcDACABEFkgAUEwaiQAC5sBAQJ/IwBBMGsiASQAIAEjDCICKAIANgIoIAEgAigCDEEBdDYCICABIAA2AiwgASABKQIoNwMQIAEgAigCEDYCJCABIAEpAiA3AwggASACKAIINgIcIAEgAigCBEEBdDYCGCABIAEpAhg3AwACfyABKAIQKAIAIgBBAXEEQCAAQQN2QQFxDAELIAAvASxBAnZBAXELIAFBMGokAAubAQECfyMAQTBrIgEkACABIwwiAigCADYCKCABIAIoAgxBAXQ2AiAgASAANgIsIAEgASkCKDcDECABIAIoAhA2AiQgASABKQIgNwMIIAEgAigCCDYCHCABIAIoAgRBAXQ2AhggASABKQIYNwMAAn8gASgCECgCACIAQQFxBEAgAEEFdkEBcQwBCyAALwEsQQl2QQFxCyABQTBqJAAL3gEBAn8jAEEwayIBJAAgASMMIgIoAgA2AiggASACKAIMQQF0NgIgIAEgADYCLCABIAEpAig3AxAgASACKAIQNgIkIAEgASkCIDcDCCABIAIoAgg2AhwgASACKAIEQQF0NgIYIAEgASkCGDcDAAJ/AkAgASgCDCIAQf//A3FFBEAgASgCECgCACIAQQFxBEAgAEGA/gNxQQh2IQAMAgsgAC8BKCEACyAAQf//A3FB//8DRw0AQQEMAQsgASgCFCgCCCgCTCAAQf//A3FBAXRqLwEAQf//A0YLIAFBMGokAAubAgECfyMAQTBrIgEkACABIwwiAigCADYCKCABIAIoAgxBAXQ2AiAgASAANgIsIAEgASkCKDcDECABIAIoAhA2AiQgASABKQIgNwMIIAEgAigCCDYCHCABIAIoAgRBAXQ2AhggASABKQIYNwMAAn8CQCABKAIMIgBB//8DcUUEQCABKAIQKAIAIgBBAXEEQCAAQYD+A3FBCHYhAAwCCyAALwEoIQALIABB//8DcUH//wNHDQBBAQwBCyABKAIUKAIIKAJMIABB//8DcUEBdGovAQBB//8DRwR/An8gASgCECgCACIAQQFxBEAgAEEadEEfdUHiBHEMAQtB4gQgAC0ALUECcQ0AGiAAKAIgC0EARwVBAQsLIAFBMGokAAvTAQEFfyABIAAoAhRJBEBBJCMIKAIAEQAAIQICQCAAKAJcDQAgACgCaCAARw0AIAAgACgCqAFBAWo2AqgBCwJ/IAAoAhgiBCABTQRAIAAoAiwgACgCMCABIARrQQJ0aigCAEEBdGoiA0ECaiEFIAMvAQAMAQsgACgCKCAAKAIEIAFsQQF0aiEDQQALIQYgAkIANwARIAIgBjsBDiACQQA7AQwgAiAFNgIIIAIgAzYCBCACIAA2AgAgAkL//wM3AhwgAiABIARPOgAQIAJBADYAGAsgAgubAQECfyMAQTBrIgEkACABIwwiAigCADYCKCABIAIoAgxBAXQ2AiAgASAANgIsIAEgASkCKDcDECABIAIoAhA2AiQgASABKQIgNwMIIAEgAigCCDYCHCABIAIoAgRBAXQ2AhggASABKQIYNwMAAn8gASgCECgCACIAQQFxBEAgAEEEdkEBcQwBCyAALwEsQQV2QQFxCyABQTBqJAALdwECfyMAQTBrIgEkACABIwwiAigCADYCKCABIAIoAgxBAXQ2AiAgASAANgIsIAEgASkCKDcDECABIAIoAhA2AiQgASABKQIgNwMIIAEgAigCCDYCHCABIAIoAgRBAXQ2AhggASABKQIYNwMAIAEQPyABQTBqJAAL0QYBCH8jAEGgAWsiByQAIAcjDCIIKAIANgKYASAHIAgoAgxBAXQ2ApABIAcgADYCnAEgByAHKQKYATcDWCAHIAgoAhA2ApQBIAcgBykCkAE3A1AgByAIKAIINgKMASAHIAgoAgRBAXQ2AogBIAcgBykCiAE3A0gjAUHg9ABqIAdByABqEC0gBkEBdCIAQX8gACAFciIAGyELIAVBfyAAGyEKIARBAXQhDEEAIQRBACEGQQAhCANAQQAhAANAIAdB8ABqIwFB4PQAahAQAkACQAJAIABBAXFFBEAgB0FAayAHKQKAATcDACAHIAcpAng3AzggByAHKQJwNwMwIAdB6ABqIAdBMGoQQSADIAcoAmgiAE0EQCAAIANHDQIgBygCbCAMSw0CCyMBQeD0AGoiABAcDQUgABA1RQ0CIAdB8ABqIAAQEAsjAUHg9ABqIgAQHA0EIAAQNUUNAUEBIQAMAwsgByAHKQKAATcDKCAHIAcpAng3AyAgByAHKQJwNwMYIAcgBygCHDYCYCAHIAcoAiA2AmQgCiAHKAJgIgBJDQAgACAKRgRAIAsgBygCZE0NAQsgByAHKQKAATcDECAHIAcpAng3AwggByAHKQJwNwMAQQAhACAHEEAhBQJAIAJFBEAgBiEFDAELAkADQCABIABBAnRqKAIAIgkgBUYNASAFIAlJBEAgBiEFDAMLIABBAWoiACACRw0ACyAGIQUMAQsCQCAGQQVqIgUgCE0NAEEIIAhBAXQiACAFIAAgBUsbIgAgAEEITRsiCEECdCEAIAQEQCAEIAAjBygCABEBACEEDAELIAAjCCgCABEAACEECyAEIAZBAnRqIgBCADcCACAAQQA2AhAgAEIANwIIIAcoAnAhBiAHKAJ4IQkgBygCgAEhDSAHKAJ0IQ4gBCAFQQJ0aiIAQQRrIAcoAnw2AgAgAEEMayAONgIAIABBFGsgDTYCACAAQQhrIAlBAXY2AgAgAEEQayAGQQF2NgIAC0EAIQAjAUHg9ABqECwEQCAFIQYMAwsjAUHg9ABqEBwEQCAFIQYMAwsjAUHg9ABqEDUNASAFIQYLIwwiACAENgIEIAAgBkEFbjYCACAHQaABaiQADwtBASEAIAUhBgwACwALAAugAwEIfyMAQYABayIBJAAgASMMIgIoAgA2AnggASACKAIMQQF0NgJwIAEgADYCfCABIAEpAng3A0ggASACKAIQNgJ0IAFBQGsgASkCcDcDACABIAIoAgg2AmwgASACKAIEQQF0NgJoIAEgASkCaDcDOEEAIQACQCABKAJIKAIAIgJBAXENACACKAIkRQ0AIAIoAjQhAAsCQCAAIgNFBEBBACECDAELQQQgA0EFbBAqIQIgASABKQJ4NwMwIAEgASkCcDcDKCABIAEpAmg3AyAjAUHg9ABqIgAgAUEgahAtIAAQLBogAiEAA0AgAUHQAGojAUHg9ABqEBAgASABKQJgNwMYIAEgASkCWDcDECABIAEpAlA3AwggAUEIahA/BEAgASgCUCEEIAEoAlghBSABKAJgIQYgASgCVCEHIAAgASgCXDYCECAAIAc2AgggACAGNgIAIAAgBUEBdjYCDCAAIARBAXY2AgQgCEEBaiIIIANGDQIgAEEUaiEACyMBQeD0AGoQHA0ACwsjDCIAIAI2AgQgACADNgIAIAFBgAFqJAALzQMBCH8jAEGAAWsiASQAIAEjDCICKAIANgJ4IAEgAigCDEEBdDYCcCABIAA2AnwgASABKQJ4NwMwIAEgAigCEDYCdCABIAEpAnA3AyggASACKAIINgJsIAEgAigCBEEBdDYCaCABIAEpAmg3AyBBACEAAkAgASgCMCgCACICQQFxDQAgAigCJEUNACACKAIwIQALAkAgACIERQRAQQAhAAwBC0EEIARBBWwQKiEAIAEgASkCeDcDGCABIAEpAnA3AxAgASABKQJoNwMIIwFB4PQAaiICIAFBCGoQLSACECwaIAFB0ABqIAIQECABKAJQIQIgASgCWCEFIAEoAmAhAyABKAJUIQYgACABKAJcNgIQIAAgBjYCCCAAIAM2AgAgACAFQQF2NgIMIAAgAkEBdjYCBCAEQQFGDQBBASEFIAAhAgNAIwFB4PQAaiIDEBwaIAFBOGogAxAQIAEoAjghAyABKAJAIQYgASgCSCEHIAEoAjwhCCACIAEoAkQ2AiQgAiAINgIcIAIgBzYCFCACIAZBAXY2AiAgAiADQQF2NgIYIAJBFGohAiAFQQFqIgUgBEcNAAsLIwwiAiAANgIEIAIgBDYCACABQYABaiQAC4ECAgZ/AX4jAEEwayIBJAAgASMMIgIoAgA2AiggASACKAIMQQF0NgIgIAEgADYCLCABIAEpAig3AxAgASACKAIQNgIkIAEgASkCIDcDCCABIAIoAgg2AhwgASACKAIEQQF0NgIYIAEgASkCGDcDACMAQRBrIgQkACABKAIUKAIIIQAgASgCECkCACEHQQEhAgJAAkACQCABLwEMIgNB/v8Daw4CAAIBC0EAIQIMAQsgACgCSCADQQNsai0AACECCyAHIAcgBEEPakEBIAAgAyACQQFxIgIQWkEBaiIFIwgoAgARAAAiBiAFIAAgAyACEFoaIARBEGokACABQTBqJAAgBgt6AQJ/IwBBMGsiASQAIAEjDCICKAIANgIoIAEgAigCDEEBdDYCICABIAA2AiwgASABKQIoNwMQIAEgAigCEDYCJCABIAEpAiA3AwggASACKAIINgIcIAEgAigCBEEBdDYCGCABIAEpAhg3AwAgARBbIAFBMGokAEEBdgt7AQJ/IwBBMGsiASQAIAEjDCICKAIANgIoIAEgAigCDEEBdDYCICABIAA2AiwgASABKQIoNwMQIAEgAigCEDYCJCABIAEpAiA3AwggASACKAIINgIcIAEgAigCBEEBdDYCGCABIAEpAhg3AwAgASgCACABQTBqJABBAXYLlgEBAn8jAEFAaiIBJAAgASMMIgIoAgA2AjggASACKAIMQQF0NgIwIAEgADYCPCABIAEpAjg3AxggASACKAIQNgI0IAEgASkCMDcDECABIAIoAgg2AiwgASACKAIEQQF0NgIoIAEgASkCKDcDCCABQSBqIAFBCGoQQSACIAEoAiA2AgAgAiABKAIkQQF2NgIEIAFBQGskAAueAQECfyMAQUBqIgEkACABIwwiAigCADYCOCABIAIoAgxBAXQ2AjAgASAANgI8IAEgASkCODcDGCABIAIoAhA2AjQgASABKQIwNwMQIAEgAigCCDYCLCABIAIoAgRBAXQ2AiggASABKQIoNwMIIAEgASgCDDYCICABIAEoAhA2AiQgAiABKAIgNgIAIAIgASgCJEEBdjYCBCABQUBrJAAL1wIBBn8jAEHwAGsiASQAIAEjDCICKAIANgJoIAEgAigCDEEBdDYCYCABIAA2AmwgASACKAIINgJcIAEgAigCEDYCZCABIAIoAgRBAXQ2AlggASACKAIYQQF0NgJUIAEgAigCFDYCUCACKAIgIQAgAigCHCEDIAEgASkCaDcDKCABIAEpAmA3AyAgASADNgJIIAEgASkCWDcDGCABIABBAXQ2AkwgASABKQJQNwMQIAEgASkCSDcDCCMAQSBrIgAkACABKAIMIQMgASgCCCEEIAEoAhQhBSABKAIQIQYgACABKQIoNwMYIAAgASkCIDcDECAAIAEpAhg3AwggAUEwaiAAQQhqIAYgBSAEIANBABBUIABBIGokACACIAEoAjw2AhAgAiABKAI0NgIIIAIgASgCQDYCACACIAEoAjhBAXY2AgwgAiABKAIwQQF2NgIEIAFB8ABqJAAL1wIBBn8jAEHwAGsiASQAIAEjDCICKAIANgJoIAEgAigCDEEBdDYCYCABIAA2AmwgASACKAIINgJcIAEgAigCEDYCZCABIAIoAgRBAXQ2AlggASACKAIYQQF0NgJUIAEgAigCFDYCUCACKAIgIQAgAigCHCEDIAEgASkCaDcDKCABIAEpAmA3AyAgASADNgJIIAEgASkCWDcDGCABIABBAXQ2AkwgASABKQJQNwMQIAEgASkCSDcDCCMAQSBrIgAkACABKAIMIQMgASgCCCEEIAEoAhQhBSABKAIQIQYgACABKQIoNwMYIAAgASkCIDcDECAAIAEpAhg3AwggAUEwaiAAQQhqIAYgBSAEIANBARBUIABBIGokACACIAEoAjw2AhAgAiABKAI0NgIIIAIgASgCQDYCACACIAEoAjhBAXY2AgwgAiABKAIwQQF2NgIEIAFB8ABqJAALhgIBBH8jAEHQAGsiASQAIAEjDCICKAIANgJIIAFBQGsiAyACKAIMQQF0NgIAIAEgADYCTCABIAEpAkg3AxggASACKAIQNgJEIAEgAykCADcDECABIAIoAgg2AjwgASACKAIEQQF0NgI4IAEgASkCODcDCCACKAIUQQF0IQMgAigCGEEBdCEEIwBBIGsiACQAIAAgASkCGDcDGCAAIAEpAhA3AxAgACABKQIINwMIIAFBIGogAEEIaiADIARBABBVIABBIGokACACIAEoAiw2AhAgAiABKAIkNgIIIAIgASgCMDYCACACIAEoAihBAXY2AgwgAiABKAIgQQF2NgIEIAFB0ABqJAALhgIBBH8jAEHQAGsiASQAIAEjDCICKAIANgJIIAFBQGsiAyACKAIMQQF0NgIAIAEgADYCTCABIAEpAkg3AxggASACKAIQNgJEIAEgAykCADcDECABIAIoAgg2AjwgASACKAIEQQF0NgI4IAEgASkCODcDCCACKAIUQQF0IQMgAigCGEEBdCEEIwBBIGsiACQAIAAgASkCGDcDGCAAIAEpAhA3AxAgACABKQIINwMIIAFBIGogAEEIaiADIARBARBVIABBIGokACACIAEoAiw2AhAgAiABKAIkNgIIIAIgASgCMDYCACACIAEoAihBAXY2AgwgAiABKAIgQQF2NgIEIAFB0ABqJAALnwIBA38jAEGAAWsiASQAIAEjDCICKAIANgJ4IAEgAigCDEEBdDYCcCABIAA2AnwgASACKAIINgJsIAEgAigCEDYCdCABIAIoAgRBAXQ2AmggASACKAIUNgJgIAEgAigCGEEBdDYCUCABIAIoAhw2AlQgASACKAIgQQF0NgJYIAIoAiQhAyABIAEpAng3AzAgASABKQJwNwMoIAEgADYCZCABIAEpAmg3AyAgASADNgJcIAEgASkCYDcDGCABIAEpAlg3AxAgASABKQJQNwMIIAFBOGogAUEgaiABQQhqEBggAiABKAJENgIQIAIgASgCPDYCCCACIAEoAkg2AgAgAiABKAJAQQF2NgIMIAIgASgCOEEBdjYCBCABQYABaiQAC+AEAgZ/An4jAEHQAGsiASQAIAEjDCIDKAIANgJIIAFBQGsiAiADKAIMQQF0NgIAIAEgADYCTCABIAEpAkg3AxggASADKAIQNgJEIAEgAikCADcDECABIAMoAgg2AjwgASADKAIEQQF0NgI4IAEgASkCODcDCCMAQZABayIAJAACfyABKAIcIgIoAgAiBEEBcQRAIAItAAVBD3EhBSACLQAEIQYgAi0ABgwBCyAEKAIMIQYgBCgCCCEFIAQoAgQLIQQgACACNgKMASAAIAI2AogBIABBADYChAEgACAGNgKAASAAIAU2AnwgACAENgJ4AkAgAiABKAIYIgRHBEAgACAAKQKAATcDUCAAIAApAogBNwNYIAAgACkCeDcDSCAAIAEpAhA3AzggAEFAayABKQIYNwMAIAAgASkCCDcDMCAAQeAAaiAAQcgAaiAAQTBqEBgCQCAAKAJwIgIgBEYNACACRQ0AA0AgACAAKQJwIgc3A4gBIAAgACkCaCIINwOAASAAIAg3AyAgACAHNwMoIAAgACkCYCIHNwN4IAAgBzcDGCAAIAEpAhA3AwggACABKQIYNwMQIAAgASkCCDcDACAAQeAAaiAAQRhqIAAQGCAAKAJwIgIgBEYNASACDQALCyABIAApA3g3AiAgASAAKQOIATcCMCABIAApA4ABNwIoDAELIAFCADcCICABQgA3AjAgAUIANwIoCyAAQZABaiQAIAMgASgCLDYCECADIAEoAiQ2AgggAyABKAIwNgIAIAMgASgCKEEBdjYCDCADIAEoAiBBAXY2AgQgAUHQAGokAAudAQECfyMAQTBrIgEkACABIwwiAigCADYCKCABIAIoAgxBAXQ2AiAgASAANgIsIAEgASkCKDcDECABIAIoAhA2AiQgASABKQIgNwMIIAEgAigCCDYCHCABIAIoAgRBAXQ2AhggASABKQIYNwMAQQEhAAJAIAEoAhAoAgAiAkEBcQ0AIAIoAiRFDQAgAigCOEEBaiEACyABQTBqJAAgAAvuAQEDfyMAQdAAayIBJAAgASMMIgIoAgA2AkggAUFAayIDIAIoAgxBAXQ2AgAgASAANgJMIAEgASkCSDcDGCABIAIoAhA2AkQgASADKQIANwMQIAEgAigCCDYCPCABIAIoAgRBAXQ2AjggASABKQI4NwMIIwBBIGsiACQAIAAgASkCGDcDGCAAIAEpAhA3AxAgACABKQIINwMIIAFBIGogAEEIakEAEFcgAEEgaiQAIAIgASgCLDYCECACIAEoAiQ2AgggAiABKAIwNgIAIAIgASgCKEEBdjYCDCACIAEoAiBBAXY2AgQgAUHQAGokAAvuAQEDfyMAQdAAayIBJAAgASMMIgIoAgA2AkggAUFAayIDIAIoAgxBAXQ2AgAgASAANgJMIAEgASkCSDcDGCABIAIoAhA2AkQgASADKQIANwMQIAEgAigCCDYCPCABIAIoAgRBAXQ2AjggASABKQI4NwMIIwBBIGsiACQAIAAgASkCGDcDGCAAIAEpAhA3AxAgACABKQIINwMIIAFBIGogAEEIakEAEFggAEEgaiQAIAIgASgCLDYCECACIAEoAiQ2AgggAiABKAIwNgIAIAIgASgCKEEBdjYCDCACIAEoAiBBAXY2AgQgAUHQAGokAAvuAQEDfyMAQdAAayIBJAAgASMMIgIoAgA2AkggAUFAayIDIAIoAgxBAXQ2AgAgASAANgJMIAEgASkCSDcDGCABIAIoAhA2AkQgASADKQIANwMQIAEgAigCCDYCPCABIAIoAgRBAXQ2AjggASABKQI4NwMIIwBBIGsiACQAIAAgASkCGDcDGCAAIAEpAhA3AxAgACABKQIINwMIIAFBIGogAEEIakEBEFcgAEEgaiQAIAIgASgCLDYCECACIAEoAiQ2AgggAiABKAIwNgIAIAIgASgCKEEBdjYCDCACIAEoAiBBAXY2AgQgAUHQAGokAAsqAQJ/AkAgACgCICIDRQ0AIAEgA0sNACAAKAI8IAFBAnRqKAIAIQILIAILWQAjAUHo8gBqJAcjAUHg8gBqJAgjAUHs8gBqJAkjAUHk8gBqJAojAUGY9ABqJAsjAUGw9ABqJAwjAUG0+gBqJA0jAUG4+gBqJA4jAUGg9ABqQQBBnAb8CwAL7gEBA38jAEHQAGsiASQAIAEjDCICKAIANgJIIAFBQGsiAyACKAIMQQF0NgIAIAEgADYCTCABIAEpAkg3AxggASACKAIQNgJEIAEgAykCADcDECABIAIoAgg2AjwgASACKAIEQQF0NgI4IAEgASkCODcDCCMAQSBrIgAkACAAIAEpAhg3AxggACABKQIQNwMQIAAgASkCCDcDCCABQSBqIABBCGpBARBYIABBIGokACACIAEoAiw2AhAgAiABKAIkNgIIIAIgASgCMDYCACACIAEoAihBAXY2AgwgAiABKAIgQQF2NgIEIAFB0ABqJAALxQEBA38jAEHQAGsiAiQAIAIjDCIDKAIANgJIIAJBQGsiBCADKAIMQQF0NgIAIAIgADYCTCACIAIpAkg3AxggAiADKAIQNgJEIAIgBCkCADcDECACIAMoAgg2AjwgAiADKAIEQQF0NgI4IAIgAikCODcDCCACQSBqIAJBCGogAUH//wNxED0gAyACKAIsNgIQIAMgAigCJDYCCCADIAIoAjA2AgAgAyACKAIoQQF2NgIMIAMgAigCIEEBdjYCBCACQdAAaiQAC/ABAQN/IwBB0ABrIgIkACACIwwiAygCADYCSCACQUBrIgQgAygCDEEBdDYCACACIAA2AkwgAiACKQJINwMYIAIgAygCEDYCRCACIAQpAgA3AxAgAiADKAIINgI8IAIgAygCBEEBdDYCOCACIAIpAjg3AwgjAEEgayIAJAAgACACKQIYNwMYIAAgAikCEDcDECAAIAIpAgg3AwggAkEgaiAAQQhqIAFBABA+IABBIGokACADIAIoAiw2AhAgAyACKAIkNgIIIAMgAigCMDYCACADIAIoAihBAXY2AgwgAyACKAIgQQF2NgIEIAJB0ABqJAAL8AEBA38jAEHQAGsiAiQAIAIjDCIDKAIANgJIIAJBQGsiBCADKAIMQQF0NgIAIAIgADYCTCACIAIpAkg3AxggAiADKAIQNgJEIAIgBCkCADcDECACIAMoAgg2AjwgAiADKAIEQQF0NgI4IAIgAikCODcDCCMAQSBrIgAkACAAIAIpAhg3AxggACACKQIQNwMQIAAgAikCCDcDCCACQSBqIABBCGogAUEBED4gAEEgaiQAIAMgAigCLDYCECADIAIoAiQ2AgggAyACKAIwNgIAIAMgAigCKEEBdjYCDCADIAIoAiBBAXY2AgQgAkHQAGokAAuaAQECfyMAQTBrIgEkACABIwwiAigCADYCKCABIAIoAgxBAXQ2AiAgASAANgIsIAEgASkCKDcDECABIAIoAhA2AiQgASABKQIgNwMIIAEgAigCCDYCHCABIAIoAgRBAXQ2AhggASABKQIYNwMAQQAhAAJAIAEoAhAoAgAiAkEBcQ0AIAIoAiRFDQAgAigCNCEACyABQTBqJAAgAAuaAQECfyMAQTBrIgEkACABIwwiAigCADYCKCABIAIoAgxBAXQ2AiAgASAANgIsIAEgASkCKDcDECABIAIoAhA2AiQgASABKQIgNwMIIAEgAigCCDYCHCABIAIoAgRBAXQ2AhggASABKQIYNwMAQQAhAAJAIAEoAhAoAgAiAkEBcQ0AIAIoAiRFDQAgAigCMCEACyABQTBqJAAgAAucAQECfyMAQTBrIgEkACABIwwiAigCADYCKCABIAIoAgxBAXQ2AiAgASAANgIsIAEgASkCKDcDECABIAIoAhA2AiQgASABKQIgNwMIIAEgAigCCDYCHCABIAIoAgRBAXQ2AhggASABKQIYNwMAAn8gASgCECgCACIAQQFxBEAgAEGA/gNxQQh2DAELIAAvASgLQf//A3EgAUEwaiQAC/oBAQN/IwBB0ABrIgEkACABIwwiAigCADYCSCABQUBrIgMgAigCDEEBdDYCACABIAA2AkwgASABKQJINwMYIAEgAigCEDYCRCABIAMpAgA3AxAgASACKAIINgI8IAEgAigCBEEBdDYCOCABIAEpAjg3AwggAigCFEEBdCEDIwBBIGsiACQAIAAgASkCGDcDGCAAIAEpAhA3AxAgACABKQIINwMIIAFBIGogAEEIaiADQQAQViAAQSBqJAAgAiABKAIsNgIQIAIgASgCJDYCCCACIAEoAjA2AgAgAiABKAIoQQF2NgIMIAIgASgCIEEBdjYCBCABQdAAaiQAC/oBAQN/IwBB0ABrIgEkACABIwwiAigCADYCSCABQUBrIgMgAigCDEEBdDYCACABIAA2AkwgASABKQJINwMYIAEgAigCEDYCRCABIAMpAgA3AxAgASACKAIINgI8IAEgAigCBEEBdDYCOCABIAEpAjg3AwggAigCFEEBdCEDIwBBIGsiACQAIAAgASkCGDcDGCAAIAEpAhA3AxAgACABKQIINwMIIAFBIGogAEEIaiADQQEQViAAQSBqJAAgAiABKAIsNgIQIAIgASgCJDYCCCACIAEoAjA2AgAgAiABKAIoQQF2NgIMIAIgASgCIEEBdjYCBCABQdAAaiQAC4kEAQl/IwBBgAFrIgIkACACIwwiAygCADYCeCACIAMoAgxBAXQ2AnAgAiAANgJ8IAIgAikCeDcDMCACIAMoAhA2AnQgAiACKQJwNwMoIAIgAygCCDYCbCACIAMoAgRBAXQ2AmggAiACKQJoNwMgIAJB1ABqIAJBIGoQcQJAIAFFBEBBACEDDAELIAIgAikCeDcDGCACIAIpAnA3AxAgAiACKQJoNwMIIAJB1ABqIgAgAkEIahAtIAAQLBpBACEAQQAhAwNAIAMhBAJAA0AgAkHUAGoiAxBuIAFGDQEgAxAcDQALIAQhAwwCCyACQTxqIAJB1ABqIgMQECADEBwCQCAEQQVqIgMgAE0NAEEIIABBAXQiACADIAAgA0sbIgAgAEEITRsiAEECdCEGIAUEQCAFIAYjBygCABEBACEFDAELIAYjCCgCABEAACEFCyAFIARBAnRqIgRCADcCACAEQQA2AhAgBEIANwIIIAIoAjwhBiACKAJEIQggAigCTCEJIAIoAkAhCiAFIANBAnRqIgRBBGsgAigCSDYCACAEQQxrIAo2AgAgBEEUayAJNgIAIARBCGsgCEEBdjYCACAEQRBrIAZBAXY2AgANAAsLIAIoAlgiAARAIAAjCSgCABECAAsgAkEANgJgIAJCADcCWCMMIgAgBTYCBCAAIANBBW42AgAgAkGAAWokAAutCAENfyMAQTBrIgQkACAEIwwiBSgCADYCKCAEIAUoAgxBAXQ2AiAgBCAANgIsIAQgBCkCKDcDECAEIAUoAhA2AiQgBCAEKQIgNwMIIAQgBSgCCDYCHCAEIAUoAgRBAXQ2AhggBCAEKQIYNwMAAn8CQCAEKAIQIgAoAgAiAkEBcQ0AIAQoAhQhDANAIAAhBSACKAIkRQ0BQQAhCyACLwFCIgAEQCAMKAIIIgcoAlQgBy8BJCAAbEEBdGohCwsgAigCJCIORQ0BAn8gAiAOQQN0ayIAKAIAIgNBAXEiB0UEQCADLwEsQQJ2QQFxDAELIANBA3ZBAXELIghFIQlBACECAkAgCA0AIAtFDQAgCy8BACECQQEhCQsCQAJAAkACQAJAAkAgAkH+/wNrDgIBAgALIAJFBEAgB0UEQCADLwEsIgdBAXFFDQIgB0EBdkEBcUUNAgwDCyADQQJxRQ0BIANBAnZBAXENAgwBCyAMKAIIKAJIIAJBA2xqLQABQQFxDQELQQAhCiAAKAIAIgJBAXENASACKAIkRQ0BIAEgAigCNCIKSQ0CDAELQQEhCiABRQ0CC0EBIQYgDkEBRg0DA0BBACECAn8gACAGQQN0aiIHKAIAIgNBAXEiCARAIANBA3ZBAXEMAQsgAy8BLEECdkEBcQtFBEAgCwR/IAsgCUEBdGovAQAFQQALIQIgCUEBaiEJCwJ/AkACQAJAAkACQCACQf7/A2sOAgIBAAsCQCACRQRAIAhFDQEgA0ECcUUNAyADQQJ2QQFxDQIMAwsgDCgCCCgCSCACQQNsai0AAUEBcUUNAgwBCyADLwEsIghBAXFFDQEgCEEBdkEBcUUNAQsgASAKRw0BDAYLQQAhAyAHKAIAIgJBAXENASACKAIkRQ0BIAEgCmsiCCACKAI0IgNPDQEgByEAIAghAQwECyAKQQFqDAELIAMgCmoLIQogBkEBaiIGIA5HDQALDAMLAn9BACAMKAIIIgcoAiBFDQAaQQAgBygCQCAFKAIALwFCQQJ0aiIFLwECIghFDQAaIAlBAWshAyAHKAJEIAUvAQBBAnRqIgYgCEECdGohBQNAAkAgBi0AAw0AIAMgBi0AAkcNACAHKAI8IAYvAQBBAnRqKAIADAILIAZBBGoiBiAFRw0AC0EACyIFIA0gBRshDSACQQFxRQ0BDAILCyADQQFxBH8gA0EDdkEBcQUgAy8BLEECdkEBcQsNAAJAIAwoAggiACgCIEUNACAAKAJAIAUoAgAvAUJBAnRqIgEvAQIiBUUNACAJQQFrIQcgACgCRCABLwEAQQJ0aiIGIAVBAnRqIQEDQAJAIAYtAAMNACAHIAYtAAJHDQAgACgCPCAGLwEAQQJ0aigCACIAIA0gABsMBAsgBkEEaiIGIAFHDQALCyANDAELQQALIARBMGokAAuqBwENfyMAQTBrIgMkACADIwwiBCgCADYCKCADIAQoAgxBAXQ2AiAgAyAANgIsIAMgAykCKDcDECADIAQoAhA2AiQgAyADKQIgNwMIIAMgBCgCCDYCHCADIAQoAgRBAXQ2AhggAyADKQIYNwMAAn8CQCADKAIQIgAoAgAiAkEBcQ0AIAMoAhQhDQNAIAAhBCACKAIkRQ0BQQAhCiACLwFCIgAEQCANKAIIIgUoAlQgBS8BJCAAbEEBdGohCgsgAigCJCIORQ0BAn8gAiAOQQN0ayIAKAIAIgJBAXEiBUUEQCACLwEsQQJ2QQFxDAELIAJBA3ZBAXELIghFIQlBACEGAkAgCA0AIApFDQAgCi8BAEEARyEGQQEhCQsCQAJAAkACfyAFRQRAIAIvASxBAXEMAQsgAkEBdkEBcQsgBnJBAXFFBEBBACEGIAAoAgAiAkEBcQ0BIAIoAiRFDQEgASACKAIwIgZPDQEMAgtBASEGIAFFDQILQQEhByAOQQFGDQMDQEEAIQsCfyAAIAdBA3RqIgUoAgAiAkEBcSIIBEAgAkEDdkEBcQwBCyACLwEsQQJ2QQFxC0UEQCAKBH8gCiAJQQF0ai8BAEEARwVBAAshCyAJQQFqIQkLAn8CQAJAIAgEfyACQQF2QQFxBSACLwEsQQFxCyALckEBcQRAIAEgBkcNAQwGC0EAIQsgBSgCACICQQFxDQEgAigCJEUNASABIAZrIgggAigCMCILTw0BIAUhACAIIQEMBAsgBkEBagwBCyAGIAtqCyEGIAdBAWoiByAORw0ACwwDCwJ/QQAgDSgCCCIFKAIgRQ0AGkEAIAUoAkAgBCgCAC8BQkECdGoiBC8BAiIIRQ0AGiAJQQFrIQYgBSgCRCAELwEAQQJ0aiIHIAhBAnRqIQQDQAJAIActAAMNACAGIActAAJHDQAgBSgCPCAHLwEAQQJ0aigCAAwCCyAHQQRqIgcgBEcNAAtBAAsiBCAMIAQbIQwgAkEBcUUNAQwCCwsgAkEBcQR/IAJBA3ZBAXEFIAIvASxBAnZBAXELDQACQCANKAIIIgAoAiBFDQAgACgCQCAEKAIALwFCQQJ0aiIBLwECIgRFDQAgCUEBayEFIAAoAkQgAS8BAEECdGoiAiAEQQJ0aiEBA0ACQCACLQADDQAgBSACLQACRw0AIAAoAjwgAi8BAEECdGooAgAiACAMIAAbDAQLIAJBBGoiAiABRw0ACwsgDAwBC0EACyADQTBqJAALdwECfyMAQTBrIgEkACABIwwiAigCADYCKCABIAIoAgxBAXQ2AiAgASAANgIsIAEgASkCKDcDECABIAIoAhA2AiQgASABKQIgNwMIIAEgAigCCDYCHCABIAIoAgRBAXQ2AhggASABKQIYNwMAIAEQQCABQTBqJAALdQEBfyMAQTBrIgEkACABIAA2AhwgASMMIgApAwA3AiAgASAAKQMINwIoIAFBBGogAUEcahAQIAAgASgCEDYCECAAIAEoAgg2AgggACABKAIUNgIAIAAgASgCDEEBdjYCDCAAIAEoAgRBAXY2AgQgAUEwaiQAC0UBAX8jAEEgayIBJAAgASAANgIMIAEjDCIAKQMANwIQIAEgACkDCDcCGCABKAIQIAEoAhRBHGxqQQRrKAIAIAFBIGokAAvzAQEHfyMAQSBrIgEkACABIAA2AgwgASMMIgApAwA3AhAgASAAKQMINwIYQQAhACABKAIUIgVBAk8EQCABKAIQIQZBASEDA0ACQAJ/AkACQCAGIANBHGxqIgQoAgAoAgAiAkEBcQRAIAJBAnENASACQQN2QQFxDAMLIAIvASwiAkEBcUUNAQsgAEEBaiEADAILIAJBAnZBAXELDQAgBEEcaygCACgCAC8BQiICRQ0AIAAgASgCDCgCCCIHKAJUIAcvASQgAmxBAXRqIAQoAhRBAXRqLwEAQQBHaiEACyADQQFqIgMgBUcNAAsLIAFBIGokACAACzgBAX8jAEEgayIBJAAgASAANgIMIAEjDCIAKQMANwIQIAEgACkDCDcCGCABQQxqEG4gAUEgaiQAC2cBAX8jAEHQAGsiASQAIAEgADYCPCABIwwiACkDADcCQCABIAApAwg3AkggAUEkaiABQTxqEBAgASABKQI0NwMYIAEgASkCLDcDECABIAEpAiQ3AwggAUEIahBbIAFB0ABqJABBAXYLZQEBfyMAQdAAayIBJAAgASAANgI8IAEjDCIAKQMANwJAIAEgACkDCDcCSCABQSRqIAFBPGoQECABIAEpAjQ3AxggASABKQIsNwMQIAEgASkCJDcDCCABKAIIIAFB0ABqJABBAXYLfQEBfyMAQdAAayIBJAAgASAANgI8IAEjDCIAKQMANwJAIAEgACkDCDcCSCABQSRqIAFBPGoQECABIAEpAjQ3AxAgASABKQIsNwMIIAEgASkCJDcDACABQRxqIAEQQSAAIAEoAhw2AgAgACABKAIgQQF2NgIEIAFB0ABqJAALiAEBAX8jAEHQAGsiASQAIAEgADYCPCABIwwiACkDADcCQCABIAApAwg3AkggAUEkaiABQTxqEBAgASABKQI0NwMQIAEgASkCLDcDCCABIAEpAiQ3AwAgASABKAIENgIcIAEgASgCCDYCICAAIAEoAhw2AgAgACABKAIgQQF2NgIEIAFB0ABqJAALQgEBfyMAQTBrIgEkACABIAA2AhwgASMMIgApAwA3AiAgASAAKQMINwIoIAFBBGogAUEcahAQIAEoAhQgAUEwaiQAC4UBAQF/IwBB0ABrIgEkACABIAA2AjwgASMMIgApAwA3AkAgASAAKQMINwJIIAFBJGogAUE8ahAQIAEgASkCNDcDGCABIAEpAiw3AxAgASABKQIkNwMIAn8gASgCGCgCACIAQQFxBEAgAEEFdkEBcQwBCyAALwEsQQl2QQFxCyABQdAAaiQAC2QBAX8jAEHQAGsiASQAIAEgADYCPCABIwwiACkDADcCQCABIAApAwg3AkggAUEkaiABQTxqEBAgASABKQI0NwMYIAEgASkCLDcDECABIAEpAiQ3AwggAUEIahA/IAFB0ABqJAALZAEBfyMAQdAAayIBJAAgASAANgI8IAEjDCIAKQMANwJAIAEgACkDCDcCSCABQSRqIAFBPGoQECABIAEpAjQ3AxggASABKQIsNwMQIAEgASkCJDcDCCABQQhqEFkgAUHQAGokAAtkAQF/IwBB0ABrIgEkACABIAA2AjwgASMMIgApAwA3AkAgASAAKQMINwJIIAFBJGogAUE8ahAQIAEgASkCNDcDGCABIAEpAiw3AxAgASABKQIkNwMIIAFBCGoQQCABQdAAaiQAC0wBAn8jAEEgayIBJAAgASAANgIMIAEjDCIAKQMANwIQIAEgACkDCDcCGCABQQxqEDUgACABKQIQNwMAIAAgASkCGDcDCCABQSBqJAALygcCDH8BfiMAQSBrIgMkACADIAA2AgwgAyMMIg0pAwA3AhAgAyANKQMINwIYIAEhCSMAQdAAayICJAAgAygCFCEAIAMoAhAhBwNAIAcgAEEBayIBQRxsaiIIKAIYIQsgCCgCACgCACEGAkACQCABRQRAQQEhBSAGQQFxRQ0BQQAhBAwCCwJAAn8gBkEBcSIMBEAgBkECcQRAQQAhBEEBIQUMBQsgBkEDdkEBcQwBC0EBIQUgBi8BLCIEQQFxDQIgBEECdkEBcQsNACAIQRxrKAIAKAIALwFCIgVFDQBBACEEIAMoAgwoAggiCigCVCAKLwEkIAVsQQF0aiAIKAIUQQF0ai8BAEEARyEFIAxFDQEMAgtBACEFQQAhBCAMDQELIAYoAiRFBEBBACEEDAELIAYoAjghBAsCQAJAIAkgC0kNACAFIAtqIARqIAlNDQADQAJAAkACQCAHIABBHGxqIghBHGsoAgAiCygCACIFQQFxBEAgAygCDCEBDAELIAMoAgwhASAFKAIkDQELIAIgATYCECACQgA3AwggAkEANgIsIAJCADcCJCACQgA3AhwgAkIANwIUDAELIAEoAgghBiAFLwFCIgQEfyAGKAJUIAYvASQgBGxBAXRqBUEACyEMIAhBBGsoAgAhBAJAAkAgAEEBayIKRQ0AIAUvASwiBUEBcQ0AIAVBBHENASAHIApBHGxqIgVBHGsoAgAoAgAvAUIiCkUNASAEIAYoAlQgBi8BJCAKbEEBdGogBSgCFEEBdGovAQBBAEdqIQQMAQsgBEEBaiEECyALKQIAIQ4gAiABNgIQIAIgDjcDCCACIAhBGGsiASgCCDYCHCACIAEpAgA3AhQgAiAMNgIsIAJCADcDICACIAQ2AiggBCAJSw0DCwNAIAJBCGogAkEwaiACQc8AahAlRQ0DIAIoAiggCU0NAAsgAyAAQQFqIgEgAygCGCIESwR/QQggBEEBdCIAIAEgACABSxsiACAAQQhNGyIBQRxsIQACfyAHBEAgByAAIwcoAgARAQAMAQsgACMIKAIAEQAACyEHIAMgATYCGCADKAIUIgBBAWoFIAELNgIUIAMgBzYCECAHIABBHGxqIgAgAikCMDcCACAAIAIoAkg2AhggACACQUBrKQIANwIQIAAgAikCODcCCCACLQBPQQFGBEAgAigCSCAJRg0DCyADKAIQIQcgAygCFCEADAALAAsgAEECSQ0AIAMgATYCFCABIQAMAQsLIAJB0ABqJAAgDSADKQIQNwMAIA0gAykCGDcDCCADQSBqJAAL8wQCDX8BfiMAQSBrIgYkACAGIAA2AgwgBiMMIgkpAwA3AhAgBiAJKQMINwIYQQEhCwJAIAZBDGoiCiMCQQ9qEEgiDUUNACAKKAIEIAooAghBHGxqIgBBGGsiAigCAA0AIABBEGsoAgBFDQAgAEEMaygCACEHIABBOGsoAgAiAS0AAEEBcUUEQCABKAIAIgEgASgCJEEDdGshAwsgAEEwaykCACEOIABBNGsoAgAhASACIAcEfwJ/IAMoAgAiAkEBcQRAIAEgAy0AByICaiEIIA5CIIinIQQgDqcMAQtBACAOQiCIpyACKAIUIgUbIQQgAigCECABaiEIIAIoAhghAiAFIA6nagutIAIgBGqtQiCGhCEOQQEhAiAHQQFHBEADQAJAIAMgAkEDdGoiBCgCACIBQQFxBEAgBC0AByIBIAQtAAZqIQwgBC0ABUEPcSEFIAQtAAQhBAwBC0EAIAEoAgwgASgCFCIFGyEEIAEoAhAgASgCBGohDCAFIAEoAghqIQUgASgCGCEBCyAFIA6naq0gASAEakEAIA5CIIinIAUbaq1CIIaEIQ4gCCAMaiEIIAJBAWoiAiAHRw0ACwsCfyADIAdBA3RqIgIoAgAiA0EBcQRAIAItAAVBD3EhASACLQAEIQUgAi0ABgwBCyADKAIMIQUgAygCCCEBIAMoAgQLIAEgDqdqrUEAIA5CIIinIAEbIAVqrUIghoQhDiAIagUgAQs2AgAgAEEUayAONwIACwJAAkACQCANQQFrDgIAAgELA0AgChBwQQFGDQALDAELQQAhCwsgCSAGKQIQNwMAIAkgBikCGDcDCCAGQSBqJAAgCwtMAQJ/IwBBIGsiASQAIAEgADYCDCABIwwiACkDADcCECABIAApAwg3AhggAUEMahAcIAAgASkCEDcDACAAIAEpAhg3AwggAUEgaiQAC04BAX8jAUGrCmohAgJAAkACQCABQf7/A2sOAgACAQsjAUGqCmoPC0EAIQIgACgCCCAAKAIEaiABTQ0AIAAoAjggAUECdGooAgAhAgsgAgt+AgF/AX4jAEEwayIBJAAgASAANgIcIAEjDCIAKQMANwIgIAEgACkDCDcCKCABIAAoAhRBAXQ2AhggASAAKAIQNgIUIAEgASkCFDcDCCABQRxqQQAgASgCCCABKAIMEG8gACABKQIgNwMAIAAgASkCKDcDCCABQTBqJABCAFkLXQIBfwF+IwBBIGsiASQAIAEgADYCDCABIwwiACkDADcCECABIAApAwg3AhggAUEMaiAAKAIQQQF0QQBBABBvIAAgASkCEDcDACAAIAEpAhg3AwggAUEgaiQAQgBZC18BA38jAEEgayIBJAAgASAANgIMIAEjDCIAKQMANwIQIAEgACkDCDcCGCABQQxqIQIDQCACEHAiA0EBRg0ACyADQQJGIAAgASkCEDcDACAAIAEpAhg3AwggAUEgaiQAC0wBAn8jAEEgayIBJAAgASAANgIMIAEjDCIAKQMANwIQIAEgACkDCDcCGCABQQxqECwgACABKQIQNwMAIAAgASkCGDcDCCABQSBqJAALugIBBX8jAEEwayICJAAgAiAANgIcIAIjDCIDKQMANwIgIAIgAykDCDcCKCACIAMpAxA3AgwgAiADKQMYNwIUIAIgATYCCCACIAIoAgg2AhwgAi8BGCEAIAJBADYCJCACIAA7ASwgAigCICEAIAIoAgwhBgJAAkAgAigCECIEIAIoAihLBEAgBEEcbCEBAn8gAARAIAAgASMHKAIAEQEADAELIAEjCCgCABEAAAshACACIAQ2AiggAigCJCIFRQ0BIAVBHGwiBUUNASAAIAFqIAAgBfwKAAAMAQsgBEUNASAEQRxsIQELIAYEQCABRQ0BIAAgBiAB/AoAAAwBCyABRQ0AIABBACAB/AsACyACIAA2AiAgAiACKAIkIARqNgIkIAMgAikCIDcDACADIAIpAig3AwggAkEwaiQAC9kBAgh/AX4jAEHQAGsiASQAIAEjDCICKAIANgJIIAFBQGsiAyACKAIMQQF0NgIAIAEgADYCTCACKAIgIQQgAikDGCEJIAIoAhQhBSACKAIEIQYgAigCCCEHIAIoAhAhCCABIAEpAkg3AxggASAINgJEIAEgAykCADcDECABIAc2AjwgASAGQQF0NgI4IAEgBTYCKCABIAk3AiwgASAENgI0IAEgADYCJCABIAEpAjg3AwggAUEkaiABQQhqEC0gAiABKQIoNwMAIAIgASkCMDcDCCABQdAAaiQAC1MBAX8jAEEgayIBJAAgASAANgIMIAEjDCIAKQMANwIQIAEgACkDCDcCGCABKAIQIgAEQCAAIwkoAgARAgALIAFBADYCGCABQgA3AhAgAUEgaiQAC8oBAQd/IwBBMGsiASQAIAEgADYCHCABIwwiAykDADcCICABIAMpAwg3AihBACEAIAEvASwhBiABKAIcIQcCQCABKAIkIgRFDQAgASgCICEFIARBHGwiAiMIKAIAEQAAIQAgBQRAIAJFDQEgACAFIAL8CgAADAELIAJFDQAgAEEAIAL8CwALIAFBADsBGiABIAY7ARggASAENgIUIAEgBDYCECABIAA2AgwgASAHNgIIIAMgASkCDDcDACADIAEpAhQ3AwggAUEwaiQAC5oBAQN/IwBB0ABrIgEkACABIwwiAigCADYCSCABQUBrIgMgAigCDEEBdDYCACABIAA2AkwgASABKQJINwMYIAEgAigCEDYCRCABIAMpAgA3AxAgASACKAIINgI8IAEgAigCBEEBdDYCOCABIAEpAjg3AwggAUEkaiABQQhqEHEgAiABKQIoNwMAIAIgASkCMDcDCCABQdAAaiQAC84wAht/A34jAEEQayIYJAAjAEFAaiIHJAAgB0EANgI8IAdCADcCJCAHQgA3AhwCfyAAKAIAIgJBAXEEQCAALQAEIQ0gAC0ABiEMIAAtAAVBD3EMAQsgAigCDCENIAIoAgQhDCACKAIICyEIIAdBADsBPCAHIAA2AiwgB0HgASMIKAIAEQAAIgI2AjAgB0KBgICAgAE3AjQgAkEANgIYIAJCADcCECACIA02AgwgAiAINgIIIAIgDDYCBCACIAA2AgACfyABKAIAIgJBAXEEQCABLQAEIQ0gAS0ABiEMIAEtAAVBD3EMAQsgAigCDCENIAIoAgQhDCACKAIICyECIAdBADsBKCAHIAE2AhggBygCHCEIIAcoAiRFBEACfyAIBEAgCEHgASMHKAIAEQEADAELQeABIwgoAgARAAALIQggB0EINgIkCyAHQQE2AiAgByAINgIcIAhBADYCGCAIQgA3AhAgCCANNgIMIAggAjYCCCAIIAw2AgQgCCABNgIAIAdBADYCECAHQgA3AwggACgCFCAAKAIYIAEoAhQgASgCGCAHQQhqEFMgACITKAIIIQIjAEHgAGsiBSQAIAdBADYCNCAHKAIwIQAgBygCOAR/QQAFAn8gAARAIABB4AEjBygCABEBAAwBC0HgASMIKAIAEQAACyEAIAdBCDYCOCAHKAI0CyEIIAcgADYCMCAHIAhBAWo2AjQgBUEANgIIIAVCADcDACAAIAhBHGxqIgAgEzYCACAAIAUpAwA3AgQgACAFKAIINgIMIABBADYCGCAAQgA3AhAgBSAHKAI8NgI4IAUgBykCNDcDMCAHKQIsIR0gBUEANgJMIAUgHTcDKCAFQgA3AkQgBUEBNgJAIAUgAjYCPCAHQQA2AiAgBygCHCEAIAcoAiRFBEACfyAABEAgAEHgASMHKAIAEQEADAELQeABIwgoAgARAAALIQAgB0EINgIkIAcoAiAhBAsgByAANgIcIAcgBEEBajYCICAFQQA2AlggBUIANwNQIAAgBEEcbGoiACABIhY2AgAgACAFKQNQNwIEIAAgBSgCWDYCDCAAQQA2AhggAEIANwIQIAUgBygCKDYCECAFIAcpAiA3AwggBykCGCEdIAVBADYCJCAFIB03AwAgBUIANwIcIAVBATYCGCAFIAI2AhQgBSgCLCAFKAIwIgtBHGxqIgBBGGsoAgAhCCAAQRRrKQIAIR4gBS0AREUEQCAepyENIB5CIIinIQQCfyAAQRxrKAIAIgEoAgAiAkEBcQRAIAEtAAVBD3EhACABLQAEIQwgAS0ABgwBCyACKAIMIQwgAigCCCEAIAIoAgQLIAhqIQggACANaq1BACAEIAAbIAxqrUIghoQhHgsgBSgCBCAFKAIIIg9BHGxqIgBBGGsoAgAhDSAAQRRrKQIAIh2nIQwgHUIgiKchBAJ/IABBHGsoAgAiASgCACICQQFxBEAgAS0ABUEPcSEAIAEtAAQhBiABLQAGDAELIAIoAgwhBiACKAIIIQAgAigCBAshASAAIAxqrUEAIAQgABsgBmqtQiCGhCEdAn8CQCABIA1qIgIgCEsEQCAeIR8gHSEeIAghACACIQgMAQsgHSEfQQAgCCACIgBNDQEaC0HAASMIKAIAEQAAIgogCDYCFCAKIAA2AhAgCiAeNwIIIAogHzcCAEEIIREgHiEdIAghAkEBCyENQQAhDANAIAtBAWshBAJ/AkACQAJAIAUtAEQiEEEBRgRAIAQNAQwDCyALRQ0CDAELIAtBAmshBAsgBSgCPCEGIAUoAiwhCQNAIAkgBCIAQRxsaiIBKAIAIQ5BACEEAkAgAEUNACABQRxrKAIAKAIALwFCIgNFDQAgBigCVCAGLwEkIANsQQF0aiABKAIUQQF0ai8BACEECwJAAn8gDigCACIDQQFxBEAgA0EBdkEBcQwBCyADLwEsQQFxCw0AIARB//8DcQ0AIABBAWshBCAARQ0CDAELCyADQQh2IQkgDi0AByEUIAEoAgQMAQtBACEDQQAhCUEAIRRBACEEQQALIRsgD0EBayEBAn8CQAJAAkAgBS0AHCIZQQFGBEAgAQ0BDAMLIA9FDQIMAQsgD0ECayEBCyAFKAIUIRIgBSgCBCEaA0AgGiABIgBBHGxqIg4oAgAhFUEAIQECQCAARQ0AIA5BHGsoAgAoAgAvAUIiBkUNACASKAJUIBIvASQgBmxBAXRqIA4oAhRBAXRqLwEAIQELAkACfyAVKAIAIgZBAXEEQCAGQQF2QQFxDAELIAYvASxBAXELDQAgAUH//wNxDQAgAEEBayEBIABFDQIMAQsLIAZBCHYhACAVLQAHIRIgDigCBAwBC0EAIQZBACEAQQAhEkEAIQFBAAshGiADQQFxIg4EfyAJQf8BcQUgAy8BKAshHAJ/AkACQAJAAkACQAJ/IAZBAXEiFUUEQCADQQBHIQkgBi8BKCEAQQEMAQsgAyAGckUNAyADQQBHIQkgAEH/AXEhACAGQQBHC0UNACAJRQ0AIARB//8DcSABQf//A3FHDQAgHEH//wNxIgQgAEH//wNxRw0AIANBAXFFBEAgAygCECEUCyAGQQFxRQRAIAYoAhAhEgsgDgR/IANBEHYFIAMvASoLIBUEfyAGQRB2BSAGLwEqCyEPQQAhCUEAIQEgDkUEQCADLQAsQcAAcUEGdiEBCyAVRQRAIAYtACxBwABxQQZ2IQkLAn8gA0EadEEfdUHiBHEgDg0AGkHiBCADLQAtQQJxDQAaIAMoAiALIRkCfyAGQRp0QR91QeIEcSAVDQAaQeIEIAYtAC1BAnENABogBigCIAshBiAaIBtHDQMgBEH//wNGDQMgEiAURw0DQf//A3EiAEH//wNGDQMgD0H//wNxIgRB//8DRg0DIABFIARFcw0DIAYgGUcNAyABIAlzDQMgDgR/IANBBHZBAXEFIAMvASxBBXZBAXELDQMgAUUNAiMBQZQMaiEAAkAgBSgCSCIBRQ0AIAFBAXENACABLQAsQcAAcUUNACAAIAFBMGogASgCJBshAAsjAUGUDGohBAJAIAUoAiAiAUUNACABQQFxDQAgAS0ALEHAAHFFDQAgBCABQTBqIAEoAiQbIQQLIAAoAhghAyAEKAIYIgFBGU8EQCABIANHDQQgACgCACEAIAQoAgAhBAwCCyABIANGDQEMAwsgBSgCLCALQRxsaiIAQRBrKAIAIQIgAEEUaygCACEDIABBGGsoAgAhCSAFKAIEIA9BHGxqIgZBEGsoAgAhCyAGQRRrKAIAIQ8gBkEYaygCACEOAn4CfwJAAkAgAEEcaygCACIEKAIAIgFBAXEEQCAJIAQtAAZqIQAgAyAELQAFQQ9xIgFqIQMgBC0ABEEAIAIgARtqIQIgEA0BIAAgBC0AByIEagwDCyABKAIMQQAgAiABKAIIIgAbaiECIAAgA2ohAyABKAIEIAlqIQAgEEUNAQsgA60gAq1CIIaEDAILQQAgAiABKAIUIgQbIQIgAyAEaiEDIAEoAhghBCABKAIQIABqCyEAIAOtIAIgBGqtQiCGhAsCfgJ/AkACQCAGQRxrKAIAIgEoAgAiA0EBcQRAIA4gAS0ABmohBCAPIAEtAAVBD3EiA2ohAiABLQAEQQAgCyADG2ohBiAZDQEgBCABLQAHIgFqDAMLIAMoAgxBACALIAMoAggiARtqIQYgASAPaiECIAMoAgQgDmohBCAZRQ0BCyACrSAGrUIghoQMAgtBACAGIAMoAhQiARshBiABIAJqIQIgAygCGCEBIAMoAhAgBGoLIQQgAq0gASAGaq1CIIaECyAAIARJIgEbIR0gACAEIAEbIQIMAwsgACAEIAEQEg0BCyAFKAIsIAtBHGxqIgRBGGsoAgAhBgJ/IARBHGsoAgAiASgCACIDQQFxIgsEQCAGIAEtAAZqIgAgEA0BGiAAIAEtAAdqDAELIAMoAgQgBmoiACAQDQAaIAMoAhAgAGoLIQkCQCAMIAcoAgwiD08NACAHKAIIIQ4gDCEAA0AgCCAOIABBGGxqIhQoAhRPBEAgDyAAQQFqIgBHDQEMAgsLIBQoAhAgCUkNAQsgBEEQaygCACEJIARBFGsoAgAhAAJ/AkACQCALBEAgBiABLQAGaiECIAAgAS0ABUEPcSIEaiEAIAEtAARBACAJIAQbaiEEIBANASACIAEtAAciAWoMAwsgAygCDEEAIAkgAygCCCIBG2ohBCAAIAFqIQAgAygCBCAGaiECIBBFDQELIACtIAStQiCGhCEdQQAMBAtBACAEIAMoAhQiARshBCAAIAFqIQAgAygCGCEBIAMoAhAgAmoLIQIgAK0gASAEaq1CIIaEIR1BAAwCCyAFQShqIAgQMCAFIAgQMCEABEBBACAADQIaIAUoAiwgBSgCMEEcbGoiAEEQaygCACEDIABBFGsoAgAhASAAQRhrKAIAIQICfwJAAkAgAEEcaygCACIAKAIAIgRBAXEEQCACIAAtAAZqIQIgASAALQAFQQ9xIgRqIQEgAC0ABEEAIAMgBBtqIQMgBS0ARA0BIAIgAC0AByIAagwDCyAEKAIMQQAgAyAEKAIIIgAbaiEDIAAgAWohASAEKAIEIAJqIQIgBS0AREEBRw0BCyABrSADrUIghoQhHQwDC0EAIAMgBCgCFCIAGyEDIAAgAWohASAEKAIYIQAgBCgCECACagshAiABrSAAIANqrUIghoQhHQwBCyAABEAgBSgCBCAFKAIIQRxsaiIAQRBrKAIAIQMgAEEUaygCACEBIABBGGsoAgAhAgJ/AkACQCAAQRxrKAIAIgAoAgAiBEEBcQRAIAIgAC0ABmohAiABIAAtAAVBD3EiBGohASAALQAEQQAgAyAEG2ohAyAFLQAcDQEgAiAALQAHIgBqDAMLIAQoAgxBACADIAQoAggiABtqIQMgACABaiEBIAQoAgQgAmohAiAFLQAcQQFHDQELIAGtIAOtQiCGhCEdDAMLQQAgAyAEKAIUIgAbIQMgACABaiEBIAQoAhghACAEKAIQIAJqCyECIAGtIAAgA2qtQiCGhCEdDAELIAUoAiwgBSgCMEEcbGoiAEEQaygCACECIABBFGsoAgAhAyAAQRhrKAIAIQkgBSgCBCAFKAIIQRxsaiIGQRBrKAIAIQsgBkEUaygCACEQIAZBGGsoAgAhDwJ+An8CQAJAIABBHGsoAgAiBCgCACIBQQFxBEAgCSAELQAGaiEAIAMgBC0ABUEPcSIBaiEDIAQtAARBACACIAEbaiECIAUtAEQNASAAIAQtAAciBGoMAwsgASgCDEEAIAIgASgCCCIAG2ohAiAAIANqIQMgASgCBCAJaiEAIAUtAERBAUcNAQsgA60gAq1CIIaEDAILQQAgAiABKAIUIgQbIQIgAyAEaiEDIAEoAhghBCABKAIQIABqCyEAIAOtIAIgBGqtQiCGhAsCfgJ/AkACQCAGQRxrKAIAIgEoAgAiA0EBcQRAIA8gAS0ABmohBCAQIAEtAAVBD3EiA2ohAiABLQAEQQAgCyADG2ohBiAFLQAcDQEgBCABLQAHIgFqDAMLIAMoAgxBACALIAMoAggiARtqIQYgASAQaiECIAMoAgQgD2ohBCAFLQAcQQFHDQELIAKtIAatQiCGhAwCC0EAIAYgAygCFCIBGyEGIAEgAmohAiADKAIYIQEgAygCECAEagshBCACrSABIAZqrUIghoQLIAAgBEkiARshHSAAIAQgARshAkEADAELQQELIQ9BACEEAkAgBSgCMCIARQ0AA0AgBSgCLCAAIgRBHGxqIgFBGGsoAgAhAAJ/IAFBHGsoAgAiASgCACIDQQFxBEAgACABLQAGaiIAIAUtAEQNARogACABLQAHagwBCyADKAIEIABqIgAgBS0ARA0AGiADKAIQIABqCyACSw0BIAVBKGoQSiAFKAIwIgANAAtBACEECwJAA0AgBSgCCCIABEAgBSgCBCAAQRxsaiIDQRhrKAIAIQECfyADQRxrKAIAIgMoAgAiBkEBcQRAIAEgAy0ABmoiASAFLQAcDQEaIAEgAy0AB2oMAQsgBigCBCABaiIBIAUtABwNABogBigCECABagsgAksNAiAFEEoMAQsLQQAhAAsgBS0ARCEGIAUoAkAiASAFKAIYIgNLBEAgBSgCPCELIAUoAiwhDgNAIAQEfwJAAkACfyAOIARBHGxqIglBHGsoAgAoAgAiEEEBcQRAIBBBAXZBAXEMAQsgEC8BLEEBcQtFBEAgBEEBRg0CIAlBOGsoAgAoAgAvAUIiEEUNAiALKAJUIAsvASQgEGxBAXRqIAlBCGsoAgBBAXRqLwEARQ0CIAZBAXFFDQEMAgsgBkEBcQ0BCyABQQFrIQELQQAgBiAJQQxrKAIAGyEGIARBAWsFQQALIQQgASADSw0ACwsgBSAGOgBEIAUgBDYCMCAFIAE2AkAgBS0AHCEEIAEgA0kEQCAFKAIUIQkgBSgCBCEQA0AgAAR/AkACQAJ/IBAgAEEcbGoiBkEcaygCACgCACILQQFxBEAgC0EBdkEBcQwBCyALLwEsQQFxC0UEQCAAQQFGDQIgBkE4aygCACgCAC8BQiILRQ0CIAkoAlQgCS8BJCALbEEBdGogBkEIaygCAEEBdGovAQBFDQIgBEEBcUUNAQwCCyAEQQFxDQELIANBAWshAwtBACAEIAZBDGsoAgAbIQQgAEEBawVBAAshACABIANJDQALCyAFIAQ6ABwgBSAANgIIIAUgAzYCGAJAIA9FBEAgDSEBDAELAkAgDUUNACAIIAogDUEYbGoiAEEEayIBKAIASw0AIAEgAjYCACAAQRBrIB03AgAgDSEBDAELIAIgCE0EQCANIQEMAQsCQCANQQFqIgEgEU0NAEEIIBFBAXQiACABIAAgAUsbIgAgAEEITRsiEUEYbCEAIAoEQCAKIAAjBygCABEBACEKDAELIAAjCCgCABEAACEKCyAKIA1BGGxqIgAgAjYCFCAAIAg2AhAgACAdNwIIIAAgHjcCAAsgDCAHKAIMIgAgACAMSRshCANAAkAgCCAMIgBGBEAgCCEADAELIABBAWohDCAHKAIIIABBGGxqKAIUIAJNDQELCyAFKAIwIgsEQCACIQggHSEeIAEhDSAAIQwgBSgCCCIPDQELCwJ/IBMoAgAiCEEBcQRAIBMtAAVBD3EhAyATLQAEIQIgEy0AByIAIBMtAAZqDAELQQAgCCgCDCAIKAIUIgAbIQIgACAIKAIIaiEDIAgoAhghACAIKAIQIAgoAgRqCyEIIAOtIAAgAmqtQiCGhCEdAn8gFigCACICQQFxBEAgFi0AByIAIBYtAAZqIQMgFi0ABCEMIBYtAAVBD3EMAQtBACACKAIMIAIoAhQiDRshDCACKAIQIAIoAgRqIQMgAigCGCEAIA0gAigCCGoLrSAAIAxqrUIghoQhHgJAIAMgCEsEQAJAIAFFDQAgCCAKIAFBGGxqIgBBBGsiAigCAEsNACACIAM2AgAgAEEQayAeNwIAIAEhAAwCCwJAIAFBAWoiACARTQ0AQQggEUEBdCICIAAgACACSRsiAiACQQhNG0EYbCECIAoEQCAKIAIjBygCABEBACEKDAELIAIjCCgCABEAACEKCyAKIAFBGGxqIgEgAzYCFCABIAg2AhAgASAeNwIIIAEgHTcCAAwBCyADIAhPBEAgASEADAELAkAgAUUNACADIAogAUEYbGoiAEEEayICKAIASw0AIAIgCDYCACAAQRBrIB03AgAgASEADAELAkAgAUEBaiIAIBFNDQBBCCARQQF0IgIgACAAIAJJGyICIAJBCE0bQRhsIQIgCgRAIAogAiMHKAIAEQEAIQoMAQsgAiMIKAIAEQAAIQoLIAogAUEYbGoiASAINgIUIAEgAzYCECABIB03AgggASAeNwIACyAHIAUpAyg3AiwgByAFKAI4NgI8IAcgBSkDMDcCNCAHIAUoAhA2AiggByAFKQMINwIgIAcgBSkDADcCGCAHIAo2AgQgBUHgAGokACAYIAA2AgwgBygCCCIABEAgACMJKAIAEQIACyAHKAIwIgAEQCAAIwkoAgARAgALIAcoAhwiAARAIAAjCSgCABECAAsgBygCBCAHQUBrJAAhASAYKAIMBEADQCABIBdBGGxqIgAgACgCEEEBdjYCECAAIAAoAhRBAXY2AhQgACAAKAIEQQF2NgIEIAAgACgCDEEBdjYCDCAXQQFqIhcgGCgCDCIASQ0ACyAAIRcLIwwiACABNgIEIAAgFzYCACAYQRBqJAALtAEBBH8jAEEQayIDJAAgAyAAKAIYIgE2AgwgAUEYIwooAgARAQAhASAAKAIYQRhsIgQEQCABIAAoAhQgBPwKAAALIAMoAgwEQANAIAEgAkEYbGoiACAAKAIQQQF2NgIQIAAgACgCFEEBdjYCFCAAIAAoAgRBAXY2AgQgACAAKAIMQQF2NgIMIAJBAWoiAiADKAIMIgBJDQALIAAhAgsjDCIAIAE2AgQgACACNgIAIANBEGokAAvEFgIifwZ+IwBBMGsiEiQAIBIjDCIDKAIYQQF0NgIMIBIgAygCHEEBdDYCECASIAMoAiBBAXQ2AhQgEiADNQIAIAM1AgRCIYaENwIYIBIgAzUCCCADNQIMQiGGhDcCICASIAM1AhAgAzUCFEIhhoQ3AiggEkEMaiECQQAhAyMAQTBrIgskACAAIhcoAhgEQANAIBcoAhQgA0EYbGogAhBRIANBAWoiAyAXKAIYSQ0ACwsgC0IANwMoIAtCADcDICALQgA3AxggCyAXKQIANwMIIAtBGGohGCMAQTBrIg0kAEHAAiMIKAIAEQAAIQggAigCACEAIAIpAgwhJiACKAIEIQMgAikCFCElIAIoAgghASAIIAIpAhw3AiAgCCABNgIcIAggJTcCFCAIIAM2AhAgCCAmNwIIIAggADYCBCAIIAtBCGo2AgBBASEAQQghGQNAAn4gCCAAQQFrIgNBKGxqIgIoAgAiEygCACIBQQFxIgQEQCABQYABcUEHdiEaIBMtAAciAK1CIIYhJCATLQAGIQUgEy0ABSIPQQ9xrSATMQAEQiCGhAwBCyABLQAtQQFxIRogASgCBCEFIBMtAAUhDyABKQIUISQgASgCECEAIAEpAggLISMgACAFaiEHAkAgAigCBCIJIAcgBAR/IA9B8AFxQQR2BSABKAIcCyIPaiIBSwRAIAMhAAwBCyACKQIgISUgAigCHCEQIAIoAhghESACKAIUIQ4gAikCCCEoAkAgAigCECIMIAlHDQAgCSAQRw0AIAEgCUcNACADIQAMAQsgI0IgiKchASAlQiCIpyEWICOnIQICfyAFIAxPBEAgJacgAiAOayIEQQAgAiAETxtqrSABIAEgEWsiBEEAIAEgBE8bIBZqIAIgDksbrUIghoQhIyAQIAxrIAVqIQUgAAwBCyAkpyEKICRCIIinIQYgBSAJSwRAIAwgBWshBEIAISQgECEFICUhI0EAIAAgBEEAIAQgDE0bIgRNDQEaIAYgBiARIBEgAWsiAUEAIAEgEU0bIAIgDkkbayIBQQAgASAGTRsgCiAOIAJrIgJBACACIA5NGyICSxutQiCGIAogAmsiAkEAIAIgCk0brYQhJCAAIARrDAELAkAgByAJSw0AIAcgCUYgCSAMRnENACAADAELQQAhBCAQIAVrIgBBACAAIBBNGyEUIBYgFiABayIAQQAgACAWTRsgJaciACACSxshFSAAIAJrIgJBACAAIAJPGyECQgAhJyAHIAxLBEBBACABIAobIAZqIgAgACARayIBQQAgACABTxsgIyAkfKciACAOSxutQiCGIAAgDmsiAUEAIAAgAU8brYQhJyAHIAxrIQQLICdCIIinQQAgFSAnpyIAG2qtQiCGIAAgAmqthCEkIAQgFGoLIQcgDSATKQIAIiY3AxAgJkIgiKchAAJAICanIgRBAXEEQCAEIQIMAQsgBCICKAIAQQFGDQAgAigCJEEDdEHMAGoiACMIKAIAEQAAIQogAARAIAogAiACKAIkQQN0ayAA/AoAAAsgCiAEKAIkIgBBA3RqIQJBACEBAkAgAARAA0AgCiABQQN0aigCACIGQQFxRQRAIAYgBigCAEEBajYCACAGKAIAGiAEKAIkIQALIAFBAWoiASAASQ0ADAILAAsgBC0ALEHAAHFFDQAgBCgCMCEBIA0gBCkCRDcDKCANIAQpAjw3AyAgDSAEKQI0NwMYAkAgBCgCSCIAQRlJDQAgACMIKAIAEQAAIQEgBCgCSCIARQ0AIAEgBCgCMCAA/AoAAAsgAiABNgIwIAIgDSkDGDcCNCACIA0pAyA3AjwgAiANKQMoNwJECyACQQE2AgAgDSANKQMQNwMIIBggDUEIahAKQQAhAAsCQAJAIAJBAXEEQAJAIA9BD0sNACAFQf4BSw0AICNC/////+8fVg0AICNC8P///w+DQgBSDQAgB0H+AUsNACAkQv/////vH1YNACAkQv////8Pg0IAUg0AICNCIIinICOnQQh0QYAecSAAQYDgA3FyIAVBEHRyciAHQRh0ciEADAILAn8gGCgCBCIBBEAgGCABQQFrIgE2AgQgGCgCACABQQN0aigCAAwBC0HMACMIKAIAEQAACyIBQgA3AiAgASAPNgIcIAEgJDcCFCABIAc2AhAgASAjNwIIIAEgBTYCBCABQQE2AgAgASACQRB2OwEqIAEgAkGA/gNxQQh2OwEoIAEgAS8BLEGA8QNxIAJBAXZBB3EgAkGAAXFBAXRyIAJB4ABxQQR0cnI7ASwMAgsgAiAkNwIUIAIgBzYCECACICM3AgggAiAFNgIECyACIQELAkAgAUEBcQRAIAFBEHIhAQwBCyABIAEvASxBIHI7ASwLIBMgAa0gAK1CIIaENwIAIAFBAXEEQCADIQAMAQsgASgCJCIiRQRAIAMhAAwBCyAoQiCIpyEbICinIRwgI6chH0IAISNBACECQQAhAQNAIBMoAgAiACAAKAIkQQN0ayACQQN0aiIULQAFIQQCfyAUKAIAIgBBAXEiBQRAIARBD3EhDyAULQAEISAgFC0AByIhIBQtAAZqDAELQQAgACgCDCAAKAIUIgcbISAgByAAKAIIaiEPIAAoAhghISAAKAIQIAAoAgRqCyIKIAFqIQcgI0IgiKchFSAjpyEGAkAgCSAFBH8gBEHwAXFBBHYFIAAoAhwLIAdqSwRAIAMhAAwBCwJAAkAgASAMTQRAIAJFDQIgASAMRw0CIApFDQIgGiAGIB9NcUUNAQwCCyAaIAYgH01xDQELIAUEfyAAQQd2QQFxBSAALQAtQQFxC0UEQCADIQAMBAsgESAWRgRAIAMhAAwECyAGIA5NDQAgAyEADAMLQgAhJEEAIQpBACEEQgAhIyABIAlJBEAgCSABayEEIBwgBmsiAEEAIAAgHE0brSAbIBsgFWsiAEEAIAAgG00bIAYgHEkbrUIghoQhIwsgASAMSQRAIAwgAWshCiAOIAZrIgBBACAAIA5NG60gESARIBVrIgBBACAAIBFNGyAGIA5JG61CIIaEISQLAn8gASAQTwRAQgAhJ0EADAELICVCIIinIgAgACAVayIFQQAgACAFTxsgJaciACAGSxutQiCGIAAgBmsiBUEAIAAgBU8brYQhJyAQIAFrCyEFAn8gByAJSwRAICghJiAJDAELICghJiAJIAcgCUYgCSAMRnENABogJSEmIAQiCiEFICMiJCEnIBALIRACQCADQQFqIgAgGU0NAEEIIBlBAXQiASAAIAAgAUkbIgEgAUEITRsiGUEobCEBIAgEQCAIIAEjBygCABEBACEIDAELIAEjCCgCABEAACEICyAIIANBKGxqIgMgJzcCICADIAU2AhwgAyAkNwIUIAMgCjYCECADICM3AgggAyAENgIEIAMgFDYCACAAIQMgJiElCyAGIA9qrSAgICFqQQAgFSAPG2qtQiCGhCEjIAchASACQQFqIgIgIkcNAAsLIAANAAsgCARAIAgjCSgCABECAAsgCyALKQIINwIQIA1BMGokACAXIAspAxA3AgAgCygCGCIABEACQCALKAIcIgJFDQBBACEDIAJBBE8EQCACQXxxIQUDQCAAIANBA3RqIgEoAgAjCSIEKAIAEQIAIAEoAgggBCgCABECACABKAIQIAQoAgARAgAgASgCGCAEKAIAEQIAIANBBGohAyAdQQRqIh0gBUcNAAsLIAJBA3EiAkUNAANAIAAgA0EDdGooAgAjCSgCABECACADQQFqIQMgHkEBaiIeIAJHDQALCyAAIwkoAgARAgALIAsoAiQiAARAIAAjCSgCABECAAsgC0EwaiQAIBJBMGokAAv8AQIGfwF+IwBBMGsiASQAIwwiAigCFCABIAIoAhxBAXQ2AiwgASACKAIYNgIoIAEgASkCKDcDCEEBdCEGIAEpAgghBwJ/IAAoAgAiA0EBcQRAIAAtAAVBD3EhBCAALQAEIQUgAC0ABgwBCyADKAIMIQUgAygCCCEEIAMoAgQLIQMgASAANgIkIAEgADYCICABQQA2AhwgASADIAZqNgIQIAEgBCAHp2o2AhQgAUEAIAdCIIinIAQbIAVqNgIYIAIgASgCHDYCECACIAEoAhQ2AgggAiABKAIgNgIAIAIgASgCGEEBdjYCDCACIAEoAhBBAXY2AgQgAUEwaiQAC7UBAQR/IwBBIGsiASQAAn8gACgCACICQQFxBEAgAC0ABUEPcSEDIAAtAAQhBCAALQAGDAELIAIoAgwhBCACKAIIIQMgAigCBAshAiABIAA2AhwgASAANgIYIAFBADYCFCABIAQ2AhAgASADNgIMIAEgAjYCCCMMIgAgASgCFDYCECAAIAEoAgw2AgggACABKAIYNgIAIAAgASgCEEEBdjYCDCAAIAEoAghBAXY2AgQgAUEgaiQACzABAn8jAEEQayICJAAjDCIDIAAgASACQQxqEHQ2AgQgAyACKAIMNgIAIAJBEGokAAtIAQN/IwBBEGsiASQAIAEgACgCAEEPTwR/IAAoApgBIQIgACgClAEFQQALNgIMIwwiAyACNgIEIAMgASgCDDYCACABQRBqJAALRAEBfyMMIABBpAFqQQAgACgCAEEOSxsiAAR/IwwiASAALQAANgIEIAEgAC0AATYCCCABIAAtAAI2AgxBAwVBAAs2AgALCwAgACABEEVBAkkLCQAgACABEEVFC8ACAQZ/IwBBEGsiAyQAIANBADYCDCADIAAoAmQ2AgwgACgCRCEBIAMoAgwiAkEYbCIAECIhBCAABEAgBCABIAD8CgAACwJAIAJFDQBBACEBIAJBAUcEQCACQX5xIQUDQCAEIAFBGGxqIgAgACgCEEEBdjYCECAAIAAoAhRBAXY2AhQgACAAKAIEQQF2NgIEIAAgACgCDEEBdjYCDCAAIAAoAihBAXY2AiggACAAKAIsQQF2NgIsIAAgACgCHEEBdjYCHCAAIAAoAiRBAXY2AiQgAUECaiEBIAZBAmoiBiAFRw0ACwsgAkEBcUUNACAEIAFBGGxqIgAgACgCEEEBdjYCECAAIAAoAhRBAXY2AhQgACAAKAIEQQF2NgIEIAAgACgCDEEBdjYCDAsjDCIAIAQ2AgQgACACNgIAIANBEGokAAsHACAAKAIgCw4AIAAoAgQgAC0ACBAGCzcAIAAgAUEBdiACKAIAIAIoAgRBAXYgAxAHIANB/s8AIAMoAgBBAXQiASABQf/PAEsbNgIAIAALptUBAjZ/BH4jAEEwayIgJAAgIEIBNwIoICAgATYCICAgIwJBFWo2AiQCQCAEBEAgBEEBRwRAIARBfnEhAQNAIAMgC0EYbGoiFCAUKAIQQQF0NgIQIBQgFCgCFEEBdDYCFCAUIBQoAgRBAXQ2AgQgFCAUKAIMQQF0NgIMIBQgFCgCKEEBdDYCKCAUIBQoAixBAXQ2AiwgFCAUKAIcQQF0NgIcIBQgFCgCJEEBdDYCJCALQQJqIQsgB0ECaiIHIAFHDQALCyAEQQFxBEAgAyALQRhsaiIBIAEoAhBBAXQ2AhAgASABKAIUQQF0NgIUIAEgASgCBEEBdDYCBCABIAEoAgxBAXQ2AgwLIAAgAyAEEDoaIAMQMwwBCyAAQQBBABA6GgsgICAgKQIoNwMYICAgICkCIDcDECAgIwFB8PIAaikCADcDCCMAQRBrIikkACAAICApAggiOz4CtAogACA7NwKsCiApICApAhg3AwggKSAgKQIQNwMAQQAhBEEAIQsjAEGQAmsiCiQAAkAgACIFKAKgCSIRRQ0AICkoAgRFDQAgAgRAIAIoAgggEUcNAQsgBSApKQIANwJMIAUgKSkCCDcCVCAFQQA2AkggBUIANwJsIAUoAkQhFAJ/IAUoAmQiCQRAIAUoAiAhBwNAAkAgFCAEQRhsaiIDKAIUIgAgB00NACAAIAMoAhAiAU0NACABIAdPBEAgBSADKQIANwIkIAUgATYCIAsgBSAENgJoQQAMAwsgBEEBaiIEIAlHDQALCyAFIAk2AmggFCAJQRhsaiIBQQRrKAIAIQAgAUEQaykCACE7IAVBADYCSCAFIDs3AiQgBSAANgIgIAVCADcCbEEBCyEAIAVBADYCwAogBUEANgKkCiAFQQA2AgAgBSAANgJ0IAVBADYClAogBUGgCmohOQJAAkACQAJAAkAgBS0AxQoNACAFKAKICg0AIAUoAoQJKAIAIgMoAgAiAC8BAEEBRw0AIAAoApwBIgEgAygCCCIASQRAIAMgATYCCAwCCyAAIAFGDQELAkACQCAFKAJgIgJFBEAgBSgCjApFDQIgBSMBQZkIaiIAKQAANwCEASAFIAApAAc3AIsBIAVBhAFqIQEMAQsgBSMBQZkIaiIAKQAANwCEASAFIAApAAc3AIsBIAUoAlxBACAFQYQBaiIBIAIRAwAgBSgCjApFDQELA0ACQAJAIAEtAAAiBEEiRg0AIARB3ABGDQAgBA0BDAMLQdwAIAUoAowKEAkgAS0AACEECyAEwCAFKAKMChAJIAFBAWohAQwACwALIAUtAMUKRQ0BDAILAkAgESgCaEUNACARKAJwIgBFDQAgBSAAEQoANgKICgtBACEEIAUtAMQKDQIgAgRAIAIoAgAiAEEBcUUEQCAAIAAoAgBBAWo2AgAgACgCABoLIAUgAikCADcCmAogAigCFCACKAIYIAUoAkQgBSgCZCA5EFMgAikCACE7IAVCADcCgApBACEBIAVBADYC+AkgBSgC9AkhBCAFKAL8CUUEQAJ/IAQEQCAEQYABIwcoAgARAQAMAQtBgAEjCCgCABEAAAshBCAFQQg2AvwJIAUoAvgJIQELIAUgBDYC9AkgBSABQQFqNgL4CSAEIAFBBHRqIgBCADcCCCAAIDs3AgACQAJAIAUoAvQJIgEgBSgC+AkiD0EEdGoiAEEQaygCACIEQQFxDQAgBCgCJCICRQ0AIABBBGsoAgAhAyAPQQFqIg0gBSgC/AkiAEsEQCABQQggAEEBdCIAIA0gACANSxsiACAAQQhNGyIAQQR0IwcoAgARAQAhASAFIAA2AvwJIAUoAvgJIg9BAWohDSAEKAIkIQILIAUgDTYC+AkgBSABNgL0CSAEIAJBA3RrKQIAITsgASAPQQR0aiIAIAM2AgwgAEEANgIIIAAgOzcCAAwBCyAFQgA3AoAKIAVBADYC+AkLAkACQAJAIAUoAmAiAEUEQCAFKAKMCkUNAiAFIwEiACkAiQM3AIQBIAUgAC0AmQM6AJQBIAUgACkAkQM3AIwBIAVBhAFqIQEMAQsgBSMBIgEpAIkDNwCEASAFIAEtAJkDOgCUASAFIAEpAJEDNwCMASAFKAJcQQAgBUGEAWoiASAAEQMAIAUoAowKRQ0BCwNAAkACQCABLQAAIgRBIkYNACAEQdwARg0AIAQNASAFQYwKaiEPIAUoAowKIgFFDQQgBSgCoAkhACAKIAUpApgKNwO4ASAKQbgBakEAIABBACABEDlBCiAFKAKMChAJDAQLQdwAIAUoAowKEAkgAS0AACEECyAEwCAFKAKMChAJIAFBAWohAQwACwALIAVBjApqIQ8LIAUoAqQKRQ0BIAVBhAFqIQBBACENA0AgBSgCoAohAQJAIAUoAmBFBEAgDygCAEUNAQsgCiABIA1BGGxqKQIQNwOgASAAQYAIIwFB4QJqIApBoAFqEAsaIAUoAmAiAQRAIAUoAlxBACAAIAERAwALIAAhASAPKAIARQ0AA0ACQAJAIAEtAAAiBEEiRg0AIARB3ABGDQAgBA0BDAMLQdwAIA8oAgAQCSABLQAAIQQLIATAIA8oAgAQCSABQQFqIQEMAAsACyANQQFqIg0gBSgCpApJDQALDAELIAVCADcCgAogBUEANgL4CQJAIAUoAmAiAkUEQCAFKAKMCkUNAiAFIwFBuAhqIgApAAA3AIQBIAUgAC8ACDsAjAEgBUGEAWohAQwBCyAFIwFBuAhqIgApAAA3AIQBIAUgAC8ACDsAjAEgBSgCXEEAIAVBhAFqIgEgAhEDACAFKAKMCkUNAQsDQAJAAkAgAS0AACIEQSJGDQAgBEHcAEYNACAERQ0DDAELQdwAIAUoAowKEAkgAS0AACEECyAEwCAFKAKMChAJIAFBAWohAQwACwALIAVB9AlqITogBUGEAWohFANAAkAgBSgChAkiASgCBCIARQRAQQEhDUF/IR0MAQsgAEEBRiENIAEoAgAhAkEAIQ8CQAJAA0ACQCACIA9BBXQiHmoiBCgCHA0AA0ACQCAFKAJgRQRAIAUoAowKRQ0BCyAEKAIAIgApAgghOyAALwEAIQAgCiABKAIENgKEASAKIAA2AogBIAogOzcCjAEgCiAPNgKAASAUQYAIIwFBuQFqIApBgAFqEAsaIAUoAmAiAARAIAUoAlxBACAUIAARAwALIBQhASAFKAKMCkUNAANAAkACQCABLQAAIgRBIkYNACAEQdwARg0AIAQNAQwDC0HcACAFKAKMChAJIAEtAAAhBAsgBMAgBSgCjAoQCSABQQFqIQEMAAsAC0EAITUjAEHwA2siBiQAIA9BBXQiECAFKAKECSgCAGoiACgCECE2IAAoAgwhGiAAKAIAIgAoAgQhKiAALwEAIREgBkIANwOIAyAGQQA2AoADIAZCADcD+AICQCANQQFxBEACQCAFKAL4CSICRQ0AIAVB9AlqIQ4gBUGEAWohAyAaQTBqIQwgGkUgGnJBAXEhCwNAIA4oAgAgAkEEdGoiAkEQaygCACIARQ0BIABBCHYhFyACQQxrKAIAIQEgAkEEaygCACESAn8gAEEBcSITBEAgAUEQdkH/AXEgAUEYdmohCCAXQf8BcQwBCyAAKAIQIAAoAgRqIQggAC8BKAshAiASICpLBEAgBSgCYEUEQCAFKAKMCkUNAwsgBSgCoAkhASMBQasKaiECAkACQAJAIABBAXEEfyAXQf8BcQUgAC8BKAtB//8DcSIAQf7/A2sOAgACAQsjAUGqCmohAgwBC0EAIQIgASgCCCABKAIEaiAATQ0AIAEoAjggAEECdGooAgAhAgsgBiACNgKgAiADQYAIIwFB6wZqIAZBoAJqEAsaIAUoAmAiAARAIAUoAlxBACADIAARAwALIAUoAowKRQ0CA0ACQAJAIAMtAAAiAkEiRg0AIAJB3ABGDQAgAg0BDAULQdwAIAUoAowKEAkgAy0AACECCyACwCAFKAKMChAJIANBAWohAwwACwALIAggEmpBfyACQf//A3EbIQgCQAJAAkAgEiAqSQRAIAUoAmBFBEAgBSgCjApFDQILIAUoAqAJIQQjAUGrCmohAgJAAkACQCATBH8gF0H/AXEFIAAvASgLQf//A3EiAUH+/wNrDgIAAgELIwFBqgpqIQIMAQtBACECIAQoAgggBCgCBGogAU0NACAEKAI4IAFBAnRqKAIAIQILIAYgAjYCsAIgA0GACCMBQc4GaiAGQbACahALGiAFKAJgIgEEQCAFKAJcQQAgAyABEQMACyADIQEgBSgCjApFDQEDQAJAAkAgAS0AACICQSJGDQAgAkHcAEYNACACDQEMBAtB3AAgBSgCjAoQCSABLQAAIQILIALAIAUoAowKEAkgAUEBaiEBDAALAAsjAUGUDGohCQJAIAUoAoAKIgJFDQAgAkEBcQ0AIAItACxBwABxRQ0AIAkgAkEwaiACKAIkGyEJCyAJKAIYIQcCQAJAAkACfyMBQZQMaiICIAsNABogAiAaLQAsQcAAcUUNABogAiAMIBooAiQbCyIEKAIYIgJBGU8EQCACIAdHDQIgCSgCACEJIAQoAgAhBAwBCyACIAdHDQELIAkgBCACEBJFDQELIAUoAmBFBEAgBSgCjApFDQMLIAUoAqAJIQQjAUGrCmohAgJAAkACQCATBH8gF0H/AXEFIAAvASgLQf//A3EiAUH+/wNrDgIAAgELIwFBqgpqIQIMAQtBACECIAQoAgggBCgCBGogAU0NACAEKAI4IAFBAnRqKAIAIQILIAYgAjYC8AIgA0GACCMBQfwFaiAGQfACahALGiAFKAJgIgEEQCAFKAJcQQAgAyABEQMACyADIQEgBSgCjApFDQIDQAJAAkAgAS0AACICQSJGDQAgAkHcAEYNACACDQEMBQtB3AAgBSgCjAoQCSABLQAAIQILIALAIAUoAowKEAkgAUEBaiEBDAALAAsCQAJAAn8CQAJ/AkACQAJAAkAgEwRAIABBEHFFDQEjAUHEA2oMBwsjAUHEA2ogAC8BLCIEQSBxDQYaIAAvASgiAkH//wNHDQEjAUHiB2oMBgsgAEEgcUUNASMBQY4IagwFCyMBQY4IaiAEQYAEcQ0EGiAEQRhxRQ0BIwFB0AhqDAQLIABBgP4DcUUNAiABQQx2QQ9xDAELIAJFDQEgACgCHAsgCGohCAsgBSgCwAoiCSAFKAKkCiIHTw0BIAUoAqAKIQQDQCASIAQgCUEYbGoiAigCFE8EQCAHIAlBAWoiCUcNAQwDCwsgAigCECAITw0BIwFB2whqCyEBIAUoAmBFBEAgBSgCjApFDQILIAUoAqAJIQcjAUGrCmohAgJAAkACQCATBH8gF0H/AXEFIAAvASgLQf//A3EiBEH+/wNrDgIAAgELIwFBqgpqIQIMAQtBACECIAcoAgggBygCBGogBE0NACAHKAI4IARBAnRqKAIAIQILIAYgAjYCxAIgBiABNgLAAiADQYAIIwFBigdqIAZBwAJqEAsaIAUoAmAiAQRAIAUoAlxBACADIAERAwALIAMhASAFKAKMCkUNAQNAAkACQCABLQAAIgJBIkYNACACQdwARg0AIAINAQwEC0HcACAFKAKMChAJIAEtAAAhAgsgAsAgBSgCjAoQCSABQQFqIQEMAAsACyAGIAE2AqQDIAYgADYCoAMgBgJ/AkAgAEEBcQRAIBdB/wFxIQgMAQsgAEHEAEEoIAAoAiQbai8BACIIQf7/A0kNACAGQQA6AIADIAZBADYC/AJBAAwBCwJAAkAgBSgCoAkiEygCGCICIBFNBEAgEygCLCATKAIwIBEgAmtBAnRqKAIAQQF0aiICLwEAIgtFBEBBACECDAMLIAJBAmohB0EAIRADQCAHQQRqIQIgBy8BAiIMBH8gAiAMQQF0akEAIQkDQCACLwEAIAhGDQQgAkECaiECIAlBAWoiCSAMRw0ACwUgAgshB0EAIQIgEEEBaiIQIAtHDQALDAILIBMoAiggEygCBCARbEEBdGogCEEBdGovAQAhAgwBCyAHLwEAIQILIAYgEygCNCACQf//A3FBA3RqIgItAAA2AvwCIAYgAi0AAToAgAMgAkEIags2AvgCIAYgBikCoAM3A+gCIAUgESAGQegCaiAGQfgCahBQIQIgBSgCYCEEAkAgAkUEQCAERQRAIAUoAowKRQ0CCyAFKAKgCSEEIwFBqwpqIQICQAJAAkAgAEEBcQR/IBdB/wFxBSAALwEoC0H//wNxIgBB/v8Daw4CAAIBCyMBQaoKaiECDAELQQAhAiAEKAIIIAQoAgRqIABNDQAgBCgCOCAAQQJ0aigCACECCyMBQasKaiEBAkACQAJAIAhB/v8Daw4CAAIBCyMBQaoKaiEBDAELQQAhASAEKAIIIAQoAgRqIAhNDQAgBCgCOCAIQQJ0aigCACEBCyAGIAE2AuQCIAYgAjYC4AIgA0GACCMBQZEFaiAGQeACahALGiAFKAJgIgAEQCAFKAJcQQAgAyAAEQMACyAFKAKMCkUNAQNAAkACQCADLQAAIgJBIkYNACACQdwARg0AIAINAQwEC0HcACAFKAKMChAJIAMtAAAhAgsgAsAgBSgCjAoQCSADQQFqIQMMAAsACwJAIARFBEAgBSgCjApFDQELIAUoAqAJIQcjAUGrCmohAgJAAkACQCAAQQFxBH8gF0H/AXEFIAAvASgLQf//A3EiBEH+/wNrDgIAAgELIwFBqgpqIQIMAQtBACECIAcoAgggBygCBGogBE0NACAHKAI4IARBAnRqKAIAIQILIAYgAjYC0AIgA0GACCMBQbkGaiAGQdACahALGiAFKAJgIgIEQCAFKAJcQQAgAyACEQMACyAFKAKMCkUNAANAAkACQCADLQAAIgJBIkYNACACQdwARg0AIAINAQwDC0HcACAFKAKMChAJIAMtAAAhAgsgAsAgBSgCjAoQCSADQQFqIQMMAAsAC0EBITUgAEEBcQ0IIAAgACgCAEEBajYCACAAKAIAGgwICwJAIAUoAvQJIgIgBSgC+AkiA0EEdGoiAEEQaygCACIBQQFxDQADQCABKAIkIglFDQEgAEEEaygCACEEIAUgA0EBaiIHIAUoAvwJIgBLBH8gAkEIIABBAXQiACAHIAAgB0sbIgAgAEEITRsiAEEEdCMHKAIAEQEAIQIgBSAANgL8CSABKAIkIQkgBSgC+AkiA0EBagUgBws2AvgJIAUgAjYC9AkgASAJQQN0aykCACE7IAIgA0EEdGoiACAENgIMIABBADYCCCAAIDs3AgAgBSgC9AkiAiAFKAL4CSIDQQR0aiIAQRBrKAIAIgFBAXFFDQALCyAOECcMBQsCQCAFKAL0CSIBIAUoAvgJIglBBHRqIgJBEGsoAgAiE0EBcQ0AIBMoAiQiB0UNACACQQRrKAIAIQQgCUEBaiIIIAUoAvwJIgJLBEAgAUEIIAJBAXQiASAIIAEgCEsbIgEgAUEITRsiAkEEdCMHKAIAEQEAIQEgBSACNgL8CSAFKAL4CSIJQQFqIQggEygCJCEHCyAFIAg2AvgJIAUgATYC9AkgEyAHQQN0aykCACE7IAEgCUEEdGoiASAENgIMIAFBADYCCCABIDs3AgAMAwsgDhAnIAUgDxBPGiAFKAKECSgCACAQaigCAC8BACERDAILIAggKk0NACAFKAL0CSIBIAUoAvgJIglBBHRqIgJBEGsoAgAiE0EBcQ0AIBMoAiQiB0UNACACQQRrKAIAIQQgCUEBaiIIIAUoAvwJIgJLBEAgAUEIIAJBAXQiASAIIAEgCEsbIgEgAUEITRsiAkEEdCMHKAIAEQEAIQEgBSACNgL8CSAFKAL4CSIJQQFqIQggEygCJCEHCyAFIAg2AvgJIAUgATYC9AkgEyAHQQN0aykCACE7IAEgCUEEdGoiASAENgIMIAFBADYCCCABIDs3AgAMAQsgDhAnCyAFKAL4CSICDQALIAYgADYCoAMLIAZCADcDiAMLAkAgBSgC4AkiB0UNAEEAIQACQCAFKALwCSAqRw0AIwFBlAxqIQECQCAFKALoCSIARQ0AIABBAXENACAALQAsQcAAcUUNACABIABBMGogACgCJBshAQsjAUGUDGoiACEDAkAgGkUNACAaQQFxDQAgGi0ALEHAAHFFDQAgACAaQTBqIBooAiQbIQMLIAEoAhghAgJAIAMoAhgiBEEZTwRAQQAhACACIARHDQIgASgCACEBIAMoAgAhAwwBC0EAIQAgAiAERw0BCyABIAMgBBASDQAgBUHgCWohCSAFKAKgCSEMIAYCfwJAIAdBAXEEQCAHQYD+A3FBCHYhAwwBCyAHLwEoIgNB/v8DSQ0AIAZBADoAgAMgBkEANgL8AkEADAELAkACQCAMKAIYIgAgEU0EQCAMKAIsIAwoAjAgESAAa0ECdGooAgBBAXRqIgAvAQAiBEUEQEEAIQIMAwsgAEECaiEIQQAhBwNAIAhBBGohAiAILwECIgsEfyACIAtBAXRqQQAhAQNAIAIvAQAgA0YNBCACQQJqIQIgAUEBaiIBIAtHDQALBSACCyEIQQAhAiAHQQFqIgcgBEcNAAsMAgsgDCgCKCAMKAIEIBFsQQF0aiADQQF0ai8BACECDAELIAgvAQAhAgsgBiAMKAI0IAJB//8DcUEDdGoiAC0AADYC/AIgBiAALQABOgCAAyAAQQhqCzYC+AIgBiAJKQIANwOYAiAFIBEgBkGYAmogBkH4AmoQUEUNASAJKAIAIgBBAXFFBEAgACAAKAIAQQFqNgIAIAAoAgAaIAkoAgAhAAsgBSgC5AkhAQwCC0EAIQEMAQtBACEAQQAhAQsgBiABNgKMAyAGIAA2AogDIAVBtApqIRggBUHoCWohJSAFQeAJaiErIAVBiAlqISMgBUGEAWohAyAFQfAAaiEkIABBCHYhDCAARSECIBpFIBpyQQFxIRYgD0EFdCEwIAVBQGshNwJAA0AgEUUhEyARQQZsITggEUECdCEXAkAgBgJ/AkADQCACQQFxBEACQAJAIAUoAqAJIgAoAlggFyA4IAAoAgBBD0kbaiIALwEAIgRB//8DRgRAAkACQCAFKAJgIgBFBEAgBSgCjAoNAUEAIQIMBAsgAyMBQfsJaiIBKQAANwAAIAMgASkAHjcAHiADIAEpABg3ABggAyABKQAQNwAQIAMgASkACDcACEEAIQIgBSgCXEEAIAMgABEDACAFKAKMCkUNAwwBCyADIwFB+wlqIgApAAA3AAAgAyAAKQAeNwAeIAMgACkAGDcAGCADIAApABA3ABAgAyAAKQAINwAICyADIQEDQAJAAkAgAS0AACICQSJGDQAgAkHcAEYNACACRQ0EDAELQdwAIAUoAowKEAkgAS0AACECCyACwCAFKAKMChAJIAFBAWohAQwACwALIAAvAQIhMSAFKAKECSgCACAwaiIAKAIMISggACgCACIAKQIIIT4gACgCBCIJIQAgBSgCICAJRwRAQQAhAiAFQQA2AnwgBUEAOgCAASAFID43AiQgBSAJNgIgIAUoAkQhCwJAAn8gBSgCZCIIBEADQAJAIAsgAkEYbGoiBygCFCIAIAlNDQAgACAHKAIQIgFNDQAgASAJIgBPBEAgBykCACE7IAUgATYCICAFIDs3AiQgASEACyAFIAI2AmggBSgCSEUEQEEAIQIMBQtBACAAIAUoAmwiAUkNAxpBACICIAAgJCgCACABak8NAxoMBAsgAkEBaiICIAhHDQALCyAFIAg2AmggCyAIQRhsaiIBQQRrKAIAIQAgBSABQRBrKQIANwIkIAUgADYCIEEBCyECIAVBADYCSCAFQgA3AmwLIAVBADYCACAFIAI2AnQLIChBMGohHUEAIQcgKEUgKHJBAXEhDkEAIQtBACEmQQAhLEEAITJBACEnQQAhL0EAIR9BACEbQQAhLUEAISFBACEzIBMhDAJ/AkACQAJAAkACQANAAkAgBSkCJCI9QiCIpyEVIAUoAmAhASA9pyEiAkAgMQR/IAUpAnwhPAJAIAFFBEAgBSgCjApFDQELIAYgFTYCiAIgBiAiNgKEAiAGIDE2AoACIANBgAgjAUHnAGogBkGAAmoQCxogBSgCYCIBBEAgBSgCXEEAIAMgAREDAAsgAyEBIAUoAowKRQ0AA0ACQAJAIAEtAAAiAkEiRg0AIAJB3ABGDQAgAg0BDAMLQdwAIAUoAowKEAkgAS0AACECCyACwCAFKAKMChAJIAFBAWohAQwACwALIAUgBSkCIDcCLCAFIAUoAig2AjQgBSMBQfALaiIBKAIINgJAIAUgASkCADcCOCAFQQA6AHggBUEAOwEEAkAgBSgCaCAFKAJkRg0AAkAgJCgCAA0AIAUgBSgCICIINgJsIAUoAlAhAiAFKAJMIQEgBiAFKQIkNwP4ASAFIAEgCCAGQfgBaiAkIAIRBgA2AkggBSgCcA0AIAVBADYCSCAFIAUoAmQ2AmgLIAUoAnRFBEAgBRApCyAFKAIgDQAgBSgCAEH//QNGBEAgBUEBEDELIAVBADYCfCAFQQE6AIABC0EAIQIgBSgCiAoCfyAoRQRAQQAhCEEADAELIB0gKCgCSCIIQRlJDQAaIB0oAgALIAggBSgCoAkoAoABEQMAIAUoAogKIAUgBSgCoAkiASgCaCABKAIQIDFsaiABKAJ4EQQAIQggBS0AxAoNCgJAIAUoAjgiAg0AIDcoAgBFDQACQCAFKAJoIgEgBSgCZEYNACABRQ0AIAUoAiAgBSgCRCABQRhsaiIBKAIQRw0AIAFBBGsoAgAhAiAFIAFBEGspAgA3AjwgBSACNgI4DAELIAUgBSkCICI7NwI4IAUgBSgCKDYCQCA7pyECCyAFLQB4ICFyIAUoAiwgAksEQCAFIAUpAjg3AiwgBSAFKAJANgI0C0EARyEhIAUoAiBBBUEBIAUoAgBBf0YbaiIBIAcgASAHSxshBwJAIAhFDQAgBSgCiAogAyAFKAKgCSgCfBEBACEbIBsCfyMBQZQMaiIBIA4NABogASAoLQAsQcAAcUUNABogASAdICgoAiQbCyIBKAIYRwRAQQEhHwwGCyAbQRlPBH8gASgCAAUgAQsgAyAbEBIiAkEARyEfIAUoAjgiASAASw0FIAINBSAFKAKgCSI0IBEgNCgCbCAFLwEEQQF0ai8BACIcECshEgJAIAxBAXENAAJAIAUoAoQJKAIAIDBqIhAoAgAiAigCmAFFDQADQCACLwGQAUUNAiACKAIUIi5FDQICfyAuQQFxIggEQCACLQAbIAIvARggAi0AGkEQdHJBgID8B3FBEHZqDAELIC4oAhAgLigCBGoLDQEgAigCnAEgECgCCE0NAgJAIAgEQCAuQSBxRQ0BDAQLIC4tAC1BAnENAyAuKAIgDQMLIAIoAhAiAg0ACwwBCyARIBJGDQBBASEIDAQLIAUoAmBFBEAgBSgCjApFDQELIwFBqwpqIQICQAJAAkAgHEH+/wNrDgIAAgELIwFBqgpqIQIMAQtBACECIDQoAgggNCgCBGogHE0NACA0KAI4IBxBAnRqKAIAIQILIAYgAjYC8AEgA0GACCMBQdYFaiAGQfABahALGiAFKAJgIgEEQCAFKAJcQQAgAyABEQMACyADIQEgBSgCjApFDQADQAJAAkAgAS0AACICQSJGDQAgAkHcAEYNACACDQEMAwtB3AAgBSgCjAoQCSABLQAAIQILIALAIAUoAowKEAkgAUEBaiEBDAALAAsgBSgCICAARwRAQQAhAiAFQQA2AnwgBUEAOgCAASAFID03AiQgBSAANgIgIAUoAkQhEgJAAn8gBSgCZCIcBEADQAJAIBIgAkEYbGoiECgCFCIIIABNDQAgCCAQKAIQIgFNDQAgACABTQRAIBApAgAhOyAFIAE2AiAgBSA7NwIkIAEhAAsgBSACNgJoIAUoAkhFBEBBACECDAULQQAgACAFKAJsIgFJDQMaQQAiAiAAICQoAgAgAWpPDQMaDAQLIAJBAWoiAiAcRw0ACwsgBSAcNgJoIBIgHEEYbGoiAUEEaygCACEAIAUgAUEQaykCADcCJCAFIAA2AiBBAQshAiAFQQA2AkggBUIANwJsCyAFQQA2AgAgBSACNgJ0CyAFIDw3AnwgBSgCYAUgAQtFBEAgBSgCjApFDQELIAYgFTYC6AEgBiAiNgLkASAGIARB//8DcTYC4AEgA0GACCMBQZABaiAGQeABahALGiAFKAJgIgAEQCAFKAJcQQAgAyAAEQMACyADIQEgBSgCjApFDQADQAJAAkAgAS0AACICQSJGDQAgAkHcAEYNACACDQEMAwtB3AAgBSgCjAoQCSABLQAAIQILIALAIAUoAowKEAkgAUEBaiEBDAALAAsgBSAFKQIgNwIsIAUgBSgCKDYCNCAFIwFB8AtqIgAoAgg2AkAgBSAAKQIANwI4IAVBADoAeCAFQQA7AQQCQCAFKAJoIAUoAmRGDQACQCAkKAIADQAgBSAFKAIgIgI2AmwgBSgCUCEBIAUoAkwhACAGIAUpAiQ3A9gBIAUgACACIAZB2AFqICQgAREGADYCSCAFKAJwDQAgBUEANgJIIAUgBSgCZDYCaAsgBSgCdEUEQCAFECkLIAUoAiANACAFKAIAQf/9A0YEQCAFQQEQMQsgBUEANgJ8IAVBAToAgAELIAUgBEH//wNxIAUoAqAJKAJcEQEAAkAgBSgCOCIBDQAgNygCAEUNAAJAIAUoAmgiACAFKAJkRg0AIABFDQAgBSgCICAFKAJEIABBGGxqIgAoAhBHDQAgAEEEaygCACEBIAUgAEEQaykCADcCPCAFIAE2AjgMAQsgBSAFKQIgIjs3AjggBSAFKAIoNgJAIDunIQELIAUoAiwgAUsEQCAFIAUpAjg3AiwgBSAFKAJANgI0CyAFKAIgIgBBBUEBIAUoAgBBf0YbaiICIAcgAiAHSxshBwRAQQAhCAwBCyAMQQFxRQRAIAAgCUYgBSgCoAkoAlgiAC8BAiExIAAvAQAhBEEBIQwgCSEADQJBACECIAVBADYCfCAFQQA6AIABIAUgPjcCJCAFIAA2AiAgBSgCRCEQAkACfyAFKAJkIhIEQANAAkAgECACQRhsaiIIKAIUIgAgCU0NACAAIAgoAhAiAU0NACABIAkiAE8EQCAIKQIAITsgBSABNgIgIAUgOzcCJCABIQALIAUgAjYCaCAFKAJIRQRAQQAhAgwFC0EAIAAgBSgCbCIBSQ0DGkEAIgIgACAkKAIAIAFqTw0DGgwECyACQQFqIgIgEkcNAAsLIAUgEjYCaCAQIBJBGGxqIgFBBGsoAgAhACAFIAFBEGspAgA3AiQgBSAANgIgQQELIQIgBUEANgJIIAVCADcCbAsgBUEANgIAIAUgAjYCdAwCCyAzRQRAAkACQCAFKAJgIgFFBEAgBSgCjApFDQIgAyMBIgFB6wdqIgApAAA3AAAgAyAAKAAYNgAYIAMgASkA+wc3ABAgAyABKQDzBzcACAwBCyADIwEiAkHrB2oiACkAADcAACADIAAoABg2ABggAyACKQD7BzcAECADIAIpAPMHNwAIIAUoAlxBACADIAERAwAgBSgCjApFDQELIAMhAQNAAkACQCABLQAAIgJBIkYNACACQdwARg0AIAINAQwDC0HcACAFKAKMChAJIAEtAAAhAgsgAsAgBSgCjAoQCSABQQFqIQEMAAsACyAFKAIAIS0gBSgCLCILITIgBSgCNCImIScgBSgCMCIsIS8gBSgCICEACyAAIAtGBEAgBSAFKAIYEQAABEAgBUH//wM7AQQgACELDAYLIAVBACAFKAIIEQUAIAUoAiAhAAsgBSgCKCEnIAUoAiQhL0EBITMgACELQQEhDAwBCwsgM0UNAQwCCyAzDQEgBSgCOCEBQQEhCAsgBS8BBCEEIAUoAjAhECAFKAI0IQwgBiAFKAIsIgAgCWsiAkEAIAAgAk8bNgKgAyAGIAwgDCA+QiCIp2siAkEAIAIgDE0bIBAgPqciAksbrUIghiAQIAJrIgJBACACIBBNG62ENwKkAyA3KAIAIQkgBSgCPCELIAYgASAAayICQQAgASACTxs2ApADIAYgCyAQayICQQAgAiALTRutIAkgCSAMayICQQAgAiAJTRsgCyAQSxutQiCGhDcClAMgByABayEJIAUoAqAJIQIgCEUNASACKAJsIARBAXRqLwEAIQRBACEQDAILIC8gLGsiAEEAIAAgL00brSAnICcgJmsiAEEAIAAgJ00bICwgL0kbrUIghoQhPCAmICYgPkIgiKdrIgBBACAAICZNGyAsID6nIgBLG61CIIYgLCAAayIAQQAgACAsTRuthCE7IAsgMmsiAEEAIAAgC00bIQggMiAJayIAQQAgACAyTRshBCAHIAtrIQECfyAFKAKMCSIABEAgBSAAQQFrIgA2AowJIAUoAogJIABBA3RqKAIADAELQcwAIwgoAgARAAALIQAgBkIANwOoAyAGQgA3A7ADQQAhAiAGQQA2ArgDIAZBATYC5AMgBiAENgLgAyAGIDs3A5ADIAYgCDYC2AMgBiA8NwPoAyAGIAE2AtQDIAZBADYC0AMgBkEANgLMAyAGQf//AzsByAMgBiAROwHGAyAGQQM7AcQDIAZBADsBwgMgBkIANwOgAyAAIAYoAuQDNgIAIAAgBigC4AM2AgQgACAGKQOQAzcCCCAAIAYoAtgDNgIQIAAgBikD6AM3AhQgACAGKALUAzYCHCAAIAYoAtADNgIgIAAgBigCzAM2AiQgACAGLwHIAzsBKCAAIAYvAcYDOwEqIAAgBi8BxAMiATsBLCAAIAYvAcIDOwEuIAAgBigCuAM2AkggAEFAayAGKQOwAzcCACAAIAYpA6gDNwI4IAAgBikDoAM3AjAgACAtNgIwIAAgAUEYcjsBLEEAIQRBACEIIAAhECAAQQh2DAILQQAhECAERQ0AIAQgAi8BZEcNAAJAIAUoAiAgAEYEQCAFKAJkIQcgBSgCaCECDAELQQAhAiAFQQA6AIABIAVBADYCfCAFIAA2AiAgBSAFKQIwNwIkIAUoAkQhDgJAAn8gBSgCZCIHBEADQAJAIA4gAkEYbGoiEigCFCIMIABNDQAgDCASKAIQIgtNDQAgACALTQRAIBIpAgAhOyAFIAs2AiAgBSA7NwIkIAshAAsgBSACNgJoIAUoAkhFBEBBACELDAULQQAgACAFKAJsIgxJDQMaQQAiCyAAICQoAgAgDGpPDQMaDAQLIAJBAWoiAiAHRw0ACwsgBSAHNgJoIA4gB0EYbGoiAkEEaygCACEAIAUgAkEQaykCADcCJCAFIAA2AiAgByECQQELIQsgBUEANgJIIAVCADcCbAsgBUEANgIAIAUgCzYCdAsgBSAFKQIgNwIsIAUgBSgCKDYCNCAFIwFB8AtqIgsoAgg2AkAgBSALKQIANwI4IAVBADoAeCAFQQA7AQQCQCACIAdGDQACQCAkKAIADQAgBSAANgJsIAUoAlAhByAFKAJMIQIgBiAFKQIkNwPQASAFIAIgACAGQdABaiAkIAcRBgA2AkggBSgCcA0AIAVBADYCSCAFIAUoAmQ2AmgLIAUoAnRFBEAgBRApCyAFKAIgDQAgBSgCAEH//QNGBEAgBUEBEDELIAVBADYCfCAFQQE6AIABCyAFQQAgBSgCoAkoAmARAQBFBEAgBSgCoAkhAgwBCyAFKAKgCSECQQEhECAFKAI4IAFHDQAgBS8BBCEAAkACQCACKAIYIgEgEU0EQCACKAIsIAIoAjAgESABa0ECdGooAgBBAXRqIgEvAQAiDkUNAiABQQJqIQdBACEMA0AgB0EEaiEBIAcvAQIiIgR/IAEgIkEBdGpBACELA0AgAS8BACAARg0EIAFBAmohASALQQFqIgsgIkcNAAsFIAELIQcgDEEBaiIMIA5HDQALDAILIAIoAiggAigCBCARbEEBdGogAEEBdGohBwsgBy8BAEUNACAAIQQMAQsgAigCAEEPSQ0AIAIoAlggOGovAQQiAUUNACACLwGQASIHRQ0AIAcgASAHbCIBaiEMIAIoAowBIQsDQCAAIAsgAUEBdGovAQAiB0YEQCAAIQQMAgsgB0UNASABQQFqIgEgDEkNAAsLIAYgBigCqAM2AsgBIAYgBigCmAM2ArgBIAYgBikCoAM3A8ABIAYgBikCkAM3A7ABIAkhAEEAIQkjAEHgAGsiDiQAQQEhB0EBIQsCQAJAAkACQCAEQf//A3EiEkH+/wNrDgIBAgALIAIoAkggEkEDbGoiAS0AASELIAEtAAAhByASRSEJIBJB/wFLDQEgCA0BIABBD0sNASAGKALAASIMQf4BSw0BIAYoAsQBIgRBD0sNASAGKALIASICQf4BSw0BIAYoArABIgFB/gFLDQEgBigCtAENASAGKAK4AUH+AUsNASAGIAE6AO8DIAYgDDoA7gMgBiACOgDsAyAGIBE7AeoDIAYgEjoA6QMgBiAEQQ9xIABBBHRyOgDtAyAGIAtBAnRBAEEIIBIbakHAAEEAIBAbakGAf0EAICEbciAHQQF0akEBcjoA6AMMAgtBACEHQQAhCwsCfyAjKAIEIgEEQCAjIAFBAWsiATYCBCAjKAIAIAFBA3RqKAIADAELQcwAIwgoAgARAAALIQEgDkEBNgJcIA4gBigCyAE2AlggDiAGKQLAATcDUCAOIAYoArgBNgJIIAYpArABITsgDkIANwMQIA5CADcDGCAOQQA2AiAgDiA7NwNAIA4gADYCPCAOQQA2AjggDkEANgI0IA4gEjsBMCAOIBE7AS4gDkEAOwEqIA5CADcDCCAOIAtBAXQgB2pB/wFxQYACQQAgIRtBwABBACAIG3JBgAhBACAQG3JBBEEAIAkbcnI7ASwgASAOKAJcNgIAIAEgDigCWDYCDCABIA4pA1A3AgQgASAOKAJINgIYIAEgDikDQDcCECABIA4oAjw2AhwgASAOKAI4NgIgIAEgDigCNDYCJCABIA4vATA7ASggASAOLwEuOwEqIAEgDi8BLDsBLCABIA4vASo7AS4gASAOKAIgNgJIIAFBQGsgDikDGDcCACABIA4pAxA3AjggASAOKQMINwIwIAZBADYC7AMgBiABNgLoAwsgDkHgAGokACAGKQPoAyI7QjCIpyAGKALsAyECIAYoAugDIQAgO6chECAIBEAgECAbNgJIIBBBMGohCSAbQRlPBEAgCSAbIwgoAgARAAAiCTYCAAsgGwRAIAkgAyAb/AoAAAsgECAQLwEsQf/+A3FBgAFBACAfG3I7ASwLIDtCOIinIQhB/wFxIQQgO0IIiKcLIQEgBSgCYEUEQCAFKAKMCkUNAgsgBSgCoAkhCyMBQasKaiEHAkACQAJAIBBBAXEEfyABQf8BcQUgEC8BKAtB//8DcSIBQf7/A2sOAgACAQsjAUGqCmohBwwBCyALKAI4IAFBAnRqKAIAIQcLIAMjAUHJCmoiASkAADcAACADIAEpAA03AA0gAyABKQAINwAIQQAhCUEUIQECQCAHLQAAIgtFDQADQAJ/AkACQAJAAkACQAJAIAtB/wFxIgxBCWsOBQABAgMEBQsgASADakHc6AE7AAAgAUECagwFCyABIANqQdzcATsAACABQQJqDAQLIAEgA2pB3OwBOwAAIAFBAmoMAwsgASADakHczAE7AAAgAUECagwCCyABIANqQdzkATsAACABQQJqDAELIAxB3ABGBEAgASADakHcuAE7AAAgAUECagwBCyABIANqIAs6AAAgAUEBagshASAHIAlBAWoiCWotAAAiC0UNASABQYAISA0ACwtBgAggAWshByABIANqIAYgEEEBcQR/IAQgCGoFIBAoAhAgECgCBGoLNgKgASAHIwFBnwJqIAZBoAFqEAsaIAUoAmAiAQRAIAUoAlxBACADIAERAwALIAMhCyAFKAKMCkUNAQNAAkACQCALLQAAIgFBIkYNACABQdwARg0AIAFFDQQMAQtB3AAgBSgCjAoQCSALLQAAIQELIAHAIAUoAowKEAkgC0EBaiELDAALAAtBACEACyAGIAI2AowDIAYgADYCiAMgBS0AxAoEQEEAIQIMBwsgBgJ/AkAgAARAIABBAXFFBEAgACAAKAIAQQFqNgIAIAAoAgAaCyAWRQRAIBogGigCAEEBajYCACAaKAIAGgsgKygCAARAIAYgKykCADcDmAEgIyAGQZgBahAKCyAlKAIABEAgBiAlKQIANwOQASAjIAZBkAFqEAoLIAUgKjYC8AkgBSACNgLkCSAFIAA2AuAJIAUgNjYC7AkgBSAaNgLoCSAFKAKgCSESIAYtAIgDIgBBAXEEQCAGLQCJAyIMIQsMAgsgBigCiAMiAEEIdiEMIAAvASgiC0H+/wNJDQEgBkEAOgCAAyAGQQA2AvwCQQAMAgsgAEEIdiEMAkACQCAFKAKgCSIQKAIYIgEgEU0EQCAQKAIsIBAoAjAgESABa0ECdGooAgBBAXRqIgEvAQAiC0UEQEEAIQIMAwsgAUECaiEIQQAhBwNAIAhBBGohAiAILwECIgkEfyACIAlBAXRqQQAhAQNAIAIvAQBFDQQgAkECaiECIAFBAWoiASAJRw0ACwUgAgshCEEAIQIgB0EBaiIHIAtHDQALDAILIBAoAiggECgCBCARbEEBdGovAQAhAgwBCyAILwEAIQILIAYgECgCNCACQf//A3FBA3RqIgEtAAA2AvwCIAYgAS0AAToAgAMgAUEIagwBCwJAAkAgEigCGCIBIBFNBEAgEigCLCASKAIwIBEgAWtBAnRqKAIAQQF0aiIBLwEAIglFBEBBACECDAMLIAFBAmohB0EAIRADQCAHQQRqIQIgBy8BAiIIBH8gAiAIQQF0akEAIQEDQCACLwEAIAtGDQQgAkECaiECIAFBAWoiASAIRw0ACwUgAgshB0EAIQIgEEEBaiIQIAlHDQALDAILIBIoAiggEigCBCARbEEBdGogC0EBdGovAQAhAgwBCyAHLwEAIQILIAYgEigCNCACQf//A3FBA3RqIgEtAAA2AvwCIAYgAS0AAToAgAMgAUEIags2AvgCCyAFICo2ArgKIAUgBS0Axgo6ALwKIAUgBSgClApBAWoiAUEAIAFB4wBNGyIBNgKUCgJAIAENACAFKAKwCiIBRQ0AIBggAREAAEUNAEEAIQIgBigCiANFDQYgBiAGKQOIAzcDiAEgIyAGQYgBahAKDAYLAkAgBigC/AIiEkUNACAGKAKIAyIAQQh2IQxBACEBQX8hCCAGKAL4AiEHQQAhCwNAIAcgC0EDdGoiAi4BBCEOIAIvAQIhCQJAAkACQAJAAkACQAJAIAItAAAOBAABAgMGCyAOQYACcQ0FIAUoAmAhAiAOQQFxBEACQCACRQRAIBEhCSAFKAKMCkUNDiADIwFB7wlqIgEpAAA3AAAgAyABKAAINgAIDAELIAMjAUHvCWoiASkAADcAACADIAEoAAg2AAggBSgCXEEAIAMgAhEDACARIQkgBSgCjApFDQ0LA0ACQAJAIAMtAAAiAkEiRg0AIAJB3ABGDQAgAg0BIBEhCQwPC0HcACAFKAKMChAJIAMtAAAhAgsgAsAgBSgCjAoQCSADQQFqIQMMAAsACyACRQRAIAUoAowKRQ0MCyAGIAk2AmAgA0GACCMBQakCaiAGQeAAahALGiAFKAJgIgEEQCAFKAJcQQAgAyABEQMACyAFKAKMCkUNCwNAAkACQCADLQAAIgJBIkYNACACQdwARg0AIAJFDQ4MAQtB3AAgBSgCjAoQCSADLQAAIQILIALAIAUoAowKEAkgA0EBaiEDDAALAAsgAi8BBiEEIAItAAEhECAFKAJgRQRAIAUoAowKRQ0ECyMBQasKaiECAkACQAJAIAlB/v8Daw4CAAIBCyMBQaoKaiECDAELQQAhAiAFKAKgCSIBKAIIIAEoAgRqIAlNDQAgASgCOCAJQQJ0aigCACECCyAGIBA2AnQgBiACNgJwIANBgAgjAUEdaiAGQfAAahALGiAFKAJgIgEEQCAFKAJcQQAgAyABEQMACyADIQEgBSgCjApFDQMDQAJAAkAgAS0AACICQSJGDQAgAkHcAEYNACACDQEMBgtB3AAgBSgCjAoQCSABLQAAIQILIALAIAUoAowKEAkgAUEBaiEBDAALAAsCQCAFKAJgIgFFBEAgBSgCjApFDQMgAyMBIgAoAIIDNgAAIAMgACgAhQM2AAMMAQsgAyMBIgAoAIIDNgAAIAMgACgAhQM2AAMgBSgCXEEAIAMgAREDACAFKAKMCkUNAgsDQAJAAkAgAy0AACICQSJGDQAgAkHcAEYNACACDQEMBAtB3AAgBSgCjAoQCSADLQAAIQILIALAIAUoAowKEAkgA0EBaiEDDAALAAtBASECAkAgAEEBcQ0AIAAoAiRFDQAgBSAGQYgDakEAIAVB9AlqEDgLIAYgBikDiAM3A4ABIAUgDyAGQYABahA3IDVFDQogBUH0CWoQJwwKCyAGIAYpA4gDNwN4IAUgDyAGQfgAahBOQQEhAgwJC0EBIQEgCCAFIA8gCSAQIA4gBCASQQFHIABFEE0iAiACQX9GGyEICyALQQFqIgsgEkcNAAsgCEF/RwRAIAUoAoQJIAggDxAmIAUoAowKIgAEQCAFKAKECSAFKAKgCSAAEB0jAUHrC2ogBSgCjAoQFAsgBigCiAMiAEEIdiEMIAUoAoQJKAIAIDBqKAIALwEAIRFBASECIABFDQYgBSgCoAkhEyAAQQFxBEAgDEH/AXEhCwwECyAAQcQAQSggACgCJBtqLwEAIgtB/v8DSQ0DIAZBADoAgAMgBkEANgL8AkEADAQLIAFBAXFFDQAgBigCiAMEQCAGIAYpA4gDNwMwICMgBkEwahAKCyAFKAKECSgCACAPQQV0akECNgIcQQEhAgwGCwJAAkACQCAAQQFxIg4EQEEBIQIgAEHAAHENASAAIQQMAwsgBigCiAMiBEEIdiEMQQAhAiAELQAtQQRxRQ0CIAQvASgiCSAFKAKgCSIILwFkIgtHDQEMAgsgBSgCoAkiCC8BZCILIAxB/wFxRgRAIAAhBAwCCyAMQf8BcSEJIAAhBAsCQCAIKAIAQQ9JDQAgCCgCWCA4ai8BBCIBRQ0AIAgvAZABIgJFDQAgAiABIAJsIgJqIRAgCCgCjAEhBwNAIAkgByACQQF0ai8BACIBRgRAIAAhAgwDCyABRQ0BIAJBAWoiAiAQSQ0ACwsgC0H+/wNPBEAgBkEAOgCAAyAGQgA3A/gCIAAhAgwBCwJAAkAgCCgCGCIBIBFNBEAgCCgCLCAIKAIwIBEgAWtBAnRqKAIAQQF0aiIBLwEAIhJFBEBBACECDAMLIAFBAmohB0EAIRADQCAHQQRqIQIgBy8BAiIiBH8gAiAiQQF0akEAIQEDQCACLwEAIAtGDQQgAkECaiECIAFBAWoiASAiRw0ACwUgAgshB0EAIQIgEEEBaiIQIBJHDQALDAILIAgoAiggCCgCBCARbEEBdGogC0EBdGovAQAhAgwBCyAHLwEAIQILIAYgCCgCNCACQf//A3FBA3RqIgctAAAiAjYC/AIgBy0AASEBIAYgB0EIajYC+AIgBiABOgCAAyACRQRAIAAhAgwBCwJAIAUoAmBFBEAgBSgCjApFDQELIwFBqwpqIQICQAJAAkAgDgR/IAxB/wFxBSAGKAKIAy8BKAtB//8DcSIAQf7/A2sOAgACAQsjAUGqCmohAgwBC0EAIQIgCCgCCCAIKAIEaiAATQ0AIAgoAjggAEECdGooAgAhAgsgBiALIAgoAgggCCgCBGpJBH8gCCgCOCALQQJ0aigCAAVBAAs2AiQgBiACNgIgIANBgAgjAUHQA2ogBkEgahALGiAFKAJgIgAEQCAFKAJcQQAgAyAAEQMACyADIQEgBSgCjApFDQADQAJAAkAgAS0AACICQSJGDQAgAkHcAEYNACACDQEMAwtB3AAgBSgCjAoQCSABLQAAIQILIALAIAUoAowKEAkgAUEBaiEBDAALAAsgBiAGKQOIAyI7NwOQAyA7QiCIITwCQCA7pyIBQQFxBEAgASEADAELIAEiACgCAEEBRg0AIAEoAiRBA3RBzABqIgIjCCgCABEAACEHIAIEQCAHIAEgASgCJEEDdGsgAvwKAAALIAcgASgCJCILQQN0aiEAQQAhAgJAIAsEQANAIAcgAkEDdGooAgAiBEEBcUUEQCAEIAQoAgBBAWo2AgAgBCgCABogASgCJCELCyACQQFqIgIgC0kNAAwCCwALIAEtACxBwABxRQ0AIAEoAjAhAiAGIAEpAkQ3A7ADIAYgASkCPDcDqAMgBiABKQI0NwOgAwJAIAEoAkgiBEEZSQ0AIAQjCCgCABEAACECIAEoAkgiBEUNACACIAEoAjAgBPwKAAALIAAgAjYCMCAAIAYpA6ADNwI0IAAgBikDqAM3AjwgACAGKQOwAzcCRAsgAEEBNgIAIAYgBikDkAM3AxggIyAGQRhqEApCACE8C0EBIQJBASEBAkACQAJAIAUoAqAJIgQvAWQiB0H+/wNrDgIAAgELQQAhAkEAIQEMAQsgBCgCSCAHQQNsaiIBLQABIQIgAS0AACEBCwJAIABBAXEEQCAAQfkBcSACQQJ0ciABQQF0akH/AXEgAEGAgHxxIAdBCHRBgP4DcXJyIQAMAQsgACAHOwEoIAAgAC8BLEH8/wNxIAEgAkEBdHJB/wFxcjsBLAsgBiAArSI7IDxCIIaENwOIAyA7QgiIpyEMQQAhAgwBCwsgEUUEQCAGIAYpA4gDNwMAIAUgDyAGEDdBASECDAULIAUgDxBPBEAgBSgChAkoAgAgMGooAgAvAQAhESAGIAYpA4gDNwMIICMgBkEIahAKQQEhAiAEIQAMBAsCQCAFKAJgRQRAIAUoAowKRQ0BCyACQQFxBH8gDEH/AXEFIAYoAogDLwEoCyEAIAUoAqAJIQEjAUGrCmohAgJAAkACQCAAQf//A3EiAEH+/wNrDgIAAgELIwFBqgpqIQIMAQtBACECIAEoAgggASgCBGogAE0NACABKAI4IABBAnRqKAIAIQILIAYgAjYCECADQYAIIwFBxAdqIAZBEGoQCxogBSgCYCIABEAgBSgCXEEAIAMgABEDAAsgBSgCjApFDQADQAJAAkAgAy0AACICQSJGDQAgAkHcAEYNACACDQEMAwtB3AAgBSgCjAoQCSADLQAAIQILIALAIAUoAowKEAkgA0EBaiEDDAALAAsgBSgChAkoAgAgD0EFdGoiACAGKQOIAzcCFEEBIQIgAEEBNgIcIAAgACgCACgCnAE2AggMBAsCQAJAIBMoAhgiASARTQRAIBMoAiwgEygCMCARIAFrQQJ0aigCAEEBdGoiAS8BACIJRQRAQQAhAgwDCyABQQJqIQdBACEQA0AgB0EEaiECIAcvAQIiCAR/IAIgCEEBdGpBACEBA0AgAi8BACALRg0EIAJBAmohAiABQQFqIgEgCEcNAAsFIAILIQdBACECIBBBAWoiECAJRw0ACwwCCyATKAIoIBMoAgQgEWxBAXRqIAtBAXRqLwEAIQIMAQsgBy8BACECCyAGIBMoAjQgAkH//wNxQQN0aiIBLQAANgL8AiAGIAEtAAE6AIADIAFBCGoLNgL4AkEAIQIMAQsLAkAgAEEBcQ0AIAAoAiRFDQAgBSAGQYgDaiARIAVB9AlqEDggBSgCoAkgEQJ/IAYtAIgDQQFxBEAgBigCiAMhACAGLQCJAwwBCyAGKAKIAyIALwEoC0H//wNxECshCQsgBigCjAMhBwJAAkACQAJAIABBAXEEQCAGIACtIAetQiCGhDcD6ANBASEEIABBA3YgDnNBAXENASAFKAKECSAGIAYpA+gDNwNIIA8gBkHIAGpBACAJQf//A3EQFgwECyAAKAIkIQIgBiAArSAHrUIghoQiOzcD6AMCQCAOQQFxIAAtACxBBHFBAnZGDQAgAg0AIAJFIQQgBiA7NwOQAyAAKAIAQQFGBEAgACEBDAMLIAAoAiRBA3RBzABqIgEjCCgCABEAACELIAEEQCALIAAgACgCJEEDdGsgAfwKAAALIAsgACgCJCIDQQN0aiEBAkAgAwRAQQAhAgNAIAsgAkEDdGooAgAiB0EBcUUEQCAHIAcoAgBBAWo2AgAgBygCABogACgCJCEDCyACQQFqIgIgA0kNAAsMAQsgAC0ALEHAAHFFDQAgACgCMCECIAYgACkCRDcDsAMgBiAAKQI8NwOoAyAGIAApAjQ3A6ADAkAgACgCSCIDQRlJDQAgAyMIKAIAEQAAIQIgACgCSCIDRQ0AIAIgACgCMCAD/AoAAAsgASACNgIwIAEgBikDoAM3AjQgASAGKQOoAzcCPCABIAYpA7ADNwJECyABQQE2AgAgBiAGKQOQAzcDUCAjIAZB0ABqEApBACEHIAEhAAwCCyAFKAKECSAGIAYpA+gDNwNYIA8gBkHYAGogAkEARyAJQf//A3EQFgwCCyAAIQELIAYgAUEBcQR/IAFBd3FBCEEAIA5BAXEbcgUgACAALwEsQfv/A3FBBEEAIA5BAXEbcjsBLCABCyIArSAHrUIghoQiOzcD6AMgBSgChAkgBiA7NwNAIA8gBkFAayAEQQFzIAlB//8DcRAWIAFBAXENAQsgAC0ALEHAAHFFDQAgBSgChAkhCwJAIABBAXFFBEAgACgCJCIJBEADQCAAIAlBA3RrIQQgCSECA0ACQAJAIAQgAkEBayICQQN0aiIDKAIAIgFBAXENACABLQAsQcAAcUUNACABKAIkIQkgAygCBCEHIAEhAAwBCyACDQELCyAJDQALCyALKAIAIA9BBXRqIQIgAEUNASAAQQFxDQEgACAAKAIAQQFqNgIAIAAoAgAaDAELIAsoAgAgD0EFdGohAkEAIQBBACEHCyACKAIMBEAgCygCNCAGIAIpAgw3AzggBkE4ahAKCyACIAc2AhAgAiAANgIMC0EBIQIgNUUNACAFQfQJahAnCyAGQfADaiQAIAJFDQMgBSgCjAoiAARAIAUoAoQJIAUoAqAJIAAQHSMBQesLaiAFKAKMChAUCyAZIAUoAoQJIgEoAgAiAiAeaiIEKAIAKAIEIgtJBEAgCyEZDAILIA9BACALIBlGG0UEQCAEKAIcDQIMAQsLIBkhCwtBACENIA9BAWoiDyABKAIEIgBJDQALQQAhAkF/IR1BACElIABFBEBBASENDAMLA0ACQCABKAIAIAJBBXRqIgkoAhwiA0ECRgRAIAEgAhARDAELIAkoAgAiESgCmAEhAQJAIANBAUYiBEUEQCARLwEADQEgESgCFA0BCyABQfQDaiEBCyARKAKcASIAIAkoAggiB0kEQCAJIAA2AgggACEHCyARKAKgASENIANBAUYEf0EBBSABIB0gASAdSRsgHSARLwEAIgMbIR0gA0ULIRIgAkUEQEEBIQIMAQsgAUHkAGogASAEGyEXIAAgB2tBAWohEUEAIQ8DQCAFKAKECSIWKAIAIgkgD0EFdCITaiIYKAIAIgEoApgBIQ4CfyAYKAIcIgdBAUYiBEUEQCAOIAEvAQANARogDiABKAIUDQEaCyAOQfQDagshCCABKAKcASIAIBgoAggiEEkEQCAYIAA2AgggACEQCyABKAKgASEDQQAhDAJAAkACQAJAAkACQAJAAkACQAJAIAQNACASIAEvAQBBAEciDHFFDQAgCCAXSQ0BDAYLIAhB5ABqIAggBBshBCAMIBJyRQRAIAQgF00NAwwECyAEIBdPBEAgBCAXTQ0CIAQgF2sgEWxBiA5LDQQMAwsgACAQa0EBaiAXIARrbEGJDkkNBQsgCSACQQV0IgNqIgcoAgAEQCAWKAI0IQQgBygCDARAIAogBykCDDcDWCAEIApB2ABqEAoLIAcoAhQEQCAKIAcpAhQ3A1AgBCAKQdAAahAKCyAHKAIEIgEEQCABKAIAIgAEQCAAIwkoAgARAgAgBygCBCEBCyABQQA2AgggAUIANwIAIAEjCSgCABECAAsgBygCACAWQSRqIAQQGiAWKAIAIQkLIBYoAgQgAkF/c2pBBXQiAQRAIAMgCWoiACAAQSBqIAH8CgAACyAWIBYoAgRBAWs2AgQMBgsgAyANTg0DCyAJIAJBBXRqIQwCQCAHDQAgDCgCHA0AIAEvAQAiACAMKAIAIgcvAQBHDQAgASgCBCAHKAIERw0AIA4gBygCmAFHDQAjAUGUDGohCCAMKAIMIQQCQCAYKAIMIgNFDQAgA0EBcQ0AIAMtACxBwABxRQ0AIAggA0EwaiADKAIkGyEICyMBQZQMaiEJAkAgBEUNACAEQQFxDQAgBC0ALEHAAHFFDQAgCSAEQTBqIAQoAiQbIQkLIAgoAhghAwJAIAkoAhgiBEEZTwRAIAMgBEcNAiAIKAIAIQggCSgCACEJDAELIAMgBEcNAQsgCCAJIAQQEg0AIAcvAZABBH9BACEBA0AgFigCNCEEIBgoAgAgCiAHIAFBBHRqIgApAhg3A3ggCiAAKQIQNwNwIApB8ABqIAQQICABQQFqIgEgDCgCACIHLwGQAUkNAAsgGCgCACIBLwEABSAAC0H//wNxDQQgGCABKAKcATYCCCAWIAIQEQwFCyAKIAwpAhg3A9ABIAogDCkCEDcDyAEgCiAMKQIINwPAASAKIAwpAgA3A7gBIAwgGCkCADcCACAMIBgpAgg3AgggDCAYKQIQNwIQIAwgGCkCGDcCGCAWKAIAIBNqIgAgCikDuAE3AgAgACAKKQPAATcCCCAAIAopA8gBNwIQIAAgCikD0AE3AhgMAQsgFigCNCEDIBgoAgwEQCAKIBgpAgw3A2ggAyAKQegAahAKCyAYKAIUBEAgCiAYKQIUNwNgIAMgCkHgAGoQCgsgGCgCBCIBBEAgASgCACIABEAgACMJKAIAEQIAIBgoAgQhAQsgAUEANgIIIAFCADcCACABIwkoAgARAgALIBgoAgAgFkEkaiADEBogFigCBCAPQX9zakEFdCIBBEAgFigCACATaiIAIABBIGogAfwKAAALIBYgFigCBEEBazYCBCAPQQFrIQ8gAkEBayECC0EBISUMAwsgBw0CIAkgAkEFdGoiDCgCHA0CIAEvAQAiACAMKAIAIgcvAQBHDQIgASgCBCAHKAIERw0CIA4gBygCmAFHDQIjAUGUDGohCCAMKAIMIQQCQCAYKAIMIgNFDQAgA0EBcQ0AIAMtACxBwABxRQ0AIAggA0EwaiADKAIkGyEICyMBQZQMaiEJAkAgBEUNACAEQQFxDQAgBC0ALEHAAHFFDQAgCSAEQTBqIAQoAiQbIQkLIAgoAhghAwJAIAkoAhgiBEEZTwRAIAMgBEcNBCAIKAIAIQggCSgCACEJDAELIAMgBEcNAwsgCCAJIAQQEg0CIAcvAZABBH9BACEBA0AgFigCNCEEIBgoAgAgCiAHIAFBBHRqIgApAhg3A0ggCiAAKQIQNwNAIApBQGsgBBAgIAFBAWoiASAMKAIAIgcvAZABSQ0ACyAYKAIAIgEvAQAFIAALQf//A3ENACAYIAEoApwBNgIICyAWIAIQEQtBASElIAJBAWsiAiEPCyAPQQFqIg8gAkkNAAsgAkEBaiECCyACIAUoAoQJIgEoAgQiEEkNAAsgEEEGSwRAA0AgAUEGEBEgBSgChAkiASgCBCIQQQZLDQALQQEhJQtBACEAQQAhASAQBEADQAJAIABBBXQiKyAFKAKECSICKAIAaigCHEEBRwRAQQEhAQwBCwJAAkAgAUEBcQ0AIAUoApAKQQVLDQAgBSgCYEUEQCAFKAKMCkUNAgsgCiAANgIwIBRBgAgjAUE7aiAKQTBqEAsaIAUoAmAiAQRAIAUoAlxBACAUIAERAwALIBQhASAFKAKMCkUNAQNAAkACQCABLQAAIgRBIkYNACAEQdwARg0AIAQNAQwEC0HcACAFKAKMChAJIAEtAAAhBAsgBMAgBSgCjAoQCSABQQFqIQEMAAsACyACIAAQESAQQQFrIRAgAEEBayEAQQEhJQwBCyAFKAKECSgCACAraiICKAIAIgEoApgBIR0CQCACKAIcQQFHBEAgAS8BAA0BIAEoAhQNAQsgHUH0A2ohHQsgAkEANgIcIAIpAhQhOyACQgA3AhQgCiA7NwOoASAFKAKECSgCBCERIAUgAEEAEFIaIDunIQMgBSgChAkiASgCBCItIABLBEAgASgCACAraigCACIBKAIEIQkgASkCCCI8QiCIpyE2IDtCCIinISEgPKchIkEAIRsgAyECIAAhDANAAkAgGwRAQQEhGwwBC0EAIRsgBSgCoAkiDS8BDEH+/wNxRQ0AIAxBBXQiGCAFKAKECSgCAGooAgAvAQAiHEEQdCEWQQEhBANAAkACQCAEQf3/A0sNACANKAIEIh4gBE0NACANKAIUIBxNDQACQAJAIA0oAhgiFSAcTQRAIA0oAiwgDSgCMCAcIBVrQQJ0aigCAEEBdGoiAS8BACITRQRAQQAhAQwDCyABQQJqIQhBACEnA0AgCEEEaiEBIAgvAQIiEgR/IAEgEkEBdGpBACEPA0AgBCABLwEARg0EIAFBAmohASAPQQFqIg8gEkcNAAsFIAELIQhBACEBICdBAWoiJyATRw0ACwwCCyANKAIoIBwgHmxBAXRqIARBAXRqLwEAIQEMAQsgCC8BACEBCyANKAI0Ig4gAUH//wNxQQN0aiIHLQAAIgFFDQAgByABQQN0aiIBLQAADQAgHCABQQhqIgFBBmsvAQAgAUEEay0AAEEBcRsiF0H//wNxIgFFDQAgASAcRg0AAkACQCACQQFxBEAgIUH/AXEhCEEBIQIMAQsgCigCqAEiA0EIdiEhQcQAQSggAyICKAIkGyACai8BACIIQf3/A0sNAQsCQAJAIAEgFU8EQCANKAIsIA0oAjAgASAVa0ECdGooAgBBAXRqIgEvAQAiEkUEQEEAIQEMAwsgAUECaiEHQQAhJgNAIAdBBGohASAHLwECIh4EfyABIB5BAXRqQQAhDwNAIAEvAQAgCEYNBCABQQJqIQEgD0EBaiIPIB5HDQALBSABCyEHQQAhASAmQQFqIiYgEkcNAAsMAgsgDSgCKCABIB5sQQF0aiAIQQF0ai8BACEBDAELIAcvAQAhAQsgDiABQf//A3FBA3RqIgEtAABFDQEgAS0ACEEBRw0BAkAgBSgCICAJRgRAIAUoAmQhAiAFKAJoIQEgCSENDAELQQAhASAFQQA2AnwgBUEAOgCAASAFIDw3AiQgBSAJNgIgIAUoAkQhDQJAAn8gBSgCZCICBEADQAJAIA0gAUEYbGoiCCgCFCIHIAlNDQAgByAIKAIQIgNNDQAgAyAJIg1PBEAgBSAIKQIANwIkIAUgAzYCICADIQ0LIAUgATYCaCAFKAJIRQRAQQAhDwwFC0EAIA0gBSgCbCIDSQ0DGkEAIg8gDSAFKAJwIANqTw0DGgwECyABQQFqIgEgAkcNAAsLIAUgAjYCaCANIAJBGGxqIgFBBGsoAgAhDSAFIAFBEGspAgA3AiQgBSANNgIgIAIhAUEBCyEPIAVBADYCSCAFQgA3AmwLIAVBADYCACAFIA82AnQLAn8CQCABIAJGDQAgAUUNACANIAUoAkQgAUEYbGoiASgCEEcNACABQQRrKAIAIQMgBSABQRBrKQIAIjs3AjwgBSADNgI4IDunIQ8gO0IgiKcMAQsgBSAFKQIgNwI4IAUgBSgCKDYCQCAFKAI8IQ8gBSgCOCEDIAUoAkALIRUCfyAKKAKoASIBQQFxBEAgCi0ArgEgCi0ArwFqISEgCi0ArQFBBHYMAQsgASgCECABKAIEaiEhIAEoAhwLIAogBSgChAkiHygCACICIBhqIgEpAhg3A9ABIAogASkCEDcDyAEgCiABKQIINwPAASAKIAEpAgA3A7gBIB8gHygCBCIIQQFqIgcgHygCCCIBSwR/IAJBCCABQQF0IgEgByABIAdLGyIBIAFBCE0bIgFBBXQjBygCABEBACECIB8gATYCCCAfKAIEIghBAWoFIAcLNgIEIB8gAjYCACACIAhBBXRqIgEgCikDuAE3AgAgASAKKQPQATcCGCABIAopA8gBNwIQIAEgCikDwAE3AgggHygCACAfKAIEIgdBBXRqIh5BIGsoAgAiAQRAIAEgASgClAFBAWo2ApQBCyAVIDZrIgFBACABIBVNGyESIA8gIkshEyAPIA8gImsiCEkhDSADIAMgCWsiAkkhAQJAIB5BFGsoAgAiA0UNACADQQFxDQAgAyADKAIAQQFqNgIAIAMoAgAaIB8oAgQhBwsgFSASIBMbIRJBACAIIA0bIRNBACACIAEbIQggIWohDSAeQRxrQQA2AgAgBSgCoAkoAkggBEEDbGoiAS0AASEDIAEtAAAhAgJ+AkAgBEH/AUsNACAIQf4BSw0AIBNBD0sNACASQf4BSw0AIA1BD0sNACADQQJ0IAJBAXRqQQFyQf8BcSAEQQh0ciAWciEBIA1BDHQgE0EIdHIgCEEQdHIgEnKtQiCGDAELIBOtIBKtQiCGhCE7An8gBSgCjAkiAQRAIAUgAUEBayIBNgKMCSAFKAKICSABQQN0aigCAAwBC0HMACMIKAIAEQAACyEBIApCADcDwAEgCkIANwPIASAKQQA2AtABIAogCDYCiAIgCiA7NwOAAiAKQQA2AvgBIApBADYC9AEgCkEANgLwASAKIA02AuwBIApBADYC6AEgCkEANgLkASAKIAQ7AeABIAogHDsB3gEgCkEAOwHaASAKQgA3A7gBIApBATYCjAIgCiADQQF0IAJqQf8BcTsB3AEgASAKKAKMAjYCACABIAooAogCNgIEIAEgCikDgAI3AgggASAKKAL4ATYCECABIAooAvQBNgIUIAEgCigC8AE2AhggASAKKALsATYCHCABIAooAugBNgIgIAEgCigC5AE2AiQgASAKLwHgATsBKCABIAovAd4BOwEqIAEgCi8B3AE7ASwgASAKLwHaATsBLiABIAooAtABNgJIIAFBQGsgCikDyAE3AgAgASAKKQPAATcCOCABIAopA7gBNwIwQgALIT0gB0EBayEeAkAgAUEBcQRAIAFBIHIhAQwBCyABIAEvASxBgARyOwEsCyAeQQV0Ig4gBSgChAkiAygCAGoiEigCACEHAn8gAygCKCICBEAgAyACQQFrIgI2AiggAygCJCACQQJ0aigCAAwBC0GkASMIKAIAEQAACyIVIBc7AQAgFUECakEAQZIB/AsAIBVCADcCmAEgFUEBNgKUASAVQQA2AqABAkACfwJAIAcEQCAVID0gAa2ENwIUIBUgBzYCECAVQQE7AZABIBUgBykCBDcCBCAVIAcoAgw2AgwgFSAHKAKYASICNgKYASAVIAcoAqABIhM2AqABIBUgBygCnAEiFzYCnAEgAUEBcSIDDQEgFSABLQAtQQJxBH9B4gQFIAEoAiALIAJqNgKYAUEAIAEoAgwgASgCFCICGyEIIAEoAhAgASgCBGohByACIAEoAghqIQ0gASgCGAwCCyAVQgA3AgQgFUEANgIMDAILIBUgAiABQRp0QR91QeIEcWo2ApgBID1CIIinQf8BcSEIID1CKIinQQ9xIQ0gPUIwiKchB0EACyECIBUgFSgCBCAHajYCBCAVIBUoAgggDWqtIAIgCGpBACAVKAIMIA0baq1CIIaENwIIAkAgA0UEQEEAIQ0gFSABKAIkIgIEfyABKAI4BUEACyAXaiABLwEsQQFxaiABLwEoQf7/A0ZqNgKcASACRQ0BIAEoAjwhDQwBCyAVIBcgAUEBdkEBcWo2ApwBQQAhDQsgFSANIBNqNgKgAQsgEiAVNgIAIAUgHgJ/IAotAKgBQQFxBEBBASEDIAotAKkBIiEMAQsgCigCqAEiA0EIdiEhIAMoAiRFBEAgAy8BKAwBCyADLwFEC0H//wNxEFINAiAFKAKgCSENCyADIQILIARBAWoiBCANLwEMSQ0BDAILCwJAAkAgBSgCYA0AIAUoAowKDQBBASEbDAELQQAhASAEIAUoAqAJIgIoAgggAigCBGpJBEAgAigCOCAEQQJ0aigCACEBCyAKIAUoAoQJKAIAIA5qKAIALwEANgIkIAogATYCICAUQYAIIwFBuAJqIApBIGoQCxogBSgCYCIBBEAgBSgCXEEAIBQgAREDAAtBASEbIBQhASAFKAKMCkUNAANAAkACQCABLQAAIgRBIkYNACAEQdwARg0AIARFDQMMAQtB3AAgBSgCjAoQCSABLQAAIQQLIATAIAUoAowKEAkgAUEBaiEBDAALAAsgAyECCyAFKAKECSAKQgA3AxggCkIANwKwASAMIApBGGpBAEEAEBYgESAMQQFqIAAgDEYbIgwgLUkNAAsLIC0gESIESwRAA0AgBSgChAkhDkEAIQgjAEEgayIWJAACQCAOKAIAIgEgAEEFdGoiFygCHA0AIAEgEUEFdGoiEigCHA0AIBcoAgAiCS8BACIBIBIoAgAiBy8BAEcNACAJKAIEIAcoAgRHDQAgCSgCmAEgBygCmAFHDQAgFiAXKQIMNwMYIBYgEikCDDcDEAJ/IwFBlAxqIQ0CQCAWKAIYIgJFDQAgAkEBcQ0AIAItACxBwABxRQ0AIA0gAkEwaiACKAIkGyENCyMBQZQMaiEMAkAgFigCECICRQ0AIAJBAXENACACLQAsQcAAcUUNACAMIAJBMGogAigCJBshDAsgDSgCGCECAkACQCAMKAIYIhNBGU8EQCACIBNGDQFBAAwDCyACIBNGDQFBAAwCCyANKAIAIQ0gDCgCACEMCyANIAwgExASRQtFDQAgBy8BkAEEfwNAIA4oAjQhCSAXKAIAIBYgByAIQQR0aiIBKQIYNwMIIBYgASkCEDcDACAWIAkQICAIQQFqIgggEigCACIHLwGQAUkNAAsgFygCACIJLwEABSABC0UEQCAXIAkoApwBNgIICyAOIBEQEQsgFkEgaiQAIARBAWoiBCAtRw0ACwsgBSgChAkhAUEMIwgoAgARAAAhAiAKQRA2AoQCIAogAjYCgAIgAkEANgIIIAJCADcCACAKQbgBaiABIAAjAkEJaiAKQYACakF/EBkgASgCACAraiICKAIEIgQEQCAEKAIAIgEEQCABIwkoAgARAgAgAigCBCEECyAEQQA2AgggBEIANwIAIAQjCSgCABECAAsgAiAKKAKAAjYCBAJAIANBAXENACAKKAKoASgCJEUNACAFIApBqAFqQQAgOhA4CyAKIAopA6gBNwMQIAUgACAKQRBqEDcgBSgCjAoiAQRAIAUoAoQJIAUoAqAJIAEQHSMBQesLaiAFKAKMChAUC0EBIQELIABBAWoiACAQSQ0ACwtBACENICVFDQIgBSgCYCIBRQRAIAUoAowKRQ0DIBQjAUHCCGoiACkAADcAACAUIAAtAAg6AAgMAgsgFCMBQcIIaiIAKQAANwAAIBQgAC0ACDoACCAFKAJcQQAgFCABEQMAIAUoAowKDQEMAgtBACEEIAUtAMQKDQQMBQsgFCEBA0ACQAJAIAEtAAAiBEEiRg0AIARB3ABGDQAgBA0BIAUoAowKIgBFDQMgBSgChAkgBSgCoAkgABAdIwFB6wtqIAUoAowKEBQMAwtB3AAgBSgCjAoQCSABLQAAIQQLIATAIAUoAowKEAkgAUEBaiEBDAALAAsCQCAFKAK0CSIARQ0AAn8gAEEadEEfdUHiBHEgAEEBcQ0AGkHiBCAALQAtQQJxDQAaIAAoAiALIB1PDQAgBSgChAkQOwwCCwJAIAUoAsAKIgQgBSgCpAoiAU8NACA5KAIAIQADQCAAIARBGGxqKAIUIAtLDQEgBSAEQQFqIgQ2AsAKIAEgBEcNAAsLIA1FDQALCwJAIAUtAMUKDQAgBSkCtAkhOyAFQQA2ApgJIDunIgBBAXENACAAKAIkRQ0AIAAoAgBBAUcNACAFKAKUCSEEQQAhASAFKAKcCUUEQAJ/IAQEQCAEQcAAIwcoAgARAQAMAQtBwAAjCCgCABEAAAshBCAFQQg2ApwJIAUoApgJIQELIAUgBDYClAkgBSABQQFqNgKYCSAEIAFBA3RqIDs3AgALAn8CQAJAIAUoApgJIg8EQCAFQZQJaiEZIAVBtApqIRQDQCAFIAUoApQKQQFqIgBBACAAQeMATRsiADYClAoCQCAADQAgBSgCsAoiAEUNACAUIAARAAANAyAFKAKYCSEPCyAKIBkoAgAgD0EDdGpBCGspAgAiOzcDuAECQCA7pyINLwFARQ0AIA1BCGsoAgAhASANIA0oAiRBA3RrKAIAIgBBAXEEf0EABSAALwFACyABQQFxBH9BAAUgAS8BQAtrIgRBAkgNAANAIAUoAqAJIQggCiAKKQO4ATcDCEEAIREjAEEwayIMJAAgGSgCBCELIAwgCikCCCI7NwMoAkAgBCIAQQF2IgRFDQAgO6ciBy8BKCEDA0ACQCAHKAIAQQFLDQAgBygCJCIBQQJJDQAgByABQQN0ayICKQIAIjunIglBAXENACAJKAIkIgFBAkkNACAJKAIAQQFLDQAgCS8BKCADRw0AIAkgAUEDdGspAgAiPKciB0EBcQ0AIAcoAiRBAkkNACAHKAIAQQFLDQAgBy8BKCADRw0AIAIgPDcCACAJIAkoAiRBA3RrIAdBCGsiASkCADcCACABIDs3AgAgGSgCACEJIBkgGSgCBCIPQQFqIgIgGSgCCCIBSwR/QQggAUEBdCIBIAIgASACSxsiASABQQhNGyIBQQN0IQICfyAJBEAgCSACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEJIBkgATYCCCAZKAIEIg9BAWoFIAILNgIEIBkgCTYCACAJIA9BA3RqIAwpAyg3AgAgDCA8QiCIPgIsIAwgBzYCKCARQQFqIhEgBEcNAQsLIBkoAgQiByALTQ0AA0AgGSAHQQFrIgE2AgQgDCAZKAIAIAFBA3RqKQIAIjs3AyggDCA7pyIBIAEoAiRBA3RrKQIAIjs3AyAgDCA7p0EIaykCACI7NwMQIAwgOzcDGCAMQRBqIAgQFSAMIAwpAyA3AwggDEEIaiAIEBUgDCAMKQMoNwMAIAwgCBAVIBkoAgQiByALSw0ACwsgDEEwaiQAIAUgBSgClApBECAEIARBEE0bQQR2Qf8BcWoiAUEAIAFB4wBNGyIBNgKUCgJAIAENACAFKAKwCiIBRQ0AIBQgAREAAA0FCyAAQQNLDQALIAUoApgJIQ8LIAUgD0EBayIPNgKYCSANKAIkIgEEQEEAIQQDQAJAIA0gAUEDdGsgBEEDdGopAgAiO6ciAEEBcQ0AIAAoAiRFDQAgACgCAEEBRw0AIAUoApQJIQEgBSAFKAKYCSINQQFqIgIgBSgCnAkiAEsEf0EIIABBAXQiACACIAAgAksbIgAgAEEITRsiAEEDdCECAn8gAQRAIAEgAiMHKAIAEQEADAELIAIjCCgCABEAAAshASAFIAA2ApwJIAUoApgJIg1BAWoFIAILNgKYCSAFIAE2ApQJIAEgDUEDdGogOzcCACAKKAK4ASINKAIkIQELIARBAWoiBCABSQ0ACyAFKAKYCSEPCyAPDQALCyAFQQA6AMUKAkAgBSgCYCICRQRAIAUoAowKRQ0DIAUjAUHLCGoiACgAADYAhAEgBSAALQAEOgCIASAFQYQBaiEBDAELIAUjAUHLCGoiACgAADYAhAEgBSAALQAEOgCIASAFKAJcQQAgBUGEAWoiASACEQMAIAUoAowKRQ0CCwNAAkACQCABLQAAIgRBIkYNACAEQdwARg0AIAQNASAFKQK0CSE9IAUoAqAJIgEgBSgCjAoiAEUNBRogCiA9NwO4ASAKQbgBakEAIAFBACAAEDlBCiAFKAKMChAJDAQLQdwAIAUoAowKEAkgAS0AACEECyAEwCAFKAKMChAJIAFBAWohAQwACwALIAVBAToAxQpBACEEDAMLIAUpArQJIT0gBSgCoAkLIQAgBSgCZCEDIAUoAkQhAkEcIwgoAgARAAAiBCA9NwIAAkAgAEUNACAAKAJcDQAgACgCaCAARw0AIAAgACgCqAFBAWo2AqgBCyAEIAA2AggjBiIBRQRAIwFBoPQAaiIAIAAoAgBBAWoiATYCACABJAYLIARBADYCECAEIAE2AgwgBCADQRgjCigCABEBACIBNgIUIANBGGwiAARAIAEgAiAA/AoAAAsgBCADNgIYIAVCADcCtAkgBRAoDAELIAUQKAsgCkGQAmokACAFQgA3AqwKIClBEGokACAgQTBqJAAgBAsLACABQQFGIAIQCAs+AQF/IwBBEGsiAiQAIAIgADYCCCACIwJBFGpBACABGzYCDCACIAIpAgg3AwAgACACKQIANwJcIAJBEGokAAvKCAIHfwF+IwwhBiMAQRBrIgUkAEEBQcgKIwooAgARAQAiACMCIgFBA2o2AhwgACABQQRqNgIYIAAgAUEFajYCFCAAIAFBBmo2AhAgACABQQdqNgIMIAAgAUEIajYCCCAAQgA3AgAgAEEgakEAQeQI/AsAIABBAEEYIwcoAgARAQAiATYCRCABIwFB/AtqIgIpAhA3AhAgASACKQIINwIIIAEgAikCADcCACAAQQE2AmQCQAJAIAAoAkQiAygCFCIEIAAoAiAiAU0NACAEIAMoAhAiAk0NACABIAJNBEAgACADKQIANwIkIAAgAjYCICACIQELQQAhAiAAQQA2AmggACgCSEUNASAAKAJsIgMgAU0EQCABIAAoAnAgA2pJDQILIABBADYCSCAAQgA3AmwMAQtBASECIABBATYCaCADKQIIIQcgAEEANgJIIAAgBzcCJCAAIAQ2AiAgAEIANwJsCyAAQQA2ArAJIABBADYCACAAIAI2AnQgAEIANwKoCSAAQcAAIwgiASgCABEAADYCqAkgAEEENgKwCUGAAiABKAIAEQAAIQEgAEIANwKUCSAAQoCAgICABDcCjAkgACABNgKICSAAQZwJakEANgIAQQFBOCMKKAIAEQEAIgFCADcCACABQgA3AiggAUIANwIgIAFCADcCGCABQgA3AhAgAUIANwIIIAFBgAEjCCgCABEAADYCACABQQQ2AgggASgCDCECIAEoAhRBA00EQAJ/IAIEQCACQcAAIwcoAgARAQAMAQtBwAAjCCgCABEAAAshAiABQQQ2AhQLIAEgAjYCDCABKAIYIQIgASgCIEEDTQRAAn8gAgRAIAJB4AAjBygCABEBAAwBC0HgACMIKAIAEQAACyECIAFBBDYCIAsgASACNgIYIAEoAiQhAiABKAIsQTFNBEACfyACBEAgAkHIASMHKAIAEQEADAELQcgBIwgoAgARAAALIQIgAUEyNgIsCyABIABBiAlqIgM2AjQgASACNgIkAn8gASgCKCIEBEAgASAEQQFrIgQ2AiggAiAEQQJ0aigCAAwBC0GkASMIKAIAEQAACyICQQE7AQAgAkECakEAQZIB/AsAIAJCADcCBCACQQE2ApQBIAJBADYCDCACQgA3ApgBIAJBADYCoAEgASACNgIwIAEQOyAAQgA3AvQJIABCADcCtAkgACABNgKECSAAQfwJakIANwIAIABBhApqQQA2AgAgAEIANwKUCiAAQgA3AogKIABBADYCoAkgAEGcCmpCADcCACAAQaQKakIANwIAIABBADYCwAogAEHDCmpBADYAACAAQeAJaiEBIAAoAuAJBEAgBSABKQIANwMIIAMgBUEIahAKCyAAKALoCQRAIAUgAEHoCWopAgA3AwAgAyAFEAoLIAFCADcCACABQQA2AhAgAUIANwIIIAVBEGokACAGQYDQAEEBECo2AgQgBiAANgIACxQBAX8jDCIAQo+AgIDQATcDACAACxgBAX8gACgCAEEPTwR/IAAoAogBBUEACwvBAwEJfyMAQSBrIgIkACAABEAgAkIANwMYIAJCADcDECACQgA3AwggAiAAKQIANwMAIAJBCGogAhAKIAIoAggiAwRAAkAgAigCDCIERQ0AIARBBE8EQCAEQXxxIQkDQCADIAFBA3RqIgUoAgAjCSIGKAIAEQIAIAUoAgggBigCABECACAFKAIQIAYoAgARAgAgBSgCGCAGKAIAEQIAIAFBBGohASAIQQRqIgggCUcNAAsLIARBA3EiBEUNAANAIAMgAUEDdGooAgAjCSgCABECACABQQFqIQEgB0EBaiIHIARHDQALCyADIwkoAgARAgAgAkEANgIQIAJCADcDCAsgAigCFCIBBEAgASMJKAIAEQIAIAJBADYCHCACQgA3AhQLAkAgACgCECIBRQ0AIAEoAlwNACABKAJoIAFHDQAgASABKAKoASIDQQFrNgKoASADQQFHDQAgASMJKAIAEQIACwJAIAAoAggiAUUNACABKAJcDQAgASgCaCABRw0AIAEgASgCqAEiA0EBazYCqAEgA0EBRw0AIAEjCSgCABECAAsgACgCFCMJIgEoAgARAgAgACABKAIAEQIACyACQSBqJAAL7QECBX8BfiAAKAIAIgFBAXFFBEAgASABKAIAQQFqNgIAIAEoAgAaCyAAKAIYIQMgACgCFCEEIAAoAgghASAAKQIAIQZBHCMIKAIAEQAAIgIgBjcCAAJAIAFFDQAgASgCXA0AIAEoAmggAUcNACABIAEoAqgBQQFqNgKoAQsgAiABNgIIIwYiAUUEQCMBQaD0AGoiASABKAIAQQFqIgE2AgAgASQGCyACQQA2AhAgAiABNgIMIAIgA0EYIwooAgARAQAiATYCFCADQRhsIgUEQCABIAQgBfwKAAALIAIgAzYCGCACIAAoAgw2AgwgAgvEBQIHfwF+IwBBEGshAwJAIAAoAgAiBUUNACAAKAIYIgZBf0YNACAFQQFxRQRAIAUgBSgCJEEDdGshBAsgAyAAKAIUNgIIIAMgACkCDDcDACAAKQIcIQogASAEIAZBA3RqIgQ2AgAgASADKQMANwIEIAEgAygCCDYCDCABIAo3AhQgASAGNgIQIAICfyAEKAIAIgFBAXEEQCABQQF2QQFxDAELIAEvASxBAXELIgU6AAACfyAEKAIAIgFBAXEEQCAELQAFQQ9xIQMgAUEIcUEDdiEGIAQtAAQhByAELQAGDAELIAEtACxBBHFBAnYhBiABKAIMIQcgASgCCCEDIAEoAgQLIQEgACAAKAIYQQFrIgg2AhhBASEEIABBASAAKAIUIgkgB2sgACgCDCIHRSAJQQBHcSADQQBHciIDGzYCFCAAQQAgACgCECADGzYCECAAQQAgByABayADGzYCDAJAIAYNACAAKAIkIgNFDQAgAiADIAAoAhwiAUEBdGovAQAgBXJBAEc6AAAgAUUNACAAIAFBAWs2AhwLIAggACgCACIBKAIkIgJPDQACQAJ/IAEgAkEDdGsgCEEDdGoiAigCACIBQQFxBEAgAUECcUEBdiEEIAFBA3ZBAXEMAQsgAS8BLCIDQQFxIQQgA0ECdkEBcQsNACAAKAIkIgNFDQAgAyAAKAIcQQF0ai8BACAEckEARyEECwJ/IAFBAXFFBEBBACEDIAAgACgCICABKAIkBH8gASgCOAVBAAsgBGprNgIgIAEoAhRBAEchAyABKAIYIQUgASgCEAwBCyACKAIEIAAgACgCICAEazYCIEEAIQNBGHYiBQshAkEBIQQgAEEBIAAoAhQiASAFayADIAAoAgwiA0UgAUEAR3FyQQFxIgEbNgIUIABBACAAKAIQIAEbNgIQIABBACADIAJrIAEbNgIMCyAECwcAIAAoAgALEABBAEECIAEoAgAvAZABGwtKAQF/IAEoAghFBEBBAA8LIAAtAAAEQEEBDwtBASECAkAgASgCBCgCACIBQQFxDQAgAS8BKEH//wNHDQAgAEEBOgAAQQMhAgsgAgsYACABKAIQRQRAQQAPC0EDQQEgAS0AFBsLEgBBA0EAIAEoAhAgACgCAEYbCwcAIAAoAhQLZgEDfyAAKAJMIgMEQANAIAAoAkggAkEGbGoiBC8BAiABRgRAIAMgAkF/c2pBBmwiAwRAIAQgBEEGaiAD/AoAAAsgACAAKAJMQQFrIgM2AkwgAkEBayECCyACQQFqIgIgA0kNAAsLC6sCAQR/AkAgACgCECIERQ0AIAAoAgwhBQNAAkAgAiAFIANBA3RqIgYoAgRGBEAgACgCACAGKAIAaiABIAIQG0UNAQsgA0EBaiIDIARHDQEMAgsLIANBf0YNACAAKAJAIgRFDQAgACgCPCEFQQAhAiADQf//A3EhAQNAAkAgASAFIAJBFGxqIgAvAQZGBEAgAEH//wM7AQYgAC8BCCIDQf//A0YNASAAQf//AzsBCCAAIAM7AQYgAC8BCiIDQf//A0YNASAAQf//AzsBCiAAIAM7AQgMAQsgASAALwEIRwRAIAAvAQogAUcNASAAQf//AzsBCgwBCyAAQf//AzsBCCAALwEKIgNB//8DRg0AIABB//8DOwEKIAAgAzsBCAsgAkEBaiICIARHDQALCwuFAQEEfyAAKAJwIgVFBEBBAA8LAn9BfyAAKAJsIgMoAgAgAUsNABoCQANAIAUgAiIEQQFqIgJHBEAgASADIAJBA3RqKAIATw0BDAILCyADIARBA3RqLwEEDAELIAMgBEEDdGovAQQLIgIgACgCQE8EQEEADwsgACgCPCACQRRsai0AEkEHdgsNACAAKAIIIAAoAgRqC7cBACMBQeDyAGojAkEQajYCACMBQeTyAGojAkERajYCACMBQejyAGojAkESajYCACMBQezyAGojAkETajYCACMBQfTyAGojAkEWajYCACMBQfzyAGojAkEXajYCACMBQZTzAGojAkEYajYCACMBQazzAGojAkEZajYCACMBQbDzAGojAkEaajYCACMBQbTzAGojAUHE9gBqNgIAIwFBmPQAaiMBQYjzAGo2AgAjAUGc9ABqIwU2AgALQgEDfyMBIgFBtPUAaiIAIAFBnPUAajYCYCAAIwQiAiMDazYCOCAAIAI2AjQgAEEqNgIYIAAgAUGA8wBqKAIANgI8CwundAEAIwELoHQtKyAgIDBYMHgALTBYKzBYIDBYLTB4KzB4IDB4AHJlZHVjZSBzeW06JXMsIGNoaWxkX2NvdW50OiV1AHJlc3VtZSB2ZXJzaW9uOiV1AHJlbW92ZWQgcGF1c2VkIHZlcnNpb246JXUAbGV4X2V4dGVybmFsIHN0YXRlOiVkLCByb3c6JXUsIGNvbHVtbjoldQBsZXhfaW50ZXJuYWwgc3RhdGU6JWQsIHJvdzoldSwgY29sdW1uOiV1AHByb2Nlc3MgdmVyc2lvbjoldSwgdmVyc2lvbl9jb3VudDoldSwgc3RhdGU6JWQsIHJvdzoldSwgY29sOiV1AHJlY292ZXJfdG9fcHJldmlvdXMgc3RhdGU6JXUsIGRlcHRoOiV1ACwgc2l6ZToldQBzaGlmdCBzdGF0ZToldQByZWNvdmVyX3dpdGhfbWlzc2luZyBzeW1ib2w6JXMsIHN0YXRlOiV1AGRpZmZlcmVudF9pbmNsdWRlZF9yYW5nZSAldSAtICV1AGFjY2VwdABwYXJzZV9hZnRlcl9lZGl0AFx0AGFib3J0aW5nIHJlZHVjZSB3aXRoIHRvbyBtYW55IHZlcnNpb25zAGhhc19jaGFuZ2VzAHN3aXRjaCBmcm9tX2tleXdvcmQ6JXMsIHRvX3dvcmRfdG9rZW46JXMAc3RhdGVfbWlzbWF0Y2ggc3ltOiVzAHNlbGVjdF9zbWFsbGVyX2Vycm9yIHN5bWJvbDolcywgb3Zlcl9zeW1ib2w6JXMAc2VsZWN0X2VhcmxpZXIgc3ltYm9sOiVzLCBvdmVyX3N5bWJvbDolcwBzZWxlY3RfZXhpc3Rpbmcgc3ltYm9sOiVzLCBvdmVyX3N5bWJvbDolcwBjYW50X3JldXNlX25vZGUgc3ltYm9sOiVzLCBmaXJzdF9sZWFmX3N5bWJvbDolcwBza2lwX3Rva2VuIHN5bWJvbDolcwBpZ25vcmVfZW1wdHlfZXh0ZXJuYWxfdG9rZW4gc3ltYm9sOiVzAHJldXNhYmxlX25vZGVfaGFzX2RpZmZlcmVudF9leHRlcm5hbF9zY2FubmVyX3N0YXRlIHN5bWJvbDolcwByZXVzZV9ub2RlIHN5bWJvbDolcwBwYXN0X3JldXNhYmxlX25vZGUgc3ltYm9sOiVzAGJlZm9yZV9yZXVzYWJsZV9ub2RlIHN5bWJvbDolcwBjYW50X3JldXNlX25vZGVfJXMgdHJlZTolcwBicmVha2Rvd25fdG9wX29mX3N0YWNrIHRyZWU6JXMAZGV0ZWN0X2Vycm9yIGxvb2thaGVhZDolcwAoJXMAaXNfZXJyb3IAc2tpcF91bnJlY29nbml6ZWRfY2hhcmFjdGVyAG5hbgBcbgBpc19taXNzaW5nAHJlc3VtZV9wYXJzaW5nAHJlY292ZXJfZW9mAGluZgBuZXdfcGFyc2UAY29uZGVuc2UAZG9uZQBpc19mcmFnaWxlAGNvbnRhaW5zX2RpZmZlcmVudF9pbmNsdWRlZF9yYW5nZQBza2lwIGNoYXJhY3RlcjolZABjb25zdW1lIGNoYXJhY3RlcjolZABzZWxlY3RfaGlnaGVyX3ByZWNlZGVuY2Ugc3ltYm9sOiVzLCBwcmVjOiVkLCBvdmVyX3N5bWJvbDolcywgb3RoZXJfcHJlYzolZABzaGlmdF9leHRyYQBub19sb29rYWhlYWRfYWZ0ZXJfbm9uX3Rlcm1pbmFsX2V4dHJhAF9fUk9PVF9fAF9FUlJPUgBOQU4ATUlTU0lORwBJTkYASU5WQUxJRABsZXhlZF9sb29rYWhlYWQgc3ltOgAgMDAwMDAwMDAwMDAwEDAwAC4AKCVzKQAobnVsbCkAKE5VTEwpACgiJXMiKQAnXHQnACdccicAJ1xuJwBza2lwIGNoYXJhY3RlcjonJWMnAGNvbnN1bWUgY2hhcmFjdGVyOiclYycAJ1wwJwAiJXMiAChNSVNTSU5HIAAoVU5FWFBFQ1RFRCAAJXM6IAAKCgAAAAAAAAAAAAAAAQAAAAAAAAAAAAAA//////////8AAAAA/////wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB4PDw8AAAAAAAAAAAEAAAABAAAAAgAAAAEAAAACAAAAAQAAAAIAAAABAAAAAgAAAAAAAAAAAAAAEhETFBUWFxgZGhscHR4fICERIiMkESUmJygpKissES0uLxAQMBAQEBAQEBAxMjMQNDUQEBERERERERERERERERERERERERERERERERE2ERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERNxERERE4ETk6Ozw9PhERERERERERERERERERERERERERERERERERERERERERERERERERERERERE/EBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEUBBEUJDREVGR0hJShFLTE1OT1BREFJTVFVWV1hZWltcXRBeX2AQERERYWJjEBAQEBAQEBAQEBERERFkEBAQEBAQEBAQEBAQEBAQERFlEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQERFmZxAQaGkREREREREREREREREREREREREREREREWoREWsQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEWxtEBAQEBAQEBAQbhAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQb3BxchAQEBAQEBAQc3R1EBAQEBB2dxAQEBB4EBB5EBAQEBAQEBAQEBAQEBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAP//////////////////////////////////////////AAAAAAAAAAD+//8H/v//BwAAAAAABCAE//9/////f//////////////////////////////////D/wMAH1AAAAAAAAAAAAAAIAAAAAAA37xA1///+////////////7///////////////////////wP8///////////////////////////+////fwL//////wEAAAAA/7+2AP///4cHAAAA/wf//////////v/D////////////////7x/+4f+fAAD///////8A4P///////////////wMA//////8HMAT////8/x8AAP///wH/BwAAAAAAAP//3z8AAPD/+AP////////////v/9/h/8///v/vn/n///3F459ZgLDP/wMQ7of5///9bcOHGQJewP8/AO6/+////e3jvxsBAM//AB7un/n///3t458ZwLDP/wIA7Mc91hjH/8PHHYEAwP8AAO/f/f///f/j3x1gB8//AADv3/3///3v498dYEDP/wYA79/9/////+ffXfCAz/8A/Oz/f/z///svf4Bf/8D/DAD+/////3//Bz8g/wMAAAAA1vf//6///ztfIP/zAAAAAAEAAAD/AwAA//7///8f/v8D///+////HwAAAAAAAAAA////////f/n/A////////////z//////vyD///////f///////////89fz3//////z3/////PX89/3//////////Pf//////////BwAAAAD//wAA/////////////z8//v//////////////////////////////////////////////////////////n////v//B////////////8f/Af/fDwD//w8A//8PAP/fDQD////////P//8BgBD/AwAAAAD/A///////////////Af//////B///////////PwD///9//w//AcD/////Px8A//////8P////A/8DAAAAAP///w//////////f/7/HwD/A/8DgAAAAAAAAAAAAAAA////////7//vD/8DAAAAAP//////8////////7//AwD///////9/AP/j//////8//wH//////+cAAAAAAN5vBP///////////////////////////////wAAAACA/x8A//8/P/////8/P/+q////P////////99f3B/PD/8f3B8AAAAAAAAAAAAAAAAAAAKAAAD/HwAAAAAAAAAAAAAAAIT8Lz5Qvf/z4EMAAP//////AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMD///////8DAAD//////3///////3//////////////////////H3gMAP////+/IP////////+AAAD//38Af39/f39/f3//////AAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADgAAAA/gM+H/7///////////9/4P7/////////////9+D///////7/////////////fwAA////BwAAAAAAAP///////////////////////////////z8AAAAAAAAAAAD///////////////////////////////////////8AAP//////////////////////HwAAAAAAAAAA//////8//x////8PAAD//////3/wj///////////////////AAAAAID//P////////////////n///////98AAAAAACA/7//////AAAA////////DwD//////////y8A/wMAAPzo//////8H/////wcA////H/////////f/AID/A////3////////9/AP8//wP//3/8/////////38FAAA4//88AH5+fgB/f///////9/8A////////////////////B/8D//////////////////////////8PAP//f/j//////w//////////////////P/////////////////8DAAAAAH8A+OD//X9f2/////////////////8DAAAA+P///////////////z8AAP///////////P///////wAAAAAA/w8AAAAAAAAAAAAAAAAAAN//////////////////////HwAA/wP+//8H/v//B8D/////////////f/z8/BwAAAAA/+///3///7f/P/8/AAAAAP///////////////////wcAAAAAAAAAAP///////x8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD///8f////////AQAAAAAA/////wDg////B///////B////z//////D/8+AAAAAAD/////////////////////////P/8D/////w//////D///////AP///////w8AAAAAAAAAAAAAAAAAAAAAAAAA////////fwD//z8A/wAAAAAAAAAAAAAAAAAAAAAAAAA//f////+/kf//PwD//38A////fwAAAAAAAAAA//83AP//PwD///8DAAAAAAAAAAD/////////wAAAAAAAAAAAb/Dv/v//PwAAAAAA////H////x8AAAAA//7//x8AAAD///////8/AP//PwD//wcA//8DAAAAAAAAAAAAAAAAAP///////////wEAAAAAAAD///////8HAP///////wcA//////8A/wMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD///8fgAD//z8AAAAAAAAAAAAAAAAAAAAAAAAA//9/AP//////////PwAAAMD/AAD8////////AQAA////Af8D////////x/9wAP////9HAP//////////HgD/FwAAAAD///v///+fQAAAAAAAAAAAf73/v/8B/////////wH/A++f+f///e3jnxmB4A8AAAAAAAAAAAAAAAAAAAAAAAAA//////////+7B/+DAAAAAP//////////swD/AwAAAAAAAAAAAAAAAAAAAAAAAAAA////////P38AAAA/AAAAAP////////9/EQD/AwAAAAD///////8/Af8DAAAAAAAA////5/8H/wMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD/////////AQAAAAAAAAAAAAAAAP///////////wMAgAAAAAAAAAAAAAAAAAAAAAAAAAAA//z///////waAAAA////////538AAP///////////yAAAAAA/////////wH//f////9/fwEA/wMAAPz////8///+fwAAAAAAAAAAAH/7/////3+0ywD/A7/9////f3sB/wMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAP//fwD/////////////////////////AwAAAAAAAAAAAAAAAP////////////////9/AAD///////////////////////////////8PAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD//////38AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAP//////////fwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/////////wH///9//wMAAAAAAAAAAAAAAAD///8/AAD///////8AAA8A/wP4///g//8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA//////////8AAAAAAAAAAAAAAAAAAAAA////////////h/////////+A//8AAAAAAAAAAAsAAAD/////////////////////////////////////////AP///////////////////////////////////////wcA////fwAAAAAAAAcA8AD/////////////////////////////////////////////////////////////////D/////////////////8H/x//Af9DAAAAAAAAAAAAAAAA/////////////9///////////99k3v/r7/////////+/59/f////e1/8/f//////////////////////////////////////////////////////P/////3///f////3///f////3///f////3/////9/////f//98////////9////52wcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAP//////H4A//0MAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA//////8P/wP///////////////////////////////8fAAAAAAAAAP//////////jwj/AwAAAAAAAAAAAAAAAAAAAAAAAAAA7////5b+9wqE6paqlvf3Xv/7/w/u+/8PAAAAAAAAAAAAAAAAAAD///8D////A////wMAAAAAAAAAAAAAAAAAACAAAAAJAAAACgAAAA0AAAALAAAADAAAAIUAAAAAIAAAASAAAAIgAAADIAAABCAAAAUgAAAGIAAACCAAAAkgAAAKIAAAKCAAACkgAABfIAAAADAAAAAAAAAAAAAAAAAAABkACwAZGRkAAAAABQAAAAAAAAkAAAAACwAAAAAAAAAAGQAKChkZGQMKBwABAAkLGAAACQYLAAALAAYZAAAAGRkZAAAAAAAAAAAAAAAAAAAAAA4AAAAAAAAAABkACw0ZGRkADQAAAgAJDgAAAAkADgAADgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAATAAAAABMAAAAACQwAAAAAAAwAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAADwAAAAQPAAAAAAkQAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAABEAAAAAEQAAAAAJEgAAAAAAEgAAEgAAGgAAABoaGgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaAAAAGhoaAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAFwAAAAAXAAAAAAkUAAAAAAAUAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYAAAAAAAAAAAAAABUAAAAAFQAAAAAJFgAAAAAAFgAAFgAAMDEyMzQ1Njc4OUFCQ0RFRgAIAABWAQAAOQAAAAAAAAAAAAAAASAAAADg//8Avx0AAOcCAAB5AAACJAAAAQEAAAD///8AAAAAAQIAAAD+//8BOf//ABj//wGH//8A1P7/AMMAAAHSAAABzgAAAc0AAAFPAAABygAAAcsAAAHPAAAAYQAAAdMAAAHRAAAAowAAAdUAAACCAAAB1gAAAdoAAAHZAAAB2wAAADgAAAMAAAAAsf//AZ///wHI//8CKCQAAAAAAAEBAAAA////ADP//wAm//8Bfv//ASsqAAFd//8BKCoAAD8qAAE9//8BRQAAAUcAAAAfKgAAHCoAAB4qAAAu//8AMv//ADb//wA1//8AT6UAAEulAAAx//8AKKUAAESlAAAv//8ALf//APcpAABBpQAA/SkAACv//wAq//8A5ykAAEOlAAAqpQAAu///ACf//wC5//8AJf//ABWlAAASpQACJEwAAAAAAAEgAAAA4P//AQEAAAD///8AVAAAAXQAAAEmAAABJQAAAUAAAAE/AAAA2v//ANv//wDh//8AwP//AMH//wEIAAAAwv//AMf//wDR//8Ayv//APj//wCq//8AsP//AAcAAACM//8BxP//AKD//wH5//8CGnAAAQEAAAD///8BIAAAAOD//wFQAAABDwAAAPH//wAAAAABMAAAAND//wEBAAAA////AAAAAADACwABYBwAAAAAAAHQlwABCAAAAPj//wIFigAAAAAAAUD0/wCe5/8AwokAANvn/wCS5/8Ak+f/AJzn/wCd5/8ApOf/AAAAAAA4igAABIoAAOYOAAEBAAAA////AAAAAADF//8BQeL/Ah2PAAAIAAAB+P//AAAAAABWAAABqv//AEoAAABkAAAAgAAAAHAAAAB+AAAACQAAAbb//wH3//8A2+P/AZz//wGQ//8BgP//AYL//wIFrAAAAAAAARAAAADw//8BHAAAAQEAAAGj4v8BQd//Abrf/wDk//8CC7EAAQEAAAD///8BMAAAAND//wAAAAABCdb/ARrx/wEZ1v8A1dX/ANjV/wHk1f8BA9b/AeHV/wHi1f8BwdX/AAAAAACg4/8AAAAAAQEAAAD///8CDLwAAAAAAAEBAAAA////Abxa/wGgAwAB/HX/Adha/wAwAAABsVr/AbVa/wG/Wv8B7lr/AdZa/wHrWv8B0P//Ab1a/wHIdf8AAAAAADBo/wBg/P8AAAAAASAAAADg//8AAAAAASgAAADY//8AAAAAAUAAAADA//8AAAAAASAAAADg//8AAAAAASAAAADg//8AAAAAASIAAADe//8wDDENeA5/D4AQgRGGEokTihOOFI8VkBaTE5QXlRiWGZcamhucGZ0cnh2fHqYfqR+uH7EgsiC3Ib8ixSPII8sj3STyI/Yl9yYgLTouPS8+MD8xQDFDMkQzRTRQNVE2UjdTOFQ5WTpbO1w8YT1jPmU/ZkBoQWlCakBrQ2xEb0JxRXJGdUd9SIJJh0qJS4pMi0yMTZJOnU+eUEVXex18HX0df1iGWYhaiVqKWoxbjlyPXKxdrV6uXq9ewl/MYM1hzmHPYtBj0WTVZdZm12fwaPFp8mrza/Rs9W35bv0t/i3/LVBpUWlSaVNpVGlVaVZpV2lYaVlpWmlbaVxpXWleaV9pggCDAIQAhQCGAIcAiACJAMB1z3aAiYGKgouFjIaNcJ1xnXaed554n3mfeqB7oHyhfaGzorqju6O8pL6lw6LMpNqm26blauqn66fsbvOi+Kj5qPqp+6n8pCawKrErsk6zhAhiumO7ZLxlvWa+bb9uwG/BcMJ+w3/Dfc+N0JTRq9Ks063UsNWx1rLXxNjF2cbaBwgJCgsMBgYGBgYGBgYGBg0GBg4GBgYGBgYGBg8QERIGEwYGBgYGBgYGBgYUFQYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBhYXBgYGGAYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGGQYGBgYaBgYGBgYGBhsGBgYGBgYGBgYGBhwGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGHQYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGHgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkKysrKysrKysBAFRWVlZWVlZWVgAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAKysrKysrKwcrK1tWVlZWVlZWSlZWBTFQMVAxUDFQMVAxUDFQMVAkUHkxUDFQMThQMVAxUDFQMVAxUDFQMVBOMQJODQ1OA04AJG4ATjEmblFOJFBOORSBGx0dUzFQMVANMVAxUDFQG1MkUDECXHtce1x7XHtcexR5XHtce1wtK0kDSAN4XHsUAJYKASsoBgYAKgYqKisHu7UrHgArBysrKwErKysrKysrKysrKysrKysrKysrKysrKysrKysrKysrKwErKysrKysrKysrKysrKysrKysrKysrKyorKysrKysrKysrKysrzUbNKwAlKwcBBgFVVlZWVlZVVlYCJIGBgYGBFYGBgQAAKwCy0bLRstGy0QAAzcwBANfX19fXg4GBgYGBgYGBgYGsrKysrKysrKysHAAAAAAAMVAxUDFQMVAxUDECAAAxUDFQMVAxUDFQMVAxUDFQMVBOMVAxUE4xUDFQMVAxUDFQMVAxUDECh6aHpoemh6aHpoemh6aHpiorKysrKysrKysrKysAAABUVlZWVlZWVlZWVlZWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFRWVlZWVlZWVlZWVlYMAAwqKysrKysrKysrKysrKwcqAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKisrKysrKysrKysrKysrKysrKysrKysrKysrVlZsgRUAKysrKysrKysrKysrKysrKysrKysrKysrKysrKysrKysrKysrKysrKysrB2wDQSsrVlZWVlZWVlZWVlZWVlYsVisrKysrKysrKysrKysrKysrKysrKwEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADGwAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYlBiUGJQYlBiUGJQYlBiUGJQYlBiUGJQYlBiUGJQYlBiUGJQYlBiUGJQYlBiUGJQYlVnqeJgYlBiUGJQYlBiUGJQYlBiUGJQYlBiUGJQYlBiUGJQYBKytPVlYsK39WVjkrK1VWVisrT1ZWLCt/VlaBN3Vbe1wrK09WVgKsBAAAOSsrVVZWKytPVlYsKytWVjITgVcAb4F+ydd+LYGBDn45f29XAIGBfhUAfgMrKysrKysrKysrKysHKyQrlysrKysrKysrKyorKysrK1ZWVlZWgIGBgYE5uyorKysrKysrKysrKysrKysrKysrKysrKysrKysrKysrKysrKysrKysrAYGBgYGBgYGBgYGBgYGBgcmsrKysrKysrKysrKysrKzQDQBOMQK0wcHX1yRQMVAxUDFQMVAxUDFQMVAxUDFQMVAxUDFQMVAxUDFQMVDX11PBR9TX19cFKysrKysrKysrKysrBwEAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABOMVAxUDFQMVAxUDFQMVANAAAAAAAkUDFQMVAxUDFQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACsrKysrKysrKysreVx7XHtPe1x7XHtce1x7XHtce1x7XHtce1wtKyt5FFx7XC15KlwnXHtce1x7pAAKtFx7XHtPAyorKysrKysrKysrKysrKysrKysBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAACorKysrKysrKysrKysrKysrKysrKysrKysrKwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACsrKysrKysrBwBIVlZWVlZWVlYCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACsrKysrKysrKysrKytVVlZWVlZWVlZWVlZWDgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkKysrKysrKysrKysHAFZWVlZWVlZWVlZWVgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJCsrKysrKysrKysrKysrKysHAAAAAFZWVlZWVlZWVlZWVlZWVlZWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACorKysrKysrKysrVlZWVlZWVlZWVg4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACorKysrKysrKysrVlZWVlZWVlZWVg4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKysrKysrKysrKytVVlZWVlZWVlZWVg4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABidRb3cAAAAAAAAAAAAAfAAAfwAAAAAAAAAAg46SlwCqAAAAAAAAAAAAALTEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxskAAADbAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADeAAAAAOEAAAAAAAAA5AAAAAAAAAAAAAAA5wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADqAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADtAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIQExQVFhcYGRobHB0eHyAhEBAiIxAkJSYnKCkqKxAsLS4RES8REREREREwMTIzNDU2NxEQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQOBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQORA6Ozw9Pj8QEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQQBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQQRAQQhBDREUQRkdIEEkQEEpLTE1OEE9QUVJTVFVWV1hZWlsQXF1eXxAQEBBgEBAQEBAQEBAQEBAQEBAQYRAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQYmMQEGRlEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEGYQEBAQEBAQEBAQEBAQEBAQEBAQZ2hpahAQa2wREW0QEBAQEBBubxAQEBAQcHEQEHJzdBB1dncRERF4eXp7fBAQEBAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD//////////////////////////////////////////wAAAAD+/wD8AQAA+AEAAHgAAAAA//vf+wAAgAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPAD8/+Cv/////////////9///////yBAsAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAD8AwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD8AAAAAADm/v///wBASQAAAAAAGAD//wDYAAAAAAAAAAEAPAAAAAAAAAAAAAAAABDgAR4AYP+/AAAAAAAA/wcAAAAAAAAAAAAAAAAAAAAAAAAA+M/jAAAAAwAg/38AAABOAAAAAAAAAAAAAAAAAAAIAAf8AAAAAAAAAAAAEAAgHgAwAAEAAAAAAAAAABAAIAAAAAD8bwAAAAAAAAAQACAAAAAAQAAAAAAAAAAAEAAgAAAAAAPgAAAAAAAAABAAIAAAAAD9AAAAAAAAAAAAACAAAAAA/wcQAAAAAAAAAAAgAAAAAID/EAAAAAAAABAAIAAAAAAAAAAAAAAAAAAYAKAAfwAA/wMAAAAAAAAAAAAEAAAAABAAAAAAAACAAIDA3wAMAAAAAAAAAAAAAAAEAB8AAAAAAAD+////APz//wAAAAAAAAAA/AAAAAAAAMD/3/8HAAAAAAAAAAAAAIAGAPwAAAAAAAAAAADAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAADg////HwAA/wMAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAABAAAYAAAAAAAAAAAAOAAAAAAQAAAAcAAAAAAAAAAAAAAAAAAAADAAAP5/LwAA/wP/fwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOMQAAAAAAAAAAAAAAAAAAAAAAAMT/////AAAAwAAAAAAAAAAAAQDgnwAAAAB/P/9/AAAAAAAAAAAAAAAAAAAQABAAAPz///8fAAAAAAAMAAAAAAAAQAAM8AAAAAAAAID4AAAAAAAAAMAAAAAAAAAAAP8A////IZADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/////38A4PsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAD4ADgAOAAYID4/////P//////f9//8X//fwAA/////wAA/////wEAewPQwa9CAAwfvP//AAAAAAAO////////////////////////fwAAAP8HAAD/////////////PwAAAAAAAPz/////////////////////z////z//////////////////AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOCHA/4AAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAP//////f/////8AAAAAAAD////7/////////////w8A//////////////////////////////////8/AAAA/w8e////AfzB4AAAAAAAAAAAAAAAHgEAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAP//AAAAAP////8PAAAA////f/////////////////////////////////////8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD//////////wAAAAAAAAAAAAAAAAAAAAAAAP///////38AAAAAAADAAOAAAAAAAAAAAAAAAIAPcAAAAAAAAAAAAAAAAAAA/wD//38AAwAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAEAAAAAAD/8DAAAAAAAA8AAAAAAAAAAAABDAAAD//wMXAAAAAAD4AAAAAAiAAAAAAAAAAAAAAAgA/z8AwAAAAAAAAAAAAAAAAAAAAPAAAIADAAAAAAAAAIACAADAAABDAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAOAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgAAAAAAAAAAAAAAAAAAAAD8/wMAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADD///8D////////9/9/DwAAAAAAAAAAAAAAAAAAAAAAgP7/APwBAAD4AQAA+D8AAAAAAAAAAAAAAAAAAAB/fwAwh///////j/8AAAAAAADg//9//w8BAAAAAAD//////z8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA////DwAAAAAPAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgP8AAID/AAAAAID/AAAAAAAAAAAA+AAAwI8AAACAAAAAAAAAAAAAAAAAAAAAMP///P//////AAAAAAAAAIf/Af8BAAAA4AAAAOAAAAAAAAEAAGD4fwAAAAAAAAAA/gAAAP8AAAD/AAAAHgD+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD8AAAAAAAAAAAAAAAA////fwAAAAAAAAAAAAAAAAAAAAAAAADgfwAAAMD//wMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwD/8/z8AAIADAAAAAAAA/gMgAAAAAAAAAAAAAAAAGAAPAAAAAAA4AAAAAAAAAAAA4T8A6P7/HwAAAAAAAABgPwAAAAAAAAAAAAAAAAACAAAAAAAAAAYAAAAAAAAAAAAYACAAAMAfHwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABE+ABoAAAAAAAAAAAAAAAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAID///8AAAAAAAAAAAAAAACADgAAAP8fAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAIAPwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADgAAAAAAAAAAAAAAAAAAAAAAAAAAAPwHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAGID/AAAAAAAAAAAAAN8HAAAAAAAAAAAAAAAAAAAAAAAAgD4AAPz/HwMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD///////8DgAAAAAAAAAAAAAAAAAAAHwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/wEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAA/AAAAAAAAAP//MAAA+AMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAP///wcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwDwAAAAAAAAAAAAAA////////////////////////////////////////PwD/////f/7//////////////////////////////wEAAP//////////PwAAAAAAAAAAAAAAAAAAAAAAAAD//w8A/////////////38A////AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAIAAAACAAAIAAAACAAAIAAAACAAAAAAgAAAAIAAAgAAAAAAAAA//////////////////////8PAPj+/wAAAAAAAAAAAAAAAAAAAAB/AACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8ACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgP9/AAAAAAAAAAAAAAAAAHAHAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/v////////8fAAAAAAAAAAAA/v///////z8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAP//////D////////////////w8A/3/+//7//v///z8A/x//////AAAA/AAAABwAAAD8////HwAAAAAAAMD///8HAP//////D/8BAwA/AAAAAAAAAAAAAAAAAAAAAAAAAP//////////////////////////////////PwD/H/8H//////////////////8PAP//////////////Af8PAAD/D/////////8A/wP//////wD///8/AAAAAAAAAAAAAP/v////////////////e/z/////58f////n/////////////////////w8A/z8PBwcAPwAAAAAAAAAAAAAAAAAQAAAAEQAAABIAAAATAAAAAAAAABYAAAAAAAAAFwAAAAAgAAAAAAAABQAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQAAABoAAABEOwAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAP//////////AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiDkAAAAAAAAAKhBzb3VyY2VNYXBwaW5nVVJMGHdlYi10cmVlLXNpdHRlci53YXNtLm1hcA==";
var TERRAFORM_WASM_BASE64 = "AGFzbQEAAAAAEQhkeWxpbmsuMAEG8PYEBAYAATAJYAF/AGACf38AYAJ/fwF/YAF/AX9gA39/fwF/YAAAYAABf2AEf39/fwBgA39/fwAC3AENA2VudgZjYWxsb2MAAgNlbnYGbWVtY3B5AAQDZW52BGZyZWUAAANlbnYHcmVhbGxvYwACA2VudgZtZW1zZXQABANlbnYNX19hc3NlcnRfZmFpbAAHA2Vudghpc3dzcGFjZQADA2Vudghpc3dhbG51bQADA2Vudglpc3d4ZGlnaXQAAwNlbnYNX19tZW1vcnlfYmFzZQN/AANlbnYMX190YWJsZV9iYXNlA38AA2VudgZtZW1vcnkCAAIDZW52GV9faW5kaXJlY3RfZnVuY3Rpb25fdGFibGUBcAAGAwsKBQUGAggEAAYCAgdIAxFfX3dhc21fY2FsbF9jdG9ycwAJGF9fd2FzbV9hcHBseV9kYXRhX3JlbG9jcwAKFXRyZWVfc2l0dGVyX3RlcnJhZm9ybQAQCQwBACMBCwYRCw8ODA0KtFgKAwABC4oSAQF/IwBB+PEEaiMAQYDHA2o2AgAjAEH88QRqIwBBkApqNgIAIwBBgPIEaiMAQeCLA2o2AgAjAEGE8gRqIwBB8MoDajYCACMAQYjyBGojAEGA8wRqIgA2AgAjAEGM8gRqIwBB5PYEajYCACMAQZDyBGojAEHwoANqNgIAIwBBlPIEaiMAQfigA2o2AgAjAEGY8gRqIwBBgKEDajYCACMAQZzyBGojAEHwowNqNgIAIwBBoPIEaiMAQeKlA2o2AgAjAEGk8gRqIwBB8KUDajYCACMAQajyBGojAEGgpgNqNgIAIwBBrPIEaiMBNgIAIwBBuPIEaiMAQcC7A2o2AgAjAEG88gRqIwBBoLwDajYCACMAQcDyBGojAUEBajYCACMAQcTyBGojAUECajYCACMAQcjyBGojAUEDajYCACMAQczyBGojAUEEajYCACMAQdDyBGojAUEFajYCACMAQdTyBGojAEGwvANqNgIAIAAjAEGJCGo2AgAjAEGE8wRqIwBBvwhqNgIAIwBBiPMEaiMAQQVqNgIAIwBBjPMEaiMANgIAIwBBkPMEaiMAQckDajYCACMAQZTzBGojAEGDCmo2AgAjAEGY8wRqIwBBgQpqNgIAIwBBnPMEaiMAQd8JajYCACMAQaDzBGojAEHGCGo2AgAjAEGk8wRqIwBB8wVqNgIAIwBBqPMEaiMAQccGajYCACMAQazzBGojAEHfAWo2AgAjAEGw8wRqIwBB+glqNgIAIwBBtPMEaiMAQaIIajYCACMAQbjzBGojAEGgCGo2AgAjAEG88wRqIwBBxAhqNgIAIwBBwPMEaiMAQfQJajYCACMAQcTzBGojAEHLCWo2AgAjAEHI8wRqIwBB/glqNgIAIwBBzPMEaiMAQZ4IajYCACMAQdDzBGojAEGyCGo2AgAjAEHU8wRqIwBBsANqNgIAIwBB2PMEaiMAQccEajYCACMAQdzzBGojAEHRBWo2AgAjAEHg8wRqIwBBygJqNgIAIwBB5PMEaiMAQbAIajYCACMAQejzBGojAEH4CWo2AgAjAEHs8wRqIwBBigpqNgIAIwBB8PMEaiMAQf8JajYCACMAQfTzBGojAEHyCWo2AgAjAEH48wRqIwBBiApqNgIAIwBB/PMEaiMAQfwJajYCACMAQYD0BGojAEGzCGo2AgAjAEGE9ARqIwBBtQhqNgIAIwBBiPQEaiMAQcIIajYCACMAQYz0BGojAEG7CGo2AgAjAEGQ9ARqIwBBuAhqNgIAIwBBlPQEaiMAQb4IajYCACMAQZj0BGojAEGFCmo2AgAjAEGc9ARqIwBBAmo2AgAjAEGg9ARqIwBBwQhqNgIAIwBBpPQEaiMAQfYJajYCACMAQaj0BGojAEG0A2o2AgAjAEGs9ARqIwBBoANqNgIAIwBBsPQEaiMAQcIGajYCACMAQbT0BGojAEHCBWo2AgAjAEG49ARqIwBBzgFqNgIAIwBBvPQEaiMAQd8GajYCACMAQcD0BGojAEGeAWo2AgAjAEHE9ARqIwBB7wdqNgIAIwBByPQEaiMAQZUFajYCACMAQcz0BGojAEHHAGo2AgAjAEHQ9ARqIwBBkAdqNgIAIwBB1PQEaiMAQYUBajYCACMAQdj0BGojAEHYB2o2AgAjAEHc9ARqIwBBwQNqNgIAIwBB4PQEaiMAQdMGajYCACMAQeT0BGojAEELajYCACMAQej0BGojAEGXBmo2AgAjAEHs9ARqIwBBrQVqNgIAIwBB8PQEaiMAQfkAajYCACMAQfT0BGojAEG+B2o2AgAjAEH49ARqIwBBvARqNgIAIwBB/PQEaiMAQc8EajYCACMAQYD1BGojAEGJBmo2AgAjAEGE9QRqIwBB8wFqNgIAIwBBiPUEaiMAQdYBajYCACMAQYz1BGojAEHoAWo2AgAjAEGQ9QRqIwBB+AVqNgIAIwBBlPUEaiMAQZcIajYCACMAQZj1BGojAEHNBmo2AgAjAEGc9QRqIwBBtAFqNgIAIwBBoPUEaiMAQYMIajYCACMAQaT1BGojAEG9Amo2AgAjAEGo9QRqIwBB/wFqNgIAIwBBrPUEaiMAQSdqNgIAIwBBsPUEaiMAQfQGajYCACMAQbT1BGojAEGvAmo2AgAjAEG49QRqIwBB2gRqNgIAIwBBvPUEaiMAQSFqNgIAIwBBwPUEaiMAQR1qNgIAIwBBxPUEaiMAQRBqNgIAIwBByPUEaiMAQdMCajYCACMAQcz1BGojAEGWAmo2AgAjAEHQ9QRqIwBBhgJqNgIAIwBB1PUEaiMAQZECajYCACMAQdj1BGojAEHsAmo2AgAjAEHc9QRqIwBBgwNqNgIAIwBB4PUEaiMAQdwCajYCACMAQeT1BGojAEHUA2o2AgAjAEHo9QRqIwBB6wZqNgIAIwBB7PUEaiMAQZIDajYCACMAQfD1BGojAEHmBGo2AgAjAEH09QRqIwBB5ABqNgIAIwBB+PUEaiMAQasHajYCACMAQfz1BGojAEGcAmo2AgAjAEGA9gRqIwBBiQVqNgIAIwBBhPYEaiMAQZsEajYCACMAQYj2BGojAEGEBGo2AgAjAEGM9gRqIwBBlARqNgIAIwBBkPYEaiMAQfUCajYCACMAQZT2BGojAEGhBmo2AgAjAEGY9gRqIwBBsQZqNgIAIwBBnPYEaiMAQcABajYCACMAQaD2BGojAEG4Bmo2AgAjAEGk9gRqIwBB+ARqNgIAIwBBqPYEaiMAQaUEajYCACMAQaz2BGojAEHgBWo2AgAjAEGw9gRqIwBBpwNqNgIAIwBBtPYEaiMAQTRqNgIAIwBBuPYEaiMAQf8GajYCACMAQbz2BGojAEHIBWo2AgAjAEHA9gRqIwBB3gNqNgIAIwBBxPYEaiMAQfADajYCACMAQcj2BGojAEHIB2o2AgAjAEHM9gRqIwBB2QhqNgIAIwBB0PYEaiMAQb0JajYCACMAQdT2BGojAEGPCWo2AgAjAEHY9gRqIwBB+QhqNgIAIwBB3PYEaiMAQeYIajYCACMAQeD2BGojAEGkCWo2AgAjAEHo9gRqIwBBB2o2AgAjAEHs9gRqIwBB9ARqNgIACxcBAX9BAUEMEAAiAEEBQRAQADYCCCAAC58BAQV/AkAgACgCACICQf8ASw0AIAEgAjYAACAAKAIARQRAQQQPC0EEIQMDQCAAKAIIIARBBHRqIgIoAggiBkH/AEsNASAGIANBCGoiBWpB/wdLDQEgASADaiIDIAIoAgA2AAAgAyACKAIINgAEIAEgBWogAigCDCACKAIIEAEaIAIoAgggBWohAyAEQQFqIgQgACgCAEkNAAsgAw8LQQAL1AMBCn8gACgCACIGBEAgACgCCCEDA0AgAyAEQQR0IgVqKAIMIgcEQCAHEAIgACgCACEGIAAoAgghAwsgAyAFakEANgIMIARBAWoiBCAGSQ0ACwsgAEEANgIAAkAgAkUNAAJAIAEoAAAiC0UEQEEEIQQMAQtBBCEEAkADQAJAIARBCGohA0EBQREQACEIIAEgBGoiBCgAACEMAn8gBCgABCIFRQRAQRAhByADDAELQRAhByAFQRFPBEAgCCAFQQFqIgQQAyIIRQ0CIAhBACAEEAQaIAUhBwsgCCABIANqIAUQARogAyAFagshBCAAKAIIIQMgACgCBCIJIAAoAgAiBkYEQCADQRAgCUEBdCIDIANBEE0bQQR0EAMiA0UNAyAAIAM2AgggAEEQIAAoAgAiBkEBdCIJIAlBEE0bNgIECyAAIAZBAWo2AgAgAyAGQQR0aiIDIAg2AgwgAyAFNgIIIAMgBzYCBCADIAw2AgAgCyAKQQFqIgpHDQEMAwsLIwAiAEGkCGogAEGNCGpBrAEgAEHUBWoQBQALIwAiAEGkCGogAEGNCGpBsQEgAEHUBWoQBQALIAIgBEYNACMAIgBBswVqIABBjQhqQbMBIABB1AVqEAUACwv/EQEGfyABKAIAEAYEQANAIAEoAgAhAyABQQEgASgCCBEBACADQQpGIARyIQQgASgCABAGDQALCwJAIAEoAgAiBUUNAAJAAkAgAi0AAEEBRw0AAkAgACgCACIDBEAgBUEiRw0CIAAoAggiBiADQQR0akEQaygCAEECRw0BDAILIAVBIkcNASAAKAIIIQYLQQFBERAAIQICQCADIAAoAgRGBEAgBiADQQV0QYACIANB+P///wdxGxADIgZFDQEgACAGNgIIIABBECAAKAIAIgNBAXQiBCAEQRBNGzYCBAsgACADQQFqNgIAIAYgA0EEdGoiACACNgIMQQAhBCAAQQA2AgggAEKCgICAgAI3AgAgAUEAIAEoAggRAQAMAgsjACIAQaQIaiAAQY0IakH7ASAAQcoEahAFAAsCQCACLQABQQFHDQAgACgCACIDRSAFQSJHcg0AIAAoAggiBiADQQR0aiIIQRBrKAIAQQJHDQAgCEEEaygCACICBEAgAhACIAAoAgghBiAAKAIAIQMLIAYgA0EEdGpBBGtBADYCACAAIANBAWs2AgAgAUEAIAEoAggRAQBBASEEDAELAkAgAi0AA0EBRw0AIAItAAJBAUcNAAJAIAAoAgAiAwRAIAVBJEcNAiAAKAIIIANBBHRqQRBrKAIADQEMAgsgBUEkRw0BCyABQQAgASgCCBEBAEECIQQCQCABKAIAIgJBJEcEQCACQfsARw0DQQFBERAAIQUgACgCCCEEIAAoAgQiAiAAKAIAIgNGBEAgBCACQQV0QYACIAJB+P///wdxGxADIgRFDQIgACAENgIIIABBECAAKAIAIgNBAXQiAiACQRBNGzYCBAsgACADQQFqNgIAIAQgA0EEdGoiACAFNgIMIABBADYCCCAAQoCAgICAAjcCACABQQAgASgCCBEBAEEDIQQMAwsgAUEAIAEoAggRAQAgASgCAEH7AEcNAiABQQAgASgCCBEBAAwCCyMAIgBBpAhqIABBjQhqQYsCIABBygRqEAUACwJAIAItAARBAUcNACAAKAIAIgNFIAVB/QBHcg0AIAAoAggiBiADQQR0aiIIQRBrKAIADQBBBCEEIAhBBGsoAgAiAgRAIAIQAiAAKAIIIQYgACgCACEDCyAGIANBBHRqQQRrQQA2AgAgACADQQFrNgIAIAFBACABKAIIEQEADAELAkAgAi0ABUEBRw0AIAItAAJBAUcNAAJAIAAoAgAiAwRAIAVBJUcNAiAAKAIIIANBBHRqQRBrKAIAQQFHDQEMAgsgBUElRw0BCyABQQAgASgCCBEBAEECIQQCQCABKAIAIgJBJUcEQCACQfsARw0DQQFBERAAIQUgACgCCCEEIAAoAgQiAiAAKAIAIgNGBEAgBCACQQV0QYACIAJB+P///wdxGxADIgRFDQIgACAENgIIIABBECAAKAIAIgNBAXQiAiACQRBNGzYCBAsgACADQQFqNgIAIAQgA0EEdGoiACAFNgIMIABBADYCCCAAQoGAgICAAjcCACABQQAgASgCCBEBAEEFIQQMAwsgAUEAIAEoAggRAQAgASgCAEH7AEcNAiABQQAgASgCCBEBAAwCCyMAIgBBpAhqIABBjQhqQaUCIABBygRqEAUACwJAIAItAAZBAUcNACAAKAIAIgNFIAVB/QBHcg0AIAAoAggiBiADQQR0aiIIQRBrKAIAQQFHDQAgCEEEaygCACICBEAgAhACIAAoAgghBiAAKAIAIQMLIAYgA0EEdGpBBGtBADYCACAAIANBAWs2AgAgAUEAIAEoAggRAQBBBiEEDAELAkACQAJAAkAgAi0AB0EBRw0AAkAgACgCACIDBEAgACgCCCADQQR0aiIDQRBrKAIAQQNGDQELQQFBERAAIQNBACEEQRAhAgNAAkACQCAFEAcNACABKAIAIgVB3wBGDQAgBUEtRw0BCyACIARGBEAgA0EQIARBAXQiAiACQRBNGyICQQFyIgUQAyIDRQ0FIAMgBGpBACAFIARrEAQaCyADIARqIAEoAgA6AAAgAUEAIAEoAggRAQAgBEEBaiEEIAEoAgAhBQwBCwsgACgCCCEFIAAoAgQiBiAAKAIAIgdGBEAgBSAGQQV0QYACIAZB+P///wdxGxADIgVFDQQgACAFNgIIIABBECAAKAIAIgdBAXQiBiAGQRBNGzYCBAsgACAHQQFqNgIAIAUgB0EEdGoiACADNgIMIAAgBDYCCCAAIAI2AgQgAEEDNgIAQQchBAwFCyAEQQFxRQ0AIANBCGsoAgAiAgRAIANBBGsoAgAhA0EAIQQDQCABKAIAIAMgBGosAABHDQUgAUEAIAEoAggRAQAgBEEBaiIEIAJHDQALCyABIAEoAgwRAAACQAJAIAEoAgAQBgRAA0AgASgCAEEKRg0CIAFBACABKAIIEQEAIAEoAgAQBg0ACwsgASgCAEEKRw0BCyAAKAIIIgMgACgCACIEQQR0akEEaygCACICBEAgAhACIAAoAgghAyAAKAIAIQQLIAMgBEEEdGpBBGtBADYCACAAIARBAWs2AgBBByEEDAULIAFBACABKAIIEQEAIAEgASgCDBEAAAwDCyACLQACQQFHDQQgACgCACICRQ0EIAVB3ABHIAAoAgggAkEEdGpBEGsoAgAiAEECR3JFBEBBACEEIAFBACABKAIIEQEAAkACQAJAAkAgASgCACIAQe0ATARAIABBIkYNAiAAQdUARw0BDAQLIABB7gBrDggBCQkJAQkBAgkLIABB3ABHDQgLIAFBACABKAIIEQEADAULA0AgAUEAIAEoAggRAQAgASgCABAIRQ0HIARBAWoiBEEERw0ACyABQQAgASgCCBEBAAwECwNAIAFBACABKAIIEQEAIAEoAgAQCEUNBiAEQQFqIgRBCEcNAAsgAUEAIAEoAggRAQAMAwtBAiEEIABBfnFBAkcNBCABQQAgASgCCBEBAAwDCyMAIgBBpAhqIABBjQhqQbwCIABBygRqEAUACyMAIgBBpAhqIABBjQhqQcICIABBygRqEAUAC0ECIQQLIAEgBDsBBEEBIQcLIAcLZwEFfyAAKAIIIQECQAJAIAAoAgAiAwRAA0AgASACQQR0IgRqKAIMIgUEQCAFEAIgACgCACEDIAAoAgghAQsgASAEakEANgIMIAJBAWoiAiADSQ0ACwwBCyABRQ0BCyABEAILIAAQAgsJACMAQdDxBGoLri0BCX8DQCAAKAIAIQJBAiEGIAAgACgCGBEDACEIQQAhA0EAIQdBACEEAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAUH//wNxDnQAAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAhIiMkJSYnKCkqc3QrdS0uLzAxMjM0NTY3ODk6Ozw9Pj9AQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVpbXF1eX2BhYmNlZmdoaWprbG1ub3BxcpQBC0EAIQEgCA2aAQNAIAIgAUEBdCIEIwBB8JEEamovAQBGDXcgAUE2SSEEIAFBAmohASAEDQALQfMAIQEgAkEgRiACQQlrQQVJcg2bASACQTBrQQpPDZIBDJkBCwNAIAIgA0EBdCIBIwBB4JIEamovAQBGDXcgA0EySSEBIANBAmohAyABDQALQfMAIQEgAkEgRiACQQlrQQVJcg2aASACQTFrQQlJDZgBIwBB0JMEaiACEBJFDZEBDJcBCwNAIAIgB0EBdCIBIwBBgL4EamovAQBGDXcgB0EkSSEBIAdBAmohByABDQALQfMAIQEgAkEJa0EFSQ2ZASAFIQQgAkEgRw2RAQyZAQsDQCACIARBAXQiASMAQdC+BGpqLwEARg13IARBIEkhASAEQQJqIQQgAQ0AC0HzACEBIAJBIEYgAkEJa0EFSXINmAEgAkExa0EJSQ2WASMAQdCTBGogAhASDZUBDI8BC0GmBSEDAkACQAJAAkAgAkEfTARAIAJBCWtBBUkNAQwECyACQTxKDQFB8gAhASACQSBrDgQAAwObAQILQfMAIQEMmgELIAJBPUcEQCACQfsARw0CQS4hAQyaAQtBLCEBDJkBCyACQS9GDZQBCwNAIwBB0JMEaiIJIANBAXYiBiAEaiIIQQN0aiIKKAIEIQdBPCEBIAIgB0wgAiAKKAIATnENmAEgCCAEIAIgB0obIQQgAyAGayIDQQFLDQALIARBA3QgCWoiAygCACACSg2OASAFIQQgAygCBCACSA2PAQyXAQsgAkEmRw2NAUHpACEBDJYBCyACQSpGDZABIAJBL0cNjAEMjwELIAJBKkYNjQEgAkEvRg1zDIoBCyACQSpGDYwBDIkBCyACQS5HDYkBQdkAIQEMkgELIAJBOkYNjgEMiAELIAJBPEcNhwFB6wAhAQyQAQsgAkE9Rw2GAQyEAQsgAkE9Rw2FAUHnACEBDI4BC0HnACEBIAUhBCACQT1rDgKNAR2FAQsgAkHdAEcNgwFB0wAhAQyMAQsgAkHhAEYEQEEcIQEMjAELIAJB7wBHDYIBQR4hAQyLAQsgAkHkAEcNgQFBFyEBDIoBCyACQeUARw2AAUHvACEBDIkBCyACQeUARw1/QcQAIQEMiAELIAJB5QBHDX5BxgAhAQyHAQsgAkHmAEcNfQx6CyACQeYARg15IAJB7gBHDXxB1wAhAQyFAQtBHSEBIAUhBAJAIAJB5gBrDgSFAX19AH0LQRghAQyEAQsgAkHmAEcNekHwACEBDIMBC0EhIQEgBSEEAkAgAkHsAGsOA4MBewB7C0ERIQEMggELIAJB7ABHDXhByAAhAQyBAQsgAkHsAEcNd0EaIQEMgAELIAJB7ABHDXZBIiEBDH8LIAJB7wBHDXVBHyEBDH4LIAJB8gBHDXRB1QAhAQx9CyACQfIARw1zQe4AIQEMfAsgAkHyAEcNckEkIQEMewsgAkHzAEcNcUESIQEMegsgAkHzAEcNcEEUIQEMeQsgAkH1AEcNb0EbIQEMeAsgAkH1AEcNbkETIQEMdwsgAkH8AEcNbUHqACEBDHYLQSghAQJAIAJBK2sOA3YAdgALIAJBMGtBCk8NbAxoCyACQTBrQQpPDWsMZgsgAkEwa0EKSQ1mDGoLQcMAIQEgAkEwa0EKSSACQcEAa0EaSXINciAFIQQgAkHhAGtBGk8NagxyC0EAIQEgCA1wA0AgAiABQQF0IgQjAEGgvwRqai8BAEYNUiABQSxJIQQgAUECaiEBIAQNAAtB8wAhASACQSBGIAJBCWtBBUlyDXEgAkEwa0EKSQ1iIwBB0JMEaiACEBINbgxoC0EBIQUgAEEBOwEEIAAgACgCDBEAAEHnACEBQQEhBCACQT1rDgJwAGgLQdQAIQEMbwtBAyEGDEcLIABBBDsBBCAAIAAoAgwRAABBASEFIAJBOkYNXSACQe8ARg1OIAJB4QBGDU9BmgYhBwNAIwBBgMAEaiIJIAdBAXYiBiADaiIIQQN0aiIKKAIEIQRBPCEBIAIgBEwgAiAKKAIATnENbiAIIAMgAiAEShshA0EBIQQgByAGayIHQQFLDQALIANBA3QgCWoiAygCACACSg1lIAMoAgQgAkgNZQxtCyAAQQQ7AQQgACAAKAIMEQAAQQEhBSACQTpGDVwgAkHhAEYNTkGaBiEHA0AjAEGAwARqIgkgB0EBdiIGIANqIghBA3RqIgooAgQhBEE8IQEgAiAETCACIAooAgBOcQ1tIAggAyACIARKGyEDQQEhBCAHIAZrIgdBAUsNAAsgA0EDdCAJaiIDKAIAIAJKDWQgAygCBCACSA1kDGwLIABBBDsBBCAAIAAoAgwRAABBASEFIAJBOkYNWyACQeUARg1OQZoGIQcDQCMAQYDABGoiCSAHQQF2IgYgA2oiCEEDdGoiCigCBCEEQTwhASACIARMIAIgCigCAE5xDWwgCCADIAIgBEobIQNBASEEIAcgBmsiB0EBSw0ACyADQQN0IAlqIgMoAgAgAkoNYyADKAIEIAJIDWMMawsgAEEEOwEEIAAgACgCDBEAAEEBIQUgAkE6Rg1aIAJB5QBGDU5BmgYhBwNAIwBBgMAEaiIJIAdBAXYiBiADaiIIQQN0aiIKKAIEIQRBPCEBIAIgBEwgAiAKKAIATnENayAIIAMgAiAEShshA0EBIQQgByAGayIHQQFLDQALIANBA3QgCWoiAygCACACSg1iIAMoAgQgAkgNYgxqCyAAQQQ7AQQgACAAKAIMEQAAQQEhBSACQTpGDVkgAkHsAEYNTkGaBiEHA0AjAEGAwARqIgkgB0EBdiIGIANqIghBA3RqIgooAgQhBEE8IQEgAiAETCACIAooAgBOcQ1qIAggAyACIARKGyEDQQEhBCAHIAZrIgdBAUsNAAsgA0EDdCAJaiIDKAIAIAJKDWEgAygCBCACSA1hDGkLIABBBDsBBCAAIAAoAgwRAABBASEFIAJBOkYNWCACQewARg1OQZoGIQcDQCMAQYDABGoiCSAHQQF2IgYgA2oiCEEDdGoiCigCBCEEQTwhASACIARMIAIgCigCAE5xDWkgCCADIAIgBEobIQNBASEEIAcgBmsiB0EBSw0ACyADQQN0IAlqIgMoAgAgAkoNYCADKAIEIAJIDWAMaAsgAEEEOwEEIAAgACgCDBEAAEEBIQUgAkE6Rg1XIAJB7ABGDU5BmgYhBwNAIwBBgMAEaiIJIAdBAXYiBiADaiIIQQN0aiIKKAIEIQRBPCEBIAIgBEwgAiAKKAIATnENaCAIIAMgAiAEShshA0EBIQQgByAGayIHQQFLDQALIANBA3QgCWoiAygCACACSg1fIAMoAgQgAkgNXwxnCyAAQQQ7AQQgACAAKAIMEQAAQQEhBSACQTpGDVYgAkHyAEYNTkGaBiEHA0AjAEGAwARqIgkgB0EBdiIGIANqIghBA3RqIgooAgQhBEE8IQEgAiAETCACIAooAgBOcQ1nIAggAyACIARKGyEDQQEhBCAHIAZrIgdBAUsNAAsgA0EDdCAJaiIDKAIAIAJKDV4gAygCBCACSA1eDGYLIABBBDsBBCAAIAAoAgwRAABBASEFIAJBOkYNVSACQfIARg1OQZoGIQcDQCMAQYDABGoiCSAHQQF2IgYgA2oiCEEDdGoiCigCBCEEQTwhASACIARMIAIgCigCAE5xDWYgCCADIAIgBEobIQNBASEEIAcgBmsiB0EBSw0ACyADQQN0IAlqIgMoAgAgAkoNXSADKAIEIAJIDV0MZQsgAEEEOwEEIAAgACgCDBEAAEEBIQUgAkE6Rg1UIAJB8wBGDU5BmgYhBwNAIwBBgMAEaiIJIAdBAXYiBiADaiIIQQN0aiIKKAIEIQRBPCEBIAIgBEwgAiAKKAIATnENZSAIIAMgAiAEShshA0EBIQQgByAGayIHQQFLDQALIANBA3QgCWoiAygCACACSg1cIAMoAgQgAkgNXAxkCyAAQQQ7AQQgACAAKAIMEQAAQQEhBSACQTpGDVMgAkH1AEYNTkGaBiEHA0AjAEGAwARqIgkgB0EBdiIGIANqIghBA3RqIgooAgQhBEE8IQEgAiAETCACIAooAgBOcQ1kIAggAyACIARKGyEDQQEhBCAHIAZrIgdBAUsNAAsgA0EDdCAJaiIDKAIAIAJKDVsgAygCBCACSA1bDGMLIABBBDsBBCAAIAAoAgwRAABBASEFIAJBOkYNUiACQfUARg1OQZoGIQcDQCMAQYDABGoiCSAHQQF2IgYgA2oiCEEDdGoiCigCBCEEQTwhASACIARMIAIgCigCAE5xDWMgCCADIAIgBEobIQNBASEEIAcgBmsiB0EBSw0ACyADQQN0IAlqIgMoAgAgAkoNWiADKAIEIAJIDVoMYgsgAEEEOwEEIAAgACgCDBEAACACQTpGDU9BmgYhBwNAQQEhBSMAQYDABGoiCSAHQQF2IgYgA2oiCEEDdGoiCigCBCEEQTwhASACIARMIAIgCigCAE5xDWIgCCADIAIgBEobIQNBASEEIAcgBmsiB0EBSw0ACyADQQN0IAlqIgMoAgAgAkoNWSADKAIEIAJIDVkMYQtBBSEGDDkLQQYhBgw4CyAAQQc7AQQgACAAKAIMEQAAQQEhBSACQS5GDU0gAkH4AEYEQEEpIQEMXwsgAkEwa0EKSQ1cDDgLIABBBzsBBCAAIAAoAgwRAAAgAkEuRgRAQQEhBQxNC0EBIQUgAkEwa0EKSQ1bDDcLIABBBzsBBCAAIAAoAgwRAAAgAkFfcUHFAEYEQEEBIQVBJiEBDF0LQQEhBSACQTBrQQpJDU4MNgsgAEEHOwEEIAAgACgCDBEAAEEBIQUgAkEwa0EKSQ1ODDULIABBCDsBBCAAIAAoAgwRAABBASEFQcMAIQEgAkEwa0EKSSACQcEAa0EaSXINWkEBIQQgAkHhAGtBGk8NUgxaC0EJIQYMMgsgAEEJOwEEIAAgACgCDBEAACACQTpGDUZBmgYhBwNAQQEhBSMAQYDABGoiCSAHQQF2IgYgA2oiCEEDdGoiCigCBCEEQTwhASACIARMIAIgCigCAE5xDVkgCCADIAIgBEobIQNBASEEIAcgBmsiB0EBSw0ACyADQQN0IAlqIgMoAgAgAkoNUCADKAIEIAJIDVAMWAtBCiEGDDALQQohASAAQQo7AQQgACAAKAIMEQAAIAJBOkYNQ0GaBiEHA0BBASEFIwBBgMAEaiIJIAdBAXYiBiADaiIIQQN0aiIKKAIEIQRBPCEBIAIgBEwgAiAKKAIATnENVyAIIAMgAiAEShshA0EBIQQgByAGayIHQQFLDQALIANBA3QgCWoiAygCACACSg1OIAMoAgQgAkgNTgxWC0ELIQYMLgsgAEELOwEEIAAgACgCDBEAACACQTpGDUJBmgYhBwNAQQEhBSMAQYDABGoiCSAHQQF2IgYgA2oiCEEDdGoiCigCBCEEQTwhASACIARMIAIgCigCAE5xDVUgCCADIAIgBEobIQNBASEEIAcgBmsiB0EBSw0ACyADQQN0IAlqIgMoAgAgAkoNTCADKAIEIAJIDUwMVAtBDCEGDCwLQQ0hBgwrCyAAQQ07AQQgACAAKAIMEQAAQQEhBSACQSpHDStBDyEBDFELQQ4hBgwpC0EPIQYMKAsgAEEQOwEEIAAgACgCDBEAAEEBIQUgAkEqRw0oQdIAIQEMTgsgAEEQOwEEIAAgACgCDBEAAEHSACEBQQEhBUEBIQQCQCACQSprDgVORkZGAEYLQQkhAQxNCyAAQRE7AQQgACAAKAIMEQAAQQEhBSACQTBrQQpJDT0MJgtBEiEGDCQLQRMhBgwjC0EUIQYMIgtBFSEGDCELIABBFTsBBCAAIAAoAgwRAAAgAkE6Rg01QZoGIQcDQEEBIQUjAEGAwARqIgkgB0EBdiIGIANqIghBA3RqIgooAgQhBEE8IQEgAiAETCACIAooAgBOcQ1IIAggAyACIARKGyEDQQEhBCAHIAZrIgdBAUsNAAsgA0EDdCAJaiIDKAIAIAJKDT8gAygCBCACSA0/DEcLQRYhBgwfC0EXIQYMHgtBGCEGDB0LQRkhBgwcC0EaIQYMGwtBGyEGDBoLIABBGzsBBCAAIAAoAgwRAABBASEFIAJBPUYNNQwaC0EcIQYMGAsgAEEdOwEEIAAgACgCDBEAAEEBIQUgAkEqRg05IAJBL0YNOAwYC0EeIQYMFgtBHyEGDBULIABBIDsBBCAAIAAoAgwRAABBASEFIAJBPUcNFUHjACEBDDsLQSEhBgwTCyAAQSI7AQQgACAAKAIMEQAAQQEhBUHrACEBQQEhBCACQTxrDgI5ATELIABBIjsBBCAAIAAoAgwRAABBASEFIAJBPUcNEgtB5gAhAQw3C0EjIQYMDwtBJCEGDA4LQSUhBgwNC0EmIQYMDAtBJyEGDAsLIABBKDsBBCAAIAAoAgwRAABBASEFIAJBLUcNC0HsACEBDDELQSkhBgwJC0EqIQYMCAtBKyEGDAcLQSwhBgwGC0EtIQYMBQtBLiEGDAQLIABBLjsBBCAAIAAoAgwRAABBASEFIAJFDQQgAkEKRw0kDAQLQS8hBgwCC0EAIQYMAQtBASEGCyAAIAY7AQQgACAAKAIMEQAAC0EBIQQMHQsjACAEakHykQRqLwEAIQEMJAsjACABakHikgRqLwEAIQEMIwsjACABakGCvgRqLwEAIQEMIgsjACABakHSvgRqLwEAIQEMIQtB8QAhAQwgCyMAIARqQaK/BGovAQAhAQwfC0E3IQEMHgtBNCEBDB0LQcUAIQEMHAtBxwAhAQwbC0E5IQEMGgtByQAhAQwZC0E1IQEMGAtB1gAhAQwXC0E6IQEMFgtBMyEBDBULQTIhAQwUC0E2IQEMEwtBASEFDBILQQEhBQwBC0EnIQEMEAtBCiEBDA8LQdEAIQEMDgtBwQAhAQwNC0HCACEBDAwLQdgAIQEMCwtB6AAhAQwKCyACDQQLIAUhBAsgBEEBcQ8LQQchAQwGC0HyACEBDAULQQghAQwEC0EGIQEMAwtBPCEBDAILQcAAIQEMAQtBKyEBCyAAQQAgACgCCBEBAAwACwALcAEGf0GmBSECA0AgACADIAJBAXYiBWoiBkEDdGoiBygCBCEEIAcoAgAgAUogASAESnJFBEBBAQ8LIAYgAyABIARKGyEDIAIgBWsiAkEBSw0ACyABIAAgA0EDdGoiACgCAE4EfyAAKAIEIAFOBUEACwsL+PYEAQAjAAvw9gR9AHx8AHsAa2V5AGJvZHkAbGVnYWN5X2luZGV4AG5ld19pbmRleABvYmplY3Rfc3RhcnQAdGVtcGxhdGVfZm9yX3N0YXJ0AHRlbXBsYXRlX2ludGVycG9sYXRpb25fc3RhcnQAX2Z1bmN0aW9uX2NhbGxfc3RhcnQAYmxvY2tfc3RhcnQAdGVtcGxhdGVfZGlyZWN0aXZlX3N0YXJ0AHF1b3RlZF90ZW1wbGF0ZV9zdGFydAB0dXBsZV9zdGFydABoZXJlZG9jX3N0YXJ0AGNvbW1lbnQAYm9vbF9saXQAbnVsbF9saXQAc3RyaW5nX2xpdABudW1lcmljX2xpdABvYmplY3QAYXR0cl9zcGxhdABmdWxsX3NwbGF0AGZ1bmN0aW9uX2FyZ3VtZW50cwBfb2JqZWN0X2VsZW1zAF90dXBsZV9lbGVtcwBlbGxpcHNpcwBnZXRfYXR0cgBmb3Jfb2JqZWN0X2V4cHIAZm9yX2V4cHIAdGVtcGxhdGVfZXhwcgBmb3JfdHVwbGVfZXhwcgB2YXJpYWJsZV9leHByAGVuZGZvcgB0ZW1wbGF0ZV9mb3IAc3RyaXBfbWFya2VyAGhlcmVkb2NfaWRlbnRpZmllcgBmb3JfaW50cm8AdGVtcGxhdGVfaWZfaW50cm8AdGVtcGxhdGVfZWxzZV9pbnRybwB1bmFyeV9vcGVyYXRpb24AYmluYXJ5X29wZXJhdGlvbgB0ZW1wbGF0ZV9pbnRlcnBvbGF0aW9uAGV4cHJlc3Npb24AaW4Ac2NhbgBfZXhwcl90ZXJtAG9iamVjdF9lbGVtAGZ1bmN0aW9uX2NhbGwAdmFsAHRlbXBsYXRlX2xpdGVyYWwAY29uZGl0aW9uYWwAX3RlbXBsYXRlX2xpdGVyYWxfY2h1bmsAYmxvY2sAc2l6ZSA9PSBsZW5ndGgAZW5kaWYAdGVtcGxhdGVfaWYAZGVzZXJpYWxpemUAdGVtcGxhdGVfZGlyZWN0aXZlAHRydWUAY29sbGVjdGlvbl92YWx1ZQBsaXRlcmFsX3ZhbHVlAGF0dHJpYnV0ZQBxdW90ZWRfdGVtcGxhdGUAaGVyZWRvY190ZW1wbGF0ZQBlbHNlAGZhbHNlAHR1cGxlAGNvbmZpZ19maWxlAF93aGl0ZXNwYWNlAGZvcl9jb25kAG9iamVjdF9lbmQAdGVtcGxhdGVfZm9yX2VuZAB0ZW1wbGF0ZV9pbnRlcnBvbGF0aW9uX2VuZABfZnVuY3Rpb25fY2FsbF9lbmQAYmxvY2tfZW5kAHRlbXBsYXRlX2lmX2VuZAB0ZW1wbGF0ZV9kaXJlY3RpdmVfZW5kAHF1b3RlZF90ZW1wbGF0ZV9lbmQAdHVwbGVfZW5kAHNjYW5uZXIuYwBfY29tbWEAWypdAFsAdG1wICE9IE5VTEwAPwA9PgA+PQA9PQA8PQAhPQA8PAA6AG51bWVyaWNfbGl0X3Rva2VuMgBib2R5X3JlcGVhdDEAYXR0cl9zcGxhdF9yZXBlYXQxAF9vYmplY3RfZWxlbXNfcmVwZWF0MQBfdHVwbGVfZWxlbXNfcmVwZWF0MQB0ZW1wbGF0ZV9saXRlcmFsX3JlcGVhdDEAYmxvY2tfcmVwZWF0MQBsZWdhY3lfaW5kZXhfdG9rZW4xAG51bWVyaWNfbGl0X3Rva2VuMQAvAC4APDwtACwAKwAuKgApACgAJiYAJQAhAAAAAAAeAAsAAQACAA0AAQADAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANAB0AAQAVACEAAQAoACMAAQApACUAAQAwAAYAAQBLAAcAAQBOAA4AAQBHAFYAAQBZAJQAAQBMAJMBAQBgABACAQA+ADcCAQBNAIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAHgALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAdAAEAFQAhAAEAKAAjAAEAKQAlAAEAMAAnAAEAAwAGAAEASwAHAAEATgAOAAEARwBXAAEAWQD/AAEATACTAQEAYAAQAgEAPgBlAgEATQCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkAB4ACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AHQABABUAIQABACgAIwABACkAJQABADAAKQABAAMABgABAEsABwABAE4ADgABAEcAVQABAFkAHQEBAEwAkwEBAGAAEAIBAD4AOgIBAE0AiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhgAIAD8AQABEAFYAWwBcAGEAZAAeAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANAB0AAQAVACEAAQAoACMAAQApACUAAQAwACsAAQADAAYAAQBLAAcAAQBOAA4AAQBHAEgAAQBZAC4BAQBMAJMBAQBgABACAQA+AEcCAQBNAIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAHgALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAdAAEAFQAhAAEAKAAjAAEAKQAlAAEAMAAtAAEAAwAGAAEASwAHAAEATgAOAAEARwA2AAEAWQDKAAEATACTAQEAYAAQAgEAPgBDAgEATQCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkABwACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAALwABAAMAMQABAAwABgABAEsADgABAEcAGAABAEUAkwEBAGAAEAIBAD4AiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsACAACAE4AdgDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkABwACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAAMwABAAMANQABAAwABgABAEsADgABAEcAFgABAEUAkwEBAGAAEAIBAD4AiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsACQACAE4AdgDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkABwANwABAAIAOgABAAMAPAABAAQAPwABAAUAQgABAAcARQABAAgASwABAAsATgABAAwAUQABAA0AVwABACgAWgABACkAXQABADAABgABAEsADgABAEcAJAABAEUAkwEBAGAAEAIBAD4AiQIBAGcAAwACAC4ALwBIAAIACQAKAFQAAgAaABsACQACAE4AdgDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkAB0ACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AHQABABUAIQABACgAIwABACkAJQABADAAYAABAA4ABgABAEsADgABAEcAPAABAFkARwEBAEgAkwEBAGAAsAEBAD4AQgIBAEkAiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhgAIAD8AQABEAFYAWwBcAGEAZAAdAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANAB0AAQAVACEAAQAoACMAAQApACUAAQAwAGIAAQAOAAYAAQBLAA4AAQBHAD8AAQBZAI8AAQBIAJMBAQBgALABAQA+AHMCAQBJAIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAHQALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAdAAEAFQAhAAEAKAAjAAEAKQAlAAEAMABkAAEADgAGAAEASwAOAAEARwBDAAEAWQAJAQEASACTAQEAYACwAQEAPgAsAgEASQCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkAB0ACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AHQABABUAIQABACgAIwABACkAJQABADAAZgABAA4ABgABAEsADgABAEcARwABAFkAGgEBAEgAkwEBAGAAsAEBAD4AbAIBAEkAiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhgAIAD8AQABEAFYAWwBcAGEAZAAdAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANAB0AAQAVACEAAQAoACMAAQApACUAAQAwAGgAAQAOAAYAAQBLAA4AAQBHADUAAQBZALwAAQBIAJMBAQBgALABAQA+AFMCAQBJAIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAHAALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAhAAEAKAAjAAEAKQAlAAEAMAAtAAEAAwAGAAEASwAHAAEATgAOAAEARwDKAAEATACTAQEAYAAQAgEAPgBDAgEATQCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkABsACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAAagABAAYABgABAEsADgABAEcAzQABAF4AkwEBAGAAmgEBAD4AUgIBAF8AiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhgAIAD8AQABEAFYAWwBcAGEAZAAbAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwAGwAAQAGAAYAAQBLAA4AAQBHAEsBAQBeAJMBAQBgAJoBAQA+AGMCAQBfAIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAGwALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAhAAEAKAAjAAEAKQAlAAEAMABuAAEABgAGAAEASwAOAAEARwAMAQEAXgCTAQEAYACaAQEAPgBiAgEAXwCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkABsACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAAcAABAAYABgABAEsADgABAEcAnwABAF4AkwEBAGAAmgEBAD4AVAIBAF8AiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhgAIAD8AQABEAFYAWwBcAGEAZAAbAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwAHIAAQAGAAYAAQBLAA4AAQBHAD4BAQBeAJMBAQBgAJoBAQA+AG0CAQBfAIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAGgALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQB0AAEABAB2AAEABQB4AAEABwB6AAEACAB+AAEACwCCAAEAKgCEAAEAMACGAAEANAAEAAEASwAKAAEARwDxAQEAYAASAgEAPgCGAgEAZwADAAIALgAvAHwAAgAJAAoAgAACABoAGwAbAQIARgBKADMBAgBXAFgAOgECAGIAYwA7AQIAZQBmADgBAwBBAEIAQwDdAAgAPwBAAEQAVgBbAFwAYQBkABoACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAAiAABAAMABgABAEsADgABAEcAXwEBAE4AkwEBAGAAEAIBAD4AiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhgAIAD8AQABEAFYAWwBcAGEAZAAaAAsAAQACABsAAQANACEAAQAoACMAAQApAHQAAQAEAHYAAQAFAHgAAQAHAHoAAQAIAH4AAQALAIQAAQAwAIoAAQAqAIwAAQA0AAQAAQBLAAoAAQBHAPEBAQBgAAQCAQA+AIYCAQBnAAMAAgAuAC8AfAACAAkACgCAAAIAGgAbABsBAgBGAEoAMwECAFcAWAA6AQIAYgBjADsBAgBlAGYAOAEDAEEAQgBDAN0ACAA/AEAARABWAFsAXABhAGQAGgALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAhAAEAKAAjAAEAKQAlAAEAMAAzAAEAAwAGAAEASwAOAAEARwBfAQEATgCTAQEAYAAQAgEAPgCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkABoACwABAAIAGwABAA0AIQABACgAIwABACkAdAABAAQAdgABAAUAeAABAAcAegABAAgAfgABAAsAhAABADAAjgABACoAkAABADQABAABAEsACgABAEcA8QEBAGAABwIBAD4AhgIBAGcAAwACAC4ALwB8AAIACQAKAIAAAgAaABsAGwECAEYASgAzAQIAVwBYADoBAgBiAGMAOwECAGUAZgA4AQMAQQBCAEMA3QAIAD8AQABEAFYAWwBcAGEAZAAaAAsAAQACABsAAQANACEAAQAoACMAAQApAHQAAQAEAHYAAQAFAHgAAQAHAHoAAQAIAH4AAQALAIQAAQAwAJIAAQAqAJQAAQA0AAQAAQBLAAoAAQBHAPEBAQBgABYCAQA+AIYCAQBnAAMAAgAuAC8AfAACAAkACgCAAAIAGgAbABsBAgBGAEoAMwECAFcAWAA6AQIAYgBjADsBAgBlAGYAOAEDAEEAQgBDAN0ACAA/AEAARABWAFsAXABhAGQAGgALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQB0AAEABAB2AAEABQB4AAEABwB6AAEACAB+AAEACwCEAAEAMACWAAEAKgCYAAEANAAEAAEASwAKAAEARwDxAQEAYAAPAgEAPgCGAgEAZwADAAIALgAvAHwAAgAJAAoAgAACABoAGwAbAQIARgBKADMBAgBXAFgAOgECAGIAYwA7AQIAZQBmADgBAwBBAEIAQwDdAAgAPwBAAEQAVgBbAFwAYQBkABoACwABAAIAGwABAA0AIQABACgAIwABACkAdAABAAQAdgABAAUAeAABAAcAegABAAgAfgABAAsAhAABADAAmgABACoAnAABADQABAABAEsACgABAEcA8QEBAGAAJAIBAD4AhgIBAGcAAwACAC4ALwB8AAIACQAKAIAAAgAaABsAGwECAEYASgAzAQIAVwBYADoBAgBiAGMAOwECAGUAZgA4AQMAQQBCAEMA3QAIAD8AQABEAFYAWwBcAGEAZAAKAKIAAQANAKQAAQAQAKYAAQASAKgAAQATAAMAAgAuAC8AmgACAFAAUQCbAAIAVABVAJkAAwBPAFIAUwCgAAoABAAHAAkACgALABsAHQAgACIAKACeABIAMAACAAMABQAIAAwAGQAaABwAHgAfACEAIwAkACUAJgAnACkADQCiAAEADQCkAAEAEACmAAEAEgCoAAEAEwCuAAEAHQADAAIALgAvAKoAAgAaAB8ArAACABwAHgCaAAIAUABRAJsAAgBUAFUAmQADAE8AUgBTAKAACQAEAAcACQAKAAsAGwAgACIAKACeAA4AMAACAAMABQAIAAwAGQAhACMAJAAlACYAJwApABAAogABAA0ApAABABAApgABABIAqAABABMArgABAB0AAwACAC4ALwCqAAIAGgAfAKwAAgAcAB4AsAACACAAIgCyAAIAIQAjALQAAgAkACUAmgACAFAAUQCbAAIAVABVAJkAAwBPAFIAUwCgAAcABAAHAAkACgALABsAKACeAAoAMAACAAMABQAIAAwAGQAmACcAKQAPAKIAAQANAKQAAQAQAKYAAQASAKgAAQATAK4AAQAdAAMAAgAuAC8AqgACABoAHwCsAAIAHAAeALAAAgAgACIAsgACACEAIwCaAAIAUABRAJsAAgBUAFUAmQADAE8AUgBTAKAABwAEAAcACQAKAAsAGwAoAJ4ADAAwAAIAAwAFAAgADAAZACQAJQAmACcAKQAZAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwALYAAQAGAAYAAQBLAA4AAQBHAJMBAQBgALEBAQA+AIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAEQCiAAEADQCkAAEAEACmAAEAEgCoAAEAEwCuAAEAHQC4AAEAJgADAAIALgAvAKoAAgAaAB8ArAACABwAHgCwAAIAIAAiALIAAgAhACMAtAACACQAJQCaAAIAUABRAJsAAgBUAFUAmQADAE8AUgBTAKAABwAEAAcACQAKAAsAGwAoAJ4ACQAwAAIAAwAFAAgADAAZACcAKQAZAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwALoAAQAOAAYAAQBLAA4AAQBHAJMBAQBgALEBAQA+AIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAGQALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAhAAEAKAAjAAEAKQAlAAEAMAAGAAEASwAOAAEARwBfAQEATgCTAQEAYAAQAgEAPgCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkABkACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAAvAABAAYABgABAEsADgABAEcAkwEBAGAAsQEBAD4AiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhgAIAD8AQABEAFYAWwBcAGEAZAASAKIAAQANAKQAAQAQAKYAAQASAKgAAQATAK4AAQAdALgAAQAmAMIAAQAnAAMAAgAuAC8AqgACABoAHwCsAAIAHAAeALAAAgAgACIAsgACACEAIwC0AAIAJAAlAJoAAgBQAFEAmwACAFQAVQCZAAMATwBSAFMAwAAHAAQABwAJAAoACwAbACgAvgAIADAAAgADAAUACAAMABkAKQAKAKIAAQANAKQAAQAQAKYAAQASAKgAAQATAAMAAgAuAC8AmgACAFAAUQCbAAIAVABVAJkAAwBPAFIAUwDGAAoABAAHAAkACgALABsAHQAgACIAKADEABIAMAACAAMABQAIAAwAGQAaABwAHgAfACEAIwAkACUAJgAnACkAGQALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAhAAEAKAAjAAEAKQAlAAEAMADIAAEADgAGAAEASwAOAAEARwCTAQEAYACxAQEAPgCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkAAwAogABAA0ApAABABAApgABABIAqAABABMArgABAB0AAwACAC4ALwCsAAIAHAAeAJoAAgBQAFEAmwACAFQAVQCZAAMATwBSAFMAoAAJAAQABwAJAAoACwAbACAAIgAoAJ4AEAAwAAIAAwAFAAgADAAZABoAHwAhACMAJAAlACYAJwApABgACwABAAIAGwABAA0AIQABACgAIwABACkAygABAAQAzAABAAUAzgABAAcA0AABAAgA1AABAAsA2AABADAAAwABAEsADAABAEcAoAEBAD4AqwEBAGAAmAIBAGcAAwACAC4ALwDSAAIACQAKANYAAgAaABsA/gACAEYASgAAAQIAVwBYAAEBAgBiAGMAAgECAGUAZgD9AAMAQQBCAEMAtgAIAD8AQABEAFYAWwBcAGEAZAAYAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwAAYAAQBLAA4AAQBHAJMBAQBgADsCAQA+AIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAGAALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAhAAEAKAAjAAEAKQAlAAEAMAAGAAEASwAOAAEARwCTAQEAYAD1AQEAPgCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkABgACwABAAIAGwABAA0AIQABACgAIwABACkAygABAAQAzAABAAUAzgABAAcA0AABAAgA1AABAAsA2AABADAAAwABAEsADAABAEcAmwEBAD4AqwEBAGAAmAIBAGcAAwACAC4ALwDSAAIACQAKANYAAgAaABsA/gACAEYASgAAAQIAVwBYAAEBAgBiAGMAAgECAGUAZgD9AAMAQQBCAEMAtgAIAD8AQABEAFYAWwBcAGEAZAAYAAsAAQACABsAAQANACEAAQAoACMAAQApANoAAQAEANwAAQAFAN4AAQAHAOAAAQAIAOQAAQALAOgAAQAwAAUAAQBLAA0AAQBHAA0CAQA+AA4CAQBgAHgCAQBnAAMAAgAuAC8A4gACAAkACgDmAAIAGgAbACABAgBlAGYAMAECAGIAYwBJAQIARgBKAFEBAgBXAFgAQQEDAEEAQgBDAOgACAA/AEAARABWAFsAXABhAGQAGAALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAhAAEAKAAjAAEAKQAlAAEAMAAGAAEASwAOAAEARwCTAQEAYACxAQEAPgCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkABgACwABAAIAGwABAA0AIQABACgAIwABACkA2gABAAQA3AABAAUA3gABAAcA4AABAAgA5AABAAsA6AABADAABQABAEsADQABAEcA/AEBAD4ADgIBAGAAeAIBAGcAAwACAC4ALwDiAAIACQAKAOYAAgAaABsAIAECAGUAZgAwAQIAYgBjAEkBAgBGAEoAUQECAFcAWABBAQMAQQBCAEMA6AAIAD8AQABEAFYAWwBcAGEAZAAYAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwAAYAAQBLAA4AAQBHAJMBAQBgADYCAQA+AIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAGAALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQDaAAEABADcAAEABQDeAAEABwDgAAEACADkAAEACwDoAAEAMAAFAAEASwANAAEARwAOAgEAYAAYAgEAPgB4AgEAZwADAAIALgAvAOIAAgAJAAoA5gACABoAGwAgAQIAZQBmADABAgBiAGMASQECAEYASgBRAQIAVwBYAEEBAwBBAEIAQwDoAAgAPwBAAEQAVgBbAFwAYQBkABgACwABAAIAGwABAA0AIQABACgAIwABACkA2gABAAQA3AABAAUA3gABAAcA4AABAAgA5AABAAsA6AABADAABQABAEsADQABAEcAAwIBAD4ADgIBAGAAeAIBAGcAAwACAC4ALwDiAAIACQAKAOYAAgAaABsAIAECAGUAZgAwAQIAYgBjAEkBAgBGAEoAUQECAFcAWABBAQMAQQBCAEMA6AAIAD8AQABEAFYAWwBcAGEAZAAYAAsAAQACABsAAQANACEAAQAoACMAAQApAHQAAQAEAHYAAQAFAHgAAQAHAHoAAQAIAH4AAQALAIQAAQAwAAQAAQBLAAoAAQBHAPEBAQBgAPcBAQA+AIYCAQBnAAMAAgAuAC8AfAACAAkACgCAAAIAGgAbABsBAgBGAEoAMwECAFcAWAA6AQIAYgBjADsBAgBlAGYAOAEDAEEAQgBDAN0ACAA/AEAARABWAFsAXABhAGQAGAALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQDKAAEABADMAAEABQDOAAEABwDQAAEACADUAAEACwDYAAEAMAADAAEASwAMAAEARwCoAQEAPgCrAQEAYACYAgEAZwADAAIALgAvANIAAgAJAAoA1gACABoAGwD+AAIARgBKAAABAgBXAFgAAQECAGIAYwACAQIAZQBmAP0AAwBBAEIAQwC2AAgAPwBAAEQAVgBbAFwAYQBkABgACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAABgABAEsADgABAEcAkwEBAGAAOQIBAD4AiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhgAIAD8AQABEAFYAWwBcAGEAZAAYAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwAAYAAQBLAA4AAQBHAJMBAQBgAFUCAQA+AIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAGAALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQDqAAEABADsAAEABQDuAAEABwDwAAEACAD0AAEACwD4AAEAMAACAAEASwALAAEARwBbAQEAYABcAQEAPgCPAgEAZwADAAIALgAvAPIAAgAJAAoA9gACABoAGwCTAAIARgBKAJUAAgBXAFgAlgACAGIAYwCXAAIAZQBmAJIAAwBBAEIAQwAmAAgAPwBAAEQAVgBbAFwAYQBkABgACwABAAIAGwABAA0AIQABACgAIwABACkA2gABAAQA3AABAAUA3gABAAcA4AABAAgA5AABAAsA6AABADAABQABAEsADQABAEcADgIBAGAAJgIBAD4AeAIBAGcAAwACAC4ALwDiAAIACQAKAOYAAgAaABsAIAECAGUAZgAwAQIAYgBjAEkBAgBGAEoAUQECAFcAWABBAQMAQQBCAEMA6AAIAD8AQABEAFYAWwBcAGEAZAAYAAsAAQACABsAAQANACEAAQAoACMAAQApAMoAAQAEAMwAAQAFAM4AAQAHANAAAQAIANQAAQALANgAAQAwAAMAAQBLAAwAAQBHAKsBAQBgAK4BAQA+AJgCAQBnAAMAAgAuAC8A0gACAAkACgDWAAIAGgAbAP4AAgBGAEoAAAECAFcAWAABAQIAYgBjAAIBAgBlAGYA/QADAEEAQgBDALYACAA/AEAARABWAFsAXABhAGQAGAALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQDaAAEABADcAAEABQDeAAEABwDgAAEACADkAAEACwDoAAEAMAAFAAEASwANAAEARwAGAgEAPgAOAgEAYAB4AgEAZwADAAIALgAvAOIAAgAJAAoA5gACABoAGwAgAQIAZQBmADABAgBiAGMASQECAEYASgBRAQIAVwBYAEEBAwBBAEIAQwDoAAgAPwBAAEQAVgBbAFwAYQBkABgACwABAAIAGwABAA0AIQABACgAIwABACkAygABAAQAzAABAAUAzgABAAcA0AABAAgA1AABAAsA2AABADAAAwABAEsADAABAEcAqwEBAGAArAEBAD4AmAIBAGcAAwACAC4ALwDSAAIACQAKANYAAgAaABsA/gACAEYASgAAAQIAVwBYAAEBAgBiAGMAAgECAGUAZgD9AAMAQQBCAEMAtgAIAD8AQABEAFYAWwBcAGEAZAAYAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwAAYAAQBLAA4AAQBHAJMBAQBgACoCAQA+AIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAGAALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAhAAEAKAAjAAEAKQAlAAEAMAAGAAEASwAOAAEARwCTAQEAYAC7AQEAPgCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkABgACwABAAIAGwABAA0AIQABACgAIwABACkAygABAAQAzAABAAUAzgABAAcA0AABAAgA1AABAAsA2AABADAAAwABAEsADAABAEcAqQEBAD4AqwEBAGAAmAIBAGcAAwACAC4ALwDSAAIACQAKANYAAgAaABsA/gACAEYASgAAAQIAVwBYAAEBAgBiAGMAAgECAGUAZgD9AAMAQQBCAEMAtgAIAD8AQABEAFYAWwBcAGEAZAAYAAsAAQACABsAAQANACEAAQAoACMAAQApAMoAAQAEAMwAAQAFAM4AAQAHANAAAQAIANQAAQALANgAAQAwAAMAAQBLAAwAAQBHAJwBAQA+AKsBAQBgAJgCAQBnAAMAAgAuAC8A0gACAAkACgDWAAIAGgAbAP4AAgBGAEoAAAECAFcAWAABAQIAYgBjAAIBAgBlAGYA/QADAEEAQgBDALYACAA/AEAARABWAFsAXABhAGQAGAALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQDqAAEABADsAAEABQDuAAEABwDwAAEACAD0AAEACwD4AAEAMAACAAEASwALAAEARwBaAQEAPgBbAQEAYACPAgEAZwADAAIALgAvAPIAAgAJAAoA9gACABoAGwCTAAIARgBKAJUAAgBXAFgAlgACAGIAYwCXAAIAZQBmAJIAAwBBAEIAQwAmAAgAPwBAAEQAVgBbAFwAYQBkABgACwABAAIAGwABAA0AIQABACgAIwABACkA2gABAAQA3AABAAUA3gABAAcA4AABAAgA5AABAAsA6AABADAABQABAEsADQABAEcADgIBAGAAIAIBAD4AeAIBAGcAAwACAC4ALwDiAAIACQAKAOYAAgAaABsAIAECAGUAZgAwAQIAYgBjAEkBAgBGAEoAUQECAFcAWABBAQMAQQBCAEMA6AAIAD8AQABEAFYAWwBcAGEAZAAYAAsAAQACABsAAQANACEAAQAoACMAAQApAMoAAQAEAMwAAQAFAM4AAQAHANAAAQAIANQAAQALANgAAQAwAAMAAQBLAAwAAQBHAKYBAQA+AKsBAQBgAJgCAQBnAAMAAgAuAC8A0gACAAkACgDWAAIAGgAbAP4AAgBGAEoAAAECAFcAWAABAQIAYgBjAAIBAgBlAGYA/QADAEEAQgBDALYACAA/AEAARABWAFsAXABhAGQAGAALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQDKAAEABADMAAEABQDOAAEABwDQAAEACADUAAEACwDYAAEAMAADAAEASwAMAAEARwCXAQEAPgCrAQEAYACYAgEAZwADAAIALgAvANIAAgAJAAoA1gACABoAGwD+AAIARgBKAAABAgBXAFgAAQECAGIAYwACAQIAZQBmAP0AAwBBAEIAQwC2AAgAPwBAAEQAVgBbAFwAYQBkABgACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAABgABAEsADgABAEcAkwEBAGAAKwIBAD4AiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhgAIAD8AQABEAFYAWwBcAGEAZAAYAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwAAYAAQBLAA4AAQBHAJIBAQA+AJMBAQBgAIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAGAALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQDKAAEABADMAAEABQDOAAEABwDQAAEACADUAAEACwDYAAEAMAADAAEASwAMAAEARwCrAQEAYACtAQEAPgCYAgEAZwADAAIALgAvANIAAgAJAAoA1gACABoAGwD+AAIARgBKAAABAgBXAFgAAQECAGIAYwACAQIAZQBmAP0AAwBBAEIAQwC2AAgAPwBAAEQAVgBbAFwAYQBkABgACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAABgABAEsADgABAEcAkwEBAGAAdAIBAD4AiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhgAIAD8AQABEAFYAWwBcAGEAZAAYAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwAAYAAQBLAA4AAQBHAJMBAQBgAEsCAQA+AIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAGAALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAhAAEAKAAjAAEAKQAlAAEAMAAGAAEASwAOAAEARwCTAQEAYABeAgEAPgCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkABgACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAABgABAEsADgABAEcAkwEBAGAAXwIBAD4AiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhgAIAD8AQABEAFYAWwBcAGEAZAAYAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwAAYAAQBLAA4AAQBHAJMBAQBgADMCAQA+AIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAGAALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAhAAEAKAAjAAEAKQAlAAEAMAAGAAEASwAOAAEARwCTAQEAYAA8AgEAPgCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkABgACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAABgABAEsADgABAEcAkwEBAGAAPQIBAD4AiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhgAIAD8AQABEAFYAWwBcAGEAZAAYAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwAAYAAQBLAA4AAQBHAJMBAQBgAE4CAQA+AIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAGAALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAhAAEAKAAjAAEAKQAlAAEAMAAGAAEASwAOAAEARwCTAQEAYABRAgEAPgCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkABgACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAABgABAEsADgABAEcAkwEBAGAAdwIBAD4AiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhgAIAD8AQABEAFYAWwBcAGEAZAAYAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwAAYAAQBLAA4AAQBHAJMBAQBgAFgCAQA+AIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAGAALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAhAAEAKAAjAAEAKQAlAAEAMAAGAAEASwAOAAEARwCTAQEAYABcAgEAPgCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkABgACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAABgABAEsADgABAEcAkwEBAGAAXQIBAD4AiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhgAIAD8AQABEAFYAWwBcAGEAZAAYAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwAAYAAQBLAA4AAQBHAJMBAQBgAGQCAQA+AIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAGAALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAhAAEAKAAjAAEAKQAlAAEAMAAGAAEASwAOAAEARwCTAQEAYABrAgEAPgCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkABgACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAABgABAEsADgABAEcAkwEBAGAAcQIBAD4AiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhgAIAD8AQABEAFYAWwBcAGEAZAAYAAsAAQACABsAAQANACEAAQAoACMAAQApAMoAAQAEAMwAAQAFAM4AAQAHANAAAQAIANQAAQALANgAAQAwAAMAAQBLAAwAAQBHAJ4BAQA+AKsBAQBgAJgCAQBnAAMAAgAuAC8A0gACAAkACgDWAAIAGgAbAP4AAgBGAEoAAAECAFcAWAABAQIAYgBjAAIBAgBlAGYA/QADAEEAQgBDALYACAA/AEAARABWAFsAXABhAGQABwCiAAEADQCkAAEAEAADAAIALgAvAJoAAgBQAFEAWwADAE8AUgB3APwACgAEAAcACQAKAAsAGwAdACAAIgAoAPoAFAAwAAIAAwAFAAgADAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACkABwCiAAEADQCkAAEAEAADAAIALgAvAJoAAgBQAFEAXAADAE8AUgB3AAABCgAEAAcACQAKAAsAGwAdACAAIgAoAP4AFAAwAAIAAwAFAAgADAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACkABwCiAAEADQCkAAEAEAADAAIALgAvAJoAAgBQAFEAXAADAE8AUgB3AAQBCgAEAAcACQAKAAsAGwAdACAAIgAoAAIBFAAwAAIAAwAFAAgADAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACkABwAKAQEADQANAQEAEAADAAIALgAvAJoAAgBQAFEAXAADAE8AUgB3AAgBCgAEAAcACQAKAAsAGwAdACAAIgAoAAYBFAAwAAIAAwAFAAgADAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACkABwCiAAEADQCkAAEAEAADAAIALgAvAJoAAgBQAFEAWgADAE8AUgB3ABIBCgAEAAcACQAKAAsAGwAdACAAIgAoABABFAAwAAIAAwAFAAgADAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACkAFgALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQDKAAEABADMAAEABQDOAAEABwDQAAEACADUAAEACwDYAAEAMAADAAEASwAMAAEARwCYAgEAZwADAAIALgAvANIAAgAJAAoA1gACABoAGwD+AAIARgBKAAABAgBXAFgAAQECAGIAYwACAQIAZQBmAP0AAwBBAEIAQwC0AAgAPwBAAEQAVgBbAFwAYQBkABYACwABAAIAGwABAA0AIQABACgAIwABACkAygABAAQAzAABAAUAzgABAAcA0AABAAgA1AABAAsA2AABADAAAwABAEsADAABAEcAmAIBAGcAAwACAC4ALwDSAAIACQAKANYAAgAaABsA/gACAEYASgAAAQIAVwBYAAEBAgBiAGMAAgECAGUAZgD9AAMAQQBCAEMAtQAIAD8AQABEAFYAWwBcAGEAZAAWAAsAAQACABsAAQANACEAAQAoACMAAQApANoAAQAEANwAAQAFAN4AAQAHAOAAAQAIAOQAAQALAOgAAQAwAAUAAQBLAA0AAQBHAHgCAQBnAAMAAgAuAC8A4gACAAkACgDmAAIAGgAbACABAgBlAGYAMAECAGIAYwBJAQIARgBKAFEBAgBXAFgAQQEDAEEAQgBDANoACAA/AEAARABWAFsAXABhAGQAFgALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQDaAAEABADcAAEABQDeAAEABwDgAAEACADkAAEACwDoAAEAMAAFAAEASwANAAEARwB4AgEAZwADAAIALgAvAOIAAgAJAAoA5gACABoAGwAgAQIAZQBmADABAgBiAGMASQECAEYASgBRAQIAVwBYAEEBAwBBAEIAQwDgAAgAPwBAAEQAVgBbAFwAYQBkABYACwABAAIAGwABAA0AIQABACgAIwABACkA2gABAAQA3AABAAUA3gABAAcA4AABAAgA5AABAAsA6AABADAABQABAEsADQABAEcAeAIBAGcAAwACAC4ALwDiAAIACQAKAOYAAgAaABsAIAECAGUAZgAwAQIAYgBjAEkBAgBGAEoAUQECAFcAWABBAQMAQQBCAEMA4QAIAD8AQABEAFYAWwBcAGEAZAAWAAsAAQACABsAAQANACEAAQAoACMAAQApANoAAQAEANwAAQAFAN4AAQAHAOAAAQAIAOQAAQALAOgAAQAwAAUAAQBLAA0AAQBHAHgCAQBnAAMAAgAuAC8A4gACAAkACgDmAAIAGgAbACABAgBlAGYAMAECAGIAYwBJAQIARgBKAFEBAgBXAFgAQQEDAEEAQgBDAOIACAA/AEAARABWAFsAXABhAGQAFgALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQDaAAEABADcAAEABQDeAAEABwDgAAEACADkAAEACwDoAAEAMAAFAAEASwANAAEARwB4AgEAZwADAAIALgAvAOIAAgAJAAoA5gACABoAGwAgAQIAZQBmADABAgBiAGMASQECAEYASgBRAQIAVwBYAEEBAwBBAEIAQwDjAAgAPwBAAEQAVgBbAFwAYQBkABYACwABAAIAGwABAA0AIQABACgAIwABACkA2gABAAQA3AABAAUA3gABAAcA4AABAAgA5AABAAsA6AABADAABQABAEsADQABAEcAeAIBAGcAAwACAC4ALwDiAAIACQAKAOYAAgAaABsAIAECAGUAZgAwAQIAYgBjAEkBAgBGAEoAUQECAFcAWABBAQMAQQBCAEMA5AAIAD8AQABEAFYAWwBcAGEAZAAWAAsAAQACABsAAQANACEAAQAoACMAAQApANoAAQAEANwAAQAFAN4AAQAHAOAAAQAIAOQAAQALAOgAAQAwAAUAAQBLAA0AAQBHAHgCAQBnAAMAAgAuAC8A4gACAAkACgDmAAIAGgAbACABAgBlAGYAMAECAGIAYwBJAQIARgBKAFEBAgBXAFgAQQEDAEEAQgBDAOUACAA/AEAARABWAFsAXABhAGQAFgALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQDqAAEABADsAAEABQDuAAEABwDwAAEACAD0AAEACwD4AAEAMAACAAEASwALAAEARwCPAgEAZwADAAIALgAvAPIAAgAJAAoA9gACABoAGwCTAAIARgBKAJUAAgBXAFgAlgACAGIAYwCXAAIAZQBmAJIAAwBBAEIAQwAnAAgAPwBAAEQAVgBbAFwAYQBkABYACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAABgABAEsADgABAEcAiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhQAIAD8AQABEAFYAWwBcAGEAZAAWAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwAAYAAQBLAA4AAQBHAIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIgACAA/AEAARABWAFsAXABhAGQAFgALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAhAAEAKAAjAAEAKQAlAAEAMAAGAAEASwAOAAEARwCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCEAAgAPwBAAEQAVgBbAFwAYQBkABYACwABAAIAGwABAA0AIQABACgAIwABACkA6gABAAQA7AABAAUA7gABAAcA8AABAAgA9AABAAsA+AABADAAAgABAEsACwABAEcAjwIBAGcAAwACAC4ALwDyAAIACQAKAPYAAgAaABsAkwACAEYASgCVAAIAVwBYAJYAAgBiAGMAlwACAGUAZgCSAAMAQQBCAEMAKQAIAD8AQABEAFYAWwBcAGEAZAAWAAsAAQACABsAAQANACEAAQAoACMAAQApAOoAAQAEAOwAAQAFAO4AAQAHAPAAAQAIAPQAAQALAPgAAQAwAAIAAQBLAAsAAQBHAI8CAQBnAAMAAgAuAC8A8gACAAkACgD2AAIAGgAbAJMAAgBGAEoAlQACAFcAWACWAAIAYgBjAJcAAgBlAGYAkgADAEEAQgBDAB0ACAA/AEAARABWAFsAXABhAGQAFgALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQDqAAEABADsAAEABQDuAAEABwDwAAEACAD0AAEACwD4AAEAMAACAAEASwALAAEARwCPAgEAZwADAAIALgAvAPIAAgAJAAoA9gACABoAGwCTAAIARgBKAJUAAgBXAFgAlgACAGIAYwCXAAIAZQBmAJIAAwBBAEIAQwAeAAgAPwBAAEQAVgBbAFwAYQBkABYACwABAAIAGwABAA0AIQABACgAIwABACkA6gABAAQA7AABAAUA7gABAAcA8AABAAgA9AABAAsA+AABADAAAgABAEsACwABAEcAjwIBAGcAAwACAC4ALwDyAAIACQAKAPYAAgAaABsAkwACAEYASgCVAAIAVwBYAJYAAgBiAGMAlwACAGUAZgCSAAMAQQBCAEMAIAAIAD8AQABEAFYAWwBcAGEAZAAWAAsAAQACABsAAQANACEAAQAoACMAAQApAOoAAQAEAOwAAQAFAO4AAQAHAPAAAQAIAPQAAQALAPgAAQAwAAIAAQBLAAsAAQBHAI8CAQBnAAMAAgAuAC8A8gACAAkACgD2AAIAGgAbAJMAAgBGAEoAlQACAFcAWACWAAIAYgBjAJcAAgBlAGYAkgADAEEAQgBDAB8ACAA/AEAARABWAFsAXABhAGQAFgALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQDqAAEABADsAAEABQDuAAEABwDwAAEACAD0AAEACwD4AAEAMAACAAEASwALAAEARwCPAgEAZwADAAIALgAvAPIAAgAJAAoA9gACABoAGwCTAAIARgBKAJUAAgBXAFgAlgACAGIAYwCXAAIAZQBmAJIAAwBBAEIAQwAiAAgAPwBAAEQAVgBbAFwAYQBkABYACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAABgABAEsADgABAEcAiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhwAIAD8AQABEAFYAWwBcAGEAZAAWAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwAAYAAQBLAA4AAQBHAIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIMACAA/AEAARABWAFsAXABhAGQAFgALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQB0AAEABAB2AAEABQB4AAEABwB6AAEACAB+AAEACwCEAAEAMAAEAAEASwAKAAEARwCGAgEAZwADAAIALgAvAHwAAgAJAAoAgAACABoAGwAbAQIARgBKADMBAgBXAFgAOgECAGIAYwA7AQIAZQBmADgBAwBBAEIAQwDpAAgAPwBAAEQAVgBbAFwAYQBkABYACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAABgABAEsADgABAEcAiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAgQAIAD8AQABEAFYAWwBcAGEAZAAWAAsAAQACABsAAQANACEAAQAoACMAAQApAHQAAQAEAHYAAQAFAHgAAQAHAHoAAQAIAH4AAQALAIQAAQAwAAQAAQBLAAoAAQBHAIYCAQBnAAMAAgAuAC8AfAACAAkACgCAAAIAGgAbABsBAgBGAEoAMwECAFcAWAA6AQIAYgBjADsBAgBlAGYAOAEDAEEAQgBDAOoACAA/AEAARABWAFsAXABhAGQAFgALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQB0AAEABAB2AAEABQB4AAEABwB6AAEACAB+AAEACwCEAAEAMAAEAAEASwAKAAEARwCGAgEAZwADAAIALgAvAHwAAgAJAAoAgAACABoAGwAbAQIARgBKADMBAgBXAFgAOgECAGIAYwA7AQIAZQBmADgBAwBBAEIAQwDrAAgAPwBAAEQAVgBbAFwAYQBkABYACwABAAIAGwABAA0AIQABACgAIwABACkAdAABAAQAdgABAAUAeAABAAcAegABAAgAfgABAAsAhAABADAABAABAEsACgABAEcAhgIBAGcAAwACAC4ALwB8AAIACQAKAIAAAgAaABsAGwECAEYASgAzAQIAVwBYADoBAgBiAGMAOwECAGUAZgA4AQMAQQBCAEMA7AAIAD8AQABEAFYAWwBcAGEAZAAWAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwAAYAAQBLAA4AAQBHAIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIIACAA/AEAARABWAFsAXABhAGQAFgALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQB0AAEABAB2AAEABQB4AAEABwB6AAEACAB+AAEACwCEAAEAMAAEAAEASwAKAAEARwCGAgEAZwADAAIALgAvAHwAAgAJAAoAgAACABoAGwAbAQIARgBKADMBAgBXAFgAOgECAGIAYwA7AQIAZQBmADgBAwBBAEIAQwDYAAgAPwBAAEQAVgBbAFwAYQBkABYACwABAAIAGwABAA0AIQABACgAIwABACkAdAABAAQAdgABAAUAeAABAAcAegABAAgAfgABAAsAhAABADAABAABAEsACgABAEcAhgIBAGcAAwACAC4ALwB8AAIACQAKAIAAAgAaABsAGwECAEYASgAzAQIAVwBYADoBAgBiAGMAOwECAGUAZgA4AQMAQQBCAEMA2QAIAD8AQABEAFYAWwBcAGEAZAAWAAsAAQACABsAAQANACEAAQAoACMAAQApAMoAAQAEAMwAAQAFAM4AAQAHANAAAQAIANQAAQALANgAAQAwAAMAAQBLAAwAAQBHAJgCAQBnAAMAAgAuAC8A0gACAAkACgDWAAIAGgAbAP4AAgBGAEoAAAECAFcAWAABAQIAYgBjAAIBAgBlAGYA/QADAEEAQgBDALcACAA/AEAARABWAFsAXABhAGQAFgALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQDKAAEABADMAAEABQDOAAEABwDQAAEACADUAAEACwDYAAEAMAADAAEASwAMAAEARwCYAgEAZwADAAIALgAvANIAAgAJAAoA1gACABoAGwD+AAIARgBKAAABAgBXAFgAAQECAGIAYwACAQIAZQBmAP0AAwBBAEIAQwCwAAgAPwBAAEQAVgBbAFwAYQBkABYACwABAAIAGwABAA0AIQABACgAIwABACkAygABAAQAzAABAAUAzgABAAcA0AABAAgA1AABAAsA2AABADAAAwABAEsADAABAEcAmAIBAGcAAwACAC4ALwDSAAIACQAKANYAAgAaABsA/gACAEYASgAAAQIAVwBYAAEBAgBiAGMAAgECAGUAZgD9AAMAQQBCAEMAsQAIAD8AQABEAFYAWwBcAGEAZAAWAAsAAQACABsAAQANACEAAQAoACMAAQApAMoAAQAEAMwAAQAFAM4AAQAHANAAAQAIANQAAQALANgAAQAwAAMAAQBLAAwAAQBHAJgCAQBnAAMAAgAuAC8A0gACAAkACgDWAAIAGgAbAP4AAgBGAEoAAAECAFcAWAABAQIAYgBjAAIBAgBlAGYA/QADAEEAQgBDALIACAA/AEAARABWAFsAXABhAGQAFgALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQDKAAEABADMAAEABQDOAAEABwDQAAEACADUAAEACwDYAAEAMAADAAEASwAMAAEARwCYAgEAZwADAAIALgAvANIAAgAJAAoA1gACABoAGwD+AAIARgBKAAABAgBXAFgAAQECAGIAYwACAQIAZQBmAP0AAwBBAEIAQwCzAAgAPwBAAEQAVgBbAFwAYQBkABYACwABAAIAGwABAA0AIQABACgAIwABACkAdAABAAQAdgABAAUAeAABAAcAegABAAgAfgABAAsAhAABADAABAABAEsACgABAEcAhgIBAGcAAwACAC4ALwB8AAIACQAKAIAAAgAaABsAGwECAEYASgAzAQIAVwBYADoBAgBiAGMAOwECAGUAZgA4AQMAQQBCAEMA5wAIAD8AQABEAFYAWwBcAGEAZAARAKAAAQABABQBAQANABYBAQAQABgBAQASABoBAQATACABAQAdACgBAQAmAAMAAgAuAC8AHAECABoAHwAeAQIAHAAeACIBAgAgACIAJAECACEAIwAmAQIAJAAlALgAAgBQAFEAugACAFQAVQDVAAMATwBSAFMAngALAAAAAwAEAAYADAAOAA8AFAAYABkAJwAKABQBAQANABYBAQAQABgBAQASABoBAQATAAMAAgAuAC8AuAACAFAAUQC6AAIAVABVANUAAwBPAFIAUwDGAAQAAQAdACAAIgDEABQAAAADAAQABgAMAA4ADwAUABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAwAFAEBAA0AFgEBABAAGAEBABIAGgEBABMAIAEBAB0AAwACAC4ALwAeAQIAHAAeALgAAgBQAFEAugACAFQAVQCgAAMAAQAgACIA1QADAE8AUgBTAJ4AEgAAAAMABAAGAAwADgAPABQAGAAZABoAHwAhACMAJAAlACYAJwAPAKAAAQABABQBAQANABYBAQAQABgBAQASABoBAQATACABAQAdAAMAAgAuAC8AHAECABoAHwAeAQIAHAAeACIBAgAgACIAJAECACEAIwC4AAIAUABRALoAAgBUAFUA1QADAE8AUgBTAJ4ADgAAAAMABAAGAAwADgAPABQAGAAZACQAJQAmACcACgAUAQEADQAWAQEAEAAYAQEAEgAaAQEAEwADAAIALgAvALgAAgBQAFEAugACAFQAVQDVAAMATwBSAFMAoAAEAAEAHQAgACIAngAUAAAAAwAEAAYADAAOAA8AFAAYABkAGgAcAB4AHwAhACMAJAAlACYAJwASAMAAAQABABQBAQANABYBAQAQABgBAQASABoBAQATACABAQAdACgBAQAmACoBAQAnAAMAAgAuAC8AHAECABoAHwAeAQIAHAAeACIBAgAgACIAJAECACEAIwAmAQIAJAAlALgAAgBQAFEAugACAFQAVQDVAAMATwBSAFMAvgAKAAAAAwAEAAYADAAOAA8AFAAYABkAEACgAAEAAQAUAQEADQAWAQEAEAAYAQEAEgAaAQEAEwAgAQEAHQADAAIALgAvABwBAgAaAB8AHgECABwAHgAiAQIAIAAiACQBAgAhACMAJgECACQAJQC4AAIAUABRALoAAgBUAFUA1QADAE8AUgBTAJ4ADAAAAAMABAAGAAwADgAPABQAGAAZACYAJwANABQBAQANABYBAQAQABgBAQASABoBAQATACABAQAdAAMAAgAuAC8AHAECABoAHwAeAQIAHAAeALgAAgBQAFEAugACAFQAVQCgAAMAAQAgACIA1QADAE8AUgBTAJ4AEAAAAAMABAAGAAwADgAPABQAGAAZACEAIwAkACUAJgAnAAcALAEBAA0ALwEBABAAAwACAC4ALwC4AAIAUABRAIkAAwBPAFIAdwAIAQQAAQAdACAAIgAGARYAAAADAAQABgAMAA4ADwASABMAFAAYABkAGgAcAB4AHwAhACMAJAAlACYAJwAHABQBAQANABYBAQAQAAMAAgAuAC8AuAACAFAAUQCOAAMATwBSAHcA/AAEAAEAHQAgACIA+gAWAAAAAwAEAAYADAAOAA8AEgATABQAGAAZABoAHAAeAB8AIQAjACQAJQAmACcABQA2AQEABQATAAEAXQADAAIALgAvADQBDAAEAAcACQAKAAsADQAQABsAHQAgACIAKAAyARMAMAACAAMACAAMABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKQAHABQBAQANABYBAQAQAAMAAgAuAC8AuAACAFAAUQCJAAMATwBSAHcAAAEEAAEAHQAgACIA/gAWAAAAAwAEAAYADAAOAA8AEgATABQAGAAZABoAHAAeAB8AIQAjACQAJQAmACcABwAUAQEADQAWAQEAEAADAAIALgAvALgAAgBQAFEAjAADAE8AUgB3ABIBBAABAB0AIAAiABABFgAAAAMABAAGAAwADgAPABIAEwAUABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAcAFAEBAA0AFgEBABAAAwACAC4ALwC4AAIAUABRAIkAAwBPAFIAdwAEAQQAAQAdACAAIgACARYAAAADAAQABgAMAA4ADwASABMAFAAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8AOgEMAAQABwAJAAoACwANABAAGwAdACAAIgAoADgBFAAwAAIAAwAFAAgADAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACkAAwADAAIALgAvAD4BDAAEAAcACQAKAAsADQAQABsAHQAgACIAKAA8ARQAMAACAAMABQAIAAwAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwApAAMAAwACAC4ALwBCAQwABAAHAAkACgALAA0AEAAbAB0AIAAiACgAQAEUADAAAgADAAUACAAMABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKQADAAMAAgAuAC8ARgEMAAQABwAJAAoACwANABAAGwAdACAAIgAoAEQBFAAwAAIAAwAFAAgADAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACkAAwADAAIALgAvAEoBDAAEAAcACQAKAAsADQAQABsAHQAgACIAKABIARQAMAACAAMABQAIAAwAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwApAAMAAwACAC4ALwBOAQwABAAHAAkACgALAA0AEAAbAB0AIAAiACgATAEUADAAAgADAAUACAAMABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKQADAAMAAgAuAC8AUgEMAAQABwAJAAoACwANABAAGwAdACAAIgAoAFABFAAwAAIAAwAFAAgADAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACkAAwADAAIALgAvAFYBDAAEAAcACQAKAAsADQAQABsAHQAgACIAKABUARQAMAACAAMABQAIAAwAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwApAAMAAwACAC4ALwBaAQwABAAHAAkACgALAA0AEAAbAB0AIAAiACgAWAEUADAAAgADAAUACAAMABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKQADAAMAAgAuAC8AXgEMAAQABwAJAAoACwANABAAGwAdACAAIgAoAFwBFAAwAAIAAwAFAAgADAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACkAAwADAAIALgAvAGIBDAAEAAcACQAKAAsADQAQABsAHQAgACIAKABgARQAMAACAAMABQAIAAwAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwApAAMAAwACAC4ALwBmAQwABAAHAAkACgALAA0AEAAbAB0AIAAiACgAZAEUADAAAgADAAUACAAMABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKQADAAMAAgAuAC8AagEMAAQABwAJAAoACwANABAAGwAdACAAIgAoAGgBFAAwAAIAAwAFAAgADAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACkAAwADAAIALgAvAG4BDAAEAAcACQAKAAsADQAQABsAHQAgACIAKABsARQAMAACAAMABQAIAAwAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwApAAMAAwACAC4ALwByAQwABAAHAAkACgALAA0AEAAbAB0AIAAiACgAcAEUADAAAgADAAUACAAMABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKQADAAMAAgAuAC8AdgEMAAQABwAJAAoACwANABAAGwAdACAAIgAoAHQBFAAwAAIAAwAFAAgADAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACkAAwADAAIALgAvAHoBDAAEAAcACQAKAAsADQAQABsAHQAgACIAKAB4ARQAMAACAAMABQAIAAwAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwApAAMAAwACAC4ALwB+AQwABAAHAAkACgALAA0AEAAbAB0AIAAiACgAfAEUADAAAgADAAUACAAMABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKQADAAMAAgAuAC8AggEMAAQABwAJAAoACwANABAAGwAdACAAIgAoAIABFAAwAAIAAwAFAAgADAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACkAAwADAAIALgAvAIYBDAAEAAcACQAKAAsADQAQABsAHQAgACIAKACEARQAMAACAAMABQAIAAwAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwApAAMAAwACAC4ALwCKAQwABAAHAAkACgALAA0AEAAbAB0AIAAiACgAiAEUADAAAgADAAUACAAMABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKQADAAMAAgAuAC8AjgEMAAQABwAJAAoACwANABAAGwAdACAAIgAoAIwBFAAwAAIAAwAFAAgADAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACkAAwADAAIALgAvAJIBDAAEAAcACQAKAAsADQAQABsAHQAgACIAKACQARQAMAACAAMABQAIAAwAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwApAAMAAwACAC4ALwCWAQwABAAHAAkACgALAA0AEAAbAB0AIAAiACgAlAEUADAAAgADAAUACAAMABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKQADAAMAAgAuAC8AmgEMAAQABwAJAAoACwANABAAGwAdACAAIgAoAJgBFAAwAAIAAwAFAAgADAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACkAAwADAAIALgAvAJ4BDAAEAAcACQAKAAsADQAQABsAHQAgACIAKACcARQAMAACAAMABQAIAAwAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwApAAMAAwACAC4ALwCiAQwABAAHAAkACgALAA0AEAAbAB0AIAAiACgAoAEUADAAAgADAAUACAAMABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKQADAAMAAgAuAC8ApgEMAAQABwAJAAoACwANABAAGwAdACAAIgAoAKQBFAAwAAIAAwAFAAgADAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACkAAwADAAIALgAvAKoBDAAEAAcACQAKAAsADQAQABsAHQAgACIAKACoARQAMAACAAMABQAIAAwAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwApAAMAAwACAC4ALwCuAQwABAAHAAkACgALAA0AEAAbAB0AIAAiACgArAEUADAAAgADAAUACAAMABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKQADAAMAAgAuAC8AsgEMAAQABwAJAAoACwANABAAGwAdACAAIgAoALABFAAwAAIAAwAFAAgADAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACkAAwADAAIALgAvALYBDAAEAAcACQAKAAsADQAQABsAHQAgACIAKAC0ARQAMAACAAMABQAIAAwAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwApAAUAuAEBAAUAEAABAF0AAwACAC4ALwA0AQYAAQANABAAHQAgACIAMgEWAAAAAwAEAAYADAAOAA8AEgATABQAGAAZABoAHAAeAB8AIQAjACQAJQAmACcADAC6AQEADQC8AQEAEAC+AQEAEgDAAQEAEwDEAQEAHQADAAIALgAvAKAAAgAgACIAwgECABwAHgAGAQIAUABRAAcBAgBUAFUABQEDAE8AUgBTAJ4ADQADAA4AFwAYABkAGgAfACEAIwAkACUAJgAnAAoAugEBAA0AvAEBABAAvgEBABIAwAEBABMAAwACAC4ALwAGAQIAUABRAAcBAgBUAFUAoAADAB0AIAAiAAUBAwBPAFIAUwCeAA8AAwAOABcAGAAZABoAHAAeAB8AIQAjACQAJQAmACcADQC6AQEADQC8AQEAEAC+AQEAEgDAAQEAEwDEAQEAHQADAAIALgAvAKAAAgAgACIAwgECABwAHgDGAQIAGgAfAAYBAgBQAFEABwECAFQAVQAFAQMATwBSAFMAngALAAMADgAXABgAGQAhACMAJAAlACYAJwAOALoBAQANALwBAQAQAL4BAQASAMABAQATAMQBAQAdAAMAAgAuAC8AwgECABwAHgDGAQIAGgAfAMgBAgAgACIAygECACEAIwAGAQIAUABRAAcBAgBUAFUABQEDAE8AUgBTAJ4ACQADAA4AFwAYABkAJAAlACYAJwAPALoBAQANALwBAQAQAL4BAQASAMABAQATAMQBAQAdAAMAAgAuAC8AwgECABwAHgDGAQIAGgAfAMgBAgAgACIAygECACEAIwDMAQIAJAAlAAYBAgBQAFEABwECAFQAVQAFAQMATwBSAFMAngAHAAMADgAXABgAGQAmACcAEAC6AQEADQC8AQEAEAC+AQEAEgDAAQEAEwDEAQEAHQDOAQEAJgADAAIALgAvAMIBAgAcAB4AxgECABoAHwDIAQIAIAAiAMoBAgAhACMAzAECACQAJQAGAQIAUABRAAcBAgBUAFUABQEDAE8AUgBTAJ4ABgADAA4AFwAYABkAJwARALoBAQANALwBAQAQAL4BAQASAMABAQATAMQBAQAdAM4BAQAmANABAQAnAAMAAgAuAC8AwgECABwAHgDGAQIAGgAfAMgBAgAgACIAygECACEAIwDMAQIAJAAlAAYBAgBQAFEABwECAFQAVQAFAQMATwBSAFMAvgAFAAMADgAXABgAGQAKALoBAQANALwBAQAQAL4BAQASAMABAQATAAMAAgAuAC8ABgECAFAAUQAHAQIAVABVAMYAAwAdACAAIgAFAQMATwBSAFMAxAAPAAMADgAXABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwBmAQYAAQANABAAHQAgACIAZAEWAAAAAwAEAAYADAAOAA8AEgATABQAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAG4BBgABAA0AEAAdACAAIgBsARYAAAADAAQABgAMAA4ADwASABMAFAAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8AagEGAAEADQAQAB0AIAAiAGgBFgAAAAMABAAGAAwADgAPABIAEwAUABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwCCAQYAAQANABAAHQAgACIAgAEWAAAAAwAEAAYADAAOAA8AEgATABQAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvADoBBgABAA0AEAAdACAAIgA4ARYAAAADAAQABgAMAA4ADwASABMAFAAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8AjgEGAAEADQAQAB0AIAAiAIwBFgAAAAMABAAGAAwADgAPABIAEwAUABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwCaAQYAAQANABAAHQAgACIAmAEWAAAAAwAEAAYADAAOAA8AEgATABQAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAJIBBgABAA0AEAAdACAAIgCQARYAAAADAAQABgAMAA4ADwASABMAFAAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8AtgEGAAEADQAQAB0AIAAiALQBFgAAAAMABAAGAAwADgAPABIAEwAUABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwCWAQYAAQANABAAHQAgACIAlAEWAAAAAwAEAAYADAAOAA8AEgATABQAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAHIBBgABAA0AEAAdACAAIgBwARYAAAADAAQABgAMAA4ADwASABMAFAAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8ApgEGAAEADQAQAB0AIAAiAKQBFgAAAAMABAAGAAwADgAPABIAEwAUABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwCGAQYAAQANABAAHQAgACIAhAEWAAAAAwAEAAYADAAOAA8AEgATABQAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAKoBBgABAA0AEAAdACAAIgCoARYAAAADAAQABgAMAA4ADwASABMAFAAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8ARgEGAAEADQAQAB0AIAAiAEQBFgAAAAMABAAGAAwADgAPABIAEwAUABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwCuAQYAAQANABAAHQAgACIArAEWAAAAAwAEAAYADAAOAA8AEgATABQAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAEoBBgABAA0AEAAdACAAIgBIARYAAAADAAQABgAMAA4ADwASABMAFAAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8APgEGAAEADQAQAB0AIAAiADwBFgAAAAMABAAGAAwADgAPABIAEwAUABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwBOAQYAAQANABAAHQAgACIATAEWAAAAAwAEAAYADAAOAA8AEgATABQAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAHYBBgABAA0AEAAdACAAIgB0ARYAAAADAAQABgAMAA4ADwASABMAFAAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8AngEGAAEADQAQAB0AIAAiAJwBFgAAAAMABAAGAAwADgAPABIAEwAUABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwB6AQYAAQANABAAHQAgACIAeAEWAAAAAwAEAAYADAAOAA8AEgATABQAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAH4BBgABAA0AEAAdACAAIgB8ARYAAAADAAQABgAMAA4ADwASABMAFAAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8AogEGAAEADQAQAB0AIAAiAKABFgAAAAMABAAGAAwADgAPABIAEwAUABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwBCAQYAAQANABAAHQAgACIAQAEWAAAAAwAEAAYADAAOAA8AEgATABQAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAFIBBgABAA0AEAAdACAAIgBQARYAAAADAAQABgAMAA4ADwASABMAFAAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8AVgEGAAEADQAQAB0AIAAiAFQBFgAAAAMABAAGAAwADgAPABIAEwAUABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwBaAQYAAQANABAAHQAgACIAWAEWAAAAAwAEAAYADAAOAA8AEgATABQAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAF4BBgABAA0AEAAdACAAIgBcARYAAAADAAQABgAMAA4ADwASABMAFAAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8AYgEGAAEADQAQAB0AIAAiAGABFgAAAAMABAAGAAwADgAPABIAEwAUABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwCKAQYAAQANABAAHQAgACIAiAEWAAAAAwAEAAYADAAOAA8AEgATABQAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvALIBBgABAA0AEAAdACAAIgCwARYAAAADAAQABgAMAA4ADwASABMAFAAYABkAGgAcAB4AHwAhACMAJAAlACYAJwAPANIBAQANANQBAQAQANYBAQASANgBAQATAN4BAQAdAAMAAgAuAC8A2gECABoAHwDcAQIAHAAeAOABAgAgACIA4gECACEAIwDkAQIAJAAlAEQBAgBQAFEARQECAFQAVQBDAQMATwBSAFMAngAFADQAGQAmACcAKgAQANIBAQANANQBAQAQANYBAQASANgBAQATAN4BAQAdAOYBAQAmAAMAAgAuAC8A2gECABoAHwDcAQIAHAAeAOABAgAgACIA4gECACEAIwDkAQIAJAAlAEQBAgBQAFEARQECAFQAVQBDAQMATwBSAFMAngAEADQAGQAnACoACgDoAQEADQDqAQEAEADsAQEAEgDuAQEAEwADAAIALgAvACsBAgBQAFEALAECAFQAVQDGAAMAHQAgACIAKgEDAE8AUgBTAMQADQA2ABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAcAugEBAA0AvAEBABAAAwACAC4ALwAGAQIAUABRAPwAAwAdACAAIgDfAAMATwBSAHcA+gARAAMADgASABMAFwAYABkAGgAcAB4AHwAhACMAJAAlACYAJwAHALoBAQANALwBAQAQAAMAAgAuAC8ABgECAFAAUQASAQMAHQAgACIA3gADAE8AUgB3ABABEQADAA4AEgATABcAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAEQDSAQEADQDUAQEAEADWAQEAEgDYAQEAEwDeAQEAHQDmAQEAJgDwAQEAJwADAAIALgAvANoBAgAaAB8A3AECABwAHgDgAQIAIAAiAOIBAgAhACMA5AECACQAJQBEAQIAUABRAEUBAgBUAFUAvgADADQAGQAqAEMBAwBPAFIAUwAHALoBAQANALwBAQAQAAMAAgAuAC8ABgECAFAAUQAAAQMAHQAgACIA5gADAE8AUgB3AP4AEQADAA4AEgATABcAGAAZABoAHAAeAB8AIQAjACQAJQAmACcABwC6AQEADQC8AQEAEAADAAIALgAvAAYBAgBQAFEABAEDAB0AIAAiAOYAAwBPAFIAdwACAREAAwAOABIAEwAXABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAwA6AEBAA0A6gEBABAA7AEBABIA7gEBABMA9AEBAB0AAwACAC4ALwCgAAIAIAAiAPIBAgAcAB4AKwECAFAAUQAsAQIAVABVACoBAwBPAFIAUwCeAAsANgAZABoAHwAhACMAJAAlACYAJwAqAAoA6AEBAA0A6gEBABAA7AEBABIA7gEBABMAAwACAC4ALwArAQIAUABRACwBAgBUAFUAoAADAB0AIAAiACoBAwBPAFIAUwCeAA0ANgAZABoAHAAeAB8AIQAjACQAJQAmACcAKgANAOgBAQANAOoBAQAQAOwBAQASAO4BAQATAPQBAQAdAAMAAgAuAC8AoAACACAAIgDyAQIAHAAeAPYBAgAaAB8AKwECAFAAUQAsAQIAVABVACoBAwBPAFIAUwCeAAkANgAZACEAIwAkACUAJgAnACoADgDoAQEADQDqAQEAEADsAQEAEgDuAQEAEwD0AQEAHQADAAIALgAvAPIBAgAcAB4A9gECABoAHwD4AQIAIAAiAPoBAgAhACMAKwECAFAAUQAsAQIAVABVACoBAwBPAFIAUwCeAAcANgAZACQAJQAmACcAKgAPAOgBAQANAOoBAQAQAOwBAQASAO4BAQATAPQBAQAdAAMAAgAuAC8A8gECABwAHgD2AQIAGgAfAPgBAgAgACIA+gECACEAIwD8AQIAJAAlACsBAgBQAFEALAECAFQAVQAqAQMATwBSAFMAngAFADYAGQAmACcAKgAQAOgBAQANAOoBAQAQAOwBAQASAO4BAQATAPQBAQAdAP4BAQAmAAMAAgAuAC8A8gECABwAHgD2AQIAGgAfAPgBAgAgACIA+gECACEAIwD8AQIAJAAlACsBAgBQAFEALAECAFQAVQAqAQMATwBSAFMAngAEADYAGQAnACoABwAAAgEADQADAgEAEAADAAIALgAvAAYBAgBQAFEACAEDAB0AIAAiAOYAAwBPAFIAdwAGAREAAwAOABIAEwAXABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAoA0gEBAA0A1AEBABAA1gEBABIA2AEBABMAAwACAC4ALwBEAQIAUABRAEUBAgBUAFUAxgADAB0AIAAiAEMBAwBPAFIAUwDEAA0ANAAZABoAHAAeAB8AIQAjACQAJQAmACcAKgARAOgBAQANAOoBAQAQAOwBAQASAO4BAQATAPQBAQAdAP4BAQAmAAYCAQAnAAMAAgAuAC8A8gECABwAHgD2AQIAGgAfAPgBAgAgACIA+gECACEAIwD8AQIAJAAlACsBAgBQAFEALAECAFQAVQC+AAMANgAZACoAKgEDAE8AUgBTAAwA0gEBAA0A1AEBABAA1gEBABIA2AEBABMA3gEBAB0AAwACAC4ALwCgAAIAIAAiANwBAgAcAB4ARAECAFAAUQBFAQIAVABVAEMBAwBPAFIAUwCeAAsANAAZABoAHwAhACMAJAAlACYAJwAqAAoA0gEBAA0A1AEBABAA1gEBABIA2AEBABMAAwACAC4ALwBEAQIAUABRAEUBAgBUAFUAoAADAB0AIAAiAEMBAwBPAFIAUwCeAA0ANAAZABoAHAAeAB8AIQAjACQAJQAmACcAKgANANIBAQANANQBAQAQANYBAQASANgBAQATAN4BAQAdAAMAAgAuAC8AoAACACAAIgDaAQIAGgAfANwBAgAcAB4ARAECAFAAUQBFAQIAVABVAEMBAwBPAFIAUwCeAAkANAAZACEAIwAkACUAJgAnACoADgDSAQEADQDUAQEAEADWAQEAEgDYAQEAEwDeAQEAHQADAAIALgAvANoBAgAaAB8A3AECABwAHgDgAQIAIAAiAOIBAgAhACMARAECAFAAUQBFAQIAVABVAEMBAwBPAFIAUwCeAAcANAAZACQAJQAmACcAKgAHAOgBAQANAOoBAQAQAAMAAgAuAC8AKwECAFAAUQD8AAMAHQAgACIA7gADAE8AUgB3APoADwA2ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgAHAOgBAQANAOoBAQAQAAMAAgAuAC8AKwECAFAAUQAEAQMAHQAgACIA8AADAE8AUgB3AAIBDwA2ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgAHAOgBAQANAOoBAQAQAAMAAgAuAC8AKwECAFAAUQAAAQMAHQAgACIA8AADAE8AUgB3AP4ADwA2ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgAHAAgCAQANAAsCAQAQAAMAAgAuAC8AKwECAFAAUQAIAQMAHQAgACIA8AADAE8AUgB3AAYBDwA2ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgAHAA4CAQANABECAQAQAAMAAgAuAC8ARAECAFAAUQAIAQMAHQAgACIA8QADAE8AUgB3AAYBDwA0ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgAHAOgBAQANAOoBAQAQAAMAAgAuAC8AKwECAFAAUQASAQMAHQAgACIA7wADAE8AUgB3ABABDwA2ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgAHANIBAQANANQBAQAQAAMAAgAuAC8ARAECAFAAUQASAQMAHQAgACIA9AADAE8AUgB3ABABDwA0ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgAHANIBAQANANQBAQAQAAMAAgAuAC8ARAECAFAAUQAAAQMAHQAgACIA8QADAE8AUgB3AP4ADwA0ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgAHANIBAQANANQBAQAQAAMAAgAuAC8ARAECAFAAUQD8AAMAHQAgACIA9gADAE8AUgB3APoADwA0ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgAHANIBAQANANQBAQAQAAMAAgAuAC8ARAECAFAAUQAEAQMAHQAgACIA8QADAE8AUgB3AAIBDwA0ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgAFABQCAQAFABIAAQBdAAMAAgAuAC8ANAEFAA0AEAAdACAAIgAyAREAAwAOABIAEwAXABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwCCAQUADQAQAB0AIAAiAIABEQADAA4AEgATABcAGAAZABoAHAAeAB8AIQAjACQAJQAmACcABQAWAgEABQARAAEAXQADAAIALgAvADQBBQANABAAHQAgACIAMgEPADQAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwC2AQUADQAQAB0AIAAiALQBEQADAA4AEgATABcAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAD4BBQANABAAHQAgACIAPAERAAMADgASABMAFwAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8AQgEFAA0AEAAdACAAIgBAAREAAwAOABIAEwAXABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwBGAQUADQAQAB0AIAAiAEQBEQADAA4AEgATABcAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAEoBBQANABAAHQAgACIASAERAAMADgASABMAFwAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8ATgEFAA0AEAAdACAAIgBMAREAAwAOABIAEwAXABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwBSAQUADQAQAB0AIAAiAFABEQADAA4AEgATABcAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAFYBBQANABAAHQAgACIAVAERAAMADgASABMAFwAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8AWgEFAA0AEAAdACAAIgBYAREAAwAOABIAEwAXABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwBeAQUADQAQAB0AIAAiAFwBEQADAA4AEgATABcAGAAZABoAHAAeAB8AIQAjACQAJQAmACcABQAYAgEABQAUAAEAXQADAAIALgAvADQBBQANABAAHQAgACIAMgEPADYAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwBiAQUADQAQAB0AIAAiAGABEQADAA4AEgATABcAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAGYBBQANABAAHQAgACIAZAERAAMADgASABMAFwAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8AagEFAA0AEAAdACAAIgBoAREAAwAOABIAEwAXABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwCyAQUADQAQAB0AIAAiALABEQADAA4AEgATABcAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvADoBBQANABAAHQAgACIAOAERAAMADgASABMAFwAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8AcgEFAA0AEAAdACAAIgBwAREAAwAOABIAEwAXABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwB2AQUADQAQAB0AIAAiAHQBEQADAA4AEgATABcAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAHoBBQANABAAHQAgACIAeAERAAMADgASABMAFwAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8AfgEFAA0AEAAdACAAIgB8AREAAwAOABIAEwAXABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwCGAQUADQAQAB0AIAAiAIQBEQADAA4AEgATABcAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAIoBBQANABAAHQAgACIAiAERAAMADgASABMAFwAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8AjgEFAA0AEAAdACAAIgCMAREAAwAOABIAEwAXABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwCSAQUADQAQAB0AIAAiAJABEQADAA4AEgATABcAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAJYBBQANABAAHQAgACIAlAERAAMADgASABMAFwAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8AmgEFAA0AEAAdACAAIgCYAREAAwAOABIAEwAXABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwCeAQUADQAQAB0AIAAiAJwBEQADAA4AEgATABcAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAKIBBQANABAAHQAgACIAoAERAAMADgASABMAFwAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8ApgEFAA0AEAAdACAAIgCkAREAAwAOABIAEwAXABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwCqAQUADQAQAB0AIAAiAKgBEQADAA4AEgATABcAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAK4BBQANABAAHQAgACIArAERAAMADgASABMAFwAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8AbgEFAA0AEAAdACAAIgBsAREAAwAOABIAEwAXABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwA6AQUADQAQAB0AIAAiADgBDwA2ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8ASgEFAA0AEAAdACAAIgBIAQ8ANAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAD4BBQANABAAHQAgACIAPAEPADYAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwBOAQUADQAQAB0AIAAiAEwBDwA0ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8ArgEFAA0AEAAdACAAIgCsAQ8ANAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAIoBBQANABAAHQAgACIAiAEPADYAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwBaAQUADQAQAB0AIAAiAFgBDwA2ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AjgEFAA0AEAAdACAAIgCMAQ8ANgASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAJIBBQANABAAHQAgACIAkAEPADYAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwCaAQUADQAQAB0AIAAiAJgBDwA0ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AsgEFAA0AEAAdACAAIgCwAQ8ANgASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAD4BBQANABAAHQAgACIAPAEPADQAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwCWAQUADQAQAB0AIAAiAJQBDwA2ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8ApgEFAA0AEAAdACAAIgCkAQ8ANAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAEIBBQANABAAHQAgACIAQAEPADQAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwC2AQUADQAQAB0AIAAiALQBDwA0ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AYgEFAA0AEAAdACAAIgBgAQ8ANgASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAGYBBQANABAAHQAgACIAZAEPADYAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwBqAQUADQAQAB0AIAAiAGgBDwA2ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AbgEFAA0AEAAdACAAIgBsAQ8ANgASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAE4BBQANABAAHQAgACIATAEPADYAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwByAQUADQAQAB0AIAAiAHABDwA2ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AVgEFAA0AEAAdACAAIgBUAQ8ANgASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAJoBBQANABAAHQAgACIAmAEPADYAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwCeAQUADQAQAB0AIAAiAJwBDwA2ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AUgEFAA0AEAAdACAAIgBQAQ8ANAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAKIBBQANABAAHQAgACIAoAEPADYAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwCmAQUADQAQAB0AIAAiAKQBDwA2ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AtgEFAA0AEAAdACAAIgC0AQ8ANgASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAKIBBQANABAAHQAgACIAoAEPADQAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwBGAQUADQAQAB0AIAAiAEQBDwA0ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AqgEFAA0AEAAdACAAIgCoAQ8ANgASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAFYBBQANABAAHQAgACIAVAEPADQAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwBaAQUADQAQAB0AIAAiAFgBDwA0ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AXgEFAA0AEAAdACAAIgBcAQ8ANAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAHYBBQANABAAHQAgACIAdAEPADYAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwB6AQUADQAQAB0AIAAiAHgBDwA2ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AfgEFAA0AEAAdACAAIgB8AQ8ANgASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAEIBBQANABAAHQAgACIAQAEPADYAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwBGAQUADQAQAB0AIAAiAEQBDwA2ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AggEFAA0AEAAdACAAIgCAAQ8ANgASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAGIBBQANABAAHQAgACIAYAEPADQAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwBmAQUADQAQAB0AIAAiAGQBDwA0ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AagEFAA0AEAAdACAAIgBoAQ8ANAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAG4BBQANABAAHQAgACIAbAEPADQAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwA6AQUADQAQAB0AIAAiADgBDwA0ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AcgEFAA0AEAAdACAAIgBwAQ8ANAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAEoBBQANABAAHQAgACIASAEPADYAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwB2AQUADQAQAB0AIAAiAHQBDwA0ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AegEFAA0AEAAdACAAIgB4AQ8ANAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAH4BBQANABAAHQAgACIAfAEPADQAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwCCAQUADQAQAB0AIAAiAIABDwA0ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AhgEFAA0AEAAdACAAIgCEAQ8ANAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAIYBBQANABAAHQAgACIAhAEPADYAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwBeAQUADQAQAB0AIAAiAFwBDwA2ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AUgEFAA0AEAAdACAAIgBQAQ8ANgASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAKoBBQANABAAHQAgACIAqAEPADQAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwCyAQUADQAQAB0AIAAiALABDwA0ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AigEFAA0AEAAdACAAIgCIAQ8ANAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAI4BBQANABAAHQAgACIAjAEPADQAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwCSAQUADQAQAB0AIAAiAJABDwA0ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AngEFAA0AEAAdACAAIgCcAQ8ANAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAJYBBQANABAAHQAgACIAlAEPADQAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwCuAQUADQAQAB0AIAAiAKwBDwA2ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgAEAB4CAQAZAAMAAgAuAC8AHAIGAAQABwAJAAoACwAoABoCCgAwAAIAAwAFAAgADAANABoAGwApAAMAAwACAC4ALwDAAAYABAAHAAkACgALACgAvgALADAAAgADAAUACAAMAA0AGQAaABsAKQADAAMAAgAuAC8AIgIGAAQABwAJAAoACwAoACACCwAwAAIAAwAFAAgADAANABkAGgAbACkAAwADAAIALgAvACYCBwAEAAcACQAKAAsAFQAoACQCCQAwAAIABQAIAA0ADgAaABsAKQADAAMAAgAuAC8AKgIHAAQABwAJAAoACwAVACgAKAIJADAAAgADAAUACAANABoAGwApAAMAAwACAC4ALwAsAgYABAAHAAkACgALACgAOgAKADAAAgADAAUACAAMAA0AGgAbACkAAwADAAIALgAvACoCBgAEAAcACQAKAAsAKAAoAgkAMAACAAMABQAIAA0AGgAbACkACwAuAgEAMgAwAgEAMwAyAgEANQBlAQEAcAB2AQEAbQCEAQEAcQDCAQEAcgDfAQEAeAADAAIALgAvAAACAgBsAG8AkQEEAGgAaQBqAGsACwAuAgEAMgAwAgEAMwA0AgEANQBlAQEAcAB2AQEAbQB7AQEAcQDfAQEAeADwAQEAcgADAAIALgAvAAACAgBsAG8AkQEEAGgAaQBqAGsACwAuAgEAMgAwAgEAMwA2AgEANQBlAQEAcAByAQEAcQB2AQEAbQDAAQEAcgDfAQEAeAADAAIALgAvAAACAgBsAG8AkQEEAGgAaQBqAGsAAwADAAIALgAvADoCBgAEAAcACQAKAAsAKAA4AggAMAACAAUACAANABoAGwApAAsALgIBADIAMAIBADMANAIBADUAZQEBAHAAdgEBAG0AeQEBAHEA3wEBAHgAHAIBAHIAAwACAC4ALwAAAgIAbABvAGIBBABoAGkAagBrAAMAAwACAC4ALwA+AgYABAAHAAkACgALACgAPAIIADAAAgAFAAgADQAaABsAKQALAC4CAQAyADACAQAzADICAQA1AGUBAQBwAHYBAQBtAIIBAQBxANEBAQByAN8BAQB4AAMAAgAuAC8AAAICAGwAbwBhAQQAaABpAGoAawALAC4CAQAyADACAQAzADYCAQA1AGUBAQBwAG4BAQBxAHYBAQBtAL4BAQByAN8BAQB4AAMAAgAuAC8AAAICAGwAbwBjAQQAaABpAGoAawAKAC4CAQAyADACAQAzAEACAQA1AGUBAQBwAHYBAQBtALgBAQBuAN8BAQB4AAMAAgAuAC8AAAICAGwAbwCBAQQAaABpAGoAawAKAC4CAQAyADACAQAzAEICAQA1AGUBAQBwAHYBAQBtANwBAQByAN8BAQB4AAMAAgAuAC8AAAICAGwAbwCRAQQAaABpAGoAawAKAEQCAQAxAEYCAQAyAEgCAQAzAEoCAQA1AGgBAQBwAG8BAQBtAKcBAQB4AAMAAgAuAC8AtwECAGwAbwBsAQQAaABpAGoAawAKAEwCAQAxAE4CAQAyAFECAQAzAFQCAQA1AGgBAQBwAG8BAQBtAKcBAQB4AAMAAgAuAC8AtwECAGwAbwBsAQQAaABpAGoAawAKAC4CAQAyADACAQAzAFcCAQA1AGUBAQBwAHYBAQBtALwBAQBuAN8BAQB4AAMAAgAuAC8AAAICAGwAbwCRAQQAaABpAGoAawAKAC4CAQAyADACAQAzAEICAQA1AGUBAQBwAHYBAQBtAMABAQByAN8BAQB4AAMAAgAuAC8AAAICAGwAbwBzAQQAaABpAGoAawAKAC4CAQAyADACAQAzAFcCAQA1AGUBAQBwAHYBAQBtAMQBAQBuAN8BAQB4AAMAAgAuAC8AAAICAGwAbwBtAQQAaABpAGoAawALAEYCAQAyAEgCAQAzAEoCAQA1AFkCAQAxAGgBAQBwAG8BAQBtAKcBAQB4ALYBAQBpAAMAAgAuAC8AtwECAGwAbwBrAQMAaABqAGsACgBKAgEANQBbAgEAMgBdAgEAMwBfAgEANwBnAQEAcABpAQEAbQCjAQEAeAADAAIALgAvAOEBAgBsAG8AdAEEAGgAaQBqAGsACgAuAgEAMgAwAgEAMwBCAgEANQBlAQEAcAB2AQEAbQDfAQEAeADkAQEAcgADAAIALgAvAAACAgBsAG8AagEEAGgAaQBqAGsACgAuAgEAMgAwAgEAMwBCAgEANQBlAQEAcAB2AQEAbQDfAQEAeADkAQEAcgADAAIALgAvAAACAgBsAG8AkQEEAGgAaQBqAGsACgBMAgEANwBUAgEANQBhAgEAMgBkAgEAMwBnAQEAcABpAQEAbQCjAQEAeAADAAIALgAvAOEBAgBsAG8AdAEEAGgAaQBqAGsACgBGAgEAMgBIAgEAMwBKAgEANQBnAgEAMQBoAQEAcABvAQEAbQCnAQEAeAADAAIALgAvALcBAgBsAG8AbAEEAGgAaQBqAGsACgAuAgEAMgAwAgEAMwBpAgEANQBlAQEAcAB2AQEAbQDfAQEAeAAbAgEAbgADAAIALgAvAAACAgBsAG8AeAEEAGgAaQBqAGsACgBKAgEANQBbAgEAMgBdAgEAMwBrAgEANwBnAQEAcABpAQEAbQCjAQEAeAADAAIALgAvAOEBAgBsAG8AegEEAGgAaQBqAGsACgAuAgEAMgAwAgEAMwBpAgEANQBlAQEAcAB2AQEAbQDfAQEAeADvAQEAbgADAAIALgAvAAACAgBsAG8AkQEEAGgAaQBqAGsACgAuAgEAMgAwAgEAMwBtAgEANQBlAQEAcAB2AQEAbQDfAQEAeADwAQEAcgADAAIALgAvAAACAgBsAG8AfAEEAGgAaQBqAGsACgBKAgEANQBbAgEAMgBdAgEAMwBvAgEANwBnAQEAcABpAQEAbQCjAQEAeAADAAIALgAvAOEBAgBsAG8AdAEEAGgAaQBqAGsACgAuAgEAMgAwAgEAMwBtAgEANQBlAQEAcAB2AQEAbQDfAQEAeAD2AQEAcgADAAIALgAvAAACAgBsAG8AfQEEAGgAaQBqAGsACgAuAgEAMgAwAgEAMwBtAgEANQBlAQEAcAB2AQEAbQDfAQEAeAD2AQEAcgADAAIALgAvAAACAgBsAG8AkQEEAGgAaQBqAGsACgAuAgEAMgAwAgEAMwBtAgEANQBlAQEAcAB2AQEAbQDfAQEAeADtAQEAcgADAAIALgAvAAACAgBsAG8AkQEEAGgAaQBqAGsACwBGAgEAMgBIAgEAMwBKAgEANQBxAgEAMQBoAQEAcABvAQEAbQCnAQEAeADTAQEAaQADAAIALgAvALcBAgBsAG8AfwEDAGgAagBrAAoARgIBADIASAIBADMASgIBADUAcwIBADEAaAEBAHAAbwEBAG0ApwEBAHgAAwACAC4ALwC3AQIAbABvAGwBBABoAGkAagBrAAoASgIBADUAWwIBADIAXQIBADMAdQIBADcAZwEBAHAAaQEBAG0AowEBAHgAAwACAC4ALwDhAQIAbABvAIMBBABoAGkAagBrAAoALgIBADIAMAIBADMAQAIBADUAZQEBAHAAdgEBAG0AvwEBAG4A3wEBAHgAAwACAC4ALwAAAgIAbABvAJEBBABoAGkAagBrAAoALgIBADIAMAIBADMAdwIBADUAZQEBAHAAdgEBAG0AwgEBAHIA3wEBAHgAAwACAC4ALwAAAgIAbABvAIUBBABoAGkAagBrAAoASgIBADUAWwIBADIAXQIBADMAeQIBADcAZwEBAHAAaQEBAG0AowEBAHgAAwACAC4ALwDhAQIAbABvAHQBBABoAGkAagBrAAoALgIBADIAMAIBADMAdwIBADUAZQEBAHAAdgEBAG0A3wEBAHgA7AEBAHIAAwACAC4ALwAAAgIAbABvAIcBBABoAGkAagBrAAoALgIBADIAMAIBADMAdwIBADUAZQEBAHAAdgEBAG0A3wEBAHgA7AEBAHIAAwACAC4ALwAAAgIAbABvAJEBBABoAGkAagBrAAoASgIBADUAWwIBADIAXQIBADMAewIBADcAZwEBAHAAaQEBAG0AowEBAHgAAwACAC4ALwDhAQIAbABvAHEBBABoAGkAagBrAAoALgIBADIAMAIBADMAdwIBADUAZQEBAHAAdgEBAG0A1wEBAHIA3wEBAHgAAwACAC4ALwAAAgIAbABvAJEBBABoAGkAagBrAAsARgIBADIASAIBADMASgIBADUAfQIBADEAaAEBAHAAbwEBAG0ApwEBAHgA3QEBAGkAAwACAC4ALwC3AQIAbABvAIkBAwBoAGoAawAKAEYCAQAyAEgCAQAzAEoCAQA1AH8CAQAxAGgBAQBwAG8BAQBtAKcBAQB4AAMAAgAuAC8AtwECAGwAbwBsAQQAaABpAGoAawAKAEoCAQA1AFsCAQAyAF0CAQAzAIECAQA3AGcBAQBwAGkBAQBtAKMBAQB4AAMAAgAuAC8A4QECAGwAbwCLAQQAaABpAGoAawAKAEoCAQA1AFsCAQAyAF0CAQAzAIMCAQA3AGcBAQBwAGkBAQBtAKMBAQB4AAMAAgAuAC8A4QECAGwAbwB0AQQAaABpAGoAawALAEYCAQAyAEgCAQAzAEoCAQA1AIUCAQAxAGgBAQBwAG8BAQBtAKcBAQB4AOIBAQBpAAMAAgAuAC8AtwECAGwAbwCNAQMAaABqAGsACgBGAgEAMgBIAgEAMwBKAgEANQCHAgEAMQBoAQEAcABvAQEAbQCnAQEAeAADAAIALgAvALcBAgBsAG8AbAEEAGgAaQBqAGsACgBKAgEANQBbAgEAMgBdAgEAMwCJAgEANwBnAQEAcABpAQEAbQCjAQEAeAADAAIALgAvAOEBAgBsAG8AjwEEAGgAaQBqAGsACgBKAgEANQBbAgEAMgBdAgEAMwCLAgEANwBnAQEAcABpAQEAbQCjAQEAeAADAAIALgAvAOEBAgBsAG8AdAEEAGgAaQBqAGsACwBGAgEAMgBIAgEAMwBKAgEANQCNAgEAMQBoAQEAcABvAQEAbQCnAQEAeACzAQEAaQADAAIALgAvALcBAgBsAG8AdQEDAGgAagBrAAkAVAIBADUAjwIBADIAkgIBADMAZQEBAHAAdgEBAG0A3wEBAHgAAwACAC4ALwAAAgIAbABvAJEBBABoAGkAagBrAAMAIgIBAAEAAwACAC4ALwAgAgoAAAADAAQABgAMAA4ADwAUABgAGQADAMAAAQABAAMAAgAuAC8AvgAKAAAAAwAEAAYADAAOAA8AFAAYABkABgAJAAEABACVAgEAAwD+AQEAPQBwAgEAOQADAAIALgAvAJkBAwA6ADsAcwAGAAkAAQAEAJUCAQADAAoCAQA9AE0CAQA5AAMAAgAuAC8AmQEDADoAOwBzAAcAlwIBAAEAmQIBAAIAmwIBAAQAnQIBADAAlQEBADwAAwACAC4ALwCdAQIAQwB0AAcAJwABAAMAnwIBABcAoQIBABgAowIBABkAFgEBAEwALQIBAFoAAwACAC4ALwAEAKcCAQAEAAMAAgAuAC8ApQICAAAAAwCYAQMAOgA7AHMABAAJAAEABAADAAIALgAvAKoCAgAAAAMAmAEDADoAOwBzAAcArAIBAAYArgIBAAwAsAIBABgAsgIBABkAIQABAEUArwEBAHUAAwACAC4ALwAHAC0AAQADAJ8CAQAXAKMCAQAZALQCAQAYAMMAAQBMAFYCAQBaAAMAAgAuAC8ABwANAAEAAwCfAgEAFwCjAgEAGQC2AgEAGACqAAEATABBAgEAWgADAAIALgAvAAYAmQIBAAIAnQIBADAAuAIBAAQAlAEBADwAAwACAC4ALwCyAQIAQwB0AAcAKQABAAMAnwIBABcAowIBABkAugIBABgAJwEBAEwAOAIBAFoAAwACAC4ALwAFAL4CAQAMAC8AAQBFAJ8BAQB1AAMAAgAuAC8AvAIDAAYADgAYAAcAKwABAAMAnwIBABcAowIBABkAwQIBABgANQEBAEwALgIBAFoAAwACAC4ALwAGAMMCAQAVAMUCAQAXAMcCAQAqAMkCAQAsAMsCAQAtAAMAAgAuAC8ABgDDAgEAFQDFAgEAFwDJAgEALADNAgEAKgDPAgEALQADAAIALgAvAAQA0QIBADIApQEBAHgAAwACAC4ALwDTAgMAMwA1ADcABgDDAgEAFQDFAgEAFwDJAgEALADVAgEAKgDXAgEALQADAAIALgAvAAQA2QIBADIApQEBAHgAAwACAC4ALwDcAgMAMwA1ADcABgBkAAEADgCfAgEAFwCjAgEAGQATAQEASABaAgEAWgADAAIALgAvAAQA3gIBADIAqgEBAHgAAwACAC4ALwDTAgMAMQAzADUABgBoAAEADgCfAgEAFwCjAgEAGQC+AAEASAA1AgEAWgADAAIALgAvAAYAYgABAA4AnwIBABcAowIBABkApwABAEgAUAIBAFoAAwACAC4ALwAEAOACAQAyAKoBAQB4AAMAAgAuAC8A3AIDADEAMwA1AAIAAwACAC4ALwC+AAUAAwAOABcAGAAZAAYAYAABAA4AnwIBABcAowIBABkAIwEBAEgAYQIBAFoAAwACAC4ALwAGAGYAAQAOAJ8CAQAXAKMCAQAZADEBAQBIAFcCAQBaAAMAAgAuAC8AAgADAAIALgAvACACBQADAA4AFwAYABkABgC2AAEABgDjAgEADADlAgEAGAAlAAEARQCfAQEAdQADAAIALgAvAAYAsgIBABkA5wIBAAwA6QIBAA4AKAABAEUAtAEBAHUAAwACAC4ALwADALICAQAZAAMAAgAuAC8AvAIEAAYADAAOABgABQDrAgEAAgDtAgEABADwAgEAMAADAAIALgAvALIBAgBDAHQAAwDzAgEAMQADAAIALgAvAPUCAwAyADMANQAFAMgAAQAOAPcCAQAMACMAAQBFAJ8BAQB1AAMAAgAuAC8AAgADAAIALgAvAPkCBAAxADIAMwA1AAMA+wIBADEAAwACAC4ALwD1AgMAMgAzADUAAgADAAIALgAvAP0CBAAxADIAMwA1AAIAAwACAC4ALwD/AgQAMgAzADUANwACAAMAAgAuAC8AAQMEADIAMwA1ADcAAgADAAIALgAvAAEDBAAxADIAMwA1AAMAsgIBABkAAwACAC4ALwADAwMAAAADAAQAAgADAAIALgAvAAUDBAAxADIAMwA1AAUABwMBABUACQMBABcACwMBACwADQMBAC0AAwACAC4ALwACAAMAAgAuAC8ADwMEADEAMgAzADUAAgADAAIALgAvAAUDBAAyADMANQA3AAIAAwACAC4ALwARAwQAMQAyADMANQAFAMMCAQAVAMUCAQAXANcCAQAtABMDAQAqAAMAAgAuAC8AAgADAAIALgAvABEDBAAyADMANQA3AAUAwwIBABUAxQIBABcAFQMBACoAFwMBACsAAwACAC4ALwACAAMAAgAuAC8A/wIEADEAMgAzADUABQArAAEAAwCfAgEAFwA5AQEATAAyAgEAWgADAAIALgAvAAUAKQABAAMAnwIBABcAUgEBAEwASAIBAFoAAwACAC4ALwACAAMAAgAuAC8AGQMEADEAMgAzADUAAgADAAIALgAvABsDBAAxADIAMwA1AAIAAwACAC4ALwAZAwQAMgAzADUANwAFAB0DAQAxAB8DAQAyABkCAQB4AKMCAQBpAAMAAgAuAC8AAgADAAIALgAvACEDBAAyADMANQA3AAIAAwACAC4ALwAjAwQAMgAzADUANwACAAMAAgAuAC8AJQMEADIAMwA1ADcABQDDAgEAFQDFAgEAFwDLAgEALQAnAwEAKgADAAIALgAvAAIAAwACAC4ALwApAwQAMQAyADMANQACAAMAAgAuAC8AKwMEADEAMgAzADUAAgADAAIALgAvAA8DBAAyADMANQA3AAIAAwACAC4ALwAtAwQAMgAzADUANwADAC8DAQAxAAMAAgAuAC8A9QIDADIAMwA1AAIAAwACAC4ALwAbAwQAMgAzADUANwAFACcAAQADAJ8CAQAXABcBAQBMAC8CAQBaAAMAAgAuAC8AAgADAAIALgAvACsDBAAyADMANQA3AAIAAwACAC4ALwAxAwQAMgAzADUANwAFAA0AAQADAJ8CAQAXAKsAAQBMAEkCAQBaAAMAAgAuAC8ABQDDAgEAFQDFAgEAFwDPAgEALQAzAwEAKgADAAIALgAvAAIAAwACAC4ALwApAwQAMgAzADUANwACAAMAAgAuAC8A+QIEADIAMwA1ADcAAgADAAIALgAvADEDBAAxADIAMwA1AAMANQMBADEAAwACAC4ALwD1AgMAMgAzADUAAgADAAIALgAvACEDBAAxADIAMwA1AAQANwMBADIA6wEBAHgAAwACAC4ALwDTAgIAMwA1AAUALQABAAMAnwIBABcAxQABAEwARAIBAFoAAwACAC4ALwACAAMAAgAuAC8A/QIEADIAMwA1ADcAAwA5AwEAMQADAAIALgAvAPUCAwAyADMANQAFAMMCAQAVAMUCAQAXADsDAQAqAD0DAQArAAMAAgAuAC8AAgADAAIALgAvAD8DBAAxADIAMwA1AAUABwMBABUACQMBABcACwMBACwAQQMBAC0AAwACAC4ALwACAAMAAgAuAC8AIwMEADEAMgAzADUABQDDAgEAFQDFAgEAFwBDAwEAKgBFAwEAKwADAAIALgAvAAIAAwACAC4ALwAtAwQAMQAyADMANQAFAAcDAQAVAAkDAQAXAAsDAQAsAEcDAQAtAAMAAgAuAC8AAgADAAIALgAvACUDBAAxADIAMwA1AAQASQMBADIA6wEBAHgAAwACAC4ALwDcAgIAMwA1AAIAAwACAC4ALwA/AwQAMgAzADUANwACAAMAAgAuAC8AMQMDADIAMwA1AAIAAwACAC4ALwABAwMAMgAzADUAAgADAAIALgAvAAUDAwAyADMANQACAAMAAgAuAC8AEQMDADIAMwA1AAIAAwACAC4ALwC+AAMANAAZACoAAgADAAIALgAvACEDAwAyADMANQACAAMAAgAuAC8AIwMDADIAMwA1AAIAAwACAC4ALwAlAwMAMgAzADUAAwCyAgEAGQADAAIALgAvAEwDAgADAA4AAgADAAIALgAvAD8DAwAyADMANQACAAMAAgAuAC8AIAIDADQAGQAqAAIAAwACAC4ALwBOAwMAAAADAAQAAgADAAIALgAvAC0DAwAyADMANQACAAMAAgAuAC8AGwMDADIAMwA1AAIAAwACAC4ALwArAwMAMgAzADUABABQAwEAGQBSAwEAKgBUAwEANgADAAIALgAvAAQAwwIBABUAxQIBABcAVgMBACoAAwACAC4ALwACAAMAAgAuAC8AWAMDAAAAAwAEAAIAAwACAC4ALwBaAwMAMgAzADUAAgADAAIALgAvAP0CAwAyADMANQACAAMAAgAuAC8AKQMDADIAMwA1AAIAAwACAC4ALwD5AgMAMgAzADUABABQAwEAGQBcAwEAKgBeAwEANgADAAIALgAvAAQAjgABACoAkAABADQAYAMBABkAAwACAC4ALwACAAMAAgAuAC8AYgMDADIAMwA1AAIAAwACAC4ALwAgAgMANgAZACoABABgAwEAGQBkAwEAKgBmAwEANAADAAIALgAvAAIAAwACAC4ALwBoAwMAMgAzADUABAAHAwEAFQAJAwEAFwBqAwEAKwADAAIALgAvAAIAAwACAC4ALwBsAwMAAAADAAQABAAHAwEAFQAJAwEAFwBBAwEALQADAAIALgAvAAQABwMBABUACQMBABcADQMBAC0AAwACAC4ALwAEAFADAQAZAG4DAQAqAHADAQA2AAMAAgAuAC8AAgADAAIALgAvAL4AAwA2ABkAKgAEAIIAAQAqAIYAAQA0AGADAQAZAAMAAgAuAC8AAwCyAgEAGQADAAIALgAvAHIDAgABAA8AAgADAAIALgAvAHQDAwAyADMANQAEAGADAQAZAHYDAQAqAHgDAQA0AAMAAgAuAC8AAgADAAIALgAvAFwBAwAwAAIABAAEAAcDAQAVAAkDAQAXAEcDAQAtAAMAAgAuAC8AAgADAAIALgAvALABAwAwAAIABAAEAJoAAQAqAJwAAQA0AGADAQAZAAMAAgAuAC8AAgADAAIALgAvABkDAwAyADMANQAEAFADAQAZAHoDAQAqAHwDAQA2AAMAAgAuAC8ABADTAgEAMQB+AwEAMgAdAgEAeAADAAIALgAvAAIAAwACAC4ALwCAAwMAMgAzADUAAgADAAIALgAvAP8CAwAyADMANQACAAMAAgAuAC8ADwMDADIAMwA1AAQA3AIBADEAggMBADIAHQIBAHgAAwACAC4ALwACAAMAAgAuAC8AhQMDADIAMwA1AAIAAwACAC4ALwCHAwMAMgAzADUABABQAwEAGQCJAwEAKgCLAwEANgADAAIALgAvAAQABwMBABUACQMBABcAjQMBACsAAwACAC4ALwACAAMAAgAuAC8AjwMDAAAAAwAEAAIAAwACAC4ALwCRAwMAMgAzADUABABgAwEAGQCTAwEAKgCVAwEANAADAAIALgAvAAQABwMBABUACQMBABcAlwMBACsAAwACAC4ALwAEAFADAQAZAJkDAQAqAJsDAQA2AAMAAgAuAC8AAgADAAIALgAvAJ0DAwAyADMANQACAAMAAgAuAC8AnwMDADIAMwA1AAIAAwACAC4ALwChAwMAMgAzADUAAwCyAgEAGQCjAwEADwADAAIALgAvAAMAsgIBABkApQMBAA8AAwACAC4ALwADAGQAAQAOAA8BAQBIAAMAAgAuAC8AAwAnAAEAAwAXAQEATAADAAIALgAvAAMAKwABAAMAOQEBAEwAAwACAC4ALwADACcAAQADABgBAQBMAAMAAgAuAC8AAwCnAwEADACpAwEAFgADAAIALgAvAAMAqwMBACoArQMBADYAAwACAC4ALwADACsAAQADAFkBAQBMAAMAAgAuAC8AAwCyAgEAGQCvAwEABgADAAIALgAvAAMAsQMBAAQAswMBABEAAwACAC4ALwADAGgAAQAOAM8AAQBIAAMAAgAuAC8AAwCyAgEAGQC1AwEADwADAAIALgAvAAMADQABAAMAnQABAEwAAwACAC4ALwADACkAAQADAFIBAQBMAAMAAgAuAC8AAwCyAgEAGQC3AwEAFAADAAIALgAvAAMAKQABAAMASAEBAEwAAwACAC4ALwADALICAQAZALkDAQAOAAMAAgAuAC8AAwCyAgEAGQC7AwEADwADAAIALgAvAAMAsgIBABkAvQMBAA4AAwACAC4ALwADAL8DAQAqAMEDAQA2AAMAAgAuAC8AAwDDAwEAKgDFAwEANgADAAIALgAvAAMAxwMBACoAyQMBADYAAwACAC4ALwADAA0AAQADAKsAAQBMAAMAAgAuAC8AAwBgAAEADgBUAQEASAADAAIALgAvAAMALQABAAMAwgABAEwAAwACAC4ALwADAC0AAQADAMcAAQBMAAMAAgAuAC8AAwDLAwEAKgDNAwEANgADAAIALgAvAAMAzwMBACoA0QMBADYAAwACAC4ALwADACsAAQADAC8BAQBMAAMAAgAuAC8AAwApAAEAAwAeAQEATAADAAIALgAvAAMADQABAAMArAABAEwAAwACAC4ALwADANMDAQAEANUDAQARAAMAAgAuAC8AAwCyAgEAGQDXAwEABgADAAIALgAvAAMA2QMBAAQA2wMBABEAAwACAC4ALwADAJUCAQADAP4BAQA9AAMAAgAuAC8AAwCyAgEAGQDdAwEABgADAAIALgAvAAMA3wMBAAQA4QMBABEAAwACAC4ALwADAGIAAQAOAKkAAQBIAAMAAgAuAC8AAwCyAgEAGQDjAwEADwADAAIALgAvAAMA5QMBAAYAvwABAF4AAwACAC4ALwADAGgAAQAOANYAAQBIAAMAAgAuAC8AAwDnAwEABgClAAEAXgADAAIALgAvAAMAsgIBABkA6QMBAAYAAwACAC4ALwADAC0AAQADAMUAAQBMAAMAAgAuAC8AAwBmAAEADgA0AQEASAADAAIALgAvAAMAsgIBABkA6wMBAAYAAwACAC4ALwADAO0DAQAEAO8DAQARAAMAAgAuAC8AAwBkAAEADgAVAQEASAADAAIALgAvAAMABwMBABUACQMBABcAAwACAC4ALwADALICAQAZAPEDAQAPAAMAAgAuAC8AAwCyAgEAGQDzAwEADgADAAIALgAvAAMAsgIBABkA9QMBAA8AAwACAC4ALwADALICAQAZAPcDAQAOAAMAAgAuAC8AAwD5AwEADAD7AwEAFgADAAIALgAvAAMAYAABAA4ANwEBAEgAAwACAC4ALwADAP0DAQAGABEBAQBeAAMAAgAuAC8AAwD/AwEABgBWAQEAXgADAAIALgAvAAMAsgIBABkAAQQBABQAAwACAC4ALwADACcAAQADAAoBAQBMAAMAAgAuAC8AAwADBAEAKgAFBAEANgADAAIALgAvAAMABwQBACoACQQBADYAAwACAC4ALwADAAsEAQAqAA0EAQA2AAMAAgAuAC8AAgADAAIALgAvAA8EAgADAAQAAwARBAEADAATBAEAFgADAAIALgAvAAMAsgIBABkAFQQBABQAAwACAC4ALwADAGYAAQAOAB8BAQBIAAMAAgAuAC8AAwAXBAEABgAiAQEAXgADAAIALgAvAAMAGQQBACoAGwQBADYAAwACAC4ALwADAB0EAQAqAB8EAQA2AAMAAgAuAC8AAwCVAgEAAwAiAgEAPQADAAIALgAvAAMAsgIBABkAIQQBABQAAwACAC4ALwADACMEAQAqACUEAQA2AAMAAgAuAC8AAwBiAAEADgCjAAEASAADAAIALgAvAAMAsgIBABkAJwQBABQAAwACAC4ALwADACkEAQAqACsEAQA2AAMAAgAuAC8AAwAtBAEAKgAvBAEANgADAAIALgAvAAMAsgIBABkAMQQBAA4AAwACAC4ALwACADMEAQA3AAMAAgAuAC8AAgC2AAEABgADAAIALgAvAAIANQQBADQAAwACAC4ALwACALwAAQAGAAMAAgAuAC8AAgA3BAEABAADAAIALgAvAAIAOQQBADYAAwACAC4ALwACAHgDAQA0AAMAAgAuAC8AAgAlBAEANgADAAIALgAvAAIAlQMBADQAAwACAC4ALwACACsEAQA2AAMAAgAuAC8AAgA7BAEANgADAAIALgAvAAIAPQQBADYAAwACAC4ALwACAD8EAQA2AAMAAgAuAC8AAgCLAwEANgADAAIALgAvAAIAQQQBADcAAwACAC4ALwACAEMEAQA2AAMAAgAuAC8AAgBFBAEANAADAAIALgAvAAIARwQBADcAAwACAC4ALwACAM0DAQA2AAMAAgAuAC8AAgBJBAEAAAADAAIALgAvAAIAfAMBADYAAwACAC4ALwACAEsEAQAEAAMAAgAuAC8AAgBNBAEABAADAAIALgAvAAIATwQBADcAAwACAC4ALwACAFEEAQA2AAMAAgAuAC8AAgAJBAEANgADAAIALgAvAAIAUwQBADYAAwACAC4ALwACAF4DAQA2AAMAAgAuAC8AAgBVBAEABAADAAIALgAvAAIAVwQBADYAAwACAC4ALwACAFkEAQA3AAMAAgAuAC8AAgBbBAEAFgADAAIALgAvAAIAXQQBADcAAwACAC4ALwACAGYDAQA0AAMAAgAuAC8AAgBfBAEABAADAAIALgAvAAIAYQQBABYAAwACAC4ALwACABsEAQA2AAMAAgAuAC8AAgBjBAEAFgADAAIALgAvAAIAZQQBAAQAAwACAC4ALwACAGcEAQAAAAMAAgAuAC8AAgBpBAEANgADAAIALgAvAAIAHwQBADYAAwACAC4ALwACAFQDAQA2AAMAAgAuAC8AAgBrBAEAMQADAAIALgAvAAIAbQQBADQAAwACAC4ALwACANEDAQA2AAMAAgAuAC8AAAAAAGsAAADWAAAAQQEAAKwBAAAXAgAAfQIAAOMCAABJAwAAsQMAABkEAACBBAAA6QQAAFEFAAC2BQAAGAYAAHoGAADcBgAAPgcAAKAHAAD/BwAAXggAAL0IAAAcCQAAewkAANoJAAA5CgAAmAoAANYKAAAaCwAAZAsAAKwLAAAIDAAAVAwAALAMAAAMDQAAaA0AALYNAAD0DQAAUA4AAJIOAADrDgAARA8AAJ0PAAD2DwAATxAAAKgQAAABEQAAWhEAALMRAAAMEgAAZRIAAL4SAAAXEwAAcBMAAMkTAAAiFAAAexQAANQUAAAtFQAAhhUAAN8VAAA4FgAAkRYAAOoWAABDFwAAnBcAAPUXAABOGAAApxgAAAAZAABZGQAAshkAAAsaAABkGgAAvRoAABYbAABvGwAAyBsAACEcAAB6HAAA0xwAACwdAACFHQAA3h0AADceAACQHgAA6R4AAB8fAABVHwAAix8AAMEfAAD3HwAASiAAAJ0gAADwIAAAQyEAAJYhAADpIQAAPCIAAI8iAADiIgAANSMAAIgjAADbIwAALiQAAIEkAADUJAAAJyUAAHolAADNJQAAICYAAHMmAADGJgAAGScAAGwnAAC/JwAAEigAAGUoAAC4KAAACykAAF4pAACxKQAABCoAAFcqAACqKgAA/SoAAFArAACYKwAA0isAABAsAABULAAAjiwAANgsAAAeLQAAXi0AAJAtAADCLQAA8C0AACIuAABULgAAhi4AAK8uAADYLgAAAS8AACovAABTLwAAfC8AAKUvAADOLwAA9y8AACAwAABJMAAAcjAAAJswAADEMAAA7TAAABYxAAA/MQAAaDEAAJExAAC6MQAA4zEAAAwyAAA1MgAAXjIAAIcyAACwMgAA2TIAAAIzAAArMwAAVDMAAH0zAACmMwAA0TMAAAk0AAA9NAAAdzQAALM0AADxNAAAMTUAAHM1AACnNQAAzDUAAPE1AAAWNgAAOzYAAGA2AACFNgAAqjYAAM82AAD0NgAAGTcAAD43AABjNwAAiDcAAK03AADSNwAA9zcAABw4AABBOAAAZjgAAIs4AACwOAAA1TgAAPo4AAAfOQAARDkAAGk5AACOOQAAszkAANg5AAD9OQAAIjoAAEc6AACDOgAAwToAAPM6AAAfOwAASzsAAIs7AAC3OwAA4zsAABk8AABLPAAAgzwAAL08AAD5PAAANz0AAGM9AACVPQAA1T0AAAs+AAA9PgAAdT4AAK8+AADZPgAAAz8AAC0/AABXPwAAgT8AAKs/AADVPwAA/z8AAClAAABTQAAAeEAAAJdAAAC6QAAA2UAAAPhAAAAXQQAANkEAAFVBAAB0QQAAk0EAALJBAADRQQAA8EEAABNCAAAyQgAAUUIAAHBCAACPQgAArkIAAM1CAADsQgAAC0MAACpDAABJQwAAaEMAAIdDAACmQwAAxUMAAORDAAADRAAAIkQAAEFEAABgRAAAf0QAAJ5EAAC7RAAA2EQAAPVEAAASRQAAL0UAAExFAABpRQAAhkUAAKNFAADARQAA3UUAAPpFAAAXRgAANEYAAFFGAABuRgAAi0YAAKhGAADFRgAA4kYAAP9GAAAcRwAAOUcAAFZHAABzRwAAkEcAAK1HAADKRwAA50cAAARIAAAhSAAAPkgAAFtIAAB4SAAAlUgAALJIAADPSAAA7EgAAAlJAAAmSQAAQ0kAAGBJAAB9SQAAmkkAALdJAADUSQAA8UkAAA5KAAArSgAASEoAAGVKAACCSgAAn0oAALxKAADZSgAA9koAABNLAAAwSwAATUsAAGpLAACHSwAApEsAAMFLAADeSwAA+ksAABRMAAAuTAAAR0wAAGBMAAB5TAAAkUwAALhMAADfTAAABk0AAB1NAABETQAAW00AAIJNAACpTQAAzU0AAPFNAAAVTgAAOU4AAF1OAACBTgAApU4AAMtOAADvTgAAE08AADdPAABbTwAAf08AAKNPAADHTwAA608AAA9QAAAzUAAAV1AAAHtQAACfUAAAxVAAAOlQAAANUQAAMVEAAFVRAAB5UQAAnVEAAMFRAADlUQAACVIAAC9SAABTUgAAd1IAAJtSAADBUgAA5VIAAAlTAAAtUwAAU1MAAHRTAACIUwAAnFMAALJTAADIUwAA4FMAAPdTAAAIVAAAGVQAADBUAABHVAAAXlQAAHNUAACKVAAAnVQAALRUAADIVAAA3FQAAOxUAAAAVQAAEFUAACRVAAA0VQAASFUAAFxVAABsVQAAeFUAAIxVAACgVQAArFUAAMBVAADUVQAA4lUAAPRVAAABVgAAElYAAB1WAAAqVgAANVYAAEBWAABLVgAAVlYAAGNWAABuVgAAf1YAAIpWAACVVgAAoFYAALFWAAC8VgAAzVYAANhWAADpVgAA+lYAAAVXAAAQVwAAG1cAACxXAAA3VwAAQlcAAE1XAABeVwAAaVcAAHRXAAB/VwAAilcAAJdXAACiVwAAs1cAAL5XAADJVwAA2lcAAOtXAAD2VwAAAVgAAAxYAAAZWAAAJFgAADNYAABEWAAAT1gAAFxYAABtWAAAeFgAAIlYAACUWAAApVgAALBYAADBWAAAzFgAANtYAADmWAAA8FgAAPpYAAAEWQAADlkAABhZAAAiWQAALFkAADZZAABCWQAATFkAAFZZAABgWQAAalkAAHRZAAB+WQAAjFkAAJpZAACkWQAArlkAALhZAADCWQAAzFkAANpZAADoWQAA8lkAAPxZAAAKWgAAFFoAACJaAAAsWgAAOloAAEhaAABWWgAAYFoAAG5aAAB6WgAAhFoAAJJaAACcWgAAqloAALRaAADCWgAAzFoAANpaAADoWgAA8loAAPxaAAAGWwAAFFsAAB5bAAAoWwAANlsAAERbAABOWwAAWFsAAGZbAAB0WwAAglsAAIxbAACWWwAAoFsAAKtbAAC2WwAAwVsAAMxbAADXWwAA4lsAAO1bAAD4WwAAA1wAAA5cAAAZXAAAJFwAAC9cAAA6XAAARVwAAFBcAABbXAAAZlwAAHFcAAB8XAAAh1wAAJJcAACdXAAAqFwAALNcAAC+XAAAyVwAANRcAADfXAAA6lwAAPVcAAAAXQAAC10AABZdAAAhXQAALF0AADddAABCXQAATV0AAFhdAABjXQAAbl0AAHldAACEXQAAj10AAJpdAAClXQAAsF0AALtdAADGXQAA0V0AANxdAADnXQAA8l0AAP1dAAAIXgAAE14AAB5eAAApXgAANF4AAD9eAABKXgAAVV4AAF5eAABpXgAAdF4AAH9eAACKXgAAlV4AAKBeAACrXgAAtl4AAMFeAADMXgAA114AAOJeAADtXgAA+F4AAABfAAAIXwAAEF8AABhfAAAgXwAAKF8AADBfAAA4XwAAQF8AAEhfAABQXwAAWF8AAGBfAABoXwAAcF8AAHhfAACAXwAAiF8AAJBfAACYXwAAoF8AAKhfAACwXwAAuF8AAMBfAADIXwAA0F8AANhfAADgXwAA6F8AAPBfAAD4XwAAAGAAAAhgAAAQYAAAGGAAACBgAAAoYAAAMGAAADhgAABAYAAASGAAAFBgAABYYAAAYGAAAAAAAAAAAAIAAQAAAAIAAgAAAQABAAABAAABAAABAQABAAABAAAAAAAAAAABAAABAAABAQABAAABAAABAAABAAABAAAAAAABAAABAAABAAABAAABAAABAAABAQABAAABAAABAAABAAABAAABAAABAAABAAABAAABAAABAAABAAABAAABAAABAAABAAABAAABAQABAAABAAABAAABAQAAAQABAQABAQAAAQABAQABAQABAQABAQABAQABAQABAQABAQABAQABAQABAQABAQAAAQABAQABAQABAQABAQABAQAAAQABAQABAQABAQAAAQABAQABAQABAQAAAQABAQABAQABAQABAQABAQABAQABAQABAQABAQABAQABAQABAQABAQABAQABAQAAAQAAAQABAQABAQABAQABAQABAQABAQABAQABAQABAQAAAAABAQABAQABAQABAQABAQABAQABAQABAQABAQABAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAMABAAFAAYABwAIAAkACgALAAwADQAOAA8AEAARABIAEwAUABUAFgAXABgAGQAaABsAHAAdAB4AHwAgACEAIgAjACQAJQAmACcAKAApACoAKwAsAC0ALgAvADAAMQAyADMANAA1ADYANwA4ADkAOgA7ADwAPQA+AD8AQABBAEIAQwBEAEUARgBHAEgASQBKAEsATABNAE4ATwBQAFEAUgBTAFQAVQBWAFcAWABZAFoAWwBcAF0AXgBfAGAAYQBiAGMAZABlAGYAZwBoAGkAagBrAGwAbQBuAG8AcABxAHIAcwB0AHUAdgB3AHgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAKgAAAAMAAgADAAIAAwACAAMAAgADAAIAAQACAAEAAgABAAIAAwACAAMAAgADAAIAAwACAAMAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAMAAQACAAEAAwABAAIAAQADAAEAAwABAAMAAQADAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgAqAAAAKgAAACoAAAAqAAAAKgAAACoAAAAqAAAAKgAAACoAAAAqAAAAAQACACoAAAAqAAAAKgAAAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAKgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAKgAAACoAAAAqAAAAKgAAACoAAAAqAAAAKgAAACoAAAAqAAAAKgAAACoAAAAqAAAAKgAAACoAAAAqAAAAKgAAACoAAAAqAAAAKgAAACoAAAAqAAAAKgAAACoAAAAqAAAAKgAAACoAAAAqAAAAKgAAACoAAAAqAAAAKgAAACoAAAAqAAQAKgAEACoABQACAAAAAgAAACoABAACAAAAAgAAACoABQAqAAUAKgAFACoABQAqAAUAKgAFAAIAAAAqAAQAKgAFACoABAAqAAQAKgAEACoABAAqAAUAKgAFACoABQAqAAUAKgAEACoABQAqAAQAKgAEACoABAAqAAQAAgAAAAIAAAAqAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAACoABQACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAAqAAUAKgAEACoABQAqAAQAKgAEACoABQAqAAUAKgAFACoABQAqAAQAKgAFACoABAAqAAUAKgAEACoABAAqAAQAKgAFACoABQAqAAUAKgAFACoABQAqAAUAKgAFACoABQAqAAUAKgAEACoABQAqAAUAKgAFACoABAAqAAQAKgAFACoABAAqAAQAKgAEACoABQAqAAUAKgAFACoABQAqAAUAKgAFACoABAAqAAQAKgAEACoABAAqAAQAKgAEACoABQAqAAQAKgAEACoABAAqAAQAKgAEACoABQAqAAUAKgAFACoABAAqAAQAKgAEACoABAAqAAQAKgAEACoABAAqAAUAAQACAAEAAgABAAIAAwACAAMAAgABAAIAAQACAAAABgAAAAYAAAAGAAEAAgAAAAYAAQACAAAABgAAAAYAAAAGAAAABgAAAAcAAAAHAAAABgAAAAYAAAAGAAAABwAAAAgAAAAGAAAABgAAAAgAAAAHAAAABgAAAAgAAAAGAAAABgAAAAgAAAAGAAAABgAAAAYAAAAHAAAABwAAAAgAAAAGAAAABgAAAAgAAAAGAAAABgAAAAgAAAAGAAAABwAAAAcAAAAIAAAACAAAAAcAAAAHAAAACAAAAAgAAAAHAAAABgAqAAAAKgAAACoAAAAqAAAABAACAAAAAAAqAAAAKgAAAAAAAAAAAAAAAAAAACoAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAIAAAAAAAAAAcAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACoAAgAAAAcAAAAAAAAABwAAAAcAAAAHAAAACAAAAAgAAAAHACoAAAAAAAcAAAAAAAAABwAAAAgAAAAHAAAAAAAAAAgAAAAAAAAABwAAAAAAAAAAAAAABwAAAAcAAAAIAAAACQAAAAgAAAAIAAAACAAAAAAAAAAHAAAABwAAAAgAAAAIAAAABwAAAAgAAAAAAAAACAAAAAgAAAAAAAAAAAAAAAgAAAAIAAAABwAAAAcAAAAHAAAABgAAAAAAAAAIAAAABwAAAAAAAAAHAAAAAAAAAAcAAAAAAAAABwAAAAAAAAAHAAAABgAAAAgAAAAGAAAABgAAAAYAAAAGAAAABAAAAAYAAAAGAAAABgAAAAAAAAAGAAAABAAqAAAAAAAGAAAABgAAAAYAAAAFAAAAAAAqAAAAAAAGAAAABgAAAAYAAAAGAAAABQAAAAQAAAAGAAAABQAAAAQAAAAGAAAAAAAqAAAAAAAAAAAAAAAAAAUAAAAFAAAABAADAAAAAAAGAAAABAAqAAIAAAAAACoAAgAAAAQAAAAGAAAABQAAAAkAAAAGAAAABgAAAAYAAAAJAAAABgAAAAYAAAAFAAAAAAAqAAAAAAAGAAAABAAAAAAAAAAFAAAABgAAAAYAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAqAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAABQAAAAUAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAUAAAAAAAAAAAAAAAAAKgAAAAAAAAAqAAAAAAAAAAAAAAAqAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABQAAAAUAAAAFACoAAAAAAAAAAQAAAAAAAAAAAAAAAAAFAAAABQAAAAAAAQAAAAAABQAAAAAAAQAAAAAABQAAAAUAAAAAAAAACgAAAAAAAAAEAAAAAAAqAAAAAAAFAAAABAAAAAUAAAAEAAAABQAAAAUAAAAFAAAABQAAAAUAAAAKAAAABQAAAAQAAAAKAAAABQAAAAAAAAAFACoAAAAqAAAAAAAKAAAABQAAAAUAAAAFAAAABQAqAAAAAAAFAAAACgAAAAAAAAAKAAAABAAqAAAAAAAAAAAABQAAAAAAKgAAAAAAAAAAAAUAAAAFAAAABQAAAAsAAAAEAAAABQAAAAAAAAAAAAAAAAAAAAAAAQEBAQEBAQEBAAAAAAAAAAEAAAABAAAAAAAAAAEAAAAAAAAAAAABAAAAAQEAAQAAAAEBAQABAAAAAAEBAAEAAQABAQAAAAAAAAAAAAAAAAEAAQAAAAAAADAAMQAyADMANAA1ADYANwAAAAEAAgACAAIAAgACAAcACAAJAAoACgAKAAoACgAPABAAEAAQABAAEAAVABYAFwAYABUAFwAXABUAHQAeAB8AIAAhACIAIwAkACUAJgAnACgAKQAqACsALAAqAC4ALwAwADEAMgAzADQANQA2ADcANAA5ADQANAA1AD0APgA1ACoAQQBCADUAKgBFADQANQA2ADcARQArADcARQArADcARQArADcARQArADYANgA2ACoAWQBaAFsAXABdAF4AXwBgAGEAYgBjAGQAXgBfAGAAYgBjAGQAYQBiAGMAZABeAF8AXgBhAGEAXwBiAGMAZABgAF4AXwBgAGEAYgBjAGQAYAAiACcAKQAgAB0AJgAfAB4AXABZAIsAWgBdAFsAjwCQAJEAkgCTAJQAlQCWAJcAmACZAJoAmwCcAJ0AngCfAKAAoQCiAKMApAClAKYApwCoAKkAqgCrAKwArQCuAIsAKQAdAB4AIAAfACIAJgAnAJoAnACbAKEAjwCkAKcApQCuAKYAnQCqAKIAqwCSAKwAkwCQAJQAngCoAJ8AoACpAJEAlQCWAJcAmACZAKMArQAfACIAJwBZAF0AJgBaAFsAKQAdAB4AIAAfACIAXAAnACYAKQAdAB4AIABZAFsAWgBcAFwAXQBdAFoAWQBbAIsAoQCLAK4AkACRAJIAkwCUAJUAlgCXAJgAiwCZAJoAmwCtAI8AnQCeAJ8AoACiAKMApAClAKYApwCoAKkAqgCrAKwAnACPAJMAkACUAKwAowCXAKQApQCnAK0AkACmAKoAkQCuAJkAmgCbAJwAlACdAJYApwCoAJUAqQCqAK4AqQCSAKsAlgCXAJgAngCfAKAAkQCSAKEAmQCaAJsAnACPAJ0AkwCeAJ8AoAChAKIAogCYAJUAqwCtAKMApAClAKgApgCsAFoBWwFcAV0BXgFfAV4BYQFhAWEBZAFlAWYBZQFlAWkBagFrAWwBbQFuAWkBcAFxAXIBcwFsAWsBaQF3AW0BbgFxAXIBcwFqAXABawF3AW0BbgFxAXIBcwF3AWoBcAFrAXcBcQFwAWsBdwFxAXABbAFcAVsBlAGVAZYBlwGYAZkBmgGXAZcBnQGXAZ8BlwGhAaEBowGhAaUBpgGjAaYBpgGlAVsBpgGmAVwBrwGwAbEBsgGzAbQBtQGzAbcBuAG5AbkBuwG8Ab0BvgG8AcABwQHAAcMBuAHFAcUBxwHIAccBygHLAcwBzQHBAc8B0AG+AdIBswHIAcUB0AHXAcUBwQHPAbUB1wGzAcsBowHFAbcBswHDAeQBvQHMAcMB0gG9Ac0BpQHkAdcBuQG8AcABWwHLAcwBzQH1AeQBXAH4AdIByAHQAfwB/QH+Af8BtwHPAbUBAwIEAgUCXAEHAggCCQIKAgsCCwINAlsBBAIQAhECBwITAgsCrQAEAscBGAKjARoCuAG+AaUBHgIfAiACCQIiAiMCBwIJAiYCJwIoAikCKgIrAiwCLQItAi8CMAIxAi8CMwI0AjUCNgI3Ai0COQI3AjsCKwI7Aj4CPwIxAi0CLAI3Ai8CRQJGAjcCLwIvAjQCMwI0Ak0CMwI0AjUCKwJSAiwCUgIzAi0CNQIzAjQCNQJbAisCOwIrAjsCYAI1AlICUgI5AjcCPwJFAjECaQJqAjkCLAJSAm4CRgJwAjkCRQIsAjkCRgI/AjsCeAJ5AnoCewJ8An0CfgJ/An4CgQKCAoMChAKFAngCfQJ6AngCfwKLAowCjQKOAngChAJ/An0CkwKUApUClgKXAngCfgKaApsCnAKdAp4CnwKEAoECogKjAnoCgQIAAAAAAQABAAEAAQAAAAEAAQABAAAAAQABAAEAAQABAAEAAQABAAEAAQABAAEAAQABAAEAAQABAAEAAQABAAEAAQABAAEAAQABAAEAAQABAAEAAQABAAEAAQABAAEAAQADAAMAAQABAAEAAQABAAEAAQABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAABwAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAwAAAAAAAAAAAAAAAAAAAAAAnwKLApkBmQEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiwIPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJkBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAADAAAAAAAAAAEBAAAAAAAAAAAAAAEAAAABAQAAAAAAAAEAOAAAAAAAAQEAAAAAAAAAAGABAAAAAAEBAAAAAAAAAACWAQAAAAABAQAAAAAAAAAAXgEAAAAAAQEAAAAAAAAAAK4AAAAAAAEAAAAAAAAAAACvAAAAAAABAQAAAAAAAAAANwAAAAAAAQAAAAAAAAAAAMkAAAAAAAEBAAAAAAAAAADJAAAAAAABAAAAAAAAAAAA0AAAAAAAAQAAAAAAAAAAAMYAAAAAAAEBAAAAAAAAAABdAQAAAAABAAAAAAAAAAAAmgIAAAAAAQEAAAAAAAAAAHgAAAAAAAEAAAAAAAAAAACWAgAAAAABAQAAAAAAAAAAlgIAAAAAAQEAAAAAAAAAAHABAAAAAAEBAAAAAAAAAAD6AAAAAAABAQAAAAAAAAAAKQEAAAAAAQEAAAAAAAAAADYBAAAAAAEBAAAAAAAAAADAAAAAAAABAQAAAAAAAAEBTQAAAAAAAQEAAAAAAAAAABgAAAAAAAEBAAAAAAAAAQJNAAAAAAABAQAAAAAAAAAAFgAAAAAAAgEAAAAAAAABAnYAAAAAAAAAXgEAAQAAAQEAAAAAAAABAnYAAAAAAAIAAAAAAAAAAQJ2AAAAAAAAAK8AAAEAAAIBAAAAAAAAAQJ2AAAAAAAAADcAAAEAAAIAAAAAAAAAAQJ2AAAAAAAAAMkAAAEAAAIBAAAAAAAAAQJ2AAAAAAAAAMkAAAEAAAIAAAAAAAAAAQJ2AAAAAAAAANAAAAEAAAIAAAAAAAAAAQJ2AAAAAAAAAMYAAAEAAAIBAAAAAAAAAQJ2AAAAAAAAACQAAAEAAAIBAAAAAAAAAQJ2AAAAAAAAAF0BAAEAAAIBAAAAAAAAAQJ2AAAAAAAAAHgAAAEAAAIAAAAAAAAAAQJ2AAAAAAAAAJYCAAEAAAIBAAAAAAAAAQJ2AAAAAAAAAJYCAAEAAAIBAAAAAAAAAQJ2AAAAAAAAAHABAAEAAAEBAAAAAAAAAABGAQAAAAABAQAAAAAAAAAAnAAAAAAAAQEAAAAAAAAAABkBAAAAAAEBAAAAAAAAAAAtAQAAAAABAQAAAAAAAAAAuQAAAAAAAQEAAAAAAAAAAM0AAAAAAAEBAAAAAAAAAABLAQAAAAABAQAAAAAAAAAADAEAAAAAAQEAAAAAAAAAAJ8AAAAAAAEBAAAAAAAAAAA+AQAAAAABAAAAAAAAAAAA+QAAAAAAAQEAAAAAAAAAAEkAAAAAAAEAAAAAAAAAAAAlAQAAAAABAQAAAAAAAAAAJQEAAAAAAQAAAAAAAAAAACgBAAAAAAEAAAAAAAAAAAA4AQAAAAABAQAAAAAAAAAAgAAAAAAAAQEAAAAAAAAAAH4CAAAAAAEBAAAAAAAAAACQAQAAAAABAQAAAAAAAAAAuQEAAAAAAQEAAAAAAAABA00AAAAAAAEBAAAAAAAAAAAZAAAAAAABAQAAAAAAAAAAFwIAAAAAAQEAAAAAAAAAAJkCAAAAAAEBAAAAAAAAAADuAQAAAAABAQAAAAAAAAAAHAAAAAAAAQEAAAAAAAAAAMcBAAAAAAEBAAAAAAAAAAAVAAAAAAABAQAAAAAAAAAAyQEAAAAAAQEAAAAAAAAAAIACAAAAAAEBAAAAAAAAAAC6AQAAAAABAQAAAAAAAAEDYwAAAAAAAQAAAAAAAAABA2MAAAAAAAEAAAAAAAAAAABOAAAAAAABAAAAAAAAAAAANAIAAAAAAQEAAAAAAAAAAF0AAAAAAAEBAAAAAAAAAABZAAAAAAABAQAAAAAAAAAAawAAAAAAAQEAAAAAAAAAAGwAAAAAAAEAAAAAAAAAAABsAAAAAAABAAAAAAAAAAAAbQAAAAAAAQEAAAAAAAAAAG0AAAAAAAEBAAAAAAAAAABuAAAAAAABAQAAAAAAAAECXwAAAAAAAQEAAAAAAAAAAG8AAAAAAAEBAAAAAAAAAQNJAAAAAAABAQAAAAAAAAEDXwAAAAAAAQEAAAAAAAABAT4AAAAAAAEAAAAAAAAAAQE+AAAAAAABAQAAAAAAAAAAcAAAAAAAAQEAAAAAAAABAmIAAAAAAAEAAAAAAAAAAQJiAAAAAAABAQAAAAAAAAECSQAAAAAAAQAAAAAAAAAAAPcAAAAAAAEBAAAAAAAAAABPAAAAAAABAAAAAAAAAAAA+wAAAAAAAQEAAAAAAAAAAPsAAAAAAAEAAAAAAAAAAAD8AAAAAAABAAAAAAAAAAAA/QAAAAAAAQEAAAAAAAAAAHsAAAAAAAEBAAAAAAAAAACIAQAAAAABAAAAAAAAAAAABAEAAAAAAQEAAAAAAAAAAFIAAAAAAAEAAAAAAAAAAAAcAQAAAAABAQAAAAAAAAAAHAEAAAAAAQAAAAAAAAAAAEABAAAAAAEAAAAAAAAAAABBAQAAAAABAQAAAAAAAAAAYAAAAAAAAQEAAAAAAAAAAIwBAAAAAAEAAAAAAAAAAACLAAAAAAABAQAAAAAAAAAATAAAAAAAAQAAAAAAAAAAAJAAAAAAAAEBAAAAAAAAAACQAAAAAAABAAAAAAAAAAAAkQAAAAAAAQAAAAAAAAAAAJIAAAAAAAEBAAAAAAAAAABnAAAAAAABAQAAAAAAAAAAfgEAAAAAAQEAAAAAAAABAVUAAAAAAAEAAAAAAAAAAQFVAAAAAAABAQAAAAAAAAECVAAAAAAAAQAAAAAAAAABAlQAAAAAAAEBAAAAAAAAAQJVAAAAAAABAAAAAAAAAAECVQAAAAAAAQEAAAAAAAABAncAAAAAAAEAAAAAAAAAAQJ3AAAAAAACAAAAAAAAAAECdwAAAAAAAABOAAABAAACAAAAAAAAAAECdwAAAAAAAAA0AgABAAABAQAAAAAAAAEBVAAAAAAAAQAAAAAAAAABAVQAAAAAAAEAAAAAAAAAAAArAAAAAAABAAAAAAAAAAAASgIAAAAAAQEAAAAAAAAAAI0AAAAAAAEBAAAAAAAAAACKAAAAAAABAQAAAAAAAAAAcgAAAAAAAQEAAAAAAAAAAGgAAAAAAAEAAAAAAAAAAABoAAAAAAABAAAAAAAAAAAAaQAAAAAAAQEAAAAAAAAAAGkAAAAAAAEBAAAAAAAAAABqAAAAAAABAQAAAAAAAAAAcQAAAAAAAQEAAAAAAAAAAHQAAAAAAAIAAAAAAAAAAQJ3AAAAAAAAACsAAAEAAAIAAAAAAAAAAQJ3AAAAAAAAAEoCAAEAAAEBAAAAAAAAAQFbAAAAAAABAAAAAAAAAAEBWwAAAAAAAQEAAAAAAAAAABMAAAAAAAEBAAAAAAAAAQJGAAAAAAABAAAAAAAAAAECRgAAAAAAAQEAAAAAAAABAUEAAAAAAAEAAAAAAAAAAQFBAAAAAAABAQAAAAAAAAEBQgAAAAAAAQAAAAAAAAABAUIAAAAAAAEBAAAAAAAAAQFAAAAAAAABAAAAAAAAAAEBQAAAAAAAAQEAAAAAAAABAUQAAAAAAAEAAAAAAAAAAQFEAAAAAAABAQAAAAAAAAECSgAAAAAAAQAAAAAAAAABAkoAAAAAAAEBAAAAAAAAAQFWAAAAAAABAAAAAAAAAAEBVgAAAAAAAQEAAAAAAAABAWEAAAAAAAEAAAAAAAAAAQFhAAAAAAABAQAAAAAAAAEBZAAAAAAAAQAAAAAAAAABAWQAAAAAAAEBAAAAAAAAAQJDAAAAAAABAAAAAAAAAAECQwAAAAAAAQEAAAAAAAABAj8AAAAAAAEAAAAAAAAAAQI/AAAAAAABAQAAAAAAAAEBTwAAAAAAAQAAAAAAAAABAU8AAAAAAAEBAAAAAAAAAQFTAAAAAAABAAAAAAAAAAEBUwAAAAAAAQEAAAAAAAABAUgAAAAAAAEAAAAAAAAAAQFIAAAAAAABAQAAAAAAAAEDSgAAAAAAAQAAAAAAAAABA0oAAAAAAAEBAAAAAAAAAQNlAAAAAAABAAAAAAAAAAEDZQAAAAAAAQEAAAAAAAABA1wAAAAAAAEAAAAAAAAAAQNcAAAAAAABAQAAAAAAAAEDPwAAAAAAAQAAAAAAAAABAz8AAAAAAAEBAAAAAAAAAQJSAAAAAAABAAAAAAAAAAECUgAAAAAAAQEAAAAAAAABAlEAAAAAAAEAAAAAAAAAAQJRAAAAAAABAQAAAAAAAAEDRgAAAAAAAQAAAAAAAAABA0YAAAAAAAEBAAAAAAAAAQNmAAAAAAABAAAAAAAAAAEDZgAAAAAAAQEAAAAAAAABBFwAAAAAAAEAAAAAAAAAAQRcAAAAAAABAQAAAAAAAAEDUAAAAAAAAQAAAAAAAAABA1AAAAAAAAEBAAAAAAAAAQRXAAAAAAABAAAAAAAAAAEEVwAAAAAAAQEAAAAAAAABBGYAAAAAAAEAAAAAAAAAAQRmAAAAAAABAQAAAAAAAAEFVwAAAAAAAQAAAAAAAAABBVcAAAAAAAEBAAAAAAAAAQZYAAAAAAABAAAAAAAAAAEGWAAAAAAAAQEAAAAAAAABB1gAAAAAAAEAAAAAAAAAAQdYAAAAAAABAQAAAAAAAAEIWAAAAAAAAQAAAAAAAAABCFgAAAAAAAEBAAAAAAAAAQNDAAAAAAABAAAAAAAAAAEDQwAAAAAAAQEAAAAAAAABAUwAAAAAAAEAAAAAAAAAAQFMAAAAAAABAQAAAAAAAAAAEAAAAAAAAQAAAAAAAAAAAFEAAAAAAAEAAAAAAAAAAABPAgAAAAABAQAAAAAAAAAA3AAAAAAAAQEAAAAAAAAAANsAAAAAAAEBAAAAAAAAAAB9AAAAAAABAAAAAAAAAAAAfQAAAAAAAQEAAAAAAAAAAHwAAAAAAAEAAAAAAAAAAAB+AAAAAAABAQAAAAAAAAAAfgAAAAAAAQEAAAAAAAAAAH8AAAAAAAEBAAAAAAAAAABeAAAAAAABAQAAAAAAAAAAXwAAAAAAAQAAAAAAAAAAAEsAAAAAAAEAAAAAAAAAAABMAgAAAAABAQAAAAAAAAAA8wAAAAAAAQEAAAAAAAAAAPUAAAAAAAEBAAAAAAAAAABzAAAAAAABAQAAAAAAAAAAdQAAAAAAAQAAAAAAAAAAAHUAAAAAAAEAAAAAAAAAAAB2AAAAAAABAQAAAAAAAAAAdgAAAAAAAQEAAAAAAAAAAHcAAAAAAAEBAAAAAAAAAAB5AAAAAAABAAAAAAAAAAAAVAAAAAAAAQAAAAAAAAAAAFkCAAAAAAEBAAAAAAAAAADyAAAAAAABAQAAAAAAAAAA7QAAAAAAAQEAAAAAAAAAAHoAAAAAAAEBAAAAAAAAAABiAAAAAAABAAAAAAAAAAAAYgAAAAAAAQEAAAAAAAAAAGEAAAAAAAEAAAAAAAAAAABjAAAAAAABAQAAAAAAAAAAYwAAAAAAAQEAAAAAAAAAAGQAAAAAAAEBAAAAAAAAAABlAAAAAAACAAAAAAAAAAECdwAAAAAAAABRAAABAAACAAAAAAAAAAECdwAAAAAAAABPAgABAAABAQAAAAAAAAAAZgAAAAAAAgAAAAAAAAABAncAAAAAAAAAVAAAAQAAAgAAAAAAAAABAncAAAAAAAAAWQIAAQAAAgAAAAAAAAABAncAAAAAAAAASwAAAQAAAgAAAAAAAAABAncAAAAAAAAATAIAAQAAAQEAAAAAAAAAABIAAAAAAAEBAAAAAAAAAAARAAAAAAABAQAAAAAAAAAAFAAAAAAAAQEAAAAAAAABA04AAAABAAEAAAAAAAAAAQNOAAAAAQABAQAAAAAAAAAATQAAAAAAAQEAAAAAAAABBWAAAAAAAAEAAAAAAAAAAQVgAAAAAAABAQAAAAAAAAEBRwAAAAAAAQAAAAAAAAABAUcAAAAAAAEBAAAAAAAAAQFLAAAAAAABAAAAAAAAAAEBSwAAAAAAAQAAAAAAAAABAnYAAAAAAAEBAAAAAAAAAADfAQAAAAABAQAAAAAAAAAAFwAAAAAAAQEAAAAAAAAAAKIBAAAAAAEBAAAAAAAAAAChAQAAAAABAQAAAAAAAAAApAEAAAAAAQEAAAAAAAABB1kAAAAAAAEAAAAAAAAAAQdZAAAAAAABAQAAAAAAAAEFWQAAAAAAAQAAAAAAAAABBVkAAAAAAAEBAAAAAAAAAADnAQAAAAABAQAAAAAAAAAAwQEAAAAAAQEAAAAAAAAAAMsAAAAAAAEBAAAAAAAAAACnAQAAAAABAQAAAAAAAAAAGgAAAAAAAQEAAAAAAAAAAP0BAAAAAAEBAAAAAAAAAQJoAAAAAAACAQAAAAAAAAECaAAAAAAAAACnAQABAAACAQAAAAAAAAECaAAAAAAAAAAaAAABAAACAQAAAAAAAAECaAAAAAAAAAD9AQABAAABAQAAAAAAAAAAwwEAAAAAAQEAAAAAAAAAANQAAAAAAAEBAAAAAAAAAACjAQAAAAABAQAAAAAAAAAAGwAAAAAAAQEAAAAAAAAAAMwAAAAAAAIBAAAAAAAAAQJoAAAAAAAAAKMBAAEAAAIBAAAAAAAAAQJoAAAAAAAAABsAAAEAAAEBAAAAAAAAAABKAQAAAAABAQAAAAAAAAAA4wEAAAAAAQEAAAAAAAAAAFUBAAAAAAEBAAAAAAAAAADOAQAAAAABAQAAAAAAAAAAVwEAAAAAAQEAAAAAAAAAAJgAAAAAAAEBAAAAAAAAAACeAAAAAAABAQAAAAAAAAAApAAAAAAAAQEAAAAAAAAAANkBAAAAAAEBAAAAAAAAAACoAAAAAAABAQAAAAAAAAAAvQAAAAAAAQEAAAAAAAAAAAMBAAAAAAEBAAAAAAAAAAALAQAAAAABAQAAAAAAAAAAEAEAAAAAAQEAAAAAAAAAABQBAAAAAAEBAAAAAAAAAABQAQAAAAABAQAAAAAAAAAAPQEAAAAAAQEAAAAAAAAAACEBAAAAAAEBAAAAAAAAAAAyAQAAAAABAQAAAAAAAAAAPAEAAAAAAgEAAAAAAAABAmgAAAAAAAAA3wEAAQAAAgEAAAAAAAABAmgAAAAAAAAAFwAAAQAAAQEAAAAAAAAAAPgBAAAAAAEBAAAAAAAAAAA+AAAAAAABAQAAAAAAAAAAaQIAAAAAAQEAAAAAAAAAAJ0BAAAAAAEBAAAAAAAAAADKAQAAAAABAQAAAAAAAAAALAAAAAAAAQEAAAAAAAAAANUBAAAAAAEBAAAAAAAAAABQAAAAAAABAQAAAAAAAAECcwAAAAAAAgEAAAAAAAABAnMAAAAAAAAAlgEAAQAAAQEAAAAAAAABATkAAAAAAAEBAAAAAAAAAQFfAAAAAAABAQAAAAAAAAAAIQAAAAAAAQEAAAAAAAAAAHkCAAAAAAEBAAAAAAAAAABFAAAAAAABAQAAAAAAAAAA4AEAAAAAAQEAAAAAAAAAANgBAAAAAAEBAAAAAAAAAACyAQAAAAABAQAAAAAAAAAAxgEAAAAAAQEAAAAAAAABAnUAAAAAAAIBAAAAAAAAAQJ1AAAAAAAAAC8AAAEAAAEBAAAAAAAAAADFAQAAAAABAQAAAAAAAAAAngIAAAAAAQEAAAAAAAAAADkAAAAAAAEBAAAAAAAAAADlAQAAAAABAQAAAAAAAAAAPgIAAAAAAQEAAAAAAAAAAGgCAAAAAAEBAAAAAAAAAADpAQAAAAABAQAAAAAAAAAAQAIAAAAAAQEAAAAAAAAAAKUBAAAAAAEBAAAAAAAAAQFpAAAAAAABAQAAAAAAAAAAvQEAAAAAAQEAAAAAAAAAADECAAAAAAIBAAAAAAAAAQJ4AAAAAAAAAKUBAAEAAAEBAAAAAAAAAQJ4AAAAAAABAQAAAAAAAAAAqgEAAAAAAgEAAAAAAAABAngAAAAAAAAAqgEAAQAAAQEAAAAAAAAAACUAAAAAAAEBAAAAAAAAAAB7AgAAAAABAQAAAAAAAAAAKAAAAAAAAQEAAAAAAAABAUkAAAAAAAEBAAAAAAAAAQJ0AAAAAAACAQAAAAAAAAECdAAAAAAAAACyAQABAAACAQAAAAAAAAECdAAAAAAAAADKAQABAAABAQAAAAAAAAAAUwEAAAAAAQEAAAAAAAABAWgAAAAAAAEBAAAAAAAAAAAjAAAAAAABAQAAAAAAAAEFcgAAAAAAAQEAAAAAAAAAANcAAAAAAAEBAAAAAAAAAQFrAAAAAAABAQAAAAAAAAECbAAAAAAAAQEAAAAAAAABA2oAAAAAAAEBAAAAAAAAAQM6AAAAAAABAQAAAAAAAAEDbAAAAAAAAQEAAAAAAAAAAI0CAAAAAAEBAAAAAAAAAABCAAAAAAABAQAAAAAAAAAAbgIAAAAAAQEAAAAAAAAAAG8CAAAAAAEBAAAAAAAAAQJvAAAAAAABAQAAAAAAAAEDbwAAAAAAAQEAAAAAAAAAAAwCAAAAAAEBAAAAAAAAAAAJAgAAAAABAQAAAAAAAAAAdgIAAAAAAQEAAAAAAAABAmoAAAAAAAEBAAAAAAAAAQRuAAAAAAABAQAAAAAAAAAAEwIAAAAAAQEAAAAAAAAAABkCAAAAAAEBAAAAAAAAAQRqAAAAAAABAQAAAAAAAAEDbgAAAAAAAQEAAAAAAAABA3IAAAAAAAEBAAAAAAAAAAALAgAAAAABAQAAAAAAAAEFbgAAAAAAAQEAAAAAAAABBHIAAAAAAAEBAAAAAAAAAQVqAAAAAAABAQAAAAAAAAAArQAAAAAAAQEAAAAAAAABBW8AAAAAAAEBAAAAAAAAAAAUAgAAAAABAQAAAAAAAAAACAEAAAAAAQEAAAAAAAAAAOsBAAAAAAEBAAAAAAAAAAAkAQAAAAABAQAAAAAAAAAAIQIAAAAAAQEAAAAAAAAAAGYCAAAAAAEBAAAAAAAAAQRvAAAAAAABAQAAAAAAAAAAdQIAAAAAAQEAAAAAAAAAACUCAAAAAAEBAAAAAAAAAAA/AgAAAAABAQAAAAAAAAAARgIAAAAAAgEAAAAAAAABAngAAAAAAAAA6wEAAQAAAQEAAAAAAAABAloAAAAAAAEBAAAAAAAAAQE9AAAAAAABAQAAAAAAAAAAUwAAAAAAAQEAAAAAAAAAAIwCAAAAAAEBAAAAAAAAAAAjAgAAAAABAQAAAAAAAAAAWwIAAAAAAQEAAAAAAAABBDsAAAAAAAEBAAAAAAAAAQhtAAAAAAABAQAAAAAAAAAAgwIAAAAAAQEAAAAAAAAAAAgCAAAAAAEBAAAAAAAAAABKAAAAAAABAQAAAAAAAAEEcQAAAAAAAQEAAAAAAAAAAHoCAAAAAAEBAAAAAAAAAADyAQAAAAABAQAAAAAAAAEJbQAAAAAAAQEAAAAAAAAAAGcCAAAAAAEBAAAAAAAAAQM7AAAAAAABAQAAAAAAAAAAogIAAAAAAQEAAAAAAAAAAB4CAAAAAAEBAAAAAAAAAABBAAAAAAABAQAAAAAAAAEFcQAAAAAAAQEAAAAAAAAAAIgCAAAAAAEBAAAAAAAAAADLAQAAAAABAQAAAAAAAAAAkwIAAAAAAQEAAAAAAAAAAP8BAAAAAAEBAAAAAAAAAAAdAgAAAAABAQAAAAAAAAEFcAAAAAAAAgEAAAAAAAABAngAAAAAAAAAHQIAAQAAAQEAAAAAAAABBm0AAAAAAAEBAAAAAAAAAQRwAAAAAAABAQAAAAAAAAAAlQIAAAAAAQEAAAAAAAAAABoCAAAAAAEBAAAAAAAAAAByAgAAAAABAQAAAAAAAAEFOwAAAAAAAQEAAAAAAAABB20AAAAAAAEBAAAAAAAAAACkAgAAAAABAQAAAAAAAAAA3gEAAAAAAQEAAAAAAAAAAEUCAAAAAAEBAAAAAAAAAACFAgAAAAABAQAAAAAAAAAAHwIAAAAAAQEAAAAAAAABA3EAAAAAAAEBAAAAAAAAAQZwAAAAAAABAQAAAAAAAAEKbQAAAAAAAQEAAAAAAAAAAGYBAAAAAAEBAAAAAAAAAABGAAAAAAABAQAAAAAAAAAAjgIAAAAAAQEAAAAAAAAAAD0AAAAAAAEBAAAAAAAAAAChAgAAAAABAQAAAAAAAAAA6gEAAAAAAQEAAAAAAAAAAKAAAAAAAAEBAAAAAAAAAAChAAAAAAABAQAAAAAAAAAAogAAAAAAAQEAAAAAAAAAAGQBAAAAAAEBAAAAAAAAAAAtAAAAAAABAQAAAAAAAAAAwQAAAAAAAQEAAAAAAAAAADgAAAAAAAEBAAAAAAAAAACmAAAAAAABAQAAAAAAAAAAnAIAAAAAAQEAAAAAAAAAACcCAAAAAAEBAAAAAAAAAACKAgAAAAABAQAAAAAAAAAAzAEAAAAAAQEAAAAAAAAAAKUCAAAAAAEBAAAAAAAAAADNAQAAAAABAQAAAAAAAAAAkAIAAAAAAQEAAAAAAAAAANQBAAAAAAEBAAAAAAAAAACSAgAAAAABAQAAAAAAAAAA1gEAAAAAAQEAAAAAAAAAALsAAAAAAAEBAAAAAAAAAADEAAAAAAABAQAAAAAAAAAATAEAAAAAAQEAAAAAAAAAAE0BAAAAAAEBAAAAAAAAAABOAQAAAAABAQAAAAAAAAAADQEAAAAAAQEAAAAAAAAAAPgAAAAAAAEBAAAAAAAAAAAOAQAAAAABAQAAAAAAAAAAOgAAAAAAAQEAAAAAAAAAAL8AAAAAAAEBAAAAAAAAAAClAAAAAAABAQAAAAAAAAAAzgAAAAAAAQEAAAAAAAAAAD8BAAAAAAEBAAAAAAAAAABCAQAAAAABAQAAAAAAAAAATwEAAAAAAQEAAAAAAAAAADsAAAAAAAEBAAAAAAAAAAAmAQAAAAABAQAAAAAAAAAANAAAAAAAAQEAAAAAAAAAAFgBAAAAAAEBAAAAAAAAAACUAgAAAAABAQAAAAAAAAAAMAAAAAAAAQEAAAAAAAAAABEBAAAAAAEBAAAAAAAAAABWAQAAAAABAQAAAAAAAAAAWAAAAAAAAQEAAAAAAAAAAH8CAAAAAAEBAAAAAAAAAADzAQAAAAABAQAAAAAAAAAAoAIAAAAAAQEAAAAAAAAAAMgBAAAAAAEBAAAAAAAAAACBAgAAAAABAQAAAAAAAAAA9AEAAAAAAQEAAAAAAAABATwAAAAAAAEBAAAAAAAAAAB8AgAAAAABAQAAAAAAAAAALgAAAAAAAQEAAAAAAAAAAEAAAAAAAAEBAAAAAAAAAAAiAQAAAAABAQAAAAAAAAAAggIAAAAAAQEAAAAAAAAAAAUCAAAAAAEBAAAAAAAAAAB9AgAAAAABAQAAAAAAAAAA0AEAAAAAAQEAAAAAAAAAAEQAAAAAAAEBAAAAAAAAAACEAgAAAAABAQAAAAAAAAAA+gEAAAAAAQEAAAAAAAAAACoAAAAAAAEBAAAAAAAAAACHAgAAAAABAQAAAAAAAAAA+wEAAAAAAQEAAAAAAAAAAJECAAAAAAEBAAAAAAAAAADmAQAAAAABAQAAAAAAAAAAEgEAAAAAAQEAAAAAAAAAAI4BAAAAAAEBAAAAAAAAAAD5AQAAAAABAQAAAAAAAAAAmwIAAAAAAQEAAAAAAAAAALUBAAAAAAEBAAAAAAAAAAARAgAAAAABAQAAAAAAAAAAKQIAAAAAAQEAAAAAAAAAAAECAAAAAAEBAAAAAAAAAAB3AQAAAAABAQAAAAAAAAAAAgIAAAAAAQEAAAAAAAAAANIBAAAAAAEBAAAAAAAAAACGAQAAAAABAQAAAAAAAAEBOAAAAAAAAQEAAAAAAAAAAGACAAAAAAEBAAAAAAAAAACXAgAAAAABAQAAAAAAAAAAgAEAAAAAAQEAAAAAAAAAANoBAAAAAAEBAAAAAAAAAADbAQAAAAABAQAAAAAAAAAAnQIAAAAAAQEAAAAAAAAAACgCAAAAAAEBAAAAAAAAAQFnAAAAAAABAQAAAAAAAAAAMQAAAAAAAQEAAAAAAAAAAIoBAAAAAAEBAAAAAAAAAAAwAgAAAAABAQAAAAAAAAAAMgAAAAAAAQEAAAAAAAAAADMAAAAAAAEBAAAAAAAAAABqAgAAAAABAQAAAAAAAAIAAAAAAAAAAQEAAAAAAAAAAM8BAAAAAAEBAAAAAAAAAAAVAgAAAAABAQAAAAAAAAAA6AEAAAAAAAAAAAAAAAAhAF0AIwByACUAYAAmAAUAKAA9ACkAPgAqAF4AKwBhACwASgAtAFsALgBQAC8AXwA6AE4APABkAD0ALQA+AGIAPwBaAFsATABdAE0AZQAZAGYAEABpABYAbgAjAHQAIAB7AC4AfAAlAH0ALwB+AG0AIQBdACMAcgAlAGAAJgAFACgAPQApAD4AKgBeACsAYQAsAEoALQBbAC4ATwAvAF8AMAA/ADwAZAA9AA4APgBiAD8AWgBbAEwAXQBNAGYAMQBuADsAdAA4AHsALgB8ACUAfQAvAH4AbQAAAAAAAAAAAEEAAABaAAAAXwAAAF8AAABhAAAAegAAAKoAAACqAAAAtQAAALUAAAC6AAAAugAAAMAAAADWAAAA2AAAAPYAAAD4AAAAwQIAAMYCAADRAgAA4AIAAOQCAADsAgAA7AIAAO4CAADuAgAAcAMAAHQDAAB2AwAAdwMAAHoDAAB9AwAAfwMAAH8DAACGAwAAhgMAAIgDAACKAwAAjAMAAIwDAACOAwAAoQMAAKMDAAD1AwAA9wMAAIEEAACKBAAALwUAADEFAABWBQAAWQUAAFkFAABgBQAAiAUAANAFAADqBQAA7wUAAPIFAAAgBgAASgYAAG4GAABvBgAAcQYAANMGAADVBgAA1QYAAOUGAADmBgAA7gYAAO8GAAD6BgAA/AYAAP8GAAD/BgAAEAcAABAHAAASBwAALwcAAE0HAAClBwAAsQcAALEHAADKBwAA6gcAAPQHAAD1BwAA+gcAAPoHAAAACAAAFQgAABoIAAAaCAAAJAgAACQIAAAoCAAAKAgAAEAIAABYCAAAYAgAAGoIAABwCAAAhwgAAIkIAACOCAAAoAgAAMkIAAAECQAAOQkAAD0JAAA9CQAAUAkAAFAJAABYCQAAYQkAAHEJAACACQAAhQkAAIwJAACPCQAAkAkAAJMJAACoCQAAqgkAALAJAACyCQAAsgkAALYJAAC5CQAAvQkAAL0JAADOCQAAzgkAANwJAADdCQAA3wkAAOEJAADwCQAA8QkAAPwJAAD8CQAABQoAAAoKAAAPCgAAEAoAABMKAAAoCgAAKgoAADAKAAAyCgAAMwoAADUKAAA2CgAAOAoAADkKAABZCgAAXAoAAF4KAABeCgAAcgoAAHQKAACFCgAAjQoAAI8KAACRCgAAkwoAAKgKAACqCgAAsAoAALIKAACzCgAAtQoAALkKAAC9CgAAvQoAANAKAADQCgAA4AoAAOEKAAD5CgAA+QoAAAULAAAMCwAADwsAABALAAATCwAAKAsAACoLAAAwCwAAMgsAADMLAAA1CwAAOQsAAD0LAAA9CwAAXAsAAF0LAABfCwAAYQsAAHELAABxCwAAgwsAAIMLAACFCwAAigsAAI4LAACQCwAAkgsAAJULAACZCwAAmgsAAJwLAACcCwAAngsAAJ8LAACjCwAApAsAAKgLAACqCwAArgsAALkLAADQCwAA0AsAAAUMAAAMDAAADgwAABAMAAASDAAAKAwAACoMAAA5DAAAPQwAAD0MAABYDAAAWgwAAF0MAABdDAAAYAwAAGEMAACADAAAgAwAAIUMAACMDAAAjgwAAJAMAACSDAAAqAwAAKoMAACzDAAAtQwAALkMAAC9DAAAvQwAAN0MAADeDAAA4AwAAOEMAADxDAAA8gwAAAQNAAAMDQAADg0AABANAAASDQAAOg0AAD0NAAA9DQAATg0AAE4NAABUDQAAVg0AAF8NAABhDQAAeg0AAH8NAACFDQAAlg0AAJoNAACxDQAAsw0AALsNAAC9DQAAvQ0AAMANAADGDQAAAQ4AADAOAAAyDgAAMw4AAEAOAABGDgAAgQ4AAIIOAACEDgAAhA4AAIYOAACKDgAAjA4AAKMOAAClDgAApQ4AAKcOAACwDgAAsg4AALMOAAC9DgAAvQ4AAMAOAADEDgAAxg4AAMYOAADcDgAA3w4AAAAPAAAADwAAQA8AAEcPAABJDwAAbA8AAIgPAACMDwAAABAAACoQAAA/EAAAPxAAAFAQAABVEAAAWhAAAF0QAABhEAAAYRAAAGUQAABmEAAAbhAAAHAQAAB1EAAAgRAAAI4QAACOEAAAoBAAAMUQAADHEAAAxxAAAM0QAADNEAAA0BAAAPoQAAD8EAAASBIAAEoSAABNEgAAUBIAAFYSAABYEgAAWBIAAFoSAABdEgAAYBIAAIgSAACKEgAAjRIAAJASAACwEgAAshIAALUSAAC4EgAAvhIAAMASAADAEgAAwhIAAMUSAADIEgAA1hIAANgSAAAQEwAAEhMAABUTAAAYEwAAWhMAAIATAACPEwAAoBMAAPUTAAD4EwAA/RMAAAEUAABsFgAAbxYAAH8WAACBFgAAmhYAAKAWAADqFgAA7hYAAPgWAAAAFwAAERcAAB8XAAAxFwAAQBcAAFEXAABgFwAAbBcAAG4XAABwFwAAgBcAALMXAADXFwAA1xcAANwXAADcFwAAIBgAAHgYAACAGAAAqBgAAKoYAACqGAAAsBgAAPUYAAAAGQAAHhkAAFAZAABtGQAAcBkAAHQZAACAGQAAqxkAALAZAADJGQAAABoAABYaAAAgGgAAVBoAAKcaAACnGgAABRsAADMbAABFGwAATBsAAIMbAACgGwAArhsAAK8bAAC6GwAA5RsAAAAcAAAjHAAATRwAAE8cAABaHAAAfRwAAIAcAACKHAAAkBwAALocAAC9HAAAvxwAAOkcAADsHAAA7hwAAPMcAAD1HAAA9hwAAPocAAD6HAAAAB0AAL8dAAAAHgAAFR8AABgfAAAdHwAAIB8AAEUfAABIHwAATR8AAFAfAABXHwAAWR8AAFkfAABbHwAAWx8AAF0fAABdHwAAXx8AAH0fAACAHwAAtB8AALYfAAC8HwAAvh8AAL4fAADCHwAAxB8AAMYfAADMHwAA0B8AANMfAADWHwAA2x8AAOAfAADsHwAA8h8AAPQfAAD2HwAA/B8AAHEgAABxIAAAfyAAAH8gAACQIAAAnCAAAAIhAAACIQAAByEAAAchAAAKIQAAEyEAABUhAAAVIQAAGCEAAB0hAAAkIQAAJCEAACYhAAAmIQAAKCEAACghAAAqIQAAOSEAADwhAAA/IQAARSEAAEkhAABOIQAATiEAAGAhAACIIQAAACwAAOQsAADrLAAA7iwAAPIsAADzLAAAAC0AACUtAAAnLQAAJy0AAC0tAAAtLQAAMC0AAGctAABvLQAAby0AAIAtAACWLQAAoC0AAKYtAACoLQAAri0AALAtAAC2LQAAuC0AAL4tAADALQAAxi0AAMgtAADOLQAA0C0AANYtAADYLQAA3i0AAAUwAAAHMAAAITAAACkwAAAxMAAANTAAADgwAAA8MAAAQTAAAJYwAACbMAAAnzAAAKEwAAD6MAAA/DAAAP8wAAAFMQAALzEAADExAACOMQAAoDEAAL8xAADwMQAA/zEAAAA0AAC/TQAAAE4AAIykAADQpAAA/aQAAAClAAAMpgAAEKYAAB+mAAAqpgAAK6YAAECmAABupgAAf6YAAJ2mAACgpgAA76YAABenAAAfpwAAIqcAAIinAACLpwAAzacAANCnAADRpwAA06cAANOnAADVpwAA3KcAAPKnAAABqAAAA6gAAAWoAAAHqAAACqgAAAyoAAAiqAAAQKgAAHOoAACCqAAAs6gAAPKoAAD3qAAA+6gAAPuoAAD9qAAA/qgAAAqpAAAlqQAAMKkAAEapAABgqQAAfKkAAISpAACyqQAAz6kAAM+pAADgqQAA5KkAAOapAADvqQAA+qkAAP6pAAAAqgAAKKoAAECqAABCqgAARKoAAEuqAABgqgAAdqoAAHqqAAB6qgAAfqoAAK+qAACxqgAAsaoAALWqAAC2qgAAuaoAAL2qAADAqgAAwKoAAMKqAADCqgAA26oAAN2qAADgqgAA6qoAAPKqAAD0qgAAAasAAAarAAAJqwAADqsAABGrAAAWqwAAIKsAACarAAAoqwAALqsAADCrAABaqwAAXKsAAGmrAABwqwAA4qsAAACsAACj1wAAsNcAAMbXAADL1wAA+9cAAAD5AABt+gAAcPoAANn6AAAA+wAABvsAABP7AAAX+wAAHfsAAB37AAAf+wAAKPsAACr7AAA2+wAAOPsAADz7AAA++wAAPvsAAED7AABB+wAAQ/sAAET7AABG+wAAsfsAANP7AAA9/QAAUP0AAI/9AACS/QAAx/0AAPD9AAD7/QAAcP4AAHT+AAB2/gAA/P4AACH/AAA6/wAAQf8AAFr/AABm/wAAvv8AAML/AADH/wAAyv8AAM//AADS/wAA1/8AANr/AADc/wAAAAABAAsAAQANAAEAJgABACgAAQA6AAEAPAABAD0AAQA/AAEATQABAFAAAQBdAAEAgAABAPoAAQBAAQEAdAEBAIACAQCcAgEAoAIBANACAQAAAwEAHwMBAC0DAQBKAwEAUAMBAHUDAQCAAwEAnQMBAKADAQDDAwEAyAMBAM8DAQDRAwEA1QMBAAAEAQCdBAEAsAQBANMEAQDYBAEA+wQBAAAFAQAnBQEAMAUBAGMFAQBwBQEAegUBAHwFAQCKBQEAjAUBAJIFAQCUBQEAlQUBAJcFAQChBQEAowUBALEFAQCzBQEAuQUBALsFAQC8BQEAwAUBAPMFAQAABgEANgcBAEAHAQBVBwEAYAcBAGcHAQCABwEAhQcBAIcHAQCwBwEAsgcBALoHAQAACAEABQgBAAgIAQAICAEACggBADUIAQA3CAEAOAgBADwIAQA8CAEAPwgBAFUIAQBgCAEAdggBAIAIAQCeCAEA4AgBAPIIAQD0CAEA9QgBAAAJAQAVCQEAIAkBADkJAQCACQEAtwkBAL4JAQC/CQEAAAoBAAAKAQAQCgEAEwoBABUKAQAXCgEAGQoBADUKAQBgCgEAfAoBAIAKAQCcCgEAwAoBAMcKAQDJCgEA5AoBAAALAQA1CwEAQAsBAFULAQBgCwEAcgsBAIALAQCRCwEAAAwBAEgMAQCADAEAsgwBAMAMAQDyDAEAAA0BACMNAQBKDQEAZQ0BAG8NAQCFDQEAgA4BAKkOAQCwDgEAsQ4BAMIOAQDEDgEAAA8BABwPAQAnDwEAJw8BADAPAQBFDwEAcA8BAIEPAQCwDwEAxA8BAOAPAQD2DwEAAxABADcQAQBxEAEAchABAHUQAQB1EAEAgxABAK8QAQDQEAEA6BABAAMRAQAmEQEARBEBAEQRAQBHEQEARxEBAFARAQByEQEAdhEBAHYRAQCDEQEAshEBAMERAQDEEQEA2hEBANoRAQDcEQEA3BEBAAASAQAREgEAExIBACsSAQA/EgEAQBIBAIASAQCGEgEAiBIBAIgSAQCKEgEAjRIBAI8SAQCdEgEAnxIBAKgSAQCwEgEA3hIBAAUTAQAMEwEADxMBABATAQATEwEAKBMBACoTAQAwEwEAMhMBADMTAQA1EwEAORMBAD0TAQA9EwEAUBMBAFATAQBdEwEAYRMBAIATAQCJEwEAixMBAIsTAQCOEwEAjhMBAJATAQC1EwEAtxMBALcTAQDREwEA0RMBANMTAQDTEwEAABQBADQUAQBHFAEAShQBAF8UAQBhFAEAgBQBAK8UAQDEFAEAxRQBAMcUAQDHFAEAgBUBAK4VAQDYFQEA2xUBAAAWAQAvFgEARBYBAEQWAQCAFgEAqhYBALgWAQC4FgEAABcBABoXAQBAFwEARhcBAAAYAQArGAEAoBgBAN8YAQD/GAEABhkBAAkZAQAJGQEADBkBABMZAQAVGQEAFhkBABgZAQAvGQEAPxkBAD8ZAQBBGQEAQRkBAKAZAQCnGQEAqhkBANAZAQDhGQEA4RkBAOMZAQDjGQEAABoBAAAaAQALGgEAMhoBADoaAQA6GgEAUBoBAFAaAQBcGgEAiRoBAJ0aAQCdGgEAsBoBAPgaAQDAGwEA4BsBAAAcAQAIHAEAChwBAC4cAQBAHAEAQBwBAHIcAQCPHAEAAB0BAAYdAQAIHQEACR0BAAsdAQAwHQEARh0BAEYdAQBgHQEAZR0BAGcdAQBoHQEAah0BAIkdAQCYHQEAmB0BAOAeAQDyHgEAAh8BAAIfAQAEHwEAEB8BABIfAQAzHwEAsB8BALAfAQAAIAEAmSMBAAAkAQBuJAEAgCQBAEMlAQCQLwEA8C8BAAAwAQAvNAEAQTQBAEY0AQBgNAEA+kMBAABEAQBGRgEAAGEBAB1hAQAAaAEAOGoBAEBqAQBeagEAcGoBAL5qAQDQagEA7WoBAABrAQAvawEAQGsBAENrAQBjawEAd2sBAH1rAQCPawEAQG0BAGxtAQBAbgEAf24BAABvAQBKbwEAUG8BAFBvAQCTbwEAn28BAOBvAQDhbwEA428BAONvAQAAcAEA94cBAACIAQDVjAEA/4wBAAiNAQDwrwEA868BAPWvAQD7rwEA/a8BAP6vAQAAsAEAIrEBADKxAQAysQEAULEBAFKxAQBVsQEAVbEBAGSxAQBnsQEAcLEBAPuyAQAAvAEAarwBAHC8AQB8vAEAgLwBAIi8AQCQvAEAmbwBAADUAQBU1AEAVtQBAJzUAQCe1AEAn9QBAKLUAQCi1AEApdQBAKbUAQCp1AEArNQBAK7UAQC51AEAu9QBALvUAQC91AEAw9QBAMXUAQAF1QEAB9UBAArVAQAN1QEAFNUBABbVAQAc1QEAHtUBADnVAQA71QEAPtUBAEDVAQBE1QEARtUBAEbVAQBK1QEAUNUBAFLVAQCl1gEAqNYBAMDWAQDC1gEA2tYBANzWAQD61gEA/NYBABTXAQAW1wEANNcBADbXAQBO1wEAUNcBAG7XAQBw1wEAiNcBAIrXAQCo1wEAqtcBAMLXAQDE1wEAy9cBAADfAQAe3wEAJd8BACrfAQAw4AEAbeABAADhAQAs4QEAN+EBAD3hAQBO4QEATuEBAJDiAQCt4gEAwOIBAOviAQDQ5AEA6+QBANDlAQDt5QEA8OUBAPDlAQDg5wEA5ucBAOjnAQDr5wEA7ecBAO7nAQDw5wEA/ucBAADoAQDE6AEAAOkBAEPpAQBL6QEAS+kBAADuAQAD7gEABe4BAB/uAQAh7gEAIu4BACTuAQAk7gEAJ+4BACfuAQAp7gEAMu4BADTuAQA37gEAOe4BADnuAQA77gEAO+4BAELuAQBC7gEAR+4BAEfuAQBJ7gEASe4BAEvuAQBL7gEATe4BAE/uAQBR7gEAUu4BAFTuAQBU7gEAV+4BAFfuAQBZ7gEAWe4BAFvuAQBb7gEAXe4BAF3uAQBf7gEAX+4BAGHuAQBi7gEAZO4BAGTuAQBn7gEAau4BAGzuAQBy7gEAdO4BAHfuAQB57gEAfO4BAH7uAQB+7gEAgO4BAInuAQCL7gEAm+4BAKHuAQCj7gEApe4BAKnuAQCr7gEAu+4BAAAAAgDfpgIAAKcCADm3AgBAtwIAHbgCACC4AgChzgIAsM4CAODrAgDw6wIAXe4CAAD4AgAd+gIAAAADAEoTAwBQEwMAryMDACEADAAjAHIAJQBgACYABQAoAD0AKgBeACsAYQAtAFsALgBQAC8AXwA8AGUAPQANAD4AYgA/AFoAWwBMAF0ATQBpABUAfAAlAH0ALwAAAAAAIQBcACMAcgAoAD0ALQBbAC8ABgAwAD8AOgBOADwACwA9ACwAPwBaAFsASwBdAE0AZgAwAG4AOwB0ADgAewAuAH0ALwAAAAAAAAAAAAAAAAAhAAwAIwByACUAYAAmAAUAKAA9ACkAPgAqAF4AKwBhACwASgAtAFsALgBQAC8AXwA6AE4APABlAD0ALQA+AGIAPwBaAFsATABdAE0AewAuAHwAJQB9AC8AfgBtAAAAAAAtAAAALQAAADAAAAA6AAAAQQAAAFoAAABfAAAAXwAAAGEAAAB6AAAAqgAAAKoAAAC1AAAAtQAAALcAAAC3AAAAugAAALoAAADAAAAA1gAAANgAAAD2AAAA+AAAAMECAADGAgAA0QIAAOACAADkAgAA7AIAAOwCAADuAgAA7gIAAAADAAB0AwAAdgMAAHcDAAB6AwAAfQMAAH8DAAB/AwAAhgMAAIoDAACMAwAAjAMAAI4DAAChAwAAowMAAPUDAAD3AwAAgQQAAIMEAACHBAAAigQAAC8FAAAxBQAAVgUAAFkFAABZBQAAYAUAAIgFAACRBQAAvQUAAL8FAAC/BQAAwQUAAMIFAADEBQAAxQUAAMcFAADHBQAA0AUAAOoFAADvBQAA8gUAABAGAAAaBgAAIAYAAGkGAABuBgAA0wYAANUGAADcBgAA3wYAAOgGAADqBgAA/AYAAP8GAAD/BgAAEAcAAEoHAABNBwAAsQcAAMAHAAD1BwAA+gcAAPoHAAD9BwAA/QcAAAAIAAAtCAAAQAgAAFsIAABgCAAAaggAAHAIAACHCAAAiQgAAI4IAACXCAAA4QgAAOMIAABjCQAAZgkAAG8JAABxCQAAgwkAAIUJAACMCQAAjwkAAJAJAACTCQAAqAkAAKoJAACwCQAAsgkAALIJAAC2CQAAuQkAALwJAADECQAAxwkAAMgJAADLCQAAzgkAANcJAADXCQAA3AkAAN0JAADfCQAA4wkAAOYJAADxCQAA/AkAAPwJAAD+CQAA/gkAAAEKAAADCgAABQoAAAoKAAAPCgAAEAoAABMKAAAoCgAAKgoAADAKAAAyCgAAMwoAADUKAAA2CgAAOAoAADkKAAA8CgAAPAoAAD4KAABCCgAARwoAAEgKAABLCgAATQoAAFEKAABRCgAAWQoAAFwKAABeCgAAXgoAAGYKAAB1CgAAgQoAAIMKAACFCgAAjQoAAI8KAACRCgAAkwoAAKgKAACqCgAAsAoAALIKAACzCgAAtQoAALkKAAC8CgAAxQoAAMcKAADJCgAAywoAAM0KAADQCgAA0AoAAOAKAADjCgAA5goAAO8KAAD5CgAA/woAAAELAAADCwAABQsAAAwLAAAPCwAAEAsAABMLAAAoCwAAKgsAADALAAAyCwAAMwsAADULAAA5CwAAPAsAAEQLAABHCwAASAsAAEsLAABNCwAAVQsAAFcLAABcCwAAXQsAAF8LAABjCwAAZgsAAG8LAABxCwAAcQsAAIILAACDCwAAhQsAAIoLAACOCwAAkAsAAJILAACVCwAAmQsAAJoLAACcCwAAnAsAAJ4LAACfCwAAowsAAKQLAACoCwAAqgsAAK4LAAC5CwAAvgsAAMILAADGCwAAyAsAAMoLAADNCwAA0AsAANALAADXCwAA1wsAAOYLAADvCwAAAAwAAAwMAAAODAAAEAwAABIMAAAoDAAAKgwAADkMAAA8DAAARAwAAEYMAABIDAAASgwAAE0MAABVDAAAVgwAAFgMAABaDAAAXQwAAF0MAABgDAAAYwwAAGYMAABvDAAAgAwAAIMMAACFDAAAjAwAAI4MAACQDAAAkgwAAKgMAACqDAAAswwAALUMAAC5DAAAvAwAAMQMAADGDAAAyAwAAMoMAADNDAAA1QwAANYMAADdDAAA3gwAAOAMAADjDAAA5gwAAO8MAADxDAAA8wwAAAANAAAMDQAADg0AABANAAASDQAARA0AAEYNAABIDQAASg0AAE4NAABUDQAAVw0AAF8NAABjDQAAZg0AAG8NAAB6DQAAfw0AAIENAACDDQAAhQ0AAJYNAACaDQAAsQ0AALMNAAC7DQAAvQ0AAL0NAADADQAAxg0AAMoNAADKDQAAzw0AANQNAADWDQAA1g0AANgNAADfDQAA5g0AAO8NAADyDQAA8w0AAAEOAAA6DgAAQA4AAE4OAABQDgAAWQ4AAIEOAACCDgAAhA4AAIQOAACGDgAAig4AAIwOAACjDgAApQ4AAKUOAACnDgAAvQ4AAMAOAADEDgAAxg4AAMYOAADIDgAAzg4AANAOAADZDgAA3A4AAN8OAAAADwAAAA8AABgPAAAZDwAAIA8AACkPAAA1DwAANQ8AADcPAAA3DwAAOQ8AADkPAAA+DwAARw8AAEkPAABsDwAAcQ8AAIQPAACGDwAAlw8AAJkPAAC8DwAAxg8AAMYPAAAAEAAASRAAAFAQAACdEAAAoBAAAMUQAADHEAAAxxAAAM0QAADNEAAA0BAAAPoQAAD8EAAASBIAAEoSAABNEgAAUBIAAFYSAABYEgAAWBIAAFoSAABdEgAAYBIAAIgSAACKEgAAjRIAAJASAACwEgAAshIAALUSAAC4EgAAvhIAAMASAADAEgAAwhIAAMUSAADIEgAA1hIAANgSAAAQEwAAEhMAABUTAAAYEwAAWhMAAF0TAABfEwAAaRMAAHETAACAEwAAjxMAAKATAAD1EwAA+BMAAP0TAAABFAAAbBYAAG8WAAB/FgAAgRYAAJoWAACgFgAA6hYAAO4WAAD4FgAAABcAABUXAAAfFwAANBcAAEAXAABTFwAAYBcAAGwXAABuFwAAcBcAAHIXAABzFwAAgBcAANMXAADXFwAA1xcAANwXAADdFwAA4BcAAOkXAAALGAAADRgAAA8YAAAZGAAAIBgAAHgYAACAGAAAqhgAALAYAAD1GAAAABkAAB4ZAAAgGQAAKxkAADAZAAA7GQAARhkAAG0ZAABwGQAAdBkAAIAZAACrGQAAsBkAAMkZAADQGQAA2hkAAAAaAAAbGgAAIBoAAF4aAABgGgAAfBoAAH8aAACJGgAAkBoAAJkaAACnGgAApxoAALAaAAC9GgAAvxoAAM4aAAAAGwAATBsAAFAbAABZGwAAaxsAAHMbAACAGwAA8xsAAAAcAAA3HAAAQBwAAEkcAABNHAAAfRwAAIAcAACKHAAAkBwAALocAAC9HAAAvxwAANAcAADSHAAA1BwAAPocAAAAHQAAFR8AABgfAAAdHwAAIB8AAEUfAABIHwAATR8AAFAfAABXHwAAWR8AAFkfAABbHwAAWx8AAF0fAABdHwAAXx8AAH0fAACAHwAAtB8AALYfAAC8HwAAvh8AAL4fAADCHwAAxB8AAMYfAADMHwAA0B8AANMfAADWHwAA2x8AAOAfAADsHwAA8h8AAPQfAAD2HwAA/B8AAAwgAAANIAAAPyAAAEAgAABUIAAAVCAAAHEgAABxIAAAfyAAAH8gAACQIAAAnCAAANAgAADcIAAA4SAAAOEgAADlIAAA8CAAAAIhAAACIQAAByEAAAchAAAKIQAAEyEAABUhAAAVIQAAGCEAAB0hAAAkIQAAJCEAACYhAAAmIQAAKCEAACghAAAqIQAAOSEAADwhAAA/IQAARSEAAEkhAABOIQAATiEAAGAhAACIIQAAACwAAOQsAADrLAAA8ywAAAAtAAAlLQAAJy0AACctAAAtLQAALS0AADAtAABnLQAAby0AAG8tAAB/LQAAli0AAKAtAACmLQAAqC0AAK4tAACwLQAAti0AALgtAAC+LQAAwC0AAMYtAADILQAAzi0AANAtAADWLQAA2C0AAN4tAADgLQAA/y0AAAUwAAAHMAAAITAAAC8wAAAxMAAANTAAADgwAAA8MAAAQTAAAJYwAACZMAAAnzAAAKEwAAD/MAAABTEAAC8xAAAxMQAAjjEAAKAxAAC/MQAA8DEAAP8xAAAANAAAv00AAABOAACMpAAA0KQAAP2kAAAApQAADKYAABCmAAArpgAAQKYAAG+mAAB0pgAAfaYAAH+mAADxpgAAF6cAAB+nAAAipwAAiKcAAIunAADNpwAA0KcAANGnAADTpwAA06cAANWnAADcpwAA8qcAACeoAAAsqAAALKgAAECoAABzqAAAgKgAAMWoAADQqAAA2agAAOCoAAD3qAAA+6gAAPuoAAD9qAAALakAADCpAABTqQAAYKkAAHypAACAqQAAwKkAAM+pAADZqQAA4KkAAP6pAAAAqgAANqoAAECqAABNqgAAUKoAAFmqAABgqgAAdqoAAHqqAADCqgAA26oAAN2qAADgqgAA76oAAPKqAAD2qgAAAasAAAarAAAJqwAADqsAABGrAAAWqwAAIKsAACarAAAoqwAALqsAADCrAABaqwAAXKsAAGmrAABwqwAA6qsAAOyrAADtqwAA8KsAAPmrAAAArAAAo9cAALDXAADG1wAAy9cAAPvXAAAA+QAAbfoAAHD6AADZ+gAAAPsAAAb7AAAT+wAAF/sAAB37AAAo+wAAKvsAADb7AAA4+wAAPPsAAD77AAA++wAAQPsAAEH7AABD+wAARPsAAEb7AACx+wAA0/sAAD39AABQ/QAAj/0AAJL9AADH/QAA8P0AAPv9AAAA/gAAD/4AACD+AAAv/gAAM/4AADT+AABN/gAAT/4AAHD+AAB0/gAAdv4AAPz+AAAQ/wAAGf8AACH/AAA6/wAAP/8AAD//AABB/wAAWv8AAGX/AAC+/wAAwv8AAMf/AADK/wAAz/8AANL/AADX/wAA2v8AANz/AAAAAAEACwABAA0AAQAmAAEAKAABADoAAQA8AAEAPQABAD8AAQBNAAEAUAABAF0AAQCAAAEA+gABAEABAQB0AQEA/QEBAP0BAQCAAgEAnAIBAKACAQDQAgEA4AIBAOACAQAAAwEAHwMBAC0DAQBKAwEAUAMBAHoDAQCAAwEAnQMBAKADAQDDAwEAyAMBAM8DAQDRAwEA1QMBAAAEAQCdBAEAoAQBAKkEAQCwBAEA0wQBANgEAQD7BAEAAAUBACcFAQAwBQEAYwUBAHAFAQB6BQEAfAUBAIoFAQCMBQEAkgUBAJQFAQCVBQEAlwUBAKEFAQCjBQEAsQUBALMFAQC5BQEAuwUBALwFAQDABQEA8wUBAAAGAQA2BwEAQAcBAFUHAQBgBwEAZwcBAIAHAQCFBwEAhwcBALAHAQCyBwEAugcBAAAIAQAFCAEACAgBAAgIAQAKCAEANQgBADcIAQA4CAEAPAgBADwIAQA/CAEAVQgBAGAIAQB2CAEAgAgBAJ4IAQDgCAEA8ggBAPQIAQD1CAEAAAkBABUJAQAgCQEAOQkBAIAJAQC3CQEAvgkBAL8JAQAACgEAAwoBAAUKAQAGCgEADAoBABMKAQAVCgEAFwoBABkKAQA1CgEAOAoBADoKAQA/CgEAPwoBAGAKAQB8CgEAgAoBAJwKAQDACgEAxwoBAMkKAQDmCgEAAAsBADULAQBACwEAVQsBAGALAQByCwEAgAsBAJELAQAADAEASAwBAIAMAQCyDAEAwAwBAPIMAQAADQEAJw0BADANAQA5DQEAQA0BAGUNAQBpDQEAbQ0BAG8NAQCFDQEAgA4BAKkOAQCrDgEArA4BALAOAQCxDgEAwg4BAMQOAQD8DgEAHA8BACcPAQAnDwEAMA8BAFAPAQBwDwEAhQ8BALAPAQDEDwEA4A8BAPYPAQAAEAEARhABAGYQAQB1EAEAfxABALoQAQDCEAEAwhABANAQAQDoEAEA8BABAPkQAQAAEQEANBEBADYRAQA/EQEARBEBAEcRAQBQEQEAcxEBAHYRAQB2EQEAgBEBAMQRAQDJEQEAzBEBAM4RAQDaEQEA3BEBANwRAQAAEgEAERIBABMSAQA3EgEAPhIBAEESAQCAEgEAhhIBAIgSAQCIEgEAihIBAI0SAQCPEgEAnRIBAJ8SAQCoEgEAsBIBAOoSAQDwEgEA+RIBAAATAQADEwEABRMBAAwTAQAPEwEAEBMBABMTAQAoEwEAKhMBADATAQAyEwEAMxMBADUTAQA5EwEAOxMBAEQTAQBHEwEASBMBAEsTAQBNEwEAUBMBAFATAQBXEwEAVxMBAF0TAQBjEwEAZhMBAGwTAQBwEwEAdBMBAIATAQCJEwEAixMBAIsTAQCOEwEAjhMBAJATAQC1EwEAtxMBAMATAQDCEwEAwhMBAMUTAQDFEwEAxxMBAMoTAQDMEwEA0xMBAOETAQDiEwEAABQBAEoUAQBQFAEAWRQBAF4UAQBhFAEAgBQBAMUUAQDHFAEAxxQBANAUAQDZFAEAgBUBALUVAQC4FQEAwBUBANgVAQDdFQEAABYBAEAWAQBEFgEARBYBAFAWAQBZFgEAgBYBALgWAQDAFgEAyRYBANAWAQDjFgEAABcBABoXAQAdFwEAKxcBADAXAQA5FwEAQBcBAEYXAQAAGAEAOhgBAKAYAQDpGAEA/xgBAAYZAQAJGQEACRkBAAwZAQATGQEAFRkBABYZAQAYGQEANRkBADcZAQA4GQEAOxkBAEMZAQBQGQEAWRkBAKAZAQCnGQEAqhkBANcZAQDaGQEA4RkBAOMZAQDkGQEAABoBAD4aAQBHGgEARxoBAFAaAQCZGgEAnRoBAJ0aAQCwGgEA+BoBAMAbAQDgGwEA8BsBAPkbAQAAHAEACBwBAAocAQA2HAEAOBwBAEAcAQBQHAEAWRwBAHIcAQCPHAEAkhwBAKccAQCpHAEAthwBAAAdAQAGHQEACB0BAAkdAQALHQEANh0BADodAQA6HQEAPB0BAD0dAQA/HQEARx0BAFAdAQBZHQEAYB0BAGUdAQBnHQEAaB0BAGodAQCOHQEAkB0BAJEdAQCTHQEAmB0BAKAdAQCpHQEA4B4BAPYeAQAAHwEAEB8BABIfAQA6HwEAPh8BAEIfAQBQHwEAWh8BALAfAQCwHwEAACABAJkjAQAAJAEAbiQBAIAkAQBDJQEAkC8BAPAvAQAAMAEALzQBAEA0AQBVNAEAYDQBAPpDAQAARAEARkYBAABhAQA5YQEAAGgBADhqAQBAagEAXmoBAGBqAQBpagEAcGoBAL5qAQDAagEAyWoBANBqAQDtagEA8GoBAPRqAQAAawEANmsBAEBrAQBDawEAUGsBAFlrAQBjawEAd2sBAH1rAQCPawEAQG0BAGxtAQBwbQEAeW0BAEBuAQB/bgEAAG8BAEpvAQBPbwEAh28BAI9vAQCfbwEA4G8BAOFvAQDjbwEA5G8BAPBvAQDxbwEAAHABAPeHAQAAiAEA1YwBAP+MAQAIjQEA8K8BAPOvAQD1rwEA+68BAP2vAQD+rwEAALABACKxAQAysQEAMrEBAFCxAQBSsQEAVbEBAFWxAQBksQEAZ7EBAHCxAQD7sgEAALwBAGq8AQBwvAEAfLwBAIC8AQCIvAEAkLwBAJm8AQCdvAEAnrwBAPDMAQD5zAEAAM8BAC3PAQAwzwEARs8BAGXRAQBp0QEAbdEBAHLRAQB70QEAgtEBAIXRAQCL0QEAqtEBAK3RAQBC0gEARNIBAADUAQBU1AEAVtQBAJzUAQCe1AEAn9QBAKLUAQCi1AEApdQBAKbUAQCp1AEArNQBAK7UAQC51AEAu9QBALvUAQC91AEAw9QBAMXUAQAF1QEAB9UBAArVAQAN1QEAFNUBABbVAQAc1QEAHtUBADnVAQA71QEAPtUBAEDVAQBE1QEARtUBAEbVAQBK1QEAUNUBAFLVAQCl1gEAqNYBAMDWAQDC1gEA2tYBANzWAQD61gEA/NYBABTXAQAW1wEANNcBADbXAQBO1wEAUNcBAG7XAQBw1wEAiNcBAIrXAQCo1wEAqtcBAMLXAQDE1wEAy9cBAM7XAQD/1wEAANoBADbaAQA72gEAbNoBAHXaAQB12gEAhNoBAITaAQCb2gEAn9oBAKHaAQCv2gEAAN8BAB7fAQAl3wEAKt8BAADgAQAG4AEACOABABjgAQAb4AEAIeABACPgAQAk4AEAJuABACrgAQAw4AEAbeABAI/gAQCP4AEAAOEBACzhAQAw4QEAPeEBAEDhAQBJ4QEATuEBAE7hAQCQ4gEAruIBAMDiAQD54gEA0OQBAPnkAQDQ5QEA+uUBAODnAQDm5wEA6OcBAOvnAQDt5wEA7ucBAPDnAQD+5wEAAOgBAMToAQDQ6AEA1ugBAADpAQBL6QEAUOkBAFnpAQAA7gEAA+4BAAXuAQAf7gEAIe4BACLuAQAk7gEAJO4BACfuAQAn7gEAKe4BADLuAQA07gEAN+4BADnuAQA57gEAO+4BADvuAQBC7gEAQu4BAEfuAQBH7gEASe4BAEnuAQBL7gEAS+4BAE3uAQBP7gEAUe4BAFLuAQBU7gEAVO4BAFfuAQBX7gEAWe4BAFnuAQBb7gEAW+4BAF3uAQBd7gEAX+4BAF/uAQBh7gEAYu4BAGTuAQBk7gEAZ+4BAGruAQBs7gEAcu4BAHTuAQB37gEAee4BAHzuAQB+7gEAfu4BAIDuAQCJ7gEAi+4BAJvuAQCh7gEAo+4BAKXuAQCp7gEAq+4BALvuAQDw+wEA+fsBAAAAAgDfpgIAAKcCADm3AgBAtwIAHbgCACC4AgChzgIAsM4CAODrAgDw6wIAXe4CAAD4AgAd+gIAAAADAEoTAwBQEwMAryMDAAABDgDvAQ4ADgAAAHkAAAAAAAAAOAAAAAgAAACmAgAAAgAAAAIAAAACAAAACgAAAIDjAAAQBQAA4MUAAHDlAACAOQEAZDsBAHDQAAB40AAAgNAAAPDRAADi0gAA8NIAACDTAAAAAAAAAAAAAAAAAADA3QAAIN4AAAEAAAACAAAAAwAAAAQAAAAFAAAAMN4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJBAAAPwQAAAUAAAAAAAAAyQEAAAMFAAABBQAA3wQAAEYEAADzAgAARwMAAN8AAAD6BAAAIgQAACAEAABEBAAA9AQAAMsEAAD+BAAAHgQAADIEAACwAQAARwIAANECAABKAQAAMAQAAPgEAAAKBQAA/wQAAPIEAAAIBQAA/AQAADMEAAA1BAAAQgQAADsEAAA4BAAAPgQAAAUFAAACAAAAQQQAAPYEAAC0AQAAoAEAAEIDAADCAgAAzgAAAF8DAACeAAAA7wMAAJUCAABHAAAAkAMAAIUAAADYAwAAwQEAAFMDAAALAAAAFwMAAK0CAAB5AAAAvgMAADwCAABPAgAACQMAAPMAAADWAAAA6AAAAPgCAAAXBAAATQMAALQAAAADBAAAPQEAAP8AAAAnAAAAdAMAAC8BAABaAgAAIQAAAB0AAAAQAAAAUwEAABYBAAAGAQAAEQEAAGwBAACDAQAAXAEAANQBAABrAwAAkgEAAGYCAABkAAAAqwMAABwBAACJAgAAGwIAAAQCAAAUAgAAdQEAACEDAAAxAwAAwAAAADgDAAB4AgAAJQIAAOACAACnAQAANAAAAH8DAADIAgAA3gEAAPABAADIAwAAWQQAAL0EAACPBAAAeQQAAGYEAACkBAAAAAAAAAcAAAB0AgAA";

// packages/iac-scan/src/hcl/parse.ts
var ready;
var SRC = "";
function parser() {
  ready ??= (async () => {
    await Parser.init({ wasmBinary: Buffer.from(RUNTIME_WASM_BASE64, "base64") });
    const language = await Language.load(Buffer.from(TERRAFORM_WASM_BASE64, "base64"));
    const p = new Parser();
    p.setLanguage(language);
    return p;
  })();
  return ready;
}
var line = (n) => n.startPosition.row + 1;
async function parseHcl(path, source) {
  const p = await parser();
  const tree = p.parse(source);
  SRC = source;
  if (!tree) return { path, body: emptyBody(), comments: [], error: { line: 1, message: "could not parse" } };
  try {
    const root = tree.rootNode;
    const comments = [];
    const bodyNode = root.namedChildren.find((c) => c?.type === "body");
    for (const c of root.namedChildren) if (c?.type === "comment") comments.push({ line: line(c), text: c.text });
    const body2 = bodyNode ? convertBody(bodyNode, comments) : emptyBody();
    const file = { path, body: body2, comments };
    if (root.hasError) file.error = firstError(root);
    return file;
  } finally {
    tree.delete();
  }
}
function emptyBody() {
  return { attrs: /* @__PURE__ */ new Map(), blocks: [] };
}
function firstError(n) {
  const stack = [n];
  while (stack.length) {
    const cur = stack.shift();
    if (cur.type === "ERROR") return { line: line(cur), message: `syntax error near ${JSON.stringify(cur.text.split("\n")[0].slice(0, 40))}` };
    if (cur.isMissing) {
      let b = cur.parent;
      while (b && b.type !== "block" && b.type !== "object" && b.type !== "tuple") b = b.parent;
      if (b && b.startPosition.row !== cur.startPosition.row) {
        return { line: line(b), message: `${b.type === "block" ? `block "${b.text.split(/[{\n]/)[0].trim()}"` : b.type} opened here is never closed (missing ${JSON.stringify(cur.type)} by line ${line(cur)})` };
      }
      return { line: line(cur), message: `missing ${JSON.stringify(cur.type)}` };
    }
    for (const c of cur.children) if (c && (c.hasError || c.isMissing || c.type === "ERROR")) stack.push(c);
  }
  return { line: line(n), message: "syntax error" };
}
function convertBody(n, comments) {
  const body2 = emptyBody();
  for (const c of n.namedChildren) {
    if (!c) continue;
    if (c.type === "comment") comments.push({ line: line(c), text: c.text });
    else if (c.type === "attribute") {
      const a = convertAttribute(c, comments);
      if (a) body2.attrs.set(a.name, a);
    } else if (c.type === "block") body2.blocks.push(convertBlock(c, comments));
  }
  return body2;
}
function convertAttribute(n, comments) {
  const kids = n.namedChildren;
  const id = kids.find((c) => c?.type === "identifier");
  const e = kids.find((c) => c?.type === "expression");
  for (const c of kids) if (c?.type === "comment") comments.push({ line: line(c), text: c.text });
  if (!id) return void 0;
  collectComments(e, comments);
  return { name: id.text, expr: e ? expr(e) : { t: "opaque", line: line(n) }, line: line(n), endLine: n.endPosition.row + 1 };
}
function collectComments(n, comments) {
  if (!n || n.startPosition.row === n.endPosition.row) return;
  for (const c of n.descendantsOfType("comment")) if (c) comments.push({ line: line(c), text: c.text });
}
function convertBlock(n, comments) {
  let type = "";
  const labels = [];
  let body2 = emptyBody();
  for (const c of n.namedChildren) {
    if (!c) continue;
    if (c.type === "identifier") {
      if (!type) type = c.text;
      else labels.push(c.text);
    } else if (c.type === "string_lit") labels.push(stringLit(c));
    else if (c.type === "body") body2 = convertBody(c, comments);
    else if (c.type === "comment") comments.push({ line: line(c), text: c.text });
  }
  return { type, labels, body: body2, line: line(n), endLine: n.endPosition.row + 1 };
}
function stringLit(n) {
  const kids = n.namedChildren;
  const open = kids.find((c) => c?.type === "quoted_template_start");
  const close = kids.find((c) => c?.type === "quoted_template_end");
  if (open && close) return unescape(SRC.slice(open.endIndex, close.startIndex));
  return kids.filter((c) => c?.type === "template_literal" || c?.type === "escape_sequence").map((c) => unescape(c.text)).join("");
}
function unescape(s) {
  return s.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|\$\$\{|%%\{/g, (m, esc2) => {
    if (m === "$${") return "${";
    if (m === "%%{") return "%{";
    switch (esc2?.[0]) {
      case "n":
        return "\n";
      case "t":
        return "	";
      case "r":
        return "\r";
      case "u":
      case "U":
        return String.fromCodePoint(parseInt(esc2.slice(1), 16));
      default:
        return esc2 ?? m;
    }
  });
}
function named(n) {
  return n.namedChildren.filter((c) => !!c && c.type !== "comment");
}
function expr(n) {
  const l = line(n);
  const kids = n.type === "binary_operation" || n.type === "unary_operation" ? [] : named(n);
  switch (n.type) {
    case "expression": {
      let cur = kids[0] ? expr(kids[0]) : { t: "opaque", line: l };
      for (const post of kids.slice(1)) cur = postfix(cur, post);
      return cur;
    }
    case "literal_value": {
      const c = kids[0];
      if (!c) return { t: "opaque", line: l };
      if (c.type === "numeric_lit") return { t: "lit", v: Number(c.text), line: l };
      if (c.type === "bool_lit") return { t: "lit", v: c.text === "true", line: l };
      if (c.type === "null_lit") return { t: "lit", v: null, line: l };
      if (c.type === "string_lit") return { t: "lit", v: stringLit(c), line: l };
      return { t: "opaque", line: l };
    }
    case "collection_value":
      return kids[0] ? expr(kids[0]) : { t: "opaque", line: l };
    case "tuple":
      return { t: "tuple", items: kids.filter((c) => c.type === "expression").map(expr), line: l };
    case "object":
      return {
        t: "object",
        items: named(n).filter((c) => c.type === "object_elem").map((e) => {
          const [k, v] = named(e);
          let key = k ? expr(k) : { t: "opaque", line: l };
          if (key.t === "var") key = { t: "lit", v: key.name, line: key.line };
          return { key, value: v ? expr(v) : { t: "opaque", line: l } };
        }),
        line: l
      };
    case "template_expr":
      return kids[0] ? expr(kids[0]) : { t: "opaque", line: l };
    case "quoted_template": {
      const open = kids.find((c) => c.type === "quoted_template_start");
      const close = [...kids].reverse().find((c) => c.type === "quoted_template_end");
      return template(kids, false, l, open?.endIndex ?? n.startIndex, close?.startIndex ?? n.endIndex);
    }
    case "heredoc_template": {
      const start2 = kids.find((c) => c.type === "heredoc_start");
      const strip = start2?.text.includes("-") ?? false;
      const ids = kids.filter((c) => c.type === "heredoc_identifier");
      const from = SRC.indexOf("\n", ids[0]?.endIndex ?? n.startIndex) + 1;
      const closing = ids.length > 1 ? ids[ids.length - 1] : void 0;
      const to = closing ? SRC.lastIndexOf("\n", closing.startIndex - 1) + 1 : n.endIndex;
      const t = template(kids, true, l, from, Math.max(from, to));
      return strip && t.t === "tpl" ? stripIndent(t) : t;
    }
    case "variable_expr":
      return { t: "var", name: kids[0]?.text ?? n.text, line: l };
    case "function_call": {
      const name2 = kids.find((c) => c.type === "identifier")?.text ?? "";
      const argsNode = kids.find((c) => c.type === "function_arguments");
      const args2 = argsNode ? named(argsNode).filter((c) => c.type === "expression").map(expr) : [];
      if (argsNode?.children.some((c) => c?.type === "..." || c?.type === "expand_or_ellipsis")) return { t: "opaque", line: l };
      return { t: "call", name: name2, args: args2, line: l };
    }
    case "conditional": {
      const [c, a, b] = kids.map(expr);
      return c && a && b ? { t: "cond", c, a, b, line: l } : { t: "opaque", line: l };
    }
    case "operation":
      return kids[0] ? expr(kids[0]) : { t: "opaque", line: l };
    case "binary_operation": {
      const all = n.children.filter((c) => !!c && c.type !== "comment");
      const at2 = all.findIndex((c) => !c.isNamed);
      if (at2 <= 0 || at2 >= all.length - 1) return { t: "opaque", line: l };
      return { t: "bin", op: all[at2].type, l: chain(all.slice(0, at2), l), r: chain(all.slice(at2 + 1), l), line: l };
    }
    case "unary_operation": {
      const all = n.children.filter((c) => !!c && c.type !== "comment");
      const op = all[0] && !all[0].isNamed ? all[0].type : "";
      return all.length > 1 ? { t: "un", op, x: chain(all.slice(1), l), line: l } : { t: "opaque", line: l };
    }
    case "for_expr":
      return kids[0] ? forExpr(kids[0]) : { t: "opaque", line: l };
    default:
      return { t: "opaque", line: l };
  }
}
function chain(nodes, l) {
  const named2 = nodes.filter((c) => c.isNamed);
  if (!named2.length) return { t: "opaque", line: l };
  let cur = expr(named2[0]);
  for (const p of named2.slice(1)) cur = postfix(cur, p);
  return cur;
}
function forExpr(n) {
  const l = line(n);
  const kids = named(n);
  const intro = kids.find((c) => c.type === "for_intro");
  if (!intro) return { t: "opaque", line: l };
  const ids = named(intro).filter((c) => c.type === "identifier").map((c) => c.text);
  const collNode = named(intro).find((c) => c.type === "expression");
  const body2 = kids.filter((c) => c.type === "expression");
  const condNode = kids.find((c) => c.type === "for_cond");
  const condExpr = condNode ? named(condNode).find((c) => c.type === "expression") : void 0;
  if (!collNode || !body2.length || n.children.some((c) => c?.type === "ellipsis" || c?.type === "...")) return { t: "opaque", line: l };
  const kind = n.type === "for_object_expr" ? "object" : "tuple";
  return {
    t: "for",
    kind,
    keyVar: ids.length > 1 ? ids[0] : void 0,
    valVar: ids[ids.length - 1] ?? "_",
    coll: expr(collNode),
    keyExpr: kind === "object" ? expr(body2[0]) : void 0,
    valExpr: expr(kind === "object" ? body2[1] ?? body2[0] : body2[0]),
    cond: condExpr ? expr(condExpr) : void 0,
    line: l
  };
}
function postfix(obj2, n) {
  const l = line(n);
  if (n.type === "get_attr") return { t: "attr", obj: obj2, name: named(n)[0]?.text ?? "", line: l };
  if (n.type === "index") {
    const inner = named(n)[0];
    if (inner?.type === "legacy_index") return { t: "index", obj: obj2, key: { t: "lit", v: Number(inner.text.replace(/^\./, "")), line: l }, line: l };
    const k = inner ? named(inner).find((c) => c.type === "expression") : void 0;
    return { t: "index", obj: obj2, key: k ? expr(k) : { t: "opaque", line: l }, line: l };
  }
  if (n.type === "splat") return { t: "splat", obj: obj2, line: l };
  return { t: "opaque", line: l };
}
function template(kids, heredoc, l, from, to) {
  const out2 = [];
  const literal = (a, b) => {
    if (b <= a) return;
    const raw = SRC.slice(a, b);
    out2.push(heredoc ? raw.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{") : unescape(raw));
  };
  let pos = from;
  for (const p of kids) {
    if (p.type !== "template_interpolation" && p.type !== "template_directive") continue;
    if (p.startIndex < from || p.endIndex > to) continue;
    literal(pos, p.startIndex);
    if (p.type === "template_interpolation") {
      const e = named(p).find((c) => c.type === "expression");
      out2.push(e ? expr(e) : { t: "opaque", line: line(p) });
    } else out2.push({ t: "opaque", line: line(p) });
    pos = p.endIndex;
  }
  literal(pos, to);
  return { t: "tpl", parts: out2, line: l };
}
function stripIndent(t) {
  const text = t.parts.map((p) => typeof p === "string" ? p : "\0").join("");
  const lines = text.split("\n").filter((x) => x.trim() !== "");
  const indent = Math.min(...lines.map((x) => /^[ \t]*/.exec(x)[0].length));
  if (!Number.isFinite(indent) || indent === 0) return t;
  const strip = new RegExp(`^[ \\t]{0,${indent}}`);
  return {
    ...t,
    parts: t.parts.map((p, i2) => {
      if (typeof p !== "string") return p;
      const followedByExpr = i2 + 1 < t.parts.length;
      const lines2 = p.split("\n");
      return lines2.map((ln, j) => {
        if (j === 0 && i2 > 0) return ln;
        const wholeLine = j < lines2.length - 1 || !followedByExpr;
        if (wholeLine && ln.trim() === "") return ln;
        return ln.replace(strip, "");
      }).join("\n");
    })
  };
}

// packages/iac-scan/src/yaml/documents.ts
var import_yaml = __toESM(require_dist(), 1);
var CFN_TAGS = ["Ref", "Sub", "GetAtt", "Join", "Select", "Split", "If", "Equals", "Not", "And", "Or", "FindInMap", "Base64", "Cidr", "ImportValue", "GetAZs", "Condition", "Transform"].flatMap(
  (name2) => {
    const key = name2 === "Ref" || name2 === "Condition" ? name2 : `Fn::${name2}`;
    const wrap = (v) => ({ [key]: name2 === "GetAtt" && typeof v === "string" ? v.split(".") : v });
    return [
      { tag: `!${name2}`, resolve: (str2) => wrap(str2) },
      { tag: `!${name2}`, collection: "seq", resolve: (seq) => wrap(seq.toJSON()) },
      { tag: `!${name2}`, collection: "map", resolve: (map) => wrap(map.toJSON()) }
    ];
  }
);
var MAX_ALIAS_COUNT = 1e3;
var AliasBombError = class extends Error {
};
function parseYaml(text, opts = {}) {
  const lc = new import_yaml.LineCounter();
  const docs = (0, import_yaml.parseAllDocuments)(text, {
    lineCounter: lc,
    version: "1.2",
    // YAML 1.1 would turn a workflow's `on:` into `true`
    uniqueKeys: false,
    strict: false,
    prettyErrors: false,
    ...opts.cfn ? { customTags: CFN_TAGS } : {}
  });
  const list = Array.isArray(docs) ? docs : [docs];
  const out2 = { docs: [] };
  for (const d of list) {
    const err2 = d.errors[0];
    if (err2) {
      out2.error = { line: lc.linePos(err2.pos[0]).line, message: err2.message.split("\n")[0] ?? err2.message };
      break;
    }
    if (d.contents === null) continue;
    let value;
    try {
      value = d.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      if (/alias/i.test(String(e.message))) throw new AliasBombError(e.message);
      throw e;
    }
    const range = d.contents.range;
    out2.docs.push({
      value: defuse(value, 0),
      line: lc.linePos(range[0]).line,
      endLine: lc.linePos(Math.max(range[0], range[2] - 1)).line,
      lineOf: (path) => lineOf2(d.contents, path, lc)
    });
  }
  return out2;
}
function defuse(v, depth) {
  if (depth > 200 || v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) {
    for (let i2 = 0; i2 < v.length; i2++) v[i2] = defuse(v[i2], depth + 1);
    return v;
  }
  const o = v;
  for (const k of Object.keys(o)) {
    const x = defuse(o[k], depth + 1);
    if (k === "toString" || k === "valueOf" || k === "toJSON") {
      delete o[k];
      o[`${k} (renamed)`] = x;
    } else o[k] = x;
  }
  return o;
}
function lineOf2(root, path, lc) {
  let node = root;
  let line2 = lc.linePos(root.range?.[0] ?? 0).line;
  for (const seg of path) {
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => (0, import_yaml.isPair)(p) && ((0, import_yaml.isScalar)(p.key) ? p.key.value : p.key) === seg);
      if (!pair) return line2;
      const k = pair.key;
      if (k?.range) line2 = lc.linePos(k.range[0]).line;
      node = pair.value;
    } else if ((0, import_yaml.isSeq)(node) && typeof seg === "number") {
      const item = node.items[seg];
      if (!item) return line2;
      if (item.range) line2 = lc.linePos(item.range[0]).line;
      node = item;
    } else return line2;
  }
  return line2;
}

// packages/iac-scan/src/hcl/json.ts
async function parseTfJson(path, text, opts = {}) {
  let parsed;
  try {
    parsed = parseYaml(text);
  } catch (e) {
    return { path, body: { attrs: /* @__PURE__ */ new Map(), blocks: [] }, comments: [], error: { line: 1, message: e.message } };
  }
  if (parsed.error) return { path, body: { attrs: /* @__PURE__ */ new Map(), blocks: [] }, comments: [], error: parsed.error };
  const doc = parsed.docs[0];
  const root = doc?.value;
  const body2 = { attrs: /* @__PURE__ */ new Map(), blocks: [] };
  if (!doc || !isObj(root)) return { path, body: body2, comments: [] };
  const lineOf3 = doc.lineOf;
  const toExpr = async (v, line2) => {
    if (typeof v === "string") {
      if (!v.includes("${") && !v.includes("%{")) return { t: "lit", v, line: line2 };
      const f = await parseHcl(path, `v = ${JSON.stringify(v)}`);
      const e = f.body.attrs.get("v")?.expr;
      return e ? relocate(e, line2) : { t: "opaque", line: line2 };
    }
    if (typeof v === "number" || typeof v === "boolean" || v === null) return { t: "lit", v, line: line2 };
    if (Array.isArray(v)) return { t: "tuple", items: await Promise.all(v.map((x) => toExpr(x, line2))), line: line2 };
    if (isObj(v)) {
      const items = [];
      for (const [k, x] of Object.entries(v)) items.push({ key: { t: "lit", v: k, line: line2 }, value: await toExpr(x, line2) });
      return { t: "object", items, line: line2 };
    }
    return { t: "opaque", line: line2 };
  };
  const bodyOf = async (o, at2) => {
    const b = { attrs: /* @__PURE__ */ new Map(), blocks: [] };
    for (const [k, v] of Object.entries(o)) {
      const line2 = lineOf3([...at2, k]);
      const attr2 = { name: k, expr: await toExpr(v, line2), line: line2, endLine: line2 };
      b.attrs.set(k, attr2);
    }
    return b;
  };
  const block = async (type, labels, o, at2) => {
    for (const [i2, item] of (Array.isArray(o) ? o : [o]).entries()) {
      if (!isObj(item)) continue;
      const p = Array.isArray(o) ? [...at2, i2] : at2;
      const line2 = lineOf3(at2);
      body2.blocks.push({ type, labels, body: await bodyOf(item, p), line: line2, endLine: line2 });
    }
  };
  if (opts.vars) return { path, body: await bodyOf(root, []), comments: [] };
  for (const [kind, content] of Object.entries(root)) {
    for (const [ci, c] of (Array.isArray(content) ? content : [content]).entries()) {
      if (!isObj(c)) continue;
      const base = Array.isArray(content) ? [kind, ci] : [kind];
      if (kind === "locals") await block("locals", [], c, base);
      else if (kind === "variable" || kind === "module" || kind === "output") {
        for (const [name2, v] of Object.entries(c)) await block(kind, [name2], v, [...base, name2]);
      } else if (kind === "resource" || kind === "data") {
        for (const [type, byName] of Object.entries(c)) {
          if (!isObj(byName)) continue;
          for (const [name2, v] of Object.entries(byName)) await block(kind, [type, name2], v, [...base, type, name2]);
        }
      }
    }
  }
  return { path, body: body2, comments: [] };
}
function isObj(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function relocate(e, line2) {
  return JSON.parse(JSON.stringify(e), (k, v) => k === "line" ? line2 : v);
}

// packages/iac-scan/src/ignore-files.ts
var import_yaml2 = __toESM(require_dist(), 1);
var MAX_BYTES = 1 << 20;
async function read(fs2, path) {
  const st = await fs2.stat(path);
  if (!st?.isFile || st.size > MAX_BYTES) return void 0;
  return fs2.readText(path);
}
async function loadIgnoreFiles(fs2) {
  const out2 = [];
  const trivy2 = await read(fs2, ".trivyignore");
  if (trivy2 !== void 0) {
    let comment = [];
    trivy2.split("\n").forEach((raw, i2) => {
      const l = raw.trim();
      if (l.startsWith("#")) {
        comment.push(l.replace(/^#\s*/, ""));
        return;
      }
      if (!l) {
        comment = [];
        return;
      }
      const [id, ...rest] = l.split(/\s+/);
      const expires = rest.find((r) => r.startsWith("exp:"))?.slice(4);
      out2.push({ kind: "trivy", ids: [id], reason: comment.join(" "), ...expires ? { expires } : {}, file: ".trivyignore", line: i2 + 1, scope: "file" });
      comment = [];
    });
  }
  for (const name2 of [".trivyignore.yaml", "trivyignore.yaml"]) {
    const text = await read(fs2, name2);
    if (text === void 0) continue;
    const doc = safeParse(text);
    const list = Array.isArray(doc?.misconfigurations) ? doc.misconfigurations : [];
    list.forEach((e, i2) => {
      const o = e;
      if (typeof o?.id !== "string") return;
      const expires = typeof o.expired_at === "string" ? o.expired_at.slice(0, 10) : o.expired_at instanceof Date ? o.expired_at.toISOString().slice(0, 10) : void 0;
      out2.push({
        kind: "trivy",
        ids: [o.id],
        reason: typeof o.statement === "string" ? o.statement : "",
        ...expires ? { expires } : {},
        ...Array.isArray(o.paths) ? { paths: o.paths.map(String) } : {},
        file: name2,
        line: lineOfEntry(text, i2),
        scope: "file"
      });
    });
  }
  for (const name2 of [".checkov.yaml", ".checkov.yml"]) {
    const text = await read(fs2, name2);
    if (text === void 0) continue;
    const doc = safeParse(text);
    const skip = doc?.["skip-check"];
    const ids = (Array.isArray(skip) ? skip.map(String) : typeof skip === "string" ? skip.split(",") : []).map((s) => s.trim()).filter(Boolean);
    for (const id of ids) out2.push({ kind: "checkov", ids: [id], reason: "", file: name2, line: findLine(text, id), scope: "file" });
  }
  for (const name2 of [".hadolint.yaml", ".hadolint.yml"]) {
    const text = await read(fs2, name2);
    if (text === void 0) continue;
    const doc = safeParse(text);
    for (const id of Array.isArray(doc?.ignored) ? doc.ignored.map(String) : []) out2.push({ kind: "hadolint", ids: [id], reason: "", file: name2, line: findLine(text, id), scope: "file" });
  }
  return out2;
}
function safeParse(text) {
  try {
    return (0, import_yaml2.parse)(text, { maxAliasCount: 100 });
  } catch {
    return void 0;
  }
}
function findLine(text, needle) {
  const i2 = text.indexOf(needle);
  return i2 < 0 ? 1 : text.slice(0, i2).split("\n").length;
}
function lineOfEntry(text, index2) {
  let seen = -1;
  const lines = text.split("\n");
  for (let i2 = 0; i2 < lines.length; i2++) if (/^\s*-\s*id\s*:/.test(lines[i2]) && ++seen === index2) return i2 + 1;
  return 1;
}

// packages/iac-scan/src/suppress.ts
var CHECKOV = /\b(?:checkov|bridgecrew|cortex):skip=\s*([A-Za-z0-9_\-, ]*)(?::(.*))?$/;
var TRIVY = /\b(trivy|tfsec):ignore:([^\s]+)(.*)$/;
var HADOLINT = /\bhadolint\s+(global\s+)?ignore=\s*([A-Za-z0-9, ]+)/;
var ZIZMOR = /\bzizmor:\s*ignore\[([^\]]+)\](.*)$/;
var KICS = /\bkics-scan\s+(ignore-line|ignore-block|ignore|disable=([A-Za-z0-9\-, ]+))/;
var MLGUARD = /\bmlguard:ignore[=\s]\s*([A-Za-z0-9_\-,]+)(.*)$/;
var splitIds = (s) => s.split(",").map((x) => x.trim()).filter(Boolean);
function parseSuppressions(text, file, line2) {
  const out2 = [];
  let m;
  if (m = CHECKOV.exec(text)) out2.push({ kind: "checkov", ids: splitIds(m[1] ?? ""), reason: (m[2] ?? "").trim(), file, line: line2, scope: "block" });
  if (m = TRIVY.exec(text)) {
    const [id, ...rest] = (m[2] ?? "").split(":");
    let expires;
    for (let i2 = 0; i2 < rest.length; i2++) if (rest[i2] === "exp" && rest[i2 + 1]) expires = rest[i2 + 1];
    const bare = (id ?? "").replace(/\[.*$/, "");
    const sel = /\[(.*)\]$/.exec(id ?? "")?.[1];
    const selector = sel ? Object.fromEntries(
      sel.split(",").map((kv) => {
        const [k, ...v] = kv.split("=");
        return [k.trim(), v.join("=").trim().replace(/^["']|["']$/g, "")];
      })
    ) : void 0;
    out2.push({ kind: m[1], ids: [bare], reason: (m[3] ?? "").replace(/^[\s:\-–—]+/, "").trim(), ...expires ? { expires } : {}, ...selector ? { selector } : {}, file, line: line2, scope: "line" });
  }
  if (m = HADOLINT.exec(text)) out2.push({ kind: "hadolint", ids: splitIds(m[2] ?? ""), reason: "", file, line: line2, scope: m[1] ? "file" : "line" });
  if (m = ZIZMOR.exec(text)) out2.push({ kind: "zizmor", ids: splitIds(m[1] ?? ""), reason: (m[2] ?? "").replace(/^[\s:\-–—]+/, "").trim(), file, line: line2, scope: "line" });
  if (m = KICS.exec(text)) {
    const scope = m[1] === "ignore" ? "file" : m[1] === "ignore-block" ? "block" : "line";
    out2.push({ kind: "kics", ids: m[2] ? splitIds(m[2]) : ["*"], reason: "", file, line: line2, scope: m[2] ? "file" : scope });
  }
  if (m = MLGUARD.exec(text)) {
    const rest = m[2] ?? "";
    const reason = /reason\s*=\s*"([^"]*)"/.exec(rest)?.[1] ?? /reason\s*=\s*(\S+)/.exec(rest)?.[1] ?? "";
    const expires = /expires\s*=\s*"?(\d{4}-\d{2}-\d{2})"?/.exec(rest)?.[1];
    out2.push({ kind: "mlguard", ids: splitIds(m[1] ?? ""), reason, ...expires ? { expires } : {}, file, line: line2, scope: "line" });
  }
  return out2;
}
var SUPPRESSION_HINT = /checkov|bridgecrew|cortex|trivy|tfsec|hadolint|zizmor|kics-scan|mlguard:ignore/;
function indexComments(text, file) {
  const full = /* @__PURE__ */ new Map();
  const trailing = /* @__PURE__ */ new Map();
  const all = [];
  const lines = text.split("\n");
  for (let i2 = 0; i2 < lines.length; i2++) {
    const raw = lines[i2];
    const t = raw.trimStart();
    const n = i2 + 1;
    if (t.startsWith("#") || t.startsWith("//")) full.set(n, t.replace(/^(#|\/\/)\s?/, ""));
    else if (SUPPRESSION_HINT.test(raw)) {
      const m = /(?:^|\s)(?:#|\/\/)\s?(.*)$/.exec(raw);
      if (m) trailing.set(n, m[1]);
    } else continue;
    const c = full.get(n) ?? trailing.get(n);
    if (c !== void 0 && SUPPRESSION_HINT.test(c)) all.push(...parseSuppressions(c, file, n));
  }
  return { full, trailing, all };
}
var norm = (id) => id.toUpperCase().replace(/^AVD-/, "");
function matchesRule(s, rule2) {
  for (const id of s.ids) {
    if (id === "*") return rule2.id;
    const n = norm(id);
    if (n.endsWith("*") && n.length > 1) {
      const prefix = n.slice(0, -1);
      if ([rule2.id, ...rule2.aliases].some((a) => norm(a).startsWith(prefix))) return id;
      continue;
    }
    if (n === norm(rule2.id)) return id;
    if (rule2.aliases.some((a) => norm(a) === n)) return id;
  }
  return void 0;
}
function candidates(hit2, index2) {
  const out2 = [...hit2.suppressions ?? []];
  const own = index2(hit2.file);
  const atLine = (file, line2) => (index2(file)?.all ?? []).filter((s) => s.line === line2);
  const chainAbove = (file, line2) => {
    const ix = index2(file);
    if (!ix) return [];
    const found = [];
    for (let l = line2 - 1; l > 0 && ix.full.has(l); l--) found.push(...atLine(file, l));
    return found;
  };
  out2.push(...atLine(hit2.file, hit2.line), ...chainAbove(hit2.file, hit2.line));
  if (hit2.block) out2.push(...atLine(hit2.file, hit2.block.line), ...chainAbove(hit2.file, hit2.block.line));
  for (const a of hit2.anchors ?? []) out2.push(...atLine(a.file, a.line), ...chainAbove(a.file, a.line));
  if (own) {
    for (const s of own.all) {
      if (s.scope === "file") out2.push(s);
      else if (s.scope === "block" && hit2.block && s.line >= hit2.block.line && s.line <= hit2.block.endLine) out2.push(s);
      else if (s.scope === "block" && !hit2.block && s.kind === "checkov") out2.push(s);
    }
  }
  return out2.filter((s) => !(s.kind === "kics" && s.scope === "line" && s.line !== hit2.line - 1));
}
function selectorMatches(s, hit2) {
  if (!s.selector) return true;
  return Object.entries(s.selector).every(([k, v]) => {
    const actual = hit2.attribute?.(k);
    return (typeof actual === "string" || typeof actual === "number" || typeof actual === "boolean") && String(actual) === v;
  });
}
function toCoreSuppression(s, matchedId) {
  return {
    id: matchedId,
    reason: s.reason,
    ...s.expires ? { expires: s.expires } : {},
    source: `${s.file}:${s.line}`
  };
}

// packages/iac-scan/src/hcl/functions.ts
var str = (v) => v === void 0 ? UNKNOWN : toStr(v);
var known = (args2) => !args2.some((a) => a === UNKNOWN || a instanceof Ref);
var FUNCTIONS = {
  lower: ([a]) => mapStr(a, (s) => s.toLowerCase()),
  upper: ([a]) => mapStr(a, (s) => s.toUpperCase()),
  trimspace: ([a]) => mapStr(a, (s) => s.trim()),
  title: ([a]) => mapStr(a, (s) => s.replace(/\b\w/g, (c) => c.toUpperCase())),
  tostring: ([a]) => a === null ? null : str(a),
  tonumber: ([a]) => typeof a === "number" ? a : typeof a === "string" && a.trim() !== "" && !Number.isNaN(Number(a)) ? Number(a) : UNKNOWN,
  tobool: ([a]) => typeof a === "boolean" ? a : a === "true" ? true : a === "false" ? false : UNKNOWN,
  tolist: ([a]) => Array.isArray(a) ? a : UNKNOWN,
  toset: ([a]) => Array.isArray(a) ? dedupe(a) : UNKNOWN,
  tomap: ([a]) => isObject(a) ? a : UNKNOWN,
  length: ([a]) => Array.isArray(a) ? a.length : isObject(a) ? Object.keys(a).length : typeof a === "string" ? [...a].length : UNKNOWN,
  merge: (args2) => {
    if (!args2.every((a) => isObject(a) || a === null)) return UNKNOWN;
    return Object.assign({}, ...args2.filter((a) => a !== null));
  },
  concat: (args2) => args2.every(Array.isArray) ? args2.flat() : UNKNOWN,
  flatten: ([a]) => Array.isArray(a) ? flatten(a) : UNKNOWN,
  distinct: ([a]) => Array.isArray(a) ? dedupe(a) : UNKNOWN,
  compact: ([a]) => Array.isArray(a) ? a.filter((x) => x !== "" && x !== null) : UNKNOWN,
  keys: ([a]) => isObject(a) ? Object.keys(a).sort() : UNKNOWN,
  values: ([a]) => isObject(a) ? Object.keys(a).sort().map((k) => a[k]) : UNKNOWN,
  lookup: ([m, k, d]) => {
    if (!isObject(m)) return UNKNOWN;
    const key = str(k);
    if (key === UNKNOWN) return UNKNOWN;
    return Object.prototype.hasOwnProperty.call(m, key) ? m[key] : d ?? UNKNOWN;
  },
  element: ([l, i2]) => Array.isArray(l) && l.length && typeof i2 === "number" ? l[(i2 % l.length + l.length) % l.length] : UNKNOWN,
  contains: ([l, v]) => Array.isArray(l) && known([v]) ? l.some((x) => JSON.stringify(x) === JSON.stringify(v)) : UNKNOWN,
  coalesce: (args2) => {
    for (const a of args2) {
      if (a === UNKNOWN || a instanceof Ref) return UNKNOWN;
      if (a !== null && a !== "") return a;
    }
    return UNKNOWN;
  },
  coalescelist: (args2) => {
    for (const a of args2) {
      if (!Array.isArray(a)) return UNKNOWN;
      if (a.length) return a;
    }
    return UNKNOWN;
  },
  join: ([sep, l]) => {
    const s = str(sep);
    if (s === UNKNOWN || !Array.isArray(l)) return UNKNOWN;
    const parts2 = l.map(str);
    return parts2.includes(UNKNOWN) ? UNKNOWN : parts2.join(s);
  },
  split: ([sep, v]) => {
    const s = str(sep);
    const x = str(v);
    return s === UNKNOWN || x === UNKNOWN ? UNKNOWN : x.split(s);
  },
  replace: ([v, from, to]) => {
    const x = str(v);
    const f = str(from);
    const t = str(to);
    if (x === UNKNOWN || f === UNKNOWN || t === UNKNOWN) return UNKNOWN;
    if (f.length > 2 && f.startsWith("/") && f.endsWith("/")) {
      try {
        return x.replace(new RegExp(f.slice(1, -1), "g"), t);
      } catch {
        return UNKNOWN;
      }
    }
    return x.split(f).join(t);
  },
  substr: ([v, o, l]) => {
    const x = str(v);
    if (x === UNKNOWN || typeof o !== "number" || typeof l !== "number") return UNKNOWN;
    return l < 0 ? x.slice(o) : x.slice(o, o + l);
  },
  startswith: ([v, p]) => binStr(v, p, (a, b) => a.startsWith(b)),
  endswith: ([v, p]) => binStr(v, p, (a, b) => a.endsWith(b)),
  format: ([f, ...rest]) => {
    const fmt = str(f);
    if (fmt === UNKNOWN || !known(rest)) return UNKNOWN;
    let i2 = 0;
    let bad = false;
    const out2 = fmt.replace(/%(%|([-+ #0]*)(\d+)?(?:\.(\d+))?([sdvqtf]))/g, (m, all, flags3, width, prec, verb) => {
      if (all === "%") return "%";
      const a = rest[i2++];
      if (a === void 0) {
        bad = true;
        return m;
      }
      let text;
      if (verb === "q" || verb === "v" && (Array.isArray(a) || isObject(a))) text = JSON.stringify(toJson(a));
      else if (verb === "d" && typeof a === "number") text = String(Math.trunc(a));
      else if (verb === "f" && typeof a === "number") text = a.toFixed(prec ? Number(prec) : 6);
      else {
        const s = toStr(a);
        if (s === UNKNOWN) bad = true;
        text = s === UNKNOWN ? "" : prec && verb === "s" ? s.slice(0, Number(prec)) : s;
      }
      const w = width ? Number(width) : 0;
      if (text.length < w) {
        if (flags3?.includes("-")) text = text.padEnd(w);
        else if (flags3?.includes("0") && (verb === "d" || verb === "f")) text = (text.startsWith("-") ? "-" : "") + text.replace(/^-/, "").padStart(w - (text.startsWith("-") ? 1 : 0), "0");
        else text = text.padStart(w);
      }
      return text;
    });
    return bad ? UNKNOWN : out2;
  },
  jsonencode: ([a]) => a === void 0 || hasUnknown(a) ? UNKNOWN : JSON.stringify(toJson(a)),
  jsondecode: ([a]) => {
    const s = str(a);
    if (s === UNKNOWN) return UNKNOWN;
    try {
      return fromJson(JSON.parse(s));
    } catch {
      return UNKNOWN;
    }
  },
  min: (args2) => args2.every((a) => typeof a === "number") ? Math.min(...args2) : UNKNOWN,
  max: (args2) => args2.every((a) => typeof a === "number") ? Math.max(...args2) : UNKNOWN,
  abs: ([a]) => typeof a === "number" ? Math.abs(a) : UNKNOWN,
  range: (args2) => {
    if (!args2.every((a2) => typeof a2 === "number")) return UNKNOWN;
    const [a, b, step] = args2.length === 1 ? [0, args2[0], 1] : [args2[0], args2[1], args2[2] ?? 1];
    if (step === 0 || Math.abs((b - a) / step) > 1e4) return UNKNOWN;
    const out2 = [];
    for (let x = a; step > 0 ? x < b : x > b; x += step) out2.push(x);
    return out2;
  },
  zipmap: ([k, v]) => {
    if (!Array.isArray(k) || !Array.isArray(v)) return UNKNOWN;
    const keys = k.map(str);
    if (keys.includes(UNKNOWN)) return UNKNOWN;
    return Object.fromEntries(keys.map((key, i2) => [key, v[i2] ?? UNKNOWN]));
  }
};
function callFunction(name2, args2) {
  const fn = FUNCTIONS[name2.replace(/^provider::[^:]+::/, "")];
  if (!fn) return UNKNOWN;
  try {
    return fn(args2);
  } catch {
    return UNKNOWN;
  }
}
function mapStr(a, f) {
  const s = str(a);
  return s === UNKNOWN ? UNKNOWN : f(s);
}
function binStr(a, b, f) {
  const x = str(a);
  const y = str(b);
  return x === UNKNOWN || y === UNKNOWN ? UNKNOWN : f(x, y);
}
function dedupe(a) {
  const seen = /* @__PURE__ */ new Set();
  return a.filter((x) => {
    const k = JSON.stringify(toJson(x));
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function flatten(a) {
  return a.flatMap((x) => Array.isArray(x) ? flatten(x) : [x]);
}

// packages/iac-scan/src/hcl/evaluate.ts
function childScope(s, bindings) {
  const b = new Map(s.bindings);
  for (const [k, v] of Object.entries(bindings)) b.set(k, v);
  return { ...s, bindings: b };
}
var Trace = class {
  steps = [];
  /** Evaluation steps spent on one attribute: nested for-expressions cannot run away. */
  ops = 0;
  add(step) {
    if (!this.steps.includes(step) && this.steps.length < 8) this.steps.push(step);
  }
};
var MAX_DEPTH = 64;
var MAX_OPS = 2e5;
function evaluate(e, scope, trace = new Trace(), depth = 0) {
  if (depth > MAX_DEPTH || ++trace.ops > MAX_OPS) return UNKNOWN;
  const ev = (x) => evaluate(x, scope, trace, depth + 1);
  switch (e.t) {
    case "lit":
      return e.v;
    case "tpl": {
      let out2 = "";
      for (const p of e.parts) {
        if (typeof p === "string") out2 += p;
        else {
          const s = toStr(ev(p));
          if (s === UNKNOWN) return UNKNOWN;
          out2 += s;
        }
      }
      return out2;
    }
    case "var":
      if (scope.bindings.has(e.name)) return scope.bindings.get(e.name);
      return UNKNOWN;
    case "attr":
      return attribute(e, scope, trace, depth);
    case "index": {
      const obj2 = ev(e.obj);
      const key = ev(e.key);
      if (obj2 instanceof Ref) {
        if (key === UNKNOWN || typeof key === "object") return new Ref(`${obj2.address}[*]`, obj2.path);
        return new Ref(`${obj2.address}[${typeof key === "string" ? JSON.stringify(key) : key}]`, obj2.path);
      }
      return index(obj2, key);
    }
    case "splat": {
      const obj2 = ev(e.obj);
      if (obj2 instanceof Ref) return new Ref(`${obj2.address}[*]`, obj2.path);
      return UNKNOWN;
    }
    case "call": {
      if (e.name === "try") {
        for (const a of e.args) {
          const v = ev(a);
          if (v !== UNKNOWN) return v;
        }
        return UNKNOWN;
      }
      if (e.name === "can") return e.args[0] && ev(e.args[0]) !== UNKNOWN ? true : UNKNOWN;
      return callFunction(e.name, e.args.map(ev));
    }
    case "tuple":
      return e.items.map(ev);
    case "object": {
      const out2 = {};
      for (const { key, value } of e.items) {
        const k = toStr(ev(key));
        if (k === UNKNOWN) return UNKNOWN;
        out2[k] = ev(value);
      }
      return out2;
    }
    case "cond": {
      const c = ev(e.c);
      if (c === true || c === "true") return ev(e.a);
      if (c === false || c === "false") return ev(e.b);
      return UNKNOWN;
    }
    case "bin":
      return binary2(e.op, ev(e.l), ev(e.r));
    case "un": {
      const x = ev(e.x);
      if (e.op === "!") return typeof x === "boolean" ? !x : UNKNOWN;
      if (e.op === "-") return typeof x === "number" ? -x : UNKNOWN;
      return UNKNOWN;
    }
    case "for":
      return forExpr2(e, scope, trace, depth);
    case "opaque":
      return UNKNOWN;
  }
}
function attribute(e, scope, trace, depth) {
  const root = e.obj.t === "var" && !scope.bindings.has(e.obj.name) ? e.obj.name : void 0;
  if (root === "var") {
    const b = scope.vars.get(e.name);
    if (!b) return UNKNOWN;
    trace.add(`var.${e.name} = ${show(b.value)}${b.source ? ` (${b.source})` : ""}`);
    return b.value;
  }
  if (root === "local") return local(e.name, scope, trace, depth);
  if (root === "path") return e.name === "module" || e.name === "root" ? "." : UNKNOWN;
  if (root === "data" || root === "module" || root === "terraform" || root === "self") return UNKNOWN;
  if (root && scope.resources.has(`${root}.${e.name}`)) return new Ref(`${root}.${e.name}`);
  if (root && root.includes("_")) return UNKNOWN;
  const obj2 = evaluate(e.obj, scope, trace, depth + 1);
  if (obj2 instanceof Ref) return new Ref(obj2.address, [...obj2.path, e.name]);
  return index(obj2, e.name);
}
function local(name2, scope, trace, depth) {
  if (scope.localCache.has(name2)) {
    const v2 = scope.localCache.get(name2);
    const def2 = scope.locals.get(name2);
    if (def2) trace.add(`local.${name2} = ${show(v2)} (${def2.file}:${def2.attr.line})`);
    return v2;
  }
  const def = scope.locals.get(name2);
  if (!def || scope.localsInProgress.has(name2)) return UNKNOWN;
  scope.localsInProgress.add(name2);
  const v = evaluate(def.attr.expr, scope, trace, depth + 1);
  scope.localsInProgress.delete(name2);
  scope.localCache.set(name2, v);
  trace.add(`local.${name2} = ${show(v)} (${def.file}:${def.attr.line})`);
  return v;
}
function index(obj2, key) {
  if (obj2 === UNKNOWN || key === UNKNOWN) return UNKNOWN;
  if (Array.isArray(obj2)) {
    const i2 = typeof key === "number" ? key : typeof key === "string" && /^\d+$/.test(key) ? Number(key) : NaN;
    return Number.isInteger(i2) && i2 >= 0 && i2 < obj2.length ? obj2[i2] : UNKNOWN;
  }
  if (isObject(obj2)) {
    const k = toStr(key);
    if (k === UNKNOWN) return UNKNOWN;
    return Object.prototype.hasOwnProperty.call(obj2, k) ? obj2[k] : UNKNOWN;
  }
  return UNKNOWN;
}
function binary2(op, l, r) {
  if (op === "&&") return l === false || r === false ? false : l === true && r === true ? true : UNKNOWN;
  if (op === "||") return l === true || r === true ? true : l === false && r === false ? false : UNKNOWN;
  if (l === UNKNOWN || r === UNKNOWN || l instanceof Ref || r instanceof Ref) return UNKNOWN;
  if (op === "==") return JSON.stringify(l) === JSON.stringify(r);
  if (op === "!=") return JSON.stringify(l) !== JSON.stringify(r);
  const a = typeof l === "string" && l.trim() !== "" ? Number(l) : l;
  const b = typeof r === "string" && r.trim() !== "" ? Number(r) : r;
  if (typeof a !== "number" || typeof b !== "number" || Number.isNaN(a) || Number.isNaN(b)) return UNKNOWN;
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return b === 0 ? UNKNOWN : a / b;
    case "%":
      return b === 0 ? UNKNOWN : a % b;
    case "<":
      return a < b;
    case ">":
      return a > b;
    case "<=":
      return a <= b;
    case ">=":
      return a >= b;
    default:
      return UNKNOWN;
  }
}
function forExpr2(e, scope, trace, depth) {
  const coll = evaluate(e.coll, scope, trace, depth + 1);
  let entries;
  if (Array.isArray(coll)) entries = coll.map((v, i2) => [i2, v]);
  else if (isObject(coll)) entries = Object.entries(coll);
  else return UNKNOWN;
  if (entries.length > 1e4) return UNKNOWN;
  const tuple = [];
  const obj2 = {};
  for (const [k, v] of entries) {
    if (trace.ops > MAX_OPS) return UNKNOWN;
    const s = childScope(scope, { ...e.keyVar ? { [e.keyVar]: k } : {}, [e.valVar]: v });
    if (e.cond) {
      const c = evaluate(e.cond, s, trace, depth + 1);
      if (c === UNKNOWN) return UNKNOWN;
      if (c !== true) continue;
    }
    if (e.kind === "tuple") tuple.push(evaluate(e.valExpr, s, trace, depth + 1));
    else {
      const key = toStr(evaluate(e.keyExpr, s, trace, depth + 1));
      if (key === UNKNOWN) return UNKNOWN;
      obj2[key] = evaluate(e.valExpr, s, trace, depth + 1);
    }
  }
  return e.kind === "tuple" ? tuple : obj2;
}

// packages/iac-scan/src/terraform/model.ts
import { posix } from "node:path";
var MAX_MODULE_DEPTH = 16;
var MAX_INSTANCES = 1e3;
var MAX_TOTAL_RESOURCES = 1e5;
var MAX_MODULE_INSTANCES = 5e3;
var keySuffix = (k) => typeof k === "number" ? `[${k}]` : `[${JSON.stringify(k)}]`;
function loadTerraform(files, tfvars, varFiles) {
  const byDir = /* @__PURE__ */ new Map();
  for (const f of files) {
    const d = posix.dirname(f.path);
    byDir.set(d, [...byDir.get(d) ?? [], f]);
  }
  const called = /* @__PURE__ */ new Set();
  for (const [dir, fs2] of byDir) for (const f of fs2) for (const b of f.body.blocks) {
    const src = b.type === "module" ? localSource(b) : void 0;
    if (src) called.add(posix.normalize(posix.join(dir, src)));
  }
  const out2 = { resources: [], problems: [], modules: 0 };
  for (const dir of [...byDir.keys()].sort()) {
    if (called.has(dir) && !isCycleOnly(dir, byDir)) continue;
    const rootVars = /* @__PURE__ */ new Map();
    for (const f of [...tfvars.filter((t) => posix.dirname(t.path) === dir).sort(tfvarsOrder), ...varFiles]) {
      for (const [name2, a] of f.body.attrs) rootVars.set(name2, { value: evaluate(a.expr, emptyScope()), source: `${f.path}:${a.line}` });
    }
    evaluateModule(dir, byDir, { kind: "root", vars: rootVars }, "", [], [dir], out2);
  }
  return out2;
}
function isCycleOnly(dir, byDir) {
  for (const [d, fs2] of byDir) {
    if (d === dir) continue;
    for (const f of fs2) for (const b of f.body.blocks) {
      const src = b.type === "module" ? localSource(b) : void 0;
      if (src && posix.normalize(posix.join(d, src)) === dir) return false;
    }
  }
  return true;
}
function tfvarsOrder(a, b) {
  const rank = (f) => f.path.endsWith("terraform.tfvars") ? 0 : 1;
  return rank(a) - rank(b) || a.path.localeCompare(b.path);
}
function localSource(b) {
  const a = b.body.attrs.get("source");
  if (!a || a.expr.t !== "lit" || typeof a.expr.v !== "string") return void 0;
  return a.expr.v.startsWith("./") || a.expr.v.startsWith("../") ? a.expr.v : void 0;
}
function emptyScope() {
  return { vars: /* @__PURE__ */ new Map(), locals: /* @__PURE__ */ new Map(), resources: /* @__PURE__ */ new Set(), bindings: /* @__PURE__ */ new Map(), localCache: /* @__PURE__ */ new Map(), localsInProgress: /* @__PURE__ */ new Set() };
}
function evaluateModule(dir, byDir, inputs, prefix, anchors, stack, out2) {
  const files = byDir.get(dir) ?? [];
  out2.modules++;
  if (out2.modules > MAX_MODULE_INSTANCES || out2.resources.length > MAX_TOTAL_RESOURCES) {
    if (!out2.problems.some((p) => p.resource === "expansion-limit")) {
      const f = files[0];
      out2.problems.push({ ruleId: "IAC-FILE-001", file: f?.path ?? dir, line: 1, resource: "expansion-limit", message: `more than ${MAX_MODULE_INSTANCES} module instances or ${MAX_TOTAL_RESOURCES} resource instances: expansion stopped at ${dir}` });
    }
    return;
  }
  const scope = emptyScope();
  for (const f of files) {
    for (const b of f.body.blocks) {
      if (b.type === "variable" && b.labels[0]) {
        const name2 = b.labels[0];
        const given = inputs.vars.get(name2);
        const def = b.body.attrs.get("default");
        if (given) scope.vars.set(name2, given);
        else if (def) scope.vars.set(name2, { value: evaluate(def.expr, emptyScope()), source: `${f.path}:${def.line}` });
        else scope.vars.set(name2, { value: UNKNOWN });
      } else if (b.type === "locals") {
        for (const [n, a] of b.body.attrs) scope.locals.set(n, { attr: a, file: f.path });
      } else if (b.type === "resource" && b.labels.length >= 2) {
        scope.resources.add(`${b.labels[0]}.${b.labels[1]}`);
      }
    }
  }
  const moduleKey = prefix || dir;
  const blocks = /* @__PURE__ */ new Map();
  for (const f of files) for (const b of f.body.blocks) if (b.type === "resource" && b.labels.length >= 2) blocks.set(`${b.labels[0]}.${b.labels[1]}`, b);
  for (const f of files) {
    for (const b of f.body.blocks) {
      if (b.type === "resource" && b.labels.length >= 2) {
        const [type, name2] = b.labels;
        for (const inst of expand(b, scope, blocks)) {
          const local2 = `${type}.${name2}${inst.suffix}`;
          out2.resources.push({
            type,
            name: name2,
            address: `${prefix}${local2}`,
            baseAddress: `${prefix}${type}.${name2}`,
            localAddress: local2,
            file: f.path,
            line: b.line,
            endLine: b.endLine,
            body: b.body,
            scope: inst.scope,
            moduleKey,
            anchors
          });
        }
      } else if (b.type === "module" && b.labels[0]) {
        const src = localSource(b);
        if (!src) continue;
        const child = posix.normalize(posix.join(dir, src));
        const problem = (message) => out2.problems.push({ ruleId: "IAC-FILE-001", file: f.path, line: b.line, resource: `module.${b.labels[0]}`, message });
        if (stack.includes(child)) {
          problem(`module "${b.labels[0]}" calls ${child}, which is already being evaluated (${[...stack, child].join(" -> ")}): recursive module not followed`);
          continue;
        }
        if (stack.length > MAX_MODULE_DEPTH) {
          problem(`module nesting deeper than ${MAX_MODULE_DEPTH} levels at module "${b.labels[0]}": not followed`);
          continue;
        }
        if (!byDir.has(child)) continue;
        for (const inst of expand(b, scope, blocks)) {
          const vars = /* @__PURE__ */ new Map();
          for (const [n, a] of b.body.attrs) {
            if (["source", "version", "count", "for_each", "providers", "depends_on"].includes(n)) continue;
            const t = new Trace();
            const v = evaluate(a.expr, inst.scope, t);
            vars.set(n, { value: v, source: `${f.path}:${a.line}${t.steps.length ? `, from ${t.steps.join(", ")}` : ""}` });
          }
          evaluateModule(child, byDir, { kind: "call", vars }, `${prefix}module.${b.labels[0]}${inst.suffix}.`, [...anchors, { file: f.path, line: b.line }], [...stack, child], out2);
        }
      }
    }
  }
}
function expand(b, scope, blocks, depth = 0) {
  const count = b.body.attrs.get("count");
  const forEach = b.body.attrs.get("for_each");
  if (count) {
    const n = evaluate(count.expr, scope);
    if (typeof n === "number" && Number.isInteger(n) && n >= 0) {
      return Array.from({ length: Math.min(n, MAX_INSTANCES) }, (_, i2) => ({ suffix: keySuffix(i2), scope: childScope(scope, { count: { index: i2 } }) }));
    }
    return [{ suffix: "[*]", scope: childScope(scope, { count: { index: UNKNOWN } }) }];
  }
  if (forEach) {
    let coll = evaluate(forEach.expr, scope);
    if (coll instanceof Ref && coll.path.length === 0 && blocks.has(coll.address) && depth < 4) {
      const base = coll.address;
      const keys = expand(blocks.get(base), scope, blocks, depth + 1).map((i2) => i2.suffix).filter((sfx) => sfx.startsWith('["'));
      if (keys.length) coll = Object.fromEntries(keys.map((sfx) => [JSON.parse(sfx.slice(1, -1)), new Ref(`${base}${sfx}`)]));
    }
    let entries;
    if (isObject(coll)) entries = Object.entries(coll);
    else if (Array.isArray(coll) && coll.every((x) => typeof x === "string")) entries = coll.map((s) => [s, s]);
    if (entries) {
      return entries.slice(0, MAX_INSTANCES).map(([k, v]) => ({ suffix: keySuffix(k), scope: childScope(scope, { each: { key: k, value: v } }) }));
    }
    return [{ suffix: "[*]", scope: childScope(scope, { each: { key: UNKNOWN, value: UNKNOWN } }) }];
  }
  return [{ suffix: "", scope }];
}
function get(res, path) {
  const segs = path.split(".");
  let body2 = res.body;
  let line2 = res.line;
  let scope = res.scope;
  for (let i2 = 0; i2 < segs.length; i2++) {
    const seg = segs[i2];
    const attr2 = body2.attrs.get(seg);
    if (attr2) {
      const t = new Trace();
      let v = evaluate(attr2.expr, scope, t);
      for (const s of segs.slice(i2 + 1)) {
        if (Array.isArray(v)) v = v[0] ?? UNKNOWN;
        if (v === UNKNOWN || v instanceof Ref) break;
        v = isObject(v) && s in v ? v[s] : isObject(v) ? null : UNKNOWN;
      }
      if (v === null && i2 + 1 < segs.length) return { state: "missing", value: null, line: attr2.line, trace: t.steps };
      return { state: v === UNKNOWN || v instanceof Ref ? "unknown" : "known", value: v, line: attr2.line, trace: t.steps };
    }
    const block = body2.blocks.find((b) => b.type === seg);
    if (block) {
      body2 = block.body;
      line2 = block.line;
      continue;
    }
    const dyn = body2.blocks.find((b) => b.type === "dynamic" && b.labels[0] === seg);
    if (dyn) {
      const fe = dyn.body.attrs.get("for_each");
      const coll = fe ? evaluate(fe.expr, scope) : UNKNOWN;
      const content = dyn.body.blocks.find((b) => b.type === "content");
      if (Array.isArray(coll) && coll.length === 0 || isObject(coll) && Object.keys(coll).length === 0) break;
      if (!content) return { state: "unknown", value: UNKNOWN, line: dyn.line, trace: [] };
      const first = Array.isArray(coll) ? coll[0] : isObject(coll) ? Object.values(coll)[0] : UNKNOWN;
      const iter = dyn.body.attrs.get("iterator");
      const iterName = iter?.expr.t === "var" ? iter.expr.name : seg;
      scope = childScope(scope, { [iterName]: { key: UNKNOWN, value: first ?? UNKNOWN } });
      body2 = content.body;
      line2 = dyn.line;
      continue;
    }
    return { state: "missing", value: null, line: line2, trace: [] };
  }
  return { state: "known", value: {}, line: line2, trace: [] };
}
function describe(g) {
  return g.trace.length ? ` (${g.trace.join("; ")})` : "";
}

// packages/iac-scan/src/terraform/checks.ts
function checkTerraform(resources) {
  const hits = [];
  const byType = /* @__PURE__ */ new Map();
  for (const r of resources) byType.set(r.type, [...byType.get(r.type) ?? [], r]);
  const of = (t) => byType.get(t) ?? [];
  const links = new Linker(resources);
  const accountBlocked = of("aws_s3_account_public_access_block").some((a) => PAB_FLAGS.every((f) => get(a, f).value === true));
  for (const b of of("aws_s3_bucket")) {
    const push = (h) => h && hits.push(h);
    push(attr(b, "IAC-TF-001", "acl", { bad: (v) => isPublicAcl(v), expect: '"private"', missing: "pass" }));
    if (!accountBlocked) publicAccessBlock(b, links, hits);
    const sse = b.body.blocks.some((x) => x.type === "server_side_encryption_configuration");
    if (!sse) companion(b, links, "aws_s3_bucket_server_side_encryption_configuration", "IAC-TF-003", "no server-side encryption configuration (inline or aws_s3_bucket_server_side_encryption_configuration) is linked to this bucket", hits);
    versioning(b, links, hits);
    push(policy(b));
  }
  for (const a of of("aws_s3_bucket_acl")) {
    const h = attr(a, "IAC-TF-001", "acl", { bad: isPublicAcl, expect: '"private"', missing: "pass" });
    if (h) hits.push({ ...h, message: `${h.message}; applies to ${links.bucketOf(a)}` });
  }
  for (const p of of("aws_s3_bucket_policy")) {
    const h = policy(p);
    if (h) hits.push({ ...h, message: `${h.message}; applies to ${links.bucketOf(p)}` });
  }
  for (const g of of("google_storage_bucket")) add(hits, attr(g, "IAC-TF-006", "uniform_bucket_level_access", { bad: (v) => v !== true, expect: "true", missing: "fail", missingNote: "defaults to false" }));
  for (const t of ["google_storage_bucket_iam_member", "google_storage_bucket_iam_binding", "google_storage_bucket_access_control", "google_storage_default_object_access_control"]) {
    for (const r of of(t)) {
      const field = t.endsWith("_binding") ? "members" : t.endsWith("_member") ? "member" : "entity";
      add(hits, attr(r, "IAC-TF-007", field, { bad: (v) => JSON.stringify(toJson(v) ?? "").match(/allUsers|allAuthenticatedUsers/) !== null, expect: "named members", missing: "pass" }));
    }
  }
  for (const s of of("azurerm_storage_account")) {
    add(hits, attr(s, "IAC-TF-008", "allow_nested_items_to_be_public", { bad: (v) => v === true, expect: "false", missing: "pass" }));
    add(hits, attr(s, "IAC-TF-008", "allow_blob_public_access", { bad: (v) => v === true, expect: "false", missing: "pass" }));
    add(hits, attr(s, "IAC-TF-009", "https_traffic_only_enabled", { bad: (v) => v === false, expect: "true", missing: "pass" }));
    add(hits, attr(s, "IAC-TF-009", "enable_https_traffic_only", { bad: (v) => v === false, expect: "true", missing: "pass" }));
    add(hits, attr(s, "IAC-TF-009", "min_tls_version", { bad: (v) => v === "TLS1_0" || v === "TLS1_1", expect: '"TLS1_2"', missing: "pass" }));
  }
  for (const c of of("azurerm_storage_container")) add(hits, attr(c, "IAC-TF-008", "container_access_type", { bad: (v) => v === "blob" || v === "container", expect: '"private"', missing: "pass" }));
  for (const n of of("aws_sagemaker_notebook_instance")) {
    add(hits, attr(n, "IAC-TF-010", "direct_internet_access", { bad: (v) => v !== "Disabled", expect: '"Disabled"', missing: "fail", missingNote: 'defaults to "Enabled"' }));
    add(hits, attr(n, "IAC-TF-011", "root_access", { bad: (v) => v !== "Disabled", expect: '"Disabled"', missing: "fail", missingNote: 'defaults to "Enabled"' }));
    add(hits, attr(n, "IAC-TF-012", "kms_key_id", { bad: (v) => v === "" || v === null, expect: "a customer-managed KMS key", missing: "fail" }));
    add(hits, attr(n, "IAC-TF-013", "subnet_id", { bad: (v) => v === "" || v === null, expect: "a VPC subnet", missing: "fail" }));
    add(hits, attr(n, "IAC-TF-013", "instance_metadata_service_configuration.minimum_instance_metadata_service_version", { bad: (v) => String(v) !== "2", expect: '"2"', missing: "fail", missingNote: "IMDSv1 allowed by default" }));
  }
  for (const d of of("aws_sagemaker_domain")) add(hits, attr(d, "IAC-TF-012", "kms_key_id", { bad: (v) => v === "" || v === null, expect: "a customer-managed KMS key", missing: "fail" }));
  for (const e of of("aws_sagemaker_endpoint_configuration")) add(hits, attr(e, "IAC-TF-014", "kms_key_arn", { bad: (v) => v === "" || v === null, expect: "a KMS key ARN", missing: "fail" }));
  for (const m of of("aws_sagemaker_model")) add(hits, attr(m, "IAC-TF-015", "enable_network_isolation", { bad: (v) => v !== true, expect: "true", missing: "fail", missingNote: "defaults to false" }));
  for (const p of of("aws_sagemaker_pipeline")) pipeline(p, hits);
  for (const n of of("google_notebooks_instance")) add(hits, attr(n, "IAC-TF-016", "no_public_ip", { bad: (v) => v !== true, expect: "true", missing: "fail", missingNote: "a public IP is assigned by default" }));
  for (const w of of("google_workbench_instance")) add(hits, attr(w, "IAC-TF-016", "gce_setup.disable_public_ip", { bad: (v) => v !== true, expect: "true", missing: "fail", missingNote: "a public IP is assigned by default" }));
  for (const e of of("google_vertex_ai_endpoint")) {
    const net = get(e, "network");
    const psc = get(e, "private_service_connect_config");
    if (net.state === "missing" && psc.state === "missing") hits.push(hit(e, "IAC-TF-016", e.line, "network", "endpoint has no private `network` or Private Service Connect config: it is served on a public endpoint"));
  }
  for (const w of of("azurerm_machine_learning_workspace")) add(hits, attr(w, "IAC-TF-017", "public_network_access_enabled", { bad: (v) => v !== false, expect: "false", missing: "fail", missingNote: "defaults to true" }));
  for (const t of ["azurerm_machine_learning_compute_cluster", "azurerm_machine_learning_compute_instance"]) {
    for (const c of of(t)) add(hits, attr(c, "IAC-TF-017", "local_auth_enabled", { bad: (v) => v !== false, expect: "false", missing: "fail", missingNote: "defaults to true" }));
  }
  for (const r of of("aws_ecr_repository")) {
    add(hits, attr(r, "IAC-TF-018", "image_tag_mutability", { bad: (v) => v !== "IMMUTABLE", expect: '"IMMUTABLE"', missing: "fail", missingNote: 'defaults to "MUTABLE"' }));
    add(hits, attr(r, "IAC-TF-018", "image_scanning_configuration.scan_on_push", { bad: (v) => v !== true, expect: "true", missing: "fail", missingNote: "images are not scanned by default" }));
  }
  return hits;
}
var add = (hits, h) => {
  if (h) hits.push(h);
};
function hit(r, ruleId, line2, attrPath, message, g, result = "fail") {
  return {
    ruleId,
    file: r.file,
    line: line2,
    resource: r.address,
    message: `${r.address}: ${message}`,
    attrPath,
    ...g?.trace.length ? { trace: g.trace } : {},
    result,
    block: { line: r.line, endLine: r.endLine },
    anchors: r.anchors,
    attribute: (name2) => instanceAttribute(r, name2)
  };
}
function instanceAttribute(r, name2) {
  const m = /^(each|count)\.(key|value|index)(?:\.(.+))?$/.exec(name2);
  if (m) {
    let v = index(r.scope.bindings.get(m[1]) ?? UNKNOWN, m[2]);
    for (const seg of m[3]?.split(".") ?? []) v = index(v, seg);
    return v === UNKNOWN ? void 0 : v;
  }
  const g = get(r, name2);
  return g.state === "known" ? g.value : void 0;
}
function attr(r, ruleId, path, c) {
  const g = get(r, path);
  if (g.state === "missing") {
    return c.missing === "fail" ? hit(r, ruleId, g.line, path, `\`${path}\` is not set${c.missingNote ? ` (${c.missingNote})` : ""}; expected ${c.expect}`) : void 0;
  }
  if (g.state === "unknown" && !isObject(g.value) && !Array.isArray(g.value)) {
    return hit(r, ruleId, g.line, path, `\`${path}\` could not be evaluated${describe(g)}`, g, "unknown");
  }
  if (c.bad(g.value)) return hit(r, ruleId, g.line, path, `${c.what ?? `\`${path}\` = ${show(g.value)}`}${describe(g)}; expected ${c.expect}`, g);
  return void 0;
}
function policy(r) {
  const a = r.body.attrs.get("policy");
  if (!a) return void 0;
  const t = new Trace();
  const inner = a.expr.t === "call" && a.expr.name === "jsonencode" && a.expr.args[0] ? a.expr.args[0] : a.expr;
  const v = evaluate(inner, r.scope, t);
  if (v === UNKNOWN) return hit(r, "IAC-TF-005", a.line, "policy", "`policy` could not be evaluated", { state: "unknown", value: v, line: a.line, trace: t.steps }, "unknown");
  if (!policyAllowsAnyone(v)) return void 0;
  return hit(r, "IAC-TF-005", a.line, "policy", `policy grants Allow to Principal "*" without a condition${t.steps.length ? ` (${t.steps.join("; ")})` : ""}`, { state: "known", value: v, line: a.line, trace: t.steps });
}
var PUBLIC_ACLS = /* @__PURE__ */ new Set(["public-read", "public-read-write", "authenticated-read", "website"]);
var isPublicAcl = (v) => typeof v === "string" && PUBLIC_ACLS.has(v);
var Linker = class {
  companions = /* @__PURE__ */ new Map();
  byName = /* @__PURE__ */ new Map();
  byModuleAddress = /* @__PURE__ */ new Map();
  byModuleBase = /* @__PURE__ */ new Map();
  targets = /* @__PURE__ */ new Map();
  linkedCache = /* @__PURE__ */ new Map();
  constructor(resources) {
    for (const r of resources) {
      if (r.type === "aws_s3_bucket") {
        const name2 = get(r, "bucket").value;
        if (typeof name2 === "string" && !this.byName.has(name2)) this.byName.set(name2, r);
        this.byModuleAddress.set(`${r.moduleKey}\0${r.localAddress}`, r);
        const base = `${r.moduleKey}\0${r.type}.${r.name}`;
        this.byModuleBase.set(base, [...this.byModuleBase.get(base) ?? [], r]);
      } else if (r.type.startsWith("aws_s3_bucket_")) this.companions.set(r.type, [...this.companions.get(r.type) ?? [], r]);
    }
  }
  /** Each companion is resolved once (linking used to be quadratic in the number of buckets). */
  target(c) {
    if (this.targets.has(c)) return this.targets.get(c);
    const t = this.resolve(c);
    this.targets.set(c, t);
    return t;
  }
  resolve(c) {
    const g = get(c, "bucket");
    const v = g.value;
    if (v instanceof Ref) {
      const exact = this.byModuleAddress.get(`${c.moduleKey}\0${v.address}`);
      if (exact) return exact;
      const byBase = this.byModuleBase.get(`${c.moduleKey}\0${v.address.replace(/\[[^\]]*\]$/, "")}`) ?? [];
      if (byBase.length === 1) return byBase[0];
      return byBase.length ? "unknown" : void 0;
    }
    if (typeof v === "string") return this.byName.get(v);
    return g.state === "missing" ? void 0 : "unknown";
  }
  /** The companions of a type linked to a bucket, and whether some of that type could not be linked. */
  linked(bucket, type) {
    let idx = this.linkedCache.get(type);
    if (!idx) {
      idx = { byBucket: /* @__PURE__ */ new Map(), unknown: /* @__PURE__ */ new Set() };
      for (const c of this.companions.get(type) ?? []) {
        const t = this.target(c);
        if (t === "unknown") idx.unknown.add(c.moduleKey);
        else if (t) idx.byBucket.set(t, [...idx.byBucket.get(t) ?? [], c]);
      }
      this.linkedCache.set(type, idx);
    }
    return { linked: idx.byBucket.get(bucket) ?? [], unknown: idx.unknown.has(bucket.moduleKey) };
  }
  bucketOf(c) {
    const t = this.target(c);
    return t && t !== "unknown" ? t.address : "a bucket that could not be resolved";
  }
};
function companion(b, links, type, ruleId, message, hits) {
  const { linked, unknown } = links.linked(b, type);
  if (linked.length) return;
  hits.push(hit(b, ruleId, b.line, type, unknown ? `${type} exists but its bucket could not be resolved` : message, void 0, unknown ? "unknown" : "fail"));
}
var PAB_FLAGS = ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"];
function publicAccessBlock(b, links, hits) {
  const { linked, unknown } = links.linked(b, "aws_s3_bucket_public_access_block");
  if (!linked.length) {
    hits.push(hit(b, "IAC-TF-002", b.line, "public_access_block", unknown ? "a public access block exists but its bucket could not be resolved" : "no aws_s3_bucket_public_access_block is linked to this bucket", void 0, unknown ? "unknown" : "fail"));
    return;
  }
  for (const p of linked) {
    for (const flag of PAB_FLAGS) {
      const h = attr(p, "IAC-TF-002", flag, { bad: (v) => v !== true, expect: "true", missing: "fail", missingNote: "defaults to false" });
      if (h) hits.push({ ...h, message: `${h.message}; the block applies to ${b.address}` });
    }
  }
}
function versioning(b, links, hits) {
  const inline = get(b, "versioning.enabled");
  if (inline.state !== "missing") {
    const h = attr(b, "IAC-TF-004", "versioning.enabled", { bad: (v) => v !== true, expect: "true", missing: "pass" });
    if (h) hits.push(h);
    return;
  }
  const { linked, unknown } = links.linked(b, "aws_s3_bucket_versioning");
  if (!linked.length) {
    hits.push(hit(b, "IAC-TF-004", b.line, "versioning", unknown ? "aws_s3_bucket_versioning exists but its bucket could not be resolved" : "no versioning (inline or aws_s3_bucket_versioning) is configured for this bucket", void 0, unknown ? "unknown" : "fail"));
    return;
  }
  for (const v of linked) {
    const h = attr(v, "IAC-TF-004", "versioning_configuration.status", { bad: (x) => x !== "Enabled", expect: '"Enabled"', missing: "fail" });
    if (h) hits.push({ ...h, message: `${h.message}; applies to ${b.address}` });
  }
}
function pipeline(p, hits) {
  const g = get(p, "pipeline_definition");
  if (g.state !== "known") return;
  let doc = toJson(g.value);
  if (typeof g.value === "string") {
    try {
      doc = JSON.parse(g.value);
    } catch {
      return;
    }
  }
  const text = typeof g.value === "string" ? g.value : "";
  for (const problem of trainingStepProblems(doc)) {
    const at2 = text.indexOf(`"${problem.step}"`);
    const line2 = at2 >= 0 && text.includes("\n") ? g.line + 1 + text.slice(0, at2).split("\n").length - 1 : g.line;
    hits.push(hit(p, "IAC-TF-015", line2, `pipeline_definition.${problem.step}`, `training step "${problem.step}": ${problem.message}`));
  }
}

// packages/iac-scan/src/workflows/checks.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);
var UNTRUSTED = /\$\{\{\s*[^}]*\b(github\.event\.(issue\.(title|body)|pull_request\.(title|body|head\.ref|head\.label|head\.repo\.default_branch)|comment\.body|review\.body|review_comment\.body|pages\b[^}]*\.page_name|commits\b[^}]*\.(message|author\.(email|name))|head_commit\.(message|author\.(email|name))|workflow_run\.(head_branch|head_commit\.(message|author\.(email|name))|display_title)|discussion\.(title|body))|github\.head_ref)\b[^}]*\}\}/;
var PR_HEAD = /github\.event\.pull_request\.head\.(sha|ref)|github\.head_ref|github\.event\.workflow_run\.head_(sha|branch)|refs\/pull\//;
var PUBLISH = /pypa\/gh-action-pypi-publish|\bnpm publish\b|\btwine upload\b|\bdocker push\b|\bpoetry publish\b|\buv publish\b|softprops\/action-gh-release/;
function triggers(on) {
  if (typeof on === "string") return [on];
  if (Array.isArray(on)) return on.map(String);
  return Object.keys(obj(on) ?? {});
}
function checkWorkflow(doc, file, text, opts) {
  const wf = obj(doc.value) ?? {};
  const hits = [];
  const lines = text.split("\n");
  const on = wf.on ?? wf.true;
  const trig = triggers(on);
  const untrusted = trig.filter((t) => t === "pull_request_target" || t === "workflow_run");
  const onObj = obj(on) ?? {};
  const publishing = trig.includes("release") || obj(onObj.push)?.tags !== void 0 || PUBLISH.test(text);
  const allowed = opts.refPinnedAllowed.length ? (0, import_picomatch2.default)(opts.refPinnedAllowed) : () => false;
  const add2 = (ruleId, line2, resource, message, attrPath, block) => hits.push({ ruleId, file, line: line2, resource, message: `${resource}: ${message}`, attrPath, ...block ? { block } : {} });
  const findLine2 = (from, needle) => {
    for (let i2 = from - 1; i2 < lines.length && i2 < from + 400; i2++) if (lines[i2].includes(needle)) return i2 + 1;
    return from;
  };
  const perms = wf.permissions;
  if (perms === void 0) add2("IAC-GHA-004", doc.line, "workflow", "no top-level `permissions:`: every job gets the repository default token scopes", "permissions");
  else if (perms === "write-all") add2("IAC-GHA-004", doc.lineOf(["permissions"]), "workflow", "`permissions: write-all`", "permissions");
  const jobs = obj(wf.jobs) ?? {};
  for (const [jobId, jraw] of Object.entries(jobs)) {
    const job = obj(jraw) ?? {};
    const jobLine = doc.lineOf(["jobs", jobId]);
    const block = { line: jobLine, endLine: doc.endLine };
    if (job.permissions === "write-all") add2("IAC-GHA-004", doc.lineOf(["jobs", jobId, "permissions"]), `job ${jobId}`, "`permissions: write-all`", `jobs.${jobId}.permissions`, block);
    if (typeof job.uses === "string") usesCheck(job.uses, doc.lineOf(["jobs", jobId, "uses"]), `job ${jobId}`);
    const steps = Array.isArray(job.steps) ? job.steps : [];
    steps.forEach((sraw, i2) => {
      const step = obj(sraw) ?? {};
      const name2 = `job ${jobId} step ${typeof step.name === "string" ? `"${step.name}"` : i2 + 1}`;
      const uses = typeof step.uses === "string" ? step.uses : "";
      const withs = obj(step.with) ?? {};
      const path = ["jobs", jobId, "steps", i2];
      if (uses) usesCheck(uses, doc.lineOf([...path, "uses"]), name2);
      const action = uses.split("@")[0].toLowerCase();
      if (action === "actions/checkout") {
        const ref = typeof withs.ref === "string" ? withs.ref : "";
        if (untrusted.length && PR_HEAD.test(ref)) {
          add2("IAC-GHA-001", doc.lineOf([...path, "with", "ref"]), name2, `${untrusted.join("/")} workflow checks out the pull-request head (${ref.trim()})`, `jobs.${jobId}.checkout`, block);
        }
        if (withs["persist-credentials"] !== false && withs["persist-credentials"] !== "false") {
          add2("IAC-GHA-005", doc.lineOf([...path, "uses"]), name2, "actions/checkout without `persist-credentials: false`", `jobs.${jobId}.steps.${i2}.persist-credentials`, block);
        }
      }
      const scripts = [];
      if (typeof step.run === "string") scripts.push([step.run, [...path, "run"]]);
      if (action === "actions/github-script" && typeof withs.script === "string") scripts.push([withs.script, [...path, "with", "script"]]);
      for (const [script, p] of scripts) {
        const m = UNTRUSTED.exec(script);
        if (m) add2("IAC-GHA-002", findLine2(doc.lineOf(p), m[0]), name2, `${m[0]} is expanded into the script before it runs`, `jobs.${jobId}.steps.${i2}.${m[1]}`, block);
        if (untrusted.length && /\bgh pr checkout\b|git (checkout|fetch)[^\n]*(\$\{\{[^}]*(head\.(sha|ref)|head_ref)[^}]*\}\}|refs\/pull\/)/.test(script)) {
          add2("IAC-GHA-001", doc.lineOf(p), name2, `${untrusted.join("/")} workflow fetches and runs pull-request code`, `jobs.${jobId}.steps.${i2}.run-pr`, block);
        }
      }
      const caches = action === "actions/cache" || action === "actions/cache/restore" || /^actions\/setup-/.test(action) && typeof withs.cache === "string" && withs.cache !== "";
      if (caches && (publishing || untrusted.length)) {
        add2("IAC-GHA-006", doc.lineOf([...path, "uses"]), name2, `restores a cache in a ${publishing ? "publishing" : `${untrusted.join("/")}`} workflow: a poisoned cache entry ends up in what is shipped`, `jobs.${jobId}.steps.${i2}.cache`, block);
      }
    });
  }
  return hits;
  function usesCheck(uses, line2, name2) {
    if (uses.startsWith("./") || uses.startsWith("docker://")) return;
    const [action, ref] = uses.split("@");
    if (ref && /^[0-9a-f]{40}$/.test(ref)) return;
    if (allowed(action)) return;
    add2("IAC-GHA-003", line2, name2, `${uses} is not pinned to a commit SHA`, `uses:${action}`);
  }
}

// packages/iac-scan/src/scan.ts
var FRAMEWORKS = ["terraform", "kubernetes", "cloudformation", "dockerfile", "compose", "github-actions"];
async function scan(input2, ports) {
  const t0 = performance.now();
  const problems = [];
  const hits = [];
  const want = new Set(input2.frameworks);
  const changed = input2.changedFiles ? new Set(input2.changedFiles.map(normalise)) : void 0;
  const files = changed ? await discover(ports.fs, changedRoots(changed, input2.paths), input2.skipPaths, problems, true) : await discover(ports.fs, input2.paths, input2.skipPaths, problems);
  const texts = /* @__PURE__ */ new Map();
  const mlKinds = {};
  const counts = {};
  const count = (k) => counts[k] = (counts[k] ?? 0) + 1;
  const read2 = async (c) => {
    if (c.size > input2.maxFileBytes) {
      problems.push({ ruleId: "IAC-FILE-001", file: c.path, line: 1, resource: c.path, message: `${c.path} is ${(c.size / 1048576).toFixed(1)} MiB, over the ${(input2.maxFileBytes / 1048576).toFixed(1)} MiB limit (max-file-size): not scanned` });
      return void 0;
    }
    const decoded = decodeUtf8(await ports.fs.readFile(c.path));
    if ("badLine" in decoded) {
      problems.push({ ruleId: "IAC-FILE-001", file: c.path, line: decoded.badLine, resource: c.path, message: `${c.path} is not valid UTF-8 text (first bad byte on line ${decoded.badLine}): not scanned` });
      return void 0;
    }
    texts.set(c.path, decoded.text);
    return decoded.text;
  };
  const parseProblem = (file, line2, message) => problems.push({ ruleId: "IAC-PARSE-001", file, line: Math.max(1, line2), resource: file, message: `${file}:${Math.max(1, line2)}: ${message}` });
  const tf = [];
  const tfvars = [];
  const tParse = performance.now();
  if (want.has("terraform")) {
    const moduleDirs = /* @__PURE__ */ new Set();
    const queue = files.filter((f) => f.kind === "terraform" || f.kind === "tfvars");
    for (const c of queue) {
      const text = await read2(c);
      if (text === void 0) continue;
      const parsed = c.path.endsWith(".json") ? await parseTfJson(c.path, text, { vars: c.kind === "tfvars" }) : await parseHcl(c.path, text);
      if (parsed.error) parseProblem(c.path, parsed.error.line, `Terraform syntax error: ${parsed.error.message}`);
      if (c.kind === "terraform") {
        tf.push(parsed);
        count("terraform");
        moduleDirs.add(posix2.dirname(c.path));
      } else if (/(^|\/)(terraform\.tfvars|[^/]*\.auto\.tfvars)(\.json)?$/.test(c.path)) tfvars.push(parsed);
    }
    if (changed) await followModules(tf, moduleDirs, ports, read2);
  }
  const varFiles = [];
  for (const v of input2.varFiles) {
    const st = await ports.fs.stat(v);
    if (!st?.isFile) throw usageError(`var-file ${v} not found`, { hint: "var-files are paths relative to the repository root" });
    const text = await read2({ path: normalise(v), kind: "tfvars", size: st.size });
    if (text !== void 0) varFiles.push(v.endsWith(".json") ? await parseTfJson(normalise(v), text, { vars: true }) : await parseHcl(normalise(v), text));
  }
  const parseMs = performance.now() - tParse;
  let resources = 0;
  if (tf.length) {
    const model = loadTerraform(tf, tfvars, varFiles);
    resources = model.resources.length;
    problems.push(...model.problems);
    hits.push(...checkTerraform(model.resources));
  }
  for (const c of files) {
    if (c.kind === "terraform" || c.kind === "tfvars") continue;
    if (c.kind === "dockerfile") {
      if (!want.has("dockerfile")) continue;
      const text2 = await read2(c);
      if (text2 === void 0) continue;
      count("dockerfile");
      hits.push(...checkDockerfile(text2, c.path));
      continue;
    }
    const isWorkflow = c.kind === "workflow";
    if (isWorkflow && !want.has("github-actions")) continue;
    if (c.size > input2.maxFileBytes) {
      await read2(c);
      continue;
    }
    const text = await read2(c);
    if (text === void 0) continue;
    const looksLikeIac = c.kind === "json" ? /"(apiVersion|AWSTemplateFormatVersion|Resources)"\s*:/.test(text) : /^\s*"?(apiVersion|AWSTemplateFormatVersion|Resources|services|kind)"?\s*:/m.test(text);
    if (!isWorkflow && c.kind !== "compose" && !looksLikeIac) continue;
    let parsed;
    try {
      parsed = parseYaml(text, { cfn: !isWorkflow && /AWSTemplateFormatVersion|Resources|!Ref|!Sub/.test(text) });
    } catch (e) {
      if (e instanceof AliasBombError) {
        problems.push({ ruleId: "IAC-FILE-001", file: c.path, line: 1, resource: c.path, message: `${c.path}: too many YAML aliases (an alias bomb?): not expanded, not scanned` });
        continue;
      }
      parseProblem(c.path, 1, `could not be parsed: ${e.message}`);
      continue;
    }
    if (parsed.error) {
      const helm = /\{\{[-\s]/.test(text);
      parseProblem(c.path, parsed.error.line, `${helm ? "not YAML yet (a Helm/Go template? scan the rendered `helm template` output): " : "invalid YAML: "}${parsed.error.message}`);
    }
    let lines;
    for (const doc of parsed.docs) {
      if (isWorkflow) {
        count("github-actions");
        hits.push(...checkWorkflow(doc, c.path, text, { refPinnedAllowed: input2.refPinnedActions }));
      } else if (isCfnTemplate(doc.value)) {
        if (!want.has("cloudformation")) continue;
        count("cloudformation");
        hits.push(...checkCfnTemplate(doc, c.path));
      } else if (isK8sObject(doc.value)) {
        if (!want.has("kubernetes")) continue;
        count("kubernetes");
        const source = text.includes("# Source:") ? helmSource(lines ??= text.split("\n"), doc.line) : void 0;
        const items = listItems(doc);
        for (const d of items) {
          const kind = String(d.value.kind);
          if (ML_KINDS.has(kind)) mlKinds[kind] = (mlKinds[kind] ?? 0) + 1;
        }
        const found = items.flatMap((d) => checkK8sDocument(d, c.path));
        hits.push(...source ? found.map((h) => ({ ...h, message: `${h.message} (rendered from ${source})` })) : found);
      } else if (isComposeFile(doc.value)) {
        if (!want.has("compose")) continue;
        count("compose");
        hits.push(...checkCompose(doc, c.path));
      }
    }
  }
  const indexes = /* @__PURE__ */ new Map();
  const index2 = (file) => {
    if (!indexes.has(file)) {
      const text = texts.get(file);
      if (text === void 0) return void 0;
      indexes.set(file, indexComments(text, file));
    }
    return indexes.get(file);
  };
  const today = ports.clock.now().toISOString().slice(0, 10);
  const repoSuppressions = (await loadIgnoreFiles(ports.fs)).map((s) => ({ s, match: s.paths ? (0, import_picomatch3.default)(s.paths, { dot: true }) : () => true }));
  const listed = [];
  const findings = [];
  let unknown = 0;
  const seen = /* @__PURE__ */ new Set();
  for (const h of [...problems, ...hits]) {
    if (h.result === "unknown") {
      unknown++;
      if (!input2.verbose) continue;
    }
    const r = rule(h.result === "unknown" ? "IAC-EVAL-001" : h.ruleId);
    const key = `${r.id}|${h.file}|${h.line}|${h.resource}|${h.attrPath ?? ""}|${h.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const checked = rule(h.ruleId);
    let suppression;
    let matched;
    for (const s of [...candidates(h, index2), ...repoSuppressions.filter((r2) => r2.match(h.file)).map((r2) => r2.s)]) {
      matched = matchesRule(s, checked);
      if (matched && !selectorMatches(s, h)) matched = void 0;
      if (matched) {
        suppression = s;
        break;
      }
    }
    const refused = !!suppression && input2.denyInlineCritical && r.severity === "critical";
    if (suppression && matched && !listed.some((l) => l.ruleId === r.id && l.source === `${suppression.file}:${suppression.line}`)) {
      listed.push({
        source: `${suppression.file}:${suppression.line}`,
        ruleId: r.id,
        location: `${h.file}:${h.line}`,
        syntax: suppression.kind,
        id: matched,
        reason: suppression.reason,
        ...suppression.expires ? { expires: suppression.expires } : {},
        status: refused ? "refused (critical)" : !suppression.expires ? "no expiry" : suppression.expires < today ? "expired" : "active"
      });
    }
    findings.push(
      makeFinding({
        tool: "iac-scan",
        ruleId: r.id,
        severity: r.severity,
        title: r.id === "IAC-EVAL-001" ? `${checked.id} could not be evaluated` : r.title,
        message: h.message,
        location: { path: h.file, startLine: Math.max(1, h.line) },
        help: { text: `${checked.explanation}

Fix: ${checked.fix}`, uri: `https://github.com/mlguard/mlguard/blob/main/packages/iac-scan/RULES.md#${checked.id.toLowerCase()}` },
        aliases: r.id === "IAC-EVAL-001" ? [] : r.aliases,
        logicalKey: `${h.resource}|${h.attrPath ?? h.message}`,
        properties: {
          resource: h.resource,
          fix: checked.fix,
          ...h.trace?.length ? { trace: h.trace } : {},
          ...h.result === "unknown" ? { check: h.ruleId, result: "unknown" } : {}
        },
        ...suppression && matched ? { suppression: toCoreSuppression(suppression, matched) } : {}
      })
    );
  }
  return {
    findings,
    suppressions: listed,
    metrics: {
      filesScanned: Object.values(counts).reduce((a, b) => a + b, 0),
      filesByFramework: counts,
      terraformResources: resources,
      mlCustomResources: mlKinds,
      parseErrors: problems.filter((p) => p.ruleId === "IAC-PARSE-001").length,
      filesSkipped: problems.filter((p) => p.ruleId === "IAC-FILE-001").length,
      unknownChecks: unknown,
      terraformParseMs: Math.round(parseMs),
      durationMs: Math.round(performance.now() - t0)
    }
  };
}
function changedRoots(changed, paths) {
  const roots = paths.map(normalise);
  const under = (p) => roots.some((r) => r === "." || p === r || p.startsWith(`${r}/`));
  const out2 = /* @__PURE__ */ new Set();
  for (const c of changed) {
    if (!under(c)) continue;
    out2.add(c);
    if (/\.(tf|tfvars)(\.json)?$/.test(c)) out2.add(posix2.dirname(c));
  }
  return [...out2];
}
var ML_KINDS = /* @__PURE__ */ new Set(["InferenceService", "ServingRuntime", "ClusterServingRuntime", "SeldonDeployment", "Notebook", "PyTorchJob", "TFJob", "MPIJob", "XGBoostJob", "PaddleJob", "JAXJob", "RayCluster", "RayJob", "RayService", "Workflow", "WorkflowTemplate", "ClusterWorkflowTemplate", "CronWorkflow", "JobSet", "LeaderWorkerSet"]);
function listItems(doc) {
  const v = doc.value;
  if (v.kind !== "List" || !Array.isArray(v.items)) return [doc];
  return v.items.map((item, i2) => ({ item, i: i2 })).filter(({ item }) => isK8sObject(item)).map(({ item, i: i2 }) => ({ value: item, line: doc.lineOf(["items", i2]), endLine: doc.endLine, lineOf: (p) => doc.lineOf(["items", i2, ...p]) }));
}
function helmSource(lines, docLine) {
  for (let i2 = docLine - 2; i2 >= 0 && i2 >= docLine - 6; i2--) {
    const m = /^#\s*Source:\s*(\S+)/.exec(lines[i2] ?? "");
    if (m) return m[1];
    if ((lines[i2] ?? "").startsWith("---")) break;
  }
  return void 0;
}
async function followModules(tf, dirs, ports, read2) {
  const todo = [...tf];
  const seenDirs = new Set(dirs);
  while (todo.length) {
    const f = todo.pop();
    for (const b of f.body.blocks) {
      const src = b.type === "module" ? b.body.attrs.get("source")?.expr : void 0;
      if (src?.t !== "lit" || typeof src.v !== "string" || !/^\.\.?\//.test(src.v)) continue;
      const dir = posix2.normalize(posix2.join(posix2.dirname(f.path), src.v));
      if (seenDirs.has(dir) || seenDirs.size > 256) continue;
      seenDirs.add(dir);
      const st = await ports.fs.stat(dir);
      if (!st?.isDirectory) continue;
      for (const name2 of await ports.fs.readdir(dir)) {
        if (!name2.endsWith(".tf") && !name2.endsWith(".tf.json")) continue;
        const path = `${dir}/${name2}`;
        const s = await ports.fs.stat(path);
        if (!s?.isFile) continue;
        const text = await read2({ path, kind: "terraform", size: s.size });
        if (text === void 0) continue;
        const parsed = path.endsWith(".json") ? await parseTfJson(path, text) : await parseHcl(path, text);
        tf.push(parsed);
        todo.push(parsed);
      }
    }
  }
}

// packages/iac-scan/src/index.ts
var OPTIONS = [
  { name: "paths", type: "list", description: "Files or directories to scan, relative to the repository root.", default: ["."] },
  { name: "frameworks", type: "list", description: `Frameworks to scan: ${FRAMEWORKS.join(", ")}.`, default: [...FRAMEWORKS] },
  { name: "var-files", type: "list", description: "Terraform .tfvars files applied to every root module (like -var-file); terraform.tfvars and *.auto.tfvars are read automatically." },
  { name: "skip-paths", type: "list", description: "Glob patterns of paths not to scan (node_modules, .git and .terraform are always skipped)." },
  { name: "changed-files-only", type: "boolean", description: "Scan only the files listed in changed-files (plus the Terraform modules they belong to or call).", default: false },
  { name: "changed-files", type: "list", description: "Paths changed by the pull request (e.g. from `git diff --name-only`), used with changed-files-only." },
  { name: "verbose", type: "boolean", description: "Also report checks that could not be evaluated (unknown values) as info findings.", default: false },
  { name: "max-file-size", type: "number", description: "Largest file scanned, in MiB; bigger files are reported and skipped.", default: 2, minimum: 1e-3, maximum: 1024 },
  { name: "ref-pinned-actions", type: "list", description: "Globs of actions that may be pinned to a tag instead of a commit SHA (e.g. `actions/*`)." }
];
function input(options) {
  const frameworks = (options.list("frameworks") ?? [...FRAMEWORKS]).map((f) => f.trim()).filter(Boolean);
  for (const f of frameworks) {
    if (!FRAMEWORKS.includes(f)) {
      throw usageError(`unknown framework "${f}"`, { hint: `frameworks are ${FRAMEWORKS.join(", ")}${options.source("frameworks") ? ` (set in ${options.source("frameworks")})` : ""}` });
    }
  }
  const changedOnly = options.boolean("changed-files-only") ?? false;
  const changed = options.list("changed-files");
  if (changedOnly && !changed) {
    throw usageError("changed-files-only needs the list of changed files", { hint: "pass changed-files, e.g. the output of `git diff --name-only origin/main...HEAD`" });
  }
  return {
    paths: options.list("paths")?.length ? options.list("paths") : ["."],
    frameworks,
    varFiles: options.list("var-files") ?? [],
    skipPaths: options.list("skip-paths") ?? [],
    ...changedOnly ? { changedFiles: changed } : {},
    verbose: options.boolean("verbose") ?? false,
    maxFileBytes: Math.round((options.number("max-file-size") ?? 2) * 1048576),
    refPinnedActions: options.list("ref-pinned-actions") ?? [],
    // The gate refuses those suppressions (core policy); the engine only labels them in its list.
    denyInlineCritical: options.boolean("deny-inline-critical") ?? false
  };
}
var esc = (s) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
function summary(suppressions, metrics) {
  const byFw = Object.entries(metrics.filesByFramework ?? {}).map(([k, v]) => `${k} ${v}`).join(", ");
  let md = `Scanned ${String(metrics.filesScanned)} files (${byFw || "none"}), ${String(metrics.terraformResources)} Terraform resource instances; ${String(metrics.unknownChecks)} check${metrics.unknownChecks === 1 ? "" : "s"} could not be evaluated (unknown values: neither passed nor failed; \`verbose: true\` lists them).
`;
  const ml = Object.entries(metrics.mlCustomResources ?? {});
  if (ml.length) md += `Pod specs checked inside ML custom resources: ${ml.map(([k, v]) => `${k} ${v}`).join(", ")}.
`;
  if (suppressions.length) {
    md += `
**Inline suppressions (${suppressions.length})**

| rule | finding | suppression | syntax | id | reason | expires | status |
|---|---|---|---|---|---|---|---|
`;
    for (const s of suppressions) md += `| ${s.ruleId} | \`${esc(s.location)}\` | \`${esc(s.source)}\` | ${s.syntax} | ${esc(s.id)} | ${esc(s.reason) || "_none_"} | ${s.expires ?? ""} | ${s.status} |
`;
  }
  return md;
}
var iacScanTool = {
  tool: "iac-scan",
  description: "Scan Terraform, Kubernetes (incl. KServe, Kubeflow, Ray, Seldon), CloudFormation, Dockerfiles, compose files and GitHub workflows for ML infrastructure misconfigurations.",
  options: OPTIONS,
  positional: "paths",
  async run(options, ports) {
    const inp = input(options);
    const out2 = await scan(inp, ports);
    const metrics = { ...out2.metrics, rules: RULES.length, suppressions: out2.suppressions };
    return {
      target: inp.changedFiles ? `${inp.changedFiles.length} changed files` : inp.paths.join(", "),
      findings: out2.findings,
      metrics,
      summaryMarkdown: summary(out2.suppressions, metrics)
    };
  }
};
export {
  RULES,
  iacScanTool
};
