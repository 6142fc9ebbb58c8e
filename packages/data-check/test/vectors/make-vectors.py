"""Reference values for data-check's drift statistics, computed with scipy/numpy.
Run: python3 packages/data-check/test/vectors/make-vectors.py > packages/data-check/test/vectors/drift-vectors.json
The vectors are committed; tests never need Python."""
import json, math
import numpy as np
from scipy import stats
from scipy.spatial import distance

def ks_case(name, ref, cur, dump=True):
    ref = np.asarray(ref, float); cur = np.asarray(cur, float)
    auto = stats.ks_2samp(ref, cur, method='auto')
    asym = stats.ks_2samp(ref, cur, method='asymp')
    w1 = stats.wasserstein_distance(ref, cur)
    std = float(np.std(ref))
    both = np.concatenate([ref, cur])
    edges = np.histogram_bin_edges(both, bins='sturges')
    r = np.histogram(ref, edges)[0]; c = np.histogram(cur, edges)[0]
    return dict(name=name, ref=ref.tolist() if dump else None, cur=cur.tolist() if dump else None, D=float(auto.statistic), p_auto=float(auto.pvalue),
                p_asymp=float(asym.pvalue), w1=float(w1), normed=float(w1 / max(std, 0.001)),
                sturges_ref=r.tolist(), sturges_cur=c.tolist(), js_e=float(distance.jensenshannon(r / r.sum(), c / c.sum())))

def psi_evidently(r, c):
    p = r / r.sum(); q = c / c.sum()
    def fill(x):
        nz = x[x > 0]; mn = nz.min() if len(nz) else 1e-4
        eps = mn / 1e6 if mn <= 1e-4 else 1e-4
        x = x.copy(); x[x == 0] = eps; return x
    p = fill(p); q = fill(q)
    return float(np.sum((p - q) * np.log(p / q)))

def cat_case(name, ref, cur):
    keys = sorted(set(ref) | set(cur))
    r = np.array([ref.get(k, 0) for k in keys], float); c = np.array([cur.get(k, 0) for k in keys], float)
    exp = r * c.sum() / r.sum()
    with np.errstate(divide='ignore', invalid='ignore'):
        chi = stats.chisquare(c, exp) if (exp > 0).all() else None
    p = r / r.sum(); q = c / c.sum()
    return dict(name=name, keys=[str(k) for k in keys], ref=r.tolist(), cur=c.tolist(),
                chi2=(float(chi.statistic) if chi is not None else None), chi2_p=(float(chi.pvalue) if chi is not None else 0.0),
                js_e=float(distance.jensenshannon(p, q)), js_2=float(distance.jensenshannon(p, q, base=2)),
                linf=float(np.max(np.abs(p - q))), hellinger=float(np.sqrt(np.sum((np.sqrt(p) - np.sqrt(q)) ** 2)) / math.sqrt(2)),
                psi=psi_evidently(r, c))

ks = [
    ks_case('A', [38.7, 41.5, 43.8, 44.5, 45.5, 46.0, 47.7, 58.0], [39.2, 39.3, 39.7, 41.4, 41.8, 42.9, 43.3, 45.8]),
    ks_case('B', [1.2, 2.3, 2.9, 3.1, 3.3, 3.9, 4.4, 4.6, 5.0, 5.2, 5.8, 6.1, 6.6, 7.0, 7.3],
                 [0.1, 0.4, 0.9, 1.0, 1.5, 1.6, 1.7, 2.0, 2.1, 2.2, 2.6, 3.0, 3.4, 4.0]),
    ks_case('C', [((i * 7919) % 1000) / 10 for i in range(2000)], [((i * 7919) % 1000) / 10 + 5 for i in range(1500)], dump=False),
    ks_case('D', [((i * 7919) % 1000) / 10 for i in range(20000)], [((i * 104729) % 997) / 9.97 + 1 for i in range(15000)], dump=False),
    ks_case('S', [((i * 31) % 101) / 7 for i in range(900)], [((i * 37) % 103) / 7 + 0.2 for i in range(30000)], dump=False),
]
cats = [
    cat_case('E', {1: 16, 2: 18, 3: 16, 4: 14, 5: 12, 6: 12}, {1: 16, 2: 16, 3: 16, 4: 16, 5: 16, 6: 8}),
    cat_case('F', {'a': 500, 'b': 300, 'c': 200}, {'a': 350, 'b': 350, 'c': 300}),
    cat_case('G', {'a': 500, 'b': 300, 'c': 200}, {'a': 480, 'b': 290, 'c': 200, 'd': 30}),
]
# two-proportion z (Evidently's pooled z)
k1, n1, k2, n2 = 100, 1000, 120, 800
P = (k1 + k2) / (n1 + n2); z = (k1 / n1 - k2 / n2) / math.sqrt(P * (1 - P) * (1 / n1 + 1 / n2))
ztest = dict(k1=k1, n1=n1, k2=k2, n2=n2, z=z, p=float(2 * stats.norm.sf(abs(z))))
kstwo = [dict(d=d, n=n, sf=float(stats.kstwo.sf(d, n))) for d, n in [(0.0109333, 8571), (0.05, 999), (0.2, 40), (0.03, 5000)]]
print(json.dumps(dict(scipy=__import__('scipy').__version__, numpy=np.__version__, ks=ks, categorical=cats, ztest=ztest, kstwo=kstwo)))
