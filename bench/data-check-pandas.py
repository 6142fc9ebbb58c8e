"""pandas baseline for bench/data-check.mjs: the same 40 expectation metrics and drift statistics as the
mlguard suite, computed the way a pandas-based validator (GX's default engine) does: read the file into a
DataFrame, then one pandas/scipy operation per metric. Prints JSON {read_s, compute_s, total_s, max_rss_mb}.
Run with Debian's interpreter: /usr/bin/python3 bench/data-check-pandas.py data.csv reference.csv
(data.parquet reference.parquet works where pandas has a Parquet engine, pyarrow or fastparquet; data.pkl
reference.pkl reads DataFrames pickled from the CSVs, pandas' own binary format)."""
import json, resource, sys, time
import numpy as np
import pandas as pd
from scipy import stats
from scipy.spatial import distance

def load(path):
    if path.endswith('.pkl'):
        # pandas' own binary format: the stand-in for a Parquet read where pandas has no Parquet engine.
        return pd.read_pickle(path)
    if path.endswith('.parquet'):
        # Needs pyarrow or fastparquet: neither is packaged in Debian 12, so this raises ImportError there
        # and bench/data-check.mjs reports that pandas could not read the file.
        return pd.read_parquet(path)
    return pd.read_csv(path, keep_default_na=False, na_values=[''])

t0 = time.perf_counter()
df = load(sys.argv[1])
ref = load(sys.argv[2])
t1 = time.perf_counter()
m = {}
n = len(df)
cats = [f'cat_{i:02d}' for i in range(20)]
for c in ['id', 'amount', 'qty', 'score', 'category', 'label']:
    m[f'notnull_{c}'] = int(df[c].isna().sum())
m['between_amount'] = int(((df.amount < 0) | (df.amount > 5000)).sum())
m['between_qty'] = int(((df.qty < 0) | (df.qty > 100)).sum())
m['between_score'] = int(((df.score < -6) | (df.score > 6)).sum())
m['between_label'] = int(((df.label < 0) | (df.label > 1)).sum())
m['between_id'] = int(((df.id < 0) | (df.id > 10**9)).sum())
m['between_amount_strict'] = int(((df.amount <= 0) | (df.amount >= 100000)).sum())
m['in_category'] = int((~df.category.isin(cats) & df.category.notna()).sum())
m['in_flag'] = int((~df.flag.isin([True, False]) & df.flag.notna()).sum())
m['in_label'] = int((~df.label.isin([0, 1]) & df.label.notna()).sum())
m['notin_country'] = int((df.country.isin(['XX', 'ZZ'])).sum())
m['regex_user'] = int((~df.user.str.contains(r'^user_[0-9]+$', regex=True) & df.user.notna()).sum())
ts = df.ts if df.ts.dtype == object else df.ts.dt.strftime('%Y-%m-%d %H:%M:%S')  # Parquet holds a timestamp
m['regex_ts'] = int((~ts.str.contains(r'^2026-', regex=True) & ts.notna()).sum())
m['unique_id'] = int(df.id.duplicated(keep=False).sum())
for c in ['amount', 'qty', 'score']:
    s = df[c]
    m[f'mean_{c}'] = float(s.mean()); m[f'min_{c}'] = float(s.min()); m[f'max_{c}'] = float(s.max())
m['median_amount'] = float(df.amount.median())
m['stdev_score'] = float(df.score.std())
m['sum_qty'] = float(df.qty.sum())
m['quantiles_amount'] = df.amount.quantile([0.05, 0.5, 0.95], interpolation='nearest').tolist()
m['quantiles_score'] = df.score.quantile([0.25, 0.75], interpolation='nearest').tolist()
m['len_country'] = int(((df.country.str.len() < 2) | (df.country.str.len() > 2)).sum())
m['len_user'] = int(((df.user.str.len() < 6) | (df.user.str.len() > 12)).sum())
m['nunique_category'] = int(df.category.nunique())
m['nunique_country'] = int(df.country.nunique())
m['prop_unique_user'] = float(df.user.nunique() / df.user.notna().sum())
m['row_count'] = n
m['columns'] = list(df.columns)
# drift (Evidently's choice for a large reference): normed Wasserstein for numeric, JS for categorical
drift = {}
for c in ['amount', 'qty', 'score']:
    r = ref[c].dropna().to_numpy(); cu = df[c].dropna().to_numpy()
    drift[c] = float(stats.wasserstein_distance(r, cu) / max(np.std(r), 0.001))
for c in ['category', 'country']:
    keys = sorted(set(ref[c].dropna().unique()) | set(df[c].dropna().unique()))
    rp = ref[c].value_counts(normalize=True).reindex(keys, fill_value=0).to_numpy()
    cp = df[c].value_counts(normalize=True).reindex(keys, fill_value=0).to_numpy()
    drift[c] = float(distance.jensenshannon(rp, cp))
m['drift'] = drift
t2 = time.perf_counter()
print(json.dumps({'read_s': t1 - t0, 'compute_s': t2 - t1, 'total_s': t2 - t0, 'max_rss_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 'rows': n, 'metrics': m}))
