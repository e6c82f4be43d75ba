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
"""
from mou_extract import extract_text
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
