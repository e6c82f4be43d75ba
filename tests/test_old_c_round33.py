"""Round 33, old leftovers C (variety125 and others). A negation that makes one adjective
with the word after it ("tak biasa", "tidak lazim", "tak terduga", "tak kalah") describes
a noun, not the signing verb after it: "X dan Y memilih lokasi tak biasa untuk meneken
perjanjian kerja sama: geladak KM Z ..." reports a signing, its place and its parties, as
"Tak biasanya, penandatanganan ... digelar malam hari" does; a negation right before the
verb ("tak jadi meneken", "tidak ikut menandatangani", "belum menandatangani") still
negates it. Sentences written for these tests; none comes from a corpus article."""
import pytest

from mou_extract import classify, extract_text
from variety_helpers import article


def _record(text):
    return extract_text(text, id="t")


def _status(sentence: str) -> str:
    verb = classify.cue("sign").search(sentence)
    assert verb is not None
    return classify.anchor_status(sentence, 0, len(sentence), verb, [], [], None)


# --- a negated adjective before the verb -------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Pemkot Kendari dan Universitas Halu Oleo memilih cara tak lazim untuk meneken nota kesepahaman.",
    "Kedua pihak memilih tempat tidak biasa untuk menandatangani perjanjian kerja sama itu.",
    "Tak biasanya, penandatanganan nota kesepakatan itu digelar pada malam hari.",
    "Di tempat tak terduga itu mereka meneken nota kesepakatan pengelolaan pasar.",
])
def test_a_negated_adjective_does_not_negate_the_verb(sentence):
    assert _status(sentence) != "negated"


@pytest.mark.parametrize("sentence", [
    "Bupati Konawe tak jadi meneken nota kesepahaman dengan perusahaan itu.",
    "Dua kepala desa tidak ikut menandatangani perjanjian kerja sama tersebut.",
    "Pemkab Buton belum menandatangani nota kesepakatan dengan Ombudsman.",
    "Pemkab Muna tak pernah meneken perjanjian kerja sama itu.",
    "Kedua pihak bukan menandatangani nota kesepahaman, melainkan surat pernyataan.",
])
def test_a_negation_right_before_the_verb_still_negates_it(sentence):
    assert _status(sentence) == "negated"


def _ship_story(lead: str) -> str:
    return article(
        "Teken PKS di Kapal, Pemkab Selayar dan ASDP Jamin Penyeberangan",
        "Benteng (sulselnews.id) – " + lead,
        "Perjanjian diteken Bupati Kepulauan Selayar, Andi Rahmat, dan General Manager PT ASDP Cabang "
        "Selayar, Budi Santoso.",
        "Kerja sama ini mengatur jadwal penyeberangan ke pulau-pulau kecil di Selayar.")


def test_a_lead_with_an_unusual_place_tells_the_signing_and_its_venue():
    rec = _record(_ship_story(
        "Pemerintah Kabupaten Kepulauan Selayar dan PT ASDP Indonesia Ferry (Persero) memilih tempat tak "
        "lazim untuk meneken perjanjian kerja sama: geladak KMP Bontoharu yang tengah bersandar di "
        "Pelabuhan Pamatata, Rabu (5/2/2025) pagi."))
    assert rec.is_signing
    sig = rec.signings[0]
    assert sig.venue is not None and sig.venue.name == "KMP Bontoharu" and sig.venue.city == "Pamatata"
    assert "PT ASDP Indonesia Ferry (Persero)" in [p.name for p in sig.parties]


def test_a_lead_that_says_the_signing_was_not_held_there_gives_no_venue():
    # (guard: "tak jadi" negates the verb; the signing the next sentence tells has no place)
    rec = _record(_ship_story(
        "Pemerintah Kabupaten Kepulauan Selayar dan PT ASDP Indonesia Ferry (Persero) tak jadi meneken "
        "perjanjian kerja sama di geladak KMP Bontoharu yang tengah bersandar di Pelabuhan Pamatata, "
        "Rabu (5/2/2025) pagi."))
    venue = rec.signings[0].venue if rec.signings else None
    assert venue is None or venue.name != "KMP Bontoharu"


# --- a signers' table whose government cell is written "Pemko X" ---------------------------------

def _table_story(gov_cell: str) -> str:
    return article(
        "Ombudsman Sumut Teken Nota Kesepakatan dengan Dua Pemda",
        "MEDAN – Ombudsman Republik Indonesia Perwakilan Sumatera Utara menandatangani nota kesepakatan "
        "dengan Pemerintah Kabupaten Deli Serdang dan Pemerintah Kota Binjai, Senin (3/3/2025), di Aula "
        "Hotel Santika Medan.",
        "Nota kesepakatan itu diteken Kepala Ombudsman RI Perwakilan Sumatera Utara Herdensi bersama "
        "perwakilan masing-masing daerah. Berikut daftar penandatangan dari pihak pemerintah daerah:",
        "No\nPemerintah Daerah\nPenandatangan\nKeterangan\n"
        "1\nPemkab Deli Serdang\nH. Asri Ludin Tambunan\nBupati Deli Serdang\n"
        "2\n" + gov_cell + "\nDr. Hasanul Jihadi, M.Si.\nWakil Wali Kota Binjai, atas nama Wali Kota Binjai",
        "Herdensi mengatakan kedua daerah dipilih karena laporan masyarakat meningkat.")


def _signer(rec, name):
    return next((p for p in rec.signings[0].signatories if p.name == name), None)


@pytest.mark.parametrize("gov_cell", ["Pemko Binjai", "Pemkot Binjai"])
def test_a_city_government_cell_gives_its_row_signer(gov_cell):
    rec = _record(_table_story(gov_cell))
    p = _signer(rec, "Hasanul Jihadi")
    assert p is not None
    assert (p.role, p.party, p.on_behalf_of) == ("Wakil Wali Kota Binjai", "Pemerintah Kota Binjai", "Wali Kota Binjai")
    q = _signer(rec, "Asri Ludin Tambunan")
    assert q is not None and q.party == "Pemerintah Kabupaten Deli Serdang"


def test_a_village_government_cell_is_no_regional_government_short_name():
    # (guard: "Pemdes" is a village's government, not a level of region the cell patterns know)
    from mou_extract import signings
    assert not signings._GOV_CELL.match("Pemdes Sukamaju")
    assert not signings._GOV_NAME_CELL.match("Pemdes Sukamaju")


# --- "NPHD", a regional grant agreement, named as the subject of what it sets out ----------------

def _grant_story(about: str) -> str:
    return article(
        "NPHD KPU dan Bawaslu Pohuwato Diteken",
        "Marisa – Pemerintah Kabupaten Pohuwato, Senin (6/11/2023), menandatangani Naskah Perjanjian Hibah "
        "Daerah (NPHD) dengan dua lembaga sekaligus, yakni Komisi Pemilihan Umum (KPU) Kabupaten Pohuwato "
        "dan Badan Pengawas Pemilihan Umum (Bawaslu) Kabupaten Pohuwato.",
        "Bertempat di Ruang Rapat Bupati Pohuwato, NPHD pertama ditandatangani Bupati Pohuwato Saipul "
        "Mbuinga bersama Ketua KPU Kabupaten Pohuwato Rahman Ali dengan nilai hibah Rp20 miliar. Sesudah "
        "itu, Bupati kembali membubuhkan tanda tangan pada NPHD bersama Ketua Bawaslu Kabupaten Pohuwato "
        "Siti Hadija senilai Rp9 miliar.",
        about,
        "Saipul berharap pilkada berjalan aman dan lancar.")


def _labels(sig):
    return [h.label for h in sig.scope]


def test_the_two_grant_agreements_set_out_together_give_both_signings_their_scope():
    rec = _record(_grant_story(
        "Kedua NPHD tersebut mengatur pembiayaan penyelenggaraan Pemilihan Bupati dan Wakil Bupati "
        "Pohuwato Tahun 2024 dari APBD."))
    assert len(rec.signings) == 2
    assert all(_labels(s) == ["other"] for s in rec.signings)


def test_two_sides_of_a_signing_are_no_two_agreements():
    # (guard: "kedua pihak" counts the sides, not the agreements; one NPHD counts nothing)
    from mou_extract import signings
    assert not signings._ALL_AGREEMENTS.search("Kedua pihak tersebut mengatur jadwal pencairan.")
    assert not signings._ALL_AGREEMENTS.search("NPHD kedua tersebut mengatur jadwal pencairan.")


# --- a photo gallery's caption that states the scope the body does not ---------------------------

def _gallery(body_extra: str = "") -> str:
    return (
        "jateng.antaranews.com\nFoto\n \n"
        "Ombudsman RI dan Pemkab Kendal teken nota kesepakatan pelayanan publik\n"
        "Selasa, 9 September 2025 14:05 WIB\n \n"
        "1 / 3\nfoto-mou-kendal-1.jpg\n"
        "Anggota Ombudsman RI Robert Na Endi Jaweng (kiri) dan Bupati Kendal Dyah Kartika Permanasari "
        "(kanan) menandatangani nota kesepakatan di Pendopo Tumenggung Bahurekso, Kendal, Jawa Tengah, "
        "Selasa (9/9/2025). Nota kesepakatan tersebut meliputi pencegahan maladministrasi, pertukaran "
        "data dan informasi, serta peningkatan kapasitas aparatur pelayanan. ANTARA FOTO/Aji Styawan/nym.\n \n"
        "2 / 3\nfoto-mou-kendal-2.jpg\n"
        "Warga antre di Mal Pelayanan Publik Kendal, Jawa Tengah, Senin (8/9/2025). (ANTARA/Foto: Humas "
        "Pemkab Kendal)\n \n"
        "Kendal (ANTARA) - Ombudsman Republik Indonesia menandatangani nota kesepakatan dengan Pemerintah "
        "Kabupaten Kendal sebagai upaya memperkuat pengawasan pelayanan publik hingga ke desa.\n\n"
        + body_extra +
        "Bupati Dyah Kartika Permanasari mengatakan, Kendal masih menerima keluhan warga soal perizinan.\n\n"
        "Pewarta : Aji Styawan\nEditor : Fransiska Ninditya\nCOPYRIGHT © ANTARA 2025\n")


def test_a_caption_states_the_scope_the_body_gives_only_a_purpose_for():
    rec = _record(_gallery())
    assert rec.is_signing
    assert _labels(rec.signings[0]) == ["maladministration_prevention", "data_exchange", "capacity_building"]


def test_a_body_that_states_the_scope_keeps_its_own():
    # (guard: the body's own scope statement outweighs the caption's)
    rec = _record(_gallery("Nota kesepakatan itu mencakup percepatan penyelesaian laporan masyarakat.\n\n"))
    assert _labels(rec.signings[0]) == ["complaint_handling"]
