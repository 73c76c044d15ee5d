"""Seventh user trial: an event that occurred is not dated to a start or deadline after the day
it was reported."""

from __future__ import annotations

import pytest
from tests.events.conftest import make_doc

from lagebild.events import events_stage
from lagebild.time import time_stage


@pytest.mark.parametrize(("text", "published", "etype", "expected"), [
    # the threatened start of tariffs dates the tariffs, not the threat made before the report
    ("Trump hat der EU mit Zöllen ab dem 1. Juni gedroht.", "2025-05-24", "THREATEN", "2025-05"),
    ("Putin drohte der Ukraine am 20. Mai mit Angriffen ab dem 1. Juni.", "2025-05-24", "THREATEN", "2025-05-20"),
    # a date before publication still dates the act
    ("Trump hat am 22. Mai mit Putin telefoniert.", "2025-05-24", "CONSULT", "2025-05-22"),
    # a plain day ahead in the present tense keeps its day (a meeting ahead, whatever its status)
    ("Trump trifft am 28. Mai Putin in Helsinki.", "2025-05-24", "CONSULT", "2025-05-28"),
    # what is planned lies ahead, and keeps its later date
    ("Trump will am 1. Juni nach Moskau reisen.", "2025-05-24", "CONSULT", "2025-06-01"),
])
def test_what_occurred_is_not_dated_to_a_bound_after_its_report(text: str, published: str, etype: str,
                                                                expected: str) -> None:
    doc = events_stage(time_stage(make_doc(text, published=published)))
    got = [e.date.value for e in doc.events if e.type == etype and e.date is not None]
    assert got == [expected]


@pytest.mark.parametrize(("text", "published", "language", "status"), [
    # what the clause dates after the day it was reported has not happened: planned
    ("President-elect Donald Trump, who takes office on Monday, praised the deal.", "2025-01-15", "en", "planned"),
    ("Trump trifft am 28. Mai Putin in Helsinki.", "2025-05-24", "de", "planned"),
    # a day before the report, or the report's own day, stays occurred
    ("Trump hat am 22. Mai mit Putin telefoniert.", "2025-05-24", "de", "occurred"),
    ("Trump telefonierte am Samstag mit Putin.", "2025-05-24", "de", "occurred"),
])
def test_an_act_dated_after_its_report_is_planned(text: str, published: str, language: str, status: str) -> None:
    doc = events_stage(time_stage(make_doc(text, published=published, language=language)))
    assert [e.status for e in doc.events] == [status]
