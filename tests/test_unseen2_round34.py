"""Round 34 (unseen2): signers and attendees missed by the people stage.

- "Panglima" opens a role as a commander's title, as "Komandan" does: "Panglima Kodam
  IV/Diponegoro, Mayjen TNI X", "Panglima Komando Daerah Militer XIII/Merdeka Y"
  (data/jabatan.tsv; the short "Pangdam" was known already).
- "Mohd." is Muhammad shortened, like "Moh." and "Muh.": it opens a name and ends no
  sentence ("Sekretaris Daerah X, Mohd. Zaini Abdullah") (data/abbrev_tokens.txt,
  data/name_openers.txt).
- A regional hospital named by its town ("RSUD X Purwokerto", read as the town's regency)
  signs as the government the article says owns it ("rumah sakit rujukan milik
  Pemerintah Provinsi Y") (signings._owned_hospitals).
- A football club written with its suffix ("Semen Padang FC", "Bali United FC") is a
  party of kind other, as "klub sepak bola Persiraja Banda Aceh" was, not the town in its
  name (parties._suffixed_club_at, data/club_name_suffixes.txt).
- "Regional CEO" is one title, the head of a state bank's regional office ("Regional CEO
  BSI Aceh, X"), kept whole in the role (data/jabatan.tsv).
"""
from mou_extract import extract_text
from mou_extract.parties import find_parties
from mou_extract.people import find_mentions

PANGLIMA = """Kodam IV/Diponegoro dan Pemprov Jateng Teken Nota Kesepahaman Ketahanan Pangan

SEMARANG - Komando Daerah Militer (Kodam) IV/Diponegoro dan Pemerintah Provinsi Jawa Tengah menandatangani nota kesepahaman tentang dukungan ketahanan pangan daerah di Gedung Gradhika Bhakti Praja, Semarang, Selasa (9/7/2024).

Nota kesepahaman ditandatangani Panglima Kodam IV/Diponegoro, Mayjen TNI Budi Santoso Wirawan, dan Gubernur Jawa Tengah, Ahmad Luthfi Pratama.

Dalam kesepakatan itu kedua pihak akan bekerja sama membuka lahan pertanian baru dan melatih kelompok tani di seluruh kabupaten.
"""

MOHD = """Pemkab Bengkalis dan Kejari Bengkalis Teken Kesepakatan Bidang Hukum

BENGKALIS - Pemerintah Kabupaten Bengkalis dan Kejaksaan Negeri Bengkalis menandatangani nota kesepakatan tentang penanganan masalah hukum bidang perdata dan tata usaha negara di Balai Kerapatan Sri Mahkota, Bengkalis, Rabu (12/6/2024).

Kesepakatan ditandatangani Bupati Bengkalis, Kasmarni Hasan, dan Kepala Kejaksaan Negeri Bengkalis, Rendi Pratama. Bupati didampingi Sekretaris Daerah Bengkalis, Mohd. Fauzi Rahman, dan Kepala Bagian Hukum Setda Bengkalis, Sari Wulandari.

Kerja sama ini meliputi bantuan hukum dan pertimbangan hukum bagi perangkat daerah.
"""


def _people(rec, field):
    return {p.name: p for s in rec.signings for p in getattr(s, field)}


def _mentions(sentence):
    return find_mentions(sentence, 0, 0, len(sentence))


def test_panglima_kodam_signs_with_rank_after_the_comma():
    sig = _people(extract_text(PANGLIMA, id="t"), "signatories")
    assert "Budi Santoso Wirawan" in sig
    assert sig["Budi Santoso Wirawan"].role == "Panglima Komando Daerah Militer IV/Diponegoro"
    assert "Ahmad Luthfi Pratama" in sig


def test_panglima_written_in_full_opens_a_role():
    s = "Acara dihadiri Panglima Komando Daerah Militer XIII/Merdeka, Mayjen TNI Agus Priyono."
    named = [m for m in _mentions(s) if m.name == "Agus Priyono"]
    assert named and named[0].role is not None and named[0].role.title == "Panglima"


def test_guard_pangdam_and_kepala_staf_unchanged():
    for s, title in (("Acara dihadiri Pangdam XII/Tanjungpura, Mayjen TNI Agus Priyono.",
                      "Panglima Komando Daerah Militer"),
                     ("Acara dihadiri Kepala Staf Kodam XII/Tanjungpura, Brigjen TNI Agus Priyono.",
                      "Kepala")):
        named = [m for m in _mentions(s) if m.name == "Agus Priyono"]
        assert named and named[0].role.title == title


def test_mohd_opens_a_name_and_ends_no_sentence():
    rec = extract_text(MOHD, id="t")
    att = _people(rec, "attendees")
    assert "Mohd. Fauzi Rahman" in att
    assert "Mohd" not in att
    assert "Sari Wulandari" in att


def test_mohd_after_the_role_without_comma():
    s = "Kegiatan diikuti Sekretaris Daerah Kabupaten Bengkalis Mohd. Fauzi, serta para camat."
    assert [m.name for m in _mentions(s) if m.name] == ["Mohd. Fauzi"]


def test_guard_moh_and_muh_unchanged():
    for s, name in (("Acara dihadiri Kepala Bagian Hukum Setda Maros, Muh. Arif Pallawa.", "Muh. Arif Pallawa"),
                    ("Acara dihadiri Kepala Dinas Pendidikan, Moh. Syafii.", "Moh. Syafii")):
        assert name in [m.name for m in _mentions(s)]


# --- a regional hospital named by its town, owned by the province ---------------------

OWNED = """RSUD Tidar dan Universitas Tidar Teken Perjanjian Kerja Sama Pendidikan Klinik

MAGELANG - Rumah Sakit Umum Daerah (RSUD) dr. Soedjono Sleman Raya Mungkid dan Fakultas Kedokteran Universitas Tidar menandatangani perjanjian kerja sama tentang penyelenggaraan pendidikan klinik di aula rumah sakit, Kamis (6/6/2024).

Penandatanganan dilakukan Direktur RSUD dr. Soedjono Sleman Raya, dr. Bambang Setiawan, dan Dekan Fakultas Kedokteran Universitas Tidar, dr. Ratna Dewi Lestari.
{owner}
Kerja sama ini mengatur pendidikan klinik mahasiswa profesi dokter dan penelitian bersama.
"""

_OWNER_LINE = "\nRSUD dr. Soedjono merupakan rumah sakit rujukan milik Pemerintah Provinsi Jawa Tengah.\n"


def _party_names(text):
    return {p.name for s in extract_text(text, id="t").signings for p in s.parties}


def test_hospital_named_by_a_regency_seat_signs_as_its_stated_owner():
    names = _party_names(OWNED.replace("{owner}", _OWNER_LINE))
    assert "Pemerintah Provinsi Jawa Tengah" in names
    assert "Pemerintah Kabupaten Magelang" not in names


def test_guard_hospital_without_an_owner_keeps_its_towns_regency():
    names = _party_names(OWNED.replace("{owner}", ""))
    assert "Pemerintah Kabupaten Magelang" in names
    assert "Pemerintah Provinsi Jawa Tengah" not in names


def test_guard_hospital_owned_by_its_own_regency_unchanged():
    line = "\nRSUD dr. Soedjono merupakan rumah sakit milik Pemerintah Kabupaten Magelang.\n"
    names = _party_names(OWNED.replace("{owner}", line))
    assert "Pemerintah Kabupaten Magelang" in names
    assert "Pemerintah Provinsi Jawa Tengah" not in names


# --- a football club named with "FC" ---------------------------------------------------

CLUB = """Bank Kalsel Jadi Sponsor Barito Putera FC

BANJARMASIN - Barito Putera FC dan Bank Kalsel resmi menandatangani MoU kerja sama sponsorship untuk musim kompetisi 2024/2025 di Stadion Demang Lehman, Martapura, Sabtu (3/8/2024).

MoU diteken CEO Barito Putera FC, Hasnuryadi Sulaiman, dan Direktur Utama Bank Kalsel, Fachrudin Ahmad.

Dalam kerja sama itu logo bank terpasang di jersey tim dan kedua pihak meluncurkan tabungan suporter.
"""


def _found(sentence):
    return [(m.name, m.kind) for m in find_parties(sentence, 0, len(sentence))]


def test_club_with_fc_suffix_is_a_party_of_kind_other():
    rec = extract_text(CLUB, id="t")
    parties = {p.name: p.kind for s in rec.signings for p in s.parties}
    assert parties.get("Barito Putera FC") == "other"
    sig = _people(rec, "signatories")
    assert sig["Hasnuryadi Sulaiman"].party == "Barito Putera FC"


def test_club_name_holding_a_town_is_not_the_towns_government():
    found = _found("Semen Padang FC dan Bank Nagari menandatangani MoU sponsorship.")
    assert ("Semen Padang FC", "other") in found
    assert not any(kind == "regional_government" for _, kind in found)


def test_club_after_a_title_starts_after_it():
    found = _found("MoU diteken CEO Bali United FC, Yabes Tanuri.")
    assert found == [("Bali United FC", "other")]


def test_guard_no_suffix_no_club():
    found = _found("Persik Kediri dan Pemerintah Kota Kediri menandatangani MoU.")
    assert ("Pemerintah Kota Kediri", "regional_government") in found
    assert not any(kind == "other" for _, kind in found)


# --- "Regional CEO" -----------------------------------------------------------------------

def test_regional_ceo_is_one_title():
    s = "Kesepakatan diteken Bupati Pidie, Sarjani Abdullah, dan Regional CEO BSI Aceh, Wisnu Sunandar."
    named = [m for m in _mentions(s) if m.name == "Wisnu Sunandar"]
    assert named and named[0].role is not None and named[0].role.title == "Regional CEO"


def test_guard_bare_ceo_unchanged():
    s = "MoU diteken CEO PT Maju Jaya Abadi, Rudi Hartanto."
    named = [m for m in _mentions(s) if m.name == "Rudi Hartanto"]
    assert named and named[0].role.title == "CEO"
