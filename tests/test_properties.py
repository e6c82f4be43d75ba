"""Property tests: extract_text over generated article-like text never raises, returns
a valid record whose evidence spans are exact slices of the input, and is deterministic."""
from __future__ import annotations

import json
from concurrent.futures import ProcessPoolExecutor

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mou_extract import extract_text, runner
from mou_extract.io import Item
from mou_extract.models import Record, check_evidence, iter_evidence

WORDS = [
    "yang", "dan", "dengan", "di", "pada", "untuk", "dalam", "kerja", "sama", "pelayanan", "publik",
    "menandatangani", "ditandatangani", "oleh", "nota", "kesepakatan", "kesepahaman", "MoU",
    "penandatanganan", "dilakukan", "disaksikan", "didampingi", "turut", "hadir", "berhalangan",
    "diwakili", "mewakili", "akan", "pekan", "depan", "tentang", "meliputi", "pencegahan",
    "maladministrasi", "pertukaran", "data", "informasi", "laporan", "masyarakat", "Pemkab", "Pemkot",
    "Pemprov", "Pemerintah", "Kabupaten", "Kota", "Provinsi", "Ombudsman", "RI", "Perwakilan",
    "Bupati", "Wali", "Sekda", "Kepala", "Dinas", "BPKAD", "Ketua", "DPRD", "Universitas", "PT",
    "Kejaksaan", "Negeri", "Gedung", "Hotel", "Aula", "Jakarta", "Batu", "Malang", "Kalsel", "Batola",
    "Tapin", "Muaro", "Jambi", "Alias", "KUA-PPAS", "APBD", "Penulis:", "Editor:", "Pewarta", "(ANTARA)",
    "WIB", "kemarin", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "signed", "the",
]
NAMES = ["Ahmad", "Fauzan", "Siti", "Aminah", "Mokhammad", "Najih", "Nurochman", "Raden", "Najmi",
         "Eka", "Saprudin", "Budi", "Santoso", "Muhidin", "Yamin"]
HONORIFICS = ["H.", "Hj.", "Dr.", "Prof.", "dr.", "Drs."]
DEGREES = ["S.H.", "M.Si.", "M.AP.", "A.P.", "S.Sos.", "Ph.D.", "LL.M.", "S.STP", "M.M."]
PUNCT = [",", ".", ";", ":", "(", ")", "\"", "–", "-", "/", "!", "?", "…", "'"]
SPACES = [" ", " ", " ", "\n", "\n\n", "\u00a0", "\n\u00a0\n", "  ", "\t", " \n"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


@st.composite
def date_expr(draw):
    day = draw(st.sampled_from(DAYS))
    d = draw(st.integers(0, 35))
    m = draw(st.integers(0, 14))
    form = draw(st.integers(0, 4))
    if form == 0:
        return f"{day} ({d}/{m}/{draw(st.integers(1990, 2035))})"
    if form == 1:
        return f"{day}, ({d:02d}/{m:02d})"
    if form == 2:
        return f"{day} ({d}/{m})"
    if form == 3:
        return f"{day} {d} April {draw(st.integers(2000, 2030))}"
    return f"{d}/{m:02d}/{draw(st.integers(0, 99)):02d}"


@st.composite
def person(draw):
    parts = draw(st.lists(st.sampled_from(HONORIFICS), max_size=2))
    parts += draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=3))
    s = " ".join(parts)
    degs = draw(st.lists(st.sampled_from(DEGREES), max_size=3))
    if degs:
        s += ", " + ", ".join(degs)
    return s


@st.composite
def cap_run(draw):
    """Long runs of capitalised words, dots and slashes."""
    pieces = draw(st.lists(st.one_of(
        st.from_regex(r"[A-Z][a-z]{0,8}", fullmatch=True),
        st.from_regex(r"[A-Z]{1,5}\.?", fullmatch=True),
        st.sampled_from([".", "/", "./", "..", "//", "S.H.", "M.Si."]),
    ), min_size=5, max_size=40))
    return draw(st.sampled_from([" ", "", "."])).join(pieces)


token = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(WORDS),
    st.sampled_from(PUNCT),
    date_expr(),
    person(),
    cap_run(),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=6),
)


@st.composite
def article(draw):
    toks = draw(st.lists(token, min_size=0, max_size=120))
    out = []
    for t in toks:
        out.append(t)
        out.append(draw(st.sampled_from(SPACES)))
    return "".join(out)


SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@SETTINGS
@given(article(), st.sampled_from([None, "2024-04-04", "2025-11-10", "not-a-date"]))
def test_extract_never_raises_and_is_grounded(text, published):
    rec = extract_text(text, id="prop", published=published)
    data = rec.model_dump()
    again = Record.model_validate(data)
    assert again.model_dump() == data
    assert check_evidence(rec, text) == []
    for ev in iter_evidence(rec):
        assert 0 <= ev.start <= ev.end <= len(text)
        assert text[ev.start:ev.end] == ev.text
    if not rec.is_signing:
        assert rec.signings == []


@SETTINGS
@given(article())
def test_extract_is_deterministic(text):
    a = extract_text(text, id="prop", published="2024-04-04").model_dump_json()
    b = extract_text(text, id="prop", published="2024-04-04").model_dump_json()
    assert a == b
    json.loads(a)


@SETTINGS
@given(st.lists(st.sampled_from([
    "Wali Kota Batu Nurochman menandatangani nota kesepakatan dengan Ketua Ombudsman RI, Mokhammad Najih,",
    "di Hotel Aston Inn Batu,", "Senin (10/11/2025).", "Penandatanganan dilakukan oleh",
    "Pemkab Batola", "dan", "serta disaksikan", "Sekda Tapin Drs. H. Ahmad Fauzan, S.H., M.Si., M.AP.",
    "Kabupaten Tanah Laut, Tapin, Balangan dan Tabalong, serta Universitas Lambung Mangkurat",
    "Ruang lingkup kerja sama meliputi pencegahan maladministrasi dan pertukaran data.",
    "\n\u00a0\n", "\n\n", "BANJARMASIN, Kalselpos.com –", "Kamis, 4 April 2024 14:52 WIB\n",
    "Jumat (20/6/2024)", "Selasa (2/4)", "yang diwakili", "berhalangan hadir", "Penulis: Rina\n",
]), min_size=1, max_size=30).map(" ".join))
def test_signing_like_text_is_grounded(text):
    rec = extract_text(text, id="prop2")
    Record.model_validate(rec.model_dump())
    assert check_evidence(rec, text) == []
    for sg in rec.signings:
        labels = [s.label for s in sg.scope]
        assert len(labels) == len(set(labels))
        party_names = {p.name for p in sg.parties}
        for p in sg.signatories:
            assert p.party is None or p.party in party_names
    assert rec.is_signing == bool(rec.signings)


@pytest.fixture(scope="module")
def worker_pool():
    """Two worker processes built the way `extract --workers 2` builds them."""
    with ProcessPoolExecutor(2, mp_context=runner._mp_context(), initializer=runner._worker_init) as pool:
        yield pool


@settings(max_examples=15, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(st.lists(article(), min_size=1, max_size=6))
def test_outcomes_identical_across_worker_processes(worker_pool, texts):
    """The same batch in this process and split over two worker processes (as the
    local engine does with --workers 2): the same records, or the same errors."""
    items = [Item(f"b{i}", "prop", text=t) for i, t in enumerate(texts)]
    here = runner.process_chunk(items)
    half = len(items) // 2
    futures = [worker_pool.submit(runner.process_chunk, part) for part in (items[:half], items[half:])]
    there = [o for f in futures for o in f.result()]
    assert [(o.id, o.record, o.error) for o in there] == [(o.id, o.record, o.error) for o in here]
    assert all(o.error is None for o in here)
