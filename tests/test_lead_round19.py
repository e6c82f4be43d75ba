"""Round 19 (lead): every spelling of the pendopo is a venue on its own; counted days
before publication ("3 hari yang lalu", "empat hari silam") come from one count x ago
grammar in data/dates_id.tsv."""
import datetime

import pytest

from mou_extract import dates as D
from mou_extract import extract_text
from variety_helpers import assert_venue


@pytest.mark.parametrize("head", ["Pendopo", "Pendapa", "Pendhopo", "Pendhapi"])
def test_bare_pendopo_in_any_spelling_is_the_venue(head):
    text = ("Pemkab Sragen Teken Kesepakatan dengan Ombudsman\n\nSRAGEN, solonews.id - Ombudsman RI "
            "Perwakilan Jawa Tengah dan Pemerintah Kabupaten Sragen menandatangani nota kesepakatan "
            f"pengawasan pelayanan publik, Selasa (14/10/2025). Penandatanganan digelar di {head}, "
            "disaksikan para kepala organisasi perangkat daerah.")
    sig = extract_text(text).signings[0]
    assert_venue(sig.venue, head, "Sragen")


@pytest.mark.parametrize("phrase,days", [
    ("tiga hari lalu", 3), ("3 hari yang lalu", 3), ("empat hari silam", 4),
    ("6 hari lalu", 6), ("sehari yang lalu", 1)])
def test_counted_days_before_publication(phrase, days):
    ref = datetime.date(2025, 10, 20)
    got = [(d.text, d.value) for d in D.find_dates(f"Nota itu diteken {phrase} di Sragen.", ref)]
    assert got == [(phrase, ref - datetime.timedelta(days=days))]


def test_a_week_ago_is_too_loose_for_a_day():
    got = D.find_dates("Nota itu diteken tujuh hari lalu.", datetime.date(2025, 10, 20))
    assert all(d.precision != "day" for d in got)
