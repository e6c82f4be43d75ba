"""Round 19 scope cases: ordinals after a count with a clause, a numbered list that
goes on below its cue's line, "menjadi dasar kerja sama dalam", spot checks, a
"langkah yang ..." body and a "mulai dari ... hingga ..." range."""
from variety_helpers import scope_labels as _selected


def test_ordinals_after_a_count_with_a_clause_in_a_quote():
    text = ("Ombudsman Maluku menandatangani perjanjian kerja sama dengan Pemkab Seram Timur, Selasa. "
            "Menurut Rahmat, PKS itu mengatur pekerjaan teknis di tingkat dinas. "
            "\"Ada tiga kegiatan yang kita atur. Pertama, percepatan penanganan laporan masyarakat. "
            "Kedua, pemantauan kepatuhan standar pelayanan di puskesmas. Ketiga, pelatihan bagi "
            "petugas pengaduan,\" katanya.")
    assert _selected(text) == {"complaint_handling", "monitoring_evaluation", "capacity_building"}


def test_numbered_list_glued_to_its_cue_goes_on_below():
    text = ("Pemkot Ternate dan Ombudsman Maluku Utara menandatangani nota kesepakatan, Kamis.\n\n"
            "Dengan nota kesepakatan tersebut, kedua pihak bersepakat untuk: 1. mempercepat penanganan "
            "pengaduan warga; 2. mencegah maladministrasi pada layanan perizinan;\n"
            "3. bertukar data dan informasi;\n"
            "4. menyelenggarakan bimbingan teknis bagi aparatur; dan 5. kegiatan lain yang disepakati "
            "kedua belah pihak.\n\nAcara dihadiri pimpinan OPD.")
    assert _selected(text) == {"complaint_handling", "maladministration_prevention", "data_exchange",
                               "capacity_building", "other_agreed"}


def test_agreement_as_the_basis_of_cooperation_in_fields():
    text = ("Pemkab Banggai dan Ombudsman Sulteng meneken nota kesepakatan di Luwuk. Kepala Ombudsman "
            "mengatakan kesepakatan ini menjadi landasan kerja sama dalam pencegahan maladministrasi, "
            "penyelesaian aduan masyarakat secara cepat, serta pelatihan bagi petugas loket.")
    assert _selected(text) == {"maladministration_prevention", "complaint_handling", "capacity_building"}


def test_spot_checks_are_monitoring():
    text = ("Ombudsman Jambi dan Kanwil Kemenkumham menandatangani perjanjian kerja sama. Ruang lingkup "
            "PKS meliputi percepatan penyelesaian laporan masyarakat serta uji petik ke rutan secara "
            "berkala.")
    assert _selected(text) == {"complaint_handling", "monitoring_evaluation"}


def test_a_body_naming_steps_in_general_gives_no_other():
    text = ("Bupati dan Kepala Ombudsman meneken PKS, Senin. Ia mengatakan, PKS ini memuat langkah yang "
            "lebih rinci daripada kesepakatan tahun lalu. Ruang lingkupnya meliputi pencegahan "
            "maladministrasi dan asistensi penyusunan standar pelayanan.")
    assert _selected(text) == {"maladministration_prevention", "capacity_building"}


def test_a_range_of_units_after_the_items_is_no_item():
    text = ("Pemkab Sumbawa dan Ombudsman NTB menandatangani MoU. Isinya antara lain penanganan pengaduan "
            "masyarakat serta pemantauan unit layanan, mulai dari posyandu hingga kantor kecamatan.")
    assert _selected(text) == {"complaint_handling", "monitoring_evaluation"}


def test_a_count_of_what_it_holds_then_the_list():
    text = ("Pemkab Agam dan Ombudsman Sumbar meneken nota kesepakatan. Kepada wartawan, Kepala Ombudsman "
            "berkata: \"Isinya dua hal utama. Penanganan laporan masyarakat dan pengawasan standar "
            "pelayanan di kecamatan. Kami akan turun ke lapangan.\"")
    assert _selected(text) == {"complaint_handling", "monitoring_evaluation"}
