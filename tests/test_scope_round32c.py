"""Round 32 scope cases (helper C): the agreement as the subject of "menyangkut" ("kerja sama itu
menyangkut A, B, serta C"); agreed "on" a list of activities ("Kami sepakat soal A, B, dan C"); the
agreement "made so that ..." ("kesepakatan ini dibuat agar ..."), a purpose; the schedule of the
parties' meetings is no item ("serta jadwal pertemuan evaluasi setiap triwulan"); an interview's
answer that only counts the items ("Ada empat.") before "Pertama, ... Kedua, ...")."""
from variety_helpers import article, scope_labels as _selected

from mou_extract.scope import find_scope, select_scope


def _selected_kinds(text: str) -> set[tuple[str, str]]:
    return {(h.label, h.kind) for h in select_scope(find_scope(text))}


# --- the agreement "menyangkut" its areas ---------------------------------------------------

def test_agreement_concerns_a_list():
    text = ('Ia merinci, kerja sama itu menyangkut penyelesaian laporan masyarakat yang lebih cepat, '
            'upaya mencegah maladministrasi di unit layanan, saling berbagi data pengaduan, serta '
            'pendampingan bagi aparatur pengelola pengaduan.')
    assert _selected(text) == {"complaint_handling", "maladministration_prevention", "data_exchange",
                               "capacity_building"}
    text2 = 'Kesepakatan tersebut juga menyangkut pertukaran data kependudukan dan penyuluhan hukum bagi warga.'
    assert _selected(text2) == {"data_exchange", "other"}
    text3 = 'Nota kesepahaman ini menyangkut pelatihan aparatur desa dan pengembangan desa wisata.'
    assert _selected(text3) == {"capacity_building", "other"}


def test_what_is_at_stake_is_no_list():
    # (a remark on why it matters, not what it covers: no statement, so no `other` from it)
    text = 'Menurut dia, kerja sama ini menyangkut kepentingan masyarakat banyak, termasuk nelayan di pesisir.'
    assert _selected(text) == set()
    # (what it touches, then a colon: a remark and the sentences after it are no list)
    text3 = ('Walau diteken di ibu kota, perjanjian ini menyangkut urusan paling sehari-hari warga pulau: '
             'kapal. Selama ini warga menunggu kapal singgah dua pekan sekali.')
    assert _selected(text3) == set()
    text4 = 'Kerja sama itu menyangkut kebutuhan dasar warga pesisir, yakni air bersih dan pelatihan nelayan.'
    assert _selected(text4) == set()
    # ("menyangkut" without the agreement as its subject: a statistic, not the agreement)
    text2 = ('Kepala Ombudsman menandatangani kesepakatan itu. Substansi laporan paling banyak menyangkut '
             'pertanahan, kepegawaian dan layanan kesehatan.')
    assert _selected(text2) == set()


# --- agreed "soal / tentang / mengenai" activities -------------------------------------------

def test_agreed_on_a_list_of_activities():
    text = ('"Kami sepakat soal penyelesaian aduan warga secara cepat, pencegahan maladministrasi di '
            'unit layanan, dan pertukaran data pengaduan," ujarnya.')
    assert _selected(text) == {"complaint_handling", "maladministration_prevention", "data_exchange"}
    text2 = 'Kedua pihak bersepakat mengenai pembinaan pelaku UMKM dan pemasaran produk desa.'
    assert _selected(text2) == {"capacity_building", "other"}


def test_no_agreement_on_it_or_no_activity_is_no_list():
    # (a disagreement; a notion that is no activity noun: both as before)
    text = 'Kedua pihak belum sepakat soal penetapan tarif dan pertukaran data pelanggan.'
    assert _selected(text) == set()
    text2 = 'Semua pihak sepakat soal pentingnya pelayanan yang cepat bagi warga.'
    assert _selected(text2) == set()


# --- the agreement "dibuat agar ..." -----------------------------------------------------------

def test_agreement_made_so_that_is_a_purpose():
    text = ('Marzuki menyebut kesepakatan ini dibuat agar pengaduan warga di pulau-pulau bisa lebih cepat '
            'diselesaikan, sekaligus memperkuat pengawasan terhadap standar pelayanan di puskesmas.')
    assert _selected_kinds(text) == {("complaint_handling", "purpose"), ("monitoring_evaluation", "purpose")}
    text2 = 'MoU tersebut diteken untuk mempercepat pertukaran data kepesertaan antara kedua lembaga.'
    assert _selected_kinds(text2) == {("data_exchange", "purpose")}


def test_signed_by_someone_then_for_is_not_the_cue():
    # (the verb after the agreement, the purpose not right after it: "ditandatangani oleh X ... untuk")
    text = ('Nota kesepakatan ditandatangani oleh Bupati dan Kepala Ombudsman di aula kantor bupati untuk '
            'kedua kalinya, usai pelatihan petugas pengaduan.')
    assert _selected_kinds(text) == set()


# --- the meetings' schedule -----------------------------------------------------------------

def test_meeting_schedule_is_no_item():
    text = ('PKS itu mengatur hal yang lebih teknis, antara lain mekanisme penerusan laporan masyarakat, '
            'pemantauan tindak lanjut saran perbaikan, serta jadwal pertemuan evaluasi setiap triwulan.')
    assert _selected(text) == {"complaint_handling", "monitoring_evaluation"}
    text2 = 'Ruang lingkup kesepakatan meliputi pertukaran data dan agenda rapat koordinasi tiap semester.'
    assert _selected(text2) == {"data_exchange"}


def test_a_schedule_of_something_else_stays_an_item():
    text = 'Ruang lingkup kerja sama meliputi pertukaran data dan penyusunan jadwal pelayanan keliling.'
    assert _selected(text) == {"data_exchange", "other"}


# --- "Ada empat." before the ordinals ---------------------------------------------------------

def test_bare_count_answer_before_ordinals():
    text = ('Apa saja isi kesepakatannya?\n\nAda empat. Pertama, percepatan penyelesaian laporan '
            'masyarakat. Kedua, pencegahan maladministrasi. Ketiga, pertukaran data dan informasi. '
            'Keempat, peningkatan kapasitas aparatur pelayanan.\n')
    assert _selected(text) == {"complaint_handling", "maladministration_prevention", "data_exchange",
                               "capacity_building"}
    text2 = ('Apa isi nota kesepahaman itu?\n\nAda tiga. Pertama, pertukaran data. Kedua, pelatihan '
             'petugas. Ketiga, pengembangan desa wisata.\n')
    assert _selected(text2) == {"data_exchange", "capacity_building", "other"}


def test_count_with_more_words_is_still_an_answer_item():
    # (a sentence that says more than the count is no count: read as before)
    text = ('Apa saja isi kesepakatannya?\n\nAda empat yang paling penting bagi warga desa, '
            'terutama soal sosialisasi.\n')
    assert "other" in _selected(text)


# --- data "tentang" a labelled topic ----------------------------------------------------------

def test_the_topic_of_exchanged_data_is_no_area():
    text = ('Kedua pihak juga sepakat saling memberikan data dan informasi tentang pengaduan masyarakat, '
            'sehingga laporan tidak berhenti tanpa kejelasan.')
    assert _selected(text) == {"data_exchange"}
    text2 = 'Kedua instansi sepakat saling bertukar informasi terkait penanganan laporan yang masuk.'
    assert _selected(text2) == {"data_exchange"}


def test_a_labelled_act_beside_the_data_stays():
    text = 'Kedua pihak sepakat saling bertukar data dan mempercepat penanganan pengaduan masyarakat.'
    assert _selected(text) == {"data_exchange", "complaint_handling"}
    text2 = 'Kedua pihak sepakat saling bertukar data, sementara soal penanganan laporan warga akan dibahas.'
    assert "complaint_handling" in _selected(text2)


# --- a speaker adds that the named parties "also" agreed --------------------------------------

def test_quote_before_named_parties_also_agreed():
    text = article(
        'Pemkab Sukamaju Teken Nota Kesepakatan dengan Ombudsman',
        'Pemkab Sukamaju dan Ombudsman RI Perwakilan Jawa Tengah menandatangani nota kesepakatan di '
        'Pendopo Bupati Sukamaju, Kamis (4/12/2025).',
        '"Ombudsman akan melakukan pemantauan rutin terhadap unit layanan di kecamatan, dan hasilnya kami '
        'sampaikan sebagai saran perbaikan. Kami juga akan memberikan pelatihan bagi petugas loket," kata '
        'Kepala Ombudsman RI Perwakilan Jawa Tengah, Budi Santoso.',
        'Ia menambahkan, pemkab dan Ombudsman juga sepakat saling bertukar data pengaduan.')
    assert _selected(text) == {"monitoring_evaluation", "capacity_building", "data_exchange"}


def test_quote_without_the_also_agreed_stays_out():
    # (the same quote before an agreement the speaker does not say was "also" made: as before)
    text = article(
        'Pemkab Sukamaju Teken Nota Kesepakatan dengan Ombudsman',
        'Pemkab Sukamaju dan Ombudsman RI Perwakilan Jawa Tengah menandatangani nota kesepakatan di '
        'Pendopo Bupati Sukamaju, Kamis (4/12/2025).',
        '"Ombudsman akan melakukan pemantauan rutin terhadap unit layanan di kecamatan, dan hasilnya kami '
        'sampaikan sebagai saran perbaikan. Kami juga akan memberikan pelatihan bagi petugas loket," kata '
        'Kepala Ombudsman RI Perwakilan Jawa Tengah, Budi Santoso.',
        'Ia menambahkan, pemkab dan Ombudsman sepakat saling bertukar data pengaduan.')
    assert _selected(text) == {"data_exchange"}


def test_only_the_quote_right_before_counts():
    # (a quote in the paragraph before is another paragraph: only the sentence right before counts)
    text2 = article(
        'Pemkab Sukamaju Teken Nota Kesepakatan dengan Ombudsman',
        '"Ombudsman akan melakukan pemantauan rutin terhadap unit layanan di kecamatan," kata Budi.',
        '"Kami juga akan memberikan pelatihan bagi petugas loket," ujarnya.',
        'Ia menambahkan, pemkab dan Ombudsman juga sepakat saling bertukar data pengaduan.')
    assert _selected(text2) == {"capacity_building", "data_exchange"}
