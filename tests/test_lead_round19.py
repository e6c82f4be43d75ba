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


# --- signing detection (classify.py, data/signing_cues.tsv) --------------------------
from variety_helpers import article, first_signing  # noqa: E402


def _is_signing(*paragraphs, date="Kamis, 16 Oktober 2025"):
    return extract_text(article("Kerja Sama Pelayanan Publik", date, *paragraphs), id="t").is_signing


def test_a_guess_at_a_joint_signing_still_to_come_is_no_signing():
    assert not _is_signing(
        "ENDE - Ombudsman RI Perwakilan NTT tengah menjajaki kerja sama dengan Pemerintah Kabupaten Ende "
        "dan Kabupaten Nagekeo, sehingga penandatanganan nota kesepakatan kemungkinan besar digelar bersamaan.",
        "Kepala Ombudsman NTT menyebut draf naskah sudah dikirim kepada kedua bupati.")


def test_a_bare_older_year_before_a_perfect_verb_is_a_retold_signing():
    assert not _is_signing(
        "PEKANBARU - Ombudsman RI Perwakilan Riau memeriksa layanan paspor di Kantor Imigrasi Pekanbaru, Rabu (15/10/2025).",
        "Kepala Ombudsman Riau mengingatkan, pada 2023 Ombudsman Riau dan Kanwil Kemenkumham Riau telah "
        "menandatangani nota kesepahaman tentang pengawasan pelayanan publik.")


def test_time_counted_from_a_signing_is_no_signing():
    assert not _is_signing(
        "BANJARNEGARA - Lima bulan setelah nota kesepakatan antara Pemerintah Kabupaten Banjarnegara dan "
        "Universitas Jenderal Soedirman diteken, kedua pihak menggelar rapat evaluasi di Pendopo Dipayudha, "
        "Rabu (15/10/2025).")
    # the verb outside the counted clause: a signing that day
    sg = first_signing(article(
        "Sebulan MPP Beroperasi, Bupati Teken MoU", "Kamis, 16 Oktober 2025",
        "BANJARNEGARA - Sebulan sejak peluncuran Mal Pelayanan Publik, Bupati Banjarnegara Amalia Desiana menandatangani nota "
        "kesepakatan dengan Universitas Jenderal Soedirman di Pendopo Dipayudha, Rabu (15/10/2025)."))
    assert sg.date.value == "2025-10-15"


def test_an_old_signing_recalled_as_the_time_of_a_photo_is_no_signing():
    assert not _is_signing(
        "SLEMAN - Redaksi membuka kembali foto dua tahun lalu, ketika Pemerintah Kabupaten Sleman dan Ombudsman "
        "RI Perwakilan DIY menandatangani nota kesepakatan pelayanan publik.",
        "Penandatanganan nota kesepakatan di Pendopo Parasamya. (Dok. 2023)")


def test_an_example_dated_by_an_older_year_is_no_signing():
    assert not _is_signing(
        "MUARO JAMBI - Pemerintah Provinsi Jambi mendorong kerja sama antardaerah untuk menekan inflasi.",
        "Kabupaten Tebo, misalnya, menandatangani nota kesepakatan dengan Kabupaten Bungo tentang pasokan cabai "
        "dan bawang merah pada 2024.")


def test_what_comes_before_a_signing_or_a_warning_about_one_is_no_signing():
    assert not _is_signing(
        "BULUKUMBA - Pemerintah Kabupaten Bulukumba dijadwalkan meneken nota kesepakatan dengan Ombudsman RI "
        "Perwakilan Sulawesi Selatan bulan depan.",
        "Sebelum penandatanganan, seluruh OPD diminta menyiapkan profil layanan masing-masing.",
        '"Jangan sampai nota kesepakatan itu hanya diteken lalu disimpan di lemari," kata Sekda.')
    assert not _is_signing(
        "MERAUKE - Bupati Merauke menerima kunjungan Kepala Ombudsman Papua, Rabu (15/10/2025).",
        "Menurutnya, penandatanganan nota kesepakatan nantinya harus diikuti rencana aksi yang jelas.")


def test_a_signing_of_documents_named_by_number_takes_the_type_the_next_sentence_gives():
    sg = first_signing(article(
        "Pekerja Rentan di Melawi Terima Santunan", "Jumat, 25 Juli 2025",
        "MELAWI - Bupati Melawi menyerahkan santunan jaminan kematian kepada ahli waris pekerja rentan di "
        "Aula Kantor Bupati Melawi, Kamis (24/7/2025).",
        "Acara itu dirangkai dengan penandatanganan dokumen Nomor 560/77/Disnaker/2025 antara Pemerintah "
        "Kabupaten Melawi dan BPJS Ketenagakerjaan Cabang Sintang.",
        "Kepala Dinas Tenaga Kerja Melawi menjelaskan, PKS tersebut mengatur perlindungan pekerja rentan "
        "dan pertukaran data kepesertaan."))
    assert sg.document_type == "perjanjian_kerja_sama"


def test_a_generic_remark_after_an_earlier_signing_takes_no_type_from_after():
    # the article told of an earlier signing: "itu" points back to that one
    assert not _is_signing(
        "MANOKWARI - Dua tahun lalu, Ombudsman RI Perwakilan Papua Barat menandatangani nota kesepakatan "
        "dengan Pemerintah Kabupaten Manokwari.",
        "Di banyak daerah memang begitu: diteken, difoto, lalu disimpan.",
        "Nota kesepakatan itu, katanya, harus dijalankan.")


@pytest.mark.parametrize("word", ["Kalurahan", "Pekon", "Lembang", "Tiyuh"])
def test_regional_village_governments_are_parties(word):
    from mou_extract import parties
    text = f"Pemerintah {word} Sukamaju dan {word} Mekarsari menandatangani perjanjian kerja sama."
    assert [(p.name, p.kind) for p in parties.find_parties(text, 0, len(text))] == [
        (f"Pemerintah {word} Sukamaju", "other"), (f"Pemerintah {word} Mekarsari", "other")]
