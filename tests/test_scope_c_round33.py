"""Round 33 scope cases (helper C): an auditor's "reviu" is oversight; data "dibagikan setiap bulan
kepada" the other party is exchanged; a speaker's "bimtek serupa akan digelar" is more of the day's
event, nothing the agreement adds; an interview's answer that only counts ("Jawab: Ada empat.")
before the list itself; "Isi kesepakatan itu tidak panjang." before what a party will do; "Melalui
kesepakatan ini, X menyiapkan ..."; the other parties' parts told right after a scope statement
("Y bertugas A, sedangkan Z B"); the sides that "akan saling" do something, far into a story that
states no scope, beside the agreement's subject."""
from variety_helpers import article, first_signing, scope_labels as _selected

from mou_extract.scope import find_scope, subject_additions


def _hit_texts(text: str, label: str) -> list[str]:
    return [h.text for h in find_scope(text) if h.label == label and h.cue]


# --- "reviu" is oversight -------------------------------------------------------------------

def test_review_of_reports_is_monitoring():
    text = ("Ruang lingkup kerja sama meliputi pelatihan auditor, reviu atas dokumen perencanaan "
            "daerah, serta pertukaran data hasil audit.")
    assert _selected(text) == {"capacity_building", "monitoring_evaluation", "data_exchange"}
    text2 = "Kesepakatan itu mencakup kegiatan mereviu laporan keuangan desa setiap semester."
    assert _selected(text2) == {"monitoring_evaluation"}


def test_review_meeting_is_no_oversight():
    # (the meeting where the parties look at how the cooperation runs, as "rapat evaluasi")
    text = "Ruang lingkupnya meliputi penyusunan basis data bersama dan rapat reviu setiap triwulan."
    assert "monitoring_evaluation" not in _selected(text)


# --- data handed over at a stated interval ----------------------------------------------------

def test_data_shared_every_month_with_the_other_party():
    text = ("Dalam perjanjian itu, kedua pihak sepakat membangun gudang bersama, dan data stok "
            "gabah dibagikan setiap pekan kepada dinas pertanian.")
    assert _selected(text) == {"other", "data_exchange"}
    # (the evidence ends at the recipient's "kepada", no trailing blank)
    assert _hit_texts(text, "data_exchange") == ["data stok gabah dibagikan setiap pekan kepada"]


def test_data_shared_every_month_with_the_public_is_no_exchange():
    text = ("Dalam perjanjian itu, kedua pihak sepakat membangun gudang bersama, dan data stok "
            "gabah dibagikan setiap bulan kepada masyarakat.")
    assert "data_exchange" not in _selected(text)


# --- "X serupa akan digelar": more of what was told ---------------------------------------------

def test_similar_training_announced_adds_nothing():
    text = ("Ruang lingkupnya meliputi penanganan pengaduan masyarakat dan pertukaran informasi. "
            "\"Ini langkah awal,\" kata Wali Kota. Kepala Perwakilan menambahkan, pelatihan serupa "
            "akan digelar di tingkat kecamatan bulan depan.")
    assert _selected(text) == {"complaint_handling", "data_exchange"}


def test_new_training_announced_is_an_addition():
    text = ("Ruang lingkupnya meliputi penanganan pengaduan masyarakat dan pertukaran informasi. "
            "\"Ini langkah awal,\" kata Wali Kota. Kepala Perwakilan menambahkan, pelatihan bagi "
            "petugas loket akan digelar di tingkat kecamatan bulan depan.")
    assert _selected(text) == {"complaint_handling", "data_exchange", "capacity_building"}


# --- an interview's count, then its list ------------------------------------------------------

def test_answer_counts_then_lists():
    text = ("Tanya: Apa saja isi perjanjian itu?\n"
            "Jawab: Ada tiga. Pelatihan bagi perangkat desa, pemantauan dana desa, dan pertukaran "
            "data penduduk.\n"
            "Tanya: Kapan mulai berjalan?\n"
            "Jawab: Bulan depan.\n")
    assert _selected(text) == {"capacity_building", "monitoring_evaluation", "data_exchange"}


def test_answer_count_then_a_comment_is_no_list():
    text = ("Tanya: Apa saja isi perjanjian itu?\n"
            "Jawab: Ada tiga. Semuanya sudah kami bahas berbulan-bulan dengan bupati.\n")
    assert _selected(text) == set()


# --- "Isi kesepakatan itu tidak panjang." + what a party will do -------------------------------

def test_short_content_then_what_a_party_will_do():
    text = ("Kedua pejabat meneken naskah yang sama di aula kantor bupati. Isi perjanjian itu cukup "
            "singkat. Kejaksaan akan memberikan pertimbangan hukum dan pendampingan dalam sengketa "
            "aset kepada pemerintah kabupaten.")
    assert _selected(text) == {"legal_assistance"}


def test_what_a_party_will_do_without_the_cue_is_no_statement():
    text = ("Kedua pejabat meneken naskah yang sama di aula kantor bupati. Acaranya cukup singkat. "
            "Kejaksaan akan memberikan pertimbangan hukum kepada pemerintah kabupaten.")
    assert _selected(text) == set()
    # (the cue, then a party's plan with no labelled area: nothing)
    text2 = ("Isi perjanjian itu cukup singkat. Bupati akan menindaklanjutinya dengan surat edaran "
             "ke seluruh camat.")
    assert _selected(text2) == set()


# --- "Melalui kesepakatan ini, X menyiapkan ..." -----------------------------------------------

def test_party_prepares_under_the_agreement():
    text = ("Melalui kerja sama ini, pemerintah desa menyiapkan lahan dan tenaga kerja untuk "
            "pembibitan mangrove.")
    assert _selected(text) == {"other"}


def test_preparing_without_the_agreement_is_no_statement():
    text = "Sejak pagi, pemerintah desa menyiapkan lahan dan tenaga kerja untuk pembibitan mangrove."
    assert _selected(text) == set()


# --- the other parties' parts right after a scope statement ------------------------------------

def test_parts_of_the_other_parties_after_a_statement():
    text = ("Melalui kerja sama ini, dinas kesehatan akan memberikan pelatihan bagi kader posyandu. "
            "Yayasan Sehat Bersama bertugas menyalurkan makanan tambahan, sedangkan PKK mendata "
            "keluarga berisiko stunting di tiap desa.")
    assert _selected(text) == {"capacity_building", "other"}
    text2 = ("Melalui kesepakatan ini, Pemkab menyiapkan ruang layanan di mal pelayanan publik. "
             "Kantor imigrasi menempatkan petugas paspor, sementara Polres melakukan pengawasan "
             "keamanan di lokasi.")
    assert _selected(text2) == {"other", "monitoring_evaluation"}


def test_remark_with_meanwhile_after_a_statement_is_no_parts():
    # (a speaker's remark on other regions' signings, one clause a passive)
    text = ("Melalui kerja sama ini, dinas kesehatan akan memberikan pelatihan bagi kader posyandu. "
            "Ia menambahkan, sebelumnya yayasan telah meneken kesepakatan serupa dengan Kabupaten "
            "Kendal, sementara Kabupaten Batang dijadwalkan menyusul bulan depan.")
    assert _selected(text) == {"capacity_building"}
    # (one party's clause alone is no list of parts)
    text2 = ("Melalui kerja sama ini, dinas kesehatan akan memberikan pelatihan bagi kader posyandu. "
             "Yayasan Sehat Bersama menyalurkan makanan tambahan ke posyandu.")
    assert _selected(text2) == {"capacity_building"}


# --- the sides "akan saling" ..., far into a story that states no scope -------------------------

_SIDES_STORY = (
    "Pemkab Sukamaju dan Kantor Pertanahan Teken PKS Sertipikasi Aset",
    "SUKAMAJU – Pemerintah Kabupaten Sukamaju dan Kantor Pertanahan Kabupaten Sukamaju menandatangani "
    "perjanjian kerja sama tentang Percepatan Sertipikasi Tanah Milik Daerah di Pendopo Kabupaten "
    "Sukamaju, Senin (3/3/2025).",
    "Perjanjian ditandatangani oleh Bupati Sukamaju, Ahmad Rifai, dan Kepala Kantor Pertanahan "
    "Kabupaten Sukamaju, Dewi Lestari.",
    "Bupati didampingi Sekretaris Daerah Kabupaten Sukamaju, Budi Santoso.",
    "Dari 900 bidang tanah milik pemkab, baru separuh yang bersertipikat. Sisanya berupa tanah "
    "sekolah dan puskesmas.",
    "\"Banyak sekolah berdiri di atas tanah tanpa alas hak. Ini harus selesai,\" kata Ahmad Rifai.",
    "Dewi Lestari menyebut, pihaknya menargetkan 300 bidang bersertipikat tahun ini.",
    "Untuk itu, BPKAD dan kantor pertanahan akan saling bertukar data aset dan data bidang tanah.",
)


def test_sides_will_exchange_data_far_into_the_story():
    labels = {h.label for h in first_signing(article(*_SIDES_STORY)).scope}
    assert labels == {"other", "data_exchange"}


def test_mutual_will_read_only_with_a_label_and_a_will():
    text = ("Bupati menyebut target tahun ini. Kedua kepala daerah juga berfoto bersama. Wartawan "
            "bertanya soal jadwal. Bupati menjawab singkat. Camat ikut hadir. Warga menonton dari luar. "
            "Acara ditutup doa. Untuk itu, kedua pihak akan saling bertukar data aset daerah.")
    assert [h.label for h in subject_additions(text, 0, len(text))] == ["data_exchange"]
    text2 = text.replace("akan saling bertukar data aset daerah", "akan saling mendukung program daerah")
    assert subject_additions(text2, 0, len(text2)) == []
    text3 = text.replace("akan saling bertukar", "saling bertukar")
    assert subject_additions(text3, 0, len(text3)) == []
