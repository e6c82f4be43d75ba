"""Round 17: scope statements and their `other` items (scope.py, data/scope.tsv)."""
from mou_extract.scope import find_scope, select_scope
from variety_helpers import scope_labels as _selected


def _others(text):
    return [h.text for h in select_scope(find_scope(text)) if h.label == "other"] + \
        [h.text for h in find_scope(text) if h.cue and h.label == "other"]


def test_purpose_with_the_parties_named_between():
    # the parties named between the agreement word and "dimaksudkan untuk"
    text = ("Bupati Sikka dan Kepala Ombudsman RI Perwakilan NTT meneken nota kesepakatan di Maumere. "
            "Kerja sama antara Pemkab Sikka dan Ombudsman NTT ini dimaksudkan untuk meningkatkan "
            "kualitas pelayanan publik di desa-desa.")
    assert _selected(text) == {"service_quality"}


def test_includes_a_task_of_its_own_after_legal_assistance():
    text = ("Ruang lingkup nota kesepakatan meliputi pemberian bantuan hukum, pertimbangan hukum, dan "
            "tindakan hukum lain kepada Pemkab Banggai, termasuk penyelamatan aset daerah berupa tanah "
            "yang belum bersertifikat.")
    assert _selected(text) == {"legal_assistance", "other"}
    # a way of assisting, or a legal act done for the client, stays an example of it
    text = ("Ruang lingkup nota kesepakatan meliputi pemberian bantuan hukum dan pertimbangan hukum "
            "kepada Pemkot Tidore, termasuk pendampingan dalam sengketa lahan pasar.")
    assert _selected(text) == {"legal_assistance"}
    text = ("Ruang lingkup PKS meliputi bantuan hukum dan tindakan hukum lain kepada PDAM, termasuk "
            "penagihan piutang pelanggan niaga.")
    assert _selected(text) == {"legal_assistance"}


def test_agreed_to_work_together_in_a_list():
    text = ("Melalui nota kesepahaman ini, kedua pihak sepakat bekerja sama dalam pengembangan desa "
            "wisata berbasis budaya, pelatihan bagi pengelola homestay, serta pertukaran data kunjungan.")
    assert _selected(text) == {"other", "capacity_building", "data_exchange"}
    assert "pengembangan desa wisata berbasis budaya" in _others(text)
    # one field, no list: not enumerated
    text = "Melalui MoU ini, kedua pihak sepakat bekerja sama dalam pengembangan pariwisata halal."
    assert "other" not in _selected(text)


def test_agreed_to_work_together_in_matters_listed_after_a_colon():
    text = ("Dalam dokumen itu, kedua pihak sepakat bekerja sama dalam hal:\n"
            "a. pengelolaan kas daerah dan layanan perbankan digital;\n"
            "b. pertukaran data dan informasi transaksi keuangan;\n"
            "c. kegiatan lain yang disepakati para pihak.")
    assert _selected(text) == {"other", "data_exchange", "other_agreed"}


def test_ordinal_items_after_work_together_in_several_fields():
    text = ("Melalui nota kesepahaman itu, kedua pihak sepakat bekerja sama dalam beberapa bidang. "
            "Pertama, pelatihan bagi aparatur kelurahan. Kedua, penempatan mahasiswa magang di kantor "
            "kecamatan. Ketiga, pertukaran data dan informasi kependudukan.")
    assert _selected(text) == {"capacity_building", "other", "data_exchange"}


def test_document_holds_an_agreement_to_do_a_list():
    text = ("Kedua wali kota meneken piagam kerja sama di Balai Kota. Piagam tersebut memuat kesepakatan "
            "untuk promosi wisata bersama, pertukaran data kunjungan, serta pelatihan pemandu wisata.")
    assert _selected(text) == {"other", "data_exchange", "capacity_building"}


def test_targets_activities_but_not_units():
    text = ("Rektor dan bupati menandatangani nota kesepahaman. Kerja sama tersebut menyasar pengabdian "
            "masyarakat di desa pesisir, serta pelatihan bagi perangkat desa.")
    assert _selected(text) == {"other", "capacity_building"}
    text = ("Rektor dan bupati menandatangani nota kesepahaman. Kerja sama ini menyasar langsung kantor "
            "kecamatan, sekolah, dan puskesmas.")
    assert "other" not in _selected(text)


def test_an_acronym_the_text_defined_for_the_agreement():
    text = ("Pemkab Sumbawa dan Kantor Imigrasi menandatangani Kesepakatan Bersama (KB) tentang layanan "
            "keimigrasian. Adapun KB tersebut mencakup layanan paspor di kantor kecamatan, pertukaran "
            "data dan informasi kependudukan, serta peningkatan kapasitas petugas desa.")
    assert _selected(text) == {"other", "data_exchange", "capacity_building"}


def test_capacity_of_human_resources_as_a_second_object():
    text = ("Ruang lingkup nota kesepakatan meliputi peningkatan literasi digital dan kapasitas SDM "
            "pengelola arsip daerah.")
    assert "capacity_building" in _selected(text)


def test_a_list_that_ends_its_paragraph_does_not_take_the_next():
    text = ("Nota kesepakatan itu mengatur akses dinas pada data perencanaan pembangunan.\n\n"
            "Pada 2024, pemkab memperoleh opini WTP untuk kesembilan kalinya.")
    assert all("2024" not in o for o in _others(text))
