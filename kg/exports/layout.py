"""A fast, deterministic graph layout for the HTML exports (numpy only).

``networkx.spring_layout`` takes minutes at 10,000 nodes (and needs scipy above 500). Here each
connected component is laid out by *pivot MDS* (Brandes & Pich, "Eigensolver methods for
progressive multidimensional scaling of large data", 2006): breadth-first distances from a few
far-apart pivot nodes, double-centred, and the two leading singular vectors as coordinates. It
costs one BFS per pivot plus one small SVD, about a second at 10,000 nodes. Nodes that land on
the same spot (leaves of one hub have the same distances) are spread on a golden-angle spiral,
and components are packed in rows, largest first. The same graph always gives the same
positions (no randomness; ties broken by node order).

A component's positions depend on nothing but the component (its node ids in order and its
edges), so a build keeps them (:class:`LayoutCache`, ``exports/.cache/layout.pickle``) under a
digest of the component and of this file: a rebuild lays out again only the components whose
nodes or links changed, and writes the positions a full build writes.
"""
from __future__ import annotations

import hashlib
import math
import os
import pickle
from collections import deque
from functools import lru_cache
from pathlib import Path
from typing import Hashable, Iterable

import numpy as np

__all__ = ["LayoutCache", "layout"]

PIVOTS = 40
SPACING = 60.0        # target distance between neighbours, in vis-network units
ITERATIONS = 40       # force-directed refinement steps after pivot MDS
EXACT_MAX = 500       # up to this many nodes, repulsion between every pair; above, on a grid
GRID = 256
_GOLDEN = math.pi * (3 - math.sqrt(5))
CACHE_MIN = 50        # components of fewer nodes are laid out again (cheaper than a lookup's bookkeeping)


class LayoutCache:
    """Components' positions from an earlier build, by :func:`_component_key`. ``path`` is one
    pickle written by partkg (``exports/.cache/layout.pickle``); a missing, unreadable or
    stale file (other layout code) is an empty cache. :meth:`save` keeps only the components
    this build used."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self.old: dict[str, np.ndarray] = {}
        self.new: dict[str, np.ndarray] = {}
        self.hits = self.misses = 0
        if path is not None:
            try:
                with open(path, "rb") as f:
                    data = pickle.load(f)
                if isinstance(data, dict) and data.get("code") == _code_digest() and isinstance(data.get("xy"), dict):
                    self.old = data["xy"]
            except Exception:       # noqa: BLE001 - missing or unreadable: lay everything out
                self.old = {}

    def get(self, key: str) -> np.ndarray | None:
        xy = self.old.get(key)
        if xy is not None:
            self.new[key] = xy
            self.hits += 1
        else:
            self.misses += 1
        return xy

    def put(self, key: str, xy: np.ndarray) -> None:
        self.new[key] = xy

    def save(self) -> None:
        if self.path is None or (self.new.keys() == self.old.keys() and not self.misses):
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}")
        with open(tmp, "wb") as f:
            pickle.dump({"code": _code_digest(), "xy": self.new}, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, self.path)


@lru_cache(maxsize=1)
def _code_digest() -> str:
    return hashlib.sha256(Path(__file__).read_bytes() + np.__version__.encode()).hexdigest()[:16]


def _component_key(order: list, adj: list[list[int]], nodes: list[int]) -> str:
    """What a component's layout is made of: its node ids, in order, and its links."""
    local = {u: i for i, u in enumerate(nodes)}
    h = hashlib.sha256()
    h.update("\0".join(str(order[u]) for u in nodes).encode("utf-8", "surrogatepass"))
    h.update(np.array([len(adj[u]) for u in nodes], dtype=np.int64).tobytes())
    h.update(np.array([local[v] for u in nodes for v in adj[u]], dtype=np.int64).tobytes())
    return h.hexdigest()


def _bfs(adj: list[list[int]], src: int, n: int) -> np.ndarray:
    dist = np.full(n, -1, dtype=np.int32)
    dist[src] = 0
    q = deque([src])
    while q:
        u = q.popleft()
        du = dist[u] + 1
        for v in adj[u]:
            if dist[v] < 0:
                dist[v] = du
                q.append(v)
    return dist


def _components(adj: list[list[int]]) -> list[list[int]]:
    n = len(adj)
    seen = np.zeros(n, dtype=bool)
    comps = []
    for s in range(n):
        if seen[s]:
            continue
        seen[s] = True
        comp, q = [s], deque([s])
        while q:
            for v in adj[q.popleft()]:
                if not seen[v]:
                    seen[v] = True
                    comp.append(v)
                    q.append(v)
        comps.append(sorted(comp))
    return comps


def _pivot_mds(adj: list[list[int]], nodes: list[int]) -> np.ndarray:
    """Coordinates (len(nodes) × 2) of one connected component, in hops."""
    m = len(nodes)
    if m == 1:
        return np.zeros((1, 2))
    if m <= 3:
        return np.array([[math.cos(2 * math.pi * i / m), math.sin(2 * math.pi * i / m)] for i in range(m)])
    local = {u: i for i, u in enumerate(nodes)}
    sub = [[local[v] for v in adj[u]] for u in nodes]
    k = min(PIVOTS, m)
    first = max(range(m), key=lambda i: (len(sub[i]), -i))
    cols = []
    mind = np.full(m, np.iinfo(np.int32).max, dtype=np.int64)
    p = first
    for _ in range(k):
        d = _bfs(sub, p, m)
        cols.append(d)
        mind = np.minimum(mind, d)
        p = int(np.argmax(mind))          # the node farthest from every pivot so far
        if mind[p] == 0:
            break
    d2 = np.stack(cols, axis=1).astype(np.float64) ** 2
    c = -0.5 * (d2 - d2.mean(axis=0, keepdims=True) - d2.mean(axis=1, keepdims=True) + d2.mean())
    u, s, _ = np.linalg.svd(c, full_matrices=False)
    xy = u[:, :2] * s[:2]
    if xy.shape[1] < 2:
        xy = np.hstack([xy, np.zeros((m, 1))])
    for j in range(2):                    # fix the sign: deterministic orientation
        col = xy[:, j]
        if col[np.argmax(np.abs(col))] < 0:
            xy[:, j] = -col
    return xy


def _spread(xy: np.ndarray, cell: float) -> np.ndarray:
    """Move nodes sharing a cell onto a golden-angle spiral around the cell's centre."""
    keys = np.floor(xy / cell).astype(np.int64)
    order = np.lexsort((np.arange(len(xy)), keys[:, 1], keys[:, 0]))
    out = xy.copy()
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and (keys[order[j + 1]] == keys[order[i]]).all():
            j += 1
        if j > i:
            group = order[i:j + 1]
            centre = xy[group].mean(axis=0)
            for r, node in enumerate(group):
                rad = cell * 0.55 * math.sqrt(r)
                out[node] = centre + rad * np.array([math.cos(r * _GOLDEN), math.sin(r * _GOLDEN)])
        i = j + 1
    return out


def _repulsion_exact(xy: np.ndarray, k2: float) -> np.ndarray:
    d = xy[:, None, :] - xy[None, :, :]
    d2 = (d ** 2).sum(-1)
    np.fill_diagonal(d2, np.inf)
    return (d * (k2 / np.maximum(d2, 1e-6))[..., None]).sum(axis=1)


@lru_cache(maxsize=4)
def _unit_kernels(grid: int) -> tuple[np.ndarray, np.ndarray]:
    """The FFTs of the force one node exerts at each cell offset (in cells: offset / |offset|²)."""
    off = np.fft.fftfreq(2 * grid, 1 / (2 * grid))                    # 0, 1, …, G-1, -G, …, -1
    ox, oy = np.meshgrid(off, off, indexing="ij")
    r2 = ox ** 2 + oy ** 2
    r2[0, 0] = np.inf
    return np.fft.rfft2(ox / r2), np.fft.rfft2(oy / r2)


def _repulsion_grid(xy: np.ndarray, k2: float) -> np.ndarray:
    """Fruchterman-Reingold repulsion (k²/d, away from every other node) summed over a grid:
    the node counts per cell convolved (FFT) with the force of one node at each cell offset.
    Nodes sharing a cell do not push each other; cells are a fraction of the spacing."""
    n = len(xy)
    grid = int(min(GRID, max(32, 2 * math.sqrt(n))))
    lo = xy.min(axis=0)
    size = float((xy.max(axis=0) - lo).max()) * 1.001 + 1e-9
    cell = size / grid
    ix = np.minimum(((xy - lo) / cell).astype(np.int64), grid - 1)
    counts = np.bincount(ix[:, 0] * grid + ix[:, 1], minlength=grid * grid).reshape(grid, grid)
    kx, ky = _unit_kernels(grid)
    h = np.fft.rfft2(counts.astype(np.float64), s=(2 * grid, 2 * grid)) * (k2 / cell)
    fx = np.fft.irfft2(h * kx, s=(2 * grid, 2 * grid))
    fy = np.fft.irfft2(h * ky, s=(2 * grid, 2 * grid))
    return np.stack([fx[ix[:, 0], ix[:, 1]], fy[ix[:, 0], ix[:, 1]]], axis=1)


def _refine(xy: np.ndarray, pairs: np.ndarray, iterations: int = ITERATIONS) -> np.ndarray:
    """Fruchterman-Reingold from the pivot-MDS start: spreads the dense core evenly while
    neighbours stay close. Deterministic: no random moves."""
    n = len(xy)
    k = SPACING
    i, j = pairs[:, 0], pairs[:, 1]
    temp = float(np.ptp(xy, axis=0).max()) / 8 + k
    for step in range(iterations):
        rep = _repulsion_exact(xy, k * k) if n <= EXACT_MAX else _repulsion_grid(xy, k * k)
        d = xy[i] - xy[j]
        dist = np.sqrt((d ** 2).sum(axis=1)) + 1e-9
        f = d * (dist / k)[:, None]
        att = np.stack([np.bincount(j, f[:, c], n) - np.bincount(i, f[:, c], n) for c in (0, 1)], axis=1)
        disp = rep + att
        length = np.sqrt((disp ** 2).sum(axis=1)) + 1e-9
        xy = xy + disp * (np.minimum(length, temp) / length)[:, None]
        temp = max(k / 10, temp * 0.9)
    return xy


def _component_xy(adj: list[list[int]], nodes: list[int]) -> np.ndarray:
    xy = _pivot_mds(adj, nodes)
    m = len(nodes)
    if m > 1:
        local = {u: i for i, u in enumerate(nodes)}
        pairs = np.array([(local[u], local[v]) for u in nodes for v in adj[u] if local[v] > local[u]])
        if len(pairs):
            length = np.linalg.norm(xy[pairs[:, 0]] - xy[pairs[:, 1]], axis=1)
            mean = float(length[length > 0].mean()) if (length > 0).any() else 1.0
            xy = xy * (SPACING / mean)
        xy = _spread(xy, SPACING * 0.6)
        if len(pairs) and m > 3:
            xy = _refine(xy, pairs)
        xy = xy - xy.mean(axis=0)
        if m > EXACT_MAX:
            xy = _equalize(xy)
    return xy


def _equalize(xy: np.ndarray) -> np.ndarray:
    """Even out the density of a large hairball: keep each node's angle and the order of the
    distances from the centre, but move it to the radius a disc of uniform density would give
    its rank (the dense core opens up, the sparse rim draws in)."""
    m = len(xy)
    r = np.sqrt((xy ** 2).sum(axis=1))
    rank = np.empty(m)
    rank[np.lexsort((np.arange(m), r))] = np.arange(m)
    radius = SPACING * 1.2 * np.sqrt(m / math.pi)
    target = radius * np.sqrt((rank + 0.5) / m)
    scale = np.where(r > 1e-9, target / np.maximum(r, 1e-9), 0.0)
    return xy * scale[:, None]


def layout(nodes: Iterable[Hashable], edges: Iterable[tuple[Hashable, Hashable]],
           cache: LayoutCache | None = None) -> dict[Hashable, tuple[float, float]]:
    """Positions for ``nodes`` (in the order given) joined by ``edges`` (direction ignored).
    With ``cache``, a component of ``CACHE_MIN`` nodes or more found there is not laid out
    again (the positions are the same)."""
    order = list(nodes)
    index = {n: i for i, n in enumerate(order)}
    sets: list[set[int]] = [set() for _ in order]
    for a, b in edges:
        i, j = index[a], index[b]
        if i != j:
            sets[i].add(j)
            sets[j].add(i)
    adj = [sorted(s) for s in sets]
    comps = sorted(_components(adj), key=lambda c: (-len(c), c[0]))
    placed: dict[int, tuple[float, float]] = {}
    boxes = []
    for comp in comps:
        key = _component_key(order, adj, comp) if cache is not None and len(comp) >= CACHE_MIN else None
        xy = cache.get(key) if key is not None else None
        if xy is None:
            xy = _component_xy(adj, comp)
            if key is not None:
                cache.put(key, xy)
        lo, hi = xy.min(axis=0), xy.max(axis=0)
        boxes.append((comp, xy - lo, hi - lo + SPACING))
    # shelf packing: rows of roughly equal width, largest components first
    width = max(max(b[2][0] for b in boxes), math.sqrt(sum(float(b[2][0] * b[2][1]) for b in boxes)) * 1.2)
    x = y = row_h = 0.0
    for comp, xy, (w, h) in boxes:
        if x > 0 and x + w > width:
            x, y, row_h = 0.0, y + row_h, 0.0
        for i, node in enumerate(comp):
            placed[node] = (float(xy[i, 0] + x), float(xy[i, 1] + y))
        x += w
        row_h = max(row_h, h)
    cx = sum(p[0] for p in placed.values()) / max(1, len(placed))
    cy = sum(p[1] for p in placed.values()) / max(1, len(placed))
    return {order[i]: (round(px - cx, 1), round(py - cy, 1)) for i, (px, py) in sorted(placed.items())}
