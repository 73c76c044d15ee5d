"""Near-duplicate detection on hand-made agency copies."""

from __future__ import annotations

import time

import pytest

from lagebild.dedup import (
    NUM_PERM,
    THRESHOLD,
    DupIndex,
    band_keys,
    find_duplicates,
    fingerprint,
    similarity,
)

# An agency report as APA sends it out (invented, about 230 words).
AGENCY = (
    "Die Bundesregierung hat sich am Dienstag nach wochenlangen Verhandlungen auf ein neues "
    "Paket zur Entlastung der Haushalte bei den Energiekosten geeinigt. Das teilten Bundeskanzler "
    "und Vizekanzler nach der Sitzung des Ministerrats in Wien mit. Demnach sollen Haushalte mit "
    "geringem Einkommen im kommenden Winter einen einmaligen Zuschuss von 300 Euro erhalten, "
    "Pensionistinnen und Pensionisten mit Ausgleichszulage zusätzlich 150 Euro. Die Kosten des "
    "Pakets bezifferte der Finanzminister auf rund 1,2 Milliarden Euro. Die Opposition kritisierte "
    "die Einigung als zu spät und zu gering. Die Maßnahmen kämen für viele Familien erst, wenn die "
    "Rechnungen längst bezahlt seien, sagte die Klubobfrau der größten Oppositionspartei. Der "
    "Gewerkschaftsbund begrüßte dagegen den Zuschuss, forderte aber eine dauerhafte Senkung der "
    "Steuern auf Strom und Gas. Die Wirtschaftskammer warnte vor neuen Schulden und verlangte, "
    "dass die Regierung die Förderungen für Unternehmen nicht vergesse. Nach Angaben des "
    "Sozialministeriums sollen rund 400.000 Haushalte von dem Zuschuss profitieren. Die "
    "Auszahlung soll automatisch über die Finanzämter erfolgen, ein Antrag sei nicht nötig. Das "
    "Gesetz soll noch vor dem Sommer im Nationalrat beschlossen werden, die erste Auszahlung ist "
    "für Oktober geplant. Ökonomen des Wirtschaftsforschungsinstituts hatten zuletzt vor einer "
    "weiter hohen Inflation gewarnt, die vor allem Haushalte mit geringem Einkommen treffe. Die "
    "Teuerung lag im April bei 7,2 Prozent und damit deutlich über dem Durchschnitt der Eurozone."
)

# The same story as two outlets run it: their own header and footer, one sentence rewritten.
COPY_A = ("Wien – " + AGENCY.replace(
    "Die Opposition kritisierte die Einigung als zu spät und zu gering.",
    "Scharfe Kritik an dem Paket kam umgehend von der Opposition.")
    + " (APA, 12.5.2023) Mehr zum Thema: Was die Teuerung für Pensionisten bedeutet.")
COPY_B = ("WIEN. " + AGENCY.replace(
    "Der Gewerkschaftsbund begrüßte dagegen den Zuschuss,",
    "Zustimmung gab es dagegen vom Gewerkschaftsbund, er")
    + " Redaktion: sn.at/politik – Alle Rechte vorbehalten.")

# Independent reporting on the same event: the same facts in other words.
OTHER = (
    "Ein Zuschuss von 300 Euro für einkommensschwache Haushalte, 150 Euro mehr für Mindestpensionisten: "
    "Das ist der Kern des Entlastungspakets, das Kanzler und Vizekanzler am Dienstag präsentiert haben. "
    "1,2 Milliarden Euro will der Finanzminister dafür ausgeben. Für die Opposition kommt das zu spät, "
    "für die Arbeitgeber ist es zu teuer, und der Gewerkschaftsbund will mehr: eine dauerhaft niedrigere "
    "Steuer auf Strom und Gas. Ausgezahlt wird im Oktober, automatisch, ohne Antrag, an rund 400.000 "
    "Haushalte. Die Inflation lag zuletzt bei 7,2 Prozent."
)


def test_agency_copies_are_near_duplicates() -> None:
    fa, fb, fo = fingerprint(AGENCY), fingerprint(COPY_A), fingerprint(COPY_B)
    assert fa and fb and fo
    assert similarity(fa, fb) >= THRESHOLD
    assert similarity(fa, fo) >= THRESHOLD
    assert similarity(fb, fo) >= THRESHOLD


def test_two_outlets_copies_meet_without_the_original() -> None:
    assert list(find_duplicates([("sn", COPY_B), ("standard", COPY_A)])) == [("standard", "sn")]


def test_independent_report_is_not_a_duplicate() -> None:
    fa, fo = fingerprint(AGENCY), fingerprint(OTHER)
    assert fa and fo
    assert similarity(fa, fo) < 0.3


def test_fingerprint_is_stable_and_compact() -> None:
    fp = fingerprint(AGENCY)
    assert fp == fingerprint(AGENCY)
    assert isinstance(fp, bytes) and len(fp) == 4 * NUM_PERM + 4  # the signature and the shingle count
    # Case and punctuation do not count: only the words do.
    assert fingerprint(AGENCY.upper().replace(". ", "! ")) == fp
    assert all(0 <= k < 2**63 for k in band_keys(fp))


@pytest.mark.parametrize("body", ["", "Kurz.", "Wien – Der ATX schloss am Freitag mit einem Plus."])
def test_short_bodies_get_no_fingerprint(body: str) -> None:
    assert fingerprint(body) is None


def test_index_points_every_copy_at_the_first_source() -> None:
    docs = [("d1", AGENCY), ("d2", OTHER), ("d3", COPY_A), ("d4", COPY_B), ("d5", "Kurz.")]
    assert list(find_duplicates(docs)) == [("d3", "d1"), ("d4", "d1")]


def test_copy_of_a_copy_points_at_the_source() -> None:
    index = DupIndex()
    assert index.check("a", AGENCY) is None
    assert index.check("b", COPY_A) == "a"
    # A copy of B that is no longer close enough to A still counts as an appearance of A.
    assert index.check("c", COPY_A + " " + COPY_A[:200]) == "a"
    assert index.check("b", COPY_A) == "a"  # asking again changes nothing
    assert len(index) == 3


def test_rebuilt_index_finds_copies_of_stored_documents() -> None:
    index = DupIndex.rebuild([("a", AGENCY, None), ("b", COPY_A, "a"), ("o", OTHER, None)])
    assert len(index) == 3
    assert index.check("c", COPY_B) == "a"
    assert index.check("p", OTHER + " Ende.") == "o"


def test_order_decides_the_source() -> None:
    assert list(find_duplicates([("x", COPY_B), ("y", AGENCY)])) == [("y", "x")]


def test_fingerprint_is_fast() -> None:
    body = " ".join([AGENCY] * 2)  # about 460 words: a long news article
    fingerprint(body)
    t0 = time.perf_counter()
    for _ in range(200):
        fingerprint(body)
    per_doc = (time.perf_counter() - t0) / 200
    assert per_doc < 0.002  # 1 ms on an idle core; twice that leaves room for a busy machine


def test_a_copy_without_its_last_paragraphs_is_a_copy() -> None:
    # an outlet runs the agency text but cuts its last third: the Jaccard similarity falls to
    # about two thirds, yet nearly every shingle of the copy is the agency's
    shortened = "Wien – " + AGENCY[: int(len(AGENCY) * 0.62)].rsplit(".", 1)[0] + "."
    fa, fs = fingerprint(AGENCY), fingerprint(shortened)
    assert fa and fs and similarity(fa, fs) < THRESHOLD
    assert dict(find_duplicates([("agency", AGENCY), ("short", shortened)])) == {"short": "agency"}
    # a short report that shares a few sentences with a long one is no copy of it
    assert dict(find_duplicates([("agency", AGENCY), ("other", OTHER)])) == {}


@pytest.mark.parametrize(("a", "b", "revision"), [
    # the same outlet's article under the same title, or at the same address: versions of one article
    (("tagesschau.de", "Armenien ruft UN-Sicherheitsrat an", None),
     ("Tagesschau.de", "Armenien ruft  UN-Sicherheitsrat an", None), True),
    (("DW", "Waffenruhe vereinbart", "https://dw.com/a-1?utm=x"),
     ("DW", "Waffenruhe hält", "https://dw.com/a-1/"), True),
    # two outlets running one agency text are copies; one outlet's two headlines without a URL are two articles
    (("ZEIT ONLINE", "Tote bei Gefechten", None), ("Süddeutsche Zeitung", "Tote bei Gefechten", None), False),
    (("DW", "Waffenruhe vereinbart", None), ("DW", "Waffenruhe hält", None), False),
    ((None, "Tote bei Gefechten", None), (None, "Tote bei Gefechten", None), False),  # no outlet: nothing known
    # without outlets, the same named authors stand for one where each version has its own time
    # of day, as an update's "Stand" (sixth user trial: a tagesschau text "Von Anna Becker" and its
    # update); other authors, none, or no times (a reprint) do not
    ((None, "Trump und Putin telefonieren", None, "2026-02-11T09:14", ("Anna Becker",)),
     (None, "Trump und Putin telefonieren", None, "2026-02-11T15:40", ("Anna  Becker",)), True),
    ((None, "Trump und Putin telefonieren", None, "2026-02-11T09:14", ("Anna Becker",)),
     (None, "Trump und Putin telefonieren", None, "2026-02-11T15:40", ("Jan Weber",)), False),
    ((None, "Trump und Putin telefonieren", None, "2026-02-11", ("Anna Becker",)),
     (None, "Trump und Putin telefonieren", None, "2026-02-11", ("Anna Becker",)), False),
    ((None, "Trump und Putin telefonieren", None, "2026-02-11T09:14", ("Anna Becker",)),
     ("ZEIT ONLINE", "Trump und Putin telefonieren", None, "2026-02-11T15:40", ("Anna Becker",)), False),
])
def test_a_revision_is_the_same_outlets_article(a: tuple[object, ...], b: tuple[object, ...],
                                                 revision: bool) -> None:
    from lagebild.dedup import Version, is_revision

    def version(v: tuple[object, ...]) -> Version:
        return Version(*v) if len(v) == 5 else Version(*v, None)  # type: ignore[arg-type]

    assert is_revision(version(a), version(b)) is revision


@pytest.mark.parametrize(("a", "b", "after"), [
    ("2026-03-02T15:45", "2026-03-02T11:10", True),  # times to the minute: the minutes count
    ("2026-03-02T11:10", "2026-03-02T15:45", False),
    ("2026-03-03", "2026-03-02T23:00", True),
    ("2026-03-02", "2026-03-02T11:10", False),  # a day without a time: not after a time that day
    ("2026-03-02T11:10:30+01:00", "2026-03-02T11:10", False),
    (None, "2026-03-02", False),
])
def test_later_compares_at_the_precision_both_give(a: str | None, b: str | None, after: bool) -> None:
    from lagebild.dedup import later

    assert later(a, b) is after


def test_members_of_a_group_follow_a_new_source() -> None:
    index = DupIndex()
    assert index.check("a", AGENCY) is None
    assert index.check("b", COPY_A) == "a" and index.check("c", COPY_B) == "a"
    assert sorted(index.members("a")) == ["a", "b", "c"]
    index.reroot("a", "c")  # "c" was published first: it is the source now
    assert sorted(index.members("c")) == ["a", "b", "c"] and index.members("a") == ["a"]
    assert index.check("d", COPY_A + " Ende.") == "c"
