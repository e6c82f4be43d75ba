"""Round 27 scope cases (second half): agreed points counted by "kesepakatan" itself ("memuat
sejumlah kesepakatan, antara lain ..."); a count of points as a sentence of its own before the
ordinals; data used "secara bersama"; psychological support is no training; the staff "pengelola
pengaduan" are no complaint handling; "Dengan PKS ini kita ingin ..."; a party that "will" do a
labelled verb before "kedua pihak juga sepakat"; an activity "menjadi bagian dari kesepakatan";
fields "dalam bidang"; the parties "setuju untuk"; the agreement as the basis "bagi kedua lembaga
untuk ..."; a statement cut into the lines of a PDF column; what a party "will use" the agreement
for."""
from mou_extract.scope import find_scope, select_scope
from variety_helpers import scope_labels as _selected


def _others(text):
    return [h.text for h in select_scope(find_scope(text)) if h.label == "other"]


def test_agreed_points_counted_by_the_word_kesepakatan():
    text = ("Dokumen yang diteken kedua pihak memuat beberapa kesepakatan, antara lain penanganan "
            "pengaduan pasien peserta JKN, pertukaran data kepesertaan, serta pelatihan petugas "
            "administrasi rumah sakit.")
    assert _selected(text) == {"complaint_handling", "data_exchange", "capacity_building"}
    # (a count of agreements with no list after it is no statement)
    text2 = "Hingga kini pemkab sudah memiliki sejumlah kesepakatan dengan perguruan tinggi di Jawa Timur."
    assert _selected(text2) == set()


def test_count_of_points_as_a_sentence_then_ordinals():
    text = ("Terdapat empat poin dalam perjanjian kerja sama tersebut. Pertama, pendataan nelayan "
            "sebagai peserta asuransi. Kedua, pelatihan keselamatan kerja di laut. Ketiga, "
            "pertukaran data tangkapan ikan. Keempat, pengawasan distribusi solar bersubsidi.")
    assert _selected(text) == {"other", "capacity_building", "data_exchange", "monitoring_evaluation"}
    assert "pendataan nelayan sebagai peserta asuransi" in _others(text)


def test_data_used_jointly_is_data_exchange():
    text = ("Ruang lingkup nota kesepahaman meliputi kajian tata ruang dan pemanfaatan data "
            "dan informasi secara bersama untuk perencanaan wilayah.")
    assert _selected(text) == {"other", "data_exchange"}
    text2 = "Ruang lingkup nota kesepahaman meliputi penggunaan data bersama oleh kedua pihak."
    assert _selected(text2) == {"data_exchange"}
    # one party's own use of data is not
    text3 = "Ruang lingkup nota kesepahaman meliputi pemanfaatan data untuk perencanaan wilayah."
    assert "data_exchange" not in _selected(text3)


def test_psychological_support_is_no_capacity_building():
    text = ("Ketiga lembaga sepakat memberikan konseling dan pendampingan psikologis bagi korban "
            "kekerasan, serta saling bertukar data kasus setiap bulan.")
    assert "capacity_building" not in _selected(text)
    assert "data_exchange" in _selected(text)
    # support of the staff still is
    text2 = "Ketiga lembaga sepakat memberikan pendampingan bagi petugas layanan dan pelatihan konselor."
    assert "capacity_building" in _selected(text2)


def test_complaint_staff_name_no_complaint_handling():
    text = ("Melalui kesepakatan ini, kedua pihak akan melakukan pencegahan maladministrasi. "
            '"Kami juga akan menggelar pelatihan bagi petugas pengaduan di tiap kecamatan," kata Rahmat.')
    assert _selected(text) == {"maladministration_prevention", "capacity_building"}
    # the handling of complaints named by its noun still is
    text2 = ("Melalui kesepakatan ini, kedua pihak akan melakukan pencegahan maladministrasi. "
             '"Kami juga akan memperbaiki pengelolaan pengaduan di tiap kecamatan," kata Rahmat.')
    assert "complaint_handling" in _selected(text2)


def test_what_the_speaker_wants_with_this_agreement():
    text = ('"Dengan MoU ini kami ingin sistem pengaduan terintegrasi antara puskesmas dan dinas '
            'kesehatan," kata kepala dinas. Ia menjelaskan, BPJS akan melakukan pelatihan bagi '
            "petugas puskesmas di 20 kecamatan.")
    assert _selected(text) == {"complaint_handling", "capacity_building"}


def test_party_will_do_a_labelled_verb_before_the_parties_also_agree():
    text = ("Kejaksaan akan mengawasi pelaksanaan proyek jalan provinsi, sementara pemprov wajib "
            "menyerahkan dokumen kontrak. Kedua pihak juga sepakat menggelar pelatihan pengadaan "
            "barang dan jasa.")
    assert _selected(text) == {"monitoring_evaluation", "capacity_building"}
    assert _others(text) == []


def test_activity_said_to_be_part_of_the_agreement():
    text = ("Menurut dia, nota kesepakatan itu mengatur percepatan penanganan pengaduan. "
            '"Warga di pulau-pulau kecil belum tahu cara melapor. Karena itu penyuluhan keliling juga '
            'menjadi bagian dari kesepakatan ini," ujar Kepala Ombudsman.')
    assert _selected(text) == {"complaint_handling", "other"}
    assert "penyuluhan keliling" in _others(text)
    # what points back is no activity
    text2 = ("Menurut dia, nota kesepakatan itu mengatur percepatan penanganan pengaduan. "
             '"Penandatanganan ini merupakan bagian dari kerja sama yang lebih luas," ujarnya.')
    assert _others(text2) == []


def test_fields_in_dalam_bidang():
    text = ("Pemerintah Kota Bitung menandatangani nota kesepahaman dengan Universitas Sam Ratulangi "
            "untuk kerja sama dalam bidang kelautan dan pengolahan hasil perikanan.")
    assert _selected(text) == {"other"}
    assert _others(text) == ["kelautan dan pengolahan hasil perikanan"]


def test_the_parties_setuju_untuk():
    text = ("Kedua pihak telah setuju untuk saling berbagi data dan informasi tentang produksi "
            "kopi di dataran tinggi.")
    assert _selected(text) == {"data_exchange"}
    # someone approving of something is no agreement of the parties
    text2 = "Warga setuju untuk berbagi data lahan dengan kelompok tani."
    assert _selected(text2) == set()


def test_agreement_as_basis_for_the_parties_to_act():
    text = ("Kepala perwakilan mengatakan kesepakatan tersebut menjadi pijakan bagi kedua lembaga "
            "untuk mempercepat penyelesaian laporan masyarakat dan mencegah maladministrasi. "
            "Ombudsman juga akan memberikan bimbingan teknis bagi pengelola layanan di kecamatan.")
    assert _selected(text) == {"complaint_handling", "maladministration_prevention", "capacity_building"}


def test_statement_cut_into_lines_of_a_pdf_column():
    text = ("Rektor menjelaskan, nota kesepahaman itu\n"
            "menjadi dasar kegiatan bersama. Ruang lingkupnya\n"
            "meliputi kajian tata kelola air,\n"
            "Sekolah Lapang Iklim di 12\n"
            "desa, serta pendampingan bagi aparatur desa\n"
            "dalam penyusunan dokumen perencanaan.\n")
    assert _selected(text) == {"other", "capacity_building"}


def test_what_a_party_will_use_the_agreement_for():
    text = ('"Dengan adanya MoU ini kami ingin penanganan pengaduan pasien lebih cepat," kata direktur. '
            "Ia menambahkan, rumah sakit juga akan memanfaatkan kerja sama ini untuk bertukar data "
            "rujukan dengan BPJS.")
    assert _selected(text) == {"complaint_handling", "data_exchange"}
