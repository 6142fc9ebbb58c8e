import { createRequire as __mlguardCreateRequire } from 'node:module';
import { fileURLToPath as __mlguardFileURLToPath } from 'node:url';
import { dirname as __mlguardDirname } from 'node:path';
var require = __mlguardCreateRequire(import.meta.url);
var __filename = __mlguardFileURLToPath(import.meta.url);
var __dirname = __mlguardDirname(__filename);
import {
  ACTION_OPTIONS,
  COMMON_OPTIONS,
  MLGUARD_VERSION,
  allOptionSpecs,
  didYouMean,
  usageError
} from "./chunk-5W5D4E4O.js";

// packages/cli/src/args.ts
function flagFromOption(o) {
  return { name: o.name, boolean: o.type === "boolean", repeatable: o.type === "list" };
}
function parseArgs(argv, specs) {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short, s]));
  const flags = /* @__PURE__ */ new Map();
  const positionals = [];
  const set = (spec, value) => {
    const prev = flags.get(spec.name);
    if (prev !== void 0 && !spec.repeatable && !spec.boolean && prev !== value) {
      throw usageError(`--${spec.name} given twice ("${prev}" and "${value}")`);
    }
    flags.set(spec.name, spec.repeatable && prev !== void 0 ? `${prev}
${value}` : value);
  };
  const unknown = (flag) => {
    const guess = didYouMean(flag.replace(/^-+/, ""), specs.map((s) => s.name));
    return usageError(`unknown option ${flag}`, { hint: guess ? `did you mean --${guess}?` : "see --help" });
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (/^-[A-Za-z]$/.test(arg)) {
      const spec2 = byShort.get(arg.slice(1));
      if (!spec2) throw unknown(arg);
      if (spec2.boolean) set(spec2, "true");
      else {
        const v = argv[++i];
        if (v === void 0) throw usageError(`${arg} needs a value`);
        set(spec2, v);
      }
      continue;
    }
    if (!arg.startsWith("--") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    const inline = eq >= 0 ? arg.slice(eq + 1) : void 0;
    const spec = byName.get(name);
    if (!spec && name.startsWith("no-") && inline === void 0) {
      const negated = byName.get(name.slice(3));
      if (negated?.boolean) {
        set(negated, "false");
        continue;
      }
      if (negated) throw usageError(`--${negated.name} takes a value, so there is no --${name}`);
    }
    if (!spec) throw unknown(`--${name}`);
    if (spec.boolean) {
      set(spec, inline ?? "true");
    } else if (inline !== void 0) {
      set(spec, inline);
    } else {
      const v = argv[i + 1];
      if (v === void 0 || v.startsWith("--") && v.length > 2) throw usageError(`--${name} needs a value`);
      set(spec, v);
      i++;
    }
  }
  return { flags, positionals };
}

// packages/cli/src/publish-flags.ts
var PUBLISH_FLAGS = [
  { name: "repo", arg: "owner/name", description: "Repository to publish to (required)." },
  { name: "sha", arg: "SHA", description: "Full 40-character commit SHA the check runs and statuses attach to (required)." },
  { name: "pr", arg: "N", description: "Pull request number: post or update the sticky comment mlguard/<tool> there." },
  { name: "token-env", arg: "NAME", description: "Environment variable holding the GitHub token (default GITHUB_TOKEN). Never a flag value, never printed." },
  { name: "api-url", arg: "URL", description: "GitHub REST API base URL (default https://api.github.com; GitHub Enterprise Server: https://HOST/api/v3)." },
  { name: "comment", arg: "always|on-failure|never", description: "When to post the sticky PR comment (default always; on-failure still updates an earlier comment)." },
  { name: "check-run", boolean: true, description: "Create a check run mlguard/<tool> with annotations and the summary (default on; --no-check-run to turn off)." },
  { name: "commit-status", boolean: true, description: "Also set a commit status mlguard/<tool> (needs statuses: write)." },
  { name: "upload-sarif", arg: "FILE", description: "Upload this SARIF file to code scanning (needs security-events: write)." },
  { name: "ref", arg: "REF", description: "Git ref of the SARIF upload (default refs/pull/N/head with --pr, else the ref in the results)." },
  { name: "debug", boolean: true, description: "Print debug logs (API calls, retries)." },
  { name: "help", boolean: true, description: "Show this help." }
];
var PUBLISH_FLAG_SPECS = PUBLISH_FLAGS.map((f) => ({ name: f.name, boolean: f.boolean === true, repeatable: false, ...f.name === "help" ? { short: "h" } : {} }));
var PUBLISH_EXIT_CODES = "Exit codes: 0 every gate passed, 1 a gate failed, 2 usage error or invalid result file, 3 nothing could be published (GitHub unreachable, or the token was rejected).";

// packages/cli/src/help.ts
var EXIT_CODES_TEXT = "Exit codes: 0 gate passed, 1 gate failed, 2 usage or config error (or unreadable input), 3 tool error.";
var OUTPUT_FLAGS = [
  { name: "format", arg: "text|json|sarif|markdown", description: "What to print (default text). The result JSON and SARIF files are written in any case." },
  { name: "output", arg: "FILE", description: "Write the report to FILE instead of stdout." },
  { name: "workspace", arg: "DIR", description: "Repository root that paths are relative to (default: the current directory)." },
  { name: "debug", description: "Print debug logs, and the stack trace of an unexpected error." },
  { name: "help", description: "Show this help." }
];
var ACTION_ONLY = new Set(ACTION_OPTIONS.map((o) => o.name));
function cliOptionSpecs(spec) {
  return allOptionSpecs(spec).filter((o) => !ACTION_ONLY.has(o.name));
}
function optionLine(o) {
  const arg = { string: " <text>", enum: ` <${"values" in o ? o.values.join("|") : ""}>`, boolean: "", number: " <n>", list: " <a,b,...>", object: "" }[o.type];
  const shown = "default" in o && o.default !== void 0 && o.default !== false && !(Array.isArray(o.default) && !o.default.length);
  const d = shown ? ` (default: ${Array.isArray(o.default) ? o.default.join(",") : String(o.default)})` : "";
  const extra = o.type === "object" ? " (config file only)" : o.type === "boolean" ? " (--no-" + o.name + " to turn off)" : "";
  return [`--${o.name}${arg}`, `${o.description}${d}${extra}`];
}
function table(rows) {
  const w = Math.min(34, Math.max(...rows.map((r) => r[0].length)));
  return rows.map(([a, b]) => a.length > w ? `  ${a}
  ${" ".repeat(w)}  ${b}` : `  ${a.padEnd(w)}  ${b}`);
}
function globalHelp(specs) {
  const tools = specs.length ? table(specs.map((s) => [s.tool + (s.commands?.length ? ` ${s.commands.join("|")}` : ""), s.description])) : ["  (no tool is registered in this build)"];
  return [
    `mlguard ${MLGUARD_VERSION}: security and quality gates for ML repositories`,
    "",
    "Usage:",
    ...specs.length ? ["  mlguard <tool> [options] [paths...]     run a tool and gate on its findings", "  mlguard baseline <tool> [options]       accept the current findings (writes the baseline file)"] : [],
    "  mlguard publish [options] <results...>  publish result files to GitHub from any CI (check runs, PR comments)",
    "  mlguard schema config|result            print the JSON Schema of the config file or the result JSON",
    "  mlguard --version                       print the version",
    "  mlguard [<command>] --help              show help",
    "",
    "Tools:",
    ...tools,
    "",
    EXIT_CODES_TEXT,
    "Configuration: .github/mlguard.yml (see `mlguard schema config`); flags override the file, the file overrides defaults.",
    ""
  ].join("\n");
}
function toolHelp(spec, baseline = false) {
  const pos = spec.positional ? ` [${spec.positional}...]` : "";
  const cmd = spec.commands?.length ? ` <${spec.commands.join("|")}>` : "";
  const common = new Set(COMMON_OPTIONS.map((o) => o.name));
  const all = cliOptionSpecs(spec);
  return [
    `Usage: mlguard ${baseline ? "baseline " : ""}${spec.tool}${cmd} [options]${pos}`,
    "",
    baseline ? `Runs ${spec.tool} and writes the fingerprints of its current findings to the baseline file (--output, else the baseline option, else .github/mlguard-baseline.json); other tools' entries are kept.` : spec.description,
    "",
    `${spec.tool} options:`,
    ...table(all.filter((o) => !common.has(o.name)).map(optionLine)),
    "",
    "Gate and files:",
    ...table(all.filter((o) => common.has(o.name)).map(optionLine)),
    "",
    "Output:",
    ...table(OUTPUT_FLAGS.filter((f) => !baseline || !["format"].includes(f.name)).map((f) => [`--${f.name}${f.arg ? ` <${f.arg}>` : ""}`, baseline && f.name === "output" ? "Where to write the baseline file." : f.description])),
    "",
    baseline ? "Exit codes: 0 baseline written, 2 usage or config error, 3 tool error." : EXIT_CODES_TEXT,
    ""
  ].join("\n");
}
function schemaHelp() {
  return ["Usage: mlguard schema config|result [--output FILE]", "", "Prints the JSON Schema of .github/mlguard.yml (config) or of the result JSON (result).", ""].join("\n");
}
function publishHelp() {
  return [
    "Usage: mlguard publish --repo owner/name --sha SHA [--pr N] [options] <result.json...>",
    "",
    "Publishes result files written by `mlguard <tool>` to GitHub from any CI (GitLab, Jenkins, Buildkite):",
    "a check run mlguard/<tool> per result with its annotations and summary, the sticky PR comment,",
    "and optionally a commit status and a SARIF upload. The token is read from an environment variable.",
    "A channel GitHub refuses (403, 404, 422, 5xx after retries) is skipped with one warning.",
    "",
    "Options:",
    ...table(PUBLISH_FLAGS.map((f) => [`--${f.name}${f.arg ? ` <${f.arg}>` : ""}`, f.description])),
    "",
    PUBLISH_EXIT_CODES,
    ""
  ].join("\n");
}

export {
  flagFromOption,
  parseArgs,
  PUBLISH_FLAG_SPECS,
  cliOptionSpecs,
  globalHelp,
  toolHelp,
  schemaHelp,
  publishHelp
};
