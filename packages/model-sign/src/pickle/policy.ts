/**
 * Default-deny judgement of the globals a pickle imports. Three outcomes: `safe` (bundled or
 * project allowlist), `dangerous` (known code-execution gadgets: critical), `unknown` (anything
 * else: a warning the project can allowlist with a reason). Lists follow picklescan's
 * `_unsafe_globals`, modelscan's tiers and fickling's UNSAFE_IMPORTS, re-stated here.
 */

/** Whole modules (and their submodules) whose import from a model file means code execution or I/O. */
const DANGEROUS_MODULES = [
  'os', 'posix', 'nt', 'subprocess', 'sys', 'socket', 'ssl', 'shutil', 'runpy', 'pty', 'pickle', '_pickle', 'pip',
  'pydoc', 'webbrowser', 'httplib', 'http', 'requests', 'aiohttp', 'asyncio', 'ctypes', 'bdb', 'pdb', 'timeit',
  'cProfile', 'profile', 'venv', 'urllib', 'urllib2', 'importlib', 'marshal', 'types', 'code', 'codeop', 'inspect',
  'multiprocessing', 'commands', 'signal', '_thread', 'thread', 'threading', 'zipimport', 'gc', 'site', 'unittest',
  'dill', 'cloudpickle', 'smtplib', 'ftplib', 'telnetlib', 'tempfile', 'glob', 'pkgutil', 'builtins.__import__',
  'numpy.f2py', 'numpy.distutils', 'numpy.testing', 'torch.hub', 'torch.jit', 'torch._dynamo', 'torch._inductor',
  'torch.fx', 'torch.utils.cpp_extension', 'tensorflow.io', 'keras.src.utils', 'sqlite3', 'xmlrpc', 'mmap', 'fcntl',
];

/** Single callables that execute code, read/write files or fetch attributes. */
const DANGEROUS_NAMES = new Set([
  ...['eval', 'exec', 'execfile', 'compile', 'open', 'file', 'getattr', 'setattr', 'delattr', 'apply', 'breakpoint', '__import__', 'input', 'raw_input', 'globals', 'locals', 'vars', 'reload', 'help', 'exit', 'quit']
    .flatMap((n) => [`builtins.${n}`, `__builtin__.${n}`, `__builtins__.${n}`]),
  'operator.attrgetter', 'operator.itemgetter', 'operator.methodcaller', '_operator.attrgetter', '_operator.itemgetter', '_operator.methodcaller',
  'functools.partial', 'functools.reduce', '_functools.partial', '_functools.reduce', 'logging.FileHandler', '_io.FileIO', '_io.open', 'io.open', 'io.FileIO',
  'numpy.load', 'numpy.save', 'numpy.fromfile', 'numpy.loadtxt', 'numpy.memmap', 'torch.load', 'torch.save', 'torch.serialization.load',
  'joblib.load', 'joblib.dump', 'copyreg.__newobj_ex__', 'codecs.open', 'linecache.getline', 'zipfile.ZipFile', 'tarfile.open',
]);

/** Module names that must not appear inside a dotted name either (`pathlib` + `os.system`). */
const DANGEROUS_SEGMENTS = new Set(['os', 'posix', 'nt', 'subprocess', 'sys', 'builtins', '__builtin__', '__builtins__', 'socket', 'runpy', 'pty', 'importlib', 'marshal', 'shutil', 'ctypes', 'pickle', 'eval', 'exec', 'system', 'popen']);

const TORCH_STORAGES = ['Float', 'Double', 'Half', 'BFloat16', 'Long', 'Int', 'Short', 'Char', 'Byte', 'Bool', 'ComplexFloat', 'ComplexDouble', 'QInt8', 'QUInt8', 'QInt32'].map((t) => `torch.${t}Storage`);
const TORCH_DTYPES = ['float16', 'float32', 'float64', 'bfloat16', 'half', 'float', 'double', 'int8', 'int16', 'int32', 'int64', 'uint8', 'bool', 'complex64', 'complex128', 'long', 'int', 'short'].map((t) => `torch.${t}`);

/** The bundled allowlist: what PyTorch, numpy, joblib and common scikit-learn/XGBoost models need to load. */
export const SAFE_GLOBALS = new Set([
  'collections.OrderedDict', 'collections.defaultdict', 'collections.deque', 'collections.Counter',
  'builtins.set', 'builtins.frozenset', 'builtins.bytearray', 'builtins.complex', 'builtins.slice', 'builtins.range', 'builtins.object', 'builtins.dict', 'builtins.list', 'builtins.tuple', 'builtins.int', 'builtins.float', 'builtins.str', 'builtins.bytes', 'builtins.bool',
  '__builtin__.set', '__builtin__.frozenset', '__builtin__.object', '__builtin__.complex', '__builtin__.slice',
  'copyreg._reconstructor', 'copy_reg._reconstructor', '_codecs.encode', 'datetime.datetime', 'datetime.date', 'datetime.timedelta', 'decimal.Decimal', 'uuid.UUID',
  'torch._utils._rebuild_tensor', 'torch._utils._rebuild_tensor_v2', 'torch._utils._rebuild_tensor_v3', 'torch._utils._rebuild_parameter', 'torch._utils._rebuild_parameter_with_state',
  'torch._utils._rebuild_qtensor', 'torch._utils._rebuild_sparse_tensor', 'torch._utils._rebuild_device_tensor_from_numpy', 'torch._tensor._rebuild_from_type_v2',
  'torch.Size', 'torch.Tensor', 'torch.nn.parameter.Parameter', 'torch.storage.UntypedStorage', 'torch.storage.TypedStorage', 'torch.storage._load_from_bytes', 'torch.device', 'torch.serialization._get_layout', 'torch.strided', 'torch.sparse_coo',
  ...TORCH_STORAGES, ...TORCH_DTYPES,
  'numpy.core.multiarray._reconstruct', 'numpy._core.multiarray._reconstruct', 'numpy.core.multiarray.scalar', 'numpy._core.multiarray.scalar', 'numpy.ndarray', 'numpy.dtype', 'numpy.ma.core._mareconstruct',
  'numpy.random._pickle.__randomstate_ctor', 'numpy.random._pickle.__bit_generator_ctor', 'numpy.random._pickle.__generator_ctor',
  ...['Float64DType', 'Float32DType', 'Int64DType', 'Int32DType', 'Int8DType', 'UInt8DType', 'BoolDType', 'ObjectDType', 'StrDType'].flatMap((d) => [`numpy.dtypes.${d}`]),
  'joblib.numpy_pickle.NumpyArrayWrapper', 'sklearn.externals.joblib.numpy_pickle.NumpyArrayWrapper',
  'sklearn.ensemble._forest.RandomForestClassifier', 'sklearn.ensemble._forest.RandomForestRegressor', 'sklearn.ensemble._forest.ExtraTreesClassifier',
  'sklearn.ensemble._gb.GradientBoostingClassifier', 'sklearn.ensemble._gb.GradientBoostingRegressor', 'sklearn.ensemble._iforest.IsolationForest',
  'sklearn.ensemble._hist_gradient_boosting.gradient_boosting.HistGradientBoostingClassifier',
  'sklearn.tree._classes.DecisionTreeClassifier', 'sklearn.tree._classes.DecisionTreeRegressor', 'sklearn.tree._classes.ExtraTreeClassifier', 'sklearn.tree._tree.Tree',
  'sklearn.linear_model._logistic.LogisticRegression', 'sklearn.linear_model._base.LinearRegression', 'sklearn.linear_model._ridge.Ridge', 'sklearn.linear_model._stochastic_gradient.SGDClassifier',
  'sklearn.preprocessing._data.StandardScaler', 'sklearn.preprocessing._data.MinMaxScaler', 'sklearn.preprocessing._data.RobustScaler', 'sklearn.preprocessing._encoders.OneHotEncoder', 'sklearn.preprocessing._label.LabelEncoder',
  'sklearn.impute._base.SimpleImputer', 'sklearn.pipeline.Pipeline', 'sklearn.compose._column_transformer.ColumnTransformer', 'sklearn.svm._classes.SVC',
  'sklearn.neighbors._classification.KNeighborsClassifier', 'sklearn._loss.loss.HalfBinomialLoss', 'sklearn._loss.link.LogitLink', 'sklearn._loss.link.Interval',
  'xgboost.sklearn.XGBClassifier', 'xgboost.sklearn.XGBRegressor', 'xgboost.core.Booster', 'lightgbm.sklearn.LGBMClassifier', 'lightgbm.basic.Booster',
]);

export type Verdict = 'safe' | 'dangerous' | 'unknown';

export interface GlobalPolicy {
  /** Project allowlist: `module.name` (or `module.*`) -> reason. */
  allow: ReadonlyMap<string, string>;
}

export function judgeGlobal(module: string, name: string, policy: GlobalPolicy): { verdict: Verdict; why: string } {
  const full = `${module}.${name}`;
  // Dunder segments reach interpreter internals (`numpy.__builtins__`, `x.__class__.__base__`);
  // only the legacy module names `__builtin__`/`__builtins__` themselves are ordinary modules.
  const tail = [...module.split('.').slice(1), ...name.split('.')];
  if (tail.some((s) => /^__.*__$/.test(s) && !/^__(randomstate|bit_generator|generator)_ctor$/.test(s))) {
    return { verdict: 'dangerous', why: 'dunder attribute access (reaches interpreter internals)' };
  }
  if (DANGEROUS_NAMES.has(full)) return { verdict: 'dangerous', why: 'known code-execution or file-access callable' };
  const mod = DANGEROUS_MODULES.find((m) => module === m || module.startsWith(`${m}.`) || full === m || full.startsWith(`${m}.`));
  if (mod && !SAFE_GLOBALS.has(full)) return { verdict: 'dangerous', why: `module ${mod} gives access to the system or the interpreter` };
  const nameSegs = name.split('.');
  if (nameSegs.length > 1 && nameSegs.some((s) => DANGEROUS_SEGMENTS.has(s))) return { verdict: 'dangerous', why: 'dotted name reaches a dangerous module through an attribute chain' };
  if (SAFE_GLOBALS.has(full)) return { verdict: 'safe', why: 'bundled allowlist' };
  const own = policy.allow.get(full) ?? policy.allow.get(`${module}.*`);
  if (own !== undefined) return { verdict: 'safe', why: `project allowlist: ${own}` };
  return { verdict: 'unknown', why: 'not on the allowlist' };
}
