import type { Ecosystem } from './versions/index.js';

/** One dependency as a manifest or lockfile declares it. */
export interface DepPackage {
  ecosystem: Ecosystem;
  /** As written (PyPI names are compared PEP 503-normalised). */
  name: string;
  /** The exact version installed; undefined when the file only constrains it. */
  version?: string;
  /** The constraint as written, for unpinned requirements (`>=1.0`). */
  spec?: string;
  /** Workspace-relative path of the file a developer edits for this package. */
  file: string;
  line?: number;
  /** Declared by the project itself, not pulled in by another package. */
  direct: boolean;
  /** Only needed for development/tests (dev group, devDependencies, `develop`). */
  dev: boolean;
  /** Names from a direct dependency down to this one (excluding it), when the graph is known. */
  introducedThrough?: string[];
  /** PEP 508 environment marker, kept for the report (never evaluated against this machine). */
  marker?: string;
  /** Registry packages are matched; anything else is reported as unscannable. */
  source?: 'registry' | 'git' | 'url' | 'path' | 'editable' | 'conda';
}

export type NoteKind = 'unscannable' | 'extra-index' | 'conda' | 'parse-error' | 'include-loop' | 'unknown-version';

/** Something a parser wants reported that is not a package. */
export interface ParseNote {
  kind: NoteKind;
  file: string;
  line?: number;
  message: string;
  /** Identity for the finding fingerprint (the requirement text, the index URL). */
  key: string;
}

export interface ParseOutput {
  packages: DepPackage[];
  notes: ParseNote[];
}

/** What a parser may ask of the engine: reading files referenced by the one it parses. */
export interface ParseContext {
  /** Workspace-relative path of the file being parsed. */
  file: string;
  readText(path: string): Promise<string | undefined>;
}

