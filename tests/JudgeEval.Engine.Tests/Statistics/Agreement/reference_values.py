# Independent reference computations for the agreement tests (plain python3, exact rationals).
# Written separately from the C# code, straight from the textbook formulas; run: python3 reference_values.py
from fractions import Fraction as F

def cohen(table, w):
    n = sum(map(sum, table)); k = len(table)
    rows = [sum(r) for r in table]; cols = [sum(table[i][j] for i in range(k)) for j in range(k)]
    po = sum(w[i][j] * F(table[i][j], n) for i in range(k) for j in range(k))
    pe = sum(w[i][j] * F(rows[i], n) * F(cols[j], n) for i in range(k) for j in range(k))
    return (po - pe) / (1 - pe)

def weights(kind, k):
    if kind == 'none': return [[F(int(i == j)) for j in range(k)] for i in range(k)]
    if kind == 'linear': return [[1 - F(abs(i - j), k - 1) for j in range(k)] for i in range(k)]
    return [[1 - F((i - j) ** 2, (k - 1) ** 2) for j in range(k)] for i in range(k)]

def table_of(a, b, cats):
    t = [[0] * len(cats) for _ in cats]
    for x, y in zip(a, b):
        if x is not None and y is not None: t[cats.index(x)][cats.index(y)] += 1
    return t

def fleiss_gwet(units, cats, w=None, ac=False):
    # units: list of lists of ratings (missing already removed). Gwet (2014) generalisation.
    q = len(cats); w = w or weights('none', q)
    units = [u for u in units if len(u) >= 1]
    n = len(units); n2 = [u for u in units if len(u) >= 2]
    pa = F(0)
    for u in n2:
        r = len(u); c = [u.count(x) for x in cats]
        pa += sum(c[k] * (sum(w[k][l] * c[l] for l in range(q)) - 1) for k in range(q)) / F(r * (r - 1))
    pa /= len(n2)
    pi = [sum(F(u.count(x), len(u)) for u in units) / n for x in cats]
    if ac:
        tw = sum(map(sum, w)); pe = tw * sum(p * (1 - p) for p in pi) / (q * (q - 1))
    else:
        pe = sum(w[k][l] * pi[k] * pi[l] for k in range(q) for l in range(q))
    return (pa - pe) / (1 - pe), pa, pe

def kripp(units, level):
    units = [u for u in units if len(u) >= 2]
    vals = sorted({v for u in units for v in u})
    o = {(c, k): F(0) for c in vals for k in vals}
    for u in units:
        m = len(u)
        for i in range(m):
            for j in range(m):
                if i != j: o[(u[i], u[j])] += F(1, m - 1)
    nc = {c: sum(o[(c, k)] for k in vals) for c in vals}; n = sum(nc.values())
    def d(c, k):
        if level == 'nominal': return 0 if c == k else 1
        if level == 'interval': return F(c - k) ** 2
        lo, hi = sorted((vals.index(c), vals.index(k)))
        return (sum(nc[vals[g]] for g in range(lo, hi + 1)) - (nc[c] + nc[k]) / 2) ** 2
    do = sum(o[(c, k)] * d(c, k) for c in vals for k in vals)
    de = sum(nc[c] * nc[k] * d(c, k) for c in vals for k in vals) / (n - 1)
    return 1 - do / de

def ranks(xs):
    order = sorted(range(len(xs)), key=lambda i: xs[i]); r = [0.0] * len(xs); i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and xs[order[j + 1]] == xs[order[i]]: j += 1
        for t in range(i, j + 1): r[order[t]] = F(i + j + 2, 2)
        i = j + 1
    return r

def pearson(x, y):
    n = len(x); mx = F(sum(map(F, x)), n); my = F(sum(map(F, y)), n)
    sxy = sum((F(a) - mx) * (F(b) - my) for a, b in zip(x, y))
    sxx = sum((F(a) - mx) ** 2 for a in x); syy = sum((F(b) - my) ** 2 for b in y)
    return float(sxy) / (float(sxx) * float(syy)) ** 0.5

def show(name, v): print(f"{name:55s} {float(v):.15f}")

# Cohen: Wikipedia 2x2, SAS PROC FREQ example, irrCAC cont3x3abstractors, irr anxiety raters 2 and 3.
show('wiki 2x2 kappa', cohen([[20, 5], [10, 15]], weights('none', 2)))
sas = [[0, 4, 1], [0, 8, 0], [0, 1, 5]]
show('SAS unweighted', cohen(sas, weights('none', 3)))
show('SAS linear (Cicchetti-Allison)', cohen(sas, weights('linear', 3)))
show('irrCAC cont3x3abstractors kappa', cohen([[13, 0, 0], [0, 20, 7], [0, 4, 56]], weights('none', 3)))
anx = [3, 3, 3, 4, 5, 5, 2, 3, 5, 2, 2, 6, 1, 5, 2, 2, 1, 2, 4, 3, 3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4,
       2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2]
r2, r3 = anx[20:40], anx[40:60]
cats = [1, 2, 3, 4, 6]  # irr drops the unused level 5 and spaces the rest by index
t = table_of(r2, r3, cats)
for kind in ('none', 'linear', 'quadratic'): show(f'irr anxiety r2,r3 {kind}', cohen(t, weights(kind, 5)))
# Quadratic-weight identity: 2 cov / (var x + var y + (mean x - mean y)^2), population moments, on grade indices.
xi = [cats.index(v) for v in r2]; yi = [cats.index(v) for v in r3]; n = len(xi)
mx, my = F(sum(xi), n), F(sum(yi), n)
vx = sum((a - mx) ** 2 for a in xi) / n; vy = sum((b - my) ** 2 for b in yi) / n
cxy = sum((a - mx) * (b - my) for a, b in zip(xi, yi)) / n
show('identity quadratic anxiety', 2 * cxy / (vx + vy + (mx - my) ** 2))

# Fleiss 1971 diagnoses (irr / statsmodels): 30 x 6.
diag = [[4,4,4,4,4,4],[2,2,2,5,5,5],[2,3,3,3,3,5],[5,5,5,5,5,5],[2,2,2,4,4,4],[1,1,3,3,3,3],[3,3,3,3,5,5],[1,1,3,3,3,4],
        [1,1,4,4,4,4],[5,5,5,5,5,5],[1,4,4,4,4,4],[1,2,4,4,4,4],[2,2,2,3,3,3],[1,4,4,4,4,4],[2,2,4,4,4,5],[3,3,3,3,3,5],
        [1,1,1,4,5,5],[1,1,1,1,1,2],[2,2,4,4,4,4],[1,3,3,5,5,5],[5,5,5,5,5,5],[2,4,4,4,4,4],[2,2,4,5,5,5],[1,1,4,4,4,4],
        [1,4,4,4,4,5],[2,2,2,2,2,4],[1,1,1,1,5,5],[2,2,4,4,4,4],[1,3,3,3,3,3],[5,5,5,5,5,5]]
show('Fleiss 1971 diagnoses kappa', fleiss_gwet(diag, [1, 2, 3, 4, 5])[0])
show('Gwet AC1 diagnoses', fleiss_gwet(diag, [1, 2, 3, 4, 5], ac=True)[0])

# Krippendorff 4 observers x 12 units (None = missing).
N = None
kr = [[1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
      [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N]]
units = [[kr[r][u] for r in range(4) if kr[r][u] is not None] for u in range(12)]
for lvl in ('nominal', 'ordinal', 'interval'): show(f'Krippendorff 4x12 {lvl}', kripp(units, lvl))
ac1, pa, pe = fleiss_gwet(units, [1, 2, 3, 4, 5], ac=True)
show('Gwet AC1 4x12', ac1); show('  pa', pa); show('  pe', pe)
fk, pa, pe = fleiss_gwet(units, [1, 2, 3, 4, 5])
show('Fleiss (Gwet generalised) 4x12', fk); show('  pe', pe)
for kind in ('linear', 'quadratic'):
    show(f'Gwet AC2 4x12 {kind}', fleiss_gwet(units, [1, 2, 3, 4, 5], weights(kind, 5), ac=True)[0])
bin_a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]; bin_b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
show('Krippendorff binary 2 observers', kripp([[a, b] for a, b in zip(bin_a, bin_b)], 'nominal'))
abst = [[13, 0, 0], [0, 20, 7], [0, 4, 56]]
pairs = [[i, j] for i in range(3) for j in range(3) for _ in range(abst[i][j])]
show('irrCAC abstractors AC1', fleiss_gwet(pairs, [0, 1, 2], ac=True)[0])
show('irrCAC abstractors alpha', kripp(pairs, 'nominal'))

# Correlation: Spearman with ties (average ranks), Anscombe I Pearson.
sx = [1, 2, 2, 3, 4, 4, 4, 5, 6, 7]; sy = [2, 1, 3, 3, 5, 4, 6, 6, 9, 8]
show('Spearman ties', pearson(ranks(sx), ranks(sy)))
ax = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5]
ay = [F(s) for s in ['8.04', '6.95', '7.58', '8.81', '8.33', '9.96', '7.24', '4.26', '10.84', '4.82', '5.68']]
show('Anscombe I Pearson', pearson(ax, ay))
iq = [106, 100, 86, 101, 99, 103, 97, 113, 112, 110]; tv = [7, 27, 2, 50, 28, 29, 20, 12, 6, 17]
show('Wikipedia IQ/TV Spearman (-29/165)', pearson(ranks(iq), ranks(tv)))

# Weighted Fleiss (Gwet's generalisation) and AC1 with an unused sixth category (q = 6).
show('Fleiss quadratic 4x12', fleiss_gwet(units, [1, 2, 3, 4, 5], weights('quadratic', 5))[0])
show('Gwet AC1 4x12, categories 1..6', fleiss_gwet(units, [1, 2, 3, 4, 5, 6], ac=True)[0])
