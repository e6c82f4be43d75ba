"""Round 30 scope cases (second half): items numbered in brackets inside a sentence; "bergerak
bersama" names no area; the parties' evaluation meetings are not oversight; information passed from
one body to another and records sent electronically are data exchanged (and the list of what is sent
is no item); a body reaching into or joined to the other's data; the pronoun passive of handling
complaints; a speaker who "also stresses" adds no area; the rest of a quote opened by what the
agreement brings; what a party will do "in carrying it out"."""
from mou_extract.scope import find_scope, select_scope
from variety_helpers import scope_labels as _selected


def _others(text):
    return [h.text for h in select_scope(find_scope(text)) if h.label == "other"]


LEAD = ("Pemerintah Kabupaten Alor dan Kepolisian Resor Alor menandatangani nota kesepakatan di Aula "
        "Kantor Bupati Alor, Senin (2/3/2026).\n\n")


def test_items_numbered_in_brackets():
    text = LEAD + ("Nota kesepakatan itu memuat tiga pokok kerja sama, yakni (1) pertukaran data kasus "
                   "perdagangan orang, (2) pembangunan rumah singgah bagi korban, dan (3) pelatihan petugas "
                   "perlindungan anak di desa.")
    assert _selected(text) == {"data_exchange", "other", "capacity_building"}
    assert _others(text) == ["pembangunan rumah singgah bagi korban"]


def test_acting_together_names_no_area():
    text = LEAD + ("Kesepakatan itu menjadi dasar kedua lembaga untuk bergerak bersama. Ruang lingkupnya "
                   "meliputi pertukaran data pengaduan dan pelatihan aparatur desa.")
    assert _selected(text) == {"data_exchange", "capacity_building"}


def test_evaluation_meetings_are_not_oversight():
    text = LEAD + ("Ruang lingkup kesepakatan meliputi pencegahan maladministrasi dan pertukaran data. Kedua "
                   "pihak juga sepakat menggelar rapat evaluasi setiap semester yang dipimpin Asisten I Setda. "
                   "Usai acara, Ombudsman menyerahkan hasil penilaian kepatuhan kepada bupati.")
    assert _selected(text) == {"maladministration_prevention", "data_exchange"}
    # the evaluation itself, as an area the parties take on, is still monitoring
    text2 = LEAD + ("Ruang lingkup kesepakatan meliputi pencegahan maladministrasi. Kedua pihak juga akan "
                    "melakukan evaluasi bersama setiap semester atas waktu layanan di puskesmas.")
    assert "monitoring_evaluation" in _selected(text2)


def test_information_passed_between_bodies():
    text = LEAD + ("Adapun isi kesepakatan mencakup dua hal. Pertama, pemasangan alat pemantau muka air di "
                   "lima sungai. Kedua, penyampaian informasi cuaca ekstrem dan banjir dari stasiun "
                   "meteorologi ke BPBD secara langsung.")
    assert _selected(text) == {"other", "data_exchange"}
    assert _others(text) == ["pemasangan alat pemantau muka air di lima sungai"]
    # information spread to the public is outreach, not an exchange between the parties
    text2 = LEAD + ("Ruang lingkup kesepakatan meliputi penyebarluasan informasi cuaca dari stasiun "
                    "meteorologi kepada masyarakat pesisir.")
    assert "data_exchange" not in _selected(text2)


def test_records_sent_electronically():
    text = LEAD + ("Dengan kesepakatan ini, akta perceraian, penetapan wali, hingga putusan waris akan "
                   "dikirim secara elektronik ke Dinas Kependudukan dan Pencatatan Sipil.")
    assert _selected(text) == {"data_exchange"}
    assert _others(text) == []


def test_reaching_into_the_others_data():
    text = LEAD + "\"Dengan PKS ini, verifikator kami bisa mengakses data kependudukan untuk memeriksa peserta.\""
    assert _selected(text) == {"data_exchange"}
    text2 = LEAD + ("Melalui kerja sama ini, data retribusi pasar dan parkir di Dinas Perhubungan (Dishub) "
                    "akan terhubung dengan sistem kas daerah milik bank.")
    assert _selected(text2) == {"data_exchange"}


def test_pronoun_passive_of_handling_complaints():
    text = LEAD + ("Ruang lingkup kesepakatan meliputi pertukaran data. \"Kalau ada warga yang mengeluh, "
                   "laporannya kami tindak lanjuti dalam tiga hari,\" kata Kapolres.")
    hits = find_scope(text)
    assert any(h.label == "complaint_handling" and h.text.startswith("laporannya kami tindak") for h in hits)


def test_also_stresses_adds_no_area():
    text = LEAD + ("Ia menjelaskan, ruang lingkup perjanjian meliputi bantuan hukum dan pertimbangan hukum. "
                   "Ia juga menegaskan pendampingan dilakukan sejak tahap perencanaan.")
    assert _selected(text) == {"legal_assistance"}
    # what the party will also do still counts
    text2 = LEAD + ("Ia menjelaskan, ruang lingkup perjanjian meliputi bantuan hukum dan pertimbangan hukum. "
                    "Kejari juga akan memberikan pendampingan kepada aparatur desa.")
    assert "capacity_building" in _selected(text2)
    # nor what the speaker says will be done
    text3 = LEAD + ("Ia menjelaskan, ruang lingkup perjanjian meliputi bantuan hukum dan pertimbangan hukum. "
                    "Ia juga menyebut akan ada evaluasi bersama setiap semester atas layanan desa.")
    assert "monitoring_evaluation" in _selected(text3)


def test_rest_of_a_quote_opened_by_the_agreement():
    text = LEAD + ("\"Dengan PKS ini, operator kami dapat mengakses data kependudukan secara langsung. "
                   "Jadi peserta yang pindah alamat cepat diperbarui. Kami juga meminta dinas melatih petugas "
                   "loket. Kalau ada keluhan warga yang kartunya tertolak, aduannya kita selesaikan bersama "
                   "hari itu juga,\" ujar Kepala Cabang.")
    assert _selected(text) == {"data_exchange", "capacity_building", "complaint_handling"}
    # a quote not opened by what the agreement brings is not read on
    text2 = LEAD + ("Ruang lingkup kesepakatan meliputi pertukaran data. \"Kami senang sekali. Kami juga "
                    "meminta dinas melatih petugas loket,\" ujar Kepala Cabang.")
    assert _selected(text2) == {"data_exchange"}


def test_what_a_party_will_do_in_carrying_it_out():
    text = LEAD + ("Kerja sama ini mengusung tema penguatan ketahanan pangan desa. Dalam pelaksanaannya, dosen "
                   "akan ditugaskan mendampingi kelompok tani mengelola lumbung pangan. Selain itu, kampus "
                   "akan memberikan pelatihan kepada penyuluh pertanian.")
    assert _selected(text) == {"other", "capacity_building"}
    # not in the middle of a clause
    text2 = LEAD + ("Bupati meminta dinas hadir dalam pelaksanaannya, tetapi kampus akan menentukan jadwal "
                    "sendiri.")
    assert _selected(text2) == set()
