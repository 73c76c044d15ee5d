"""The actor network as GEXF 1.3 for Gephi: ``lagebild export --format gexf DIR``.

Nodes are the entities that take part in a relation, with their type and counts; an edge joins
two actors, weighted by the number of events between them, with PLOVER's four quad-class
counts and the cooperation–conflict score as attributes. The graph is dynamic: each edge has
one spell per month in which the two actors met (a year or a season where the events are dated
no finer), so that Gephi's timeline can replay the network month by month; relations from
undated events have no spell and are always present. As in the merge step, a leader's acts
count for the state they stand for.
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
from lagebild.web.queries import QUADS, entities, month_span

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


def build_gexf(store: Store) -> ET.ElementTree:
    """The network as a GEXF document tree."""
    pairs: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    spans: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for r in store.query("SELECT * FROM relations ORDER BY a, b, month"):
        key = (r["a"], r["b"])
        for q in QUADS:
            pairs[key][q] += r[q]
        span = month_span(r["month"])
        if span:
            spans[key].append(_spell(*span))
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
            for start, end in sorted(spans[(a, b)]):
                ET.SubElement(spells, "spell", {"start": start, "end": end})
    ET.indent(root)
    return ET.ElementTree(root)


def write_gexf(store: Store, out: Path) -> list[Path]:
    """Write ``network.gexf`` into the folder ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / "network.gexf"
    build_gexf(store).write(path, encoding="utf-8", xml_declaration=True)
    return [path]
