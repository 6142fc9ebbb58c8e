import type { InlineSuppression } from './suppress.js';

/** A failed (or, in verbose mode, unknown) check before it becomes a Finding. */
export interface Hit {
  ruleId: string;
  /** Repository-relative path. */
  file: string;
  line: number;
  /** The resource, object or step the check ran on: `aws_s3_bucket.data["raw"]`, `Deployment/api`. */
  resource: string;
  /** What exactly is wrong, with the resolved value. */
  message: string;
  /** The attribute path checked, part of the fingerprint. */
  attrPath?: string;
  /** How the value was resolved: `var.acl = "public-read" (variables.tf:12)`. */
  trace?: string[];
  /** `unknown` hits are only reported in verbose mode. */
  result?: 'fail' | 'unknown';
  /** The enclosing block (resource, document, job) where block-scoped suppressions apply. */
  block?: { line: number; endLine: number };
  /** Further places whose preceding comments apply (a resource header, a `module` call site). */
  anchors?: { file: string; line: number }[];
  /** The evaluated value of an attribute of the resource instance (`bucket`, `each.key`), for Trivy's `[attr=value]` selectors. */
  attribute?: (name: string) => unknown;
  /** Suppressions that come from the object itself (K8s annotations, CFN Metadata). */
  suppressions?: InlineSuppression[];
}
