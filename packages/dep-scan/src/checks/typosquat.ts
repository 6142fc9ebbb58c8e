import { pep503 } from '../osv/names.js';

/**
 * Names one edit away from a popular ML/data package (Damerau-Levenshtein distance 1 on the
 * PEP 503 name), plus known confusables that are further away but still misleading
 * (`pytorch` for `torch`). A bundled list, so the check works offline.
 */
export const POPULAR_PYPI = [
  'torch', 'torchvision', 'torchaudio', 'torchtext', 'tensorflow', 'tensorflow-gpu', 'tensorflow-cpu', 'tensorflow-hub', 'tensorboard',
  'keras', 'jax', 'jaxlib', 'flax', 'transformers', 'tokenizers', 'datasets', 'accelerate', 'diffusers', 'peft', 'safetensors',
  'huggingface-hub', 'sentence-transformers', 'timm', 'onnx', 'onnxruntime', 'onnxruntime-gpu', 'openvino', 'tensorrt', 'triton',
  'numpy', 'scipy', 'pandas', 'polars', 'pyarrow', 'scikit-learn', 'xgboost', 'lightgbm', 'catboost', 'statsmodels', 'sympy',
  'matplotlib', 'seaborn', 'plotly', 'bokeh', 'pillow', 'opencv-python', 'opencv-python-headless', 'scikit-image', 'imageio',
  'mlflow', 'wandb', 'optuna', 'ray', 'dask', 'distributed', 'joblib', 'cloudpickle', 'dill', 'numba', 'cython', 'cupy',
  'langchain', 'langchain-core', 'langchain-community', 'llama-index', 'openai', 'anthropic', 'tiktoken', 'sentencepiece', 'nltk',
  'spacy', 'gensim', 'gradio', 'streamlit', 'fastapi', 'flask', 'django', 'uvicorn', 'gunicorn', 'requests', 'urllib3', 'httpx',
  'aiohttp', 'pydantic', 'pyyaml', 'jinja2', 'protobuf', 'grpcio', 'boto3', 'botocore', 's3fs', 'fsspec', 'google-cloud-storage',
  'azure-storage-blob', 'sqlalchemy', 'psycopg2', 'psycopg2-binary', 'redis', 'celery', 'kafka-python', 'pyspark', 'apache-airflow',
  'prefect', 'dvc', 'great-expectations', 'evidently', 'shap', 'lime', 'captum', 'jupyter', 'notebook', 'jupyterlab', 'ipython',
  'ipykernel', 'tqdm', 'click', 'rich', 'typer', 'setuptools', 'wheel', 'pip', 'cryptography', 'pyjwt', 'paramiko', 'certifi',
  'idna', 'six', 'packaging', 'attrs', 'colorama', 'python-dateutil', 'pytz', 'h5py', 'tables', 'lxml', 'beautifulsoup4', 'bitsandbytes',
  'psycopg', 'psycopg-binary', 'scapy', 'pytest', 'mypy', 'black', 'ruff', 'tensorflow-io', 'keras-nlp', 'nbconvert', 'nbformat',
  'vllm', 'xformers', 'deepspeed', 'fairseq', 'einops', 'pytorch-lightning', 'lightning', 'torchmetrics', 'albumentations', 'kornia',
];

export const POPULAR_NPM = [
  'react', 'react-dom', 'vue', 'angular', 'next', 'express', 'lodash', 'axios', 'moment', 'chalk', 'commander', 'debug', 'request',
  'typescript', 'webpack', 'vite', 'esbuild', 'jest', 'mocha', 'eslint', 'prettier', 'd3', 'chart.js', 'plotly.js', 'echarts',
  '@tensorflow/tfjs', 'onnxruntime-web', 'onnxruntime-node', 'openai', 'langchain', 'socket.io', 'ws', 'dotenv', 'uuid', 'yargs',
  'minimist', 'semver', 'glob', 'rimraf', 'mkdirp', 'async', 'bluebird', 'underscore', 'jquery', 'bootstrap', 'tailwindcss', 'sass',
  'postcss', 'babel-core', '@babel/core', 'node-fetch', 'cross-env', 'nodemon', 'body-parser', 'cors', 'jsonwebtoken', 'mongoose',
  'pg', 'mysql', 'redis', 'sharp', 'electron', 'colors', 'ua-parser-js', 'event-stream', 'node-ipc', 'coa', 'rc',
];

/** Confusables more than one edit away, with the package people mean. */
export const CONFUSABLES: Record<string, string> = {
  pytorch: 'torch',
  'torch-cuda': 'torch',
  sklearn: 'scikit-learn',
  'scikit-learn-intelex-fake': 'scikit-learn',
  'opencv': 'opencv-python',
  'cv2': 'opencv-python',
  'pil': 'pillow',
  'tensorflow-gpu-nightly': 'tensorflow',
  'tensorflowgpu': 'tensorflow-gpu',
  'hugging-face-hub': 'huggingface-hub',
  'huggingface': 'huggingface-hub',
  'torchtriton': 'triton',
  'beautifulsoup': 'beautifulsoup4',
  'yaml': 'pyyaml',
  'dateutil': 'python-dateutil',
};

function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  if (la === lb) {
    const diffs: number[] = [];
    for (let i = 0; i < la; i++) if (a[i] !== b[i]) diffs.push(i);
    if (diffs.length === 1) return true;
    // one transposition
    return diffs.length === 2 && diffs[1] === diffs[0]! + 1 && a[diffs[0]!] === b[diffs[1]!] && a[diffs[1]!] === b[diffs[0]!];
  }
  const [s, l] = la < lb ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1);
}

export interface TyposquatHit {
  intended: string;
  reason: 'one-edit' | 'confusable';
}

const POP_PYPI = new Set(POPULAR_PYPI);
const POP_NPM = new Set(POPULAR_NPM);

export function typosquatOf(ecosystem: 'PyPI' | 'npm', rawName: string): TyposquatHit | undefined {
  const name = ecosystem === 'PyPI' ? pep503(rawName) : rawName.toLowerCase();
  const popular = ecosystem === 'PyPI' ? POP_PYPI : POP_NPM;
  if (popular.has(name)) return undefined;
  if (ecosystem === 'PyPI' && CONFUSABLES[name]) return { intended: CONFUSABLES[name]!, reason: 'confusable' };
  // Short names are one edit from too many things to be a useful signal.
  if (name.length < 5) return undefined;
  for (const p of popular) if (withinOneEdit(name, p)) return { intended: p, reason: 'one-edit' };
  return undefined;
}
