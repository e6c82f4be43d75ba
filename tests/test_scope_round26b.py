"""Round 26 scope cases (second half): the prosecutors' legal escort of development projects is
`other`; what a party "is also asked" to do; "Dengan <agreement> yang kita tandatangani, ..."
and not a hope after "Dengan <agreement> ini, ... diharapkan"; "dimaksudkan untuk" enumerates
as "bertujuan"; an exchange then a use of data, and the use of population data, are data
exchange; "Adapun <party> <light verb> <label>" after a statement; keycap-numbered lists end
at a paragraph without a marker; "Dengan kerja sama ini, X menanggung ..."; a party invited
into the subject's own work is no `other` item, though a labelled activity beside it counts."""
from mou_extract.scope import find_scope, select_scope
from variety_helpers import scope_labels as _selected


def _others(text):
    return [h.text for h in select_scope(find_scope(text)) if h.label == "other"]


def test_legal_escort_of_development_projects_is_other():
    text = ("Ruang lingkup PKS meliputi pemberian bantuan hukum kepada perangkat daerah serta "
            "pendampingan hukum terhadap proyek pembangunan yang dibiayai APBD tahun 2026.")
    assert _selected(text) == {"legal_assistance", "other"}
    text2 = "Ruang lingkup PKS meliputi pertimbangan hukum dan pengawalan proyek fisik di dinas PUPR."
    assert _selected(text2) == {"legal_assistance", "other"}


def test_what_a_party_is_also_asked_to_do():
    text = ("Melalui perjanjian tersebut, jaksa pengacara negara akan memberikan pertimbangan hukum "
            "kepada pemkab. Kejaksaan juga diminta melakukan pelatihan bagi pejabat pengadaan di "
            "setiap dinas.")
    assert _selected(text) == {"legal_assistance", "capacity_building"}


def test_with_the_agreement_signed_today():
    text = ('"Dengan MoU yang kami teken pagi ini, pengaduan pasien bisa ditangani dalam tiga hari. '
            'Kami juga bersama-sama melakukan pertukaran data rujukan," kata direktur rumah sakit.')
    assert _selected(text) == {"complaint_handling", "data_exchange"}
    # not how the speaker's side can now work
    text2 = ('"Dengan MoU yang kami teken pagi ini, kami bisa langsung menangani pengaduan pasien," '
             'kata direktur.')
    assert _selected(text2) == set()


def test_a_hope_after_with_this_agreement_is_no_statement():
    text = ("Dengan nota kesepakatan ini, pengaduan warga Kabupaten Sikka diharapkan tidak lagi "
            "menumpuk di kantor perwakilan.")
    assert _selected(text) == set()
    # what it brings, with no hope, still is
    text2 = "Dengan nota kesepakatan ini, pengaduan warga Kabupaten Sikka ditangani di tingkat kecamatan."
    assert _selected(text2) == {"complaint_handling"}


def test_intended_for_enumerates_as_a_purpose():
    text = ("Kerja sama antara Pemkab Sinjai dan IPB ini dimaksudkan untuk meningkatkan produksi dan "
            "mutu kopi arabika di lereng Bawakaraeng.")
    assert _others(text) == ["produksi dan mutu kopi arabika di lereng Bawakaraeng"]


def test_exchange_then_use_of_data():
    text = "Para pihak sepakat untuk:\n1. Melakukan pertukaran dan pemanfaatan data retribusi daerah;\n2. Pelatihan petugas."
    assert _selected(text) == {"data_exchange", "capacity_building"}


def test_use_of_population_data_is_exchange():
    text = ("Perjanjian tersebut meliputi pemanfaatan data kependudukan untuk verifikasi calon nasabah "
            "serta pembukaan rekening bagi pelajar.")
    assert _selected(text) == {"data_exchange", "other"}
    # other data used for one's own purpose stays `other`
    text2 = "Perjanjian tersebut meliputi pemanfaatan data statistik untuk perencanaan pembangunan desa."
    assert _selected(text2) == {"other"}


def test_as_for_the_other_party():
    text = ("Nota kesepakatan itu mencakup percepatan pendaftaran tanah milik pemkab.\n\nAdapun Kejari "
            "Klaten memberikan bantuan hukum atas tanah yang dikuasai pihak lain.")
    assert _selected(text) == {"other", "legal_assistance"}
    # what the party says is not its part
    text2 = ("Nota kesepakatan itu mencakup percepatan pendaftaran tanah milik pemkab.\n\nAdapun Kepala "
             "Kejari menyatakan pertimbangan hukum akan diberikan bila diminta.")
    assert _selected(text2) == {"other"}


def test_keycap_list_ends_at_an_unmarked_paragraph():
    text = ("Kepala Ombudsman menjelaskan, nota kesepakatan ini mencakup beberapa hal:\n"
            "1\ufe0f\u20e3 Percepatan penyelesaian laporan masyarakat\n"
            "2\ufe0f\u20e3 Pertukaran data dan informasi\n\n"
            "Menurutnya, Kabupaten Dompu masih punya banyak pekerjaan rumah di sektor kesehatan \U0001F3E5\n")
    assert _selected(text) == {"complaint_handling", "data_exchange"}


def test_with_this_agreement_the_regency_pays():
    text = ("Dengan perjanjian ini, pemkot menanggung iuran jaminan kecelakaan kerja bagi 2.000 "
            "pengemudi ojek.")
    assert _others(text) == ["iuran jaminan kecelakaan kerja bagi 2.000 pengemudi ojek"]


def test_partner_invited_into_own_work_is_no_item():
    text = ("Kesepakatan tersebut mencakup penyelesaian laporan masyarakat dan pencegahan "
            "maladministrasi. Ombudsman juga akan melibatkan pemkab dalam kegiatan sosialisasi hak "
            "warga di pasar-pasar.")
    assert _selected(text) == {"complaint_handling", "maladministration_prevention"}
    # a labelled activity in the same addition still counts
    text2 = ("Kesepakatan tersebut mencakup penyelesaian laporan masyarakat dan pencegahan "
             "maladministrasi. Selain itu, Ombudsman akan melibatkan dinas dalam patroli pasar dan "
             "memberikan pelatihan bagi petugas loket.")
    assert _selected(text2) == {"complaint_handling", "maladministration_prevention", "capacity_building"}

