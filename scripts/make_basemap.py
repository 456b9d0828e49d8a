"""Build the dashboard's base layer, brinkwatch/web/static/theatre.geojson, from the
``world-atlas`` npm package (Natural Earth 1:50m admin-0 countries, public domain; the
TopoJSON conversion is ISC-licensed, (c) Michael Bostock).

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/make_basemap.py package/countries-50m.json

Keeps the countries whose outline touches the theatre's box, decodes the TopoJSON arcs and
rounds coordinates to 0.01 degree (about 1 km), which is plenty for a dashboard map.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

BOX = (24.0, 12.0, 64.0, 43.0)  # west, south, east, north
OUT = Path(__file__).resolve().parents[1] / "brinkwatch" / "web" / "static" / "theatre.geojson"


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((round(x * sx + tx, 2), round(y * sy + ty, 2)))
        arcs.append(pts)
    return arcs


def ring(arcs: list[list[tuple[float, float]]], idxs: list[int]) -> list[list[float]]:
    pts: list[tuple[float, float]] = []
    for i in idxs:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        pts.extend(arc if not pts else arc[1:])
    out: list[list[float]] = []
    for p in pts:
        if not out or out[-1] != list(p):
            out.append(list(p))
    return out


def touches(rings: list[list[list[float]]]) -> bool:
    w, s, e, n = BOX
    return any(w <= x <= e and s <= y <= n for r in rings for x, y in r)


def main(path: str) -> None:
    topo = json.loads(Path(path).read_text())
    arcs = decode_arcs(topo)
    features = []
    for geom in topo["objects"]["countries"]["geometries"]:
        if geom["type"] == "Polygon":
            polys = [geom["arcs"]]
        elif geom["type"] == "MultiPolygon":
            polys = geom["arcs"]
        else:
            continue
        coords = [[ring(arcs, r) for r in poly] for poly in polys]
        coords = [p for p in coords if touches(p)]
        if not coords:
            continue
        features.append({"type": "Feature",
                         "properties": {"name": geom["properties"]["name"], "id": geom.get("id")},
                         "geometry": {"type": "MultiPolygon", "coordinates": coords}})
    fc = {"type": "FeatureCollection",
          "source": "Natural Earth 1:50m admin-0 countries (public domain), via the world-atlas "
                    "2.0.2 npm package (ISC, (c) Michael Bostock); built by scripts/make_basemap.py",
          "features": features}
    OUT.write_text(json.dumps(fc, separators=(",", ":")))
    print(f"wrote {len(features)} countries to {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main(sys.argv[1])
