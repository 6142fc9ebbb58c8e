import type { Severity } from '@mlguard/core';

/** One check's metadata: our id, severity, the ids other tools use for it, why it matters and the fix. */
export interface Rule {
  id: string;
  severity: Severity;
  title: string;
  /** Checkov, Trivy (AWS-0092 / AVD-AWS-0092 / long id), KICS, hadolint, zizmor, kube-linter ids. */
  aliases: string[];
  explanation: string;
  fix: string;
}

const R = (id: string, severity: Severity, title: string, aliases: string[], explanation: string, fix: string): Rule => ({
  id,
  severity,
  title,
  aliases,
  explanation,
  fix,
});

/** Trivy ids are accepted in all three spellings: AWS-0092, AVD-AWS-0092 and the long id. */
const trivy = (id: string, long?: string) => [id, `AVD-${id}`, ...(long ? [long] : [])];
const ksv = (n: number) => [`KSV-${String(n).padStart(4, '0')}`, `KSV${String(n).padStart(3, '0')}`, `AVD-KSV-${String(n).padStart(4, '0')}`];

export const RULES: readonly Rule[] = [
  // Terraform / CloudFormation: storage, ML platforms, registries.
  R('IAC-TF-001', 'critical', 'S3 bucket is public through its ACL', ['CKV_AWS_20', 'CKV_AWS_57', ...trivy('AWS-0092', 'aws-s3-no-public-access-with-acl')],
    'A public-read or public-read-write canned ACL lets anyone on the internet list and download (or overwrite) the bucket: training data, feature stores and model artifacts leak or get poisoned.',
    'Set `acl = "private"` (or remove the ACL and use bucket ownership controls `BucketOwnerEnforced`); grant access with IAM policies instead.'),
  R('IAC-TF-002', 'high', 'S3 bucket lacks a complete public access block', ['CKV2_AWS_6', 'CKV_AWS_53', 'CKV_AWS_54', 'CKV_AWS_55', 'CKV_AWS_56', ...trivy('AWS-0086', 'aws-s3-block-public-acls'), ...trivy('AWS-0087', 'aws-s3-block-public-policy'), ...trivy('AWS-0091', 'aws-s3-ignore-public-acls'), ...trivy('AWS-0093', 'aws-s3-no-public-buckets'), ...trivy('AWS-0094', 'aws-s3-specify-public-access-block')],
    'Without an `aws_s3_bucket_public_access_block` setting all four flags, a later ACL or policy change can make the bucket public in one step.',
    'Add `aws_s3_bucket_public_access_block` for the bucket with `block_public_acls`, `block_public_policy`, `ignore_public_acls` and `restrict_public_buckets` all `true`.'),
  R('IAC-TF-003', 'medium', 'S3 bucket has no default encryption with a managed key', ['CKV_AWS_19', 'CKV_AWS_145', ...trivy('AWS-0088', 'aws-s3-enable-bucket-encryption'), ...trivy('AWS-0132', 'aws-s3-encryption-customer-key')],
    'Datasets and model artifacts stored without an explicit server-side encryption configuration are not protected by a key you control, and access to them is not auditable through KMS.',
    'Add `aws_s3_bucket_server_side_encryption_configuration` with `sse_algorithm = "aws:kms"` and a customer-managed `kms_master_key_id`.'),
  R('IAC-TF-004', 'medium', 'S3 bucket has no versioning', ['CKV_AWS_21', ...trivy('AWS-0090', 'aws-s3-enable-versioning')],
    'Without versioning, an overwritten training set or model file cannot be recovered or compared: silent data poisoning and ransomware leave no trace.',
    'Add `aws_s3_bucket_versioning` with `versioning_configuration { status = "Enabled" }`.'),
  R('IAC-TF-005', 'high', 'S3 bucket policy allows any principal', ['CKV_AWS_70'],
    'A statement with `Effect: Allow` and `Principal: "*"` and no condition opens the bucket to every AWS account and anonymous users.',
    'Name the principals (account or role ARNs) explicitly, or add a restrictive `Condition` (aws:SourceVpce, aws:PrincipalOrgID).'),
  R('IAC-TF-006', 'medium', 'GCS bucket without uniform bucket-level access', ['CKV_GCP_29', 'CKV_GCP_114', ...trivy('GCP-0002', 'google-storage-enable-ubla')],
    'Fine-grained object ACLs make it easy to publish a single dataset object by mistake and hard to audit who can read it.',
    'Set `uniform_bucket_level_access = true` and `public_access_prevention = "enforced"`.'),
  R('IAC-TF-007', 'critical', 'GCS bucket IAM grants access to allUsers or allAuthenticatedUsers', ['CKV_GCP_28', ...trivy('GCP-0001', 'google-storage-no-public-access')],
    'Binding a role to `allUsers` or `allAuthenticatedUsers` makes the bucket readable (or writable) by anyone with a Google account or by anyone at all.',
    'Bind roles to named service accounts or groups only.'),
  R('IAC-TF-008', 'high', 'Azure storage allows public blob or container access', ['CKV_AZURE_59', 'CKV_AZURE_190', 'CKV_AZURE_34', 'CKV2_AZURE_47', ...trivy('AZU-0007', 'azure-storage-no-public-access')],
    'A storage account that allows nested items to be public, or a container with `blob`/`container` access, serves its data anonymously.',
    'Set `allow_nested_items_to_be_public = false` on the account and `container_access_type = "private"` on containers.'),
  R('IAC-TF-009', 'high', 'Azure storage allows HTTP or TLS older than 1.2', ['CKV_AZURE_3', 'CKV_AZURE_44', ...trivy('AZU-0008', 'azure-storage-enforce-https'), ...trivy('AZU-0011', 'azure-storage-use-secure-tls-policy')],
    'Plain HTTP or TLS 1.0/1.1 exposes training data, model files and SAS tokens to anyone on the network path.',
    'Set `https_traffic_only_enabled = true` and `min_tls_version = "TLS1_2"`.'),
  R('IAC-TF-010', 'high', 'SageMaker notebook instance has direct internet access', ['CKV_AWS_122'],
    'A notebook with direct internet access can exfiltrate data and pull untrusted code past your VPC controls; the provider default is Enabled.',
    'Set `direct_internet_access = "Disabled"` and give the notebook a `subnet_id` with VPC endpoints or a NAT you control.'),
  R('IAC-TF-011', 'high', 'SageMaker notebook instance allows root access', ['CKV_AWS_307'],
    'Root in the notebook lets any user (or any malicious package they install) change the instance, read other users\' credentials and persist; the default is Enabled.',
    'Set `root_access = "Disabled"`.'),
  R('IAC-TF-012', 'medium', 'SageMaker notebook or domain storage not encrypted with a customer-managed key', ['CKV_AWS_22', 'CKV_AWS_187'],
    'Notebook volumes and Studio domains hold datasets, credentials and model checkpoints; without a CMK you cannot revoke or audit access to them.',
    'Set `kms_key_id` to a customer-managed KMS key.'),
  R('IAC-TF-013', 'medium', 'SageMaker notebook outside a VPC or allowing IMDSv1', ['CKV_AWS_306', 'CKV_AWS_371'],
    'A notebook without `subnet_id` runs in the SageMaker service network, and IMDSv1 lets SSRF in notebook code steal the execution role\'s credentials.',
    'Set `subnet_id` and `security_groups`, and `instance_metadata_service_configuration { minimum_instance_metadata_service_version = "2" }`.'),
  R('IAC-TF-014', 'medium', 'SageMaker endpoint configuration without KMS encryption', ['CKV_AWS_98'],
    'The ML storage volume attached to the model-serving instances is not encrypted with your key.',
    'Set `kms_key_arn` on `aws_sagemaker_endpoint_configuration`.'),
  R('IAC-TF-015', 'high', 'SageMaker model or training step without network isolation or inter-container encryption', ['CKV_AWS_370'],
    'Without network isolation a model or training container (third-party code and weights) can call out to the internet and exfiltrate data; distributed training traffic is unencrypted without inter-container encryption.',
    'Set `enable_network_isolation = true` on models; in pipeline definitions set `EnableNetworkIsolation: true` and `EnableInterContainerTrafficEncryption: true` on training steps.'),
  R('IAC-TF-016', 'high', 'Vertex AI notebook, workbench or endpoint reachable publicly', ['CKV_GCP_89', 'CKV2_GCP_28', 'CKV2_GCP_33', 'CKV2_GCP_36'],
    'A Vertex workbench with a public IP or a public endpoint is reachable from the internet; notebooks carry service-account credentials with data access.',
    'Set `no_public_ip = true` (notebooks) or `gce_setup { disable_public_ip = true }` (workbench), and give endpoints a private `network`.'),
  R('IAC-TF-017', 'high', 'Azure ML workspace public or compute with local auth', ['CKV_AZURE_144', 'CKV_AZURE_142', 'CKV2_AZURE_49'],
    'A workspace reachable from public networks, or compute accepting local (key) authentication, bypasses Entra ID and private networking.',
    'Set `public_network_access_enabled = false` on the workspace and `local_auth_enabled = false` on compute.'),
  R('IAC-TF-018', 'medium', 'ECR repository with mutable tags or no scan on push', ['CKV_AWS_51', 'CKV_AWS_163', ...trivy('AWS-0031', 'aws-ecr-enforce-immutable-repository'), ...trivy('AWS-0030', 'aws-ecr-enable-image-scans')],
    'Model-serving images under mutable tags can be replaced silently, and images never scanned ship known vulnerabilities.',
    'Set `image_tag_mutability = "IMMUTABLE"` and `image_scanning_configuration { scan_on_push = true }`.'),

  // Kubernetes, including the pod specs inside ML custom resources.
  R('IAC-K8S-001', 'critical', 'Privileged container', ['CKV_K8S_16', ...ksv(17), 'privileged-container'],
    'A privileged container has every capability and all host devices: escaping to the node is trivial. GPU workloads do not need it; the device plugin exposes GPUs.',
    'Remove `privileged: true`; request GPUs with `resources.limits["nvidia.com/gpu"]`.'),
  R('IAC-K8S-002', 'medium', 'Container allows privilege escalation', ['CKV_K8S_20', ...ksv(1), 'privilege-escalation-container'],
    'Without `allowPrivilegeEscalation: false`, setuid binaries in the image can gain more privileges than the process started with.',
    'Set `securityContext.allowPrivilegeEscalation: false` on every container.'),
  R('IAC-K8S-003', 'medium', 'Container may run as root', ['CKV_K8S_6', 'CKV_K8S_23', 'CKV_K8S_40', ...ksv(12), ...ksv(105), 'run-as-non-root'],
    'Many CUDA and PyTorch images run as root by default; a compromised model server or notebook then owns the container filesystem and is one bug away from the node.',
    'Set `securityContext.runAsNonRoot: true` and a non-zero `runAsUser` at pod or container level.'),
  R('IAC-K8S-004', 'high', 'hostPath volume', ['CKV_K8S_27', ...ksv(23), 'sensitive-host-mounts', 'docker-sock'],
    'Mounting host paths (docker.sock, /, /etc, /dev/nvidia*, /var/lib/kubelet) gives the pod the node: container escape, credential theft, tampering with other tenants\' data.',
    'Use a PersistentVolumeClaim or CSI volume for datasets; never mount the container runtime socket.'),
  R('IAC-K8S-005', 'high', 'Pod shares the host network, PID or IPC namespace', ['CKV_K8S_17', 'CKV_K8S_18', 'CKV_K8S_19', ...ksv(8), ...ksv(9), ...ksv(10), 'host-network', 'host-pid', 'host-ipc'],
    'Host namespaces let the pod see and talk to every process and port on the node. Distributed training often sets hostIPC for NCCL shared memory, which is not needed.',
    'Remove hostNetwork/hostPID/hostIPC; for NCCL mount `emptyDir: {medium: Memory}` at /dev/shm; use an RDMA device plugin instead of hostNetwork.'),
  R('IAC-K8S-006', 'medium', 'Container without CPU/memory limits, or a GPU requested without a limit', ['CKV_K8S_11', 'CKV_K8S_13', ...ksv(11), ...ksv(18), 'unset-cpu-requirements', 'unset-memory-requirements'],
    'Training and inference pods without limits starve their neighbours and make denial of service easy; extended resources such as nvidia.com/gpu must be set in limits to be scheduled correctly.',
    'Set `resources.limits.cpu` and `resources.limits.memory`, and put `nvidia.com/gpu` in `limits`.'),
  R('IAC-K8S-007', 'medium', 'Image uses :latest or no tag', ['CKV_K8S_14', 'CKV_K8S_43', ...ksv(13), 'latest-tag'],
    'A moving tag means the model server or trainer that runs is not the one that was reviewed or scanned, and a registry compromise is picked up automatically.',
    'Pin images to a version tag and preferably a digest (`image: repo@sha256:...`).'),
  R('IAC-K8S-008', 'low', 'Service-account token automounted', ['CKV_K8S_38', 'CKV_K8S_41', 'CKV_K8S_42', ...ksv(36), 'default-service-account'],
    'KServe and Kubeflow pods often carry cloud-storage credentials through their service account; an automounted token lets a compromised model server talk to the API server.',
    'Set `automountServiceAccountToken: false` unless the pod needs the API, and use a dedicated service account.'),
  R('IAC-K8S-009', 'high', 'Literal secret in container environment', ['CKV_K8S_35', 'env-var-secret'],
    'Tokens such as HF_TOKEN, WANDB_API_KEY, OPENAI_API_KEY or AWS keys written in the manifest are readable by anyone with repository or `get pods` access.',
    'Store them in a Secret (or an external secret store) and reference it with `valueFrom.secretKeyRef`.'),
  R('IAC-K8S-010', 'high', 'ML service exposed without authentication', [],
    'InferenceServices without `networking.knative.dev/visibility: cluster-local`, Jupyter with an empty token, Ray dashboards bound to 0.0.0.0 (ShadowRay, CVE-2023-48022), MLflow or TensorBoard bound to all interfaces give anyone who reaches them code execution or model and data access.',
    'Mark the service cluster-local and put an authenticating gateway in front; never disable Jupyter tokens; bind Ray, MLflow and TensorBoard to 127.0.0.1 behind an auth proxy.'),

  // Dockerfile.
  R('IAC-DOCKER-001', 'medium', 'Image runs as root', ['CKV_DOCKER_8', 'CKV_DOCKER_3', 'DL3002', ...trivy('DS-0002'), 'DS002'],
    'Without a final non-root USER the model server or training job runs as root in the container.',
    'Add `USER 10001` (a non-root user created in the image) after the last step that needs root.'),
  R('IAC-DOCKER-002', 'medium', 'Base image not pinned', ['CKV_DOCKER_7', 'DL3006', 'DL3007', ...trivy('DS-0001'), 'DS001'],
    'FROM with `latest` or no tag rebuilds on whatever the registry serves today; pin by digest to get the image that was scanned.',
    'Use `FROM image:version@sha256:<digest>`.'),
  R('IAC-DOCKER-003', 'high', 'ADD downloads a remote file without a checksum', ['CKV_DOCKER_4', 'DL3020', ...trivy('DS-0005'), 'DS005'],
    'Model weights or tools fetched with `ADD https://...` are not verified: a compromised host or a moved file changes the model that ships.',
    'Use `ADD --checksum=sha256:<digest> <url> <dest>` (BuildKit) or download with a pinned revision and verify the hash.'),
  R('IAC-DOCKER-004', 'high', 'Remote script piped to a shell', [...trivy('DS-0014'), 'DS014'],
    '`curl ... | sh` runs whatever the server returns at build time, unverified: a compromised or spoofed host owns the image.',
    'Download to a file, verify its checksum or signature, then run it.'),
  R('IAC-DOCKER-005', 'critical', 'Secret in ENV or ARG', [...trivy('DS-0031'), 'DS031'],
    'ENV and ARG values are stored in the image history and metadata: HF_TOKEN, WANDB_API_KEY or cloud keys baked in are readable by anyone who pulls the image.',
    'Use `RUN --mount=type=secret,id=hf_token` and pass the secret at build time; never ENV/ARG it.'),
  R('IAC-DOCKER-006', 'high', 'Package index or TLS verification weakened', ['CKV2_DOCKER_4', 'CKV2_DOCKER_5', 'CKV2_DOCKER_16'],
    '`--extra-index-url` enables dependency confusion (the PyTorch torchtriton incident), and `--trusted-host`, PIP_TRUSTED_HOST or PYTHONHTTPSVERIFY=0 disable TLS checks for packages.',
    'Use a single `--index-url` that proxies PyPI, keep TLS verification on and install from hash-pinned requirements (`--require-hashes`).'),

  R('IAC-DOCKER-007', 'high', 'Image starts an ML service without authentication', [],
    'A CMD or ENTRYPOINT that starts Jupyter with an empty token, a Ray head with the dashboard on 0.0.0.0, or MLflow/TensorBoard on all interfaces ships an unauthenticated code-execution or data endpoint with every container of the image.',
    'Keep Jupyter tokens on, bind Ray/MLflow/TensorBoard to 127.0.0.1 and put an authenticating proxy in front; pass bind addresses at deploy time, not in the image.'),

  // GitHub Actions workflows.
  R('IAC-GHA-001', 'critical', 'Privileged trigger runs untrusted pull-request code', ['dangerous-triggers', 'Checkout Of Untrusted Code In Privileged Context'],
    '`pull_request_target` and `workflow_run` run with secrets and a write token; checking out or running the PR head lets any fork execute code with them.',
    'Use `pull_request` for building PR code; if a privileged follow-up is needed, pass artifacts to a `workflow_run` job that treats them as data.'),
  R('IAC-GHA-002', 'high', 'Untrusted input interpolated into a script', ['CKV_GHA_2', 'template-injection', 'run_block_injection', 'script_block_injection'],
    'Expressions such as `${{ github.event.pull_request.title }}` or `${{ github.head_ref }}` are pasted into the shell before it runs: a branch name becomes code (the Ultralytics compromise started this way).',
    'Pass the value through `env:` (`TITLE: ${{ github.event.pull_request.title }}`) and use `"$TITLE"` in the script.'),
  R('IAC-GHA-003', 'medium', 'Action not pinned to a full commit SHA', ['unpinned-uses', 'unpinned_actions_full_length_commit_sha'],
    'A tag or branch can be moved by whoever controls the action repository; the next run executes their code with your token and secrets.',
    'Pin `uses:` to a 40-character commit SHA and keep the version in a comment (`# v4.2.2`); Dependabot updates both.'),
  R('IAC-GHA-004', 'medium', 'Workflow token permissions too broad', ['CKV2_GHA_1', 'excessive-permissions', 'workflow_write_all_permissions'],
    'Without a top-level `permissions:` block (or with `write-all`) every job gets the repository default token scopes, often write to contents and packages.',
    'Add `permissions: contents: read` at the top and grant more per job only where needed.'),
  R('IAC-GHA-005', 'medium', 'Checkout persists the token', ['artipacked', 'missing_persist_credentials_false'],
    '`actions/checkout` writes the token into .git/config; a later step that uploads the workspace or runs untrusted code can leak it.',
    'Set `with: persist-credentials: false` on actions/checkout.'),
  R('IAC-GHA-006', 'high', 'Cache used in a publishing or untrusted-trigger workflow', ['cache-poisoning'],
    'A cache written by an untrusted run and restored by a release or publish job lets an attacker swap build outputs: this is how the Ultralytics 8.3.41 PyPI release was poisoned.',
    'Do not restore caches in release/publish workflows (set `cache: ""`/remove actions/cache there), and never run caching steps on pull_request_target.'),

  // docker-compose.
  R('IAC-COMPOSE-001', 'critical', 'Compose service is privileged', ['CKV_DOCKER_privileged', 'Privileged Containers Enabled'],
    'A privileged service has every capability and all host devices: a compromised notebook or model server in it owns the host running the stack.',
    'Remove `privileged: true`; use `deploy.resources.reservations.devices` for GPUs.'),
  R('IAC-COMPOSE-002', 'high', 'Compose service shares host namespaces', ['Host Network Mode', 'Shared Host IPC Namespace', 'Shared Host PID Namespace'],
    '`network_mode: host`, `pid: host` or `ipc: host` removes isolation from the host: the service sees every port and process, and other services see its traffic.',
    'Use bridge networking with published ports; use `shm_size` instead of `ipc: host`.'),
  R('IAC-COMPOSE-003', 'critical', 'Compose service mounts the Docker socket or a sensitive host path', ['Docker Socket Mounted In Container', 'Volume Has Sensitive Host Directory'],
    'Mounting /var/run/docker.sock, / or /etc gives the service control of the host: it can start privileged containers and read every credential.',
    'Remove the mount; use named volumes for data.'),
  R('IAC-COMPOSE-004', 'medium', 'Compose image uses :latest or no tag', ['Image Version Using \'latest\'', 'Image Version Not Explicit'],
    'A moving tag (`latest` or none) runs whatever the registry serves today, not the image that was reviewed and scanned.',
    'Pin to a version and digest.'),
  R('IAC-COMPOSE-005', 'high', 'Literal secret in compose environment', ['Passwords And Secrets - Generic Token'],
    'Tokens (HF_TOKEN, OPENAI_API_KEY, cloud keys) written in the compose file are readable by anyone with access to the repository or its history.',
    'Use `secrets:` or an env file kept out of the repository.'),

  R('IAC-COMPOSE-006', 'high', 'Compose service starts an ML service without authentication', [],
    'A service command that starts Jupyter with an empty token, Ray with its dashboard on 0.0.0.0, or MLflow/TensorBoard on all interfaces, with its port published, is reachable by anyone on the network.',
    'Bind to 127.0.0.1 or remove the published port, and enable authentication (Jupyter token, MLflow basic-auth app).'),

  // Scanner housekeeping: parse errors and hostile inputs are findings, never crashes.
  R('IAC-PARSE-001', 'medium', 'File could not be parsed', [],
    'A file that does not parse is not scanned; a misconfiguration in it would go unnoticed.',
    'Fix the syntax error at the reported line (for Helm templates, scan the `helm template` output instead).'),
  R('IAC-FILE-001', 'low', 'File skipped', [],
    'The file was not scanned because it is too large, not valid UTF-8, a symlink pointing outside the repository, a YAML alias bomb or a recursive module.',
    'Keep IaC files small and inside the repository; break module cycles.'),
  R('IAC-EVAL-001', 'info', 'Check could not be evaluated', [],
    'A value depends on something the scanner cannot know (a module output, a data source, a variable without a value), so the check neither passed nor failed.',
    'Give the variable a value in a .tfvars file passed with `var-files`, or accept the unknown.'),
];

export const RULE_BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function rule(id: string): Rule {
  const r = RULE_BY_ID.get(id);
  if (!r) throw new Error(`unknown rule ${id}`);
  return r;
}
