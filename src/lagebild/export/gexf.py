"""The actor network as GEXF 1.3 for Gephi: ``lagebild export --format gexf DIR``.

Nodes are the entities that take part in a relation, with their type and counts; an edge joins
two actors, weighted by the number of events between them, with PLOVER's four quad-class
counts and the cooperation–conflict score as attributes. The graph is dynamic: each edge has
one spell per month in which the two actors met (a year or a season where the events are dated
no finer), so that Gephi's timeline can replay the network month by month; relations from
undated events have no spell and are always present. Two files: ``network.gexf`` between
sides, where, as in the merge step, a leader's acts count for the state they stand for, and
``actors.gexf`` between the actors themselves (Trump–Putin, Russland–Ukraine).
"""

from __future__ import annotations

import calendar
import re
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from lagebild.merge import QUAD_WEIGHT
from lagebild.store import Store
from lagebild.web.queries import QUADS, _actor_pairs, entities, month_span

NS = "http://gexf.net/1.3"
#: Characters XML 1.0 forbids; article text may carry them (form feeds, stray control bytes).
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(value: object) -> str:
    return _BAD_XML.sub("", str(value))


def _spell(first: str, last: str) -> tuple[str, str]:
    y, m = int(last[:4]), int(last[5:7])
    return f"{first}-01", f"{last}-{calendar.monthrange(y, m)[1]:02d}"


def _attributes(graph: ET.Element, cls: str, attrs: list[tuple[str, str]]) -> None:
    el = ET.SubElement(graph, "attributes", {"class": cls})
    for name, kind in attrs:
        ET.SubElement(el, "attribute", {"id": name, "title": name, "type": kind})


def _values(parent: ET.Element, values: dict[str, Any]) -> None:
    el = ET.SubElement(parent, "attvalues")
    for k, v in values.items():
        if v is not None:
            ET.SubElement(el, "attvalue", {"for": k, "value": _clean(v)})


def _union(spells: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Spells joined where they overlap: a pair's year-dated relation (2025) and its month-dated
    ones (2025-01) are one stretch of time, and Gephi wants no overlapping spells."""
    out: list[tuple[str, str]] = []
    for start, end in sorted(spells):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _pairs(store: Store, level: str) -> tuple[dict[tuple[str, str], Counter[str]],
                                             dict[tuple[str, str], list[tuple[str, str]]]]:
    """Per pair: the quad-class counts and the spells, between sides (a leader's acts count for
    his state: the merge step's relations) or between the actors themselves (Trump–Putin)."""
    pairs: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    spans: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    if level == "actors":
        for key, row in _actor_pairs(store, None, None, None).items():
            pairs[key].update({q: row[q] for q in QUADS})
            spans[key].extend(_spell(*span) for m in row["months"] if (span := month_span(m)))
        return pairs, spans
    for r in store.query("SELECT * FROM relations ORDER BY a, b, month"):
        key = (r["a"], r["b"])
        for q in QUADS:
            pairs[key][q] += r[q]
        span = month_span(r["month"])
        if span:
            spans[key].append(_spell(*span))
    return pairs, spans


def build_gexf(store: Store, level: str = "sides") -> ET.ElementTree:
    """The network as a GEXF document tree: between ``sides`` (states, the leaders' acts counted
    for them) or between ``actors``."""
    pairs, spans = _pairs(store, level)
    known = {e["id"]: e for e in entities(store)}
    ids = sorted({a for pair in pairs for a in pair})

    root = ET.Element("gexf", {"xmlns": NS, "version": "1.3"})
    meta = ET.SubElement(root, "meta", {"lastmodifieddate": datetime.now(UTC).strftime("%Y-%m-%d")})
    ET.SubElement(meta, "creator").text = "lagebild"
    ET.SubElement(meta, "description").text = "Actors and their cooperation and conflict (PLOVER quad classes)"
    graph = ET.SubElement(root, "graph", {"defaultedgetype": "undirected", "mode": "dynamic", "timeformat": "date"})
    _attributes(graph, "node", [("type", "string"), ("mentions", "integer"), ("events", "integer"),
                                ("quotes", "integer"), ("stands_for", "string")])
    _attributes(graph, "edge", [*((q, "integer") for q in QUADS), ("cooperation", "integer"),
                                ("conflict", "integer"), ("score", "double")])
    nodes = ET.SubElement(graph, "nodes")
    for i in ids:
        e = known.get(i, {"name": i, "type": None, "mentions": 0, "events": 0, "quotes": 0, "stands_for": None})
        node = ET.SubElement(nodes, "node", {"id": _clean(i), "label": _clean(e["name"])})
        _values(node, {k: e.get(k) for k in ("type", "mentions", "events", "quotes", "stands_for")})
    edges = ET.SubElement(graph, "edges")
    for n, ((a, b), c) in enumerate(sorted(pairs.items())):
        coop = c["verbal_cooperation"] + c["material_cooperation"]
        conf = c["verbal_conflict"] + c["material_conflict"]
        edge = ET.SubElement(edges, "edge", {"id": str(n), "source": _clean(a), "target": _clean(b),
                                             "weight": str(coop + conf)})
        score = sum(QUAD_WEIGHT[q] * c[q] for q in QUADS) / (2 * (coop + conf)) if coop + conf else 0.0
        _values(edge, {**{q: c[q] for q in QUADS}, "cooperation": coop, "conflict": conf, "score": round(score, 4)})
        if spans[(a, b)]:
            spells = ET.SubElement(edge, "spells")
            for start, end in _union(spans[(a, b)]):
                ET.SubElement(spells, "spell", {"start": start, "end": end})
    ET.indent(root)
    return ET.ElementTree(root)


def write_gexf(store: Store, out: Path) -> list[Path]:
    """Write ``network.gexf`` (between sides) and ``actors.gexf`` (between actors) into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for level, name in (("sides", "network.gexf"), ("actors", "actors.gexf")):
        path = out / name
        build_gexf(store, level).write(path, encoding="utf-8", xml_declaration=True)
        paths.append(path)
    return paths
