/**
 * ML-specific patterns shared by Kubernetes, Dockerfile, compose and workflow checks: open binds of
 * notebook and ML servers, and the names of the tokens ML projects leak most.
 */

/** Problems with a command line that starts an ML service reachable without authentication. */
export function exposureProblems(command: string): string[] {
  const c = command.replace(/\s+/g, ' ');
  const out: string[] = [];
  if (/\b(jupyter|notebook|lab)\b/.test(c) && /--(NotebookApp|ServerApp|IdentityProvider)\.(token|password)\s*=\s*(''|""|\s|$)/.test(c)) {
    out.push('Jupyter started with an empty token/password: anyone who reaches it gets a shell');
  }
  if (/\bray\b.*\bstart\b/.test(c) && /--dashboard-host[= ]\s*0\.0\.0\.0/.test(c)) {
    out.push('Ray dashboard bound to 0.0.0.0: the Jobs API runs arbitrary code without authentication (ShadowRay, CVE-2023-48022)');
  }
  if (/\bmlflow\b.*\b(server|ui)\b/.test(c) && /(--host|-h)[= ]\s*0\.0\.0\.0/.test(c) && !/--app-name[= ]\s*basic-auth/.test(c)) {
    out.push('MLflow server bound to 0.0.0.0 without --app-name basic-auth: models and experiments are open to anyone who reaches it');
  }
  if (/\btensorboard\b/.test(c) && (/--bind_all\b/.test(c) || /--host[= ]\s*0\.0\.0\.0/.test(c))) {
    out.push('TensorBoard bound to all interfaces: training data and metrics are served without authentication');
  }
  return out;
}

const SECRET_NAME = /(^|_)(TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?)($|_)|^(HF_TOKEN|HUGGING_FACE_HUB_TOKEN|WANDB_API_KEY|OPENAI_API_KEY|ANTHROPIC_API_KEY|AWS_SECRET_ACCESS_KEY|AWS_ACCESS_KEY_ID|COMET_API_KEY|NEPTUNE_API_TOKEN|MLFLOW_TRACKING_PASSWORD)$/i;

/** A variable name that holds a credential. */
export const isSecretName = (name: string) => SECRET_NAME.test(name);

/** A value that is literally written (not empty, not a reference or placeholder). */
export function isLiteralSecret(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const v = value.trim();
  if (v.length < 4) return false;
  if (/^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(v) || /\$\{\{/.test(v) || /^<.*>$/.test(v)) return false;
  if (/^(changeme|placeholder|xxx+|redacted|none|null|true|false)$/i.test(v)) return false;
  return true;
}

/** Known token formats, so a literal is flagged even under an innocent name. */
export const TOKEN_FORMAT = /\b(hf_[A-Za-z0-9]{30,}|AKIA[0-9A-Z]{16}|sk-[A-Za-z0-9_-]{20,}|ghp_[A-Za-z0-9]{36}|xox[baprs]-[A-Za-z0-9-]{10,})\b/;
