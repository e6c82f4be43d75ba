"""End to end: extract_text on the five seeds against their gold files, plus small
hand-written articles for shapes the seeds do not show (../shared/spec/RECORD.md)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from mou_extract import extract_text
from mou_extract.models import Record, check_evidence

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
FIX = Path(__file__).resolve().parent / "fixtures"
SEEDS = sorted(p.name[: -len(".gold.json")] for p in FIX.glob("*.gold.json"))

_DEGREE = re.compile(
    r"^(?:[a-z]{1,4}\.){2,}[a-z]{0,4}\.?$|^(?:s|m|d)\.?[a-z]{1,4}\.?$|^(?:sh|se|mm|mh|msi|map|ap|phd|llm)$")
_HONOR = {"h", "hj", "dr", "drs", "dra", "prof", "ir", "kh"}


def bare_name(s: str) -> str:
    """Lower-case name without degrees (anything after a comma) and leading honorifics."""
    s = re.sub(r",.*$", "", s or "").lower()
    toks = [t for t in s.split() if t]
    while toks and toks[0].rstrip(".") in _HONOR:
        toks.pop(0)
    toks = [t for t in toks if not _DEGREE.match(t)]
    return " ".join(re.sub(r"[^a-z]", "", t) for t in toks)


def contains(a, b) -> bool:
    a, b = (a or "").lower().strip(), (b or "").lower().strip()
    return bool(a) and bool(b) and (a in b or b in a)


@pytest.fixture(scope="module")
def seeds():
    out = {}
    for sid in SEEDS:
        text = (RAW / f"{sid}.txt").read_text(encoding="utf-8")
        gold = json.loads((FIX / f"{sid}.gold.json").read_text(encoding="utf-8"))
        rec = extract_text(text, id=sid)
        out[sid] = (text, gold, rec.model_dump(mode="json"), rec)
    return out


def _first(d):
    return d["signings"][0] if d["signings"] else None


# ------------------------------------------------------------------------ seeds

@pytest.mark.parametrize("sid", SEEDS)
def test_seed_evidence_matches_input(seeds, sid):
    text, _, _, rec = seeds[sid]
    assert check_evidence(rec, text) == []


@pytest.mark.parametrize("sid", SEEDS)
def test_seed_is_signing(seeds, sid):
    _, gold, sys_, _ = seeds[sid]
    assert sys_["is_signing"] == gold["is_signing"]
    assert len(sys_["signings"]) == len(gold["signings"])


@pytest.mark.parametrize("sid", SEEDS)
def test_seed_document_type(seeds, sid):
    _, gold, sys_, _ = seeds[sid]
    assert _first(sys_)["document_type"] == _first(gold)["document_type"]


@pytest.mark.parametrize("sid", SEEDS)
def test_seed_date(seeds, sid):
    _, gold, sys_, _ = seeds[sid]
    g, s = _first(gold)["date"], _first(sys_)["date"]
    assert s is not None
    assert (s["value"], s["precision"], s["year_inferred"]) == (g["value"], g["precision"], g["year_inferred"])


@pytest.mark.parametrize("sid", SEEDS)
def test_seed_venue(seeds, sid):
    _, gold, sys_, _ = seeds[sid]
    g, s = _first(gold)["venue"], _first(sys_)["venue"]
    assert s is not None
    assert contains(s["name"], g["name"]), (s["name"], g["name"])
    if g["city"]:
        assert contains(s["city"], g["city"]), (s["city"], g["city"])


@pytest.mark.parametrize("sid", SEEDS)
def test_seed_party_region_codes(seeds, sid):
    _, gold, sys_, _ = seeds[sid]
    codes = lambda sg: {p["region"]["code"] for p in sg["parties"] if p["region"]}
    assert codes(_first(sys_)) == codes(_first(gold))


@pytest.mark.parametrize("sid", SEEDS)
def test_seed_party_names(seeds, sid):
    _, gold, sys_, _ = seeds[sid]
    names = lambda sg: {p["name"] for p in sg["parties"]}
    assert names(_first(sys_)) == names(_first(gold))


@pytest.mark.parametrize("sid", SEEDS)
def test_seed_signatories_and_their_party(seeds, sid):
    _, gold, sys_, _ = seeds[sid]
    people = lambda sg: {(bare_name(p["name"]), p["party"]) for p in sg["signatories"]}
    assert people(_first(sys_)) == people(_first(gold))


@pytest.mark.parametrize("sid", SEEDS)
def test_seed_signatory_on_behalf_of(seeds, sid):
    _, gold, sys_, _ = seeds[sid]
    obo = lambda sg: {bare_name(p["name"]): p["on_behalf_of"] for p in sg["signatories"]}
    assert obo(_first(sys_)) == obo(_first(gold))


@pytest.mark.parametrize("sid", SEEDS)
def test_seed_scope_labels(seeds, sid):
    _, gold, sys_, _ = seeds[sid]
    labels = lambda sg: {x["label"] for x in sg["scope"]}
    assert labels(_first(sys_)) == labels(_first(gold))
    assert len(_first(sys_)["scope"]) == len(labels(_first(sys_)))  # no label twice


@pytest.mark.parametrize("sid", SEEDS)
def test_seed_record_validates(seeds, sid):
    _, _, sys_, rec = seeds[sid]
    assert Record.model_validate(sys_).model_dump(mode="json") == sys_
    assert rec.article.id == sid


def test_record_rejects_is_signing_that_contradicts_its_signings(seeds):
    import pydantic
    _, _, sys_, _ = seeds[SEEDS[0]]
    assert sys_["is_signing"] and sys_["signings"]
    with pytest.raises(pydantic.ValidationError, match="is_signing"):
        Record.model_validate({**sys_, "is_signing": False})
    with pytest.raises(pydantic.ValidationError, match="is_signing"):
        Record.model_validate({**sys_, "signings": []})
    assert Record.model_validate({**sys_, "is_signing": False, "signings": []}).is_signing is False


# ------------------------------------------------------------------------ hand-written articles

PLANNED = """Pemkab Balangan Siap Teken MoU dengan Ombudsman RI

PARINGIN, Kalselpos.com – Pemerintah Kabupaten Balangan akan menandatangani nota kesepakatan dengan Ombudsman Republik Indonesia pekan depan di Jakarta.

Bupati Balangan Abdul Hadi mengatakan persiapan penandatanganan sudah dilakukan sejak bulan lalu. Nota kesepakatan itu nantinya mencakup percepatan penyelesaian laporan masyarakat dan pencegahan maladministrasi.

"Kami berharap penandatanganan nanti memperkuat pelayanan publik di Balangan," ujarnya, Senin (3/3/2025).

Penulis: Rina
"""


def test_planned_signing_is_not_a_signing():
    rec = extract_text(PLANNED, id="planned")
    assert rec.is_signing is False
    assert rec.signings == []
    assert check_evidence(rec, PLANNED) == []


KUA_PPAS = """Bupati dan DPRD Tapin Sepakati KUA-PPAS 2025

RANTAU, Kalselpos.com – Bupati Tapin Arifin Arpan dan Ketua DPRD Tapin Yamani menandatangani nota kesepakatan Kebijakan Umum Anggaran (KUA) dan Prioritas Plafon Anggaran Sementara (PPAS) APBD Tahun Anggaran 2025 dalam rapat paripurna di gedung DPRD Tapin, Kamis (8/8/2024).

Nota kesepakatan KUA-PPAS tersebut selanjutnya menjadi dasar penyusunan Rancangan Peraturan Daerah tentang APBD 2025.

"Terima kasih kepada seluruh anggota dewan atas pembahasan yang konstruktif," kata Arifin.
"""


def test_kua_ppas_with_dprd_is_not_an_agreement():
    rec = extract_text(KUA_PPAS, id="kuappas")
    assert rec.is_signing is False
    assert rec.signings == []


DATELINE = """Pemkab Tapin dan Ombudsman RI Teken Nota Kesepakatan

BANJARMASIN, Kalselpos.com – Pemerintah Kabupaten Tapin menandatangani nota kesepakatan dengan Ombudsman Republik Indonesia di Gedung Ombudsman RI, Jakarta, Senin (10/3/2025).

Nota kesepakatan ditandatangani oleh Bupati Tapin Arifin Arpan dan Ketua Ombudsman RI Mokhammad Najih. Ruang lingkup kerja sama meliputi percepatan penyelesaian laporan masyarakat dan pertukaran data dan informasi.

Penulis: Rina
"""


def test_dateline_city_differs_from_venue_city():
    rec = extract_text(DATELINE, id="dateline")
    assert rec.article.dateline == "Banjarmasin"
    assert rec.is_signing is True
    sg = rec.signings[0]
    assert sg.date is not None and sg.date.value == "2025-03-10"
    assert sg.venue is not None
    assert contains(sg.venue.name, "Gedung Ombudsman RI")
    assert contains(sg.venue.city, "Jakarta")
    assert not contains(sg.venue.city, "Banjarmasin")
    assert {p.name for p in sg.parties} == {"Pemerintah Kabupaten Tapin", "Ombudsman Republik Indonesia"}
    assert {bare_name(p.name) for p in sg.signatories} == {"arifin arpan", "mokhammad najih"}
    assert {s.label for s in sg.scope} == {"complaint_handling", "data_exchange"}
    assert check_evidence(rec, DATELINE) == []


YEARLESS = """Pemkot Banjarmasin-Ombudsman RI perkuat pengawasan pelayanan publik
Kamis, 4 April 2024 14:52 WIB
Banjarmasin (ANTARA) - Wali Kota Banjarmasin Ibnu Sina menandatangani nota kesepakatan dengan Ketua Ombudsman RI Mokhammad Najih di Jakarta, Selasa (2/4).
Kerja sama tersebut meliputi pencegahan maladministrasi dan peningkatan kapasitas sumber daya manusia aparatur.
Pewarta : Sukarli
"""


def test_yearless_date_inferred_from_publication_line():
    rec = extract_text(YEARLESS, id="yearless")
    assert rec.article.published == "2024-04-04"
    assert rec.is_signing is True
    d = rec.signings[0].date
    assert d is not None
    assert d.value == "2024-04-02"
    assert d.year_inferred is True
    assert d.precision == "day"
    assert "Selasa (2/4)" in d.evidence.text
    assert any("infer" in w.lower() for w in rec.warnings), rec.warnings
    assert check_evidence(rec, YEARLESS) == []


MISMATCH = """Pemkab Tabalong Teken MoU dengan Ombudsman

TANJUNG, Kalselpos.com – Bupati Tabalong Anang Syakhfiani menandatangani nota kesepakatan dengan Kepala Perwakilan Ombudsman RI Kalsel Hadi Rahman di Pendopo Bersinar, Tanjung, Jumat (20/6/2024).

Kesepakatan itu mencakup pertukaran data dan informasi serta pencegahan maladministrasi.
"""


def test_weekday_mismatch_warns_and_keeps_numeric_date():
    rec = extract_text(MISMATCH, id="mismatch")
    assert rec.is_signing is True
    assert rec.signings[0].date.value == "2024-06-20"
    assert any("20/6/2024" in w or "weekday" in w.lower() for w in rec.warnings), rec.warnings
    assert check_evidence(rec, MISMATCH) == []


_SIGN_PARA = ("Wali Kota Banjarmasin Ibnu Sina menandatangani nota kesepakatan dengan Ketua Ombudsman RI "
              "Mokhammad Najih di Balai Kota Banjarmasin, Rabu (15/5/2024).")
REPEATED = f"""Pemkot Banjarmasin Teken Nota Kesepakatan dengan Ombudsman RI

BANJARMASIN, Kalselpos.com – {_SIGN_PARA}

Kerja sama tersebut mencakup percepatan penyelesaian laporan masyarakat.

{_SIGN_PARA}

Penulis: Rina
"""


def test_repeated_paragraph_evidence_points_at_first_copy():
    first = REPEATED.index(_SIGN_PARA)
    second = REPEATED.index(_SIGN_PARA, first + 1)
    rec = extract_text(REPEATED, id="repeat")
    assert check_evidence(rec, REPEATED) == []
    assert rec.article.cleaning.duplicates_removed >= 1
    assert rec.is_signing is True
    assert len(rec.signings) == 1
    sg = rec.signings[0]
    assert sg.date.value == "2024-05-15"
    assert sg.date.evidence.start < second
    for p in sg.signatories:
        assert p.evidence.start < second, p
    for p in sg.parties:
        assert p.evidence.start < second, p
    assert len(sg.signatories) == 2


NBSP = ("Pemkab Tapin Jalin Kerja Sama dengan Ombudsman RI\n\u00a0\n\u00a0\u00a0\n"
        "RANTAU, Kalselpos.com –\u00a0Bupati Tapin Arifin Arpan menandatangani nota kesepakatan dengan "
        "Ketua Ombudsman RI Mokhammad Najih di Aula Kantor Bupati Tapin, Senin (10/3/2025).  \n\u00a0\n"
        "Ruang lingkup kerja sama meliputi pencegahan maladministrasi.\u00a0\n\u00a0\n")


def test_nbsp_blank_lines():
    rec = extract_text(NBSP, id="nbsp")
    assert check_evidence(rec, NBSP) == []
    assert rec.is_signing is True
    sg = rec.signings[0]
    assert sg.date.value == "2025-03-10"
    assert {p.name for p in sg.parties} == {"Pemerintah Kabupaten Tapin", "Ombudsman Republik Indonesia"}
    assert {bare_name(p.name) for p in sg.signatories} == {"arifin arpan", "mokhammad najih"}


ENGLISH = """Badung Regency and Ombudsman sign MoU on public services

Denpasar (ANTARA) - The Badung Regency Government and the Ombudsman of the Republic of Indonesia signed a memorandum of understanding (MoU) on improving the quality of public services in Jakarta on Tuesday (April 2, 2024).

The MoU was signed by Badung Regent I Nyoman Giri Prasta and Ombudsman Chairman Mokhammad Najih. The agreement covers the handling of public complaints, the prevention of maladministration and the exchange of data and information.

"We hope this cooperation will make our services better for the people," the regent said after the signing ceremony.

Editor: Rahmad
"""


def test_english_article_warns_and_does_not_crash():
    rec = extract_text(ENGLISH, id="english")
    assert any("not indonesian" in w.lower() for w in rec.warnings), rec.warnings
    assert check_evidence(rec, ENGLISH) == []
    Record.model_validate(rec.model_dump())


def test_english_signing_story_is_still_a_signing():
    rec = extract_text(ENGLISH, id="english")
    assert rec.is_signing is True
    assert rec.signings[0].date is not None
    assert rec.signings[0].date.value == "2024-04-02"


def test_branch_office_of_a_signer_replaces_the_bare_body():
    text = ("Purwokerto, 4/2/2026 - Pemerintah Kabupaten Banyumas dan BPJS Ketenagakerjaan "
            "menandatangani perjanjian kerja sama perlindungan pekerja rentan. Penandatanganan "
            "dilakukan Bupati Banyumas Sadewo Tri Lastiono dan Kepala BPJS Ketenagakerjaan Cabang "
            "Purwokerto Sri Wahyuni di Pendopo Si Panji.\n")
    (sg,) = extract_text(text, id="branch").signings
    assert [p.name for p in sg.parties] == ["Pemerintah Kabupaten Banyumas",
                                            "BPJS Ketenagakerjaan Cabang Purwokerto"]
    assert {(p.name, p.party) for p in sg.signatories} == {
        ("Sadewo Tri Lastiono", "Pemerintah Kabupaten Banyumas"),
        ("Sri Wahyuni", "BPJS Ketenagakerjaan Cabang Purwokerto")}


NEGATIVES = [
    "Jakarta - Harga beras di pasar induk turun menjelang panen raya, kata pedagang, Senin (3/3/2025).\n",
    "SLEMAN, KOMPAS.com - Bupati Sleman Harda Kiswaya meninjau banjir di Kapanewon Depok.\n\n"
    "Ia meminta warga waspada. Penulis: Rina\n",
    "Pemkab Tapin akan menandatangani nota kesepakatan dengan Ombudsman pekan depan.\n",  # has a verb
    "Rapat koordinasi membahas pelayanan publik dan pengaduan masyarakat di Aula Bappeda.\n",
]


def _corpus_texts():
    dirs = [FIX.parent.parent / "data" / "raw", FIX / "events",
            FIX.parents[2] / "shared" / "corpus" / "dev"]
    for d in dirs:
        for p in sorted(d.glob("*.txt")) if d.is_dir() else []:
            yield p.stem, p.read_text(encoding="utf-8")
    for i, t in enumerate(NEGATIVES):
        yield f"neg{i}", t


def test_skipping_articles_without_a_signing_verb_never_changes_a_record(monkeypatch):
    """The shortcut after cleaning (classify.may_report_signing) only saves time."""
    from mou_extract import classify

    texts = list(_corpus_texts())
    fast = [extract_text(t, id=i).model_dump() for i, t in texts]
    monkeypatch.setattr(classify, "may_report_signing", lambda *a: True)
    slow = [extract_text(t, id=i).model_dump() for i, t in texts]
    assert fast == slow
    assert sum(not r["is_signing"] for r in fast) >= 4


def test_english_story_roles_and_parties_as_written():
    text = ("DENPASAR — The Gianyar Regency administration and the Bali office of the Ombudsman "
            "signed a memorandum of understanding on Monday, March 3, 2025. The MoU was signed by "
            "Gianyar Regent I Made Mahayastra and Ombudsman Bali office head Ni Luh Sari, while "
            "Gianyar Regional Secretary Dewa Alit Mudiarta also attended.\n")
    (sg,) = extract_text(text, id="en").signings
    regent = next(p for p in sg.signatories if p.name == "I Made Mahayastra")
    assert regent.role == "Gianyar Regent" and regent.party == "Pemerintah Kabupaten Gianyar"


def test_site_menu_and_legal_words_do_not_turn_a_signing_into_an_old_one():
    """The opinion-column and court-report guards need real labels / trial words."""
    text = ("Beranda\nOpini | Kolom | Daerah\n\n"
            "Kejaksaan Negeri Tapin dan Pemerintah Kabupaten Tapin menandatangani nota kesepakatan "
            "bidang perdata dan tata usaha negara di Aula Kantor Bupati Tapin. Kajari Tapin Ahmad "
            "Sidik mengatakan jaksa penuntut umum juga akan membantu memantau persidangan perkara "
            "yang melibatkan pemerintah daerah.\n")
    assert extract_text(text, id="menu").is_signing


def test_verdict_report_on_an_old_mou_is_not_a_signing():
    text = ("Majelis hakim Pengadilan Tipikor Banjarmasin menjatuhkan vonis tiga tahun kepada "
            "terdakwa mantan kepala dinas. Dalam persidangan terungkap nota kesepakatan yang "
            "ditandatangani terdakwa dengan rekanan dijadikan dasar pencairan anggaran.\n")
    assert not extract_text(text, id="court").is_signing
