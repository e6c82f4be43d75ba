"""Round 21, second pass on scope: a WhatsApp release whose bold opener closes after the
colon, assistance in monitoring (not training), an English "will also carry out", an
enrolment "akan didaftarkan sebagai peserta", "Berdasarkan PKS tersebut, ..." + "X juga
akan ...", and "tidak hanya soal X" +
page furniture + "Menurut dia, X juga akan ..."."""
from variety_helpers import scope_labels as _selected


def test_bold_opener_closed_after_the_colon_opens_the_checkmark_list():
    text = ("Pemkot Solok dan Ombudsman Sumbar resmi meneken nota kesepakatan di Balai Kota. \U0001f64f\n\n"
            "\U0001f4cc *Cakupan kerja sama sebagai berikut:*\n"
            "\u2705 pelatihan bagi petugas loket kelurahan;\n"
            "\u2705 pertukaran data dan informasi laporan warga;\n"
            "\u2705 pencegahan maladministrasi di unit layanan;\n"
            "\u2705 kegiatan lain yang disepakati para pihak.\n")
    assert _selected(text) == {"capacity_building", "data_exchange", "maladministration_prevention",
                               "other_agreed"}


def test_assistance_in_monitoring_is_monitoring_not_training():
    text = ("Ruang lingkup nota kesepakatan dengan Pemkab Sikka meliputi pendampingan dalam pemantauan "
            "standar layanan di puskesmas, serta pertukaran data pengaduan warga.")
    got = _selected(text)
    assert "capacity_building" not in got
    assert {"monitoring_evaluation", "data_exchange"} <= got


def test_english_said_will_also_carry_out():
    text = ("Meanwhile, Made Suarsa explained that the scope of the agreement includes preventing "
            "maladministration and exchanging data and information.\n\n"
            "During the past year the office handled 95 reports from Tabanan residents.\n\n"
            "He said the Ombudsman will also carry out monitoring of the remedial steps taken by the "
            "regency's agencies.")
    assert "monitoring_evaluation" in _selected(text)


def test_enrolment_as_participants_is_an_item():
    text = ("Melalui perjanjian tersebut, sebanyak 2.500 guru honorer, kader posyandu dan marbot masjid "
            "akan didaftarkan sebagai peserta program Jaminan Kematian dengan iuran dari APBD. "
            "Kedua pihak juga sepakat melakukan pertukaran data kepesertaan setiap bulan.")
    assert _selected(text) == {"other", "data_exchange"}
    # (another passive verb says nothing of the scope)
    text = ("Melalui PKS ini, tarif retribusi pasar akan diseragamkan dan diawasi oleh dinas. "
            "Ruang lingkupnya meliputi pertukaran data pedagang.")
    assert _selected(text) == {"data_exchange"}


def test_berdasarkan_pks_then_the_bank_also_will():
    text = ("Berdasarkan PKS tersebut, para pedagang di Pasar Raya akan dibekali kartu uang elektronik. "
            "Bank juga akan memberikan pelatihan bagi pedagang dan petugas pasar.")
    assert "capacity_building" in _selected(text)


def test_not_only_about_then_furniture_then_reported_also():
    text = ("Kepala Ombudsman Jambi mengatakan, kesepakatan itu tidak hanya soal penanganan laporan.\n\n"
            "Baca juga: Jalan Lintas Sumatera di Sarolangun Rusak Parah\n\n"
            "Menurut dia, Ombudsman juga akan memberikan pertimbangan hukum kepada perangkat daerah "
            "yang menghadapi sengketa perizinan.\n")
    a = text.index("Baca juga")
    b = text.index("\n", a)
    got = _selected(text, [(0, a - 2), (b + 2, len(text))])
    assert got == {"complaint_handling", "legal_assistance"}


def test_quoted_addition_without_comma_after_selain_itu():
    text = ("Ruang lingkup nota kesepakatan mencakup percepatan penyelesaian pengaduan masyarakat serta "
            "penilaian kepatuhan standar pelayanan.\n\n"
            "\"Selain itu kami akan memberikan bimbingan teknis bagi petugas loket di kecamatan,\" ujar Rina.")
    assert _selected(text) == {"complaint_handling", "monitoring_evaluation", "capacity_building"}
